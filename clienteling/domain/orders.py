"""Delivery order status rules."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from ._checks import require_aware, require_id, require_uuid
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
    allowed = TRANSITIONS[Fulfilment(fulfilment)].get(OrderStatus(current), set())
    if OrderStatus(new) not in allowed:
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
            raise InvalidField("quantity", "is 1 to 99 units")


@dataclass(frozen=True, slots=True)
class StatusChange:
    status: OrderStatus
    at: datetime
    actor: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", OrderStatus(self.status))
        require_aware(self.at, "at")


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
        object.__setattr__(self, "fulfilment", Fulfilment(self.fulfilment))
        object.__setattr__(self, "status", OrderStatus(self.status))
        if not self.lines:
            raise InvalidField("lines", "an order has at least one item")
        keys = [(line.sku, line.source_store) for line in self.lines]
        if len(set(keys)) != len(keys):
            raise InvalidField("lines", "the same item and store appear twice; add the quantity")
        if self.fulfilment == Fulfilment.SHIP_TO_ADDRESS:
            if self.address is None:
                raise InvalidField("address", "shipping to the shopper needs an address")
            if self.pickup_store is not None:
                raise InvalidField("pickup_store", "only for pick-up orders")
        else:
            if not self.pickup_store:
                raise InvalidField("pickup_store", "a pick-up order names the store")
            if self.address is not None:
                raise InvalidField("address", "a pick-up order has no delivery address")

    def advance(self, new: OrderStatus, at: datetime, actor: str) -> DeliveryOrder:
        """The order after moving to `new`; DomainError if the flow does not allow it."""
        check_transition(self.fulfilment, self.status, new)
        change = StatusChange(new, at, actor)
        return replace(self, status=OrderStatus(new), history=(*self.history, change))
