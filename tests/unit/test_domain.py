"""The domain's rules, without I/O: money, codes, phones, entities and the order flow."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain.associates import Associate
from clienteling.domain.catalog import Product, StockLevel
from clienteling.domain.codes import (
    check_gtin,
    is_valid_gtin,
    normalize_email,
    normalize_phone,
    with_check_digit,
)
from clienteling.domain.engagement import Feedback, Note, Task
from clienteling.domain.enums import Fulfilment, OrderStatus
from clienteling.domain.errors import DomainError, InvalidField
from clienteling.domain.money import Money
from clienteling.domain.orders import DeliveryOrder, OrderLine
from clienteling.domain.purchases import Purchase, PurchaseLine
from clienteling.domain.shoppers import Address, Shopper
from clienteling.domain.stores import Store, nearest_first

NOW = datetime(2026, 11, 1, 12, tzinfo=UTC)
NAIVE = datetime(2026, 11, 1, 12)


@given(st.integers(0, 10**12), st.sampled_from(["EUR", "BRL", "USD", "RUB", "CLP"]))
def test_money_round_trips_through_text(minor, currency):
    money = Money(minor, currency)
    assert Money.parse(money.to_decimal_string(), currency) == money


def test_money_parsing_is_exact_and_strict():
    assert Money.parse("189.00", "EUR").amount_minor == 18900
    assert Money.parse("0.1", "eur").amount_minor == 10  # no float drift
    assert Money.parse("-5.50", "BRL").amount_minor == -550
    assert Money.parse("1.230", "EUR").amount_minor == 123
    with pytest.raises(InvalidField, match="price"):
        Money.parse("1.234", "EUR")
    with pytest.raises(InvalidField, match="currency"):
        Money.parse("1.00", "XXX")
    with pytest.raises(InvalidField, match="price"):
        Money.parse("1,00", "EUR")
    with pytest.raises(InvalidField, match="currency"):
        Money(1, "EUR") + Money(1, "USD")


@pytest.mark.parametrize("code", ["4006381333931", "96385074", "036000291452", "10614141000415"])
def test_known_valid_gtins(code):
    assert is_valid_gtin(code) and check_gtin(code) == code


@pytest.mark.parametrize(
    ("code", "reason"),
    [("4006381333932", "check digit"), ("40063813339", "digits"), ("40063813339a", "digits only")],
)
def test_bad_gtins_say_why(code, reason):
    with pytest.raises(InvalidField, match=reason):
        check_gtin(code)


@given(st.text("0123456789", min_size=12, max_size=12), st.integers(0, 11), st.integers(1, 9))
def test_check_digit_catches_any_single_digit_change(body, pos, delta):
    code = with_check_digit(body)
    assert is_valid_gtin(code)
    changed = code[:pos] + str((int(code[pos]) + delta) % 10) + code[pos + 1 :]
    assert not is_valid_gtin(changed)


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("+55 (11) 98765-4321", None, "+5511987654321"),
        ("(11) 98765-4321", "BR", "+5511987654321"),
        ("612 34 56 78", "ES", "+34612345678"),
        ("8 (912) 345-67-89", "RU", "+79123456789"),
        ("(415) 555-0132", "US", "+14155550132"),
    ],
)
def test_phones_normalise_to_e164(raw, region, e164):
    assert normalize_phone(raw, region) == e164


@pytest.mark.parametrize("raw", ["", "hello", "+55 11", "123"])
def test_bad_phones_are_refused(raw):
    with pytest.raises(InvalidField, match="phone"):
        normalize_phone(raw, "BR")


def test_emails():
    assert normalize_email(" Ana.Lima@Example.COM ") == "Ana.Lima@example.com"
    for bad in ("ana", "ana@", "@x.com", "a b@x.com", "ana@localhost"):
        with pytest.raises(InvalidField, match="email"):
            normalize_email(bad)


def store(sid="BR-SP-01", lat=-23.56, lon=-46.65) -> Store:
    return Store(
        sid,
        "Paulista",
        "BR-SP",
        "Av. Paulista 1000",
        "São Paulo",
        "br",
        lat,
        lon,
        "brl",
        "America/Sao_Paulo",
    )


def test_stores_validate_and_sort_by_distance():
    sp = store()
    assert (sp.country, sp.currency) == ("BR", "BRL")
    rio, campinas = store("BR-RJ-01", -22.97, -43.18), store("BR-SP-02", -22.90, -47.06)
    assert [s.store_id for s, _ in nearest_first(sp, [rio, campinas, sp])] == [
        "BR-SP-02",
        "BR-RJ-01",
    ]
    assert 340 < sp.distance_to(rio) < 370
    for field, change in [("latitude", {"lat": 91}), ("timezone", {})]:
        with pytest.raises(InvalidField, match=field):
            if field == "timezone":
                Store("X", "n", "r", "a", "c", "BR", 0, 0, "BRL", "Mars/Olympus")
            else:
                store(**change)


def test_products_and_stock():
    p = Product(
        "ST1-BLK-M",
        "4006381333931",
        "ST1",
        "Shirt",
        "Aurora",
        "tops",
        "black",
        "M",
        Money(18900, "EUR"),
    )
    assert p.price.to_decimal_string() == "189.00"
    with pytest.raises(InvalidField, match="gtin"):
        Product("S", "4006381333932", "ST1", "n", "b", "c", "k", "M", Money(1, "EUR"))
    assert StockLevel("BR-SP-01", "S", 3, 5, NOW).available == 0
    with pytest.raises(InvalidField, match="on_hand"):
        StockLevel("BR-SP-01", "S", -1, 0, NOW)
    with pytest.raises(InvalidField, match="as_of"):
        StockLevel("BR-SP-01", "S", 1, 0, NAIVE)


def test_shoppers_normalise_contacts_and_check_names():
    s = Shopper.create(
        shopper_id="sh1",
        first_name=" João ",
        last_name="Silva",
        home_store="BR-SP-01",
        language="pt",
        emails=["JOAO@Example.com"],
        phones=["(11) 98765-4321"],
        default_region="BR",
    )
    assert s.phones == ("+5511987654321",) and s.emails == ("JOAO@example.com",)
    assert s.full_name == "João Silva"
    with pytest.raises(InvalidField, match="last_name"):
        Shopper("sh1", "Ana", "  ", "BR-SP-01", "pt")
    with pytest.raises(InvalidField, match="language"):
        Shopper("sh1", "Ana", "Lima", "BR-SP-01", "fr")
    with pytest.raises(InvalidField, match="country"):
        Address("Rua 1", "São Paulo", "01000", "Brasil")


def test_purchases_totals_and_returns():
    line = PurchaseLine("ST1-BLK-M", 2, Money(10000, "BRL"))
    back = PurchaseLine("ST1-BLK-M", -1, Money(10000, "BRL"))
    p = Purchase("p1", "sh1", "store", NOW, (line, back), store_id="BR-SP-01")
    assert p.total == Money(10000, "BRL") and p.has_returns
    web = Purchase("p2", "sh1", "web", NOW, (line,))
    assert web.store_id is None and not web.has_returns
    with pytest.raises(InvalidField, match="store_id"):
        Purchase("p3", "sh1", "store", NOW, (line,))
    with pytest.raises(InvalidField, match="currency"):
        Purchase("p4", "sh1", "web", NOW, (line, PurchaseLine("X", 1, Money(1, "EUR"))))
    with pytest.raises(InvalidField, match="quantity"):
        PurchaseLine("X", 0, Money(1, "EUR"))


def test_engagement_records():
    note = Note("n1", "sh1", "BR-SP-01", "E1", "gift", " Anniversary ", NOW)
    assert note.text == "Anniversary"
    with pytest.raises(InvalidField, match="reason"):
        Note("n1", "sh1", "BR-SP-01", "E1", "chatting", "x", NOW)
    with pytest.raises(InvalidField, match="done_at"):
        Task("t1", "sh1", "BR-SP-01", "E1", "Call", NOW, status="done")
    assert Task("t1", "sh1", "BR-SP-01", "E1", "Call", NOW, "done", done_at=NOW).done_at
    with pytest.raises(InvalidField, match="score"):
        Feedback("f1", "sh1", "BR-SP-01", "E1", 6, NOW)
    assert not Associate("E1", "Ana", "trainee", "BR-SP-01").can_change_data
    with pytest.raises(InvalidField, match="employee_id"):
        Associate("E 1", "Ana", "associate", "BR-SP-01")


def order(fulfilment="ship", **kw) -> DeliveryOrder:
    base = {
        "order_id": str(uuid.uuid4()).upper(),
        "shopper_id": "sh1",
        "store_id": "BR-SP-01",
        "associate_id": "E1",
        "fulfilment": fulfilment,
        "lines": (OrderLine("S", 1),),
    }
    if fulfilment == "ship":
        base["address"] = Address("Rua 1", "São Paulo", "01000-000", "BR")
    else:
        base["pickup_store"] = "BR-SP-01"
    return DeliveryOrder(**{**base, **kw})


@pytest.mark.parametrize(
    ("fulfilment", "path"),
    [
        ("ship", ["reserved", "picked", "shipped", "delivered"]),
        ("pickup", ["reserved", "picked", "ready_for_pickup", "collected"]),
    ],
)
def test_order_flows(fulfilment, path):
    o = order(fulfilment)
    assert o.order_id == o.order_id.lower()
    for status in path:
        o = o.advance(OrderStatus(status), NOW, "E1")
    assert [h.status for h in o.history] == path
    with pytest.raises(DomainError, match="cannot become"):
        o.advance(OrderStatus.CANCELLED, NOW, "E1")


def test_order_rules():
    o = order().advance(OrderStatus.RESERVED, NOW, "hq")
    assert o.advance(OrderStatus.CANCELLED, NOW, "E1").status == OrderStatus.CANCELLED
    with pytest.raises(DomainError, match="next: cancelled, picked"):
        o.advance(OrderStatus.SHIPPED, NOW, "E1")
    with pytest.raises(InvalidField, match="address"):
        order(address=None)
    with pytest.raises(InvalidField, match="pickup_store"):
        order("pickup", pickup_store=None)
    with pytest.raises(InvalidField, match="order_id"):
        order(order_id="order-1")
    with pytest.raises(InvalidField, match="lines"):
        order(lines=(OrderLine("S", 1), OrderLine("S", 2)))
    with pytest.raises(InvalidField, match="quantity"):
        OrderLine("S", 100)
    assert Fulfilment("pickup") == Fulfilment.PICK_UP
