"""Purchases from every channel, with returns as negative lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ._checks import require_aware, require_id
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
    store_id: str | None = None

    def __post_init__(self) -> None:
        require_id(self.purchase_id, "purchase_id")
        object.__setattr__(self, "channel", Channel(self.channel))
        require_aware(self.purchased_at, "purchased_at")
        if self.channel == Channel.STORE and not self.store_id:
            raise InvalidField("store_id", "a purchase in a store names the store")
        if not self.lines:
            raise InvalidField("lines", "a purchase has at least one line")
        if len({line.unit_price.currency for line in self.lines}) > 1:
            raise InvalidField("lines", "all lines of a purchase are in one currency")

    @property
    def total(self) -> Money:
        total = Money(0, self.lines[0].unit_price.currency)
        for line in self.lines:
            total = total + line.amount
        return total

    @property
    def has_returns(self) -> bool:
        return any(line.quantity < 0 for line in self.lines)
