"""Products (one variant per SKU) and stock levels, as the terminal reads them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain.catalog import Product, StockLevel

AT = "2026-11-01T12:00:00+00:00"


def test_stock_level_available():
    assert StockLevel("BR-SP-01", "ST1-BLK-M", 5, 2, AT).available == 3
    assert StockLevel("BR-SP-01", "ST1-BLK-M", 5, 0, AT).available == 5
    assert StockLevel("BR-SP-01", "ST1-BLK-M", 2, 2, AT).available == 0
    assert StockLevel("BR-SP-01", "ST1-BLK-M", 3, 5, AT).available == 0  # over-reserved
    assert StockLevel("BR-SP-01", "ST1-BLK-M", 0, 0, AT).available == 0


@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_available_is_never_negative_nor_more_than_on_hand(on_hand, reserved):
    available = StockLevel("BR-SP-01", "S", on_hand, reserved, AT).available
    assert 0 <= available <= on_hand
    assert available == on_hand - reserved or (available == 0 and reserved >= on_hand)


def test_a_product_row_without_optional_columns():
    p = Product("ST1-BLK-M", "ST1", "Linen shirt", "black", "M", 18900, "EUR")
    assert (p.gtin, p.brand, p.category, p.attributes) == (None, "", "", {})
    # Each row has its own attributes: a default dict is never shared.
    assert p.attributes is not Product("S", "ST1", "n", "c", "M", 1, "EUR").attributes
