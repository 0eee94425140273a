"""Shoppers in the cache: search, one shopper, and the rows their profile shows."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from clienteling.domain.engagement import Note, Task, WishlistItem
from clienteling.domain.purchases import Purchase
from clienteling.domain.shoppers import Shopper

from . import rows
from .apply import apply_rows
from .rows import dicts
from .search import fold, match_expression
from .store import transaction

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


# --- one shopper and what a profile shows ---------------------------------------------------


def shopper(conn: sqlcipher3.Connection, shopper_id: str) -> Shopper | None:
    found = dicts(
        conn.execute("SELECT * FROM shoppers WHERE shopper_id = ?", (shopper_id,)), "shoppers"
    )
    return rows.shopper(found[0]) if found else None


def shopper_by_code(conn: sqlcipher3.Connection, code: str) -> Shopper | None:
    """The shopper with this id, the retailer's customer number or loyalty id."""
    found = dicts(
        conn.execute(
            "SELECT * FROM shoppers WHERE shopper_id = ? OR external_id = ? OR loyalty_id = ? "
            "OR loyalty_id = ? LIMIT 1",
            (code, code, code, code.upper()),
        ),
        "shoppers",
    )
    return rows.shopper(found[0]) if found else None


def shopper_by_loyalty(conn: sqlcipher3.Connection, loyalty_id: str) -> Shopper | None:
    """The holder of a loyalty card, as printed or in capitals."""
    found = dicts(
        conn.execute(
            "SELECT * FROM shoppers WHERE loyalty_id = ? OR loyalty_id = ? LIMIT 1",
            (loyalty_id, loyalty_id.upper()),
        ),
        "shoppers",
    )
    return rows.shopper(found[0]) if found else None


def names_of(conn: sqlcipher3.Connection, ids: Iterable[str]) -> dict[str, str]:
    """Shopper id -> full name, for the shoppers of `ids` this cache has."""
    ids = list(set(ids))
    if not ids:
        return {}
    found = conn.execute(
        f"SELECT shopper_id, first_name, last_name FROM shoppers "
        f"WHERE shopper_id IN ({','.join('?' * len(ids))})",
        ids,
    )
    return {r[0]: f"{r[1] or ''} {r[2] or ''}".strip() for r in found}


def last_store_visits(conn: sqlcipher3.Connection, ids: list[str]) -> dict[str, str]:
    """Shopper id -> when they last bought in a store (ISO 8601), for those who did."""
    if not ids:
        return {}
    return dict(
        conn.execute(
            f"SELECT shopper_id, max(purchased_at) FROM purchases WHERE channel = 'store' "
            f"AND shopper_id IN ({','.join('?' * len(ids))}) GROUP BY shopper_id",
            ids,
        ).fetchall()
    )


def sample_surname(conn: sqlcipher3.Connection, store_id: str) -> str:
    """A surname of a shopper of this store who has bought here, consenting ones first."""
    row = conn.execute(
        "SELECT s.last_name FROM shoppers s JOIN purchases p ON p.shopper_id = s.shopper_id "
        "WHERE s.home_store = ? AND p.channel = 'store' "
        "ORDER BY s.consent_profiling DESC, s.rid LIMIT 1",
        (store_id,),
    ).fetchone()
    return row[0] if row else ""


def purchases_of(conn: sqlcipher3.Connection, shopper_id: str) -> list[Purchase]:
    """Every purchase of the shopper in every channel, newest first."""
    found = conn.execute(
        "SELECT * FROM purchases WHERE shopper_id = ? ORDER BY purchased_at DESC", (shopper_id,)
    )
    return [rows.purchase(r) for r in dicts(found, "purchases")]


def notes_of(conn: sqlcipher3.Connection, shopper_id: str) -> list[Note]:
    found = conn.execute(
        "SELECT * FROM notes WHERE shopper_id = ? ORDER BY created_at DESC", (shopper_id,)
    )
    return [rows.note(r) for r in dicts(found, "notes")]


def tasks_of(conn: sqlcipher3.Connection, shopper_id: str) -> list[Task]:
    found = conn.execute(
        "SELECT * FROM tasks WHERE shopper_id = ? ORDER BY status DESC, due_at", (shopper_id,)
    )
    return [rows.task(r) for r in dicts(found, "tasks")]


def wishlist_of(conn: sqlcipher3.Connection, shopper_id: str, store_id: str) -> list[WishlistItem]:
    """Wishlist items with the product's name and the units available at `store_id`."""
    found = conn.execute(
        "SELECT w.*, p.name, p.size, p.colour, coalesce(s.on_hand - s.reserved, 0) "
        "AS available_here FROM wishlist w LEFT JOIN products p ON p.sku = w.sku "
        "LEFT JOIN stock s ON s.sku = w.sku AND s.store_id = ? WHERE w.shopper_id = ? "
        "ORDER BY w.added_at DESC",
        (store_id, shopper_id),
    )
    return [rows.wish(r) for r in dicts(found, "wishlist")]


# The rows HQ sends with a shopper (GET /shoppers/{id}) that the cache keeps too.
_CHILDREN = ("purchases", "notes", "wishlist", "tasks")


def keep_fetched(conn: sqlcipher3.Connection, record: dict[str, Any]) -> None:
    """Keep a shopper HQ sent on request (outside this terminal's scope) with their rows."""
    with transaction(conn):
        apply_rows(conn, "shoppers", [record], [])
        for child in _CHILDREN:
            found = [r for r in record.get(child) or [] if isinstance(r, dict)]
            if found:
                apply_rows(conn, child, found, [])
