"""Change feed pages: upserts and tombstones after a cursor, per collection.

Upserts travel column-wise: the page names its columns once and each row is
a list in that order. A million-row first sync is mostly small stock rows,
and repeating every key in every row doubled the bytes to send, encode and
decode. Nested values travel as JSON text (`json_text`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
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
# Response header of a page that has more after it: the cursor to fetch next.
NEXT_CURSOR = "X-Next-Cursor"
# ...and, mid-way through a first load in key order, the snapshot to fetch next (JSON).
NEXT_SNAPSHOT = "X-Next-Snapshot"
DEFAULT_PAGE = 1000
# Collections whose first load HQ serves in the order of the terminal's key
# for them, rather than in change order (KEY_ORDER below, docs/api.md).
KEY_ORDER: dict[str, tuple[str, ...]] = {"stock": ("sku", "store_id")}


@dataclass(frozen=True)
class Snapshot:
    """Where a first load in key order stands: the change sequence value it
    reads up to (`top`), and the key of the last row served."""

    top: int
    key: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {"top": self.top, "key": list(self.key)}

    @classmethod
    def from_json(cls, value: Any, collection: str) -> Snapshot:
        """ValueError unless `value` is a snapshot of the collection's key."""
        width = len(KEY_ORDER.get(collection, ()))
        if (
            not isinstance(value, dict)
            or not isinstance(value.get("top"), int)
            or isinstance(value["top"], bool)
            or value["top"] < 0
            or not isinstance(value.get("key"), list)
            or len(value["key"]) != width
            or not width
            or not all(isinstance(k, str) for k in value["key"])
        ):
            raise ValueError(f"not a {collection} snapshot")
        return cls(value["top"], tuple(value["key"]))


@dataclass(frozen=True)
class Position:
    """Where the next page of a collection starts: after a cursor and, mid-way
    through a first load in key order, after a snapshot's last key."""

    after: int = 0
    snapshot: Snapshot | None = None


def next_position(page: dict[str, Any]) -> Position | None:
    """Where the page after this one starts; None when nothing more follows."""
    if page.get("snapshot") is not None:
        return Position(
            page["next_cursor"], Snapshot.from_json(page["snapshot"], page["collection"])
        )
    return Position(page["next_cursor"]) if page["has_more"] else None


class SyncPage(BaseModel):
    collection: str
    columns: list[str]
    rows: list[list[Any]]  # the upserts, each in `columns` order
    # Columns whose values are nested (objects, lists) and travel as JSON text:
    # HQ stores them as JSON and the terminal stores them as JSON, so neither
    # end decodes and re-encodes them (half the cost of a shopper page).
    json_text: list[str] = []
    tombstones: list[str]
    # The cursor to send next; every change up to it has been included or filtered out.
    next_cursor: int
    has_more: bool
    # The newest change sequence value at HQ when the page was read.
    high_water: int
    # Pages of a first load in key order only: where the next page starts
    # (None on the last page of the load; `next_cursor` is then its `top`).
    snapshot: dict[str, Any] | None = None


class SyncEstimate(BaseModel):
    """About how many changes a terminal will receive after `after` (an upper bound)."""

    collection: str
    after: int
    changes: int


_PAGE_FIELDS = frozenset(SyncPage.model_fields) - {"json_text", "snapshot"}


def decode_page(raw: bytes) -> dict[str, Any]:
    """A page as HQ sent it (JSON bytes) -> dict; ValueError when it is not a page.

    The terminal decodes a page on the thread that applies it, not on the one
    that fetches the next: decoding holds the interpreter lock, and done
    beside the writer it stalled both.
    """
    page = orjson.loads(raw)
    if (
        not isinstance(page, dict)
        or not _PAGE_FIELDS <= page.keys()
        or not isinstance(page["rows"], list)
        or not isinstance(page["tombstones"], list)
        or not isinstance(page["columns"], list)
        or not isinstance(page["next_cursor"], int)
    ):
        raise ValueError("not a sync page")
    return page


def page_size(page: dict[str, Any]) -> int:
    """Changes in a page: upserts and tombstones."""
    return len(page["rows"]) + len(page["tombstones"])
