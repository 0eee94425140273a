"""The change feed without a chain-wide write lock: writers on PostgreSQL take sequence
values in parallel and commit in any order; readers serve only up to the watermark, so
a reader that has seen N never later misses a committed change below N.

Real parts only: HQ's Database and Writer, and the feed's own `read_page`, on real
databases (the naive feed is the same code with the watermark turned off, reachable
only through an execution option these tests set).
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from contextlib import ExitStack

import pytest
from sqlalchemy import select

from clienteling.domain.codes import with_check_digit
from clienteling.hq import feed, migrate, poll, ring
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from tests.conftest import create_pg_database

ANYWHERE = feed.Scope("", "")  # products are sent to every terminal


@pytest.fixture
def pg_db():
    url, drop = create_pg_database()
    db = Database(url, pool_size=20)
    try:
        migrate.upgrade(db)
        yield db
    finally:
        db.dispose()
        drop()


def product(n: int) -> dict:
    return {
        "sku": f"W{n:07d}",
        "gtin": with_check_digit(f"2{n:011d}"),
        "style": "W",
        "name": f"Watermark {n}",
        "brand": "Aurora",
        "category": "tops",
        "colour": "BLK",
        "size": "M",
        "price_minor": 100,
        "currency": "EUR",
        "attributes": {},
    }


def page(db: Database, after: int, limit: int = 100, *, naive: bool = False) -> dict:
    with db.read() as conn:
        if naive:
            conn = conn.execution_options(**{feed.UNSAFE_NAIVE: True})
        return feed.read_page(conn, "products", ANYWHERE, after, limit)


def skus(p: dict) -> list[str]:
    return [row[p["columns"].index("sku")] for row in p["rows"]]


def write_in_thread(db: Database, rows: list[dict]) -> threading.Thread:
    """Commit `rows` from another thread; the caller checks it finished (it never waits
    for a transaction the test holds open: no chain-wide lock)."""

    def run() -> None:
        with db.write() as w:
            w.insert(t.products, rows)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(60)  # a guard against a hang only; the assertion is that it finished
    return thread


def test_a_lower_value_committing_late_is_served_and_the_naive_feed_loses_it(pg_db):
    """The rigged interleaving: A takes a value and stays open, B takes a higher one and
    commits, a reader pages, then A commits."""
    with ExitStack() as open_a:
        a = open_a.enter_context(pg_db.write())
        a.insert(t.products, [product(1)])
        b = write_in_thread(pg_db, [product(2)])
        assert not b.is_alive()  # B committed while A held its transaction open
        with pg_db.read() as conn:
            a_seq, b_seq = (
                conn.execute(select(t.products.c.seq).where(t.products.c.sku == s)).scalar()
                for s in ("W0000001", "W0000002")
            )
        assert a_seq is None and b_seq is not None  # A's row is not visible yet

        naive = page(pg_db, 0, naive=True)
        safe = page(pg_db, 0)
        # The naive feed serves B and moves the cursor past A's value...
        assert skus(naive) == ["W0000002"] and naive["next_cursor"] == b_seq
        # ...the watermark stops below A's value: nothing is served past it yet.
        assert skus(safe) == [] and safe["next_cursor"] < b_seq
        assert safe["high_water"] < b_seq
    # A commits (leaving the block).
    with pg_db.read() as conn:
        a_seq = conn.execute(
            select(t.products.c.seq).where(t.products.c.sku == "W0000001")
        ).scalar_one()
    assert a_seq < b_seq
    lost = page(pg_db, naive["next_cursor"], naive=True)
    assert skus(lost) == []  # the naive reader never sees A: a change below its cursor
    served = page(pg_db, safe["next_cursor"])
    assert skus(served) == ["W0000001", "W0000002"]
    assert served["next_cursor"] == b_seq == served["high_water"]


def test_an_aborted_writer_stops_holding_the_watermark(pg_db):
    with pg_db.write() as w:
        w.insert(t.products, [product(1)])
    before = page(pg_db, 0)["high_water"]

    class Abort(Exception):
        pass

    with pytest.raises(Abort), pg_db.write() as w:
        w.insert(t.products, [product(2)])
        assert page(pg_db, 0)["high_water"] == before
        raise Abort
    write_in_thread(pg_db, [product(3)])
    after = page(pg_db, 0)
    assert skus(after) == ["W0000001", "W0000003"]
    assert after["high_water"] > before + 1  # past the aborted value


def test_a_writer_taking_no_values_holds_nothing(pg_db):
    with pg_db.write() as w:
        w.insert(t.products, [product(1)])
    with pg_db.write():
        write_in_thread(pg_db, [product(2)])
        assert skus(page(pg_db, 0)) == ["W0000001", "W0000002"]


WRITERS, TRANSACTIONS, READERS = 8, 30, 6


def through_ring(db: Database, recent: ring.Ring, after: int, limit: int) -> dict:
    """A poll's products page (`poll.read_changes`), answered by the ring `recent` when it
    holds the cursor, else by the database."""
    with db.read() as conn:
        answer = poll.read_changes(conn, "", {"products": after}, limit, ring=recent)
    return answer["collections"]["products"]


@pytest.mark.parametrize("bound", [0, ring.BOUND, 4], ids=["feed", "ring", "small ring"])
def test_readers_see_every_committed_change_once_under_racing_writers(hq_db, bound):
    """Writers commit in random order after random delays, some abort; readers page with
    small random limits all along. Each reader ends with exactly the committed changes,
    each once, in increasing sequence order. The readers read the feed, or poll through
    one ring of recent changes they share (a process's), which answers most of their polls
    (the small one, of 4 entries, drops its oldest or starts afresh: polls from below it
    read the database)."""
    recent = ring.Ring(bound) if bound else None
    with hq_db.write() as w:  # so `tombstones` interleave with rows from the start
        w.insert(t.products, [product(0)])
    committed_rows, committed_tombs, lock = {"W0000000"}, set(), threading.Lock()
    writers_done = threading.Event()
    failures: list[BaseException] = []

    class Abort(Exception):
        pass

    def writer(wid: int) -> None:
        rng = random.Random(wid)
        try:
            for i in range(TRANSACTIONS):
                n = 1 + wid * 1000 + i * 10
                rows = [product(n + k) for k in range(rng.randint(1, 3))]
                gone = [f"gone-{wid}-{i}"] if rng.random() < 0.3 else []
                aborted = rng.random() < 0.2
                try:
                    with hq_db.write() as w:
                        w.insert(t.products, rows)
                        threading.Event().wait(rng.uniform(0, 0.02))  # hold the values a while
                        w.tombstone("products", gone)
                        if aborted:
                            raise Abort
                except Abort:
                    continue
                with lock:
                    committed_rows.update(r["sku"] for r in rows)
                    committed_tombs.update(gone)
        except BaseException as exc:  # reported by the test thread
            failures.append(exc)

    def reader(rid: int, seen: dict) -> None:
        rng = random.Random(100 + rid)
        cursor, rows, tombs, seqs = 0, Counter(), Counter(), []
        try:
            while True:
                finished = writers_done.is_set()  # read before the page: then it is the last
                limit = rng.randint(1, 7)
                if recent is None:
                    p = page(hq_db, cursor, limit)
                else:
                    p = through_ring(hq_db, recent, cursor, limit)
                assert p["next_cursor"] >= cursor
                got = [row[-1] for row in p["rows"]]
                assert all(s > cursor for s in got) and got == sorted(got)
                seqs += got
                rows.update(skus(p))
                tombs.update(p["tombstones"])
                cursor = p["next_cursor"]
                if finished and not p["has_more"]:
                    break
        except BaseException as exc:  # reported by the test thread
            failures.append(exc)
        seen.update(rows=rows, tombs=tombs, seqs=seqs, cursor=cursor)

    results = [{} for _ in range(READERS)]
    readers = [threading.Thread(target=reader, args=(i, results[i])) for i in range(READERS)]
    writing = [threading.Thread(target=writer, args=(i,)) for i in range(WRITERS)]
    for th in readers + writing:
        th.start()
    for th in writing:
        th.join()
    writers_done.set()
    for th in readers:
        th.join()
    assert not failures, failures
    with hq_db.read() as conn:
        top = feed.high_water(conn)
    for seen in results:
        assert set(seen["rows"]) == committed_rows
        assert max(seen["rows"].values()) == 1  # no change twice
        assert set(seen["tombs"]) == committed_tombs
        assert max(seen["tombs"].values(), default=1) == 1
        assert seen["seqs"] == sorted(set(seen["seqs"]))
        assert seen["cursor"] == top
    assert len(committed_rows) > WRITERS * TRANSACTIONS  # most transactions committed
    if bound == ring.BOUND:
        assert recent.answered > READERS * 10 and recent.reads > 10
    elif bound:
        assert recent.resets + recent.drops > 0


def test_0013_goes_on_from_the_counter_of_a_database_made_before_it(hq_db_url):
    """A database that already handed out values: the first value after the upgrade is
    above all of them, on both databases."""
    from alembic import command

    db = Database(hq_db_url)
    try:
        with db.engine.begin() as conn:
            command.upgrade(migrate.alembic_config(conn), "0011")
            conn.execute(t.change_counter.insert().values(id=1, value=500))
        migrate.upgrade(db)
        with db.read() as conn:
            assert feed.high_water(conn) == 500
        with db.write() as w:
            assert list(w.take_seqs(2)) == [501, 502]
        with db.read() as conn:
            assert feed.high_water(conn) == 502
    finally:
        db.dispose()
