"""Delivery orders: what makes a valid order, and the status flow for ship and pick-up."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from itertools import product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain.enums import Fulfilment, OrderStatus
from clienteling.domain.errors import DomainError, InvalidField
from clienteling.domain.orders import (
    HOLDS_RESERVATION,
    STOCK_LEFT,
    DeliveryOrder,
    OrderLine,
    StatusChange,
    check_transition,
)
from clienteling.domain.shoppers import Address

S = OrderStatus
NOW = datetime(2026, 11, 1, 12, tzinfo=UTC)
HOME = Address("Rua Augusta 100", "São Paulo", "01305-000", "BR")

# The flow written out independently of orders.TRANSITIONS, edge by edge.
SHIP_PATH = [S.RESERVED, S.PICKED, S.SHIPPED, S.DELIVERED]
PICKUP_PATH = [S.RESERVED, S.PICKED, S.READY_FOR_PICKUP, S.COLLECTED]
EXPECTED = {
    Fulfilment.SHIP_TO_ADDRESS: {
        (S.PLACED, S.RESERVED), (S.RESERVED, S.PICKED), (S.PICKED, S.SHIPPED),
        (S.SHIPPED, S.DELIVERED),
        (S.PLACED, S.CANCELLED), (S.RESERVED, S.CANCELLED), (S.PICKED, S.CANCELLED),
    },
    Fulfilment.PICK_UP: {
        (S.PLACED, S.RESERVED), (S.RESERVED, S.PICKED), (S.PICKED, S.READY_FOR_PICKUP),
        (S.READY_FOR_PICKUP, S.COLLECTED),
        (S.PLACED, S.CANCELLED), (S.RESERVED, S.CANCELLED), (S.PICKED, S.CANCELLED),
        (S.READY_FOR_PICKUP, S.CANCELLED),  # never collected: the units go back on the shelf
    },
}  # fmt: skip


def order(kind="ship", **kw) -> DeliveryOrder:
    fields = {
        "order_id": str(uuid.uuid4()),
        "shopper_id": "sh-1",
        "store_id": "BR-SP-01",
        "associate_id": "E1001",
        "fulfilment": kind,
        "lines": (OrderLine("ST1-BLK-M", 1), OrderLine("ST1-BLK-L", 2, "BR-RJ-01")),
    }
    if kind == "ship":
        fields["address"] = HOME
    else:
        fields["pickup_store"] = "BR-SP-01"
    return DeliveryOrder(**{**fields, **kw})


@pytest.mark.parametrize(("fulfilment", "path"), [("ship", SHIP_PATH), ("pickup", PICKUP_PATH)])
def test_full_paths(fulfilment, path):
    placed = order(fulfilment)
    o = placed
    for i, status in enumerate(path):
        o = o.advance(status, NOW + timedelta(hours=i), "hq" if i == 0 else "E1001")
        assert o.status is status
    assert [h.status for h in o.history] == path
    assert [h.actor for h in o.history] == ["hq"] + ["E1001"] * (len(path) - 1)
    assert o.history[-1].at == NOW + timedelta(hours=len(path) - 1)
    # advance returns a new order; the one it started from is unchanged
    assert (placed.status, placed.history) == (S.PLACED, ())
    assert (o.order_id, o.lines, o.address) == (placed.order_id, placed.lines, placed.address)


@pytest.mark.parametrize("fulfilment", list(Fulfilment))
def test_every_transition_matches_the_written_flow(fulfilment):
    for current, new in product(OrderStatus, repeat=2):
        if (current, new) in EXPECTED[fulfilment]:
            check_transition(fulfilment, current, new)
        else:
            with pytest.raises(DomainError, match=f"that is {current} cannot become {new}"):
                check_transition(fulfilment, current, new)


@pytest.mark.parametrize("start", [S.PLACED, S.RESERVED, S.PICKED])
@pytest.mark.parametrize("fulfilment", ["ship", "pickup"])
def test_cancel_before_the_units_leave(fulfilment, start):
    o = order(fulfilment, status=start)
    cancelled = o.advance(S.CANCELLED, NOW, "E1001")
    assert cancelled.status is S.CANCELLED and cancelled.history[-1].status is S.CANCELLED


def test_cancel_from_reserved():
    o = order().advance(S.RESERVED, NOW, "hq").advance(S.CANCELLED, NOW, "E1001")
    assert [h.status for h in o.history] == [S.RESERVED, S.CANCELLED]


def test_a_shipped_order_cannot_be_cancelled():
    with pytest.raises(DomainError, match=r"shipped cannot become cancelled; next: delivered"):
        order(status=S.SHIPPED).advance(S.CANCELLED, NOW, "E1001")


@pytest.mark.parametrize(
    ("fulfilment", "end"),
    [("ship", S.DELIVERED), ("ship", S.CANCELLED), ("pickup", S.COLLECTED),
     ("pickup", S.CANCELLED)],
)  # fmt: skip
def test_closed_orders_go_nowhere(fulfilment, end):
    closed = order(fulfilment, status=end)
    for new in OrderStatus:
        with pytest.raises(DomainError, match=r"next: none \(the order is closed\)"):
            closed.advance(new, NOW, "E1001")


def test_the_error_lists_the_next_statuses():
    reserved = order().advance(S.RESERVED, NOW, "hq")
    with pytest.raises(
        DomainError, match=r"reserved cannot become shipped; next: cancelled, picked"
    ):
        reserved.advance(S.SHIPPED, NOW, "E1001")


def test_each_fulfilment_keeps_to_its_own_path():
    with pytest.raises(DomainError):
        order("ship", status=S.PICKED).advance(S.READY_FOR_PICKUP, NOW, "E1001")
    with pytest.raises(DomainError):
        order("pickup", status=S.PICKED).advance(S.SHIPPED, NOW, "E1001")
    with pytest.raises(DomainError):
        order("pickup", status=S.READY_FOR_PICKUP).advance(S.DELIVERED, NOW, "E1001")


def test_no_skipping_and_no_going_back():
    for status, new in [(S.PLACED, S.PICKED), (S.PLACED, S.DELIVERED), (S.PICKED, S.RESERVED)]:
        with pytest.raises(DomainError):
            order(status=status).advance(new, NOW, "E1001")
    with pytest.raises(DomainError):
        order().advance(S.PLACED, NOW, "E1001")  # not even to where it already is


def test_reservation_sets_agree_with_the_flow():
    # Every status is exactly one of: not yet reserved, holding units, units gone, cancelled.
    assert not HOLDS_RESERVATION & STOCK_LEFT
    assert set(OrderStatus) == HOLDS_RESERVATION | STOCK_LEFT | {S.PLACED, S.CANCELLED}
    # Units leave only from a status that held them.
    for fulfilment, edges in EXPECTED.items():
        for current, new in edges:
            if new in STOCK_LEFT and current not in STOCK_LEFT:
                assert current in HOLDS_RESERVATION, (fulfilment, current, new)


@given(st.sampled_from(list(Fulfilment)), st.lists(st.sampled_from(list(OrderStatus)), max_size=8))
def test_any_sequence_of_requests_follows_the_flow(fulfilment, requests):
    """Apply random requests, keeping the legal ones: the history is exactly those."""
    kw = {"address": HOME} if fulfilment == Fulfilment.SHIP_TO_ADDRESS else {
        "pickup_store": "BR-SP-01"}  # fmt: skip
    o = order(fulfilment.value, **kw)
    accepted = []
    for new in requests:
        legal = (o.status, new) in EXPECTED[fulfilment]
        try:
            o = o.advance(new, NOW, "E1001")
        except DomainError:
            assert not legal
        else:
            assert legal
            accepted.append(new)
    assert [h.status for h in o.history] == accepted
    assert o.status == (accepted[-1] if accepted else S.PLACED)


def test_order_ids_are_uuids_in_canonical_form():
    u = uuid.uuid4()
    canonical = str(u)
    for spelling in (canonical.upper(), "{" + canonical + "}", u.hex, "urn:uuid:" + canonical, u):
        assert order(order_id=spelling).order_id == canonical
    for bad in ("order-1", "", None, 42, canonical[:-1]):
        with pytest.raises(InvalidField, match=r"^order_id: "):
            order(order_id=bad)


def test_lines_become_a_tuple_and_the_same_sku_may_come_from_two_stores():
    o = order(lines=[OrderLine("S", 1, "BR-SP-01"), OrderLine("S", 1, "BR-RJ-01")])
    assert isinstance(o.lines, tuple) and len(o.lines) == 2


@pytest.mark.parametrize(
    ("fulfilment", "kw", "field", "says"),
    [
        ("ship", {"address": None}, "address", "needs an address"),
        ("ship", {"address": "Rua 1"}, "address", "must be an Address"),
        ("ship", {"pickup_store": "BR-SP-01"}, "pickup_store", "only pick-up orders"),
        ("pickup", {"pickup_store": None}, "pickup_store", "names the store"),
        ("pickup", {"pickup_store": "BR SP"}, "pickup_store", "not an id"),
        ("pickup", {"address": HOME}, "address", "no delivery address"),
        ("ship", {"lines": ()}, "lines", "at least one item"),
        ("ship", {"lines": (OrderLine("S", 1), OrderLine("S", 2))}, "lines", "appear twice"),
        ("ship", {"lines": ("S",)}, "lines", "list of order lines"),
        ("ship", {"fulfilment": "drone"}, "fulfilment", "choose one of: ship, pickup"),
        ("ship", {"status": "lost"}, "status", "choose one of"),
        ("ship", {"shopper_id": ""}, "shopper_id", "not an id"),
        ("ship", {"store_id": "BR SP"}, "store_id", "not an id"),
        ("ship", {"associate_id": None}, "associate_id", "not an id"),
        ("ship", {"history": [S.RESERVED]}, "history", "list of status changes"),
    ],
)
def test_bad_orders_are_named(fulfilment, kw, field, says):
    with pytest.raises(InvalidField, match=rf"^{field}: .*{says}"):
        order(fulfilment, **kw)


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("S", 0), "quantity"),
        (("S", 100), "quantity"),
        (("S", 2.0), "quantity"),
        (("S", True), "quantity"),
        (("", 1), "sku"),
        (("S S", 1), "sku"),
        (("S", 1, "BR SP"), "source_store"),
    ],
)
def test_bad_order_lines_are_named(args, field):
    with pytest.raises(InvalidField, match=rf"^{field}: "):
        OrderLine(*args)


def test_order_line_quantity_bounds():
    assert OrderLine("S", 1).quantity == 1 and OrderLine("S", 99).quantity == 99
    assert OrderLine("S", 1).source_store is None  # HQ picks the store


def test_status_changes_and_bad_advances():
    change = StatusChange("reserved", NOW, "hq")
    assert change.status is S.RESERVED
    with pytest.raises(InvalidField, match=r"^at: "):
        order().advance(S.RESERVED, datetime(2026, 11, 1), "hq")
    with pytest.raises(InvalidField, match=r"^actor: "):
        order().advance(S.RESERVED, NOW, "")
    with pytest.raises(InvalidField, match=r"^status: "):
        order().advance("lost", NOW, "hq")
    with pytest.raises(InvalidField, match=r"^status: "):
        StatusChange("lost", NOW, "hq")
    # An unknown status is a DomainError too, so callers that catch DomainError see it.
    with pytest.raises(DomainError):
        check_transition("ship", "placed", "teleported")
