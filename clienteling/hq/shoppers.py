"""On-demand look-ups beyond a terminal's scope and live stock (erasure: hq/erasure.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select

from clienteling.domain import folding
from clienteling.domain.codes import normalize_email, normalize_phone
from clienteling.domain.errors import InvalidField

from . import access
from . import tables as t
from .auth import Principal
from .db import Database
from .errors import invalid, no_shopper, not_found
from .feed import jsonable

SEARCH_LIMIT = 25
CHILDREN = (
    ("purchases", t.purchases, "purchase_id"),
    ("notes", t.notes, "note_id"),
    ("wishlist", t.wishlist, "item_id"),
    ("tasks", t.tasks, "task_id"),
)


_NOT_SENT = ("seq", "name_key")  # HQ's own: the feed's place, the search key


def _row(row: Any) -> dict[str, Any]:
    return {k: jsonable(v) for k, v in row._mapping.items() if k not in _NOT_SENT}


def search(db: Database, who: Principal, query: str, now: datetime) -> list[dict[str, Any]]:
    """Exact loyalty id, e-mail or phone, or names, chain-wide. The shoppers of other
    stores found are recorded as served from the caller's store.

    Names are matched as on the terminals (domain/folding.py): every typed word is
    the start of a word of the first or last name, accents and case folded, and
    Cyrillic also found in Latin letters ("ivanov" finds "Иванов", "joao" "João").
    """
    who.require("associate", "manager", "trainee", "integration", what="searching shoppers")
    q = query.strip()
    if not 2 <= len(q) <= 100:
        raise invalid("type 2 to 100 characters to search")
    c = t.shoppers.c
    conds = [c.loyalty_id == q, c.external_id == q]
    try:
        conds.append(c.primary_email == normalize_email(q).lower())
    except InvalidField:
        pass
    try:
        conds.append(c.primary_phone == normalize_phone(q))
    except InvalidField:
        pass
    typed = folding.words(q) if "@" not in q else []
    if typed and any(ch.isalpha() for ch in q):
        conds.append(
            and_(
                *(
                    or_(*(c.name_key.like(f"% {a}%") for a in folding.typed_alternatives(w)))
                    for w in typed
                )
            )
        )
    cols = [c.shopper_id, c.loyalty_id, c.first_name, c.last_name, c.home_store, c.tier, c.language]
    found = select(*cols).where(or_(*conds)).order_by(c.last_name, c.first_name)
    # On the read replica when there is one (`serve --read-db`): a search may lag by its lag.
    rows = db.search_read(lambda conn: conn.execute(found.limit(SEARCH_LIMIT)).all())
    access.note_read(db, who, {r.shopper_id: r.home_store for r in rows}, "search", now)
    return [dict(r._mapping) for r in rows]


def get_shopper(db: Database, who: Principal, shopper_id: str, now: datetime) -> dict[str, Any]:
    """The shopper with purchases, notes, wishlist and tasks, to cache on demand."""
    who.require("associate", "manager", "trainee", "integration", what="opening a shopper")
    with db.read() as conn:
        row = conn.execute(select(t.shoppers).where(t.shoppers.c.shopper_id == shopper_id)).first()
        if row is None:
            raise no_shopper(conn, shopper_id)
        out = _row(row)
        for name, table, _key in CHILDREN:
            rows = conn.execute(select(table).where(table.c.shopper_id == shopper_id)).all()
            out[name] = [_row(r) for r in rows]
    access.note_read(db, who, {shopper_id: row.home_store}, "open", now)
    return out


def live_stock(db: Database, who: Principal, sku: str) -> dict[str, Any]:
    """Stock of one item in every store, as HQ knows it now."""
    who.require("device", "associate", "manager", "trainee", "integration", what="reading stock")
    s = t.stock.c
    with db.read() as conn:
        product = conn.execute(
            select(t.products).where(or_(t.products.c.sku == sku, t.products.c.gtin == sku))
        ).first()
        if product is None:
            raise not_found(f"item {sku}")
        rows = conn.execute(
            select(s.store_id, s.on_hand, s.reserved, s.as_of)
            .where(s.sku == product.sku)
            .order_by(s.store_id)
        ).all()
    return {
        "sku": product.sku,
        "gtin": product.gtin,
        "stores": [
            {
                "store_id": r.store_id,
                "on_hand": r.on_hand,
                "reserved": r.reserved,
                "available": max(r.on_hand - r.reserved, 0),
                "as_of": r.as_of.isoformat(),
            }
            for r in rows
        ],
    }
