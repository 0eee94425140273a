"""Feed reads with and without a read replica: what the primary does per feed request.

A primary and a `pg_basebackup -R` standby of this run's own (tests/integration/
replica_cluster.py), a chain of `--items` items, and `clienteling-hq serve` (its own
process) once without and once with `--read-db`. In each phase `--terminals` terminals
(threads of this process, one HTTP connection each) load the items from nothing in
pages of 200 and then poll `GET /v1/changes` in a closed loop, while a writer commits a
stock change every 50 ms on the primary. Figures per phase: requests, p50/p99, and the
rows the primary and the standby read (`pg_stat_database`: tup_returned + tup_fetched)
per request.

    python tests/benchmarks/bench_replica.py [--terminals 20] [--items 3000] [--seconds 15]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from clienteling.domain.codes import with_check_digit
from clienteling.hq import auth, migrate
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from clienteling.protocol.poll import format_cursors
from tests.hq_live import add_stores, free_port, set_stock
from tests.integration.replica_cluster import Pair, missing

STORE = "BR-SP-01"


def add_items(db: Database, count: int) -> None:
    rows = [
        {
            "sku": f"B{n:06d}",
            "gtin": with_check_digit(f"3{n:011d}"),
            "style": "B",
            "name": f"Item {n}",
            "brand": "Aurora",
            "category": "tops",
            "colour": "BLK",
            "size": "M",
            "price_minor": 100,
            "currency": "EUR",
            "attributes": {},
        }
        for n in range(count)
    ]
    with db.write() as w:
        w.upsert(t.products, rows, ["sku"])


def rows_read(url: str) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(
            "SELECT tup_returned + tup_fetched FROM pg_stat_database"
            " WHERE datname = current_database()"
        ).fetchone()[0]


def serve(db_url: str, read_url: str | None) -> tuple[subprocess.Popen, str]:
    port = free_port()
    extra = ["--read-db", read_url] if read_url else []
    proc = subprocess.Popen(
        [sys.executable, "-m", "clienteling.hq.cli", "serve", "--port", str(port), "--db", db_url,
         *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return proc, url
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("HQ did not start")


def terminal(url: str, token: str, until: float, times: list[float]) -> None:
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}) as c:
        after = 0
        while time.monotonic() < until:  # the first load of the items
            start = time.perf_counter()
            page = c.get("/v1/sync/products", params={"after": after, "limit": 200}).json()
            times.append(time.perf_counter() - start)
            after = page["next_cursor"]
            if not page["has_more"]:
                break
        cursors = {"products": after, "stock": 0}
        while time.monotonic() < until:
            start = time.perf_counter()
            answer = c.get("/v1/changes", params={"cursors": format_cursors(cursors)}).json()
            times.append(time.perf_counter() - start)
            for name, page in answer["collections"].items():
                cursors[name] = page["next_cursor"]


def phase(pair: Pair, db: Database, name: str, replica: bool, args) -> None:
    read_url = pair.url(name, standby=True) if replica else None
    proc, url = serve(db.url, read_url)
    try:
        tokens = []
        with httpx.Client(base_url=url, timeout=60) as c:
            for i in range(args.terminals):
                code = auth.create_enrollment_code(db, STORE, 1, datetime.now(UTC))
                r = c.post("/v1/enroll", json={"code": code, "terminal_name": f"t{i}"})
                tokens.append(r.json()["device_token"])
        pair.caught_up()
        time.sleep(1.5)  # statistics are flushed about once a second
        standby_url = pair.url(name, standby=True)
        primary0, standby0 = rows_read(pair.url(name)), rows_read(standby_url)
        stop = threading.Event()

        def write() -> None:
            n = 0
            while not stop.is_set():
                set_stock(db, STORE, f"B{n % args.items:06d}", n % 7)
                n += 1
                stop.wait(0.05)

        writer = threading.Thread(target=write)
        writer.start()
        until = time.monotonic() + args.seconds
        times: list[float] = []
        threads = [threading.Thread(target=terminal, args=(url, t, until, times)) for t in tokens]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        stop.set()
        writer.join()
        time.sleep(1.5)
        primary = rows_read(pair.url(name)) - primary0
        standby = rows_read(standby_url) - standby0
        times.sort()
        n = len(times)
        print(
            f"{'with --read-db' if replica else 'primary only  '}: {n} requests "
            f"({n / args.seconds:.0f}/s), p50 {times[n // 2] * 1000:.1f} ms, "
            f"p99 {times[int(n * 0.99)] * 1000:.1f} ms; rows read per request: "
            f"primary {primary / n:.0f}, standby {standby / n:.0f}",
            flush=True,
        )
    finally:
        proc.terminate()
        proc.wait(20)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--terminals", type=int, default=20)
    p.add_argument("--items", type=int, default=3000)
    p.add_argument("--seconds", type=float, default=15)
    args = p.parse_args()
    why = missing()
    if why:
        raise SystemExit(why)
    os.environ.setdefault("CLIENTELING_HQ_TEST_PIN_COST", str(2**14))
    pair = Pair().start()
    try:
        name = pair.create_database()
        db = Database(pair.url(name))
        migrate.upgrade(db)
        add_stores(db)
        add_items(db, args.items)
        pair.caught_up()
        for replica in (False, True):
            phase(pair, db, name, replica, args)
        db.dispose()
    finally:
        pair.stop()


if __name__ == "__main__":
    main()
