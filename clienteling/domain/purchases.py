"""Purchases from every channel, returns as negative lines: rows as the terminal reads them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PurchaseLine:
    sku: str
    quantity: int  # negative: units returned
    unit_price_minor: int = 0


@dataclass(frozen=True, slots=True)
class Purchase:
    purchase_id: str
    shopper_id: str
    channel: str  # a Channel value
    purchased_at: str  # ISO 8601
    currency: str
    total_minor: int  # what the shopper paid, returns deducted
    lines: tuple[PurchaseLine, ...] = ()
    store_id: str | None = None  # None for web, app and marketplace orders
    external_id: str | None = None

    @property
    def has_returns(self) -> bool:
        return any(line.quantity < 0 for line in self.lines)

    @property
    def bought_skus(self) -> list[str]:
        """The items bought (not returned), in the order of the lines."""
        return [line.sku for line in self.lines if line.quantity > 0]
