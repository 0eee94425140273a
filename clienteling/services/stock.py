"""Stock of one item here and in every other store, nearest first, with the age of each figure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlcipher3

from clienteling.cache import queries as q
from clienteling.domain.geo import distance_km


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
    product: dict[str, Any]
    here: StockLine | None
    others: list[StockLine]  # nearest first

    def nearest_with_stock(self, quantity: int = 1) -> StockLine | None:
        if self.here and self.here.available >= quantity:
            return self.here
        return next((s for s in self.others if s.available >= quantity), None)


def stock_for(
    conn: sqlcipher3.Connection, code: str, here: str, live: dict[str, Any] | None = None
) -> StockView | None:
    """Stock by SKU or GTIN from the cache; `live` (HQ's answer) replaces cached figures."""
    product = q.product(conn, code)
    if product is None:
        return None
    stores = {
        r[0]: r[1:] for r in conn.execute("SELECT store_id, name, latitude, longitude FROM stores")
    }
    if live is not None:
        figures = [(s["store_id"], s["on_hand"], s["reserved"], s["as_of"]) for s in live["stores"]]
    else:
        figures = conn.execute(
            "SELECT store_id, on_hand, reserved, as_of FROM stock WHERE sku = ?", (product["sku"],)
        ).fetchall()
    origin = stores.get(here)
    lines = []
    for store_id, on_hand, reserved, as_of in figures:
        name, lat, lon = stores.get(store_id, (store_id, None, None))
        km = None
        if origin and lat is not None:
            km = round(distance_km(origin[1], origin[2], lat, lon), 1)
        stamp = datetime.fromisoformat(as_of) if isinstance(as_of, str) else as_of
        lines.append(
            StockLine(
                store_id,
                name,
                km,
                on_hand,
                reserved,
                stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC),
            )
        )
    here_line = next((s for s in lines if s.store_id == here), None)
    others = sorted(
        (s for s in lines if s.store_id != here),
        key=lambda s: (s.distance_km is None, s.distance_km or 0.0, s.store_id),
    )
    return StockView(product, here_line, others)
