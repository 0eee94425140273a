"""Applying change-feed pages to the cache: rows, tombstones and the cursor in one transaction.

First load of a collection ("bulk"): while a collection is empty and its
cursor is 0, its secondary indexes are dropped and, for shoppers, the search
index is left alone; both are built once at the end (`finish_bulk`), which
is several times faster than keeping them up to date row by row. A marker in
`meta` says a collection is mid-way through its first load, so a sync
killed at any point resumes in the same mode and still ends with every
index built.

Stock's first load is asked of HQ in the cache's key order (protocol
KEY_ORDER; the sync engine does), and is written straight into `stock`
while that is fast: rows in key order fill one page after another. Rows out
of key order (change order from an HQ without key order, in a chain whose
stock has been updated for months) dirty a different page for almost every
row, and that ran 5-30 times slower. After two such slow pages, the rest of
the load is appended to an unindexed staging table instead and inserted
into `stock` in key order at the end, the last value of a key winning.
Every staged row is newer than every row written before staging began, so
nothing older overwrites anything newer. Until the load ends, the staged
rows are not in `stock`.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from functools import cache
from operator import itemgetter
from typing import Any

import sqlcipher3

from clienteling.protocol.sync import Position, Snapshot

from . import outbox
from .schema import COLUMNS, INDEXES, JSON_COLUMNS, KEYS
from .search import contact_terms, name_terms
from .store import transaction

# What goes with a shopper when the shopper is erased or deleted.
SHOPPER_CHILDREN = ("purchases", "notes", "wishlist", "tasks", "orders")
_BULK = "bulk:"  # meta key prefix
_SNAPSHOT = "snapshot:"  # meta key prefix: where a first load in key order stands
_INDEX = re.compile(r"CREATE (?:UNIQUE )?INDEX (\w+) ON (\w+)\(")
_SEARCH_CHUNK = 5000
# Index builds sort their keys. The cache keeps temporary data in memory (it
# must never reach the disk unencrypted), which for 6M stock rows is several
# hundred MB; catalog keys are no one's personal data, so those sorts may
# spill to temporary files instead.
_SORT_ON_DISK = frozenset({"stock", "products"})
# First loads that may go through a staging table (catalog data: no tombstones, no personal data).
_STAGED = frozenset({"stock"})
# Written straight in, a page of at least _JUDGED_ROWS rows slower than this is "slow";
# in key order stock goes in at 150-400k rows/s, out of order at 14-20k.
_SLOW_ROWS_PER_S = 50_000
_JUDGED_ROWS = 1000
_SLOW_PAGES = 2  # in a row, before the load switches to the stage
# Primary key order where it differs from KEYS (schema v2 keys stock by sku first).
_TABLE_ORDER = {"stock": ("sku", "store_id")}


def _stage(collection: str) -> str:
    return f"stage_{collection}"


def marks(n: int) -> str:
    return ",".join("?" * n)


@cache
def _upsert_sql(collection: str) -> str:
    """Insert or replace by key; a row HQ numbers (`seq`) replaces the cached copy only when
    it is at least as new, and a copy of unknown age never replaces a numbered one."""
    cols, key = COLUMNS[collection], KEYS[collection]
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in key)
    newest = (
        f" WHERE {collection}.seq IS NULL OR excluded.seq >= {collection}.seq"
        if "seq" in cols
        else ""
    )
    return (
        f"INSERT INTO {collection} ({', '.join(cols)}) VALUES ({marks(len(cols))}) "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates}{newest}"
    )


def _row_maker(
    collection: str, columns: Sequence[str], as_text: Iterable[str] = ()
) -> Callable[[Sequence[Any]], tuple]:
    """Feed row (in `columns` order) -> parameters in the cache's column order.

    Columns the feed does not send are stored as NULL; nested values (JSON
    columns) are stored as compact JSON text, or as they came when the feed
    sent them as JSON text (`as_text`).
    """
    index = {c: i for i, c in enumerate(columns)}
    cols = COLUMNS[collection]
    encode = JSON_COLUMNS[collection] - set(as_text)
    if all(c in index for c in cols) and not encode:
        return itemgetter(*(index[c] for c in cols))
    plan = [(index.get(c), c in encode) for c in cols]

    def make(row: Sequence[Any]) -> tuple:
        out = []
        for i, is_json in plan:
            value = None if i is None else row[i]
            if is_json and value is not None:
                value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            out.append(value)
        return tuple(out)

    return make


def _index_search(conn: sqlcipher3.Connection, rows: Iterable[tuple]) -> None:
    """(rid, first, last, emails json, phones json, loyalty) -> search entries."""
    conn.executemany(
        "INSERT INTO shopper_search (rowid, names, contacts) VALUES (?, ?, ?)",
        (
            (
                rid,
                name_terms(first or "", last or ""),
                contact_terms(json.loads(emails or "[]"), json.loads(phones or "[]"), loyalty),
            )
            for rid, first, last, emails, phones, loyalty in rows
        ),
    )


_SEARCH_SOURCE = "SELECT rid, first_name, last_name, emails, phones, loyalty_id FROM shoppers"


def _reindex_shoppers(conn: sqlcipher3.Connection, ids: list[str]) -> None:
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        found = conn.execute(
            f"{_SEARCH_SOURCE} WHERE shopper_id IN ({marks(len(chunk))})", chunk
        ).fetchall()
        conn.executemany("DELETE FROM shopper_search WHERE rowid = ?", ((r[0],) for r in found))
        _index_search(conn, found)


def delete_rows(conn: sqlcipher3.Connection, collection: str, keys: Iterable[str]) -> int:
    """Remove rows by key. A shopper (erased at HQ) takes along their search terms, their
    rows (orders too) and their pending outbox entries, which are set aside with the reason:
    nothing of theirs stays to be shown or sent."""
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
        outbox.set_aside_erased(conn, keys)
    key = KEYS[collection]
    if len(key) != 1:
        raise ValueError(f"{collection} rows are not deleted by tombstone")
    return conn.execute(f"DELETE FROM {collection} WHERE {key[0]} IN ({q})", keys).rowcount


def apply_rows(
    conn: sqlcipher3.Connection,
    collection: str,
    rows: Sequence[Any],
    tombstones: Sequence[str],
    columns: Sequence[str] | None = None,
    *,
    json_text: Iterable[str] = (),
    index_search: bool = True,
) -> None:
    """Upsert and delete rows inside the caller's transaction.

    Rows are lists in `columns` order, as the feed sends them (nested values
    of the `json_text` columns as JSON text), or dicts when `columns` is None.
    """
    if collection not in COLUMNS:
        raise ValueError(f"unknown collection {collection!r}")
    if rows:
        if columns is None:
            columns = COLUMNS[collection]
            rows = [[r.get(c) for c in columns] for r in rows]
        make = _row_maker(collection, columns, json_text)
        conn.executemany(_upsert_sql(collection), map(make, rows))
        if collection == "shoppers" and index_search:
            key = list(columns).index("shopper_id")
            _reindex_shoppers(conn, [r[key] for r in rows])
    for i in range(0, len(tombstones), 500):
        delete_rows(conn, collection, tombstones[i : i + 500])


def apply_page(
    conn: sqlcipher3.Connection,
    page: dict[str, Any],
    after: int,
    snapshot: Snapshot | None = None,
) -> bool:
    """Apply one page, fetched after cursor `after` (and, in a first load in key
    order, after `snapshot`), and move the position on, atomically.

    If the stored position is no longer that (another sync applied it first,
    or the page is a retry), the page is stale and is not applied: a page is
    never applied twice and never rolls rows back. Returns whether it applied.
    """
    collection = page["collection"]
    with transaction(conn):
        if position_of(conn, collection) != Position(after, snapshot):
            return False
        bulk = in_bulk(conn, collection)
        if bulk and collection in _STAGED:
            _first_load_page(conn, collection, page)
        else:
            apply_rows(
                conn,
                collection,
                page["rows"],
                page["tombstones"],
                page["columns"],
                json_text=page.get("json_text", ()),
                index_search=not bulk,
            )
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
        if snapshot is not None or page.get("snapshot") is not None:
            _keep_snapshot(conn, collection, page.get("snapshot"))
    return True


def _keep_snapshot(conn: sqlcipher3.Connection, collection: str, snapshot: Any) -> None:
    if snapshot is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (_SNAPSHOT + collection,))
    else:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_SNAPSHOT + collection, json.dumps(snapshot)),
        )


def position_of(conn: sqlcipher3.Connection, collection: str) -> Position:
    """Where the collection's next page starts (the cursor, and any first load in key order)."""
    found = conn.execute(
        "SELECT value FROM meta WHERE key = ?", (_SNAPSHOT + collection,)
    ).fetchone()
    snapshot = Snapshot.from_json(json.loads(found[0]), collection) if found else None
    return Position(cursor_of(conn, collection), snapshot)


def _staging(conn: sqlcipher3.Connection, collection: str) -> bool:
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (_stage(collection),)
    )
    return found.fetchone() is not None


def _first_load_page(conn: sqlcipher3.Connection, collection: str, page: dict[str, Any]) -> None:
    """Straight into the table while that is fast, then into the stage (module docstring)."""
    if page["tombstones"]:
        raise ValueError(f"{collection} rows are not deleted by tombstone")
    if _staging(conn, collection):
        _stage_rows(conn, collection, page)
        return
    started = time.perf_counter()
    apply_rows(
        conn, collection, page["rows"], (), page["columns"], json_text=page.get("json_text", ())
    )
    rows = len(page["rows"])
    if rows < _JUDGED_ROWS:
        return
    slow = rows / max(time.perf_counter() - started, 1e-9) < _SLOW_ROWS_PER_S
    before = int(
        conn.execute("SELECT value FROM meta WHERE key = ?", (_BULK + collection,)).fetchone()[0]
    )
    count = before + 1 if slow else 0
    if count >= _SLOW_PAGES:
        cols = ", ".join(COLUMNS[collection])
        conn.execute(f"CREATE TABLE {_stage(collection)} ({cols})")
    elif count != before:
        conn.execute("UPDATE meta SET value = ? WHERE key = ?", (str(count), _BULK + collection))


def _stage_rows(conn: sqlcipher3.Connection, collection: str, page: dict[str, Any]) -> None:
    """Append a first-load page to the collection's staging table."""
    if page["rows"]:
        make = _row_maker(collection, page["columns"], page.get("json_text", ()))
        cols = COLUMNS[collection]
        conn.executemany(
            f"INSERT INTO {_stage(collection)} VALUES ({marks(len(cols))})", map(make, page["rows"])
        )


def _unstage(conn: sqlcipher3.Connection, collection: str) -> None:
    """Insert the staged rows in key order, the last of a key winning, and drop the stage."""
    cols, key = COLUMNS[collection], KEYS[collection]
    order = ", ".join(_TABLE_ORDER.get(collection, key))
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in key)
    names = ", ".join(cols)
    conn.execute(
        f"INSERT INTO {collection} ({names}) SELECT {names} FROM {_stage(collection)} "
        f"WHERE true ORDER BY {order}, rowid "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates}"
    )
    conn.execute(f"DROP TABLE {_stage(collection)}")


def sync_states(conn: sqlcipher3.Connection) -> dict[str, tuple[int, str | None]]:
    """Collection -> (cursor, when its last page was applied or HQ said it had nothing
    newer, ISO 8601 UTC) for those synced."""
    found = conn.execute("SELECT collection, cursor, synced_at FROM sync_state")
    return {r[0]: (r[1], r[2]) for r in found}


def confirm_current(conn: sqlcipher3.Connection, collections: Iterable[str]) -> None:
    """HQ said these collections have nothing after their cursors: they are synced as of
    now (the last sync a manager sees is when the terminal last asked, not when the store
    last changed something)."""
    now = datetime.now(UTC).isoformat()
    conn.executemany(
        "UPDATE sync_state SET synced_at = ? WHERE collection = ?",
        [(now, name) for name in collections],
    )


def row_counts(conn: sqlcipher3.Connection) -> dict[str, int]:
    """Collection -> rows this cache holds (support: `clienteling status`). Counts every row:
    a second or so on a million-row cache, so not for screens."""
    import sqlite_utils  # only the support command pays for importing it

    db = sqlite_utils.Database(conn)
    return {name: db[name].count for name in COLUMNS}


def cursor_of(conn: sqlcipher3.Connection, collection: str) -> int:
    row = conn.execute(
        "SELECT cursor FROM sync_state WHERE collection = ?", (collection,)
    ).fetchone()
    return row[0] if row else 0


# --- first load ------------------------------------------------------------------


def _indexes_of(collection: str) -> list[tuple[str, str]]:
    """(name, DDL) of the collection's secondary indexes."""
    found = []
    for ddl in INDEXES:
        name, table = _INDEX.match(ddl).groups()
        if table == collection:
            found.append((name, ddl.replace(" INDEX ", " INDEX IF NOT EXISTS ", 1)))
    return found


def in_bulk(conn: sqlcipher3.Connection, collection: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM meta WHERE key = ?", (_BULK + collection,)).fetchone()
        is not None
    )


def start_bulk(conn: sqlcipher3.Connection, collection: str) -> bool:
    """Enter (or stay in) first-load mode; returns whether the collection is in it.

    Only an empty collection that was never synced enters it.
    """
    with transaction(conn):
        if not in_bulk(conn, collection):
            if (
                cursor_of(conn, collection)
                or conn.execute(f"SELECT 1 FROM {collection} LIMIT 1").fetchone()
            ):
                return False
            for name, _ in _indexes_of(collection):
                conn.execute(f"DROP INDEX IF EXISTS {name}")
            # The value counts slow pages in a row (_first_load_page).
            conn.execute("INSERT INTO meta (key, value) VALUES (?, '0')", (_BULK + collection,))
    return True


def finish_bulk(conn: sqlcipher3.Connection, collection: str) -> None:
    """Build what the first load left out (indexes, the search index) and leave bulk mode."""
    # temp_store cannot change inside a transaction once temporary storage is open.
    spill = collection in _SORT_ON_DISK and bool(_indexes_of(collection) or collection in _STAGED)
    if spill:
        conn.execute("PRAGMA temp_store = FILE")
    try:
        with transaction(conn):
            if not in_bulk(conn, collection):
                return
            if collection in _STAGED and _staging(conn, collection):
                _unstage(conn, collection)
            for _, ddl in _indexes_of(collection):
                conn.execute(ddl)
            if collection == "shoppers":
                conn.execute("INSERT INTO shopper_search (shopper_search) VALUES ('delete-all')")
                cur = conn.execute(f"{_SEARCH_SOURCE} ORDER BY rid")
                while chunk := cur.fetchmany(_SEARCH_CHUNK):
                    _index_search(conn, chunk)
            conn.execute("DELETE FROM meta WHERE key = ?", (_BULK + collection,))
    finally:
        if spill:
            conn.execute("PRAGMA temp_store = MEMORY")
