"""Shopper ids HQ does not know answer 404 shopper_unknown on every shopper route; shoppers
served away from their home store are recorded in the shopper access log."""

from __future__ import annotations

import subprocess
import sys
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from clienteling.hq import auth
from clienteling.hq import tables as t
from tests.hq_live import LiveHQ, set_stock, small_chain

GHOST = "made-up-42"


def _id() -> str:
    return str(uuid.uuid4())


def _now() -> str:
    return datetime.now(UTC).isoformat()


# name -> (role that may use the route, method, path, body factory for a shopper id)
ROUTES = {
    "note": (
        "associate",
        "POST",
        "/v1/notes",
        lambda s: {"note_id": _id(), "shopper_id": s, "reason": "gift", "text": "A gift"},
    ),
    "wishlist": (
        "associate",
        "POST",
        "/v1/wishlist",
        lambda s: {"item_id": _id(), "shopper_id": s, "sku": "ST1-BLK-S"},
    ),
    "task": (
        "associate",
        "POST",
        "/v1/tasks",
        lambda s: {"task_id": _id(), "shopper_id": s, "title": "Call back"},
    ),
    "feedback": (
        "associate",
        "POST",
        "/v1/feedback",
        lambda s: {"feedback_id": _id(), "shopper_id": s, "score": 5},
    ),
    "preferences": (
        "associate",
        "PUT",
        "/v1/shoppers/{s}/preferences",
        lambda s: {"change_id": _id(), "sizes": {"tops": "M"}},
    ),
    "consent": (
        "associate",
        "PUT",
        "/v1/shoppers/{s}/consent",
        lambda s: {
            "change_id": _id(),
            "marketing_email": True,
            "marketing_sms": False,
            "profiling": True,
        },
    ),
    "changes": (
        "associate",
        "POST",
        "/v1/shoppers/{s}/changes",
        lambda s: {
            "change_id": _id(),
            "changes": [{"field": "fit", "value": "slim", "captured_at": _now()}],
        },
    ),
    "order": (
        "associate",
        "POST",
        "/v1/orders",
        lambda s: {
            "order_id": _id(),
            "shopper_id": s,
            "fulfilment": "pickup",
            "pickup_store": "BR-SP-01",
            "lines": [{"sku": "ST1-BLK-S", "quantity": 1}],
        },
    ),
    "activity_trainee": (
        "trainee",
        "POST",
        "/v1/activity",
        lambda s: {
            "events": [{"event_id": _id(), "kind": "profile_opened", "shopper_id": s, "at": _now()}]
        },
    ),
    "activity": (
        "associate",
        "POST",
        "/v1/activity",
        lambda s: {
            "events": [{"event_id": _id(), "kind": "profile_opened", "shopper_id": s, "at": _now()}]
        },
    ),
    "open": ("trainee", "GET", "/v1/shoppers/{s}", None),
    "orders_of": ("associate", "GET", "/v1/orders?shopper_id={s}", None),
    "erase": ("manager", "DELETE", "/v1/shoppers/{s}", None),
}
# Where a route that wrongly took a made-up id would have left it.
STORED = (t.notes, t.wishlist, t.tasks, t.feedback, t.activity, t.orders, t.idempotency)


@pytest.fixture
def hq(hq_db):
    chain = small_chain(hq_db)
    set_stock(hq_db, "BR-SP-01", "ST1-BLK-S", 50)
    with LiveHQ(hq_db) as live:
        live.device = live.enroll("BR-SP-01")
        staff = chain["staff"]["BR-SP-01"]
        live.tokens = {role: live.sign_in(live.device, emp) for role, emp in staff.items()}
        far_device = live.enroll("ES-MD-01")
        live.far = live.sign_in(far_device, chain["staff"]["ES-MD-01"]["manager"])
        yield live


def _stored(db) -> dict[str, int]:
    with db.read() as conn:
        return {
            tb.name: conn.execute(select(func.count()).select_from(tb)).scalar_one()
            for tb in STORED
        }


def _call(hq, name: str, shopper_id: str, token: str | None = None):
    role, method, path, body = ROUTES[name]
    with hq.client(token or hq.tokens[role]) as c:
        kwargs = {"json": body(shopper_id)} if body else {}
        return c.request(method, path.format(s=shopper_id), **kwargs)


@pytest.mark.parametrize("name", list(ROUTES))
def test_a_shopper_id_hq_does_not_know_answers_404_shopper_unknown(hq, name):
    before = _stored(hq.db)
    r = _call(hq, name, GHOST)
    assert r.status_code == 404, r.text
    assert r.json()["error"]["code"] == "shopper_unknown"
    assert r.json()["error"]["details"] == {"shopper_id": GHOST}
    assert GHOST in r.json()["error"]["message"]
    assert _stored(hq.db) == before  # nothing was kept about the made-up shopper


@pytest.mark.parametrize("name", list(ROUTES))
def test_a_known_shopper_is_served_on_the_same_route(hq, name):
    """The same requests about a real shopper of the store succeed: the 404 is the id's."""
    r = _call(hq, name, "sh1")
    assert 200 <= r.status_code < 300, r.text


def test_activity_batch_with_one_unknown_shopper_stores_none_of_it(hq):
    events = [
        {"event_id": _id(), "kind": "profile_opened", "shopper_id": "sh1", "at": _now()},
        {"event_id": _id(), "kind": "profile_opened", "shopper_id": GHOST, "at": _now()},
        {"event_id": _id(), "kind": "search", "at": _now()},  # about no shopper: fine
    ]
    with hq.client(hq.tokens["trainee"]) as c:
        r = c.post("/v1/activity", json={"events": events})
        assert r.status_code == 404 and r.json()["error"]["code"] == "shopper_unknown", r.text
        assert _stored(hq.db)["activity"] == 0
        r = c.post("/v1/activity", json={"events": [events[0], events[2]]})
        assert r.status_code == 200 and r.json()["stored"] == 2, r.text


# --- shoppers served away from home ---------------------------------------------------------


def _log(hq, token: str, query: str = "") -> tuple[int, list[dict]]:
    with hq.client(token) as c:
        r = c.get(f"/v1/shopper-access{query}")
    return r.status_code, (r.json().get("accesses", []) if r.status_code == 200 else r.json())


def test_serving_a_shopper_of_another_store_is_recorded_with_who_where_and_what(hq):
    """sh2 is a Madrid shopper; the São Paulo associate serves her there (a traveller)."""
    with hq.db.read() as conn:  # the terminal the associate signed in on
        device_id = conn.execute(
            select(t.sessions.c.device_id)
            .where(t.sessions.c.associate_id == "BR-SP-01-associate")
            .limit(1)
        ).scalar_one()
    for name in ("open", "note", "changes", "order", "activity", "orders_of"):
        r = _call(hq, name, "sh2", hq.tokens["associate"])
        assert 200 <= r.status_code < 300, (name, r.text)
    with hq.client(hq.tokens["associate"]) as c:
        assert c.get("/v1/shoppers", params={"q": "García"}).status_code == 200
    for name in ("open", "note", "activity"):  # the store's own shopper: not recorded
        assert 200 <= _call(hq, name, "sh1", hq.tokens["associate"]).status_code < 300

    status, rows = _log(hq, hq.tokens["manager"])
    assert status == 200
    actions = sorted(r["action"] for r in rows)
    assert actions == sorted(
        ["open", "note", "profile_change", "order", "activity", "list_orders", "search"]
    )
    for row in rows:
        assert row["shopper_id"] == "sh2" and row["home_store"] == "ES-MD-01"
        assert row["associate_id"] == "BR-SP-01-associate" and row["store_id"] == "BR-SP-01"
        assert row["device_id"] == device_id and row["actor_kind"] == "session"
        assert row["at"]
        # Ids only: nothing of the shopper herself.
        assert not {"García", "Ana", "sh2@example.com"} & {str(v) for v in row.values()}

    # The Madrid manager's log is their own store's associates': none of this.
    assert _log(hq, hq.far) == (200, [])
    now = datetime.now(UTC)
    token = auth.create_api_token(hq.db, "audit", "integration", None, now)
    status, everything = _log(hq, token)
    assert status == 200 and len(everything) == len(rows)
    assert _log(hq, token, "?store_id=ES-MD-01") == (200, [])
    mine = auth.create_api_token(hq.db, "sp report", "manager", "BR-SP-01", now)
    assert _log(hq, mine)[1] == rows
    assert _log(hq, mine, "?store_id=ES-MD-01")[0] == 403


@pytest.mark.parametrize("role", ["associate", "trainee", "device"])
def test_the_access_log_is_not_for_associates_trainees_or_terminals(hq, role):
    token = hq.device if role == "device" else hq.tokens[role]
    status, body = _log(hq, token)
    assert status == 403 and body["error"]["code"] == "forbidden"


def test_a_write_refused_for_an_unknown_shopper_records_no_access(hq):
    _call(hq, "note", GHOST, hq.tokens["associate"])
    assert _log(hq, hq.tokens["manager"]) == (200, [])


def _audit(db_url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "clienteling.hq.cli", "audit", *args, "--db", db_url],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_the_audit_command_prints_the_log_with_ids_only(hq):
    assert _call(hq, "open", "sh2", hq.tokens["associate"]).status_code == 200
    assert _call(hq, "note", "sh2", hq.tokens["manager"]).status_code == 201
    r = _audit(hq.db.url)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    header = "AT (UTC)  STORE  ASSOCIATE  DEVICE  SHOPPER  HOME STORE  ACTION"
    assert lines[0].split() == header.split()
    assert "BR-SP-01-manager" in lines[1] and lines[1].split()[-1] == "note"
    assert "BR-SP-01-associate" in lines[2] and lines[2].split()[-1] == "open"
    assert all("sh2" in line and "ES-MD-01" in line for line in lines[1:])
    for pii in ("García", "Ana", "sh2@example.com", "+5511987654321"):
        assert pii not in r.stdout
    mine = _audit(hq.db.url, "--store", "ES-MD-01")
    assert mine.returncode == 0 and "no shopper was served" in mine.stdout, mine.stderr
