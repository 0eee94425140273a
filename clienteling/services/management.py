"""What only a store manager may do from a terminal: erase a shopper, list and revoke the
store's terminals, lift an associate's offline PIN lock here, and see the writes HQ refused
or that were set aside.

Each call checks the signed-in associate's role first (domain.roles, the same rules the
screens show), so nothing is asked of HQ that it would refuse; HQ checks again
(docs/api.md, "Roles, enforced by the HQ"). Qt-free; every method may block.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from clienteling.api.client import HQClient
from clienteling.api.errors import HQAnswered
from clienteling.cache import outbox
from clienteling.cache.store import Cache
from clienteling.domain.roles import Action, Decision, decide, require
from clienteling.domain.said import Said
from clienteling.sync.engine import SyncEngine

from .sessions import AssociateCard, Sessions
from .writes import ACTIVITY, refusal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TerminalRow:
    """One of the store's terminals as HQ lists it (never its credential)."""

    device_id: str
    name: str
    created_at: str
    last_used_at: str | None
    revoked_at: str | None
    this_one: bool  # the terminal the manager is using
    app_version: str | None = None  # what it last told HQ it runs; None: not reported
    cache_schema: int | None = None
    behind: bool = False  # older than the version the chain wants
    # Where it stands, as it last told HQ; None: it never did (an older release).
    last_sync: str | None = None  # ISO 8601; None with `queued` known: never synced
    queued: int | None = None  # its associates' writes waiting for HQ
    parked: int | None = None  # writes HQ refused, waiting for the associate
    online: bool | None = None  # HQ heard from it lately; None: an older HQ does not say
    heard_at: str | None = None  # when HQ last heard from it (an older HQ: None)

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


@dataclass(frozen=True)
class SetAside:
    """A write HQ refused (`refused`) or one the associate set aside (never sent)."""

    id: str
    kind: str  # note, changes, order, order-status...
    shopper_id: str | None
    author_id: str | None
    created_at: str
    refused: bool
    reason: str


class Management:
    """The manager's screen's service for one terminal."""

    def __init__(
        self, cache: Cache, engine: SyncEngine, sessions: Sessions, device_id: str
    ) -> None:
        self.cache, self.engine, self.sessions = cache, engine, sessions
        self.device_id = device_id

    def decide(self, action: Action) -> Decision:
        """May the signed-in associate (if any) do `action`, and if not, why."""
        session = self.sessions.current
        return decide(session.role if session else None, action)

    def _hq(self, action: Action) -> HQClient:
        require(self.sessions.signed_in().role, action)
        client = self.sessions.client()
        if client is None:
            raise PermissionError(
                Said(
                    "this needs HQ: you signed in while HQ could not be reached; "
                    "sign out and in again once it answers",
                    "signed_in_offline",
                )
            )
        return client

    # --- the store's terminals -----------------------------------------------------------

    def terminals(self) -> list[TerminalRow]:
        """The store's terminals, revoked ones included, oldest first."""
        client = self._hq(Action.REVOKE_TERMINAL)
        try:
            found = client.get_json("/devices")["devices"]
        except HQAnswered as exc:
            raise PermissionError(exc.message) from None
        return [self._row(d) for d in found]

    def revoke(self, device_id: str) -> TerminalRow:
        """Revoke one of the store's terminals: its sessions end, it must be enrolled again.
        ValueError for this very terminal (the manager would lock themselves out)."""
        if device_id == self.device_id:
            raise ValueError(
                Said(
                    "this is the terminal you are using; revoke it from another terminal or at HQ",
                    "revoke_own_terminal",
                )
            )
        client = self._hq(Action.REVOKE_TERMINAL)
        try:
            _status, answer = client.send_json("POST", f"/devices/{device_id}/revoke", {})
        except HQAnswered as exc:
            raise PermissionError(exc.message) from None
        return self._row(answer)

    def _row(self, d: dict) -> TerminalRow:
        return TerminalRow(
            d["device_id"],
            d.get("name") or "",
            str(d.get("created_at") or ""),
            d.get("last_used_at"),
            d.get("revoked_at"),
            d["device_id"] == self.device_id,
            d.get("app_version"),
            d.get("cache_schema"),
            bool(d.get("behind")),
            d.get("last_sync_at"),
            d.get("queued_writes"),
            d.get("parked_writes"),
            d.get("online"),
            d.get("heard_at"),
        )

    # --- erasure -------------------------------------------------------------------------

    def erase(self, shopper_id: str) -> int:
        """Erase a shopper of this store at HQ (what HQ removed: the count), then bring the
        erasure to this terminal's cache; the next sync does it if HQ stops answering now."""
        client = self._hq(Action.ERASE_SHOPPER)
        try:
            answer = client.request("DELETE", f"/v1/shoppers/{shopper_id}").json()
        except HQAnswered as exc:
            raise PermissionError(exc.message) from None
        try:
            self.engine.pull()
        except Exception as exc:  # HQ has erased them; the next sync removes them here
            log.info("fetching the erasure back failed (%s)", exc.__class__.__name__)
        removed = answer.get("removed") if isinstance(answer, dict) else None
        return sum(removed.values()) if isinstance(removed, dict) else int(removed or 0)

    # --- offline sign-in locks -------------------------------------------------------------

    def offline_locks(self) -> list[AssociateCard]:
        """The store's associates whose offline sign-in is locked on this terminal."""
        require(self.sessions.signed_in().role, Action.UNLOCK_OFFLINE)
        return self.sessions.offline_locked()

    def unlock(self, employee_id: str) -> None:
        self.sessions.unlock_offline(employee_id)

    # --- writes HQ refused or set aside ----------------------------------------------------

    def set_aside(self, limit: int = 200) -> list[SetAside]:
        """Writes HQ refused and writes set aside on this terminal, newest first."""
        require(self.sessions.signed_in().role, Action.MANAGE)
        with self.cache.read() as conn:
            found = outbox.records(
                conn, states=(outbox.PARKED, outbox.WITHDRAWN), newest_first=True
            )
        return [
            SetAside(
                r.id,
                r.kind,
                r.shopper_id,
                r.author_id,
                r.created_at,
                r.state == outbox.PARKED,
                refusal(r) or "",
            )
            for r in [r for r in found if r.kind != ACTIVITY][:limit]  # bookkeeping: not listed
        ]
