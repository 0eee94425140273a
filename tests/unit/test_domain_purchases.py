"""Purchases from every channel, returns as negative lines: rows as the terminal reads them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain.purchases import Purchase, PurchaseLine

AT = "2026-11-01T12:00:00+00:00"
SHIRT = PurchaseLine("ST1-BLK-M", 2, 18900)
SHIRT_BACK = PurchaseLine("ST1-BLK-M", -1, 18900)
SOCKS = PurchaseLine("SK1-WHT-U", 3, 2990)


def purchase(*lines: PurchaseLine, channel="store", store_id="BR-SP-01") -> Purchase:
    total = sum(line.quantity * line.unit_price_minor for line in lines)
    return Purchase("R-100", "sh-1", channel, AT, "BRL", total, lines, store_id)


def test_a_store_purchase_with_a_return():
    p = purchase(SHIRT, SHIRT_BACK, SOCKS)
    assert p.has_returns
    assert p.bought_skus == ["ST1-BLK-M", "SK1-WHT-U"]  # in the order of the lines


def test_a_purchase_without_returns():
    p = purchase(SOCKS, SHIRT, channel="web", store_id=None)
    assert not p.has_returns
    assert p.bought_skus == ["SK1-WHT-U", "ST1-BLK-M"]


def test_a_purchase_of_returns_only_bought_nothing():
    p = purchase(SHIRT_BACK)
    assert p.has_returns and p.bought_skus == [] and p.total_minor == -18900


def test_a_purchase_without_lines():
    p = Purchase("R-1", "sh-1", "web", AT, "BRL", 0)
    assert (p.lines, p.has_returns, p.bought_skus, p.store_id) == ((), False, [], None)


LINES = st.lists(
    st.tuples(st.sampled_from(["A", "B", "C", "D"]), st.integers(-50, 50)),
    max_size=12,
)


@given(LINES)
def test_returns_and_bought_items_follow_the_signs_of_the_lines(rows):
    p = purchase(*(PurchaseLine(sku, q, 100) for sku, q in rows))
    assert p.has_returns == any(q < 0 for _, q in rows)
    assert p.bought_skus == [sku for sku, q in rows if q > 0]
    assert set(p.bought_skus) <= {sku for sku, _ in rows}
