"""The change feed: scope, tombstones, and no skipped change under concurrent writers."""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, update

from clienteling.hq import feed
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from tests.hq_live import (
    LiveHQ,
    add_purchase,
    add_shopper,
    page_rows,
    set_stock,
    small_chain,
)


def follow(
    client, collection: str, state: dict, cursor: int, limit: int = 50, pages: int | None = None
) -> int:
    """Apply pages until the feed is drained (or `pages` pages: while writers keep writing, a
    reader may never drain it); return the new cursor."""
    while pages is None or pages > 0:
        pages = None if pages is None else pages - 1
        r = client.get(f"/v1/sync/{collection}", params={"after": cursor, "limit": limit})
        r.raise_for_status()
        page = r.json()
        key = "shopper_id" if collection == "shoppers" else None
        for row in page_rows(page):
            k = row[key] if key else (row["store_id"], row["sku"])
            state[k] = row
        for k in page["tombstones"]:
            state.pop(k, None)
        assert page["next_cursor"] >= cursor
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return cursor
    return cursor


def test_feed_is_scoped_to_the_store(hq_db):
    small_chain(hq_db)
    add_shopper(hq_db, "rj1", "BR-RJ-01")  # other region...
    add_shopper(hq_db, "rj2", "BR-RJ-01")
    add_purchase(hq_db, "p-rj2", "rj2", "BR-SP-01", "ST1-BLK-S")  # ...but bought here
    add_shopper(hq_db, "sp2", "BR-SP-02")  # same region as BR-SP-01
    with LiveHQ(hq_db) as hq, hq.client(hq.enroll("BR-SP-01")) as c:
        shoppers = {}
        follow(c, "shoppers", shoppers, 0)
        assert set(shoppers) == {"sh1", "sp2", "rj2"}
        assoc = page_rows(c.get("/v1/sync/associates").json())
        assert {a["home_store"] for a in assoc} == {"BR-SP-01"}
        assert all("pin_hash" not in a for a in assoc)
        purchases = page_rows(c.get("/v1/sync/purchases").json())
        assert [p["purchase_id"] for p in purchases] == ["p-rj2"]
        assert len(c.get("/v1/sync/stores").json()["rows"]) == 4
        assert c.get("/v1/sync/nonsense").status_code == 404
        assert c.get("/v1/sync/stores", params={"limit": 10**6}).status_code == 422


def test_page_scope_selects_what_the_portable_filter_selects(hq_db):
    """The page query's region test is written for the database (SQLite: a row value
    looked up in an index); it must select exactly the rows the portable EXISTS does."""
    small_chain(hq_db)
    add_shopper(hq_db, "sp2", "BR-SP-02")  # in the region
    add_shopper(hq_db, "rj1", "BR-RJ-01")  # out of it, bought here
    add_shopper(hq_db, "rj2", "BR-RJ-01")  # out of it, bought elsewhere only
    for n, (shopper, store) in enumerate(
        [
            ("sh1", "BR-SP-01"),
            ("sp2", "BR-RJ-01"),
            ("rj1", "BR-SP-01"),
            ("rj1", "BR-RJ-01"),
            ("rj2", "BR-RJ-01"),
            ("sh2", None),
        ]
    ):
        add_purchase(hq_db, f"p{n}", shopper, store, "ST1-BLK-S")
    with hq_db.read() as conn:
        scope = feed.scope_of(conn, "BR-SP-01")
        for name in ("shoppers", "purchases", "orders"):
            coll = feed.FEED[name]
            portable = conn.execute(select(coll.table.c[coll.key]).where(coll.where(scope)))
            page = feed.read_page(conn, name, scope, 0, 1000)
            served = [r[page["columns"].index(coll.key)] for r in page["rows"]]
            assert sorted(served) == sorted(r[0] for r in portable), name
        purchases = feed.read_page(conn, "purchases", scope, 0, 1000)
        assert sorted(r[0] for r in purchases["rows"]) == ["p0", "p1", "p2", "p3"]


def test_first_purchase_at_a_store_brings_the_shopper_into_scope(hq_db):
    """A shopper outside the region appears once they buy at the store (seq is refreshed)."""
    small_chain(hq_db)
    add_shopper(hq_db, "rj1", "BR-RJ-01")
    with LiveHQ(hq_db) as hq, hq.client(hq.enroll("BR-SP-01")) as c:
        state = {}
        cursor = follow(c, "shoppers", state, 0)
        assert "rj1" not in state
        from clienteling.hq import importing

        csv = (
            "external_id,shopper_external_id,store_id,channel,purchased_at,sku,quantity,"
            "unit_price,currency\n"
            "PX1,X-rj1,BR-SP-01,store,2026-11-01T10:00:00-03:00,ST1-BLK-S,1,189.00,BRL\n"
        )
        import io

        report = importing.import_csv(hq_db, "purchases", io.BytesIO(csv.encode()))
        assert report.errors == [] and report.rows_written == 1
        follow(c, "shoppers", state, cursor)
        assert "rj1" in state


def follow_key_order(
    client, collection: str, state: dict, limit: int, pages: int | None = None
) -> tuple[int, int]:
    """A first load in key order, then the changes after it; (cursor, highest `top` seen
    below the high water at the load's end: > 0 when rows changed during the load)."""
    params, keys, moved = {"after": 0, "limit": limit, "key_order": "true"}, [], 0
    while True:
        r = client.get(f"/v1/sync/{collection}", params=params)
        r.raise_for_status()
        page = r.json()
        for row in page_rows(page):
            keys.append((row["sku"], row["store_id"]))
            state[(row["store_id"], row["sku"])] = row
        if page["snapshot"] is None:
            break
        assert page["next_cursor"] == 0 and page["has_more"]
        assert r.headers["X-Next-Snapshot"] == json.dumps(page["snapshot"], separators=(",", ":"))
        snap = page["snapshot"]
        params = {"after": 0, "limit": limit, "snapshot": snap["top"], "key": snap["key"]}
    assert keys == sorted(keys)  # the terminal's key order, never a key twice
    top = page["next_cursor"]
    if page["high_water"] > top:
        moved = top
    return follow(client, collection, state, top, limit, pages), moved


def test_key_order_requests_that_are_not_a_first_load_are_refused(hq_db):
    small_chain(hq_db)
    set_stock(hq_db, "BR-SP-01", "ST1-BLK-S", 1)
    with LiveHQ(hq_db) as hq, hq.client(hq.enroll("BR-SP-01")) as c:
        first = c.get("/v1/sync/stock", params={"key_order": "true", "limit": 10}).json()
        top = first["next_cursor"]  # one row: the load ended on its first page
        assert first["snapshot"] is None and first["rows"]
        refused = [
            ("shoppers", {"key_order": "true"}),  # not served in key order
            ("stock", {"key_order": "true", "after": 3}),
            ("stock", {"snapshot": top}),  # no key
            ("stock", {"snapshot": top, "key": "ST1-BLK-S"}),  # half a key
            ("stock", {"snapshot": top + 100, "key": ["ST1-BLK-S", "BR-SP-01"]}),  # no such top
        ]
        for collection, params in refused:
            r = c.get(f"/v1/sync/{collection}", params=params)
            assert r.status_code == 422, (collection, params)
            assert r.json()["error"]["code"] == "invalid_request"
        after = c.get("/v1/sync/stock", params={"snapshot": top, "key": ["ST1", "BR-SP-01"]})
        assert after.status_code == 200 and after.json()["rows"]  # "ST1-BLK-S" > "ST1"


def test_paging_resumes_and_tombstones_interleave(hq_db):
    small_chain(hq_db)
    for i in range(30):
        add_shopper(hq_db, f"s{i:02d}", "BR-SP-01")
    with LiveHQ(hq_db) as hq:
        manager = hq.sign_in(hq.enroll("BR-SP-01"), "BR-SP-01-manager")
        with hq.client(manager) as c:
            state = {}
            cursor = follow(c, "shoppers", state, 0, limit=7)
            assert len(state) == 31
            for i in range(0, 30, 3):
                assert c.delete(f"/v1/shoppers/s{i:02d}").status_code == 200
            add_shopper(hq_db, "s01", "BR-SP-01", last_name="Souza")  # an edit
            follow(c, "shoppers", state, cursor, limit=4)
    assert len(state) == 21
    assert state["s01"]["last_name"] == "Souza"


def _hammer(db: Database, store: str, skus: list[str], stop: threading.Event, seed: int):
    """A writer that takes a sequence value, then lingers before commit."""
    rnd = random.Random(seed)
    while not stop.is_set():
        with db.write() as w:
            sku = rnd.choice(skus)
            w.conn.execute(
                update(t.stock)
                .where(t.stock.c.store_id == store, t.stock.c.sku == sku)
                .values(on_hand=t.stock.c.on_hand + 1, seq=w.next_seq())
            )
            time.sleep(rnd.random() * 0.004)  # hold the transaction open a little


STOCK_STORES = ["BR-SP-01", "BR-SP-02", "BR-RJ-01", "ES-MD-01"]
STOCK_SKUS = [f"ST1-BLK-{s}" for s in ("S", "M", "L")]


def stock_chain(db: Database) -> None:
    """The small chain with twelve stock rows: three SKUs in four stores."""
    small_chain(db)
    for store in STOCK_STORES:
        for sku in STOCK_SKUS:
            set_stock(db, store, sku, 0)


@contextmanager
def hammered_stock(db: Database, writers: int) -> Iterator[None]:
    """Writers bumping the stock rows until the block ends."""
    stop = threading.Event()
    threads = [
        threading.Thread(target=_hammer, args=(db, STOCK_STORES[i % 4], STOCK_SKUS, stop, i))
        for i in range(writers)
    ]
    for th in threads:
        th.start()
    try:
        yield
    finally:
        stop.set()
        for th in threads:
            th.join()


def stock_truth(db: Database) -> dict:
    with db.read() as conn:
        return {(r.store_id, r.sku): r.on_hand for r in conn.execute(select(t.stock))}


@pytest.mark.parametrize("writers", [6])
def test_reader_following_cursors_ends_with_hq_state_under_concurrent_writers(hq_db, writers):
    stock_chain(hq_db)
    with LiveHQ(hq_db) as hq, hq.client(hq.enroll("BR-SP-01")) as c:
        with hammered_stock(hq_db, writers):
            state, cursor, pages = {}, 0, 0
            guard = time.monotonic() + 120  # against a hang only; the loop ends on what it saw
            while pages <= 10 or sum(stock_truth(hq_db).values()) <= 50:
                assert time.monotonic() < guard, "the writers did not write within 2 minutes"
                cursor = follow(c, "stock", state, cursor, limit=5, pages=1)
                pages += 1
        cursor = follow(c, "stock", state, cursor, limit=5)
    truth = stock_truth(hq_db)
    assert sum(truth.values()) > 50  # the writers really wrote
    assert {k: v["on_hand"] for k, v in state.items()} == truth
    assert pages > 10


def test_first_load_in_key_order_under_concurrent_writers_ends_with_hq_state(hq_db):
    """Rows changed while a load in key order goes on leave its snapshot and come after it."""
    stock_chain(hq_db)
    with LiveHQ(hq_db) as hq, hq.client(hq.enroll("BR-SP-01")) as c:
        with hammered_stock(hq_db, 4):
            # Loads one after another for a few seconds of writing (how many fit in that time
            # depends on the machine: at least one, and what each saw is what is checked).
            loads, moved = [], 0
            until = time.monotonic() + 4
            while not loads or time.monotonic() < until:
                state = {}
                cursor, changed = follow_key_order(c, "stock", state, limit=2, pages=3)
                loads.append((state, cursor))
                moved = max(moved, changed)
        for state, cursor in loads:
            follow(c, "stock", state, cursor, limit=5)
    truth = stock_truth(hq_db)
    assert sum(truth.values()) > 50  # the writers really wrote
    assert moved  # and some wrote while a load went on
    for state, _ in loads:
        assert {k: v["on_hand"] for k, v in state.items()} == truth


@pytest.mark.parametrize(
    "as_of",
    [
        datetime(2026, 11, 1, 12, 0, tzinfo=UTC),  # a zero fraction is written too
        datetime(2026, 11, 1, 12, 0, 5, 123456, tzinfo=UTC),
        datetime(2026, 3, 1, 0, 30, 0, 7, tzinfo=timezone(timedelta(hours=-3))),  # not UTC
    ],
)
def test_page_values_are_what_the_json_of_the_rows_would_be(hq_db, as_of):
    """The database writes times as ISO 8601 UTC with microseconds; SQLite's 0/1 go as booleans."""
    small_chain(hq_db)
    with hq_db.write() as w:
        w.upsert(
            t.stock,
            [
                {
                    "store_id": "BR-SP-01",
                    "sku": "ST1-BLK-S",
                    "on_hand": 2,
                    "reserved": 1,
                    "as_of": as_of,
                }
            ],
            ["store_id", "sku"],
        )
    with hq_db.read() as conn:
        scope = feed.scope_of(conn, "BR-SP-01")
        stock = page_rows(feed.read_page(conn, "stock", scope, 0, 5000))
        shoppers = page_rows(feed.read_page(conn, "shoppers", scope, 0, 5000))
        expected = conn.execute(select(t.shoppers)).mappings().all()
    row = next(r for r in stock if (r["store_id"], r["sku"]) == ("BR-SP-01", "ST1-BLK-S"))
    assert row["as_of"] == as_of.astimezone(UTC).isoformat(timespec="microseconds")
    assert datetime.fromisoformat(row["as_of"]) == as_of
    assert row["seq"] > 0 and row["on_hand"] == 2 and row["reserved"] == 1
    by_id = {s["shopper_id"]: s for s in expected}
    assert shoppers
    for got in shoppers:
        want = by_id[got["shopper_id"]]
        for flag in ("consent_email", "consent_sms", "consent_profiling"):
            assert got[flag] is want[flag]
        assert got["created_at"] == want["created_at"].isoformat(timespec="microseconds")
        assert got["preferences"] == want["preferences"]
