"""Orders on PostgreSQL without a chain-wide lock, over real HTTP on loopback: orders for
different items never wait for each other, orders for the same item at the same store
take turns on that stock row only, and nothing is ever oversold."""

from __future__ import annotations

import random
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest
from sqlalchemy import select

from clienteling.hq import migrate
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from tests.conftest import create_pg_database
from tests.hq_live import LiveHQ, add_style, set_stock, small_chain

STORE = "BR-SP-01"


@pytest.fixture
def hq():
    url, drop = create_pg_database()
    db = Database(url, pool_size=30)
    try:
        migrate.upgrade(db)
        chain = small_chain(db)
        chain["skus"] += add_style(db, "ST2", colours=("RED", "BLU"))
        with LiveHQ(db) as live:
            device = live.enroll(STORE)
            live.session = live.sign_in(device, chain["staff"][STORE]["associate"])
            live.chain, live.pg_url = chain, url
            yield live
    finally:
        db.dispose()
        drop()


def order(lines: list[tuple[str, int]]) -> dict:
    return {
        "order_id": str(uuid.uuid4()),
        "shopper_id": "sh1",
        "lines": [{"sku": s, "quantity": q, "source_store": STORE} for s, q in lines],
        "fulfilment": "pickup",
        "pickup_store": STORE,
    }


def stock(db: Database) -> dict[str, tuple[int, int]]:
    with db.read() as conn:
        rows = conn.execute(
            select(t.stock.c.sku, t.stock.c.on_hand, t.stock.c.reserved).where(
                t.stock.c.store_id == STORE
            )
        ).all()
    return {r.sku: (r.on_hand, r.reserved) for r in rows}


def test_many_orders_race_for_the_last_units_of_several_items_and_none_is_oversold(hq):
    """Multi-line orders name their items in random order (a naive lock order would
    deadlock); each item has a few units; demand is many times the stock."""
    items = hq.chain["skus"][:6]
    for i, sku in enumerate(items):
        set_stock(hq.db, STORE, sku, on_hand=3 + i % 3)
    rng = random.Random(17)
    bodies = []
    for _ in range(120):
        chosen = rng.sample(items, rng.randint(1, 3))
        bodies.append(order([(s, rng.randint(1, 2)) for s in chosen]))

    def place(body):
        with hq.client(hq.session) as c:
            return body, c.post("/v1/orders", json=body)

    with ThreadPoolExecutor(40) as pool:
        answers = list(pool.map(place, bodies))
    codes = [r.status_code for _, r in answers]
    assert set(codes) <= {201, 409}, [r.text for _, r in answers if r.status_code >= 500][:3]
    assert codes.count(201) > 0 and codes.count(409) > 0
    wanted: dict[str, int] = dict.fromkeys(items, 0)
    for body, r in answers:
        if r.status_code == 201:
            for line in body["lines"]:
                wanted[line["sku"]] += line["quantity"]
    levels = stock(hq.db)
    for sku in items:
        on_hand, reserved = levels[sku]
        assert reserved == wanted[sku] <= on_hand  # every unit reserved once, none oversold
    with hq.db.read() as conn:
        placed = conn.execute(select(t.orders.c.order_id)).scalars().all()
    assert sorted(placed) == sorted(b["order_id"] for b, r in answers if r.status_code == 201)


def post_in_thread(hq, body: dict) -> tuple[threading.Thread, dict]:
    out: dict = {}

    def run() -> None:
        with hq.client(hq.session) as c:
            out["answer"] = c.post("/v1/orders", json=body)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, out


def blocked_by(admin: psycopg.Connection, holder_pid: int) -> bool:
    """Whether some backend is waiting for a lock `holder_pid` holds."""
    return bool(
        admin.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE %s = ANY(pg_blocking_pids(pid))",
            (holder_pid,),
        ).fetchone()[0]
    )


def test_an_order_waits_only_for_a_transaction_holding_its_own_stock_row(hq):
    held, other = "ST1-BLK-S", "ST1-BLK-M"
    set_stock(hq.db, STORE, held, 5)
    set_stock(hq.db, STORE, other, 5)
    with (
        psycopg.connect(hq.pg_url, autocommit=True) as admin,
        psycopg.connect(hq.pg_url) as side,
    ):
        side_pid = side.info.backend_pid
        # A side transaction holds one stock row, as an order or an import batch would.
        side.execute(
            "SELECT reserved FROM stock WHERE store_id = %s AND sku = %s FOR UPDATE",
            (STORE, held),
        )
        # An order for another item goes through while that transaction stays open.
        thread, out = post_in_thread(hq, order([(other, 1)]))
        thread.join(60)  # a guard against a hang only
        assert not thread.is_alive() and out["answer"].status_code == 201
        assert not blocked_by(admin, side_pid)
        # An order for the held item waits for that row...
        thread, out = post_in_thread(hq, order([(held, 2)]))
        deadline = time.monotonic() + 60  # a guard against a hang only
        while not blocked_by(admin, side_pid):
            assert thread.is_alive() and time.monotonic() < deadline, out
            time.sleep(0.05)
        assert "answer" not in out
        side.rollback()  # ...and goes through once it is released
        thread.join(60)
        assert out["answer"].status_code == 201
    assert stock(hq.db)[held] == (5, 2) and stock(hq.db)[other] == (5, 1)


def test_a_long_write_transaction_stops_no_order(hq):
    """A transaction that took change-sequence values (an import's batch still running)
    holds the feed's watermark, never the orders of other items."""
    set_stock(hq.db, STORE, "ST1-BLK-S", 5)
    with hq.db.write() as w:
        w.upsert(
            t.stock,
            [{"store_id": STORE, "sku": "ST1-BLK-L", "on_hand": 9, "reserved": 0,
              "as_of": t.now()}],
            ["store_id", "sku"],
        )  # fmt: skip
        thread, out = post_in_thread(hq, order([("ST1-BLK-S", 1)]))
        thread.join(60)  # a guard against a hang only
        assert not thread.is_alive() and out["answer"].status_code == 201
        placed_seq = out["answer"].json()["seq"]
        with hq.client(hq.session) as c:
            page = c.get("/v1/sync/orders", params={"after": 0}).json()
        # The order is committed, but served only once the older transaction ends.
        assert page["rows"] == [] and page["next_cursor"] < placed_seq
    with hq.client(hq.session) as c:
        page = c.get("/v1/sync/orders", params={"after": page["next_cursor"]}).json()
    assert [row[-1] for row in page["rows"]] == [placed_seq]


def test_an_erasure_waits_for_a_write_about_the_shopper_then_erases_what_it_wrote(hq):
    """Writes about one shopper run side by side; an erasure of the shopper waits for
    them, so nothing written beside it is left behind."""
    from clienteling.hq import access

    device = hq.enroll(STORE, "counter-2")
    manager = hq.sign_in(device, hq.chain["staff"][STORE]["manager"])
    note = {
        "note_id": str(uuid.uuid4()),
        "shopper_id": "sh1",
        "store_id": STORE,
        "associate_id": hq.chain["staff"][STORE]["associate"],
        "reason": "gift",
        "text": "left behind?",
        "created_at": t.now(),
    }
    out: dict = {}

    def erase() -> None:
        with hq.client(manager) as c:
            out["answer"] = c.delete("/v1/shoppers/sh1")

    set_stock(hq.db, STORE, "ST1-BLK-S", 3)
    with psycopg.connect(hq.pg_url, autocommit=True) as admin:
        with hq.db.write() as w:  # as add_note does it, still open
            access.hold_shopper(w.conn, "sh1")
            w.insert(t.notes, [note])
            writer_pid = w.conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
            # Another write about the same shopper does not wait for this one.
            other, placed = post_in_thread(hq, order([("ST1-BLK-S", 1)]))
            other.join(60)  # a guard against a hang only
            assert not other.is_alive() and placed["answer"].status_code == 201
            thread = threading.Thread(target=erase, daemon=True)
            thread.start()
            deadline = time.monotonic() + 60  # a guard against a hang only
            while not blocked_by(admin, writer_pid):
                assert thread.is_alive() and time.monotonic() < deadline, out
                time.sleep(0.05)
        thread.join(60)
    assert out["answer"].status_code == 200, out["answer"].text
    assert out["answer"].json()["removed"]["notes"] == 1
    with hq.db.read() as conn:
        assert conn.execute(select(t.notes)).all() == []
