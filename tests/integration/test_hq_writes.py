"""Terminal writes are idempotent by the client's id; on-demand look-ups reach beyond scope."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from clienteling.hq import tables as t
from tests.hq_live import LiveHQ, add_shopper, page_rows, set_stock, small_chain


@pytest.fixture
def hq(hq_db):
    chain = small_chain(hq_db)
    with LiveHQ(hq_db) as live:
        live.device = live.enroll("BR-SP-01")
        live.session = live.sign_in(live.device, chain["staff"]["BR-SP-01"]["associate"])
        yield live


def count(db, table) -> int:
    with db.read() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


@pytest.mark.parametrize(
    ("path", "table", "make"),
    [
        (
            "/v1/notes",
            t.notes,
            lambda i: {
                "note_id": i,
                "shopper_id": "sh1",
                "reason": "gift",
                "text": "Anniversary gift for her partner",
            },
        ),
        (
            "/v1/wishlist",
            t.wishlist,
            lambda i: {"item_id": i, "shopper_id": "sh1", "sku": "ST1-BLK-M"},
        ),
        (
            "/v1/tasks",
            t.tasks,
            lambda i: {
                "task_id": i,
                "shopper_id": "sh1",
                "title": "Call when the M arrives",
                "due_at": "2026-12-01T10:00:00+00:00",
            },
        ),
        (
            "/v1/feedback",
            t.feedback,
            lambda i: {
                "feedback_id": i,
                "shopper_id": "sh1",
                "score": 4,
                "comment": "Quick and kind",
            },
        ),
    ],
)
def test_writes_happen_once_per_client_id(hq, path, table, make):
    body = make(str(uuid.uuid4()))
    with hq.client(hq.session) as c:
        first = c.post(path, json=body)
        again = c.post(path, json=body)
        assert first.status_code == again.status_code == 201, first.text
        assert first.json() == again.json()
        assert count(hq.db, table) == 1
        key = next(k for k in body if k.endswith("_id") and k != "shopper_id")
        changed = {**body, **{k: v for k, v in make(body[key]).items() if k == key}}
        changed["shopper_id"] = "sh2"
        r = c.post(path, json=changed)
        assert r.status_code == 422 and r.json()["error"]["code"] == "idempotency_mismatch"
        r = c.post(path, json={**make(str(uuid.uuid4())), "shopper_id": "nobody"})
        assert r.status_code == 404
    assert count(hq.db, table) == 1


def test_preferences_consent_and_task_completion_reach_the_feed(hq):
    with hq.client(hq.device) as dev:
        cursor = dev.get("/v1/sync/shoppers").json()["next_cursor"]
    with hq.client(hq.session) as c:
        prefs = {
            "change_id": str(uuid.uuid4()),
            "sizes": {"tops": "M", "shoes": "38"},
            "fit": "slim",
            "brands": ["Aurora"],
            "colours": ["black"],
            "styles": [],
        }
        assert c.put("/v1/shoppers/sh1/preferences", json=prefs).status_code == 201
        consent = {
            "change_id": str(uuid.uuid4()),
            "marketing_email": False,
            "marketing_sms": False,
            "profiling": False,
        }
        assert c.put("/v1/shoppers/sh1/consent", json=consent).status_code == 201
        bad = c.put(
            "/v1/shoppers/sh1/preferences",
            json={"change_id": str(uuid.uuid4()), "sizes": {"tops": ""}},
        )
        assert bad.status_code == 422 and "sizes" in bad.json()["error"]["message"]
        task = {"task_id": str(uuid.uuid4()), "shopper_id": "sh1", "title": "Follow up"}
        assert c.post("/v1/tasks", json=task).status_code == 201
        for _ in range(2):
            done = c.post(f"/v1/tasks/{task['task_id']}/complete")
            assert done.status_code == 200 and done.json()["status"] == "done"
        item = {"item_id": str(uuid.uuid4()), "shopper_id": "sh1", "sku": "ST1-BLK-S"}
        assert c.post("/v1/wishlist", json=item).status_code == 201
        for _ in range(2):
            assert c.delete(f"/v1/wishlist/{item['item_id']}").status_code == 204
    with hq.client(hq.device) as dev:
        page = dev.get("/v1/sync/shoppers", params={"after": cursor}).json()
        sh1 = next(s for s in page_rows(page) if s["shopper_id"] == "sh1")
        assert sh1["preferences"]["sizes"] == {"tops": "M", "shoes": "38"}
        assert sh1["consent_profiling"] is False
        tasks = page_rows(dev.get("/v1/sync/tasks").json())
        assert [x["status"] for x in tasks] == ["done"]
        wl = dev.get("/v1/sync/wishlist").json()
        assert wl["rows"] == [] and wl["tombstones"] == [item["item_id"]]


def test_activity_resend_is_harmless(hq):
    events = [
        {
            "event_id": str(uuid.uuid4()),
            "kind": k,
            "at": datetime.now(UTC).isoformat(),
            "shopper_id": "sh1",
        }
        for k in ("search", "profile_opened", "stock_checked")
    ]
    with hq.client(hq.session) as c:
        assert c.post("/v1/activity", json={"events": events[:2]}).json() == {
            "stored": 2,
            "already_stored": 0,
        }
        assert c.post("/v1/activity", json={"events": events}).json() == {
            "stored": 1,
            "already_stored": 2,
        }
        r = c.post("/v1/activity", json={"events": [{**events[0], "kind": "hack"}]})
        assert r.status_code == 422
        # the same new id twice in one batch: its first event is kept
        twice = {**events[0], "event_id": str(uuid.uuid4())}
        r = c.post("/v1/activity", json={"events": [twice, {**twice, "kind": "visit"}]})
        assert r.json() == {"stored": 1, "already_stored": 0}
    assert count(hq.db, t.activity) == 4


def test_search_beyond_scope_and_live_stock(hq):
    add_shopper(
        hq.db,
        "far1",
        "ES-MD-01",
        last_name="Fernández",
        phones=["+34612345678"],
        primary_phone="+34612345678",
        emails=["Lucia@Example.com"],
        primary_email="lucia@example.com",
    )
    set_stock(hq.db, "ES-MD-01", "ST1-BLK-M", 3, reserved=1)
    with hq.client(hq.session) as c:

        def ids(q):
            r = c.get("/v1/shoppers", params={"q": q})
            assert r.status_code == 200, r.text
            return [s["shopper_id"] for s in r.json()["shoppers"]]

        assert ids("+34 612 34 56 78") == ["far1"]
        assert ids("lucia@EXAMPLE.com") == ["far1"]
        assert ids("LYfar1") == ["far1"]
        assert ids("fern") == ["far1"]
        assert ids("zzz") == []
        assert c.get("/v1/shoppers", params={"q": "x"}).status_code == 422
        full = c.get("/v1/shoppers/far1").json()
        assert full["last_name"] == "Fernández" and full["purchases"] == []
        with hq.db.read() as conn:
            gtin = conn.execute(
                select(t.products.c.gtin).where(t.products.c.sku == "ST1-BLK-M")
            ).scalar_one()
        for key in ("ST1-BLK-M", gtin):
            live = c.get(f"/v1/stock/{key}").json()
            assert live["sku"] == "ST1-BLK-M"
            assert [(s["store_id"], s["available"]) for s in live["stores"]] == [("ES-MD-01", 2)]
        assert c.get("/v1/stock/NOPE").status_code == 404
