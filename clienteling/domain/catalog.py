"""Products (one variant per SKU) and stock levels, as the terminal reads them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Product:
    """One sellable variant: a style in one colour and one size."""

    sku: str
    style: str
    name: str
    colour: str
    size: str
    price_minor: int
    currency: str
    gtin: str | None = None
    brand: str = ""
    category: str = ""
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class StockLevel:
    store_id: str
    sku: str
    on_hand: int
    reserved: int  # held for delivery orders not yet shipped or collected
    as_of: str  # ISO 8601

    @property
    def available(self) -> int:
        """Units a shopper can still buy or order; never negative, even if over-reserved."""
        return max(self.on_hand - self.reserved, 0)
