"""Import benchmark: a file of N rows with a few bad ones, on SQLite and PostgreSQL.

    python tests/benchmarks/bench_import.py [--rows 20000] [--bad 20]
        [--pg postgresql://postgres@127.0.0.1:5432/postgres] [--no-pg]

For `stock` and `purchases` it imports a generated file of --rows rows, --bad of
them bad (non-ASCII digits, out-of-range times, NUL, unknown references...),
and prints rows/s beside two limits measured in the same run:

- checks: the same file read and checked row by row (CSV, cells, column rules)
  with no database at all: what the import costs over this is the writing;
- raw: the rows it wrote, executemany'd into a plain table (no keys, no index)
  of the same database in transactions of the same batch size (500).

The ratios (import rows/s over each limit) say what the import costs over reading
alone and over bare inserts: reference checks, upserts, sequence stamping, the
audit log. PostgreSQL gets its own database, dropped afterwards.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from clienteling.domain.codes import with_check_digit
from clienteling.hq import migrate
from clienteling.hq.db import Database
from clienteling.hq.importing import import_csv
from clienteling.hq.importing.csv_import import ImportReport, _Run

STORES = 20
PRODUCTS = 1000
SHOPPERS = 200
BATCH = 500


def setup_csv() -> dict[str, bytes]:
    stores = "store_id,name,region,address,city,country,latitude,longitude,currency,timezone\n"
    stores += "".join(
        f"S{i:02d},Store {i},R{i % 3},Rua {i},Lisboa,PT,38.7,-9.1,EUR,Europe/Lisbon\n"
        for i in range(STORES)
    )
    products = "sku,gtin,style,name,brand,category,colour,size,price,currency\n"
    products += "".join(
        f"SKU{i:04d},{with_check_digit(f'200000{i:06d}')},S{i // 10},Shirt,Aurora,tops,,M,"
        f"{10 + i % 90}.90,EUR\n"
        for i in range(PRODUCTS)
    )
    shoppers = "external_id,first_name,last_name,email,phone,loyalty_id,home_store,language\n"
    shoppers += "".join(
        f"C-{i},Ana,Souza,ana{i}@example.com,,,S{i % STORES:02d},pt\n" for i in range(SHOPPERS)
    )
    return {"stores": stores.encode(), "products": products.encode(), "shoppers": shoppers.encode()}


BAD_STOCK = ["S00,SKU0001,٣", "S99,SKU0001,1", "S00,NOPE,1", "S00,SKU0001,-1", "S00,SKU\x00,1"]
BAD_PURCHASE = [
    "B-{n},C-1,S01,store,9999-12-31T23:59:00-05:00,SKU0001,1,10.00,EUR",
    "B-{n},C-1,S01,store,2026-10-01T10:00:00Z,SKU0001,３,10.00,EUR",
    "B-{n},C-1,S99,store,2026-10-01T10:00:00Z,SKU0001,1,10.00,EUR",
    "B-{n},C-404,S01,store,2026-10-01T10:00:00Z,SKU0001,1,10.00,EUR",
    "B-{n},C-1,S01,store,2026-10-01T10:00:00Z,SKU\x07,1,10.00,EUR",
]


def data_csv(kind: str, rows: int, bad: int) -> bytes:
    every = max(1, rows // max(bad, 1))
    out = []
    if kind == "stock":
        out.append("store_id,sku,on_hand")
        for n in range(rows):
            if bad and n % every == every // 2 and n // every < bad:
                out.append(BAD_STOCK[n % len(BAD_STOCK)])
            else:
                out.append(f"S{n // PRODUCTS % STORES:02d},SKU{n % PRODUCTS:04d},{n % 7}")
    else:
        out.append(
            "external_id,shopper_external_id,store_id,channel,purchased_at,sku,quantity,"
            "unit_price,currency"
        )
        for n in range(rows):
            if bad and n % every == every // 2 and n // every < bad:
                out.append(BAD_PURCHASE[n % len(BAD_PURCHASE)].format(n=n))
            else:
                out.append(
                    f"P-{n // 2},C-{n // 2 % SHOPPERS},S{n // 2 % STORES:02d},store,"
                    f"2026-10-0{1 + n // 2 % 9}T10:00:00-03:00,SKU{n % PRODUCTS:04d},"
                    f"{1 + n % 3},{10 + n % 90}.90,EUR"
                )
    return ("\n".join(out) + "\n").encode()


class _ChecksOnly(_Run):
    """The import with its writes left out: reading and checking only."""

    def _write(self, items) -> None:
        self.report.rows_written += len(items)


def checks_only(kind: str, body: bytes) -> float:
    report = ImportReport(kind, 0, 0, [], [])
    text = io.TextIOWrapper(io.BytesIO(body), encoding="utf-8", errors="surrogateescape")
    started = time.perf_counter()
    _ChecksOnly(None, kind, report, BATCH, "bench").run(text)  # type: ignore[arg-type]
    return time.perf_counter() - started


def raw_insert(db: Database, width: int, rows: list[tuple]) -> float:
    """executemany into a plain table of the same database, BATCH rows a transaction."""
    name = f"raw_{uuid.uuid4().hex[:8]}"
    columns = ", ".join(f"c{i} TEXT" for i in range(width))
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(f"CREATE TABLE {name} ({columns})")
        raw.commit()
        mark = "?" if db.dialect == "sqlite" else "%s"
        insert = f"INSERT INTO {name} VALUES ({', '.join([mark] * width)})"
        started = time.perf_counter()
        for i in range(0, len(rows), BATCH):
            cur.executemany(insert, rows[i : i + BATCH])
            raw.commit()
        spent = time.perf_counter() - started
        cur.execute(f"DROP TABLE {name}")
        raw.commit()
    finally:
        raw.close()
    return spent


def measure(db: Database, label: str, rows: int, bad: int) -> None:
    migrate.upgrade(db)
    for kind, body in setup_csv().items():
        assert not import_csv(db, kind, io.BytesIO(body)).errors_total, kind
    for kind in ("stock", "purchases"):
        body = data_csv(kind, rows, bad)
        checks = checks_only(kind, body)
        started = time.perf_counter()
        report = import_csv(db, kind, io.BytesIO(body))
        spent = time.perf_counter() - started
        good = [
            tuple(line.split(","))
            for i, line in enumerate(body.decode().splitlines()[1:], start=2)
            if i not in {e.line for e in report.errors}
        ]
        raw = raw_insert(db, len(good[0]), good)
        rate = report.rows_read / spent
        print(
            f"{label:<10} {kind:<9} {report.rows_read:>6} rows, {report.rows_written:>6} written, "
            f"{report.errors_total:>3} refused | import {rate:>8,.0f} rows/s | "
            f"checks alone {report.rows_read / checks:>8,.0f} rows/s (x{checks / spent:.2f}) | "
            f"raw executemany {len(good) / raw:>8,.0f} rows/s (x{raw / spent:.2f})"
        )


def with_pg(admin: str, run: Callable[[Database], None]) -> None:
    import psycopg

    name = f"clienteling_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    db = Database(f"{admin.rsplit('/', 1)[0]}/{name}")
    try:
        run(db)
    finally:
        db.dispose()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=20_000)
    ap.add_argument("--bad", type=int, default=20)
    ap.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/postgres")
    ap.add_argument("--no-pg", action="store_true")
    args = ap.parse_args()
    print("x = the import's rows/s as a fraction of the limit's (1.00: as fast as the limit)")
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{tmp}/hq.db")
        try:
            measure(db, "SQLite", args.rows, args.bad)
        finally:
            db.dispose()
    if not args.no_pg:
        with_pg(args.pg, lambda db: measure(db, "PostgreSQL", args.rows, args.bad))


if __name__ == "__main__":
    main()
