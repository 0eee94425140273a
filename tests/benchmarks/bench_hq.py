"""HQ benchmark: change feed over loopback and order placement under 50 concurrent clients.

Each figure is printed beside a limit measured in the same run on the same machine:
- feed rows/s over HTTP vs a raw SELECT of the same rows through the same driver;
- orders/s and latency vs the raw database doing the same conditional update + insert,
  and vs a bare HTTP round trip (/healthz) with the same 50 clients.

    python tests/benchmarks/bench_hq.py [--db postgresql://postgres@127.0.0.1/postgres]
        [--shoppers 100000] [--orders 2000] [--clients 50] [--styles 1]

With a PostgreSQL URL it creates and drops its own database.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from clienteling.hq import auth, migrate
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from tests.benchmarks.limits import pct
from tests.hq_live import NOW, STORES, add_staff, add_stores, add_style, free_port


def make_db(url: str | None, prefix: str = "clienteling_bench") -> tuple[str, callable]:
    if not url:
        path = Path(tempfile.mkdtemp()) / "bench-hq.db"
        return f"sqlite:///{path}", lambda: None
    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"{url.rsplit('/', 1)[0]}/{name}", drop


def fill_shoppers(db: Database, n: int) -> None:
    regions = list(STORES)
    batch = 5000
    for start in range(0, n, batch):
        rows = []
        for i in range(start, min(n, start + batch)):
            store = regions[i % len(regions)]
            rows.append(
                {
                    "shopper_id": f"s{i:08d}",
                    "external_id": f"X{i}",
                    "loyalty_id": f"LY{i:010d}",
                    "first_name": "Ana",
                    "last_name": f"Silva{i % 997}",
                    "emails": [f"a{i}@ex.com"],
                    "phones": [f"+55119{i:08d}"],
                    "primary_email": f"a{i}@ex.com",
                    "primary_phone": f"+55119{i:08d}",
                    "language": "pt",
                    "tier": "member",
                    "segments": ["new"],
                    "home_store": "BR-SP-01",
                    "home_region": "BR-SP",
                    "consent_email": True,
                    "consent_sms": False,
                    "consent_profiling": True,
                    "preferences": {"sizes": {"tops": "M"}},
                    "address": None,
                    "attributes": {},
                    "created_at": NOW,
                }
            )
            del store
        with db.write() as w:
            w.upsert(t.shoppers, rows, ["shopper_id"])


def start_hq(db_url: str, workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "CLIENTELING_HQ_DB": db_url}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "clienteling.hq.cli",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("HQ did not start")


def bench_feed(db: Database, url: str, device: str, n: int) -> None:
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {device}"}, timeout=60) as c:
        t0, cursor, rows = time.perf_counter(), 0, 0
        while True:
            page = c.get("/v1/sync/shoppers", params={"after": cursor, "limit": 5000}).json()
            rows += len(page["rows"])
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        feed_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    with db.read() as conn:
        raw_rows = len(conn.execute(select(t.shoppers).order_by(t.shoppers.c.seq)).all())
    raw_s = time.perf_counter() - t0
    assert rows == raw_rows == n, (rows, raw_rows, n)
    feed_rate, raw_rate = rows / feed_s, raw_rows / raw_s
    print(
        f"feed: {rows} shoppers over loopback in {feed_s:.2f} s = {feed_rate:,.0f} rows/s; "
        f"raw SELECT {raw_rate:,.0f} rows/s; ratio {feed_rate / raw_rate:.2f}"
    )


def run_clients(clients: int, total: int, fn) -> tuple[float, list[float]]:
    latencies: list[float] = []
    lock = threading.Lock()
    per = total // clients

    def worker(k: int):
        mine = []
        for i in range(per):
            t0 = time.perf_counter()
            fn(k, i)
            mine.append(time.perf_counter() - t0)
        with lock:
            latencies.extend(mine)

    t0 = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(worker, range(clients)))
    return time.perf_counter() - t0, latencies


def bench_orders(
    db: Database, url: str, session: str, skus: list[str], orders: int, clients: int
) -> None:
    local = threading.local()

    def client() -> httpx.Client:
        if not hasattr(local, "c"):
            local.c = httpx.Client(
                base_url=url, headers={"Authorization": f"Bearer {session}"}, timeout=60
            )
        return local.c

    def place(k: int, i: int):
        body = {
            "order_id": str(uuid.uuid4()),
            "shopper_id": "s00000000",
            "fulfilment": "pickup",
            "pickup_store": "BR-SP-01",
            "lines": [{"sku": skus[(k + i) % len(skus)], "quantity": 1}],
        }
        r = client().post("/v1/orders", json=body)
        assert r.status_code == 201, r.text

    def health(k: int, i: int):
        assert client().get("/healthz").status_code == 200

    secs, lat = run_clients(clients, orders, place)
    hsecs, hlat = run_clients(clients, orders, health)

    def raw(k: int, i: int):
        sku = skus[(k + i) % len(skus)]
        with db.write() as w:
            w.conn.execute(
                text(
                    "UPDATE stock SET reserved = reserved + 1, seq = :s WHERE store_id = 'BR-SP-01'"
                    " AND sku = :sku AND on_hand - reserved >= 1"
                ),
                {"s": w.next_seq(), "sku": sku},
            )
            w.insert(
                t.notes,
                [
                    {
                        "note_id": str(uuid.uuid4()),
                        "shopper_id": "s00000000",
                        "store_id": "BR-SP-01",
                        "associate_id": "x",
                        "reason": "other",
                        "text": "bench",
                        "created_at": NOW,
                    }
                ],
            )

    rsecs, rlat = run_clients(clients, orders, raw)
    rate, hrate, rrate = orders / secs, orders / hsecs, orders / rsecs
    print(
        f"orders: {orders} by {clients} clients over {len(skus)} items: {rate:,.0f} orders/s, "
        f"p50 {statistics.median(lat) * 1000:.1f} ms, p99 {pct(lat, 0.99) * 1000:.1f} ms"
    )
    print(
        f"  limit, bare HTTP round trip (/healthz): {hrate:,.0f} req/s, p99 "
        f"{pct(hlat, 0.99) * 1000:.1f} ms; ratio {rate / hrate:.2f}"
    )
    print(
        f"  limit, raw DB write (reserve + insert through Database.write): {rrate:,.0f} tx/s, p99 "
        f"{pct(rlat, 0.99) * 1000:.1f} ms; ratio {rate / rrate:.2f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="PostgreSQL admin URL; default: a temporary SQLite file")
    ap.add_argument("--shoppers", type=int, default=100_000)
    ap.add_argument("--orders", type=int, default=2000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument(
        "--styles",
        type=int,
        default=1,
        help="styles of 8 items each the orders spread over (1: 50 clients on 8 stock rows)",
    )
    ap.add_argument("--workers", type=int, default=1, help="HQ processes (PostgreSQL only)")
    args = ap.parse_args()
    url, drop = make_db(args.db)
    db = Database(url, pool_size=args.clients)
    proc = None
    try:
        migrate.upgrade(db)
        add_stores(db)
        skus = [
            sku
            for k in range(args.styles)
            for sku in add_style(
                db, f"BENCH{k or ''}", colours=("BLK", "WHT"), sizes=("S", "M", "L", "XL")
            )
        ]
        with db.write() as w:
            w.upsert(
                t.stock,
                [
                    {
                        "store_id": "BR-SP-01",
                        "sku": s,
                        "on_hand": 10**6,
                        "reserved": 0,
                        "as_of": NOW,
                    }
                    for s in skus
                ],
                ["store_id", "sku"],
            )
        staff = add_staff(db, "BR-SP-01")
        t0 = time.perf_counter()
        fill_shoppers(db, args.shoppers)
        print(
            f"database: {db.dialect}; filled {args.shoppers} shoppers in "
            f"{time.perf_counter() - t0:.1f} s"
        )
        proc, hq_url = start_hq(url, args.workers)
        code = auth.create_enrollment_code(db, "BR-SP-01", 1, datetime.now(UTC))
        device = httpx.post(
            f"{hq_url}/v1/enroll", json={"code": code, "terminal_name": "b"}
        ).json()["device_token"]
        session = httpx.post(
            f"{hq_url}/v1/sessions",
            json={"employee_id": staff["associate"], "pin": "2468"},
            headers={"Authorization": f"Bearer {device}"},
        ).json()["session_token"]
        bench_feed(db, hq_url, device, args.shoppers)
        bench_orders(db, hq_url, session, skus, args.orders, args.clients)
    finally:
        if proc:
            proc.terminate()
            proc.wait(10)
        db.dispose()
        drop()


if __name__ == "__main__":
    main()
