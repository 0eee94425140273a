"""Delivery orders: the status flow for ship and pick-up, and the order rows the terminal reads.

What makes a valid order request (address, pick-up store, lines, ids) is the
protocol's to check: tests/unit/test_protocol_orders.py.
"""

from __future__ import annotations

from itertools import pairwise, product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain.enums import Fulfilment, OrderStatus
from clienteling.domain.errors import DomainError, InvalidField
from clienteling.domain.orders import (
    HOLDS_RESERVATION,
    STOCK_LEFT,
    TRANSITIONS,
    DeliveryOrder,
    OrderLine,
    StatusChange,
    check_transition,
)
from clienteling.domain.shoppers import Address

S = OrderStatus
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
PATHS = {Fulfilment.SHIP_TO_ADDRESS: SHIP_PATH, Fulfilment.PICK_UP: PICKUP_PATH}
CLOSED = {
    Fulfilment.SHIP_TO_ADDRESS: {S.DELIVERED, S.CANCELLED},
    Fulfilment.PICK_UP: {S.COLLECTED, S.CANCELLED},
}


# --- the flow ------------------------------------------------------------------------


@pytest.mark.parametrize("fulfilment", list(Fulfilment))
def test_the_transitions_table_is_the_written_flow(fulfilment):
    table = TRANSITIONS[fulfilment]
    edges = {(current, new) for current, nexts in table.items() for new in nexts}
    assert edges == EXPECTED[fulfilment]
    # A closed order has no entry: nothing follows it.
    on_the_path = {status for edge in EXPECTED[fulfilment] for status in edge}
    assert on_the_path - set(table) == CLOSED[fulfilment]


@pytest.mark.parametrize(("fulfilment", "path"), [("ship", SHIP_PATH), ("pickup", PICKUP_PATH)])
def test_full_paths(fulfilment, path):
    """From placed, each step forward has exactly one next status, and the path ends closed."""
    status = S.PLACED
    for new in path:
        assert TRANSITIONS[Fulfilment(fulfilment)][status] - {S.CANCELLED} == {new}
        check_transition(fulfilment, status, new)
        status = new
    assert status in CLOSED[Fulfilment(fulfilment)]
    for new in OrderStatus:
        with pytest.raises(DomainError, match=r"next: none \(the order is closed\)"):
            check_transition(fulfilment, status, new)


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
    """Walk from placed to `start` along the flow, then cancel."""
    walk = [S.PLACED, *PATHS[Fulfilment(fulfilment)]]
    steps = walk[: walk.index(start) + 1]
    for current, new in pairwise(steps):
        check_transition(fulfilment, current, new)
    check_transition(fulfilment, start, S.CANCELLED)


def test_a_pickup_never_collected_can_be_cancelled():
    check_transition("pickup", S.READY_FOR_PICKUP, S.CANCELLED)


def test_a_shipped_order_cannot_be_cancelled():
    with pytest.raises(DomainError, match=r"shipped cannot become cancelled; next: delivered"):
        check_transition("ship", S.SHIPPED, S.CANCELLED)


@pytest.mark.parametrize(
    ("fulfilment", "end"),
    [("ship", S.DELIVERED), ("ship", S.CANCELLED), ("pickup", S.COLLECTED),
     ("pickup", S.CANCELLED)],
)  # fmt: skip
def test_closed_orders_go_nowhere(fulfilment, end):
    for new in OrderStatus:
        with pytest.raises(DomainError, match=r"next: none \(the order is closed\)"):
            check_transition(fulfilment, end, new)


def test_the_error_lists_the_next_statuses():
    with pytest.raises(
        DomainError, match=r"reserved cannot become shipped; next: cancelled, picked"
    ):
        check_transition("ship", S.RESERVED, S.SHIPPED)


def test_each_fulfilment_keeps_to_its_own_path():
    with pytest.raises(DomainError):
        check_transition("ship", S.PICKED, S.READY_FOR_PICKUP)
    with pytest.raises(DomainError):
        check_transition("pickup", S.PICKED, S.SHIPPED)
    with pytest.raises(DomainError):
        check_transition("pickup", S.READY_FOR_PICKUP, S.DELIVERED)


def test_no_skipping_and_no_going_back():
    for status, new in [(S.PLACED, S.PICKED), (S.PLACED, S.DELIVERED), (S.PICKED, S.RESERVED)]:
        with pytest.raises(DomainError):
            check_transition("ship", status, new)
    with pytest.raises(DomainError):
        check_transition("ship", S.PLACED, S.PLACED)  # not even to where it already is


def test_reservation_sets_agree_with_the_flow():
    # Every status is exactly one of: not yet reserved, holding units, units gone, cancelled.
    assert not HOLDS_RESERVATION & STOCK_LEFT
    assert set(OrderStatus) == HOLDS_RESERVATION | STOCK_LEFT | {S.PLACED, S.CANCELLED}
    # Units leave only from a status that held them.
    for fulfilment, edges in EXPECTED.items():
        for current, new in edges:
            if new in STOCK_LEFT and current not in STOCK_LEFT:
                assert current in HOLDS_RESERVATION, (fulfilment, current, new)


@given(st.sampled_from(list(Fulfilment)), st.lists(st.sampled_from(list(OrderStatus)), max_size=12))
def test_any_sequence_of_requests_follows_the_flow(fulfilment, requests):
    """Apply random requests to a status, keeping the legal ones: they walk the written flow."""
    status = S.PLACED
    accepted = []
    for new in requests:
        legal = (status, new) in EXPECTED[fulfilment]
        try:
            check_transition(fulfilment, status, new)
        except DomainError:
            assert not legal
        else:
            assert legal
            status = new
            accepted.append(new)
    walk = list(pairwise([S.PLACED, *accepted]))
    assert all(edge in EXPECTED[fulfilment] for edge in walk)
    # The flow has no cycles: no status comes twice, and a walk is at most a full path.
    assert len(set(accepted)) == len(accepted) <= len(PATHS[fulfilment])
    assert status == (accepted[-1] if accepted else S.PLACED)


def test_statuses_may_be_given_as_the_text_rows_hold():
    # DeliveryOrder rows hold fulfilment and status as text, as the cache stores them.
    check_transition("pickup", "ready_for_pickup", "collected")
    with pytest.raises(DomainError, match="cannot become"):
        check_transition("pickup", "ready_for_pickup", "delivered")


def test_unknown_statuses_and_fulfilments_are_named():
    with pytest.raises(InvalidField, match=r"^status: 'lost' is not allowed; choose one of"):
        check_transition("ship", "placed", "lost")
    with pytest.raises(InvalidField, match=r"^status: "):
        check_transition("ship", "lost", "placed")
    with pytest.raises(InvalidField, match=r"^fulfilment: .*choose one of: ship, pickup"):
        check_transition("drone", "placed", "reserved")
    # An unknown status is a DomainError too, so callers that catch DomainError see it.
    with pytest.raises(DomainError):
        check_transition("ship", "placed", "teleported")


# --- order rows ----------------------------------------------------------------------


def test_pickup_is_read_from_the_fulfilment():
    line = (OrderLine("ST1-BLK-M", 1),)
    assert DeliveryOrder("o-1", "sh-1", "pickup", line, pickup_store="BR-SP-01").pickup
    assert DeliveryOrder("o-1", "sh-1", Fulfilment.PICK_UP, line).pickup
    ship = DeliveryOrder("o-1", "sh-1", "ship", line, address=HOME)
    assert not ship.pickup
    assert (ship.status, ship.history, ship.pickup_store) == (S.PLACED, (), None)


def test_an_order_row_as_hq_has_it():
    line = OrderLine("ST1-BLK-M", 2, "BR-RJ-01", 18900, "BRL")
    change = StatusChange("reserved", "2026-11-01T12:00:00+00:00", "hq")
    o = DeliveryOrder("o-1", "sh-1", "ship", (line,), "reserved", address=HOME, history=(change,))
    assert o.history[-1].status == o.status == S.RESERVED
    assert OrderLine("ST1-BLK-M", 1).source_store is None  # until HQ picks the store
    # The next statuses a screen may offer come from the flow, given the row's text.
    check_transition(o.fulfilment, o.status, S.PICKED)
