"""Purchases from every channel, with returns as negative lines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain.enums import Channel
from clienteling.domain.errors import InvalidField
from clienteling.domain.money import Money
from clienteling.domain.purchases import Purchase, PurchaseLine

NOW = datetime(2026, 11, 1, 12, tzinfo=UTC)
SHIRT = PurchaseLine("ST1-BLK-M", 2, Money(18900, "BRL"))
SHIRT_BACK = PurchaseLine("ST1-BLK-M", -1, Money(18900, "BRL"))
SOCKS = PurchaseLine("SK1-WHT-U", 3, Money(2990, "BRL"))


def test_a_store_purchase_with_a_return():
    p = Purchase("R-100", "sh-1", "store", NOW, [SHIRT, SHIRT_BACK, SOCKS], store_id="BR-SP-01")
    assert p.channel is Channel.STORE and isinstance(p.lines, tuple)
    assert p.total == Money(18900 + 3 * 2990, "BRL")
    assert p.total.to_decimal_string() == "278.70"
    assert p.has_returns


@pytest.mark.parametrize("channel", ["web", "app", "marketplace"])
def test_remote_channels_need_no_store(channel):
    p = Purchase("W-1", "sh-1", channel, NOW, (SOCKS,))
    assert p.store_id is None and not p.has_returns and p.total == Money(8970, "BRL")


def test_a_web_order_picked_up_in_store_may_name_the_store():
    assert Purchase("W-2", "sh-1", "web", NOW, (SOCKS,), store_id="BR-SP-01").store_id


def test_a_purchase_of_returns_only_has_a_negative_total():
    p = Purchase("R-101", "sh-1", "store", NOW, (SHIRT_BACK,), store_id="BR-SP-01")
    assert p.total == Money(-18900, "BRL") and p.has_returns


@given(
    st.lists(
        st.tuples(st.integers(-50, 50).filter(bool), st.integers(0, 10**7)), min_size=1, max_size=20
    )
)
def test_total_is_the_exact_sum_of_the_lines(rows):
    lines = tuple(PurchaseLine(f"S{i}", q, Money(p, "EUR")) for i, (q, p) in enumerate(rows))
    p = Purchase("P", "sh-1", "app", NOW, lines)
    assert p.total == Money(sum(q * price for q, price in rows), "EUR")
    assert p.has_returns == any(q < 0 for q, _ in rows)


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("S", 0, Money(1, "EUR")), "quantity"),
        (("S", 1.5, Money(1, "EUR")), "quantity"),
        (("S", True, Money(1, "EUR")), "quantity"),
        (("", 1, Money(1, "EUR")), "sku"),
        (("S", 1, "1.00"), "unit_price"),
    ],
)
def test_bad_lines_are_named(args, field):
    with pytest.raises(InvalidField, match=rf"^{field}: "):
        PurchaseLine(*args)


@pytest.mark.parametrize(
    ("kw", "field", "says"),
    [
        ({"purchase_id": "R 1"}, "purchase_id", "not an id"),
        ({"shopper_id": ""}, "shopper_id", "not an id"),
        ({"channel": "phone"}, "channel", "choose one of: store, web, app, marketplace"),
        ({"purchased_at": datetime(2026, 11, 1)}, "purchased_at", "no time zone"),
        ({"store_id": None}, "store_id", "names the store"),
        ({"store_id": "BR SP"}, "store_id", "not an id"),
        ({"lines": ()}, "lines", "at least one line"),
        ({"lines": (SOCKS, PurchaseLine("X", 1, Money(1, "EUR")))}, "lines", "one currency"),
        ({"lines": ("ST1-BLK-M",)}, "lines", "list of purchase lines"),
        ({"lines": SOCKS}, "lines", "list of purchase lines"),
    ],
)
def test_bad_purchases_are_named(kw, field, says):
    fields = {
        "purchase_id": "R-1",
        "shopper_id": "sh-1",
        "channel": "store",
        "purchased_at": NOW,
        "lines": (SOCKS,),
        "store_id": "BR-SP-01",
    }
    with pytest.raises(InvalidField, match=rf"^{field}: .*{says}"):
        Purchase(**{**fields, **kw})
