"""Delivery orders: lines, fulfilment (ship or pick up), and the status flow they follow."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from ._checks import (
    optional_id,
    require_aware,
    require_choice,
    require_id,
    require_instance,
    require_uuid,
    tuple_of,
)
from .enums import Fulfilment, OrderStatus
from .errors import DomainError, InvalidField
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

    def __post_init__(self) -> None:
        require_id(self.sku, "sku")
        if (
            isinstance(self.quantity, bool)
            or not isinstance(self.quantity, int)
            or not 1 <= self.quantity <= 99
        ):
            raise InvalidField("quantity", f"{self.quantity!r} is not 1 to 99 units")
        optional_id(self.source_store, "source_store")


@dataclass(frozen=True, slots=True)
class StatusChange:
    status: OrderStatus
    at: datetime
    actor: str  # the associate's employee id, or the system that made the change ("hq")

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", require_choice(self.status, OrderStatus, "status"))
        require_aware(self.at, "at")
        require_id(self.actor, "actor")


@dataclass(frozen=True, slots=True)
class DeliveryOrder:
    """An order for delivery to the shopper's address or for pick-up in a store."""

    order_id: str  # made by the terminal; HQ's idempotency key
    shopper_id: str
    store_id: str  # where it was ordered
    associate_id: str
    fulfilment: Fulfilment
    lines: tuple[OrderLine, ...]
    address: Address | None = None
    pickup_store: str | None = None
    status: OrderStatus = OrderStatus.PLACED
    history: tuple[StatusChange, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "order_id", require_uuid(self.order_id, "order_id"))
        for f in ("shopper_id", "store_id", "associate_id"):
            require_id(getattr(self, f), f)
        fulfilment = require_choice(self.fulfilment, Fulfilment, "fulfilment")
        object.__setattr__(self, "fulfilment", fulfilment)
        object.__setattr__(self, "status", require_choice(self.status, OrderStatus, "status"))
        lines = tuple_of(self.lines, OrderLine, "lines", "order lines")
        if not lines:
            raise InvalidField("lines", "an order has at least one item")
        object.__setattr__(self, "lines", lines)
        keys = [(line.sku, line.source_store) for line in lines]
        if len(set(keys)) != len(keys):
            raise InvalidField("lines", "the same item and store appear twice; add the quantity")
        if self.fulfilment == Fulfilment.SHIP_TO_ADDRESS:
            if self.address is None:
                raise InvalidField("address", "shipping to the shopper needs an address")
            require_instance(self.address, Address, "address", "an Address")
            if self.pickup_store is not None:
                raise InvalidField("pickup_store", "only pick-up orders name one; leave it empty")
        else:
            if not self.pickup_store:
                raise InvalidField("pickup_store", "a pick-up order names the store")
            require_id(self.pickup_store, "pickup_store")
            if self.address is not None:
                raise InvalidField("address", "a pick-up order has no delivery address")
        history = tuple_of(self.history, StatusChange, "history", "status changes")
        object.__setattr__(self, "history", history)

    def advance(self, new: OrderStatus, at: datetime, actor: str) -> DeliveryOrder:
        """The order after moving to `new`; DomainError if the flow does not allow it."""
        check_transition(self.fulfilment, self.status, new)
        change = StatusChange(new, at, actor)
        return replace(self, status=change.status, history=(*self.history, change))
