"""Stores of the chain, as the terminal reads them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .geo import distance_km

__all__ = ["Store", "distance_km"]


@dataclass(frozen=True, slots=True)
class Store:
    store_id: str
    name: str
    country: str = ""  # ISO 3166-1 alpha-2
    currency: str = ""  # ISO 4217
    timezone: str = ""  # IANA zone name, e.g. Europe/Madrid; "" when not known
    region: str = ""
    address: str = ""
    city: str = ""
    latitude: float | None = None
    longitude: float | None = None
    attributes: dict[str, Any] = field(default_factory=dict)

    def distance_to(self, other: Store) -> float | None:
        """Great-circle distance in kilometres; None when either has no position."""
        if None in (self.latitude, self.longitude, other.latitude, other.longitude):
            return None
        return distance_km(self.latitude, self.longitude, other.latitude, other.longitude)
