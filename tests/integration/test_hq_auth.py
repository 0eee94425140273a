"""Enrollment, sign-in, sessions and the role/scope matrix, over real HTTP."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from clienteling.hq import auth
from clienteling.hq import tables as t
from clienteling.hq.settings import HQSettings
from tests.hq_live import LiveHQ, add_purchase, page_rows, set_stock, small_chain


@pytest.fixture
def live(hq_db):
    chain = small_chain(hq_db)
    with LiveHQ(hq_db, HQSettings(pin_attempts=3)) as hq:
        hq.chain = chain
        yield hq


def test_enrollment_code_is_single_use_and_expires(live):
    code = auth.create_enrollment_code(live.db, "BR-SP-01", 24, datetime.now(UTC))
    with live.client() as c:
        first = c.post(
            "/v1/enroll", json={"code": code.lower().replace("-", " "), "terminal_name": "till 1"}
        )
        assert first.status_code == 201
        assert first.json()["store_id"] == "BR-SP-01"
        again = c.post("/v1/enroll", json={"code": code, "terminal_name": "till 2"})
        assert again.status_code == 401 and again.json()["error"]["code"] == "code_used"

        old = auth.create_enrollment_code(
            live.db, "BR-SP-01", 1, datetime.now(UTC) - timedelta(hours=2)
        )
        r = c.post("/v1/enroll", json={"code": old, "terminal_name": "till 3"})
        assert r.status_code == 401 and r.json()["error"]["code"] == "code_expired"
        r = c.post("/v1/enroll", json={"code": "AAAA-BBBB-CCCC-DDDD", "terminal_name": "x"})
        assert r.status_code == 401 and r.json()["error"]["code"] == "code_unknown"
    with live.client(first.json()["device_token"]) as c:
        assert c.get("/v1/sync/stores").status_code == 200


def test_pin_lockout_and_reset(live):
    device = live.enroll("BR-SP-01")
    emp = live.chain["staff"]["BR-SP-01"]["associate"]
    with live.client(device) as c:
        for _ in range(3):
            r = c.post("/v1/sessions", json={"employee_id": emp, "pin": "1111"})
            assert r.status_code == 401
            assert r.json()["error"]["code"] == "wrong_credentials"
        r = c.post("/v1/sessions", json={"employee_id": emp, "pin": "2468"})
        assert r.status_code == 423 and r.json()["error"]["code"] == "locked_out"
        auth.set_pin(live.db, emp, "8642")
        r = c.post("/v1/sessions", json={"employee_id": emp, "pin": "8642"})
        assert r.status_code == 201
        # Unknown ids get the same answer as a wrong PIN.
        r = c.post("/v1/sessions", json={"employee_id": "nobody", "pin": "1234"})
        assert r.status_code == 401 and r.json()["error"]["code"] == "wrong_credentials"
        # Associates sign in at their own store only.
        r = c.post(
            "/v1/sessions",
            json={"employee_id": live.chain["staff"]["ES-MD-01"]["associate"], "pin": "2468"},
        )
        assert r.status_code == 403


def test_sessions_expire_end_and_follow_disabling(live):
    device = live.enroll("BR-SP-01")
    staff = live.chain["staff"]["BR-SP-01"]
    session = live.sign_in(device, staff["associate"])
    with live.client(session) as c:
        assert c.get("/v1/sync/shoppers").status_code == 200
    with live.db.write() as w:
        w.conn.execute(
            update(t.sessions).values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    with live.client(session) as c:
        r = c.get("/v1/sync/shoppers")
        assert r.status_code == 401 and r.json()["error"]["code"] == "session_expired"

    session = live.sign_in(device, staff["manager"])
    with live.client(session) as c:
        assert c.delete("/v1/sessions/current").status_code == 204
        assert c.get("/v1/sync/shoppers").status_code == 401

    session = live.sign_in(device, staff["associate"])
    auth.disable_associate(live.db, staff["associate"], datetime.now(UTC))
    with live.client(session) as c:
        assert c.get("/v1/sync/shoppers").status_code == 401
    with live.client(device) as c:
        r = c.post("/v1/sessions", json={"employee_id": staff["associate"], "pin": "2468"})
        assert r.status_code == 401


def _uuid() -> str:
    return str(uuid.uuid4())


def _order(shopper: str = "sh1") -> dict:
    return {
        "order_id": _uuid(),
        "shopper_id": shopper,
        "fulfilment": "pickup",
        "pickup_store": "BR-SP-01",
        "lines": [{"sku": "ST1-BLK-S", "quantity": 1}],
    }


# endpoint name -> (method, path, json body factory)
ENDPOINTS = {
    "sync": ("GET", "/v1/sync/shoppers", None),
    "sign_in": (
        "POST",
        "/v1/sessions",
        lambda: {"employee_id": "BR-SP-01-associate", "pin": "2468"},
    ),
    "place_order": ("POST", "/v1/orders", _order),
    "list_store_orders": ("GET", "/v1/orders?store_id=BR-SP-01", None),
    "list_other_store_orders": ("GET", "/v1/orders?store_id=ES-MD-01", None),
    "order_status": ("POST", "/v1/orders/{order}/status", lambda: {"status": "picked"}),
    "note": (
        "POST",
        "/v1/notes",
        lambda: {
            "note_id": _uuid(),
            "shopper_id": "sh1",
            "reason": "gift",
            "text": "Looking for a gift",
        },
    ),
    "preferences": (
        "PUT",
        "/v1/shoppers/sh1/preferences",
        lambda: {"change_id": _uuid(), "sizes": {"tops": "M"}},
    ),
    "consent": (
        "PUT",
        "/v1/shoppers/sh1/consent",
        lambda: {
            "change_id": _uuid(),
            "marketing_email": True,
            "marketing_sms": False,
            "profiling": True,
        },
    ),
    "wishlist": (
        "POST",
        "/v1/wishlist",
        lambda: {"item_id": _uuid(), "shopper_id": "sh1", "sku": "ST1-BLK-S"},
    ),
    "task": (
        "POST",
        "/v1/tasks",
        lambda: {"task_id": _uuid(), "shopper_id": "sh1", "title": "Call when size M arrives"},
    ),
    "feedback": (
        "POST",
        "/v1/feedback",
        lambda: {"feedback_id": _uuid(), "shopper_id": "sh1", "score": 5},
    ),
    "activity": (
        "POST",
        "/v1/activity",
        lambda: {
            "events": [{"event_id": _uuid(), "kind": "search", "at": datetime.now(UTC).isoformat()}]
        },
    ),
    "search": ("GET", "/v1/shoppers?q=Silva", None),
    "get_shopper": ("GET", "/v1/shoppers/sh1", None),
    "stock": ("GET", "/v1/stock/ST1-BLK-S", None),
    "import": ("POST", "/v1/import/stores", None),
    "erase_own": ("DELETE", "/v1/shoppers/{erasable}", None),
    "erase_other_store": ("DELETE", "/v1/shoppers/sh2", None),
}

WRITERS = {
    "place_order",
    "order_status",
    "note",
    "preferences",
    "consent",
    "wishlist",
    "task",
    "feedback",
}
READERS = {"search", "get_shopper", "stock", "list_store_orders"}
ALLOWED = {
    "anonymous": set(),
    "device": {"sync", "sign_in", "stock"},
    "associate": {"sync", "activity", *WRITERS, *READERS},
    "trainee": {"sync", "activity", *READERS},
    "manager": {"sync", "activity", "erase_own", *WRITERS, *READERS},
    "manager_token": {"order_status", "erase_own", *READERS},
    "integration": {
        "order_status",
        "erase_own",
        "erase_other_store",
        "import",
        "list_other_store_orders",
        *READERS,
    },
}


def test_role_and_scope_matrix(live):
    set_stock(live.db, "BR-SP-01", "ST1-BLK-S", 500)
    device = live.enroll("BR-SP-01")
    staff = live.chain["staff"]["BR-SP-01"]
    now = datetime.now(UTC)
    tokens = {
        "anonymous": None,
        "device": device,
        "associate": live.sign_in(device, staff["associate"]),
        "trainee": live.sign_in(device, staff["trainee"]),
        "manager": live.sign_in(device, staff["manager"]),
        "manager_token": auth.create_api_token(live.db, "store report", "manager", "BR-SP-01", now),
        "integration": auth.create_api_token(live.db, "erp", "integration", None, now),
    }
    with live.client(tokens["associate"]) as c:
        r = c.post("/v1/orders", json=_order())
        assert r.status_code == 201, r.text
        order = r.json()["order_id"]
    from tests.hq_live import add_shopper

    outcomes = {}
    for who, token in tokens.items():
        for name, (method, path, body) in ENDPOINTS.items():
            erasable = f"er-{who}"
            add_shopper(live.db, erasable, "BR-SP-01")
            url = path.format(order=order, erasable=erasable)
            with live.client(token) as c:
                kwargs = {"json": body()} if body else {}
                if name == "import":
                    kwargs = {"content": b"store_id\n"}
                r = c.request(method, url, **kwargs)
            outcomes[(who, name)] = r.status_code
            if who == "anonymous":
                assert r.status_code == 401, (who, name, r.status_code, r.text)
            elif name in ALLOWED[who]:
                assert r.status_code not in (401, 403), (who, name, r.status_code, r.text)
            else:
                assert r.status_code == 403, (who, name, r.status_code, r.text)
                assert r.json()["error"]["message"], (who, name)
    assert len(outcomes) == len(tokens) * len(ENDPOINTS)


def test_erasure_reaches_the_feed_and_the_audit_log_has_no_pii(live):
    add_purchase(live.db, "p1", "sh1", "BR-SP-01", "ST1-BLK-S")
    device = live.enroll("BR-SP-01")
    manager = live.sign_in(device, live.chain["staff"]["BR-SP-01"]["manager"])
    with live.client(device) as c:
        before = c.get("/v1/sync/shoppers").json()
        assert "sh1" in [s["shopper_id"] for s in page_rows(before)]
        cursor = before["next_cursor"]
        pcursor = c.get("/v1/sync/purchases").json()["next_cursor"]
    with live.client(manager) as c:
        r = c.delete("/v1/shoppers/sh1")
        assert r.status_code == 200 and r.json()["removed"]["purchases"] == 1
    with live.client(device) as c:
        page = c.get("/v1/sync/shoppers", params={"after": cursor}).json()
        assert page["tombstones"] == ["sh1"] and page["rows"] == []
        assert c.get("/v1/sync/purchases", params={"after": pcursor}).json()["tombstones"] == ["p1"]
    with live.db.read() as conn:
        assert (
            conn.execute(select(t.shoppers).where(t.shoppers.c.shopper_id == "sh1")).first() is None
        )
        entry = conn.execute(select(t.audit_log).where(t.audit_log.c.action == "erase")).one()
    text = repr(tuple(entry))
    assert entry.subject_id == "sh1"
    for pii in ("Ana", "Silva", "@example.com", "+5511"):
        assert pii not in text
