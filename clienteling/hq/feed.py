"""The change feed: pages of upserts and tombstones after a cursor, scoped to a store.

Why a page never skips a change: see clienteling/hq/db.py and docs/api.md.
Sequence values become visible in the order they were taken, so when a page
ends at value N, no change at or below N can appear later.
"""

from __future__ import annotations

import heapq
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    Connection,
    String,
    Table,
    Text,
    cast,
    exists,
    func,
    or_,
    select,
    true,
    type_coerce,
)

from clienteling.protocol.sync import COLLECTIONS

from . import tables as t


@dataclass(frozen=True)
class Scope:
    """What a terminal of one store may hold."""

    store_id: str
    region: str


def shopper_in_scope(scope: Scope, shopper_id_col) -> ColumnElement[bool]:
    """The store's region's shoppers plus anyone who bought at the store."""
    s, p = t.shoppers.alias("scope_s"), t.purchases.alias("scope_p")
    return or_(
        exists().where(s.c.shopper_id == shopper_id_col, s.c.home_region == scope.region),
        exists().where(p.c.shopper_id == shopper_id_col, p.c.store_id == scope.store_id),
    )


def _shoppers_filter(scope: Scope) -> ColumnElement[bool]:
    c = t.shoppers.c
    return or_(
        c.home_region == scope.region,
        exists().where(
            t.purchases.c.shopper_id == c.shopper_id, t.purchases.c.store_id == scope.store_id
        ),
    )


def _orders_filter(scope: Scope) -> ColumnElement[bool]:
    return or_(
        exists().where(
            t.order_stores.c.order_id == t.orders.c.order_id,
            t.order_stores.c.store_id == scope.store_id,
        ),
        shopper_in_scope(scope, t.orders.c.shopper_id),
    )


@dataclass(frozen=True)
class Collection:
    table: Table
    key: str
    hidden: tuple[str, ...] = ()
    scoped: Any = None  # Scope -> filter; None: every terminal gets every row

    def where(self, scope: Scope) -> ColumnElement[bool]:
        return self.scoped(scope) if self.scoped else true()


FEED: dict[str, Collection] = {
    "stores": Collection(t.stores, "store_id"),
    "products": Collection(t.products, "sku"),
    "associates": Collection(
        t.associates,
        "associate_id",
        hidden=("pin_hash", "failed_attempts", "locked_until"),
        scoped=lambda s: t.associates.c.home_store == s.store_id,
    ),
    "shoppers": Collection(t.shoppers, "shopper_id", scoped=_shoppers_filter),
    "purchases": Collection(
        t.purchases, "purchase_id", scoped=lambda s: shopper_in_scope(s, t.purchases.c.shopper_id)
    ),
    "notes": Collection(
        t.notes, "note_id", scoped=lambda s: shopper_in_scope(s, t.notes.c.shopper_id)
    ),
    "wishlist": Collection(
        t.wishlist, "item_id", scoped=lambda s: shopper_in_scope(s, t.wishlist.c.shopper_id)
    ),
    "tasks": Collection(
        t.tasks, "task_id", scoped=lambda s: shopper_in_scope(s, t.tasks.c.shopper_id)
    ),
    "stock": Collection(t.stock, "store_id,sku"),
    "orders": Collection(t.orders, "order_id", scoped=_orders_filter),
}
assert tuple(FEED) == COLLECTIONS


def scope_of(conn: Connection, store_id: str) -> Scope:
    region = conn.execute(
        select(t.stores.c.region).where(t.stores.c.store_id == store_id)
    ).scalar_one_or_none()
    return Scope(store_id, region or "")


def high_water(conn: Connection) -> int:
    return conn.execute(
        select(t.change_counter.c.value).where(t.change_counter.c.id == 1)
    ).scalar_one()


def jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _feed_columns(coll: Collection) -> list:
    """The columns a terminal receives: not the hidden ones, not the feed's own `seq`."""
    return [c for c in coll.table.c if c.name not in coll.hidden and c.name != "seq"]


def _is_time(col) -> bool:
    return isinstance(col.type, t.UTCDateTime)


def _is_json(col) -> bool:
    return isinstance(col.type, JSON)


def _selected(cols: list, dialect: str) -> list:
    """Nested columns are read as JSON text; on SQLite, times as stored (`_sqlite_time`)."""
    out = []
    for c in cols:
        if _is_json(c):
            c = (type_coerce(c, String) if dialect == "sqlite" else cast(c, Text)).label(c.name)
        elif _is_time(c) and dialect == "sqlite":
            c = type_coerce(c, String).label(c.name)
        out.append(c)
    return out


def _sqlite_time(text: str) -> str:
    """Stored "2026-11-01 12:00:00.000000" (UTC) -> what datetime.isoformat() gives.

    Parsing to a datetime and formatting it again was half the cost of
    serving a stock page.
    """
    if len(text) != 26 or text[10] != " ":
        return datetime.fromisoformat(text).replace(tzinfo=UTC).isoformat()
    fraction = "" if text.endswith(".000000") else text[19:]
    return f"{text[:10]}T{text[11:19]}{fraction}+00:00"


def _row_encoder(cols: list, dialect: str) -> Callable[[Any], list[Any]]:
    """Row -> JSON-ready list; only time columns need work (ISO 8601 text)."""
    stamps = [i for i, c in enumerate(cols) if _is_time(c)]
    if not stamps:
        return list
    fmt = _sqlite_time if dialect == "sqlite" else datetime.isoformat

    def encode(row: Any) -> list[Any]:
        out = list(row)
        for i in stamps:
            if out[i] is not None:
                out[i] = fmt(out[i])
        return out

    return encode


def read_page(conn: Connection, name: str, scope: Scope, after: int, limit: int) -> dict[str, Any]:
    """One page of the named collection after `after`, at most `limit` changes."""
    coll = FEED[name]
    top = high_water(conn)  # read first: nothing above it is served in this page
    cols = _feed_columns(coll)
    seq = coll.table.c.seq
    dialect = conn.dialect.name
    rows = conn.execute(
        select(seq, *_selected(cols, dialect))
        .where(seq > after, seq <= top, coll.where(scope))
        .order_by(seq)
        .limit(limit)
    ).all()
    tombs = conn.execute(
        select(t.tombstones.c.seq, t.tombstones.c.key)
        .where(
            t.tombstones.c.collection == name, t.tombstones.c.seq > after, t.tombstones.c.seq <= top
        )
        .order_by(t.tombstones.c.seq)
        .limit(limit)
    ).all()
    full = len(rows) == limit or len(tombs) == limit
    if tombs:
        # Merge by sequence and keep the first `limit` changes of the two lists.
        tagged = heapq.merge(
            ((r[0], True, r) for r in rows), ((r[0], False, r) for r in tombs), key=itemgetter(0)
        )
        kept = list(itertools.islice(tagged, limit))
        ends = kept[-1][0]
        rows = [r for _, is_row, r in kept if is_row]
        tomb_keys = [r[1] for _, is_row, r in kept if not is_row]
    else:
        ends = rows[-1][0] if rows else after
        tomb_keys = []
    encode = _row_encoder(cols, dialect)
    return {
        "collection": name,
        "columns": [c.name for c in cols],
        "json_text": [c.name for c in cols if _is_json(c)],
        "rows": [encode(r[1:]) for r in rows],
        "tombstones": tomb_keys,
        # A full list means more may follow; otherwise both lists were exhausted
        # up to `top`: every change up to it is served or out of scope.
        "next_cursor": ends if full else max(top, after),
        "has_more": full,
        "high_water": top,
    }


def page_json(page: dict[str, Any]) -> bytes:
    return json.dumps(page, separators=(",", ":"), ensure_ascii=False).encode()


def estimate(conn: Connection, name: str, scope: Scope, after: int) -> int:
    """Changes a terminal will receive after `after`: rows in scope plus tombstones."""
    coll = FEED[name]
    seq = coll.table.c.seq
    rows = conn.execute(
        select(func.count()).select_from(coll.table).where(seq > after, coll.where(scope))
    ).scalar_one()
    tombs = conn.execute(
        select(func.count())
        .select_from(t.tombstones)
        .where(t.tombstones.c.collection == name, t.tombstones.c.seq > after)
    ).scalar_one()
    return rows + tombs
