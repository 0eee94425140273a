"""Products (one variant per SKU) and stock levels."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain.catalog import Product, StockLevel
from clienteling.domain.errors import InvalidField
from clienteling.domain.money import Money

NOW = datetime(2026, 11, 1, 12, tzinfo=UTC)


def product(**kw) -> Product:
    fields = {
        "sku": "ST1-BLK-M",
        "gtin": "4006381333931",
        "style": "ST1",
        "name": " Linen shirt ",
        "brand": "Aurora",
        "category": "tops",
        "colour": "black",
        "size": "M",
        "price": Money(18900, "EUR"),
    }
    return Product(**{**fields, **kw})


def test_a_product():
    p = product()
    assert p.name == "Linen shirt"
    assert p.price.to_decimal_string() == "189.00"
    assert product(price=Money(0, "EUR")).price.amount_minor == 0  # a free gift is a product


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sku", ""),
        ("sku", "ST1 BLK M"),
        ("gtin", "4006381333932"),
        ("gtin", "abc"),
        ("style", " "),
        ("name", ""),
        ("name", "x" * 201),
        ("brand", None),
        ("category", ""),
        ("colour", ""),
        ("size", ""),
        ("price", Money(-1, "EUR")),
        ("price", "189.00"),
    ],
)
def test_bad_product_fields_are_named(field, value):
    with pytest.raises(InvalidField, match=rf"^{field}: "):
        product(**{field: value})


def test_stock_level():
    level = StockLevel("BR-SP-01", "ST1-BLK-M", 5, 2, NOW)
    assert level.available == 3
    assert StockLevel("BR-SP-01", "ST1-BLK-M", 3, 5, NOW).available == 0  # over-reserved
    assert StockLevel("BR-SP-01", "ST1-BLK-M", 0, 0, NOW).available == 0
    brasilia = timezone(timedelta(hours=-3))
    assert StockLevel("BR-SP-01", "S", 1, 0, NOW.astimezone(brasilia)).as_of == NOW


@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_available_is_never_negative_nor_more_than_on_hand(on_hand, reserved):
    available = StockLevel("BR-SP-01", "S", on_hand, reserved, NOW).available
    assert 0 <= available <= on_hand
    assert available == on_hand - reserved or (available == 0 and reserved >= on_hand)


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("BR-SP-01", "S", -1, 0, NOW), "on_hand"),
        (("BR-SP-01", "S", 1, -1, NOW), "reserved"),
        (("BR-SP-01", "S", 1.0, 0, NOW), "on_hand"),
        (("BR-SP-01", "S", True, 0, NOW), "on_hand"),
        (("BR-SP-01", "S", 1, 0, datetime(2026, 11, 1, 12)), "as_of"),
        (("BR-SP-01", "S", 1, 0, "2026-11-01T12:00:00Z"), "as_of"),
        (("", "S", 1, 0, NOW), "store_id"),
        (("BR-SP-01", "S/1", 1, 0, NOW), "sku"),
    ],
)
def test_bad_stock_levels_are_named(args, field):
    with pytest.raises(InvalidField, match=rf"^{field}: "):
        StockLevel(*args)
