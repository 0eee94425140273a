"""The ring of recent changes (hq/ring.py): polls answered from a process's memory for the
chain-wide collections (stores, products, stock) give what the database feed gives.

Real HQ on 127.0.0.1 and its real ring, on SQLite and PostgreSQL. Each answer a terminal
gets over HTTP is compared with `poll.read_changes` reading the database alone (no ring)
at the same watermark right after it, with nothing written in between; and the state a
terminal reaches by applying the pages (rows, then tombstones) up to the same cursors.
"""

from __future__ import annotations

import random

import orjson
import pytest
from sqlalchemy import event

from clienteling.domain.codes import with_check_digit
from clienteling.hq import feed, poll, ring
from clienteling.hq import tables as t
from clienteling.hq.settings import HQSettings
from clienteling.protocol.sync import COLLECTIONS
from tests.hq_live import NOW, STORES, LiveHQ, small_chain, store_row

STORE = "BR-SP-01"
RINGED = ("stores", "products", "stock")
# The key of a row in page form, by collection (tombstones carry the same key).
KEYS = {"stores": ("store_id",), "products": ("sku",), "stock": ("store_id", "sku")}


def product(n: int, price: int) -> dict:
    return {
        "sku": f"R{n:05d}",
        "gtin": with_check_digit(f"3{n:011d}"),
        "style": "R",
        "name": f"Ring {n}",
        "brand": "Aurora",
        "category": "tops",
        "colour": "BLK",
        "size": "M",
        "price_minor": price,
        "currency": "EUR",
        "attributes": {"n": n},
    }


def write_some(db, rng: random.Random, live: set[str]) -> None:
    """One write transaction of random product and stock upserts and product deletions
    (row deleted, tombstone written), as HQ's writes make them."""
    with db.write() as w:
        for _ in range(rng.randint(1, 3)):
            what = rng.random()
            if what < 0.35:
                ns = rng.sample(range(40), rng.randint(1, 3))
                w.upsert(t.products, [product(n, rng.randint(1, 999)) for n in ns], ["sku"])
                live.update(f"R{n:05d}" for n in ns)
            elif what < 0.5 and live:
                sku = rng.choice(sorted(live))
                w.conn.execute(t.products.delete().where(t.products.c.sku == sku))
                w.tombstone("products", [sku])
                live.discard(sku)
            elif what < 0.55:
                store = rng.choice(list(STORES))
                w.upsert(t.stores, [{**store_row(store), "name": f"S{rng.random()}"}], ["store_id"])
            else:
                rows = [
                    {
                        "store_id": rng.choice(list(STORES)),
                        "sku": f"R{rng.randrange(40):05d}",
                        "on_hand": rng.randint(0, 9),
                        "reserved": 0,
                        "as_of": NOW,
                    }
                    for _ in range(rng.randint(1, 3))
                ]
                by_key = {(r["store_id"], r["sku"]): r for r in rows}  # one row per key a time
                w.upsert(t.stock, list(by_key.values()), ["store_id", "sku"])


def database_answer(db, cursors: dict[str, int], limit: int, top: int) -> dict:
    """The answer the database feed gives at the watermark `top` (no ring), as JSON."""
    with db.read() as conn:
        conn = conn.execution_options(**{feed.WATERMARK: top})
        answer = poll.read_changes(conn, STORE, cursors, limit, top)
    return orjson.loads(orjson.dumps(answer))


def ask(c, cursors: dict[str, int], limit: int) -> dict:
    text = ",".join(f"{n}:{a}" for n, a in cursors.items())
    r = c.get("/v1/changes", params={"cursors": text, "limit": limit})
    r.raise_for_status()
    answer = r.json()
    del answer["waited"]
    return answer


def apply(state: dict[str, dict], answer: dict) -> dict[str, int]:
    """Apply an answer's pages as a terminal does (rows, then tombstones); the cursors it
    moves to."""
    for name, page in answer["collections"].items():
        if name not in RINGED:
            continue
        held = state.setdefault(name, {})
        for row in page["rows"]:
            item = dict(zip(page["columns"], row, strict=True))
            key = tuple(item[k] for k in KEYS[name])
            held[key[0] if len(key) == 1 else key] = item
        for key in page["tombstones"]:
            held.pop(key, None)
    return {n: p["next_cursor"] for n, p in answer["collections"].items()}


def follow(next_answer, cursors: dict[str, int], limit: int) -> tuple[dict, dict]:
    """Apply answers from `cursors` until none has more: the state and the cursors."""
    state: dict[str, dict] = {}
    while True:
        answer = next_answer(cursors, limit)
        cursors = apply(state, answer)
        if not answer["has_more"]:
            return state, cursors


def random_cursors(rng: random.Random, points: list[int], top: int, base: int | None) -> dict:
    near = [p for p in (base, (base or 0) - 1) if p is not None and 0 <= p <= top]
    pick = points[-8:] + near + [rng.randint(0, top), top]
    return {name: min(top, rng.choice(pick)) for name in COLLECTIONS}


@pytest.mark.parametrize("bound", [ring.BOUND, 6], ids=["ring", "small ring"])
def test_pages_from_the_ring_are_the_database_feeds_pages(hq_db, bound):
    """Random product and stock upserts and deletions, each followed by polls from cursors
    at random points: every answer equals the database feed's at the same watermark, and a
    terminal following the pages from there ends with the same rows. With a ring of 6
    entries most steps are larger than it (it starts afresh) and it drops its oldest
    entries: those polls read the database, and still answer the same."""
    small_chain(hq_db)
    rng = random.Random(17 + bound)
    live: set[str] = set()
    points: list[int] = []
    with LiveHQ(hq_db, HQSettings(changes_ring=bound)) as hq, hq.client(hq.enroll(STORE)) as c:
        recent = hq.app.state.poll_ring
        for step in range(60):
            write_some(hq_db, rng, live)
            for _ in range(rng.randint(1, 3)):
                probe = ask(c, dict.fromkeys(COLLECTIONS, 0), 1)  # the watermark now
                top = probe["high_water"]
                points.append(top)
                cursors = random_cursors(rng, points, top, recent.base)
                limit = rng.randint(1, 8)
                answer = ask(c, cursors, limit)
                assert answer["high_water"] == top
                assert answer == database_answer(hq_db, cursors, limit, top), step
                from_ring = follow(lambda cur, lim: ask(c, cur, lim), cursors, limit)
                from_db = follow(
                    lambda cur, lim, top=top: database_answer(hq_db, cur, lim, top), cursors, limit
                )
                assert from_ring == from_db, step
        assert recent.answered > 50 and recent.reads > 10
        if bound == 6:
            assert recent.resets > 0 and recent.drops > 0


def test_a_burst_larger_than_the_ring_is_read_from_the_database(hq_db):
    """A step of the watermark over more values than the ring holds (an import) is not
    read into it: it starts again empty at that watermark, polls from below it read the
    database and get every row, and polls from above it the ring again."""
    small_chain(hq_db)
    with LiveHQ(hq_db, HQSettings(changes_ring=50)) as hq, hq.client(hq.enroll(STORE)) as c:
        recent = hq.app.state.poll_ring
        start = ask(c, dict.fromkeys(COLLECTIONS, 0), 1)["high_water"]
        before = dict.fromkeys(COLLECTIONS, start)
        ask(c, before, 10)  # the ring starts, at `start`
        assert recent.base is not None and recent.top == start
        rows = [
            {"store_id": s, "sku": f"B{n:04d}", "on_hand": n % 7, "reserved": 0, "as_of": NOW}
            for s in STORES
            for n in range(30)
        ]
        with hq_db.write() as w:
            w.upsert(t.stock, rows, ["store_id", "sku"])
        answered, reads = recent.answered, recent.reads
        first = ask(c, before, 1000)
        top = first["high_water"]
        assert first == database_answer(hq_db, before, 1000, top)
        assert recent.resets == 1 and recent.base == recent.top == top and len(recent) == 0
        assert recent.reads == reads and recent.answered == answered  # no read into the ring
        stock, cursors = follow(lambda cur, lim: ask(c, cur, lim), before, 7)
        assert {k: r["on_hand"] for k, r in stock["stock"].items()} == {
            (r["store_id"], r["sku"]): r["on_hand"] for r in rows
        }
        # A poll from at or above the new base is the ring's again.
        with hq_db.write() as w:
            w.upsert(t.stock, [{**rows[0], "on_hand": 99}], ["store_id", "sku"])
        answered = recent.answered
        after = ask(c, cursors, 1000)
        assert recent.answered > answered
        assert after == database_answer(hq_db, cursors, 1000, after["high_water"])
        assert [r[2] for r in after["collections"]["stock"]["rows"]] == [99]


def test_a_poll_after_a_delete_gets_the_tombstone_from_the_ring(hq_db):
    small_chain(hq_db)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    with LiveHQ(hq_db) as hq, hq.client(hq.enroll(STORE)) as c:
        recent = hq.app.state.poll_ring
        with hq_db.write() as w:
            w.upsert(t.products, [product(1, 100), product(2, 200)], ["sku"])
        top = ask(c, dict.fromkeys(COLLECTIONS, 0), 1)["high_water"]
        cursors = dict.fromkeys(COLLECTIONS, top)
        ask(c, cursors, 100)
        with hq_db.write() as w:
            w.conn.execute(t.products.delete().where(t.products.c.sku == "R00001"))
            w.tombstone("products", ["R00001"])
        ask(c, cursors, 100)  # brings the ring up to the delete
        event.listen(hq_db.engine, "before_cursor_execute", count)
        try:
            answered = recent.answered
            answer = ask(c, cursors, 100)
        finally:
            event.remove(hq_db.engine, "before_cursor_execute", count)
        assert recent.answered == answered + 3  # stores, products, stock
        products = answer["collections"]["products"]
        assert products["tombstones"] == ["R00001"] and products["rows"] == []
        assert products["next_cursor"] == answer["high_water"] and not products["has_more"]
        assert answer == database_answer(hq_db, cursors, 100, answer["high_water"])
        # Answered without reading the products or the stock (the probe asks the others).
        assert not [s for s in statements if "FROM products" in s or "FROM stock" in s]
        # Put back: the row replaces the tombstone in the ring.
        with hq_db.write() as w:
            w.upsert(t.products, [product(1, 150)], ["sku"])
        again = ask(c, cursors, 100)
        products = again["collections"]["products"]
        assert products["tombstones"] == [] and [r[0] for r in products["rows"]] == ["R00001"]
        assert again == database_answer(hq_db, cursors, 100, again["high_water"])


class CountingLock:
    """A lock that counts its acquisitions."""

    def __init__(self, lock) -> None:
        self.lock, self.taken = lock, 0

    def __enter__(self):
        self.taken += 1
        return self.lock.__enter__()

    def __exit__(self, *exc):
        return self.lock.__exit__(*exc)


def test_a_poll_at_the_watermark_takes_none_of_the_rings_locks(hq_db):
    """A poll whose cursors are all at the watermark has nothing to ask the ring: `take`
    answers it from its arguments alone, without the lock a poll with a change to read
    takes (the lock keeps the ring's entries, base and top one state)."""
    small_chain(hq_db)
    with LiveHQ(hq_db) as hq, hq.client(hq.enroll(STORE)) as c:
        recent = hq.app.state.poll_ring
        top = ask(c, dict.fromkeys(COLLECTIONS, 0), 1)["high_water"]
        recent._lock = entries = CountingLock(recent._lock)
        recent._advancing = advancing = CountingLock(recent._advancing)
        at_top = ask(c, dict.fromkeys(COLLECTIONS, top), 100)
        assert at_top["unchanged"] and entries.taken == advancing.taken == 0
        with hq_db.write() as w:
            w.upsert(t.products, [product(1, 100)], ["sku"])
        risen = ask(c, dict.fromkeys(COLLECTIONS, top), 100)
        assert risen["collections"]["products"]["rows"] and entries.taken > 0
        taken = entries.taken, advancing.taken
        again = ask(c, dict.fromkeys(COLLECTIONS, risen["high_water"]), 100)
        assert again["unchanged"] and (entries.taken, advancing.taken) == taken


def test_the_rings_bound_is_set_in_the_environment(monkeypatch):
    monkeypatch.setenv("CLIENTELING_HQ_CHANGES_RING", "500")
    assert HQSettings.from_env().changes_ring == 500
    for wrong in ("0", "-3", "2.5", "many", "inf", "20000000"):
        monkeypatch.setenv("CLIENTELING_HQ_CHANGES_RING", wrong)
        with pytest.raises(ValueError, match="CLIENTELING_HQ_CHANGES_RING"):
            HQSettings.from_env()
    monkeypatch.delenv("CLIENTELING_HQ_CHANGES_RING")
    assert HQSettings.from_env().changes_ring == ring.BOUND == 20_000


def test_a_stock_tombstone_replaces_its_row_in_the_ring(hq_db):
    """Stock's key has two columns (store, SKU): its tombstone names the row by both
    (`feed.tombstone_key`), and the ring matches it to the row it holds, as it does a
    product's. A poll from before the row's change gets the tombstone alone, as from the
    database."""
    small_chain(hq_db)
    stock = {"store_id": STORE, "sku": "R00001", "reserved": 0, "as_of": NOW}
    with LiveHQ(hq_db) as hq, hq.client(hq.enroll(STORE)) as c:
        recent = hq.app.state.poll_ring
        with hq_db.write() as w:
            w.upsert(t.products, [product(1, 100)], ["sku"])
        top = ask(c, dict.fromkeys(COLLECTIONS, 0), 1)["high_water"]
        cursors = dict.fromkeys(COLLECTIONS, top)
        with hq_db.write() as w:
            w.upsert(t.stock, [{**stock, "on_hand": 4}], ["store_id", "sku"])
        changed = ask(c, cursors, 100)  # the ring holds the stock row
        assert [r[:3] for r in changed["collections"]["stock"]["rows"]] == [[STORE, "R00001", 4]]
        with hq_db.write() as w:  # deleted: the row goes, its tombstone is written
            c_ = t.stock.c
            w.conn.execute(t.stock.delete().where(c_.store_id == STORE, c_.sku == "R00001"))
            w.tombstone("stock", [feed.tombstone_key([STORE, "R00001"])])
        answered = recent.answered
        answer = ask(c, cursors, 100)
        assert recent.answered == answered + 3  # stores, products, stock: from the ring
        page = answer["collections"]["stock"]
        assert page["rows"] == [] and page["tombstones"] == ['["BR-SP-01","R00001"]']
        assert answer == database_answer(hq_db, cursors, 100, answer["high_water"])
        entries = recent._changes["stock"]
        assert len(entries.at) == 1  # the row and its tombstone are one entry
