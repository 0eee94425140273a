"""The terminal as the associate screens use it: one object per open terminal, Qt-free.

Every method may block (cache reads, HQ calls, keyring): the UI calls them from
its task runner, never from the UI thread. Reads use one read-only cache
connection per worker thread, so a search never waits behind a sync write.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlcipher3

from clienteling.api.client import Policy
from clienteling.api.errors import HQError, HQUnreachable
from clienteling.protocol.sync import COLLECTIONS as SYNC_COLLECTIONS
from clienteling.sync.engine import Connectivity, PullProgress, SyncEngine

from . import lookup, notes, orders, products
from .ordering import OrderDraft, OrderResult, order_result, place_delivery_order
from .stock import StockView, stock_for
from .terminal import Session, Terminal

# Screens must answer quickly when the network is down: give up on HQ fast.
SCREEN_POLICY = Policy(deadline=6.0, attempt_timeout=4.0, connect_timeout=1.5, attempts=2)


@dataclass(frozen=True)
class AssociateCard:
    employee_id: str
    name: str
    role: str


@dataclass(frozen=True)
class ShopperRow:
    """One line of the lookup list, ready to show."""

    shopper_id: str
    name: str
    tier: str
    home_store: str
    last_visit: str | None  # ISO timestamp of the last store purchase
    phone: str  # masked: only the last four digits
    exact: bool


@dataclass(frozen=True)
class DeskStatus:
    connectivity: str  # online, degraded, offline
    last_sync_age: float | None  # seconds since the oldest collection was synced; None: never
    queued: int  # writes waiting for HQ
    parked: int  # writes HQ refused; they need the associate


@dataclass(frozen=True)
class ProductStock:
    """What the stock screen shows for one chosen item: its style's grid here and every store."""

    grid: products.StyleGrid
    stock: StockView
    live: bool  # the store figures came from HQ just now (else: the last sync)


def mask_phone(phone: str | None) -> str:
    """'•••• 4321' for any phone number; '' without one."""
    digits = "".join(c for c in phone or "" if c.isdigit())
    return f"•••• {digits[-4:]}" if len(digits) >= 4 else ""


class Desk:
    """Sign-in, search, profile, notes and sync for the screens of one terminal."""

    def __init__(self, terminal: Terminal, policy: Policy = SCREEN_POLICY) -> None:
        self.terminal = terminal
        terminal.policy = policy
        self.session: Session | None = None
        self._engine: SyncEngine | None = None
        # One reader per worker thread, by native thread id: the task runner's
        # threads never expire, so this stays as small as the pool. (A
        # threading.local did not work: Qt gives every task a fresh Python
        # thread state, so each task opened, and kept, a reader of its own.)
        self._readers: dict[int, sqlcipher3.Connection] = {}
        self._readers_lock = threading.Lock()
        self._stores: dict[str, str] | None = None
        self.connectivity = Connectivity.OFFLINE

    # --- identity of the terminal ---------------------------------------------------

    @property
    def store_id(self) -> str:
        return self.terminal.config.store_id

    @property
    def store_name(self) -> str:
        return self.terminal.config.store_name

    def reader(self) -> sqlcipher3.Connection:
        me = threading.get_ident()
        with self._readers_lock:
            conn = self._readers.get(me)
            if conn is None:
                conn = self._readers[me] = self.terminal.cache.reader()
        return conn

    def store_names(self) -> dict[str, str]:
        if self._stores is None:
            rows = self.reader().execute("SELECT store_id, name FROM stores").fetchall()
            self._stores = dict(rows)
        return self._stores

    # --- associates and sessions ----------------------------------------------------

    def associates(self) -> list[AssociateCard]:
        """The active associates of this store, as the last sync brought them."""
        rows = self.reader().execute(
            "SELECT associate_id, name, role FROM associates WHERE active AND home_store = ? "
            "ORDER BY name",
            (self.store_id,),
        )
        return [AssociateCard(*r) for r in rows]

    def sign_in(self, employee_id: str, pin: str) -> Session:
        """Online when HQ answers, offline with the PIN last used here; PermissionError if not."""
        employee_id, pin = employee_id.strip(), pin.strip()
        if not employee_id or not pin:
            raise PermissionError("type the employee id and the PIN")
        session = self.terminal.sign_in(employee_id, pin)
        self._swap_engine(session)
        self.session = session
        self.connectivity = Connectivity.ONLINE if session.online else Connectivity.OFFLINE
        return session

    def sign_out(self) -> None:
        self.session = None
        self._swap_engine(None)

    def _swap_engine(self, session: Session | None) -> None:
        old, self._engine = self._engine, None
        if old is not None:
            old.client.close()
        if session is not None:
            self._engine = self.terminal.engine(session if session.token else None)

    def engine(self) -> SyncEngine:
        if self._engine is None:
            self._engine = self.terminal.engine()
        return self._engine

    # --- sync -----------------------------------------------------------------------

    def sync(self, progress: Callable[[PullProgress], None] | None = None) -> DeskStatus:
        """Pull HQ's changes and send queued writes; offline is a state, not an error."""
        engine = self.engine()
        try:
            engine.pull(progress=progress)
            self.terminal.refresh_scan_settings()  # never raises for HQ's sake
            if self.session is not None and self.session.token:
                engine.push()  # writes need an associate's session, never the device's
        except HQError:
            pass  # the engine recorded the connectivity; the cache keeps working
        self.connectivity = engine.connectivity
        self._stores = None
        return self.status()

    def first_sync_done(self) -> bool:
        return all(c["synced_at"] for c in self.terminal.status()["collections"].values())

    def status(self) -> DeskStatus:
        with self.terminal.cache.lock:
            st = self.terminal.status()
        ages = [c["age_seconds"] for c in st["collections"].values()]
        age = None if any(a is None for a in ages) else max(ages)
        return DeskStatus(
            str(self.connectivity), age, st["outbox"]["pending"], st["outbox"]["parked"]
        )

    # --- shoppers -------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[ShopperRow]:
        """Shoppers for what was typed, best first, with their last store visit."""
        conn = self.reader()
        hits = lookup.find_shopper(conn, query, limit=limit)
        if not hits:
            return []
        marks = ",".join("?" * len(hits))
        visits = dict(
            conn.execute(
                f"SELECT shopper_id, max(purchased_at) FROM purchases WHERE channel = 'store' "  # noqa: S608 - marks only
                f"AND shopper_id IN ({marks}) GROUP BY shopper_id",
                [h.shopper_id for h in hits],
            ).fetchall()
        )
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

    def sample_query(self) -> str:
        """A surname of a shopper of this store who has bought here (demo and screenshots)."""
        row = (
            self.reader()
            .execute(
                "SELECT s.last_name FROM shoppers s "
                "JOIN purchases p ON p.shopper_id = s.shopper_id "
                "WHERE s.home_store = ? AND p.channel = 'store' "
                "ORDER BY s.consent_profiling DESC, s.rid LIMIT 1",
                (self.store_id,),
            )
            .fetchone()
        )
        return row[0] if row else ""

    def profile(self, shopper_id: str) -> lookup.Profile | None:
        """The shopper's profile; notes still waiting for HQ are listed first, marked."""
        conn = self.reader()
        profile = lookup.shopper_profile(conn, shopper_id, self.store_id)
        if profile is not None:
            sent = {n["note_id"] for n in profile.notes}
            waiting = notes.waiting_notes(conn, shopper_id, self.store_id)
            waiting = [n for n in waiting if n["note_id"] not in sent]
            profile.notes = waiting + profile.notes
        return profile

    def add_note(self, shopper_id: str, reason: str, text: str) -> notes.NoteSaved:
        """Save a note durably, then try to send it now when signed in online."""
        engine = self.writer_engine()
        saved = notes.add_note(self.terminal.cache, shopper_id, reason, text, engine)
        if engine is not None:
            self.connectivity = engine.connectivity
        return saved

    # --- products, stock and orders -------------------------------------------------

    def find_products(self, query: str, limit: int = 30) -> list[products.ProductHit]:
        """Styles by SKU, GTIN or style code (exact) and by name prefix, from the cache."""
        return products.find_products(self.reader(), query, limit)

    def product_stock(self, sku: str, live: bool = True) -> ProductStock | None:
        """The item's style grid here and its stock in every store, nearest first.

        With `live`, HQ's figures of this moment replace the cached ones when HQ
        answers; offline (or HQ slow) the cached figures are shown with their age.
        """
        conn = self.reader()
        answer = None
        if live:
            try:
                answer = self.engine().client.live_stock(sku)
                self.connectivity = Connectivity.ONLINE
            except HQUnreachable:
                self.connectivity = Connectivity.OFFLINE
            except HQError:
                answer = None  # HQ does not know the item yet, or is busy: the cache answers
        view = stock_for(conn, sku, self.store_id, answer)
        if view is None:
            return None
        grid = products.style_grid(conn, view.product["style"], self.store_id)
        if grid is None:
            return None
        cell = grid.find(view.product["sku"])
        if answer is not None and cell is not None:
            here = view.here
            grid.cells[(cell.colour, cell.size)] = products.GridCell(
                cell.sku,
                cell.colour,
                cell.size,
                here.on_hand if here else None,
                here.reserved if here else 0,
            )
        return ProductStock(grid, view, answer is not None)

    def writer_engine(self) -> SyncEngine | None:
        who = self.session
        if who is None:
            raise PermissionError("sign in first")
        return self._engine if who.token else None

    def place_order(self, draft: OrderDraft) -> OrderResult:
        """Queue the order durably, send it now when signed in online; where it stands."""
        engine = self.writer_engine()
        result = place_delivery_order(self.terminal.cache, draft, engine)
        if engine is not None:
            self.connectivity = engine.connectivity
        return result

    def reorder(self, order_id: str, alternative: dict) -> OrderResult:
        """Place a refused order again with one of HQ's alternatives; set the refused one aside."""
        body = orders.sent_body(self.reader(), order_id)
        if body is None:
            raise ValueError("this order is not on this terminal")
        result = self.place_order(orders.draft_with(body, alternative))
        orders.withdraw(self.terminal.cache, order_id)
        return result

    def order_results(self, order_ids: list[str]) -> list[OrderResult]:
        """Where each order placed here stands now (queued, confirmed or rejected)."""
        out = []
        for order_id in order_ids:
            try:
                out.append(order_result(self.terminal.cache, order_id))
            except KeyError:
                continue
        return out

    def queued_orders(self) -> list[str]:
        return orders.queued_order_ids(self.reader())

    def orders(self, shopper_id: str | None = None) -> list[orders.OrderRow]:
        """Today's orders of this store, or every order of one shopper, newest first."""
        return orders.order_rows(self.reader(), self.store_id, shopper_id=shopper_id)

    def cancel_order(self, row: orders.OrderRow) -> str:
        """'withdrawn' (never reached HQ), 'cancelled' (HQ did it) or 'requested' (queued)."""
        engine = self.writer_engine()
        if row.state != "confirmed":
            if orders.withdraw(self.terminal.cache, row.order_id):
                return "withdrawn"
            raise ValueError("this order reached HQ meanwhile; open the orders again")
        done = orders.request_cancel(self.terminal.cache, row, engine)
        if engine is not None:
            self.connectivity = engine.connectivity
        return "cancelled" if done else "requested"

    def pickup_stores(self) -> list[tuple[str, str]]:
        """(store id, name) of every store, this one first, for pick-up."""
        names = self.store_names()
        rest = sorted((n, s) for s, n in names.items() if s != self.store_id)
        return [(self.store_id, names.get(self.store_id, self.store_id))] + [
            (s, n) for n, s in rest
        ]

    def close(self) -> None:
        self._swap_engine(None)
        with self._readers_lock:
            for conn in self._readers.values():
                conn.close()
            self._readers.clear()
        self.terminal.close()


def age_now(iso: str | None) -> float | None:
    """Seconds since an ISO timestamp (naive means UTC)."""
    if not iso:
        return None
    stamp = datetime.fromisoformat(iso)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return (datetime.now(UTC) - stamp).total_seconds()


__all__ = [
    "SYNC_COLLECTIONS",
    "AssociateCard",
    "Desk",
    "DeskStatus",
    "HQUnreachable",
    "OrderDraft",
    "OrderResult",
    "ProductStock",
    "PullProgress",
    "ShopperRow",
    "mask_phone",
]
