"""Purchases from every channel, with returns as negative lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ._checks import (
    optional_id,
    require_aware,
    require_choice,
    require_id,
    require_instance,
    tuple_of,
)
from .enums import Channel
from .errors import InvalidField
from .money import Money


@dataclass(frozen=True, slots=True)
class PurchaseLine:
    sku: str
    quantity: int  # negative: units returned
    unit_price: Money

    def __post_init__(self) -> None:
        require_id(self.sku, "sku")
        if (
            isinstance(self.quantity, bool)
            or not isinstance(self.quantity, int)
            or self.quantity == 0
        ):
            raise InvalidField("quantity", "must be a whole number, not 0 (negative = returned)")
        require_instance(self.unit_price, Money, "unit_price", "an amount of Money")

    @property
    def amount(self) -> Money:
        return self.unit_price.times(self.quantity)


@dataclass(frozen=True, slots=True)
class Purchase:
    purchase_id: str
    shopper_id: str
    channel: Channel
    purchased_at: datetime
    lines: tuple[PurchaseLine, ...]
    store_id: str | None = None  # None for web, app and marketplace orders

    def __post_init__(self) -> None:
        require_id(self.purchase_id, "purchase_id")
        require_id(self.shopper_id, "shopper_id")
        object.__setattr__(self, "channel", require_choice(self.channel, Channel, "channel"))
        require_aware(self.purchased_at, "purchased_at")
        optional_id(self.store_id, "store_id")
        if self.channel == Channel.STORE and not self.store_id:
            raise InvalidField("store_id", "a purchase in a store names the store")
        lines = tuple_of(self.lines, PurchaseLine, "lines", "purchase lines")
        if not lines:
            raise InvalidField("lines", "a purchase has at least one line")
        if len({line.unit_price.currency for line in lines}) > 1:
            raise InvalidField("lines", "all lines of a purchase are in one currency")
        object.__setattr__(self, "lines", lines)

    @property
    def total(self) -> Money:
        """What the shopper paid, returns deducted."""
        total = Money(0, self.lines[0].unit_price.currency)
        for line in self.lines:
            total = total + line.amount
        return total

    @property
    def has_returns(self) -> bool:
        return any(line.quantity < 0 for line in self.lines)
