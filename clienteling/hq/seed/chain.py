"""Seeding the generated chain into an empty HQ database.

Deterministic for a seed: the same arguments give the same rows, ids
included, whatever the day (times count back from REFERENCE; open follow-ups
are due around `follow_ups_at`, REFERENCE unless given); only PIN hashes
differ (random salt). Rows are made and written in batches, each batch its
own write transaction through `Database.write()`, so every row carries a
change-sequence value and memory stays flat for a million shoppers. Big
seeds make their shoppers in a second process while this one writes.

Generated data only ever goes into an empty database: see `DatabaseNotEmpty`.
"""

from __future__ import annotations

import multiprocessing
import queue
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, func, select

from .. import tables as t
from ..db import Database
from ..secrets import hash_pin
from . import data as d
from .catalog import Catalog, stock_batches
from .people import Pools
from .shoppers import ShopperMaker
from .stores import DemoAssociate, demo_associates, store_rows
from .write import bulk_load

REFERENCE = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)  # "now" for every generated chain
ROWS_PER_BATCH = 10_000  # products or stock rows per write transaction
SHOPPERS_PER_BATCH = 2000  # with their ~6,500 purchases, notes, wishlists and tasks
BATCH_TABLES = ("shoppers", "purchases", "notes", "wishlist", "tasks")
# From this many shoppers they are made in a second process: making them costs
# about as much as writing them, and the two then overlap. Smaller seeds (the
# demo's) stay in this process, which also keeps frozen app bundles simple.
SECOND_PROCESS_FROM = 50_000
Progress = Callable[[str, int, int], None]
ShopperBatch = tuple[int, dict[str, list[dict]]]  # (shoppers done, rows by table name)


class DatabaseNotEmpty(ValueError):
    """Seeding was refused: generated data must never mix with a retailer's real data."""


@dataclass
class SeedReport:
    stores: int
    products: int
    shoppers: int
    purchases: int
    stock_rows: int
    associates: list[DemoAssociate]
    seconds: float


@dataclass
class _Chain:
    """What every stage is made from, rebuilt from the arguments alone in any process."""

    seed: int
    pools: Pools
    stores: list[dict]
    sites: dict[str, d.Site]
    team: list[DemoAssociate]
    catalog: Catalog

    @classmethod
    def build(cls, seed: int, stores: int, products: int) -> _Chain:
        pools = Pools(seed)
        rows, sites = store_rows(seed, stores, pools)
        team = demo_associates(seed, [s["store_id"] for s in rows], pools)
        return cls(seed, pools, rows, sites, team, Catalog(seed, products))


def seed_chain(
    db: Database,
    *,
    shoppers: int = 3000,
    products: int = 600,
    stores: int = 8,
    seed: int = 7,
    progress: Progress | None = None,
    follow_ups_at: datetime | None = None,
) -> SeedReport:
    """Fill an empty HQ database with a generated chain.

    `progress(stage, done, total)` is called after every batch written, stages
    being "stores", "products", "stock" and "shoppers". Open follow-ups are
    due around `follow_ups_at` (an aware time; REFERENCE when None): some that
    day, most within the weeks after, a few overdue by days. Raises
    DatabaseNotEmpty if the database already has stores, products or
    shoppers, and ValueError for sizes out of range.
    """
    if stores < 1 or products < 1 or shoppers < 0:
        raise ValueError("a chain needs at least 1 store and 1 product (and 0 or more shoppers)")
    with db.read() as conn:
        _refuse_if_not_empty(conn)  # early, before a minute of PIN hashing
    started = time.perf_counter()
    report = progress or (lambda stage, done, total: None)
    chain = _Chain.build(seed, stores, products)
    elsewhere = None
    if shoppers >= SECOND_PROCESS_FROM:  # started first: it gets ready while we write stock
        elsewhere = _ShoppersElsewhere(seed, stores, products, shoppers, follow_ups_at)
    finished = False
    try:
        people = [
            {
                "associate_id": a.employee_id,
                "name": a.name,
                "role": a.role,
                "home_store": a.store_id,
                "active": True,
                "pin_hash": hash_pin(a.pin),
                "failed_attempts": 0,
            }
            for a in chain.team
        ]
        with db.write() as w:
            w.serialise("seed")
            _refuse_if_not_empty(w.conn)  # again, seeds taking turns: two can't both pass
            w.insert(t.stores, chain.stores)
            w.insert(t.associates, people)
        report("stores", stores, stores)
        stock_rows = purchases = 0
        with bulk_load(db) as bulk:
            for start in range(0, products, ROWS_PER_BATCH):
                stop = min(start + ROWS_PER_BATCH, products)
                bulk.write({t.products: chain.catalog.product_rows(start, stop)})
                report("products", stop, products)
            store_ids = [s["store_id"] for s in chain.stores]
            for done, rows in stock_batches(
                seed, chain.catalog, store_ids, REFERENCE, ROWS_PER_BATCH
            ):
                bulk.write({t.stock: rows})
                stock_rows += len(rows)
                report("stock", done, products)
            for done, batch in elsewhere or _shopper_batches(chain, shoppers, follow_ups_at):
                # A shopper and everything of theirs in one transaction (see shoppers.py).
                bulk.write({getattr(t, name): rows for name, rows in batch.items()})
                purchases += len(batch["purchases"])
                report("shoppers", done, shoppers)
        finished = True
    finally:
        if elsewhere:
            elsewhere.stop(finished)
    return SeedReport(
        stores=stores,
        products=products,
        shoppers=shoppers,
        purchases=purchases,
        stock_rows=stock_rows,
        associates=chain.team,
        seconds=time.perf_counter() - started,
    )


def _refuse_if_not_empty(conn: Connection) -> None:
    counts = {
        table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
        for table in (t.stores, t.products, t.shoppers)
    }
    if any(counts.values()):
        found = ", ".join(f"{n} {name}" for name, n in counts.items() if n)
        raise DatabaseNotEmpty(
            f"the database is not empty (it has {found}); a generated chain is only "
            "seeded into an empty database, so demo data never mixes with real data"
        )


def _shopper_batches(
    chain: _Chain, shoppers: int, follow_ups_at: datetime | None = None
) -> Iterator[ShopperBatch]:
    staff: dict[str, list[str]] = {}
    for a in chain.team:
        staff.setdefault(a.store_id, []).append(a.employee_id)
    maker = ShopperMaker(
        chain.seed,
        chain.pools,
        chain.stores,
        chain.sites,
        chain.catalog,
        staff,
        REFERENCE,
        follow_ups_at,
    )
    for start in range(0, shoppers, SHOPPERS_PER_BATCH):
        stop = min(start + SHOPPERS_PER_BATCH, shoppers)
        batch: dict[str, list[dict]] = {name: [] for name in BATCH_TABLES}
        for number in range(start + 1, stop + 1):
            maker.add_shopper(number, batch)
        yield stop, batch


def _make_shoppers(args: tuple, out) -> None:
    """The second process: every shopper batch into `out`, then None (or the error's text)."""
    try:
        seed, stores, products, shoppers, follow_ups_at = args
        chain = _Chain.build(seed, stores, products)
        for item in _shopper_batches(chain, shoppers, follow_ups_at):
            out.put(item)
        out.put(None)
    except BaseException:
        out.put(traceback.format_exc())


class _ShoppersElsewhere:
    """Shopper batches made by a second process, in order, at most two waiting.

    The process rebuilds the chain from the same arguments and runs the same
    generator, so the rows are the ones this process would have made.
    """

    def __init__(
        self,
        seed: int,
        stores: int,
        products: int,
        shoppers: int,
        follow_ups_at: datetime | None = None,
    ) -> None:
        ctx = multiprocessing.get_context("spawn")  # nothing inherited: no open connections
        self.batches = ctx.Queue(maxsize=2)
        self.process = ctx.Process(
            target=_make_shoppers,
            args=((seed, stores, products, shoppers, follow_ups_at), self.batches),
            name="seed-shoppers",
            daemon=True,
        )
        self.process.start()

    def __iter__(self) -> Iterator[ShopperBatch]:
        while True:
            try:
                item = self.batches.get(timeout=5)
            except queue.Empty:
                if not self.process.is_alive():
                    raise RuntimeError("the process making shoppers ended without a word") from None
                continue
            if item is None:
                return
            if isinstance(item, str):
                raise RuntimeError(f"making shoppers failed in the second process:\n{item}")
            yield item

    def stop(self, finished: bool) -> None:
        """Let a process that sent everything end; end one that still works (we failed)."""
        self.process.join(10 if finished else 0)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(10)
        self.batches.close()
