"""The streaming CSV import, on SQLite and PostgreSQL: values, idempotency, row errors, scope."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from clienteling.domain.codes import with_check_digit
from clienteling.hq import feed
from clienteling.hq import tables as t
from clienteling.hq.importing import NOT_UTF8, ImportReport, import_csv

STORES = b"""store_id,name,region,address,city,country,latitude,longitude,currency,timezone,opened
BR-SP-01,Paulista,BR-SP,"Av. Paulista, 1000",S\xc3\xa3o Paulo,BR,-23.5613,-46.6565,BRL,\
America/Sao_Paulo,2019-03-01
BR-RJ-01,Leblon,BR-RJ,Rua Dias Ferreira 100,Rio de Janeiro,br,-22.984,-43.223,brl,America/Sao_Paulo,
ES-MD-01,Serrano,ES-MD,Calle de Serrano 50,Madrid,ES,40.43,-3.687,EUR,Europe/Madrid,2020-09-10
"""

PRODUCTS = b"""sku,gtin,style,name,brand,category,colour,size,price,currency,season
ST1-BLK-S,7891000000014,ST1,Linen shirt,Aurora,tops,black,S,189.00,BRL,SS26
ST1-BLK-M,7891000000021,ST1,Linen shirt,Aurora,tops,black,M,189,BRL,SS26
BAG-1,7891000000038,BAG,Tote bag,Aurora,bags,,,1299.9,EUR,
"""

STOCK = b"""store_id,sku,on_hand,note
BR-SP-01,ST1-BLK-S,5,recount
BR-SP-01,ST1-BLK-M,0,
ES-MD-01,BAG-1,2,
"""

SHOPPERS = """external_id,first_name,last_name,email,phone,loyalty_id,home_store,language,\
consent_email,shoe_size
C-1,Ana,Souza,Ana.Souza@Example.COM,(11) 98765-4321,LY1,BR-SP-01,pt,true,37
C-2,Mateo,García,,+34 612 345 678,,ES-MD-01,ES,,42
C-3,Olga,Ivanova,olga@example.ru,,LY3,BR-RJ-01,ru,false,
""".encode()

PURCHASES = b"""external_id,shopper_external_id,store_id,channel,purchased_at,sku,quantity,\
unit_price,currency,cashier
R-100,C-1,BR-SP-01,store,2026-10-01T15:30:00-03:00,ST1-BLK-S,1,189.00,BRL,7
R-100,C-1,BR-SP-01,store,2026-10-01T15:30:00-03:00,ST1-BLK-M,2,179.90,BRL,7
R-101,C-1,BR-SP-01,store,2026-10-05T11:00:00-03:00,ST1-BLK-M,-1,179.90,BRL,8
W-7,C-2,,web,2026-10-02T09:00:00+02:00,BAG-1,1,129.99,EUR,
"""

CHAIN = (
    ("stores", STORES),
    ("products", PRODUCTS),
    ("stock", STOCK),
    ("shoppers", SHOPPERS),
    ("purchases", PURCHASES),
)
TABLES = {
    "stores": (t.stores, ("store_id",)),
    "products": (t.products, ("sku",)),
    "stock": (t.stock, ("store_id", "sku")),
    "shoppers": (t.shoppers, ("external_id",)),
    "purchases": (t.purchases, ("external_id",)),
}


def run(db, kind: str, body: bytes, **kw) -> ImportReport:
    return import_csv(db, kind, io.BytesIO(body), **kw)


def load(db, *kinds: str) -> None:
    """Import the good files of the given kinds (all of them by default)."""
    for kind, body in CHAIN:
        if not kinds or kind in kinds:
            report = run(db, kind, body)
            assert report.errors == [], report.errors


def rows(db, table) -> list[dict]:
    with db.read() as conn:
        return [dict(r._mapping) for r in conn.execute(select(table))]


def by(db, kind: str) -> dict:
    table, key = TABLES[kind]
    return {tuple(r[k] for k in key) if len(key) > 1 else r[key[0]]: r for r in rows(db, table)}


def count(db, table) -> int:
    with db.read() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def max_seq(db) -> int:
    with db.read() as conn:
        return feed.high_water(conn)


# --- good files --------------------------------------------------------------------


def test_good_files_land_with_the_right_values(hq_db):
    reports = {kind: run(hq_db, kind, body) for kind, body in CHAIN}
    assert {k: (r.rows_read, r.rows_written, r.errors) for k, r in reports.items()} == {
        "stores": (3, 3, []),
        "products": (3, 3, []),
        "stock": (3, 3, []),
        "shoppers": (3, 3, []),
        "purchases": (4, 4, []),
    }
    assert reports["stores"].warnings == reports["shoppers"].warnings == []
    assert reports["stock"].warnings == ["ignored column that stock imports do not use: note"]
    assert "cashier" in reports["purchases"].warnings[0]

    stores = by(hq_db, "stores")
    sp = stores["BR-SP-01"]
    assert (sp["city"], sp["address"], sp["latitude"], sp["longitude"]) == (
        "São Paulo",
        "Av. Paulista, 1000",
        -23.5613,
        -46.6565,
    )
    assert sp["attributes"] == {"opened": "2019-03-01"}
    assert (stores["BR-RJ-01"]["country"], stores["BR-RJ-01"]["currency"]) == ("BR", "BRL")
    assert stores["ES-MD-01"]["timezone"] == "Europe/Madrid"

    products = by(hq_db, "products")
    assert {s: (p["price_minor"], p["currency"]) for s, p in products.items()} == {
        "ST1-BLK-S": (18900, "BRL"),
        "ST1-BLK-M": (18900, "BRL"),
        "BAG-1": (129990, "EUR"),
    }
    assert products["ST1-BLK-S"]["attributes"] == {"season": "SS26"}
    assert (products["BAG-1"]["colour"], products["BAG-1"]["size"]) == ("", "")

    stock = by(hq_db, "stock")
    assert {k: (s["on_hand"], s["reserved"]) for k, s in stock.items()} == {
        ("BR-SP-01", "ST1-BLK-S"): (5, 0),
        ("BR-SP-01", "ST1-BLK-M"): (0, 0),
        ("ES-MD-01", "BAG-1"): (2, 0),
    }
    assert all(s["as_of"].tzinfo is not None for s in stock.values())

    shoppers = by(hq_db, "shoppers")
    ana, mateo, olga = shoppers["C-1"], shoppers["C-2"], shoppers["C-3"]
    assert ana["emails"] == ["Ana.Souza@example.com"]
    assert ana["primary_email"] == "ana.souza@example.com"
    assert ana["phones"] == ["+5511987654321"] and ana["primary_phone"] == "+5511987654321"
    assert (ana["home_store"], ana["home_region"], ana["loyalty_id"]) == (
        "BR-SP-01",
        "BR-SP",
        "LY1",
    )
    assert (ana["consent_email"], ana["consent_sms"], ana["consent_profiling"]) == (
        True,
        False,
        False,
    )
    assert (ana["tier"], ana["segments"], ana["preferences"]) == ("member", [], {})
    assert ana["attributes"] == {"shoe_size": "37"}
    assert len(ana["shopper_id"]) == 32 and ana["created_at"].tzinfo is not None
    assert mateo["phones"] == ["+34612345678"] and mateo["emails"] == []
    assert (mateo["primary_email"], mateo["loyalty_id"], mateo["language"]) == (None, None, "es")
    assert (olga["phones"], olga["primary_phone"], olga["consent_email"]) == ([], None, False)
    assert olga["home_region"] == "BR-RJ"

    purchases = by(hq_db, "purchases")
    r100 = purchases["R-100"]
    assert r100["shopper_id"] == ana["shopper_id"]
    assert r100["purchased_at"] == datetime(2026, 10, 1, 18, 30, tzinfo=UTC)
    assert r100["lines"] == [
        {"sku": "ST1-BLK-S", "quantity": 1, "unit_price_minor": 18900},
        {"sku": "ST1-BLK-M", "quantity": 2, "unit_price_minor": 17990},
    ]
    assert (r100["total_minor"], r100["currency"], r100["channel"]) == (54880, "BRL", "store")
    web = purchases["W-7"]
    assert (web["store_id"], web["channel"], web["total_minor"]) == (None, "web", 12999)


def test_a_return_line_and_a_purchase_spread_over_files(hq_db):
    load(hq_db)
    r101 = by(hq_db, "purchases")["R-101"]
    assert r101["lines"] == [{"sku": "ST1-BLK-M", "quantity": -1, "unit_price_minor": 17990}]
    assert r101["total_minor"] == -17990
    header = PURCHASES.splitlines()[0]
    later = header + (
        b"\nR-100,C-1,BR-SP-01,store,2026-10-01T18:30:00Z,BAG-1,1,99.00,BRL,"
        b"\nR-100,C-1,BR-SP-01,store,2026-10-01T15:30:00-03:00,ST1-BLK-M,1,179.90,BRL,\n"
    )
    report = run(hq_db, "purchases", later)
    assert (report.rows_written, report.errors) == (2, [])
    r100 = by(hq_db, "purchases")["R-100"]
    # A new item adds a line; a line for an item already there replaces it.
    assert [(x["sku"], x["quantity"]) for x in r100["lines"]] == [
        ("ST1-BLK-S", 1),
        ("ST1-BLK-M", 1),
        ("BAG-1", 1),
    ]
    assert r100["total_minor"] == 18900 + 17990 + 9900


# --- idempotency and the change sequence --------------------------------------------


def test_reimport_is_idempotent(hq_db):
    load(hq_db)
    before = {kind: by(hq_db, kind) for kind in TABLES}
    load(hq_db)
    after = {kind: by(hq_db, kind) for kind in TABLES}
    assert {k: len(v) for k, v in after.items()} == {
        "stores": 3,
        "products": 3,
        "stock": 3,
        "shoppers": 3,
        "purchases": 3,
    }

    def without_stamps(state: dict) -> dict:
        skip = {"seq", "as_of"}
        return {
            kind: {key: {c: v for c, v in r.items() if c not in skip} for key, r in table.items()}
            for kind, table in state.items()
        }

    assert without_stamps(after) == without_stamps(before)


def test_reimport_keeps_what_the_file_does_not_say(hq_db):
    load(hq_db, "stores", "shoppers")
    with hq_db.write() as w:
        w.conn.execute(
            t.shoppers.update()
            .where(t.shoppers.c.external_id == "C-1")
            .values(tier="gold", preferences={"fit": "slim"}, seq=w.next_seq())
        )
    again = b"""external_id,first_name,last_name,email,phone,loyalty_id,home_store,language,team
C-1,Ana,Souza Lima,ana@example.com,,LY1,BR-SP-01,pt,blue
"""
    assert run(hq_db, "shoppers", again).errors == []
    ana = by(hq_db, "shoppers")["C-1"]
    assert (ana["last_name"], ana["tier"], ana["preferences"]) == (
        "Souza Lima",
        "gold",
        {"fit": "slim"},
    )
    assert ana["consent_email"] is True  # no consent column: consent unchanged
    assert (ana["emails"], ana["phones"]) == (["ana@example.com"], [])
    assert ana["attributes"] == {"shoe_size": "37", "team": "blue"}


def test_a_key_on_several_lines_takes_the_last_one(hq_db):
    load(hq_db, "stores", "products")
    body = SHOPPER_HEADER + (
        b"C-20,Ana,Old,,,LY20,BR-SP-01,pt\n"
        b"C-20,Ana,New,,,LY21,BR-SP-01,pt\n"
        b"C-21,Rui,Lopes,,,LY20,BR-SP-01,pt\n"
    )
    report = run(hq_db, "shoppers", body)
    assert (report.rows_written, report.errors) == (3, [])
    shoppers = by(hq_db, "shoppers")
    assert (shoppers["C-20"]["last_name"], shoppers["C-20"]["loyalty_id"]) == ("New", "LY21")
    products = PRODUCT_HEADER + (
        b"NEW-1,7891000000045,NEW,Scarf,Aurora,accessories,red,,59.90,BRL\n"
        b"NEW-1,7891000000052,NEW,Scarf,Aurora,accessories,red,,49.90,BRL\n"
        b"NEW-2,7891000000045,NEW,Scarf,Aurora,accessories,blue,,59.90,BRL\n"
        b"NEW-3,7891000000052,NEW,Scarf,Aurora,accessories,blue,,59.90,BRL\n"
    )
    report = run(hq_db, "products", products)
    assert [(e.line, e.column) for e in report.errors] == [(5, "gtin")]
    assert {s: p["gtin"] for s, p in by(hq_db, "products").items() if s.startswith("NEW")} == {
        "NEW-1": "7891000000052",
        "NEW-2": "7891000000045",
    }
    stock = b"store_id,sku,on_hand\nBR-SP-01,BAG-1,1\nBR-SP-01,BAG-1,4\n"
    assert run(hq_db, "stock", stock, batch_size=5).rows_written == 2
    assert by(hq_db, "stock")[("BR-SP-01", "BAG-1")]["on_hand"] == 4


def test_a_loyalty_id_held_by_a_shopper_without_external_id_is_refused(hq_db):
    from tests.hq_live import add_shopper

    load(hq_db, "stores")
    add_shopper(hq_db, "h1", "BR-SP-01", external_id=None, loyalty_id="LY-X")
    report = run(hq_db, "shoppers", SHOPPER_HEADER + b"C-30,Ana,Souza,,,LY-X,BR-SP-01,pt\n")
    assert [(e.line, e.column, e.reason) for e in report.errors] == [
        (2, "loyalty_id", "LY-X already belongs to shopper with HQ id h1")
    ]


def test_seq_grows_on_every_write(hq_db):
    load(hq_db, "stores")
    first = by(hq_db, "stores")
    seqs = sorted(r["seq"] for r in first.values())
    assert len(set(seqs)) == 3 and seqs[-1] <= max_seq(hq_db)
    top = max_seq(hq_db)
    load(hq_db, "stores", "products")
    again = by(hq_db, "stores")
    assert all(again[k]["seq"] > top >= first[k]["seq"] for k in first)
    assert all(p["seq"] > top for p in by(hq_db, "products").values())
    assert len({r["seq"] for r in [*again.values(), *by(hq_db, "products").values()]}) == 6


def test_each_batch_is_its_own_transaction(hq_db):
    load(hq_db, "stores", "products")
    body = b"""store_id,sku,on_hand
BR-SP-01,ST1-BLK-S,1
BR-SP-01,ST1-BLK-M,2
BR-SP-01,BAG-1,-1
ES-MD-01,ST1-BLK-S,3
ES-MD-01,BAG-1,4
"""
    report = run(hq_db, "stock", body, batch_size=2, actor="tok-1")
    assert (report.rows_read, report.rows_written) == (5, 4)
    with hq_db.read() as conn:
        audits = conn.execute(
            select(t.audit_log.c.detail)
            .where(t.audit_log.c.actor_id == "tok-1", t.audit_log.c.action == "import")
            .order_by(t.audit_log.c.id)
        ).scalars()
        assert [a["lines"] for a in audits] == [[2, 3], [5, 6]]
    seqs = {k: r["seq"] for k, r in by(hq_db, "stock").items()}
    assert seqs[("ES-MD-01", "ST1-BLK-S")] > seqs[("BR-SP-01", "ST1-BLK-M")]


# --- refused rows ------------------------------------------------------------------


@dataclass
class Bad:
    kind: str
    body: bytes
    errors: list[tuple[int, str]]  # (line, column) of every refused row
    present: list  # keys the good rows of the file leave in the table
    absent: list  # keys of refused rows: nothing of them may be there
    reason: str = ""  # a piece of the first error's reason


PRODUCT_HEADER = b"sku,gtin,style,name,brand,category,colour,size,price,currency\n"
SHOPPER_HEADER = b"external_id,first_name,last_name,email,phone,loyalty_id,home_store,language\n"
PURCHASE_HEADER = PURCHASES.split(b",cashier")[0] + b"\n"
STORE_HEADER = STORES.split(b",opened")[0] + b"\n"

BAD = {
    "bad_gtin_check_digit": Bad(
        "products",
        PRODUCT_HEADER + b"NEW-1,7891000000045,NEW,Scarf,Aurora,accessories,red,,59.90,BRL\n"
        b"NEW-2,7891000000015,NEW,Scarf,Aurora,accessories,blue,,59.90,BRL\n",
        [(3, "gtin")],
        ["NEW-1"],
        ["NEW-2"],
        "check digit",
    ),
    "gtin_of_another_item": Bad(
        "products",
        PRODUCT_HEADER + b"NEW-3,7891000000014,NEW,Scarf,Aurora,accessories,red,,59.90,BRL\n"
        b"NEW-4,7891000000052,NEW,Scarf,Aurora,accessories,red,,59.90,BRL\n",
        [(2, "gtin")],
        ["NEW-4"],
        ["NEW-3"],
        "ST1-BLK-S",
    ),
    "bad_currency": Bad(
        "products",
        PRODUCT_HEADER + b"NEW-5,7891000000045,NEW,Scarf,Aurora,accessories,red,,59.90,XYZ\n"
        b"NEW-6,7891000000052,NEW,Scarf,Aurora,accessories,red,,59.999,BRL\n"
        b"NEW-7,7891000000052,NEW,Scarf,Aurora,accessories,red,,59.9,EUR\n",
        [(2, "currency"), (3, "price")],
        ["NEW-7"],
        ["NEW-5", "NEW-6"],
        "unknown currency",
    ),
    "unknown_store": Bad(
        "stock",
        b"store_id,sku,on_hand\nBR-SP-01,ST1-BLK-S,4\nXX-00-01,ST1-BLK-S,4\nBR-SP-01,NOPE,1\n",
        [(3, "store_id"), (4, "sku")],
        [("BR-SP-01", "ST1-BLK-S")],
        [("XX-00-01", "ST1-BLK-S"), ("BR-SP-01", "NOPE")],
        "unknown store XX-00-01",
    ),
    "negative_stock": Bad(
        "stock",
        b"store_id,sku,on_hand\nBR-SP-01,ST1-BLK-M,-3\nBR-SP-01,ST1-BLK-S,2\nES-MD-01,BAG-1,two\n",
        [(2, "on_hand"), (4, "on_hand")],
        [("BR-SP-01", "ST1-BLK-S")],
        [("BR-SP-01", "ST1-BLK-M"), ("ES-MD-01", "BAG-1")],
        "on_hand is negative",
    ),
    "broken_utf8": Bad(
        "shoppers",
        SHOPPER_HEADER + b"C-8,Rita,Lopes,,,,BR-SP-01,pt\n"
        b"C-9,Jo\xe3o,Silva,,,,BR-SP-01,pt\n"
        b"C-10,Jo\xc3\xa3o,Costa,,,,BR-SP-01,pt\n",
        [(3, "first_name")],
        ["C-8", "C-10"],
        ["C-9"],
        NOT_UTF8,
    ),
    "bad_shopper_fields": Bad(
        "shoppers",
        SHOPPER_HEADER + b"C-11,Rui,Sousa,,12,,BR-SP-01,pt\n"
        b"C-12,Rui,Sousa,,,LY1,BR-SP-01,pt\n"
        b"C-13,Rui,Sousa,,,,XX-00-01,pt\n"
        b"C-14,Rui,Sousa,,,,BR-SP-01,fr\n"
        b"C-15,Rui,Sousa,rui@,,,BR-SP-01,pt\n"
        b"C-16,Rui,Sousa,,11 91234-5678,LY16,BR-SP-01,PT\n",
        [(2, "phone"), (3, "loyalty_id"), (4, "home_store"), (5, "language"), (6, "email")],
        ["C-16"],
        ["C-11", "C-12", "C-13", "C-14", "C-15"],
    ),
    "naive_timestamp": Bad(
        "purchases",
        PURCHASE_HEADER + b"R-200,C-1,BR-SP-01,store,2026-10-01T15:30:00,ST1-BLK-S,1,189.00,BRL\n"
        b"R-201,C-1,BR-SP-01,store,2026-10-01T15:30:00+00:00,ST1-BLK-S,1,189.00,BRL\n",
        [(2, "purchased_at")],
        ["R-201"],
        ["R-200"],
        "no UTC offset",
    ),
    "time_outside_the_years_1_to_9999_in_utc": Bad(
        "purchases",
        PURCHASE_HEADER
        + b"R-210,C-1,BR-SP-01,store,0001-01-01T00:00:00+05:00,ST1-BLK-S,1,1.00,BRL\n"
        b"R-211,C-1,BR-SP-01,store,9999-12-31T23:59:00-05:00,ST1-BLK-S,1,1.00,BRL\n"
        b"R-212,C-1,BR-SP-01,store,0001-01-01T05:00:00+05:00,ST1-BLK-S,1,1.00,BRL\n",
        [(2, "purchased_at"), (3, "purchased_at")],
        ["R-212"],
        ["R-210", "R-211"],
        "outside the years 1 to 9999",
    ),
    "bad_purchase_lines": Bad(
        "purchases",
        PURCHASE_HEADER + b"R-300,C-1,BR-SP-01,store,2026-10-01T10:00:00Z,NOPE,1,1.00,BRL\n"
        b"R-301,C-404,BR-SP-01,store,2026-10-01T10:00:00Z,BAG-1,1,1.00,BRL\n"
        b"R-302,C-1,,store,2026-10-01T10:00:00Z,BAG-1,1,1.00,BRL\n"
        b"R-303,C-1,BR-SP-01,store,2026-10-01T10:00:00Z,BAG-1,0,1.00,BRL\n"
        b"R-304,C-1,BR-SP-01,store,2026-10-01T10:00:00Z,BAG-1,1,-1.00,BRL\n"
        b"R-305,C-1,BR-SP-01,shop,2026-10-01T10:00:00Z,BAG-1,1,1.00,BRL\n"
        b"R-306,C-1,XX-00-01,store,2026-10-01T10:00:00Z,BAG-1,1,1.00,BRL\n"
        b"R-307,C-1,,app,2026-10-01T10:00:00Z,BAG-1,1,1.00,BRL\n",
        [
            (2, "sku"),
            (3, "shopper_external_id"),
            (4, "store_id"),
            (5, "quantity"),
            (6, "unit_price"),
            (7, "channel"),
            (8, "store_id"),
        ],
        ["R-307"],
        ["R-300", "R-301", "R-302", "R-303", "R-304", "R-305", "R-306"],
    ),
    "bad_store_fields": Bad(
        "stores",
        STORE_HEADER + b"PT-LX-01,Aurora Chiado,PT-LX,Rua Garrett 1,Lisboa,PT,38.71,-9.14,EUR,"
        b"Europe/Lisbon\n"
        b"PT-LX-02,Aurora,PT-LX,Rua 2,Lisboa,PT,38.71,-9.14,EUR,Lisbon\n"
        b"PT-LX-03,Aurora,PT-LX,Rua 3,Lisboa,PT,98.71,-9.14,EUR,Europe/Lisbon\n"
        b"PT-LX-04,Aurora,PT-LX,Rua 4,Lisboa,XX,38.71,-9.14,EUR,Europe/Lisbon\n"
        b"PT-LX-05,Aurora,PT-LX,Rua 5,Lisboa,PT,38.71,-9.14,ESC,Europe/Lisbon\n",
        [(3, "timezone"), (4, "latitude"), (5, "country"), (6, "currency")],
        ["PT-LX-01"],
        ["PT-LX-02", "PT-LX-03", "PT-LX-04", "PT-LX-05"],
    ),
    "quoted_newline_keeps_physical_lines": Bad(
        "stores",
        STORE_HEADER + b'PT-PO-01,Aurora Porto,PT-PO,"Rua de Santa Catarina 1\r\n4000 Porto",'
        b"Porto,PT,41.14,-8.61,EUR,Europe/Lisbon\r\n"
        b"PT-PO-02,Aurora,PT-PO,Rua 2,Porto,PT,41.14,-8.61,EUR,Europe/Porto\r\n",
        [(4, "timezone")],
        ["PT-PO-01"],
        ["PT-PO-02"],
    ),
    "wrong_number_of_fields": Bad(
        "stock",
        b"store_id,sku,on_hand\nBR-SP-01,ST1-BLK-S,1,9\nBR-SP-01,ST1-BLK-M,2,,\nES-MD-01,BAG-1\n",
        [(2, ""), (4, "")],
        [("BR-SP-01", "ST1-BLK-M")],
        [("BR-SP-01", "ST1-BLK-S"), ("ES-MD-01", "BAG-1")],
        "has 4 fields; the header has 3",
    ),
    "missing_required_column": Bad(
        "stock",
        b"store_id,sku,quantity\nBR-SP-01,ST1-BLK-S,1\nBR-SP-01,ST1-BLK-M,2\n",
        [(1, "on_hand")],
        [],
        [("BR-SP-01", "ST1-BLK-S"), ("BR-SP-01", "ST1-BLK-M")],
        "missing column on_hand",
    ),
}


@pytest.mark.parametrize("case", BAD.values(), ids=BAD.keys())
def test_bad_rows_are_reported_and_the_good_ones_written(hq_db, case: Bad):
    load(hq_db, "stores", "products", "shoppers")
    before = set(by(hq_db, case.kind))
    report = run(hq_db, case.kind, case.body)
    assert [(e.line, e.column) for e in report.errors] == case.errors, report.errors
    assert case.reason in report.errors[0].reason
    assert report.rows_written == len(case.present)
    now = set(by(hq_db, case.kind))
    assert now - before == set(case.present)
    assert not now & set(case.absent)


def test_a_refused_line_leaves_nothing_of_itself_in_its_purchase(hq_db):
    load(hq_db, "stores", "products", "shoppers")
    body = PURCHASE_HEADER + (
        b"R-400,C-1,BR-SP-01,store,2026-10-01T10:00:00Z,ST1-BLK-S,1,189.00,BRL\n"
        b"R-400,C-1,BR-SP-01,store,2026-10-01T10:00:00Z,ST1-BLK-M,1,30.00,EUR\n"
        b"R-400,C-1,BR-RJ-01,store,2026-10-01T10:00:00Z,BAG-1,1,30.00,BRL\n"
        b"R-400,C-3,BR-SP-01,store,2026-10-01T10:00:00Z,BAG-1,1,30.00,BRL\n"
        b"R-400,C-1,BR-SP-01,store,2026-10-01T11:00:00Z,BAG-1,1,30.00,BRL\n"
    )
    report = run(hq_db, "purchases", body)
    assert [(e.line, e.column) for e in report.errors] == [
        (3, "currency"),
        (4, "store_id"),
        (5, "shopper_external_id"),
        (6, "purchased_at"),
    ]
    assert "all lines of a purchase share it" in report.errors[0].reason
    r400 = by(hq_db, "purchases")["R-400"]
    assert r400["lines"] == [{"sku": "ST1-BLK-S", "quantity": 1, "unit_price_minor": 18900}]
    assert r400["total_minor"] == 18900
    # The same rules hold against the purchase already stored.
    again = run(hq_db, "purchases", PURCHASE_HEADER + body.splitlines(keepends=True)[2])
    assert [(e.line, e.column) for e in again.errors] == [(2, "currency")]


def test_header_problems_write_nothing(hq_db):
    load(hq_db, "stores", "products")
    for body, column in [
        (b"", ""),
        (b"store_id,sku,on_hand,SKU\nBR-SP-01,ST1-BLK-S,1,x\n", "SKU"),
        (b"store_id,sk\xffu,on_hand\nBR-SP-01,ST1-BLK-S,1\n", ""),
        (b"store_id\n", "sku, on_hand"),
    ]:
        report = run(hq_db, "stock", body)
        assert [(e.line, e.column) for e in report.errors] == [(1, column)], body
        assert (report.rows_read, report.rows_written) == (0, 0)
    assert count(hq_db, t.stock) == 0


def test_a_file_that_stops_being_csv_keeps_what_came_before(hq_db):
    load(hq_db, "stores", "products")
    unclosed = b'store_id,sku,on_hand\nBR-SP-01,ST1-BLK-S,1\nBR-SP-01,"ST1-BLK-M,2\n' + (
        b"ES-MD-01,BAG-1,3\n" * 10_000
    )
    report = run(hq_db, "stock", unclosed)
    assert [(e.line, e.column) for e in report.errors] == [(3, "")]
    assert "the rest was not read" in report.errors[0].reason
    assert report.rows_written == 1 and count(hq_db, t.stock) == 1

    one_line = b"store_id,sku,on_hand\nBR-SP-01,ST1-BLK-M,1\n" + b"x," * 600_000
    report = run(hq_db, "stock", one_line)
    assert [(e.line, e.column) for e in report.errors] == [(3, "")]
    assert report.rows_written == 1 and count(hq_db, t.stock) == 2
    report = run(hq_db, "stock", b"x," * 600_000)
    assert [(e.line, e.column) for e in report.errors] == [(1, "")]


def test_a_file_of_garbage_lists_a_bounded_number_of_errors(hq_db):
    report = run(hq_db, "stock", b"store_id,sku,on_hand\n" + b"S,X,-1\n" * 10_005)
    assert (report.rows_read, report.rows_written, len(report.errors)) == (10_005, 0, 100)
    assert report.errors_total == 10_005 and report.warnings == []
    assert [e.line for e in report.errors] == list(range(2, 102))  # the first ones by line


# --- encoding and layout -----------------------------------------------------------


def test_bom_semicolons_crlf_blank_lines_and_trailing_cells(hq_db):
    load(hq_db, "stores", "products")
    body = (
        b"\xef\xbb\xbfstore_id;sku;on_hand\r\n"
        b"BR-SP-01;ST1-BLK-S;7;;\r\n"
        b"\r\n"
        b";;\r\n"
        b" ES-MD-01 ; BAG-1 ; 3 \r\n"
        b"ES-MD-01;ST1-BLK-S;-1\r\n"
    )
    report = run(hq_db, "stock", body)
    assert (report.rows_read, report.rows_written, report.warnings) == (3, 2, [])
    assert [(e.line, e.column) for e in report.errors] == [(6, "on_hand")]
    stock = by(hq_db, "stock")
    assert stock[("BR-SP-01", "ST1-BLK-S")]["on_hand"] == 7
    assert stock[("ES-MD-01", "BAG-1")]["on_hand"] == 3


def test_unknown_kind_and_text_streams_are_refused(hq_db):
    with pytest.raises(ValueError, match="unknown import kind"):
        run(hq_db, "orders", b"x\n")
    with pytest.raises(TypeError, match="binary"):
        import_csv(hq_db, "stock", io.StringIO("store_id,sku,on_hand\n"))


def test_the_callers_stream_stays_open(hq_db):
    source = io.BytesIO(STORES)
    report = import_csv(hq_db, "stores", source)
    assert report.rows_written == 3 and not source.closed


# --- scope: who receives the shopper ----------------------------------------------


def shopper_seqs(db, external_id: str) -> dict[str, list[int]]:
    """seq of the shopper's row and of their rows in the tables scoped by shopper."""
    with db.read() as conn:
        sid = conn.execute(
            select(t.shoppers.c.shopper_id, t.shoppers.c.seq).where(
                t.shoppers.c.external_id == external_id
            )
        ).one()
        out = {"shoppers": [sid.seq]}
        for table in (t.purchases, t.notes):
            out[table.name] = sorted(
                conn.execute(select(table.c.seq).where(table.c.shopper_id == sid.shopper_id))
                .scalars()
                .all()
            )
    return out


def add_note(db, external_id: str) -> None:
    with db.write() as w:
        sid = w.conn.execute(
            select(t.shoppers.c.shopper_id).where(t.shoppers.c.external_id == external_id)
        ).scalar_one()
        w.insert(
            t.notes,
            [
                {
                    "note_id": f"n-{external_id}",
                    "shopper_id": sid,
                    "store_id": "BR-RJ-01",
                    "associate_id": "a1",
                    "reason": "fit",
                    "text": "prefers linen",
                    "created_at": datetime.now(UTC),
                }
            ],
        )


def test_first_purchase_outside_the_region_sends_the_shoppers_rows_again(hq_db):
    load(hq_db, "stores", "products", "shoppers")
    at_home = PURCHASE_HEADER + b"R-500,C-3,BR-RJ-01,store,2026-10-01T10:00:00Z,BAG-1,1,1.00,BRL\n"
    assert run(hq_db, "purchases", at_home).errors == []
    add_note(hq_db, "C-3")
    home_seqs = shopper_seqs(hq_db, "C-3")
    # Another purchase in the home region changes nobody's scope.
    again = PURCHASE_HEADER + b"R-501,C-3,BR-RJ-01,store,2026-10-02T10:00:00Z,BAG-1,1,1.00,BRL\n"
    assert run(hq_db, "purchases", again).errors == []
    assert shopper_seqs(hq_db, "C-3")["shoppers"] == home_seqs["shoppers"]
    assert shopper_seqs(hq_db, "C-3")["notes"] == home_seqs["notes"]

    # A first purchase in São Paulo: that store's terminals must now receive all of C-3.
    top = max_seq(hq_db)
    away = PURCHASE_HEADER + b"R-502,C-3,BR-SP-01,store,2026-10-03T10:00:00Z,BAG-1,1,1.00,BRL\n"
    assert run(hq_db, "purchases", away).errors == []
    seqs = shopper_seqs(hq_db, "C-3")
    assert min(seqs["shoppers"] + seqs["notes"] + seqs["purchases"]) > top
    assert len(seqs["purchases"]) == 3

    # A second purchase there is no first visit.
    top = max_seq(hq_db)
    later = PURCHASE_HEADER + b"R-503,C-3,BR-SP-01,store,2026-10-04T10:00:00Z,BAG-1,1,1.00,BRL\n"
    assert run(hq_db, "purchases", later).errors == []
    seqs = shopper_seqs(hq_db, "C-3")
    assert seqs["shoppers"][0] <= top and seqs["notes"][0] <= top
    assert sum(s > top for s in seqs["purchases"]) == 1


def test_a_shopper_moving_region_sends_their_rows_again(hq_db):
    load(hq_db, "stores", "products", "shoppers", "purchases")
    add_note(hq_db, "C-1")
    top = max_seq(hq_db)
    moved = SHOPPER_HEADER + b"C-1,Ana,Souza,,,LY1,BR-RJ-01,pt\n"
    assert run(hq_db, "shoppers", moved).errors == []
    seqs = shopper_seqs(hq_db, "C-1")
    assert min(seqs["shoppers"] + seqs["notes"] + seqs["purchases"]) > top
    assert by(hq_db, "shoppers")["C-1"]["home_region"] == "BR-RJ"


# --- streaming ---------------------------------------------------------------------


class GeneratedFile(io.RawIOBase):
    """A file that exists only as a generator: its bytes are made as they are read."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks = chunks
        self.pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self.pending:
            chunk = next(self.chunks, None)
            if chunk is None:
                return 0
            self.pending = chunk
        n = min(len(buffer), len(self.pending))
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        return n


def test_a_large_file_is_streamed_in_batches(hq_db):
    stores = STORE_HEADER + b"".join(
        f"S{i:02d},Store {i},R{i % 3},Rua {i},Lisboa,PT,38.7,-9.1,EUR,Europe/Lisbon\n".encode()
        for i in range(20)
    )
    assert run(hq_db, "stores", stores).rows_written == 20
    products = PRODUCT_HEADER + b"".join(
        f"SKU{i:04d},{with_check_digit(f'200000{i:06d}')},S,Shirt,Aurora,tops,,,1.00,EUR\n".encode()
        for i in range(1000)
    )
    assert run(hq_db, "products", products).rows_written == 1000

    written_midway: list[int] = []

    def stock_file() -> Iterator[bytes]:
        yield b"store_id,sku,on_hand\n"
        for i in range(20_000):
            if i == 15_000:  # by now the first batches must be in the database
                written_midway.append(count(hq_db, t.stock))
            yield f"S{i // 1000:02d},SKU{i % 1000:04d},{i % 7}\n".encode()

    source = GeneratedFile(stock_file())
    report = import_csv(hq_db, "stock", source)
    assert (report.rows_read, report.rows_written, report.errors) == (20_000, 20_000, [])
    assert count(hq_db, t.stock) == 20_000
    assert written_midway[0] >= 10_000
    assert not source.closed
    with hq_db.read() as conn:
        assert conn.execute(select(func.sum(t.stock.c.on_hand))).scalar_one() == sum(
            i % 7 for i in range(20_000)
        )


# --- over HTTP ---------------------------------------------------------------------


def test_an_integration_token_posts_the_same_csv(hq_db):
    from clienteling.hq import auth
    from tests.hq_live import LiveHQ

    load(hq_db, "stores", "products")
    token = auth.create_api_token(hq_db, "erp", "integration", None, datetime.now(UTC))
    with LiveHQ(hq_db) as hq, hq.client(token) as c:
        r = c.post("/v1/import/stock", content=b"store_id,sku,on_hand\nBR-SP-01,BAG-1,2\nX,Y,1\n")
    assert r.status_code == 200, r.text
    assert r.json() == {
        "kind": "stock",
        "rows_read": 2,
        "rows_written": 1,
        "errors_total": 1,
        "errors": [{"line": 3, "column": "store_id", "reason": "unknown store X"}],
        "warnings": [],
        "refused": None,
    }
