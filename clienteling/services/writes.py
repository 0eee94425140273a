"""Every write an associate makes: queued durably in the outbox, then sent when it can be.

One path for notes, preference edits, wishlist items, follow-ups, ratings,
orders and order changes: the entry is committed to the outbox first (so
"saved" is true whatever happens next); signed in online, it is delivered at
once and the synced rows it changed are fetched back, so screens show HQ's
copy. Every method may block: the UI calls them from its task runner.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from clienteling.api.client import HQClient
from clienteling.api.errors import UpgradeRequired
from clienteling.cache import outbox
from clienteling.cache.store import Cache
from clienteling.domain.enums import WriteState
from clienteling.domain.roles import Action, require
from clienteling.domain.said import by_hq
from clienteling.sync.engine import PushReport, SyncEngine

from .sessions import Session, Sessions

log = logging.getLogger(__name__)

_STATES = {
    outbox.PENDING: WriteState.WAITING,
    outbox.DELIVERED: WriteState.SENT,
    outbox.PARKED: WriteState.REFUSED,
}


@dataclass(frozen=True)
class Saved:
    """Where one write stands right after the associate made it."""

    id: str
    state: WriteState
    reason: str | None = None  # HQ's words when refused

    @property
    def sent(self) -> bool:
        return self.state == WriteState.SENT


def write_state(record: outbox.Record | None) -> WriteState:
    """SENT, WAITING or REFUSED for an outbox entry (one set aside counts as sent: nothing
    is left to tell HQ)."""
    if record is None:
        return WriteState.WAITING
    return _STATES.get(record.state, WriteState.SENT)


def refusal(record: outbox.Record) -> str | None:
    """HQ's words for a refused write: a Said with HQ's code and details when its answer
    has them (the screens say it in the associate's language), else the words kept."""
    reason = record.last_error
    error = record.answer.get("error") if isinstance(record.answer, dict) else None
    if reason and isinstance(error, dict) and error.get("code"):
        return by_hq(reason, str(error["code"]), error.get("details"))
    return reason


# The outbox kind of activity events (a profile opened): delivered like every write, as its
# author's, but bookkeeping, not the associate's work: not in their lists or queued count.
ACTIVITY = "activity"


class Writes:
    """The outbox as the associate's writes use it."""

    def __init__(self, cache: Cache, engine: SyncEngine, sessions: Sessions) -> None:
        self.cache, self.engine, self.sessions = cache, engine, sessions

    def submit(
        self,
        *,
        id: str,
        kind: str,
        shopper_id: str,
        method: str,
        path: str,
        body: dict[str, Any],
        refresh: Iterable[str] = (),
        action: Action = Action.WRITE,
        deliver: bool = True,
    ) -> Saved:
        """Commit the write to the outbox; signed in online, deliver it now and pull the
        `refresh` collections, so the synced rows show it. PermissionError when nobody is
        signed in, and for a role that may not do `action` (nothing is queued then).
        `deliver=False`: queue only; the next sync sends it (nobody waits on HQ)."""
        author = self.author(action)
        with self.cache.write() as conn:
            outbox.enqueue(
                conn,
                id=id,
                kind=kind,
                shopper_id=shopper_id,
                method=method,
                path=path,
                body=body,
                author_id=author.employee_id,
                signed_in="online" if author.online else "offline",
            )
        if not deliver or self.sessions.writer() is None:
            return Saved(id, WriteState.WAITING)
        try:
            self.engine.push(self.sender_for)
        except UpgradeRequired:  # HQ wants a newer terminal: the write waits for it
            return Saved(id, WriteState.WAITING)
        record = self.record(id)
        state = write_state(record)
        if state == WriteState.REFUSED:
            return Saved(id, state, refusal(record))
        if state == WriteState.SENT and refresh:
            try:
                self.engine.pull(collections=tuple(refresh))
            except Exception as exc:  # HQ has it; the next sync brings it here
                # The kind only: an error's words may quote the rows it was about.
                log.info(
                    "fetching back %s after a write failed (%s)",
                    ", ".join(refresh),
                    exc.__class__.__name__,
                )
        return Saved(id, state)

    def author(self, action: Action = Action.WRITE) -> Session:
        """Who writes now: the signed-in associate. PermissionError when nobody is, and when
        their role may not do `action` (domain.roles: a trainee's writes HQ would refuse),
        so nothing is queued to be refused later."""
        session = self.sessions.signed_in()
        require(session.role, action)
        return session

    def record(self, id: str) -> outbox.Record | None:
        with self.cache.read() as conn:
            return outbox.record(conn, id)

    def withdraw(self, id: str, kind: str) -> bool:
        """Set aside a write HQ has not accepted; False if it was delivered meanwhile."""
        with self.cache.write() as conn:
            return outbox.withdraw(conn, id, kind)

    def sender_for(self, entry: outbox.Record) -> HQClient | None:
        """Who sends an entry: always as its author, never as another associate (HQ records
        a write as the work of whoever sent it). Their session when they are signed in online
        now; otherwise this terminal with their write grant; None (it waits) without one.
        Entries made before authors were kept go with whoever is signed in online."""
        session, client = self.sessions.current, self.sessions.client()
        if entry.author_id is None:
            return client
        if client is not None and session is not None and session.employee_id == entry.author_id:
            return client
        return self.sessions.grant_client(entry.author_id)

    def send_due(self) -> PushReport:
        """Send what waits in the outbox, each as its author, whoever is signed in (or
        nobody): the app's background sync and `clienteling sync` call this."""
        return self.engine.push(self.sender_for)
