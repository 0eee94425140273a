"""Orders under load: 50 terminals placing orders, idle and beside a 1M-row stock import.

    python tests/benchmarks/bench_orders.py --db postgresql://postgres@127.0.0.1/postgres \
        [--terminals 50] [--orders 3000] [--import-rows 1000000] [--seconds 90] [--workers 1]
        [--skip-import]

PostgreSQL only (SQLite has one writer: an import and orders take turns by design).
It creates and drops its own database; HQ runs as `clienteling-hq serve`, the
terminals in their own process (order_clients.py), the import as
`clienteling-hq import stock FILE`: three processes beside PostgreSQL.

The chain: 100 stores, 10,000 items, a stock row for each (1M rows). Each terminal is
enrolled at one of four stores and has its own associate signed in. An order has 1-3
lines (70/20/10 %) over 400 items picked by popularity (Zipf), 1-2 units each; one in
20 items is scarce at the terminals' stores, so HQ takes it from the nearest other
store; one order in 50 is sent twice (a terminal that lost the answer).

Phases, each bounded by `--orders` and `--seconds`:
1. bare loopback HTTP round trip: the same terminals, GET /healthz (one read);
2. orders, idle;
3. orders while the import writes the 1M-row morning count (the file is sorted by item,
   then store, so the ordered rows come up again and again); the import is stopped
   when the orders are done, and its rows written in the window are reported;
4. the round trip again;
5. the same kind of orders (ten terminals' worth) placed without HTTP, one at a time, by
   HQ's own `place_order` in this process: the order path's floor, with what an order may
   cost the machine at 0.6 of the round trip's rate beside it.
(`--skip-import`: no phase 3.) Each phase prints HQ's CPU per request (/proc) and
PostgreSQL's sessions opened and time in statements on the database (pg_stat_database:
wall time, not CPU).
Then the checks: no stock row reserved beyond what it has, every stock row's
reservation equal to the units of the orders placed on it, each order placed once.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import func, select, text

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from clienteling.domain.codes import with_check_digit  # noqa: E402
from clienteling.hq import auth, migrate  # noqa: E402
from clienteling.hq import orders as orders_module  # noqa: E402
from clienteling.hq import tables as t  # noqa: E402
from clienteling.hq.db import Database  # noqa: E402
from clienteling.protocol.orders import OrderRequest  # noqa: E402
from tests.benchmarks.bench_hq import make_db, start_hq  # noqa: E402
from tests.benchmarks.limits import pct  # noqa: E402
from tests.hq_live import NOW, STORES, add_stores  # noqa: E402

TERMINAL_STORES = tuple(STORES)
STORE_COUNT, ITEM_COUNT, ORDERED_ITEMS = 100, 10_000, 400
PLENTY, SCARCE = 100_000, 3


def item(n: int) -> str:
    return f"IT{n // 8:04d}-{'BLK' if n % 8 < 4 else 'WHT'}-{('S', 'M', 'L', 'XL')[n % 4]}"


def ordered_items() -> list[int]:
    """Items terminals order: spread over the item space, so the import meets them often."""
    step = ITEM_COUNT // ORDERED_ITEMS
    return [k * step for k in range(ORDERED_ITEMS)]


def scarce(n: int) -> bool:
    return n % 20 == 0


def fill_chain(db: Database) -> None:
    add_stores(db)
    extra = []
    for k in range(STORE_COUNT - len(STORES)):
        extra.append(
            {
                "store_id": f"BR-XX-{k:02d}",
                "name": f"Store {k}",
                "region": "BR-SP",
                "address": "Rua 2",
                "city": "Interior",
                "country": "BR",
                "latitude": -23.0 + k * 0.05,
                "longitude": -47.0 - k * 0.03,
                "currency": "BRL",
                "timezone": "America/Sao_Paulo",
                "attributes": {},
            }
        )
    products = [
        {
            "sku": item(n),
            "gtin": with_check_digit(f"789{n:09d}"),
            "style": item(n).split("-")[0],
            "name": f"Shirt {n // 8}",
            "brand": "Aurora",
            "category": "tops",
            "colour": item(n).split("-")[1],
            "size": item(n).split("-")[2],
            "price_minor": 18900,
            "currency": "BRL",
            "attributes": {},
        }
        for n in range(ITEM_COUNT)
    ]
    with db.write() as w:
        w.upsert(t.stores, extra, ["store_id"])
    for k in range(0, len(products), 2000):
        with db.write() as w:
            w.upsert(t.products, products[k : k + 2000], ["sku"])
    scarce_skus = [item(n) for n in ordered_items() if scarce(n)]
    with db.write() as w:  # every store has every item: 1M rows, one statement
        w.conn.execute(
            text(
                "INSERT INTO stock (store_id, sku, on_hand, reserved, as_of, seq)"
                " SELECT s.store_id, p.sku, CASE WHEN s.store_id = ANY(:here)"
                " AND p.sku = ANY(:scarce) THEN :few ELSE :plenty END, 0, :now,"
                " nextval('change_seq') FROM stores s CROSS JOIN products p"
            ),
            {
                "here": list(TERMINAL_STORES),
                "scarce": scarce_skus,
                "few": SCARCE,
                "plenty": PLENTY,
                "now": NOW,
            },
        )
    with db.write() as w:
        w.insert(
            t.shoppers,
            [
                {
                    "shopper_id": f"s{i:06d}",
                    "first_name": "Ana",
                    "last_name": f"Silva{i}",
                    "emails": [],
                    "phones": [],
                    "language": "pt",
                    "home_store": TERMINAL_STORES[i % len(TERMINAL_STORES)],
                    "home_region": STORES[TERMINAL_STORES[i % len(TERMINAL_STORES)]][0],
                    "created_at": NOW,
                }
                for i in range(2000)
            ],
        )


def import_file(rows: int) -> Path:
    """The morning count: every stock row, by item then store, counts as they were."""
    path = Path(tempfile.mkdtemp(prefix="orderload-")) / "stock.csv"
    stores = [*TERMINAL_STORES, *(f"BR-XX-{k:02d}" for k in range(STORE_COUNT - len(STORES)))]
    here = set(TERMINAL_STORES)
    written = 0
    with open(path, "w") as f:
        f.write("store_id,sku,on_hand\n")
        for n in range(ITEM_COUNT):
            sku, few = item(n), scarce(n) and n % (ITEM_COUNT // ORDERED_ITEMS) == 0
            for s in stores:
                if written == rows:
                    return path
                f.write(f"{s},{sku},{SCARCE if few and s in here else PLENTY}\n")
                written += 1
    return path


def terminals(db: Database, url: str, n: int) -> list[dict]:
    out = []
    for k in range(n):
        store = TERMINAL_STORES[k % len(TERMINAL_STORES)]
        emp = f"bench-{k:03d}"
        auth.add_associate(db, emp, f"Associate {k}", "associate", store, "2468")
        code = auth.create_enrollment_code(db, store, 1, datetime.now(UTC))
        device = httpx.post(
            f"{url}/v1/enroll", json={"code": code, "terminal_name": f"t{k}"}, timeout=120
        ).json()["device_token"]
        session = httpx.post(
            f"{url}/v1/sessions",
            json={"employee_id": emp, "pin": "2468"},
            headers={"Authorization": f"Bearer {device}"},
            timeout=120,
        ).json()["session_token"]
        out.append({"store": store, "token": session})
    return out


def order_bodies(rng: random.Random, store: str, count: int) -> list[dict]:
    items = ordered_items()
    weights = [1 / (r + 1) for r in range(len(items))]  # Zipf: a few items sell most
    bodies = []
    for _ in range(count):
        n_lines = rng.choices((1, 2, 3), (70, 20, 10))[0]
        skus = list(dict.fromkeys(item(n) for n in rng.choices(items, weights, k=n_lines)))
        pickup = store if rng.random() < 0.8 else rng.choice(TERMINAL_STORES)
        bodies.append(
            {
                "order_id": str(uuid.uuid4()),
                "shopper_id": f"s{rng.randrange(2000):06d}",
                "fulfilment": "pickup",
                "pickup_store": pickup,
                "lines": [{"sku": s, "quantity": rng.choice((1, 1, 1, 2))} for s in skus],
                "resend": rng.random() < 0.02,
            }
        )
    return bodies


def cpu_seconds(pid: int) -> float:
    """CPU time of HQ's process and its workers (Linux /proc)."""
    total, pids = 0.0, [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def postgres_cpu_seconds() -> float | None:
    """CPU time of this machine's PostgreSQL processes (Linux /proc; None when none is
    seen: a PostgreSQL elsewhere)."""
    total, seen = 0.0, False
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if not (entry / "cmdline").read_bytes().startswith(b"postgres"):
                continue
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seen = True
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total if seen else None


def per_order_ms(before: float | None, after: float | None, n: int) -> float | None:
    return None if before is None or after is None else (after - before) * 1000 / max(1, n)


def database_stats(db: Database) -> tuple[int, float]:
    """PostgreSQL's count of sessions opened on this database and its milliseconds spent
    running statements (pg_stat_database, flushed about every second)."""
    time.sleep(1.5)
    with db.read() as conn:
        row = conn.execute(
            text(
                "SELECT sessions, active_time FROM pg_stat_database"
                " WHERE datname = current_database()"
            )
        ).one()
        return row.sessions, row.active_time


def run_phase(
    port: int, phase: str, specs: list[dict], seconds: float, hq: int, db: Database
) -> dict:
    cpu0, (sessions0, active0) = cpu_seconds(hq), database_stats(db)
    pg0 = postgres_cpu_seconds()
    work = Path(tempfile.mkdtemp(prefix="orderload-"))
    plan, result = work / "plan.json", work / "result.json"
    plan.write_text(
        json.dumps({"port": port, "phase": phase, "seconds": seconds, "terminals": specs})
    )
    client = Path(__file__).with_name("order_clients.py")
    subprocess.run([sys.executable, str(client), str(plan), str(result)], check=True)
    out = json.loads(result.read_text())
    lat = out["latencies"]
    out["cpu_ms"] = (cpu_seconds(hq) - cpu0) * 1000 / max(1, len(lat))
    out["pg_cpu_ms"] = per_order_ms(pg0, postgres_cpu_seconds(), len(lat))
    sessions, active = database_stats(db)
    out["pg_ms"] = (active - active0) / max(1, len(lat))
    out["pg_new"] = sessions - sessions0
    out["rate"] = len(lat) / out["elapsed"]
    out["p50"], out["p99"] = statistics.median(lat) * 1000, pct(lat, 0.99) * 1000
    return out


def show(label: str, r: dict, trip: float | None = None) -> None:
    ratio = f"; ratio to the round trip {r['rate'] / trip:.2f}" if trip else ""
    print(
        f"{label}: {len(r['latencies'])} in {r['elapsed']:.1f} s = {r['rate']:,.0f}/s, "
        f"p50 {r['p50']:.1f} ms, p99 {r['p99']:.1f} ms, HQ CPU {r['cpu_ms']:.2f} ms each, "
        f"PostgreSQL busy {r['pg_ms']:.2f} ms each{cpu_of_postgres(r)}, "
        f"{r['pg_new']} connections opened, "
        f"answers {r['statuses']}{ratio}",
        flush=True,
    )


def cpu_of_postgres(r: dict) -> str:
    return "" if r.get("pg_cpu_ms") is None else f" (CPU {r['pg_cpu_ms']:.2f} ms)"


def direct_phase(db: Database, token: str, bodies: list[dict]) -> dict:
    """The same orders placed without HTTP: HQ's `place_order` called one after another in
    this process, on the benchmark's own connection pool. What an order costs HQ's Python
    (its statements through the driver) and PostgreSQL with no HTTP, no credential read
    and no other order at the same time: the floor of the order path as it is written."""
    now = datetime.now(UTC)
    with db.statements_read() as conn:
        who = auth.resolve(conn, token, now)
    requests = [
        OrderRequest.model_validate({k: v for k, v in b.items() if k != "resend"}) for b in bodies
    ]
    placed, statuses = [], {}
    pg0, cpu0, t0 = postgres_cpu_seconds(), time.process_time(), time.perf_counter()
    for req in requests:
        status, _answer = orders_module.place_order(db, who, req, datetime.now(UTC))
        statuses[str(status)] = statuses.get(str(status), 0) + 1
        if status == 201:
            placed.append(str(req.order_id))
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    n = len(requests)
    return {
        "placed": placed,
        "statuses": statuses,
        "wall_ms": wall * 1000 / n,
        "cpu_ms": cpu * 1000 / n,
        "pg_cpu_ms": per_order_ms(pg0, postgres_cpu_seconds(), n),
    }


def show_direct(r: dict, trip: float) -> None:
    """The direct phase, beside what an order may cost the machine to reach 0.6 of the
    round trip's rate: the cores over 0.6 of that rate."""
    budget = (os.cpu_count() or 1) * 1000 / (0.6 * trip)
    pg = r["pg_cpu_ms"]
    spent = ""
    if pg is not None:
        spent = f", PostgreSQL CPU {pg:.2f} ms, together {r['cpu_ms'] + pg:.2f} ms"
    print(
        f"orders without HTTP, one at a time: {sum(r['statuses'].values())} "
        f"({r['statuses']}), {r['wall_ms']:.2f} ms each, HQ's Python CPU {r['cpu_ms']:.2f} ms"
        f"{spent}; "
        f"an order at 0.6 of the round trip's rate has {budget:.2f} ms of the machine "
        "for everything (client, HTTP, HQ, PostgreSQL)",
        flush=True,
    )


def check(db: Database, placed: set[str]) -> None:
    s, o = t.stock.c, t.orders.c
    with db.read() as conn:
        over = conn.execute(select(func.count()).where(s.reserved > s.on_hand)).scalar_one()
        stored = set(conn.execute(select(o.order_id)).scalars())
        want: dict[tuple[str, str], int] = {}
        for lines in conn.execute(select(o.lines)).scalars():
            for line in lines:
                key = (line["source_store"], line["sku"])
                want[key] = want.get(key, 0) + line["quantity"]
        held = {
            (r.store_id, r.sku): r.reserved
            for r in conn.execute(select(s.store_id, s.sku, s.reserved).where(s.reserved > 0))
        }
    print(
        f"checks: oversold rows {over}; reservations that differ from the orders' units "
        f"{sum(held.get(k, 0) != v for k, v in want.items()) + len(held.keys() - want.keys())}; "
        f"orders stored {len(stored)}, answered 201 {len(placed)}, "
        f"missing {len(placed - stored)}, unanswered {len(stored - placed)}"
    )


def machine() -> str:
    load = os.getloadavg()
    return f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}, {os.cpu_count()} cores"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="PostgreSQL admin URL")
    ap.add_argument("--terminals", type=int, default=50)
    ap.add_argument("--orders", type=int, default=3000, help="orders per phase (all terminals)")
    ap.add_argument("--import-rows", type=int, default=1_000_000)
    ap.add_argument("--seconds", type=float, default=90, help="each phase stops after this")
    ap.add_argument("--workers", type=int, default=1, help="HQ processes")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument(
        "--skip-import", action="store_true", help="no phase 3 (orders beside the import)"
    )
    args = ap.parse_args()
    url, drop = make_db(args.db)
    db = Database(url, pool_size=4)
    rng = random.Random(args.seed)
    proc = None
    try:
        migrate.upgrade(db)
        t0 = time.perf_counter()
        fill_chain(db)
        csv_path = None if args.skip_import else import_file(args.import_rows)
        took = time.perf_counter() - t0
        print(f"chain: {STORE_COUNT} stores x {ITEM_COUNT} items in {took:.0f} s")
        proc, hq_url = start_hq(url, args.workers)
        port = int(hq_url.rsplit(":", 1)[1])
        terms = terminals(db, hq_url, args.terminals)
        per = max(1, args.orders // args.terminals)
        health = [{"token": x["token"], "bodies": [None] * per} for x in terms]

        def orders() -> list[dict]:
            return [
                {"token": x["token"], "bodies": order_bodies(rng, x["store"], per)} for x in terms
            ]

        print(machine())
        trip = run_phase(port, "health", health, args.seconds, proc.pid, db)
        show("round trip, GET /healthz", trip)
        idle = run_phase(port, "orders", orders(), args.seconds, proc.pid, db)
        show("orders, idle", idle, trip["rate"])
        print(machine())
        busy = None if args.skip_import else busy_phase(args, db, url, csv_path, port, proc, orders)
        if busy is not None:
            show("orders, beside the stock import", busy, trip["rate"])
            print(f"  p99 beside the import / idle p99: {busy['p99'] / idle['p99']:.2f}")
        print(machine())
        again = run_phase(port, "health", health, args.seconds, proc.pid, db)
        show("round trip again", again)
        direct = direct_phase(db, terms[0]["token"], order_bodies(rng, terms[0]["store"], per * 10))
        show_direct(direct, trip["rate"])
        placed = set(idle["placed"]) | set(busy["placed"] if busy else ()) | set(direct["placed"])
        mismatched = idle["mismatched"] + (busy["mismatched"] if busy else 0)
        print(f"resends answered differently: {mismatched}")
        check(db, placed)
    finally:
        if proc and proc.poll() is None:
            proc.terminate()
            proc.wait(10)
        db.dispose()
        drop()


def busy_phase(args, db: Database, url: str, csv_path: Path, port: int, proc, orders) -> dict:
    """Phase 3: orders while `clienteling-hq import stock` writes the morning count."""
    importer = None
    try:
        env = {**os.environ, "CLIENTELING_HQ_DB": url}
        importer = subprocess.Popen(
            [sys.executable, "-m", "clienteling.hq.cli", "import", "stock", str(csv_path)],
            env=env,
            stdout=subprocess.DEVNULL,
        )
        time.sleep(3)  # the import's process starts and writes its first batches
        i0 = time.perf_counter()
        busy = run_phase(port, "orders", orders(), args.seconds, proc.pid, db)
        window = time.perf_counter() - i0
        running = importer.poll() is None
        importer.terminate()
        importer.wait(30)
    finally:
        if importer and importer.poll() is None:
            importer.terminate()
            importer.wait(10)
    with db.read() as conn:
        details = conn.execute(
            select(t.audit_log.c.detail).where(t.audit_log.c.action == "import")
        ).scalars()
        rows = sum((d or {}).get("rows", 0) for d in details)
    print(
        f"  import: {rows:,} rows written by the end ({rows / (window + 3):,.0f} rows/s); "
        f"{'still running when the orders ended' if running else 'it ended before the orders'}"
    )
    return busy


if __name__ == "__main__":
    main()
