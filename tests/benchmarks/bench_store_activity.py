"""Store activity benchmark: one store's report for a year on a seeded chain, on SQLite and
PostgreSQL, beside a raw scan of the same rows in the same run.

For each database: `clienteling-hq seed` makes the chain (shoppers with three years of
purchases, notes and tasks), then a year of the biggest store's activity is added
straight into HQ's tables (profile-opened events, orders, ratings, preference edits;
a little of other stores' serving of the same shoppers). Timed, median of --runs:
- the report (hq.reports.store_activity: every KPI, per associate, daily series, the
  previous period, not-seen list), in process, no HTTP;
- the same over HTTP (`GET /v1/reports/store-activity` on `clienteling-hq serve`);
- the raw limit: plain SELECTs through the same driver of the rows the report read
  before it kept its attributions (hq/report_kept.py)
  (the store's events, notes, orders, tasks, ratings, edits of the year and of the year
  before, and the purchases of the shoppers it served), fetched whole.
ratio = raw / report (1.0: the report costs what reading its rows costs).

    python tests/benchmarks/bench_store_activity.py [--shoppers 100000] [--stores 8]
        [--pg postgresql://postgres@127.0.0.1:5432/postgres] [--no-pg] [--per-day 120]
    python tests/benchmarks/bench_store_activity.py --db URL [--runs 3]

--db: an existing chain (made once with `clienteling-hq seed`, which takes long at 1M
shoppers); the year is added to it the first time, then reused; the database is kept.
The year is written straight into HQ's tables, so the kept attributions are then rebuilt
(as `clienteling-hq reports rebuild` does; a chain whose year was added before migration
0019 got them from the migration).

Goal (docs/kpis.md): under 1 s on PostgreSQL for the 1M-shopper chain.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import event, func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from clienteling.hq import auth, report_kept, reports
from clienteling.hq import tables as t
from clienteling.hq.auth import Principal
from clienteling.hq.db import Database
from clienteling.hq.seed import REFERENCE
from tests.benchmarks.bench_hq import start_hq

END = REFERENCE.date() - timedelta(days=1)
START = END - timedelta(days=364)


def make_db(url: str | None) -> tuple[str, callable]:
    """A new SQLite file, or a new PostgreSQL database of its own name (dropped after)."""
    if not url:
        path = Path(tempfile.mkdtemp(prefix="bench-activity-")) / "hq.db"
        return f"sqlite:///{path}", lambda: shutil.rmtree(path.parent, ignore_errors=True)
    import psycopg

    name = f"clienteling_bench_activity_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"{url.rsplit('/', 1)[0]}/{name}", drop


def seed(url: str, shoppers: int, stores: int) -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "clienteling.hq.cli",
            "seed",
            "--db",
            url,
            "--shoppers",
            str(shoppers),
            "--stores",
            str(stores),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def add_year(db: Database, per_day: int) -> tuple[str, int]:
    """A year of the biggest store's activity; returns the store and the rows added."""
    rnd = random.Random(11)
    S, A = t.shoppers.c, t.associates.c
    with db.read() as conn:
        store = conn.execute(
            select(S.home_store).group_by(S.home_store).order_by(func.count().desc()).limit(1)
        ).scalar_one()
        shoppers = list(
            conn.execute(
                select(S.shopper_id).where(S.home_store == store).order_by(S.shopper_id)
            ).scalars()
        )
        staff = list(
            conn.execute(
                select(A.associate_id).where(A.home_store == store).order_by(A.associate_id)
            ).scalars()
        )
        others = list(
            conn.execute(select(A.associate_id, A.home_store).where(A.home_store != store)).all()
        )
        skus = list(conn.execute(select(t.products.c.sku).limit(200)).scalars())
    device = f"bench-{store}"
    with db.write_unsequenced() as conn:
        conn.execute(
            t.devices.insert().values(
                device_id=device,
                store_id=store,
                name="bench",
                token_hash=uuid.uuid4().hex,
                created_at=REFERENCE,
            )
        )
    added = 0
    day = START - timedelta(days=365)  # the previous period too
    while day <= END:
        base = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
        at = lambda base=base: base + timedelta(minutes=rnd.randrange(-180, 480))  # noqa: E731
        events, orders, ratings, edits = [], [], [], []
        for _ in range(per_day):
            who, shopper = rnd.choice(staff), rnd.choice(shoppers)
            events.append(
                {
                    "event_id": str(uuid.uuid4()),
                    "store_id": store,
                    "associate_id": who,
                    "device_id": device,
                    "kind": "profile_opened",
                    "shopper_id": shopper,
                    "payload": {},
                    "at": at(),
                }
            )
        for _ in range(per_day // 20):  # other stores serving this store's shoppers
            who, home = rnd.choice(others)
            events.append(
                {
                    "event_id": str(uuid.uuid4()),
                    "store_id": home,
                    "associate_id": who,
                    "device_id": None,
                    "kind": "profile_opened",
                    "shopper_id": rnd.choice(shoppers),
                    "payload": {},
                    "at": at(),
                }
            )
        for _ in range(per_day // 8):
            when, confirmed = at(), rnd.random() > 0.1
            orders.append(
                {
                    "order_id": str(uuid.uuid4()),
                    "store_id": store,
                    "associate_id": rnd.choice(staff),
                    "shopper_id": rnd.choice(shoppers),
                    "created_at": when,
                    "outcome": "confirmed" if confirmed else "refused",
                    "fulfilment": rnd.choice(("ship", "pickup")),
                    "value_minor": rnd.randrange(5000, 90000),
                    "currency": "BRL",
                    "saved_oos": confirmed and rnd.random() < 0.3,
                    "status": "delivered" if confirmed else "refused",
                    "completed_at": when + timedelta(hours=rnd.randrange(4, 96))
                    if confirmed
                    else None,
                }
            )
        for _ in range(per_day // 12):
            ratings.append(
                {
                    "feedback_id": str(uuid.uuid4()),
                    "shopper_id": rnd.choice(shoppers),
                    "store_id": store,
                    "associate_id": rnd.choice(staff),
                    "score": rnd.randint(1, 5),
                    "comment": "",
                    "created_at": at(),
                    "seq": 0,
                }
            )
        for _ in range(per_day // 10):
            edits.append(
                {
                    "shopper_id": rnd.choice(shoppers),
                    "field": rnd.choice(("fit", "brands", "sizes.tops")),
                    "value": "x",
                    "previous": None,
                    "captured_at": at(),
                    "received_at": base,
                    "associate_id": rnd.choice(staff),
                    "device_id": device,
                    "base_version": 0,
                    "applied": True,
                    "superseded": False,
                }
            )
        with db.write_unsequenced() as conn:
            conn.execute(t.activity.insert(), events)
            conn.execute(t.order_facts.insert(), orders)
            conn.execute(t.feedback.insert(), ratings)
            conn.execute(t.profile_changes.insert(), edits)
        added += len(events) + len(orders) + len(ratings) + len(edits)
        day += timedelta(days=1)
    del skus
    return store, added


def raw_scan(db: Database, store: str) -> tuple[int, float]:
    """Rows and seconds to read the rows the report reads, with plain SELECTs."""
    a = datetime.combine(START - timedelta(days=365 + 14), datetime.min.time(), UTC)
    b = datetime.combine(END + timedelta(days=1), datetime.min.time(), UTC)
    started = time.perf_counter()
    rows = 0
    with db.read() as conn:
        for table, at in (
            (t.activity, t.activity.c.at),
            (t.notes, t.notes.c.created_at),
            (t.order_facts, t.order_facts.c.created_at),
            (t.tasks, t.tasks.c.created_at),
            (t.feedback, t.feedback.c.created_at),
        ):
            rows += len(
                conn.execute(select(table).where(table.c.store_id == store, at >= a, at < b)).all()
            )
        pc, d = t.profile_changes.c, t.devices.c
        rows += len(
            conn.execute(
                select(t.profile_changes)
                .join(t.devices, d.device_id == pc.device_id)
                .where(d.store_id == store, pc.captured_at >= a, pc.captured_at < b)
            ).all()
        )
        served = select(t.activity.c.shopper_id).where(t.activity.c.store_id == store)
        rows += len(
            conn.execute(
                select(t.purchases).where(
                    t.purchases.c.shopper_id.in_(served), t.purchases.c.purchased_at < b
                )
            ).all()
        )
    return rows, time.perf_counter() - started


def server_cpu(db: Database) -> dict[int, float]:
    """CPU seconds each PostgreSQL backend of this database has used (the server runs on
    this machine); {} on SQLite, whose work is this process's."""
    if db.dialect != "postgresql":
        return {}
    with db.engine.connect() as conn:
        pids = conn.exec_driver_sql(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
        ).scalars()
        out = {}
        for pid in pids:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            out[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return out


def timed(fn, runs: int, db: Database | None = None) -> tuple[float, object, float]:
    """Median wall seconds, the last result, and median CPU seconds (this process and,
    on PostgreSQL, the server's backends): on a loaded machine the CPU time is the
    steadier figure."""
    spent, cpu, result = [], [], None
    for _ in range(runs):
        server = server_cpu(db) if db else {}
        client = time.process_time()
        started = time.perf_counter()
        result = fn()
        spent.append(time.perf_counter() - started)
        used = time.process_time() - client
        after = server_cpu(db) if db else {}
        used += sum(v - server.get(pid, 0.0) for pid, v in after.items())
        cpu.append(used)
    return statistics.median(spent), result, statistics.median(cpu)


def added_before(db: Database) -> str | None:
    """The store a previous run added its year to (its "bench-" device), if any."""
    d = t.devices.c
    with db.read() as conn:
        return conn.execute(select(d.store_id).where(d.device_id.like("bench-%")).limit(1)).scalar()


def prepare(label: str, url: str, args, seeded: float | None) -> tuple[Database, str]:
    db = Database(url)
    store = added_before(db)
    with db.read() as conn:
        shoppers = conn.execute(select(func.count()).select_from(t.shoppers)).scalar_one()
        stores = conn.execute(select(func.count()).select_from(t.stores)).scalar_one()
    chain = f"{shoppers:,} shoppers, {stores} stores"
    if seeded is not None:
        chain += f", seeded in {seeded:.0f} s"
    if store is not None:
        print(f"[{label}] chain: {chain}; the year of {store} added by an earlier run")
        return db, store
    started = time.perf_counter()
    store, added = add_year(db, args.per_day)
    with db.write_unsequenced() as conn:  # written around HQ: its kept data made as the CLI does
        report_kept.rebuild(conn)
    with db.engine.connect() as conn:  # statistics, as a database in use has them
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    filled = time.perf_counter() - started
    print(f"[{label}] chain: {chain}; {added:,} activity rows for {store} (two years) "
          f"in {filled:.0f} s")  # fmt: skip
    return db, store


def profile(db: Database, run) -> None:
    """Each statement's time in one run of the report, longest first (what to look at)."""
    spent: list[tuple[float, int, str]] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        conn.info["bench_started"] = time.perf_counter()

    def after(conn, cursor, statement, parameters, context, executemany):
        took = time.perf_counter() - conn.info.pop("bench_started")
        spent.append((took, len(spent) + 1, " ".join(statement.split())[:120]))

    event.listen(db.engine, "before_cursor_execute", before)
    event.listen(db.engine, "after_cursor_execute", after)
    try:
        run()
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
        event.remove(db.engine, "after_cursor_execute", after)
    print(f"  {len(spent)} statements, {sum(s[0] for s in spent) * 1000:,.0f} ms:")
    for took, n, statement in sorted(spent, reverse=True)[:8]:
        print(f"  #{n:<3} {took * 1000:8,.0f} ms  {statement}")


def bench(label: str, url: str, args, seeded: float | None = None) -> None:
    db, store = prepare(label, url, args, seeded)
    print(f"[{label}] load average while measuring: {os.getloadavg()[0]:.1f} "
          f"({os.cpu_count()} cores)")  # fmt: skip
    chain = Principal("token", "integration", None, "bench")
    now = datetime.now(UTC)
    if args.profile:
        profile(db, lambda: reports.store_activity(db, chain, store, START, END, now))
    report_s, report, report_cpu = timed(
        lambda: reports.store_activity(db, chain, store, START, END, now), args.runs, db
    )
    raw_s, (raw_rows, _s), raw_cpu = timed(lambda: raw_scan(db, store), args.runs, db)
    token = auth.create_api_token(db, "bench", "integration", None, now)
    proc, hq_url = start_hq(url, 1)
    try:
        with httpx.Client(
            base_url=hq_url, timeout=600, headers={"Authorization": f"Bearer {token}"}
        ) as c:
            params = {"store": store, "from": START.isoformat(), "to": END.isoformat()}

            def over_http():
                r = c.get("/v1/reports/store-activity", params=params)
                r.raise_for_status()
                return r

            http_s, answer, _cpu = timed(over_http, args.runs)
    finally:
        proc.terminate()
        proc.wait(30)
    v = report.totals.values
    print(
        f"[{label}] report {START}..{END}: {report_s * 1000:,.0f} ms in process, "
        f"{http_s * 1000:,.0f} ms over HTTP ({len(answer.content) / 1024:,.0f} KiB); "
        f"raw scan of its {raw_rows:,} rows {raw_s * 1000:,.0f} ms; "
        f"ratio raw/report {raw_s / report_s:.2f}, raw/HTTP {raw_s / http_s:.2f}"
    )
    print(
        f"[{label}] CPU (this process + the database server): report {report_cpu:.2f} s, "
        f"raw scan {raw_cpu:.2f} s; ratio raw/report {raw_cpu / report_cpu:.2f}"
    )
    print(
        f"[{label}]   served {v['shoppers_served']:,.0f}, orders {v['orders_placed']:,.0f}, "
        f"influenced purchases {v['influenced_purchases']:,.0f}, "
        f"{len(report.associates)} associates, {len(report.not_seen)} not seen"
    )
    db.dispose()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--shoppers", type=int, default=100_000)
    p.add_argument("--stores", type=int, default=8)
    p.add_argument("--per-day", type=int, default=120, help="profiles opened per day")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--no-pg", action="store_true")
    p.add_argument("--only-pg", action="store_true")
    p.add_argument("--profile", action="store_true", help="print each statement's time")
    p.add_argument("--db", help="an existing seeded chain (kept); no seeding")
    args = p.parse_args()
    if args.db:
        label = "PostgreSQL" if args.db.startswith("postgres") else "SQLite"
        bench(label, args.db, args)
        return
    if not args.only_pg:
        url, drop = make_db(None)
        try:
            bench("SQLite", url, args, seed(url, args.shoppers, args.stores))
        finally:
            drop()
    if not args.no_pg:
        url, drop = make_db(args.pg)
        try:
            bench("PostgreSQL", url, args, seed(url, args.shoppers, args.stores))
        finally:
            drop()


if __name__ == "__main__":
    main()
