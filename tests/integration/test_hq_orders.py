"""Orders over real HTTP on loopback: exactly once, atomic reservation, status flow."""

from __future__ import annotations

import json
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from clienteling.hq import tables as t
from tests.hq_live import LiveHQ, set_stock, small_chain


@pytest.fixture
def hq(hq_db):
    chain = small_chain(hq_db)
    with LiveHQ(hq_db) as live:
        device = live.enroll("BR-SP-01")
        live.session = live.sign_in(device, chain["staff"]["BR-SP-01"]["associate"])
        live.chain = chain
        yield live


def order_body(sku: str, qty: int = 1, source: str | None = None, **kw) -> dict:
    body = {
        "order_id": str(uuid.uuid4()),
        "shopper_id": "sh1",
        "lines": [{"sku": sku, "quantity": qty, "source_store": source}],
        "fulfilment": "ship",
        "address": {
            "line1": "Rua Augusta 100",
            "city": "São Paulo",
            "postcode": "01305-000",
            "country": "BR",
        },
    }
    body.update(kw)
    return body


def stock_row(db, store_id: str, sku: str):
    with db.read() as conn:
        return conn.execute(
            select(t.stock).where(t.stock.c.store_id == store_id, t.stock.c.sku == sku)
        ).one()


def test_fifty_clients_race_for_the_last_ten_units(hq):
    sku, other_size = "ST1-BLK-M", "ST1-BLK-L"
    set_stock(hq.db, "BR-RJ-01", sku, 10)
    set_stock(hq.db, "BR-SP-01", other_size, 3)

    def place(_):
        with hq.client(hq.session) as c:
            return c.post("/v1/orders", json=order_body(sku))

    with ThreadPoolExecutor(50) as pool:
        answers = list(pool.map(place, range(50)))
    codes = sorted(r.status_code for r in answers)
    assert codes.count(201) == 10 and codes.count(409) == 40, codes
    row = stock_row(hq.db, "BR-RJ-01", sku)
    assert (row.on_hand, row.reserved) == (10, 10)
    with hq.db.read() as conn:
        assert len(conn.execute(select(t.orders)).all()) == 10
    for r in answers:
        if r.status_code == 201:
            assert r.json()["lines"][0]["source_store"] == "BR-RJ-01"
        else:
            err = r.json()["error"]
            assert err["code"] == "out_of_stock"
            alts = err["details"][0]["alternatives"]
            assert {
                "kind": "other_variant",
                "sku": other_size,
                "store_id": "BR-SP-01",
            }.items() <= alts[0].items()


def test_same_order_twenty_times_concurrently_creates_one(hq):
    set_stock(hq.db, "BR-SP-01", "ST1-BLK-S", 5)
    body = order_body("ST1-BLK-S", qty=2)

    def place(_):
        with hq.client(hq.session) as c:
            return c.post("/v1/orders", json=body)

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(place, range(20)))
    assert {r.status_code for r in answers} == {201}
    # Every repeat got the first answer (PostgreSQL's JSONB may order keys differently).
    assert len({json.dumps(r.json(), sort_keys=True) for r in answers}) == 1
    with hq.db.read() as conn:
        assert len(conn.execute(select(t.orders)).all()) == 1
    assert stock_row(hq.db, "BR-SP-01", "ST1-BLK-S").reserved == 2


def test_reused_id_with_a_different_body_is_rejected(hq):
    set_stock(hq.db, "BR-SP-01", "ST1-BLK-S", 5)
    body = order_body("ST1-BLK-S")
    with hq.client(hq.session) as c:
        assert c.post("/v1/orders", json=body).status_code == 201
        changed = {**body, "lines": [{"sku": "ST1-BLK-S", "quantity": 2}]}
        r = c.post("/v1/orders", json=changed)
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "idempotency_mismatch"
    assert stock_row(hq.db, "BR-SP-01", "ST1-BLK-S").reserved == 1


def test_a_rejected_order_is_answered_the_same_way_again(hq):
    body = order_body("ST1-BLK-S")
    with hq.client(hq.session) as c:
        first = c.post("/v1/orders", json=body)
        set_stock(hq.db, "BR-SP-01", "ST1-BLK-S", 5)  # stock arrives meanwhile
        again = c.post("/v1/orders", json=body)
    assert first.status_code == again.status_code == 409
    assert first.json() == again.json()
    assert stock_row(hq.db, "BR-SP-01", "ST1-BLK-S").reserved == 0


def test_nearest_store_with_stock_is_chosen_and_all_lines_or_none(hq):
    set_stock(hq.db, "ES-MD-01", "ST1-BLK-S", 4)
    set_stock(hq.db, "BR-SP-02", "ST1-BLK-S", 4)  # Campinas is nearer to São Paulo
    set_stock(hq.db, "BR-SP-01", "ST1-BLK-M", 1)
    with hq.client(hq.session) as c:
        r = c.post("/v1/orders", json=order_body("ST1-BLK-S", qty=2))
        assert r.status_code == 201
        assert r.json()["lines"][0]["source_store"] == "BR-SP-02"
        two = order_body(
            "ST1-BLK-S",
            lines=[{"sku": "ST1-BLK-S", "quantity": 1}, {"sku": "ST1-BLK-M", "quantity": 2}],
        )
        r = c.post("/v1/orders", json=two)
    assert r.status_code == 409
    assert [d["sku"] for d in r.json()["error"]["details"]] == ["ST1-BLK-M"]
    # The line that could be filled gave its unit back.
    assert stock_row(hq.db, "BR-SP-02", "ST1-BLK-S").reserved == 2
    assert stock_row(hq.db, "BR-SP-01", "ST1-BLK-M").reserved == 0


def test_status_flow_ship_and_cancel(hq):
    set_stock(hq.db, "BR-SP-01", "ST1-BLK-L", 3)
    with hq.client(hq.session) as c:
        order = c.post("/v1/orders", json=order_body("ST1-BLK-L", qty=2)).json()
        oid = order["order_id"]
        assert [h["status"] for h in order["history"]] == ["placed", "reserved"]
        bad = c.post(f"/v1/orders/{oid}/status", json={"status": "delivered"})
        assert bad.status_code == 409 and bad.json()["error"]["code"] == "invalid_transition"
        for status in ("picked", "shipped", "delivered"):
            r = c.post(f"/v1/orders/{oid}/status", json={"status": status})
            assert r.status_code == 200, r.text
        assert r.json()["status"] == "delivered"
        assert [h["status"] for h in r.json()["history"]][-3:] == ["picked", "shipped", "delivered"]
        row = stock_row(hq.db, "BR-SP-01", "ST1-BLK-L")
        assert (row.on_hand, row.reserved) == (1, 0)

        second = c.post("/v1/orders", json=order_body("ST1-BLK-L", qty=1)).json()
        assert stock_row(hq.db, "BR-SP-01", "ST1-BLK-L").reserved == 1
        r = c.post(f"/v1/orders/{second['order_id']}/status", json={"status": "cancelled"})
        assert r.json()["status"] == "cancelled"
        assert stock_row(hq.db, "BR-SP-01", "ST1-BLK-L").reserved == 0
        # Reads: one order, by shopper, by store.
        assert c.get(f"/v1/orders/{oid}").json()["status"] == "delivered"
        mine = c.get("/v1/orders", params={"shopper_id": "sh1"}).json()["orders"]
        assert {o["order_id"] for o in mine} == {oid, second["order_id"]}
        store = c.get("/v1/orders", params={"store_id": "BR-SP-01"}).json()["orders"]
        assert len(store) == 2
        other = c.get("/v1/orders", params={"store_id": "ES-MD-01"})
        assert other.status_code == 403


def test_pickup_order_flow(hq):
    set_stock(hq.db, "BR-RJ-01", "ST1-BLK-S", 1)
    body = order_body("ST1-BLK-S", fulfilment="pickup", address=None, pickup_store="BR-SP-01")
    with hq.client(hq.session) as c:
        order = c.post("/v1/orders", json=body).json()
        for status in ("picked", "ready_for_pickup", "collected"):
            r = c.post(f"/v1/orders/{order['order_id']}/status", json={"status": status})
            assert r.status_code == 200, r.text
    row = stock_row(hq.db, "BR-RJ-01", "ST1-BLK-S")
    assert (row.on_hand, row.reserved) == (0, 0)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"order_id": "not-a-uuid"}, "order_id"),
        ({"lines": []}, "lines"),
        ({"lines": [{"sku": "ST1-BLK-S", "quantity": 0}]}, "lines.0.quantity"),
        ({"address": None}, "address"),
        ({"fulfilment": "teleport"}, "fulfilment"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_bad_order_bodies_name_the_field(hq, change, field):
    with hq.client(hq.session) as c:
        r = c.post("/v1/orders", json=order_body("ST1-BLK-S", **change))
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == "invalid_request"
    assert field in err["message"] or any(
        field in d["field"] or field in d["reason"] for d in err["details"]
    )


def test_a_bad_credential_answers_401_before_a_bad_body(hq):
    """The credential is read in the route's own thread, after the body's checks; a
    request refused for its body is still refused for its credential first."""
    bad = order_body("ST1-BLK-S", lines=[])
    with hq.client(hq.session) as c:
        assert c.post("/v1/orders", json=bad).status_code == 422
        assert c.get("/v1/orders", params={"limit": 0}).status_code == 422
        assert c.delete("/v1/sessions/current").status_code == 204  # signed out: revoked
        r = c.post("/v1/orders", json=bad)
        assert r.status_code == 401 and r.json()["error"]["code"] == "unauthenticated", r.text
        r = c.get("/v1/orders", params={"limit": 0})
        assert r.status_code == 401, r.text
        r = c.post("/v1/orders", content=b"[]", headers={"content-type": "application/json"})
        assert r.status_code == 401, r.text
    for token in (None, "ses_nobody", "dev_nobody"):
        with hq.client(token) as c:
            r = c.post("/v1/orders", json=bad)
        assert r.status_code == 401, (token, r.text)
    with hq.db.read() as conn:
        assert conn.execute(select(t.orders)).first() is None


def test_unknown_item_and_broken_json(hq):
    with hq.client(hq.session) as c:
        r = c.post("/v1/orders", json=order_body("NOPE-1"))
        assert r.status_code == 404 and "NOPE-1" in r.json()["error"]["message"]
        r = c.post("/v1/orders", content=b"{not json", headers={"content-type": "application/json"})
        assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"
