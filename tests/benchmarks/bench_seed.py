"""Seed benchmark: the generated chain, stage by stage, beside a raw insert limit.

    python tests/benchmarks/bench_seed.py --shoppers 1000000 --products 200000 --stores 40
        [--seed 7] [--db URL]

Without --db it seeds a temporary SQLite file; with a PostgreSQL URL it creates
(and afterwards drops) its own database on that server; a SQLite URL or path
is seeded in place (it must be empty).

For every stage it prints rows/s, and beside it the limit measured in the same
run: the very rows the stage wrote, read back and executemany'd into a plain
SQLite table with the same column count (no keys, no indexes), in
transactions of the same batch size. The ratio says how much the seed costs
over bare inserts: generating the data, SQLAlchemy, indexes and sequence
stamping. Time spent inside write transactions is shown apart from
generating, and peak RSS is taken right after the seed, for this process
and for the second process that makes the shoppers of big seeds.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from clienteling.hq import migrate
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from clienteling.hq.seed import seed_chain
from clienteling.hq.seed.chain import ROWS_PER_BATCH
from tests.benchmarks.limits import raw_executemany, rss_mb

STAGE_TABLES = {
    "stores": (t.stores, t.associates),
    "products": (t.products,),
    "stock": (t.stock,),
    "shoppers": (t.shoppers, t.purchases, t.notes, t.wishlist, t.tasks),
}


class TimedDatabase(Database):
    """A Database that adds up the time spent inside write transactions."""

    writing = 0.0

    @contextmanager
    def write(self):
        started = time.perf_counter()
        try:
            with super().write() as w:
                yield w
        finally:
            self.writing += time.perf_counter() - started


def open_db(url: str | None) -> tuple[TimedDatabase, callable]:
    if url and url.startswith(("postgresql", "postgres")):
        from tests.benchmarks.bench_hq import make_db

        made, drop = make_db(url)
        return TimedDatabase(made), drop
    path = url or str(Path(tempfile.mkdtemp()) / "bench-seed.db")
    return TimedDatabase(path), lambda: None


def plain(value):
    """A value as SQLite stores it: JSON as text, times as ISO text."""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def stored_rows(db: Database, table) -> Iterator[list[tuple]]:
    """The table's rows in chunks, as DB-API tuples, straight from the driver."""
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(f"SELECT * FROM {table.name}")
        while chunk := cur.fetchmany(ROWS_PER_BATCH):
            yield [tuple(plain(v) for v in row) for row in chunk]
    finally:
        raw.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shoppers", type=int, default=100_000)
    ap.add_argument("--products", type=int, default=20_000)
    ap.add_argument("--stores", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--db", help="PostgreSQL server URL, or a SQLite URL/path; default: temp file")
    args = ap.parse_args()
    db, drop = open_db(args.db)
    try:
        migrate.upgrade(db)
        ends: dict[str, float] = {}
        started = time.perf_counter()

        def progress(stage: str, done: int, total: int) -> None:
            ends[stage] = time.perf_counter() - started
            print(f"\r{stage}: {done:,}/{total:,}  {ends[stage]:.0f} s ", end="", file=sys.stderr)

        report = seed_chain(
            db,
            shoppers=args.shoppers,
            products=args.products,
            stores=args.stores,
            seed=args.seed,
            progress=progress,
        )
        peak, child = rss_mb(), rss_mb(resource.RUSAGE_CHILDREN)
        print(file=sys.stderr)
        print(
            f"seed {args.shoppers:,} shoppers / {args.products:,} products / {args.stores} stores "
            f"on {db.dialect}: {report.seconds:.1f} s, {db.writing:.1f} s of it in write "
            f"transactions; peak RSS {peak:.0f} MB"
            + (f" (and {child:.0f} MB in the process making shoppers)" if child else "")
        )
        print(f"{'stage':<9} {'rows':>11} {'s':>8} {'rows/s':>9} {'raw rows/s':>11} {'ratio':>6}")
        total_rows = total_raw = 0.0
        before = 0.0
        with db.read() as conn:
            for stage, tables in STAGE_TABLES.items():
                counts = {
                    x.name: conn.execute(select(func.count()).select_from(x)).scalar_one()
                    for x in tables
                }
                rows = sum(counts.values())
                seconds = ends.get(stage, before) - before
                before = ends.get(stage, before)
                raw_rows, raw_s = raw_executemany(
                    (t.name, len(t.c), stored_rows(db, t)) for t in tables
                )
                assert raw_rows == rows
                total_rows += rows
                total_raw += raw_s
                rate, raw_rate = rows / max(seconds, 1e-9), rows / max(raw_s, 1e-9)
                detail = ", ".join(f"{k} {v:,}" for k, v in counts.items())
                print(
                    f"{stage:<9} {rows:>11,} {seconds:>8.1f} {rate:>9,.0f} {raw_rate:>11,.0f} "
                    f"{raw_rate / rate:>5.1f}x  ({detail})"
                )
        print(
            f"{'total':<9} {total_rows:>11,.0f} {report.seconds:>8.1f} "
            f"{total_rows / report.seconds:>9,.0f} {total_rows / total_raw:>11,.0f} "
            f"{report.seconds / total_raw:>5.1f}x"
        )
        print("(stores includes drawing the Faker pools and hashing the demo PINs)")
    finally:
        db.dispose()
        drop()


if __name__ == "__main__":
    main()
