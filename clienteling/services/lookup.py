"""Finding shoppers: search as the associate types, from the offline cache; when nobody
there matches, chain-wide at HQ (online), keeping a shopper opened from there."""

from __future__ import annotations

from dataclasses import dataclass

from clienteling.api.errors import HQBusy, HQUnreachable
from clienteling.cache import catalog, shoppers
from clienteling.cache.store import Cache
from clienteling.domain.shoppers import Shopper

from .sessions import Sessions

HQ_LIMIT = 25  # HQ answers at most this many


@dataclass(frozen=True)
class ShopperRow:
    """One line of the lookup list, ready to show."""

    shopper_id: str
    name: str
    tier: str
    home_store: str  # the store's name
    last_visit: str | None  # ISO timestamp of the last store purchase
    phone: str  # masked: only the last four digits
    exact: bool  # the loyalty id, e-mail or whole phone number was typed
    from_hq: bool = False  # found by HQ's chain-wide search, not (yet) on this terminal


def mask_phone(phone: str | None) -> str:
    """'•••• 4321' for any phone number; '' without one."""
    digits = "".join(c for c in phone or "" if c.isdigit())
    return f"•••• {digits[-4:]}" if len(digits) >= 4 else ""


class Lookup:
    """Search and the store's names for the screens of one terminal. Methods may block."""

    def __init__(self, cache: Cache, store_id: str, sessions: Sessions | None = None) -> None:
        self.cache, self.store_id, self.sessions = cache, store_id, sessions
        self._stores: dict[str, str] | None = None

    def search(self, query: str, limit: int = 50) -> list[ShopperRow]:
        """Shoppers for what was typed or scanned, exact identifiers first, then the best
        name matches, with their last store visit."""
        with self.cache.read() as conn:
            hits = shoppers.find_shoppers(conn, query, limit=limit)
            visits = shoppers.last_store_visits(conn, [h.shopper_id for h in hits])
        names = self.store_names()
        return [
            ShopperRow(
                h.shopper_id,
                f"{h.first_name} {h.last_name}".strip(),
                h.tier,
                names.get(h.home_store, h.home_store),
                visits.get(h.shopper_id),
                mask_phone(h.primary_phone),
                h.exact,
            )
            for h in hits
        ]

    def can_ask_hq(self) -> bool:
        """An associate is signed in online: HQ's chain-wide search may be asked (no I/O)."""
        return self.sessions is not None and self.sessions.client() is not None

    def search_hq(self, query: str) -> list[ShopperRow] | None:
        """HQ's chain-wide search for what was typed (names folded as here), or None when HQ
        cannot be asked (offline, nobody signed in online, HQ gone or too busy). Raises
        HQError when HQ refuses. The shoppers of other stores found are audited at HQ."""
        client = self.sessions.client() if self.sessions is not None else None
        if client is None:
            return None
        try:
            hits = client.search_shoppers(query.strip())
        except (HQUnreachable, HQBusy):
            return None
        ids = [h["shopper_id"] for h in hits]
        with self.cache.read() as conn:
            visits = shoppers.last_store_visits(conn, ids)
            kept = set(shoppers.names_of(conn, ids))
        names = self.store_names()
        typed = query.strip().upper()
        return [
            ShopperRow(
                h["shopper_id"],
                f"{h.get('first_name') or ''} {h.get('last_name') or ''}".strip(),
                h.get("tier") or "member",
                names.get(h.get("home_store") or "", h.get("home_store") or ""),
                visits.get(h["shopper_id"]),
                "",  # HQ's search answers no phone number
                (h.get("loyalty_id") or "").upper() == typed,
                from_hq=h["shopper_id"] not in kept,
            )
            for h in hits[:HQ_LIMIT]
        ]

    def keep_from_hq(self, shopper_id: str) -> bool:
        """Bring a shopper HQ found into this terminal's cache (with purchases, notes,
        wishlist and tasks), where they stay, found offline too. False when HQ cannot be
        asked; raises HQError when HQ refuses (ShopperUnknown: erased meanwhile)."""
        client = self.sessions.client() if self.sessions is not None else None
        if client is None:
            return False
        try:
            record = client.shopper(shopper_id)
        except (HQUnreachable, HQBusy):
            return False
        with self.cache.write() as conn:
            shoppers.keep_fetched(conn, record)
        return True

    def shopper(self, code: str) -> Shopper | None:
        """The shopper with this id, the retailer's customer number or loyalty id."""
        with self.cache.read() as conn:
            return shoppers.shopper_by_code(conn, code.strip())

    def sample_query(self) -> str:
        """A surname of a shopper of this store who has bought here (training and screenshots)."""
        with self.cache.read() as conn:
            return shoppers.sample_surname(conn, self.store_id)

    def store_names(self) -> dict[str, str]:
        """Store id -> name for every store of the chain (read once, again after `forget`)."""
        if self._stores is None:
            with self.cache.read() as conn:
                self._stores = catalog.store_names(conn)
        return self._stores

    def forget(self) -> None:
        """Read the stores again next time (a sync may have brought new ones)."""
        self._stores = None

    def pickup_stores(self) -> list[tuple[str, str]]:
        """(store id, name) of every store, this one first, for pick-up."""
        names = self.store_names()
        rest = sorted((n, s) for s, n in names.items() if s != self.store_id)
        return [(self.store_id, names.get(self.store_id, self.store_id))] + [
            (s, n) for n, s in rest
        ]
