"""The change feed: pages of upserts and tombstones after a cursor, scoped to a store.

Why a page never skips a change: see clienteling/hq/db.py and docs/api.md.
A page serves changes only up to the feed's watermark (`high_water`): every
value at or below it has committed or never will, so when a page ends at
value N, no change at or below N can appear later.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    Connection,
    String,
    Table,
    Text,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
    true,
    tuple_,
    type_coerce,
    union,
)

from clienteling.protocol.sync import COLLECTIONS, KEY_ORDER, Snapshot

from . import tables as t
from .db import feed_watermark, values_taken

if TYPE_CHECKING:
    from .db import Database


@dataclass(frozen=True)
class Scope:
    """What a terminal of one store may hold."""

    store_id: str
    region: str


def shopper_in_scope(scope: Scope, shopper_id_col, dialect: str = "") -> ColumnElement[bool]:
    """The store's region's shoppers plus anyone who bought at the store.

    On SQLite the region test is a row value looked up in
    ix_shoppers_region_shopper, which SQLite probes alone; as EXISTS it found
    the shopper by id and read their whole row to see the region (a page of
    purchases at 1M shoppers: 63 -> 42 ms). PostgreSQL would evaluate an IN
    under OR by reading the subquery again for each row, so it keeps EXISTS.
    """
    s, p = t.shoppers.alias("scope_s"), t.purchases.alias("scope_p")
    if dialect == "sqlite":
        in_region = tuple_(literal(scope.region), shopper_id_col).in_(
            select(s.c.home_region, s.c.shopper_id)
        )
    else:
        in_region = exists().where(
            s.c.shopper_id == shopper_id_col, s.c.home_region == scope.region
        )
    return or_(
        in_region,
        exists().where(p.c.shopper_id == shopper_id_col, p.c.store_id == scope.store_id),
    )


def _by_shopper(table: Table) -> Callable[[Scope, str], ColumnElement[bool]]:
    return lambda scope, dialect: shopper_in_scope(scope, table.c.shopper_id, dialect)


def scope_shoppers(scope: Scope):
    """The ids of the shoppers in scope, as one set (read from indexes alone).

    Per row, `shopper_in_scope` is the cheap test; to count a whole
    collection, building the set once and probing it is many times cheaper.
    """
    s, p = t.shoppers.c, t.purchases.c
    return union(
        select(s.shopper_id).where(s.home_region == scope.region),
        select(p.shopper_id).where(p.store_id == scope.store_id),
    )


def _shoppers_filter(scope: Scope, _dialect: str) -> ColumnElement[bool]:
    c = t.shoppers.c
    return or_(
        c.home_region == scope.region,
        exists().where(
            t.purchases.c.shopper_id == c.shopper_id, t.purchases.c.store_id == scope.store_id
        ),
    )


def _orders_filter(scope: Scope, dialect: str) -> ColumnElement[bool]:
    return or_(
        exists().where(
            t.order_stores.c.order_id == t.orders.c.order_id,
            t.order_stores.c.store_id == scope.store_id,
        ),
        shopper_in_scope(scope, t.orders.c.shopper_id, dialect),
    )


@dataclass(frozen=True)
class Collection:
    table: Table
    key: str
    hidden: tuple[str, ...] = ()
    scoped: Any = None  # (Scope, dialect) -> filter; None: every terminal gets every row
    by_shopper: bool = False  # in scope exactly when the row's shopper is

    def where(self, scope: Scope, dialect: str = "") -> ColumnElement[bool]:
        """The filter for rows in the scope; `dialect` picks the form the database runs fastest."""
        return self.scoped(scope, dialect) if self.scoped else true()


FEED: dict[str, Collection] = {
    "stores": Collection(t.stores, "store_id"),
    "products": Collection(t.products, "sku"),
    "associates": Collection(
        t.associates,
        "associate_id",
        hidden=("pin_hash", "failed_attempts", "locked_until"),
        scoped=lambda s, _dialect: t.associates.c.home_store == s.store_id,
    ),
    "shoppers": Collection(
        t.shoppers,
        "shopper_id",
        hidden=("name_key",),  # HQ's search key; terminals index names their own way
        scoped=_shoppers_filter,
        by_shopper=True,
    ),
    "purchases": Collection(
        t.purchases,
        "purchase_id",
        scoped=_by_shopper(t.purchases),
        by_shopper=True,
    ),
    "notes": Collection(
        t.notes,
        "note_id",
        scoped=_by_shopper(t.notes),
        by_shopper=True,
    ),
    "wishlist": Collection(
        t.wishlist,
        "item_id",
        scoped=_by_shopper(t.wishlist),
        by_shopper=True,
    ),
    "tasks": Collection(
        t.tasks,
        "task_id",
        scoped=_by_shopper(t.tasks),
        by_shopper=True,
    ),
    "stock": Collection(t.stock, "store_id,sku"),
    "orders": Collection(t.orders, "order_id", scoped=_orders_filter),
}
assert tuple(FEED) == COLLECTIONS


def tombstone_key(values: Sequence[Any]) -> Any:
    """The key a tombstone names its row by (the tombstones table's `key`), from the
    values of the row's key columns (`Collection.key`, in order): the one value, or for a
    key of several columns (stock: store_id, sku) their values as a JSON array,
    '["BR-SP-01","ST1-BLK-M"]': ids may hold any printable character, a comma too, so no
    separator is safe. Whatever writes a tombstone and whatever matches one to its row
    (hq/ring.py) say a key this way."""
    if len(values) == 1:
        return values[0]
    return orjson.dumps(list(values)).decode()


def scope_of(conn: Connection, store_id: str) -> Scope:
    region = conn.execute(
        select(t.stores.c.region).where(t.stores.c.store_id == store_id)
    ).scalar_one_or_none()
    return Scope(store_id, region or "")


# Execution option that makes `high_water` the last value taken, ignoring writers still
# running: the naive feed, which loses changes. Only tests set it, to show that it does.
UNSAFE_NAIVE = "clienteling_unsafe_naive_feed"


# Execution option: the watermark a read was given, read on the primary before it began
# (`Database.feed_read`; on a read replica, one the replica is known to hold: hq/replica.py).
WATERMARK = "clienteling_watermark"


def high_water(conn: Connection) -> int:
    """The highest change-sequence value a page may serve now (db.feed_watermark), or
    the watermark the read was given."""
    options = conn.get_execution_options()
    given = options.get(WATERMARK)
    if given is not None:
        return given
    if options.get(UNSAFE_NAIVE):
        return values_taken(conn)
    return feed_watermark(conn)


def jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _feed_columns(coll: Collection) -> list:
    """The columns a terminal keeps: not the hidden ones, not the feed's own `seq`."""
    return [c for c in coll.table.c if c.name not in coll.hidden and c.name != "seq"]


def _is_time(col) -> bool:
    return isinstance(col.type, t.UTCDateTime)


def _is_json(col) -> bool:
    return isinstance(col.type, JSON)


def _is_bool(col) -> bool:
    return isinstance(col.type, Boolean)


def _time_text(col, dialect: str) -> ColumnElement[str]:
    """The column as ISO 8601 UTC text with microseconds, made by the database.

    "2026-11-01T12:00:00.000000+00:00": one form on both databases, which
    sorts as text in time order. Formatting each value in Python was half the
    cost of serving a stock page. SQLite stores "2026-11-01 12:00:00.000000"
    (naive UTC, as SQLAlchemy writes it).
    """
    if dialect == "sqlite":
        return func.replace(type_coerce(col, String), " ", "T") + "+00:00"
    return func.to_char(func.timezone("UTC", col), 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')


def _selected(cols: list, dialect: str) -> list:
    """Each column as a page carries it: times as ISO 8601 text, nested values as JSON text."""
    out = []
    for c in cols:
        if _is_json(c):
            c = type_coerce(c, String) if dialect == "sqlite" else cast(c, Text)
        elif _is_time(c):
            c = _time_text(c, dialect)
        out.append(c)
    return out


def _bool_fixer(cols: list, dialect: str) -> Callable[[list[tuple]], list] | None:
    """SQLite gives booleans as 0/1; a page carries true/false. None: nothing to fix."""
    flags = [i for i, c in enumerate(cols) if _is_bool(c)]
    if not flags or dialect != "sqlite":
        return None

    def fix(rows: list[tuple]) -> list[list]:
        out = []
        for row in rows:
            row = list(row)
            for i in flags:
                if row[i] is not None:
                    row[i] = bool(row[i])
            out.append(row)
        return out

    return fix


def read_lists(
    conn: Connection, name: str, scope: Scope, after: int, limit: int
) -> tuple[int, list, list[tuple]]:
    """The watermark and, with a value in (after, watermark], the first `limit` rows in
    scope and the first `limit` tombstones of the named collection, both ascending by
    value: rows in the form a page carries them (`seq` last), tombstones (seq, key).

    Rows come straight from the database driver, already in page form: a page is the
    database's tuples handed to the JSON encoder, with no Python work per row.
    """
    coll = FEED[name]
    top = high_water(conn)  # read first: nothing above it is served
    seq = coll.table.c.seq
    _cols, rows = _rows(
        conn, coll, (seq > after, seq <= top, coll.where(scope, conn.dialect.name)), (seq,), limit
    )
    tombs = conn.execute(
        select(t.tombstones.c.seq, t.tombstones.c.key)
        .where(
            t.tombstones.c.collection == name, t.tombstones.c.seq > after, t.tombstones.c.seq <= top
        )
        .order_by(t.tombstones.c.seq)
        .limit(limit)
    ).all()
    return top, rows, tombs


def read_page(conn: Connection, name: str, scope: Scope, after: int, limit: int) -> dict[str, Any]:
    """One page of the named collection after `after`, at most `limit` changes
    (`read_lists`, merged by value and cut by `cut_page`)."""
    top, rows, tombs = read_lists(conn, name, scope, after, limit)
    return cut_page(name, rows, tombs, after, top, limit)


def merged(rows: list, tombs: list[tuple], n: int | None = None) -> list[tuple[int, bool, Any]]:
    """The first `n` (None: all) of `read_lists`'s rows and tombstones merged by value:
    (seq, True, row) and (seq, False, tombstone key)."""
    both = heapq.merge(
        ((r[-1], True, r) for r in rows), ((s, False, k) for s, k in tombs), key=itemgetter(0)
    )
    return list(itertools.islice(both, n))


def cut_page(
    name: str, rows: list, tombs: list[tuple], after: int, top: int, limit: int
) -> dict[str, Any]:
    """The page of at most `limit` changes after `after` at the watermark `top`: `read_page`
    and the ring (hq/ring.py `Ring.take`) cut their pages here.

    `rows` (in page form, `seq` last) and `tombs` ((seq, key)) are the first changes of
    their kind in (after, top], ascending by value, each list all of them or at least
    `limit` (`read_lists` reads up to `limit` of each), or both together the range's first
    `limit` + 1 or more (the ring's). The page keeps the first `limit` of the two merged
    by value. It is full (`has_more`, `next_cursor` at its last change) when more than
    `limit` changes are given, or when either list alone holds `limit`: a list that filled
    `limit` may have more behind it. Otherwise both kinds were exhausted up to `top`: every
    change up to it is served or out of scope, and the page ends there. With no tombstones
    the rows go out as they came (no Python work per row: see `read_lists`)."""
    full = len(rows) >= limit or len(tombs) >= limit or len(rows) + len(tombs) > limit
    if tombs:
        kept = merged(rows, tombs, limit)
        ends = kept[-1][0] if kept else after
        rows = [item for _, is_row, item in kept if is_row]
        tomb_keys = [item for _, is_row, item in kept if not is_row]
    else:
        if len(rows) > limit:
            rows = rows[:limit]
        ends = rows[-1][-1] if rows else after
        tomb_keys = []
    return {
        **page_header(name),
        "rows": rows,
        "tombstones": tomb_keys,
        "next_cursor": ends if full else max(top, after),
        "has_more": full,
        "high_water": top,
    }


def _rows(conn: Connection, coll: Collection, where, order, limit: int) -> tuple[list, list]:
    """The feed columns and up to `limit` rows, as the page carries them, `seq` last."""
    cols = _feed_columns(coll)
    dialect = conn.dialect.name
    selected = [c.label(col.name) for c, col in zip(_selected(cols, dialect), cols, strict=True)]
    result = conn.execute(
        select(*selected, coll.table.c.seq).where(*where).order_by(*order).limit(limit)
    )
    rows = result.cursor.fetchall()  # plain tuples; row objects cost more than the read
    result.close()
    fix = _bool_fixer(cols, dialect)
    return cols, fix(rows) if fix else rows


_HEADERS: dict[str, dict[str, Any]] = {}


def page_header(name: str) -> dict[str, Any]:
    """What a page of the collection says besides its changes: its name, its columns (a
    row's values in this order, `seq` last) and those that carry JSON text."""
    header = _HEADERS.get(name)
    if header is None:
        cols = _feed_columns(FEED[name])
        header = _HEADERS[name] = {
            "collection": name,
            "columns": [c.name for c in cols] + ["seq"],
            "json_text": [c.name for c in cols if _is_json(c)],
        }
    return header


def read_key_order_page(
    conn: Connection, name: str, scope: Scope, snapshot: Snapshot | None, limit: int
) -> dict[str, Any]:
    """One page of a first load in key order (protocol KEY_ORDER): the rows whose
    change sequence value is at most the snapshot's `top`, after its last key.

    A new snapshot (None) reads up to the high water now. A row changed while the
    load goes on takes a value above `top`: it leaves the snapshot and comes
    again in change order after it, as does every delete. So the load plus
    the changes after `top` give every row, whatever the order of the keys.
    The last page says `next_cursor` = `top` and no snapshot.
    """
    coll = FEED[name]
    names = KEY_ORDER[name]
    now = high_water(conn)
    # A top HQ gave out was a watermark once: still safe, even if a writer that claimed its
    # place a moment late holds the watermark lower now. Only a top never taken is refused.
    # (`now` first: on a read replica the sequence is not the primary's; a replica is
    # given only snapshots whose top it holds.)
    if snapshot is not None and snapshot.top > now and snapshot.top > values_taken(conn):
        raise ValueError(f"the snapshot's top {snapshot.top} is above HQ's high water {now}")
    top = now if snapshot is None else snapshot.top
    key = [coll.table.c[k] for k in names]
    where = [coll.table.c.seq <= top, coll.where(scope, conn.dialect.name)]
    if snapshot is not None:
        where.append(tuple_(*key) > tuple_(*snapshot.key))
    _cols, rows = _rows(conn, coll, where, key, limit)
    page = {**page_header(name), "rows": rows}
    more = len(rows) == limit
    last = Snapshot(top, tuple(rows[-1][page["columns"].index(k)] for k in names)) if more else None
    return {
        **page,
        "tombstones": [],
        "next_cursor": 0 if more else top,
        "has_more": more or now > top,
        "high_water": now,
        "snapshot": last.as_json() if last else None,
    }


def sync_page(
    db: Database,
    store_id: str,
    name: str,
    after: int,
    limit: int,
    key_order: bool,
    since: Snapshot | None,
) -> dict[str, Any]:
    """`GET /v1/sync/{collection}`: a page in change order after `after`, or of a first load
    in key order (`since`: the snapshot it goes on with, None: a new one). On the read
    replica when it can answer (hq/replica.py). ValueError: a snapshot HQ never gave."""

    def read(conn: Connection) -> dict[str, Any]:
        scope = scope_of(conn, store_id)
        if not key_order:
            return read_page(conn, name, scope, after, limit)
        return read_key_order_page(conn, name, scope, since, limit)

    needs = since.top if since else 0  # a replica must hold the snapshot's every value
    return db.feed_read(read, after=after, needs=needs, store_id=store_id)


def sync_estimate(db: Database, store_id: str, name: str, after: int) -> int:
    """`GET /v1/sync/{collection}/estimate`, on the read replica when it can answer."""

    def count(conn: Connection) -> int:
        return estimate(conn, name, scope_of(conn, store_id), after)

    return db.feed_read(count, after=after, store_id=store_id)


def page_json(page: dict[str, Any]) -> bytes:
    return orjson.dumps(page)


def estimate(conn: Connection, name: str, scope: Scope, after: int) -> int:
    """Changes a terminal will receive after `after`: rows in scope plus tombstones.

    Collections scoped by shopper are counted against the set of shoppers in
    scope, built once: testing each of a million shoppers' purchases on its
    own took longer than sending them.
    """
    coll = FEED[name]
    seq = coll.table.c.seq
    if coll.by_shopper:
        in_scope = coll.table.c.shopper_id.in_(scope_shoppers(scope))
    else:
        in_scope = coll.where(scope)
    # From the start every row counts: no `seq > 0` lets SQLite count the table from an index.
    rows = conn.execute(
        select(func.count())
        .select_from(coll.table)
        .where(in_scope, *([seq > after] if after else []))
    ).scalar_one()
    tombs = conn.execute(
        select(func.count())
        .select_from(t.tombstones)
        .where(t.tombstones.c.collection == name, t.tombstones.c.seq > after)
    ).scalar_one()
    return rows + tombs
