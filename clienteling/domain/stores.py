"""Stores of the chain, and which other stores are nearest to one."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ._checks import require_country, require_id, require_range, require_text
from .errors import InvalidField
from .geo import distance_km
from .money import check_currency

__all__ = ["Store", "distance_km", "nearest_first"]


@dataclass(frozen=True, slots=True)
class Store:
    store_id: str
    name: str
    region: str
    address: str
    city: str
    country: str  # ISO 3166-1 alpha-2, upper case
    latitude: float
    longitude: float
    currency: str  # ISO 4217
    timezone: str  # IANA zone name, e.g. Europe/Madrid

    def __post_init__(self) -> None:
        require_id(self.store_id, "store_id")
        for f in ("name", "region", "address", "city"):
            object.__setattr__(self, f, require_text(getattr(self, f), f, 400))
        object.__setattr__(self, "country", require_country(self.country))
        require_range(self.latitude, "latitude", -90, 90)
        require_range(self.longitude, "longitude", -180, 180)
        object.__setattr__(self, "currency", check_currency(self.currency))
        try:
            ZoneInfo(self.timezone)
        # A folder of the zone database ("America") fails with IsADirectoryError, an OSError.
        except (ZoneInfoNotFoundError, ValueError, TypeError, OSError):
            raise InvalidField(
                "timezone", f"{self.timezone!r} is not a time zone such as Europe/Madrid"
            ) from None

    def distance_to(self, other: Store) -> float:
        """Great-circle distance in kilometres."""
        return distance_km(self.latitude, self.longitude, other.latitude, other.longitude)


def nearest_first(origin: Store, others: list[Store]) -> list[tuple[Store, float]]:
    """Other stores with their distance from origin, nearest first (ties by store id)."""
    pairs = [(s, origin.distance_to(s)) for s in others if s.store_id != origin.store_id]
    return sorted(pairs, key=lambda p: (p[1], p[0].store_id))
