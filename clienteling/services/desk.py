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

from . import lookup, notes
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
        self._local = threading.local()
        self._readers: list[sqlcipher3.Connection] = []
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

    def _reader(self) -> sqlcipher3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self.terminal.cache.reader()
            self._local.conn = conn
            with self._readers_lock:
                self._readers.append(conn)
        return conn

    def store_names(self) -> dict[str, str]:
        if self._stores is None:
            rows = self._reader().execute("SELECT store_id, name FROM stores").fetchall()
            self._stores = dict(rows)
        return self._stores

    # --- associates and sessions ----------------------------------------------------

    def associates(self) -> list[AssociateCard]:
        """The active associates of this store, as the last sync brought them."""
        rows = self._reader().execute(
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
        conn = self._reader()
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
            self._reader()
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
        conn = self._reader()
        profile = lookup.shopper_profile(conn, shopper_id, self.store_id)
        if profile is not None:
            sent = {n["note_id"] for n in profile.notes}
            waiting = notes.waiting_notes(conn, shopper_id, self.store_id)
            waiting = [n for n in waiting if n["note_id"] not in sent]
            profile.notes = waiting + profile.notes
        return profile

    def add_note(self, shopper_id: str, reason: str, text: str) -> notes.NoteSaved:
        """Save a note durably, then try to send it now when signed in online."""
        who = self.session
        if who is None:
            raise PermissionError("sign in first")
        engine = self._engine if who.token else None
        saved = notes.add_note(self.terminal.cache, shopper_id, reason, text, engine)
        if engine is not None:
            self.connectivity = engine.connectivity
        return saved

    def close(self) -> None:
        self._swap_engine(None)
        with self._readers_lock:
            for conn in self._readers:
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
    "PullProgress",
    "ShopperRow",
    "mask_phone",
]
