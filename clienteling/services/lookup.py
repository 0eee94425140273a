"""Finding shoppers and reading what a profile screen shows, from the offline cache."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlcipher3

from clienteling.cache import queries as q
from clienteling.cache.queries import ShopperHit, find_shoppers
from clienteling.domain.enums import Channel

__all__ = ["Profile", "Recommendation", "ShopperHit", "find_shopper", "shopper_profile"]


def find_shopper(conn: sqlcipher3.Connection, query: str, limit: int = 50) -> list[ShopperHit]:
    """Shoppers for what the associate typed or scanned: exact ids first, then name matches."""
    return find_shoppers(conn, query, limit)


@dataclass(frozen=True)
class Recommendation:
    sku: str
    name: str
    size: str
    reason: str  # in English, for the CLI and logs; screens word it from the fields below
    bought_name: str = ""  # the item bought that this suggestion follows
    size_in_stock: str | None = None  # the shopper's size, in stock here


@dataclass
class Profile:
    shopper: dict[str, Any]
    purchases: list[dict[str, Any]]
    lifetime_value: dict[str, int]  # currency -> minor units, returns deducted
    last_visit: str | None
    notes: list[dict[str, Any]]
    wishlist: list[dict[str, Any]]
    open_orders: list[dict[str, Any]]
    tasks: list[dict[str, Any]]
    recommendations: list[Recommendation] = field(default_factory=list)

    @property
    def channels(self) -> set[str]:
        return {p["channel"] for p in self.purchases}


def shopper_profile(conn: sqlcipher3.Connection, shopper_id: str, store_id: str) -> Profile | None:
    """Everything the profile shows, or None if the shopper is not in this terminal's cache."""
    shopper = q.shopper(conn, shopper_id)
    if shopper is None:
        return None
    purchases = q.purchases_of(conn, shopper_id)
    for p in purchases:
        p["has_returns"] = any(line["quantity"] < 0 for line in p["lines"])
        p["channel"] = Channel(p["channel"]).value
    ltv: dict[str, int] = {}
    for p in purchases:
        ltv[p["currency"]] = ltv.get(p["currency"], 0) + p["total_minor"]
    visits = [p["purchased_at"] for p in purchases if p["channel"] == Channel.STORE]
    wishlist = q.wishlist_of(conn, shopper_id, store_id)
    for w in wishlist:
        w["in_stock_here"] = (w["available_here"] or 0) > 0
    profile = Profile(
        shopper=shopper,
        purchases=purchases,
        lifetime_value=ltv,
        last_visit=max(visits) if visits else None,
        notes=q.notes_of(conn, shopper_id),
        wishlist=wishlist,
        open_orders=q.open_orders_of(conn, shopper_id),
        tasks=q.tasks_of(conn, shopper_id),
    )
    if shopper["consent_profiling"]:
        profile.recommendations = recommend(conn, profile, store_id)
    return profile


def recommend(
    conn: sqlcipher3.Connection, profile: Profile, store_id: str, limit: int = 5
) -> list[Recommendation]:
    """Other colours and sizes of styles the shopper bought, in their size, in stock here.

    Only called with profiling consent. Simple on purpose: an associate can
    explain every suggestion to the shopper.
    """
    bought = {line["sku"] for p in profile.purchases for line in p["lines"] if line["quantity"] > 0}
    sizes = (profile.shopper.get("preferences") or {}).get("sizes", {})
    out, seen = [], set()
    for r in q.same_style_in_stock(conn, bought, store_id):
        wanted = sizes.get(r["category"])
        if (wanted and r["size"] != wanted) or r["sku"] in seen:
            continue
        seen.add(r["sku"])
        reason = f"bought {r['bought_name']}"
        if wanted:
            reason += f"; size {wanted} in stock here"
        out.append(Recommendation(r["sku"], r["name"], r["size"], reason, r["bought_name"], wanted))
        if len(out) == limit:
            break
    return out
