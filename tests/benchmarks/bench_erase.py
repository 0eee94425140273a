"""Terminal benchmark: dropping an erased shopper from a large cache.

What the feed's tombstone (or a 410 answer) does: the shopper row, their rows
(orders, purchases, notes...), their search terms, physically removed from the
search index's pages at once (FTS5 secure-delete, cache v7), and their pending
outbox entries set aside, in one transaction. For comparison, the cost of
merging the whole search index instead (FTS5 'optimize'), which is what removing
the terms later at a merge would cost.

    python tests/benchmarks/bench_erase.py --shoppers 100000 --deletes 50 [--no-secure-delete]

--no-secure-delete measures the same deletes leaving the terms in the index's pages
until a merge (as caches before v7 did).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from clienteling.cache.apply import apply_page, delete_rows, finish_bulk, start_bulk
from clienteling.cache.shoppers import find_shoppers
from clienteling.cache.store import open_cache, transaction
from tests.cache_access import writer_of

KEY = bytes(range(32))
FIRST = ("Ana", "João", "Lucía", "Иван", "Maria", "Pedro", "Carmen", "Olga")
LAST = ("Silva", "Souza", "Fernández", "Иванов", "García", "Costa", "Pereira", "Smirnova")
PAGE = 5000


def shopper(n: int) -> list:
    sid = f"s{n:07d}"
    return [
        sid,
        f"LY{n:09d}",
        FIRST[n % 8],
        f"{LAST[(n // 8) % 8]}{n % 997}",
        f'["{sid}@example.com"]',
        f'["+55119{n:08d}"]',
        f"+55119{n:08d}",
        "BR-SP-01",
        n,
    ]


COLS = [
    "shopper_id",
    "loyalty_id",
    "first_name",
    "last_name",
    "emails",
    "phones",
    "primary_phone",
    "home_store",
    "seq",
]


def build(path: Path, shoppers: int):
    cache = open_cache(path, KEY)
    conn = writer_of(cache)
    start_bulk(conn, "shoppers")
    for i in range(0, shoppers, PAGE):
        rows = [shopper(n) for n in range(i, min(i + PAGE, shoppers))]
        page = {
            "collection": "shoppers",
            "columns": COLS,
            "json_text": ["emails", "phones"],
            "rows": rows,
            "tombstones": [],
            "next_cursor": i + len(rows),
            "high_water": shoppers,
        }
        apply_page(conn, page, after=i)
    finish_bulk(conn, "shoppers")
    cache.checkpoint()
    return cache


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shoppers", type=int, default=100_000)
    ap.add_argument("--deletes", type=int, default=50)
    ap.add_argument("--no-secure-delete", action="store_true")
    args = ap.parse_args()
    path = Path(tempfile.mkdtemp()) / "cache.db"
    started = time.perf_counter()
    cache = build(path, args.shoppers)
    print(f"built {args.shoppers:,} shoppers in {time.perf_counter() - started:.1f} s")
    conn = writer_of(cache)
    if args.no_secure_delete:
        conn.execute(
            "INSERT INTO shopper_search (shopper_search, rank) VALUES ('secure-delete', 0)"
        )
    step = max(1, args.shoppers // args.deletes)
    times = []
    for n in range(0, step * args.deletes, step):
        sid = f"s{n:07d}"
        t0 = time.perf_counter()
        with transaction(conn):
            delete_rows(conn, "shoppers", [sid])
        times.append(time.perf_counter() - t0)
        assert not [h for h in find_shoppers(conn, f"LY{n:09d}") if h.shopper_id == sid]
    times.sort()
    p50 = statistics.median(times) * 1000
    p95 = times[int(len(times) * 0.95) - 1] * 1000
    print(
        f"drop one erased shopper ({len(times)} times, {args.shoppers:,} cached): "
        f"median {p50:.1f} ms, p95 {p95:.1f} ms, max {times[-1] * 1000:.1f} ms"
    )
    t0 = time.perf_counter()
    with transaction(conn):
        conn.execute("INSERT INTO shopper_search (shopper_search) VALUES ('optimize')")
    print(f"for comparison, merging the whole search index: {time.perf_counter() - t0:.2f} s")
    cache.close()


if __name__ == "__main__":
    main()
