"""Terminal benchmark: initial sync, catch-up, search, cache open, outbox save.

Each figure is printed beside a limit measured in the same run:
- initial sync rows/s vs a raw executemany of the same rows into plain SQLite;
- search latency vs a raw indexed SELECT by primary key on the same cache;
- outbox save vs a raw INSERT + COMMIT with synchronous=FULL on the same file.

    python tests/benchmarks/bench_sync.py --hq-db /tmp/hq.db --store BR-SP-01 [--catch-up 200000]

The HQ database must already hold a chain (`clienteling-hq seed ...`). The
benchmark copies the file and starts `clienteling-hq serve` on the copy: the
enrollment and the catch-up (which re-stamps stock rows, putting the newest
changes out of key order) then leave the chain as it was, and every run
syncs the same feed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, update

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from clienteling.api.client import HQClient, Policy
from clienteling.cache import outbox
from clienteling.cache.schema import COLUMNS
from clienteling.cache.shoppers import find_shoppers
from clienteling.cache.store import open_cache
from clienteling.hq import auth
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from clienteling.protocol.sync import MAX_PAGE
from clienteling.sync.engine import SyncEngine
from tests.benchmarks.bench_hq import start_hq
from tests.benchmarks.limits import pct, raw_executemany, rss_mb
from tests.cache_access import writer_of


def cache_chunks(source, name: str):
    """The cache's rows of a collection, in chunks of 50,000."""
    cur = source.execute(f"SELECT {', '.join(COLUMNS[name])} FROM {name}")
    while rows := cur.fetchmany(50_000):
        yield rows


def copy_hq(source: Path, into: Path) -> Path:
    """A copy of an SQLite HQ file (with its write-ahead log, if any) to run on."""
    target = into / source.name
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
    return target


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hq-db", required=True)
    ap.add_argument("--store", default="BR-SP-01")
    ap.add_argument("--catch-up", type=int, default=200_000)
    ap.add_argument("--page", type=int, default=MAX_PAGE)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp())
    db = Database(str(copy_hq(Path(args.hq_db), work)))
    proc, url = start_hq(db.url, 1)
    peak = {"rss": rss_mb()}
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            peak["rss"] = max(peak["rss"], rss_mb())
            time.sleep(0.2)

    threading.Thread(target=sample, daemon=True).start()
    try:
        code = auth.create_enrollment_code(db, args.store, 1, datetime.now(UTC))
        with HQClient(url) as c:
            device = c.enroll(code, "bench")["device_token"]
        home = work / "terminal"
        key = bytes(range(32))
        cache = open_cache(home / "cache.db", key)
        client = HQClient(url, device, policy=Policy(deadline=120, attempt_timeout=120))
        engine = SyncEngine(cache, client, page_size=args.page)
        before = rss_mb()
        started = time.perf_counter()
        rows = engine.pull()
        sync_s = time.perf_counter() - started
        sync_peak = peak["rss"]
        counts = {
            n: writer_of(cache).execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in COLUMNS
        }
        raw_rows, raw_s = raw_executemany(
            (name, len(cols), cache_chunks(writer_of(cache), name))
            for name, cols in COLUMNS.items()
        )
        _, cipher_s = raw_executemany(
            (
                (name, len(cols), cache_chunks(writer_of(cache), name))
                for name, cols in COLUMNS.items()
            ),
            key=key,
        )
        print(
            f"initial sync: {rows:,} rows in {sync_s:.1f} s = {rows / sync_s:,.0f} rows/s "
            f"({', '.join(f'{k} {v:,}' for k, v in counts.items())})"
        )
        print(
            f"  limit, raw executemany of the same {raw_rows:,} rows into SQLite: "
            f"{raw_rows / raw_s:,.0f} rows/s; ratio {raw_s / sync_s:.2f} (goal >= 0.25)"
        )
        print(
            f"  (the same into an encrypted SQLCipher file, no keys or indexes: "
            f"{raw_rows / cipher_s:,.0f} rows/s; ratio {cipher_s / sync_s:.2f})"
        )
        print(
            f"  peak RSS of the terminal process during sync: {sync_peak:.0f} MB "
            f"(before sync {before:.0f} MB; goal <= 250 MB)"
        )

        # Catch-up: HQ re-stamps N stock rows (as a day of stock moves would).
        with db.write() as w:
            keys = w.conn.execute(
                select(t.stock.c.store_id, t.stock.c.sku).limit(args.catch_up)
            ).all()
            seqs = w.take_seqs(len(keys))
            for (store_id, sku), s in zip(keys, seqs, strict=True):
                w.conn.execute(
                    update(t.stock)
                    .where(t.stock.c.store_id == store_id, t.stock.c.sku == sku)
                    .values(seq=s)
                )
        started = time.perf_counter()
        changed = engine.pull(["stock"])
        print(
            f"catch-up: {changed:,} changes in {time.perf_counter() - started:.1f} s (goal <= 20 s)"
        )

        # Search: a mix of what associates type, each in its own read block on this thread's
        # reader, as the app's lookup service runs it.
        with cache.read() as conn:
            sample_rows = conn.execute(
                "SELECT first_name, last_name, primary_email, primary_phone, "
                "loyalty_id FROM shoppers ORDER BY random() LIMIT 400"
            ).fetchall()
            ids = [r[0] for r in conn.execute("SELECT shopper_id FROM shoppers LIMIT 2000")]
        rnd = random.Random(1)
        queries = []
        for first, last, email, phone, loyalty in sample_rows:
            typed = [last[:3], f"{first[:2]} {last[:4]}", loyalty, phone and phone[-6:], email]
            queries += [q for q in typed if q]
        rnd.shuffle(queries)
        lat = []
        for q in queries:
            t0 = time.perf_counter()
            with cache.read() as conn:
                find_shoppers(conn, q, limit=50)
            lat.append(time.perf_counter() - t0)
        raw = []
        with cache.read() as conn:
            for sid in ids:
                t0 = time.perf_counter()
                conn.execute("SELECT * FROM shoppers WHERE shopper_id = ?", (sid,)).fetchall()
                raw.append(time.perf_counter() - t0)
        print(
            f"search over {counts['shoppers']:,} cached shoppers, {len(queries)} queries: "
            f"p50 {statistics.median(lat) * 1000:.2f} ms, p99 {pct(lat, 0.99) * 1000:.2f} ms "
            f"(goal p99 <= 5 ms); limit, raw PK lookup p99 {pct(raw, 0.99) * 1000:.3f} ms"
        )
        cache.close()

        t0 = time.perf_counter()
        cache = open_cache(home / "cache.db", key)
        find_shoppers(writer_of(cache), "silva")
        print(f"cache open to first query: {(time.perf_counter() - t0) * 1000:.0f} ms")

        saves, raws = [], []
        for _ in range(2000):
            oid = str(uuid.uuid4())
            t0 = time.perf_counter()
            outbox.enqueue(
                writer_of(cache),
                id=oid,
                kind="order",
                shopper_id="x",
                method="POST",
                path="/orders",
                body={"order_id": oid, "lines": [{"sku": "S"}]},
            )
            saves.append(time.perf_counter() - t0)
        writer_of(cache).execute("CREATE TABLE IF NOT EXISTS raw_probe (x)")
        writer_of(cache).execute("PRAGMA synchronous = FULL")
        for _ in range(2000):
            t0 = time.perf_counter()
            writer_of(cache).execute("BEGIN IMMEDIATE")
            writer_of(cache).execute("INSERT INTO raw_probe VALUES (?)", (str(uuid.uuid4()),))
            writer_of(cache).execute("COMMIT")
            raws.append(time.perf_counter() - t0)
        print(
            f"outbox save: p50 {statistics.median(saves) * 1000:.2f} ms, p99 "
            f"{pct(saves, 0.99) * 1000:.2f} ms (goal p99 <= 2 ms); limit, raw INSERT+COMMIT "
            f"synchronous=FULL p99 {pct(raws, 0.99) * 1000:.2f} ms"
        )
        with db.read() as c:
            total = c.execute(select(func.count()).select_from(t.shoppers)).scalar_one()
        print(f"(HQ holds {total:,} shoppers)")
        cache.close()
    finally:
        stop.set()
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
