"""Erasure at a served HQ, on both databases: nothing of the shopper is left in any table,
and nothing replays it; a resent order answers the order as it is now, with its `seq`."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select

from clienteling.hq import tables as t
from tests.hq_live import NOW, LiveHQ, add_shopper, page_rows, set_stock, small_chain

# What only the erased shopper's data holds: found nowhere after the erasure.
CANARY = "Canaryweg"
PHONE = "+5511900004242"


@pytest.fixture
def live(hq_db):
    chain = small_chain(hq_db)
    set_stock(hq_db, "BR-SP-01", "ST1-BLK-S", 5)
    add_shopper(hq_db, "sh9", "BR-SP-01", last_name=f"{CANARY}son", phones=[PHONE])
    with LiveHQ(hq_db) as hq:
        hq.device = hq.enroll("BR-SP-01")
        staff = chain["staff"]["BR-SP-01"]
        hq.associate = hq.sign_in(hq.device, staff["associate"])
        hq.manager = hq.sign_in(hq.device, staff["manager"])
        yield hq


def shipped_order(shopper: str = "sh9") -> dict:
    return {
        "order_id": str(uuid.uuid4()),
        "shopper_id": shopper,
        "fulfilment": "ship",
        "address": {
            "line1": f"{CANARY} 12",
            "city": "Campinas",
            "postcode": "13010",
            "country": "BR",
        },
        "lines": [{"sku": "ST1-BLK-S", "quantity": 1}],
    }


def everything(db) -> str:
    """Every row of every HQ table, as text."""
    out = []
    with db.read() as conn:
        for table in t.metadata.sorted_tables:
            for row in conn.execute(select(table)).mappings():
                out.append(json.dumps(dict(row), default=str, ensure_ascii=False))
    return "\n".join(out)


def test_a_resent_order_answers_the_order_as_it_is_now_with_its_seq(live):
    order = shipped_order("sh1")
    with live.client(live.associate) as c:
        first = c.post("/v1/orders", json=order)
        assert first.status_code == 201 and first.json()["status"] == "reserved"
        cancel = c.post(f"/v1/orders/{order['order_id']}/status", json={"status": "cancelled"})
        assert cancel.status_code == 200
        again = c.post("/v1/orders", json=order)
    assert again.status_code == 201
    assert again.json()["status"] == "cancelled"  # not the first answer's "reserved"
    with live.client(live.device) as c:
        feed = page_rows(c.get("/v1/sync/orders").json())
    (row,) = [r for r in feed if r["order_id"] == order["order_id"]]
    assert isinstance(first.json()["seq"], int)
    assert again.json()["seq"] == row["seq"] > first.json()["seq"]
    assert again.json()["history"] == row["history"]


def test_erasure_leaves_nothing_of_the_shopper_in_any_table(live):
    order = shipped_order()
    note = {"note_id": str(uuid.uuid4()), "shopper_id": "sh9", "reason": "gift", "text": CANARY}
    with live.client(live.associate) as c:
        assert c.post("/v1/orders", json=order).status_code == 201
        assert c.post("/v1/notes", json=note).status_code == 201
        status = {"status": "cancelled", "note": f"{CANARY} asked to cancel"}
        assert c.post(f"/v1/orders/{order['order_id']}/status", json=status).status_code == 200
    assert CANARY in everything(live.db)
    with live.client(live.manager) as c:
        r = c.delete("/v1/shoppers/sh9")
    assert r.status_code == 200, r.text
    left = everything(live.db)
    assert CANARY not in left and PHONE not in left
    removed = r.json()["removed"]
    assert removed["notes"] == 1 and removed["orders_anonymised"] == 1
    assert removed["answers_redacted"] == 2  # the order's and the note's stored answers
    with live.db.read() as conn:
        kept = conn.execute(select(t.orders).where(t.orders.c.order_id == order["order_id"])).one()
        stock = conn.execute(
            select(t.stock.c.reserved).where(
                t.stock.c.store_id == "BR-SP-01", t.stock.c.sku == "ST1-BLK-S"
            )
        ).scalar_one()
    # Kept for stock and the books, without anything that identifies the shopper.
    assert kept.address is None and kept.lines[0]["sku"] == "ST1-BLK-S"
    assert kept.status == "cancelled" and stock == 0


def test_a_write_about_an_erased_shopper_answers_410_and_never_replays_their_data(live):
    order = shipped_order()
    note = {"note_id": str(uuid.uuid4()), "shopper_id": "sh9", "reason": "gift", "text": "hi"}
    with live.client(live.associate) as c:
        assert c.post("/v1/orders", json=order).status_code == 201
        assert c.post("/v1/notes", json=note).status_code == 201
    with live.client(live.manager) as c:
        assert c.delete("/v1/shoppers/sh9").status_code == 200
    with live.client(live.associate) as c:
        answers = [
            c.post("/v1/orders", json=order),  # a resend of the order HQ stored
            c.post("/v1/notes", json=note),  # a resend of the note
            c.post("/v1/orders", json=shipped_order()),  # a new order, queued before
            c.post("/v1/notes", json={**note, "note_id": str(uuid.uuid4())}),
        ]
        unknown = c.post("/v1/orders", json=shipped_order("nobody"))
    for r in answers:
        assert r.status_code == 410, r.text
        error = r.json()["error"]
        assert error["code"] == "shopper_erased" and "erased" in error["message"]
        assert CANARY not in r.text
    assert unknown.status_code == 404  # never there: not the same as erased


def test_0009_names_the_shopper_of_stored_answers_and_redacts_those_of_erased_shoppers(
    hq_db_url,
):
    """Answers stored before 0009 get their shopper from the row they made; those of
    shoppers erased before it are redacted by the migration."""
    from alembic import command
    from sqlalchemy import insert

    from clienteling.hq import migrate
    from clienteling.hq.db import Database

    db = Database(hq_db_url)
    with db.engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0008")
        old = {"status": "reserved", "address": {"line1": CANARY}}
        for key, shopper in (("o-kept", "sh1"), ("o-erased", "gone")):
            conn.execute(
                insert(t.orders).values(
                    order_id=key, shopper_id=shopper, store_id="S", associate_id="A",
                    fulfilment="ship", lines=[], status="reserved", history=[],
                    created_at=NOW, updated_at=NOW, seq=1,
                )
            )  # fmt: skip
            conn.execute(
                insert(t.idempotency).values(
                    key=key, kind="order", request_hash="h", status_code=201,
                    response={**old, "shopper_id": shopper}, created_at=NOW,
                )
            )  # fmt: skip
        conn.execute(
            insert(t.tombstones).values(collection="shoppers", key="gone", seq=2, deleted_at=NOW)
        )
    migrate.upgrade(db)
    with db.read() as conn:
        rows = {r.key: r for r in conn.execute(select(t.idempotency))}
    assert rows["o-kept"].shopper_id == "sh1" and rows["o-kept"].status_code == 201
    assert rows["o-erased"].shopper_id == "gone" and rows["o-erased"].status_code == 410
    assert CANARY not in json.dumps(rows["o-erased"].response)
    db.dispose()
