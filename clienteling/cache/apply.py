"""Applying change-feed pages to the cache: rows, tombstones and the cursor in one transaction."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import sqlcipher3

from .schema import COLUMNS, JSON_COLUMNS, KEYS
from .search import contact_terms, name_terms
from .store import transaction

# What goes with a shopper when the shopper is erased or deleted.
SHOPPER_CHILDREN = ("purchases", "notes", "wishlist", "tasks", "orders")


def marks(n: int) -> str:
    return ",".join("?" * n)


def _value(json_columns: set[str], column: str, value: Any) -> Any:
    if column in json_columns and value is not None:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, bool):
        return int(value)
    return value


def _upsert(conn: sqlcipher3.Connection, collection: str, rows: list[dict[str, Any]]) -> None:
    cols, key = COLUMNS[collection], KEYS[collection]
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in key)
    sql = (
        f"INSERT INTO {collection} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates}"
    )
    js = JSON_COLUMNS[collection]
    conn.executemany(sql, ([_value(js, c, row.get(c)) for c in cols] for row in rows))


def _reindex_shoppers(conn: sqlcipher3.Connection, rows: list[dict[str, Any]]) -> None:
    ids = [r["shopper_id"] for r in rows]
    rids = dict(
        conn.execute(
            f"SELECT shopper_id, rid FROM shoppers WHERE shopper_id IN ({marks(len(ids))})",
            ids,
        ).fetchall()
    )
    conn.executemany("DELETE FROM shopper_search WHERE rowid = ?", ((rids[i],) for i in ids))
    conn.executemany(
        "INSERT INTO shopper_search (rowid, names, contacts) VALUES (?, ?, ?)",
        (
            (
                rids[r["shopper_id"]],
                name_terms(r.get("first_name", ""), r.get("last_name", "")),
                contact_terms(r.get("emails") or [], r.get("phones") or [], r.get("loyalty_id")),
            )
            for r in rows
        ),
    )


def delete_rows(conn: sqlcipher3.Connection, collection: str, keys: Iterable[str]) -> int:
    """Remove rows by key; a shopper takes their search entry and their rows along."""
    keys = list(keys)
    if not keys:
        return 0
    q = marks(len(keys))
    if collection == "shoppers":
        conn.execute(
            f"DELETE FROM shopper_search WHERE rowid IN "
            f"(SELECT rid FROM shoppers WHERE shopper_id IN ({q}))",
            keys,
        )
        for child in SHOPPER_CHILDREN:
            conn.execute(f"DELETE FROM {child} WHERE shopper_id IN ({q})", keys)
    key = KEYS[collection]
    if len(key) != 1:
        raise ValueError(f"{collection} rows are not deleted by tombstone")
    return conn.execute(f"DELETE FROM {collection} WHERE {key[0]} IN ({q})", keys).rowcount


def apply_rows(
    conn: sqlcipher3.Connection,
    collection: str,
    upserts: list[dict[str, Any]],
    tombstones: list[str],
) -> None:
    """Upsert and delete rows inside the caller's transaction."""
    if collection not in COLUMNS:
        raise ValueError(f"unknown collection {collection!r}")
    if upserts:
        _upsert(conn, collection, upserts)
        if collection == "shoppers":
            _reindex_shoppers(conn, upserts)
    for i in range(0, len(tombstones), 500):
        delete_rows(conn, collection, tombstones[i : i + 500])


def apply_page(conn: sqlcipher3.Connection, page: dict[str, Any], after: int) -> bool:
    """Apply one page, fetched after cursor `after`, and move the cursor, atomically.

    If the stored cursor is no longer `after` (another sync applied it first,
    or the page is a retry), the page is stale and is not applied: a page is
    never applied twice and never rolls rows back. Returns whether it applied.
    """
    collection = page["collection"]
    with transaction(conn):
        if cursor_of(conn, collection) != after:
            return False
        apply_rows(conn, collection, page["upserts"], page["tombstones"])
        conn.execute(
            "INSERT INTO sync_state (collection, cursor, high_water, synced_at) VALUES (?,?,?,?) "
            "ON CONFLICT (collection) DO UPDATE SET cursor = excluded.cursor, "
            "high_water = excluded.high_water, synced_at = excluded.synced_at",
            (
                collection,
                page["next_cursor"],
                page.get("high_water", 0),
                datetime.now(UTC).isoformat(),
            ),
        )
    return True


def cursor_of(conn: sqlcipher3.Connection, collection: str) -> int:
    row = conn.execute(
        "SELECT cursor FROM sync_state WHERE collection = ?", (collection,)
    ).fetchone()
    return row[0] if row else 0
