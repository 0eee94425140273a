"""The import's cell and row rules, without a database: every bad cell is a RowProblem
naming its column, and a good one becomes a value both databases can hold."""

from __future__ import annotations

import re
import string
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clienteling.hq import tables as t
from clienteling.hq.importing import cells, people, rows
from clienteling.hq.importing.cells import INT64_MAX, RowProblem

PURCHASE = {
    "external_id": "R-1",
    "shopper_external_id": "C-1",
    "store_id": "BR-SP-01",
    "channel": "store",
    "purchased_at": "2026-10-01T15:30:00-03:00",
    "sku": "ST1-BLK-S",
    "quantity": "2",
    "unit_price": "189.00",
    "currency": "BRL",
}
STOCK = {"store_id": "BR-SP-01", "sku": "ST1-BLK-S", "on_hand": "5"}
STORE = {
    "store_id": "PT-LX-01",
    "name": "Chiado",
    "region": "PT-LX",
    "address": "Rua Garrett 1",
    "city": "Lisboa",
    "country": "PT",
    "latitude": "38.71",
    "longitude": "-9.14",
    "currency": "EUR",
    "timezone": "Europe/Lisbon",
}
PRODUCT = {
    "sku": "ST1-BLK-S",
    "gtin": "7891000000014",
    "style": "ST1",
    "name": "Linen shirt",
    "brand": "Aurora",
    "category": "tops",
    "colour": "",
    "size": "S",
    "price": "189.00",
    "currency": "BRL",
}
SHOPPER = {
    "external_id": "C-1",
    "first_name": "Ana",
    "last_name": "Souza",
    "email": "ana@example.com",
    "phone": "(11) 98765-4321",
    "loyalty_id": "",
    "home_store": "BR-SP-01",
    "language": "pt",
}
PARSE = {
    "purchases": (people.parse_purchase, PURCHASE),
    "stock": (rows.parse_stock, STOCK),
    "stores": (rows.parse_store, STORE),
    "products": (rows.parse_product, PRODUCT),
    "shoppers": (people.parse_shopper, SHOPPER),
}


def problem(kind: str, **cells_: str) -> tuple[str, str]:
    parse, good = PARSE[kind]
    with pytest.raises(RowProblem) as info:
        parse({**good, **cells_}, {})
    return info.value.column, info.value.reason


@pytest.mark.parametrize("kind", PARSE)
def test_the_good_row_of_every_kind_parses(kind):
    parse, good = PARSE[kind]
    assert parse(dict(good), {})


# --- digits are ASCII only -----------------------------------------------------------

NON_ASCII_DIGITS = ["٣", "３", "۵", "৭", "१२", "1٢"]


@pytest.mark.parametrize("digits", NON_ASCII_DIGITS)
@pytest.mark.parametrize(
    "kind,column",
    [
        ("purchases", "quantity"),
        ("purchases", "unit_price"),
        ("stock", "on_hand"),
        ("stores", "latitude"),
        ("products", "price"),
        ("products", "gtin"),
        ("shoppers", "phone"),
    ],
)
def test_digits_other_than_0_to_9_are_refused(kind, column, digits):
    col, _ = problem(kind, **{column: digits})
    assert col == column


@pytest.mark.parametrize("year", ["٢٠٢٦", "２０２６", "2O26"])
def test_a_time_with_other_digits_is_refused(year):
    assert problem("purchases", purchased_at=f"{year}-10-01T15:30:00-03:00")[0] == "purchased_at"


# --- times -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value,reason",
    [
        ("0001-01-01T00:00:00+05:00", "outside the years 1 to 9999"),
        ("9999-12-31T23:59:00-05:00", "outside the years 1 to 9999"),
        ("2026-13-01T10:00:00Z", "not a real date and time"),
        ("2026-02-30T10:00:00Z", "not a real date and time"),
        ("2026-10-01T25:00:00Z", "not a real date and time"),
        ("2026-10-01T10:00:00+24:00", "not a real date and time"),
        ("2026-10-01T10:00:00", "no UTC offset"),
        ("2026-10-01", "not an ISO 8601 time"),
        ("20261001T100000Z", "not an ISO 8601 time"),
        ("1 Oct 2026", "not an ISO 8601 time"),
        ("", "is empty"),
    ],
)
def test_bad_times_are_refused_with_a_reason(value, reason):
    column, why = problem("purchases", purchased_at=value)
    assert column == "purchased_at" and reason in why


@pytest.mark.parametrize(
    "value",
    [
        "2026-10-01T15:30:00-03:00",
        "2026-10-01T18:30:00Z",
        "2026-10-01 18:30Z",
        "2026-10-01T18:30:00.5+00:00",
        "2026-10-01T18:30:00,5+00",
        "0001-01-01T05:00:00+05:00",
        "9999-12-31T23:59:59+00:00",
    ],
)
def test_good_times_are_read(value):
    at = people.parse_purchase({**PURCHASE, "purchased_at": value}, {})["purchased_at"]
    assert at.utcoffset() is not None and at.astimezone(UTC).year >= 1


@settings(max_examples=300, deadline=None)
@given(st.datetimes(timezones=st.timezones()))
def test_every_time_that_python_writes_with_an_offset_is_read_back(at: datetime):
    value = at.isoformat()
    try:
        at.astimezone(UTC)
    except OverflowError:
        assert "outside the years" in problem("purchases", purchased_at=value)[1]
        return
    if re.search(r"[+-][0-9]{2}:[0-9]{2}:[0-9]{2}", value):  # a local mean time of old
        assert problem("purchases", purchased_at=value)[0] == "purchased_at"
        return
    assert cells.aware_time({"t": value}, "t").isoformat() == value


# --- numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind,column,value,reason",
    [
        ("purchases", "quantity", "0", "is 0"),
        ("purchases", "quantity", "100001", "outside -100000..100000"),
        ("purchases", "quantity", "-100001", "outside -100000..100000"),
        ("purchases", "quantity", "9" * 30, "outside"),
        ("purchases", "quantity", "1.5", "not a whole number"),
        ("purchases", "quantity", "1_000", "not a whole number"),
        ("purchases", "quantity", "", "is empty"),
        ("purchases", "unit_price", "9" * 16, "not an amount"),
        ("purchases", "unit_price", "1e5", "not an amount"),
        ("purchases", "unit_price", "-1.00", "negative"),
        ("stock", "on_hand", "-1", "on_hand is negative"),
        ("stock", "on_hand", str(2**31), "outside"),
        ("stock", "on_hand", str(2**63), "outside"),
        ("stores", "latitude", "90.5", "outside -90..90"),
        ("stores", "longitude", "1e2", "not a number of degrees"),
        ("stores", "longitude", "nan", "not a number of degrees"),
    ],
)
def test_bad_numbers_are_refused_with_a_reason(kind, column, value, reason):
    col, why = problem(kind, **{column: value})
    assert col == column and reason in why, why


@settings(max_examples=300, deadline=None)
@given(st.integers())
def test_a_quantity_is_read_exactly_or_refused(n: int):
    try:
        q = people.parse_purchase({**PURCHASE, "quantity": str(n)}, {})["quantity"]
    except RowProblem as p:
        assert p.column == "quantity" and (n == 0 or abs(n) > rows.MAX_QUANTITY)
        return
    assert q == n


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.digits + "+-.", max_size=25))
def test_an_amount_fits_a_64_bit_integer_or_is_refused(value: str):
    try:
        minor = cells.amount({"p": value}, "p", "BRL")
    except RowProblem as p:
        assert p.column == "p"
        return
    assert 0 <= minor <= INT64_MAX


# --- text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value,reason",
    [
        ("R-\x00", "NUL"),
        ("R-\x01", "control character U+0001"),
        ("R-\x7f", "control character U+007F"),
        ("R-\x85", "control character U+0085"),
        ("R-1\n2", "line break"),
        ("R-1\t2", "line break or tab"),
        ("R-" + "x" * 63, "longer than 64 characters"),
        ("R-\udce3", "not valid UTF-8"),
    ],
)
def test_bad_text_is_refused_with_a_reason(value, reason):
    column, why = problem("purchases", external_id=value)
    assert column == "external_id" and reason in why


def test_an_address_may_span_lines_and_an_extra_cell_is_bounded():
    row = rows.parse_store({**STORE, "address": "Rua 1\r\n4000 Porto"}, {"opened": "2019"})
    assert row["address"] == "Rua 1\r\n4000 Porto" and row["attributes"] == {"opened": "2019"}
    assert problem("stores", address="Rua\x00")[0] == "address"
    with pytest.raises(RowProblem, match="longer than 1000"):
        cells.extra_cell("notes", "x" * 1001)
    with pytest.raises(RowProblem, match="control character"):
        cells.extra_cell("notes", "a\x1bb")


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=80))
def test_any_text_is_stored_as_is_or_refused_naming_its_column(value: str):
    try:
        got = cells.text({"name": value}, "name", t.products.c.name)
    except RowProblem as p:
        assert p.column == "name"
        assert (
            not value
            or len(value) > 200
            or any(ord(c) < 32 or 127 <= ord(c) < 160 or 0xD800 <= ord(c) < 0xE000 for c in value)
        )
        return
    assert got == value and "\x00" not in got


@pytest.mark.parametrize("kind", PARSE)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_any_row_of_any_kind_parses_or_names_a_column(kind, data):
    """No cell, however odd, escapes as anything but a RowProblem on a known column."""
    parse, good = PARSE[kind]
    changes = data.draw(st.dictionaries(st.sampled_from(sorted(good)), st.text(max_size=30)))
    try:
        parse({**good, **changes}, {})
    except RowProblem as p:
        assert p.column in good
