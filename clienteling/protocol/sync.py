"""Change feed pages: upserts and tombstones after a cursor, per collection."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

# The collections a terminal follows, in the order an initial sync fetches them
# (reference data first, so rows that point at it arrive after it).
COLLECTIONS = (
    "stores",
    "products",
    "associates",
    "shoppers",
    "purchases",
    "notes",
    "wishlist",
    "tasks",
    "stock",
    "orders",
)
MAX_PAGE = 5000
DEFAULT_PAGE = 1000


class SyncPage(BaseModel):
    collection: str
    upserts: list[dict[str, Any]]
    tombstones: list[str]
    # The cursor to send next; every change up to it has been included or filtered out.
    next_cursor: int
    has_more: bool
    # The newest change sequence value at HQ when the page was read.
    high_water: int
