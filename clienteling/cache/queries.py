"""Read queries on the cache: shopper search and the rows a profile or stock screen needs."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import sqlcipher3

from .search import fold, match_expression

_DIGITS = re.compile(r"\D")
_WORDS = re.compile(r"[^\W_]+")
RANK_CAP = 300  # matches beyond which results are not ranked by relevance


@dataclass(frozen=True, slots=True)
class ShopperHit:
    shopper_id: str
    first_name: str
    last_name: str
    tier: str
    home_store: str
    primary_phone: str | None
    exact: bool


def _exact_ids(conn: sqlcipher3.Connection, query: str) -> list[str]:
    """Shoppers whose loyalty id, e-mail or full phone number is exactly what was typed."""
    q = query.strip()
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT shopper_id FROM shoppers WHERE loyalty_id = ? OR loyalty_id = ? "
            "OR primary_email = ?",
            (q, q.upper(), fold(q)),
        )
    ]
    digits = _DIGITS.sub("", q)
    if len(digits) >= 8:
        ids += [
            r[0]
            for r in conn.execute(
                "SELECT shopper_id FROM shoppers WHERE primary_phone = ?", (f"+{digits}",)
            )
        ]
    return list(dict.fromkeys(ids))


def _rank(typed: set[str], first: str, last: str) -> tuple:
    """Sort key: more typed words that are whole name words first, then last and first name."""
    words = set(_WORDS.findall(fold(f"{first} {last}")))
    return (-len(typed & words), fold(last or ""), fold(first or ""))


def find_shoppers(conn: sqlcipher3.Connection, query: str, limit: int = 50) -> list[ShopperHit]:
    """Shoppers matching what was typed: exact identifiers first, then the best text matches."""
    expr = match_expression(query)
    if expr is None:
        return []
    exact = _exact_ids(conn, query)
    cols = "s.shopper_id, s.first_name, s.last_name, s.tier, s.home_store, s.primary_phone"
    hits: list[ShopperHit] = []
    if exact:
        rows = conn.execute(
            f"SELECT {cols} FROM shoppers s WHERE s.shopper_id IN ({','.join('?' * len(exact))})",
            exact,
        ).fetchall()
        hits += [ShopperHit(*r, exact=True) for r in rows]
    # One pass over the index gives the candidates. Past RANK_CAP matches the
    # associate is still typing ("da"): the first ones by name will do. Up to
    # it, they are ranked here: whole-word matches first, then by name (bm25
    # in SQL cost more than the search itself for short multi-word prefixes).
    rids = [
        r[0]
        for r in conn.execute(
            "SELECT rowid FROM shopper_search WHERE shopper_search MATCH ? LIMIT ?",
            (expr, RANK_CAP + 1),
        )
    ]
    wanted = limit + len(exact)
    # The hit columns come from ix_shoppers_hit alone, not from the whole rows. The
    # index is there whenever the search index has entries: both are built at the
    # end of the shoppers' first load.
    hits_of = f"SELECT {cols} FROM shoppers s INDEXED BY ix_shoppers_hit WHERE s.rid IN "
    if len(rids) > RANK_CAP:
        first = rids[:wanted]
        rows = conn.execute(
            f"{hits_of}({','.join('?' * len(first))}) ORDER BY s.last_name, s.first_name",
            first,
        ).fetchall()
    elif rids:
        found = conn.execute(f"{hits_of}({','.join('?' * len(rids))})", rids).fetchall()
        typed = set(_WORDS.findall(fold(query)))
        rows = sorted(found, key=lambda r: _rank(typed, r[1], r[2]))[:wanted]
    else:
        rows = []
    seen = set(exact)
    hits += [ShopperHit(*r, exact=False) for r in rows if r[0] not in seen]
    return hits[:limit]


# --- rows a profile or stock screen needs ------------------------------------------------

OPEN_ORDER = ("placed", "reserved", "picked", "shipped", "ready_for_pickup")
_JSON = {"emails", "phones", "segments", "preferences", "address", "attributes", "lines", "history"}


def rows(conn: sqlcipher3.Connection, sql: str, args: tuple = ()) -> list[dict]:
    """Rows as dicts with JSON columns decoded."""
    cur = conn.execute(sql, args)
    cols = [d[0] for d in cur.description]
    out = []
    for values in cur.fetchall():
        row = dict(zip(cols, values, strict=True))
        for c in _JSON.intersection(row):
            if isinstance(row[c], str):
                row[c] = json.loads(row[c])
        out.append(row)
    return out


def shopper(conn: sqlcipher3.Connection, shopper_id: str) -> dict | None:
    found = rows(conn, "SELECT * FROM shoppers WHERE shopper_id = ?", (shopper_id,))
    return found[0] if found else None


def purchases_of(conn: sqlcipher3.Connection, shopper_id: str) -> list[dict]:
    return rows(
        conn,
        "SELECT * FROM purchases WHERE shopper_id = ? ORDER BY purchased_at DESC",
        (shopper_id,),
    )


def notes_of(conn: sqlcipher3.Connection, shopper_id: str) -> list[dict]:
    return rows(
        conn, "SELECT * FROM notes WHERE shopper_id = ? ORDER BY created_at DESC", (shopper_id,)
    )


def tasks_of(conn: sqlcipher3.Connection, shopper_id: str) -> list[dict]:
    return rows(
        conn, "SELECT * FROM tasks WHERE shopper_id = ? ORDER BY status DESC, due_at", (shopper_id,)
    )


def wishlist_of(conn: sqlcipher3.Connection, shopper_id: str, store_id: str) -> list[dict]:
    """Wishlist items with the units available at the given store."""
    return rows(
        conn,
        "SELECT w.*, p.name, p.size, p.colour, coalesce(s.on_hand - s.reserved, 0) "
        "AS available_here FROM wishlist w LEFT JOIN products p ON p.sku = w.sku "
        "LEFT JOIN stock s ON s.sku = w.sku AND s.store_id = ? WHERE w.shopper_id = ? "
        "ORDER BY w.added_at DESC",
        (store_id, shopper_id),
    )


def open_orders_of(conn: sqlcipher3.Connection, shopper_id: str) -> list[dict]:
    return rows(
        conn,
        f"SELECT * FROM orders WHERE shopper_id = ? AND status IN "
        f"({','.join('?' * len(OPEN_ORDER))}) ORDER BY created_at DESC",
        (shopper_id, *OPEN_ORDER),
    )


def same_style_in_stock(conn: sqlcipher3.Connection, skus: set[str], store_id: str) -> list[dict]:
    """Other variants of the styles of `skus` with units at the store."""
    if not skus:
        return []
    marks = ",".join("?" * len(skus))
    return rows(
        conn,
        f"SELECT b.name AS bought_name, b.category, p.sku, p.name, p.size, p.colour "
        f"FROM products b JOIN products p ON p.style = b.style AND p.sku NOT IN ({marks}) "
        f"JOIN stock s ON s.sku = p.sku AND s.store_id = ? AND s.on_hand - s.reserved > 0 "
        f"WHERE b.sku IN ({marks}) ORDER BY p.sku",
        (*skus, store_id, *skus),
    )


def product(conn: sqlcipher3.Connection, code: str) -> dict | None:
    """A product by SKU or GTIN."""
    found = rows(conn, "SELECT * FROM products WHERE sku = ? OR gtin = ?", (code, code))
    return found[0] if found else None


def store_points(conn: sqlcipher3.Connection) -> dict[str, tuple[str, float, float]]:
    return {
        r[0]: (r[1], r[2], r[3])
        for r in conn.execute("SELECT store_id, name, latitude, longitude FROM stores")
    }


def stock_of(conn: sqlcipher3.Connection, sku: str) -> list[tuple]:
    return conn.execute(
        "SELECT store_id, on_hand, reserved, as_of FROM stock WHERE sku = ?", (sku,)
    ).fetchall()
