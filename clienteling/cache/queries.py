"""Read queries on the cache: shopper search and the rows a profile or stock screen needs."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlcipher3

from .search import fold, match_expression, phone_token

_DIGITS = re.compile(r"\D")


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
    rows = conn.execute(
        f"SELECT {cols} FROM shopper_search f JOIN shoppers s ON s.rid = f.rowid "
        "WHERE shopper_search MATCH ? ORDER BY bm25(shopper_search), s.last_name LIMIT ?",
        (expr, limit + len(exact)),
    ).fetchall()
    seen = set(exact)
    hits += [ShopperHit(*r, exact=False) for r in rows if r[0] not in seen]
    return hits[:limit]


__all__ = ["ShopperHit", "find_shoppers", "phone_token"]
