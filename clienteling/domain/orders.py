"""Delivery order status rules."""

from __future__ import annotations

from .enums import Fulfilment, OrderStatus
from .errors import DomainError

S = OrderStatus
_COMMON = {S.PLACED: {S.RESERVED, S.CANCELLED}, S.RESERVED: {S.PICKED, S.CANCELLED}}
TRANSITIONS: dict[Fulfilment, dict[OrderStatus, set[OrderStatus]]] = {
    Fulfilment.SHIP_TO_ADDRESS: {
        **_COMMON,
        S.PICKED: {S.SHIPPED, S.CANCELLED},
        S.SHIPPED: {S.DELIVERED},
    },
    Fulfilment.PICK_UP: {
        **_COMMON,
        S.PICKED: {S.READY_FOR_PICKUP, S.CANCELLED},
        S.READY_FOR_PICKUP: {S.COLLECTED, S.CANCELLED},
    },
}
# Statuses in which units are still held as reserved at the source store.
HOLDS_RESERVATION = {S.RESERVED, S.PICKED, S.READY_FOR_PICKUP}
# Statuses in which the units have left the source store's stock.
STOCK_LEFT = {S.SHIPPED, S.DELIVERED, S.COLLECTED}


def check_transition(fulfilment: Fulfilment, current: OrderStatus, new: OrderStatus) -> None:
    """Raise DomainError if an order cannot move from current to new."""
    allowed = TRANSITIONS[Fulfilment(fulfilment)].get(OrderStatus(current), set())
    if OrderStatus(new) not in allowed:
        options = ", ".join(sorted(allowed)) or "none (the order is closed)"
        raise DomainError(f"an order that is {current} cannot become {new}; next: {options}")
