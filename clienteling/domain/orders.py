"""Delivery orders: lines, fulfilment (ship or pick up), and the status flow they follow."""

from __future__ import annotations

from dataclasses import dataclass

from ._checks import require_choice
from .enums import Fulfilment, OrderStatus
from .errors import DomainError
from .shoppers import Address

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
    fulfilment = require_choice(fulfilment, Fulfilment, "fulfilment")
    current = require_choice(current, OrderStatus, "status")
    new = require_choice(new, OrderStatus, "status")
    allowed = TRANSITIONS[fulfilment].get(current, set())
    if new not in allowed:
        options = ", ".join(sorted(allowed)) or "none (the order is closed)"
        raise DomainError(f"an order that is {current} cannot become {new}; next: {options}")


@dataclass(frozen=True, slots=True)
class OrderLine:
    sku: str
    quantity: int
    source_store: str | None = None  # None until HQ picks the nearest store with the units
    unit_price_minor: int | None = None  # set by HQ when it takes the order
    currency: str | None = None


@dataclass(frozen=True, slots=True)
class StatusChange:
    status: str  # an OrderStatus value
    at: str  # ISO 8601
    actor: str  # the associate's employee id, or the system that made the change ("hq")


@dataclass(frozen=True, slots=True)
class DeliveryOrder:
    """An order for delivery to the shopper's address or for pick-up in a store, as HQ has it."""

    order_id: str  # made by the terminal; HQ's idempotency key
    shopper_id: str
    fulfilment: str  # a Fulfilment value
    lines: tuple[OrderLine, ...]
    status: str = OrderStatus.PLACED  # an OrderStatus value
    store_id: str | None = None  # where it was ordered
    associate_id: str | None = None
    address: Address | None = None
    pickup_store: str | None = None
    history: tuple[StatusChange, ...] = ()
    created_at: str | None = None  # ISO 8601
    updated_at: str | None = None

    @property
    def pickup(self) -> bool:
        return self.fulfilment == Fulfilment.PICK_UP


@dataclass(frozen=True, slots=True)
class Alternative:
    """What HQ offers instead of a line it could not fill: another store or variant."""

    kind: str  # "other_store" or "other_variant"
    sku: str
    store_id: str
    available: int
    colour: str = ""
    size: str = ""
    distance_km: float | None = None
    line_sku: str | None = None  # the SKU of the refused line this replaces
