"""Stock of one item here and in every other store, nearest first, with the age of each figure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from clienteling.domain.catalog import Product, StockLevel
from clienteling.domain.stores import Store


@dataclass(frozen=True)
class StockLine:
    store_id: str
    store_name: str
    distance_km: float | None
    on_hand: int
    reserved: int
    as_of: datetime

    @property
    def available(self) -> int:
        return max(self.on_hand - self.reserved, 0)

    def age_seconds(self, now: datetime) -> float:
        return max(0.0, (now - self.as_of).total_seconds())


@dataclass(frozen=True)
class StockView:
    product: Product
    here: StockLine | None
    others: list[StockLine]  # nearest first

    def nearest_with_stock(self, quantity: int = 1) -> StockLine | None:
        if self.here and self.here.available >= quantity:
            return self.here
        return next((s for s in self.others if s.available >= quantity), None)


def live_levels(answer: dict[str, Any]) -> list[StockLevel]:
    """HQ's live stock answer as stock levels (GET /stock/{sku})."""
    sku = answer.get("sku", "")
    return [
        StockLevel(s["store_id"], sku, s["on_hand"], s["reserved"], s["as_of"])
        for s in answer["stores"]
    ]


def stock_view(
    product: Product, levels: list[StockLevel], stores: list[Store], here: str
) -> StockView:
    """The item's stock here and in every other store, nearest first, each with its age."""
    by_id = {s.store_id: s for s in stores}
    origin = by_id.get(here)
    lines = []
    for level in levels:
        store = by_id.get(level.store_id)
        km = origin.distance_to(store) if origin and store else None
        stamp = datetime.fromisoformat(level.as_of) if isinstance(level.as_of, str) else level.as_of
        lines.append(
            StockLine(
                level.store_id,
                store.name if store else level.store_id,
                None if km is None else round(km, 1),
                level.on_hand,
                level.reserved,
                stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC),
            )
        )
    here_line = next((s for s in lines if s.store_id == here), None)
    others = sorted(
        (s for s in lines if s.store_id != here),
        key=lambda s: (s.distance_km is None, s.distance_km or 0.0, s.store_id),
    )
    return StockView(product, here_line, others)
