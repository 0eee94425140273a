"""Products (one variant per SKU) and stock levels."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ._checks import require_aware, require_count, require_id, require_text
from .codes import check_gtin
from .errors import InvalidField
from .money import Money


@dataclass(frozen=True, slots=True)
class Product:
    """One sellable variant: a style in one colour and one size."""

    sku: str
    gtin: str
    style: str
    name: str
    brand: str
    category: str
    colour: str
    size: str
    price: Money

    def __post_init__(self) -> None:
        require_id(self.sku, "sku")
        object.__setattr__(self, "gtin", check_gtin(self.gtin))
        for f in ("style", "name", "brand", "category", "colour", "size"):
            object.__setattr__(self, f, require_text(getattr(self, f), f))
        if not isinstance(self.price, Money) or self.price.amount_minor < 0:
            raise InvalidField("price", "must be an amount of money, not negative")


@dataclass(frozen=True, slots=True)
class StockLevel:
    store_id: str
    sku: str
    on_hand: int
    reserved: int  # held for delivery orders not yet shipped or collected
    as_of: datetime

    def __post_init__(self) -> None:
        require_id(self.store_id, "store_id")
        require_id(self.sku, "sku")
        for f in ("on_hand", "reserved"):
            require_count(getattr(self, f), f)
        require_aware(self.as_of, "as_of")

    @property
    def available(self) -> int:
        """Units a shopper can still buy or order; never negative, even if over-reserved."""
        return max(self.on_hand - self.reserved, 0)
