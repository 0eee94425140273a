"""Both doors of the import (POST /v1/import/{kind} and `clienteling-hq import`) on both
databases: one rule for every kind. Good rows are written, every bad row is reported
with its line and column, a file that cannot be read is refused whole, never a 500."""

from __future__ import annotations

import io
import json
import os
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from clienteling.domain.codes import with_check_digit
from clienteling.hq import auth
from clienteling.hq import tables as t
from clienteling.hq.cli import main as hq_cli
from clienteling.hq.importing import ImportStopped, import_csv
from tests.hq_live import LiveHQ
from tests.integration.test_import import PURCHASE_HEADER, GeneratedFile, by, count, load


def row(
    ext: str,
    *,
    store: str = "BR-SP-01",
    at: str = "2026-10-01T15:30:00-03:00",
    sku: str = "ST1-BLK-S",
    quantity: str = "1",
    price: str = "189.00",
) -> str:
    return f"{ext},C-1,{store},store,{at},{sku},{quantity},{price},BRL"


GOOD = row("R-{n}")
# line -> (column at fault, the row written there, a piece of the reason)
BAD = {
    2: ("quantity", row("R-2", quantity="٣"), "0-9"),
    3: ("unit_price", row("R-3", price="１.00"), "not an amount"),
    500: ("unit_price", row("R-500", price="1" + "0" * 16), "not an amount"),
    501: ("purchased_at", row("R-501", at="0001-01-01T00:00:00+05:00"), "years 1 to 9999"),
    502: ("external_id", row("R-\x00502"), "NUL"),
    777: ("sku", row("R-777", sku="ST1-\x07BLK-S"), "U+0007"),
    # 100 000 units at 10^15 BRL: each cell is fine, the purchase's total fits no 64-bit integer.
    1000: ("quantity", row("R-1000", quantity="100000", price="9" * 15 + ".99"), "too large"),
    1100: ("quantity", row("R-1100", quantity="9" * 20), "outside"),
    1101: ("purchased_at", row("R-1101", at="9999-12-31T23:59:00-05:00"), "years 1 to 9999"),
    1150: ("store_id", row("R-1150", store="XX-00-01"), "unknown store"),
    1201: ("", row("R-1201").rsplit(",", 2)[0], "the header has 9"),
}
LINES = 1201  # the header and 1 200 rows
PURCHASE_COLUMNS = PURCHASE_HEADER.decode().strip().split(",")


@pytest.fixture
def loaded_db(hq_db):
    load(hq_db, "stores", "products", "shoppers")
    return hq_db


def purchases_file() -> bytes:
    body = [BAD[n][1] if n in BAD else GOOD.format(n=n) for n in range(2, LINES + 1)]
    return PURCHASE_HEADER + "\n".join(body).encode() + b"\n"


def cli(url: str, kind: str, path: Path, capsys) -> tuple[int, dict]:
    status = hq_cli(["import", "--db", url, "--json", kind, str(path)])
    return status, json.loads(capsys.readouterr().out)


def http(db, kind: str, body) -> tuple[int, dict]:
    token = auth.create_api_token(db, "erp", "integration", None, datetime.now(UTC))
    with LiveHQ(db) as hq, hq.client(token) as c:
        r = c.post(f"/v1/import/{kind}", content=body)
    return r.status_code, r.json()


def written_purchases(db) -> set[str]:
    with db.read() as conn:
        return set(conn.execute(select(t.purchases.c.external_id)).scalars())


def test_a_1200_row_file_with_bad_rows_writes_the_good_ones_through_both_doors(
    hq_db, hq_db_url, tmp_path, capsys
):
    load(hq_db, "stores", "products", "shoppers")
    body = purchases_file()
    status, report = http(hq_db, "purchases", body)
    assert status == 200, report
    assert [(e["line"], e["column"]) for e in report["errors"]] == [
        (line, column) for line, (column, _, _) in sorted(BAD.items())
    ]
    for error in report["errors"]:
        assert BAD[error["line"]][2] in error["reason"], error
    assert (report["rows_read"], report["errors_total"]) == (1200, len(BAD))
    assert report["rows_written"] == 1200 - len(BAD) and report["refused"] is None
    good = {f"R-{n}" for n in range(2, LINES + 1) if n not in BAD} | {"R-1"}
    assert written_purchases(hq_db) == good - {"R-1"}
    total = by(hq_db, "purchases")["R-1099"]["total_minor"]
    assert total == 18900

    # The command line gives the same report, and the same file again changes nothing.
    path = tmp_path / "purchases.csv"
    path.write_bytes(body)
    status, again = cli(hq_db_url, "purchases", path, capsys)
    assert status == 1
    assert {**again, "stopped": None} == {**report, "stopped": None}
    assert written_purchases(hq_db) == good - {"R-1"}


STORE_ROWS = [
    "PT-LX-01,Chiado,PT-LX,Rua Garrett 1,Lisboa,PT,38.71,-9.14,EUR,Europe/Lisbon",
    "PT-LX-02,Baixa,PT-LX,Rua Augusta 2,Lisboa,PT,３8.71,-9.14,EUR,Europe/Lisbon",
    "PT-LX-03,Belém,PT-LX,Rua 3,Lisboa,PT,38.71,-9.14,EUR,Europe/Lisbon",
]
# kind -> (header, rows with one bad row in the middle, (line, column) of the bad one)
ONE_BAD_ROW = {
    "stores": (
        "store_id,name,region,address,city,country,latitude,longitude,currency,timezone",
        STORE_ROWS,
        (3, "latitude"),
    ),
    "products": (
        "sku,gtin,style,name,brand,category,colour,size,price,currency",
        [
            "NEW-1,7891000000045,NEW,Scarf,Aurora,accessories,red,,59.90,BRL",
            "NEW-2,7891000000052,NEW,Scarf\x1b,Aurora,accessories,red,,59.90,BRL",
            f"NEW-3,{with_check_digit('789100000006')},NEW,Scarf,Aurora,accessories,red,,59.90,BRL",
        ],
        (3, "name"),
    ),
    "stock": (
        "store_id,sku,on_hand",
        ["BR-SP-01,ST1-BLK-S,4", "BR-SP-01,ST1-BLK-M," + "9" * 19, "ES-MD-01,BAG-1,3"],
        (3, "on_hand"),
    ),
    "shoppers": (
        "external_id,first_name,last_name,email,phone,loyalty_id,home_store,language",
        [
            "C-20,Rui,Sousa,,,,BR-SP-01,pt",
            "C-21,Rui,Sousa,,(١١) 98765-4321,,BR-SP-01,pt",
            "C-22,Rui,Sousa,,,,BR-SP-01,pt",
        ],
        (3, "phone"),
    ),
    "purchases": (
        PURCHASE_HEADER.decode().strip(),
        [GOOD.format(n=1), BAD[1101][1], GOOD.format(n=2)],
        (3, "purchased_at"),
    ),
}


@pytest.mark.parametrize("door", ["http", "cli"])
@pytest.mark.parametrize("kind", ONE_BAD_ROW)
def test_every_kind_keeps_its_good_rows_and_reports_the_bad_one(
    hq_db, hq_db_url, tmp_path, capsys, kind, door
):
    load(hq_db, "stores", "products", "shoppers")
    header, lines, bad = ONE_BAD_ROW[kind]
    body = "\n".join([header, *lines]).encode() + b"\n"
    before = len(by(hq_db, kind))
    if door == "http":
        status, report = http(hq_db, kind, body)
        assert status == 200, report
    else:
        (tmp_path / "f.csv").write_bytes(body)
        status, report = cli(hq_db_url, kind, tmp_path / "f.csv", capsys)
        assert status == 1 and report["stopped"] is None
    assert [(e["line"], e["column"]) for e in report["errors"]] == [bad], report
    assert (report["rows_read"], report["rows_written"], report["errors_total"]) == (3, 2, 1)
    assert len(by(hq_db, kind)) == before + 2


@pytest.mark.parametrize("door", ["http", "cli"])
@pytest.mark.parametrize(
    "body,column",
    [
        (b"", ""),
        (b"store_id,sku\nBR-SP-01,ST1-BLK-S\n", "on_hand"),
        (b"store_id,s\xffku,on_hand\nBR-SP-01,ST1-BLK-S,1\n", ""),
        (b"store_id,sku\x00,on_hand\nBR-SP-01,ST1-BLK-S,1\n", ""),
        (b"store_id,sku,on_hand,sku\nBR-SP-01,ST1-BLK-S,1,x\n", "sku"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_whole(
    hq_db, hq_db_url, tmp_path, capsys, door, body, column
):
    load(hq_db, "stores", "products")
    if door == "http":
        status, answer = http(hq_db, "stock", body)
        assert status == 422, answer
        assert answer["error"]["message"].startswith("the file was not imported")
        report = answer["error"]["details"]
    else:
        (tmp_path / "f.csv").write_bytes(body)
        status, report = cli(hq_db_url, "stock", tmp_path / "f.csv", capsys)
        assert status == 2
    assert report["refused"] and report["rows_written"] == 0
    assert [(e["line"], e["column"]) for e in report["errors"]] == [(1, column)]
    assert count(hq_db, t.stock) == 0


def test_the_cli_without_json_prints_lines_and_columns(hq_db, hq_db_url, tmp_path, capsys):
    load(hq_db, "stores", "products", "shoppers")
    path = tmp_path / "p.csv"
    path.write_bytes(purchases_file())
    assert hq_cli(["import", "--db", hq_db_url, "purchases", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"purchases: 1200 rows read, {1200 - len(BAD)} written, {len(BAD)} rejected"
    assert out[1].startswith("line 2, column quantity: ")
    assert out[-1] == "line 1201, column (whole line): has 7 fields; the header has 9"


# --- the database stops answering part-way ------------------------------------------


def cut_off(db) -> None:
    """Let nobody connect to this PostgreSQL database any more and end its sessions."""
    import psycopg

    from tests.conftest import PG_ADMIN_URL

    name = db.engine.url.database
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )


def test_when_the_database_goes_away_the_import_stops_and_says_where(hq_db):
    if hq_db.dialect != "postgresql":
        pytest.skip("a SQLite file does not go away")
    load(hq_db, "stores", "products", "shoppers")

    def rows():
        yield PURCHASE_HEADER
        for n in range(2, 1602):
            if n == 1200:  # the batches of lines 2-501 and 502-1001 are committed by now
                cut_off(hq_db)
            yield (GOOD.format(n=n) + "\n").encode()

    with pytest.raises(ImportStopped) as info:
        import_csv(hq_db, "purchases", GeneratedFile(rows()))
    assert info.value.report.rows_written == 1000
    assert "import the file again" in str(info.value)


def test_over_http_a_database_that_went_away_is_a_503_not_a_500(hq_db, tmp_path):
    if hq_db.dialect != "postgresql":
        pytest.skip("a SQLite file does not go away")
    load(hq_db, "stores", "products", "shoppers")
    token = auth.create_api_token(hq_db, "erp", "integration", None, datetime.now(UTC))
    started = threading.Event()

    def body():
        yield PURCHASE_HEADER
        started.set()
        cut_off(hq_db)  # after HQ checked the token, before it writes a row
        yield (GOOD.format(n=2) + "\n").encode()

    with LiveHQ(hq_db) as hq, hq.client(token) as c:
        r = c.post("/v1/import/purchases", content=body())
    assert started.is_set()
    assert r.status_code == 503, r.text
    assert r.json()["error"]["code"] == "unavailable"
    # Whether HQ noticed while checking the token or while writing, nothing was written.
    assert r.json()["error"]["details"].get("rows_written", 0) == 0


# --- whatever the cells hold, the database never refuses a checked row ----------------

ODD = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["٣", "３", "\x00", "\x07", "9" * 25, "-0", "1e400", "9999-12-31T23:59-05:00"]),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)


@settings(
    max_examples=int(os.environ.get("IMPORT_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(cells=st.lists(st.tuples(st.sampled_from(PURCHASE_COLUMNS), ODD), min_size=1, max_size=6))
def test_odd_cells_are_refused_by_the_checks_not_by_the_database(loaded_db, cells):
    body = [PURCHASE_HEADER.decode().strip()]
    for n, (column, value) in enumerate(cells):
        values = dict(zip(PURCHASE_COLUMNS, row(f"H-{n}").split(","), strict=True))
        values[column] = '"' + value.replace('"', '""') + '"'
        body.append(",".join(values.values()))
    report = import_csv(loaded_db, "purchases", io.BytesIO("\n".join(body).encode()))
    assert report.rows_read == len(cells)
    assert report.rows_read - report.rows_written == report.errors_total
    for error in report.errors:
        assert error.column in PURCHASE_COLUMNS, error
        assert "the database refused" not in error.reason, error
