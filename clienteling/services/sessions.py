"""Who is signed in at this terminal: the associates to choose from, signing in and out.

Online when HQ answers (HQ checks the PIN and gives a session); offline with a
PIN this associate used online on this terminal before. Every method may block
(keyring, cache, HQ): the UI calls them from its task runner.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from clienteling.api.client import HQClient
from clienteling.api.errors import HQAnswered, HQBusy, HQError, HQUnreachable, UpgradeRequired
from clienteling.cache import catalog
from clienteling.cache.store import Cache
from clienteling.domain.roles import Action, require
from clienteling.domain.said import Said
from clienteling.security.pins import (
    clear_offline_tries,
    offline_locked,
    offline_sign_in,
    remember_pin,
)
from clienteling.security.vault import Vault

PinSource = Callable[[str], str | None]  # employee id -> their PIN, or None

log = logging.getLogger(__name__)
PIN_MISSING = Said("type the employee id and the PIN", "pin_missing")
SIGN_IN_FIRST = Said("sign in first", "signed_out")


@dataclass(frozen=True)
class AssociateCard:
    employee_id: str
    name: str
    role: str


@dataclass
class Session:
    employee_id: str
    name: str
    role: str
    token: str | None  # None: signed in offline; writes queue until HQ is reachable
    online: bool


class Sessions:
    """Sign-in and the signed-in associate of one terminal.

    `hq` is the terminal's client (its device credential); a signed-in
    associate's calls go through `hq.acting_as(their session)`.
    """

    def __init__(
        self,
        cache: Cache,
        vault: Vault,
        hq: HQClient,
        store_id: str,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.cache, self.vault, self.hq, self.store_id = cache, vault, hq, store_id
        self.clock = clock  # wall-clock seconds: offline PIN waits outlast a restart
        self.current: Session | None = None
        self._client: HQClient | None = None  # the current associate's, when online
        self._lock = threading.Lock()
        # Called with the session after each sign-in, online or offline (the composition
        # root adds them: taking the associate's own training results). A failure there
        # is logged and never undoes the sign-in.
        self.on_signed_in: list[Callable[[Session], object]] = []

    def associates(self) -> list[AssociateCard]:
        """The active associates of this store, as the last sync brought them."""
        with self.cache.read() as conn:
            people = catalog.associates_of(conn, self.store_id)
        return [AssociateCard(a.associate_id, a.name, a.role) for a in people]

    def sign_in(self, employee_id: str, pin: str, pin_for: PinSource | None = None) -> Session:
        """Online when HQ answers, offline with the PIN last used here (HQ unreachable or too
        busy to answer); PermissionError if not.

        With `pin_for`, an expired session is renewed by signing the same associate
        in again (the PIN pad, or CLIENTELING_PIN for the command line).
        """
        employee_id, pin = employee_id.strip(), pin.strip()
        if not employee_id or not pin:
            raise PermissionError(PIN_MISSING)
        session = self._sign_in(employee_id, pin)
        with self._lock:
            self.current = session
            self._client = None
            if session.token:
                renew = (lambda: self._renew(session, pin_for)) if pin_for else None
                self._client = self.hq.acting_as(session.token, renew)
        for hook in self.on_signed_in:
            try:
                hook(session)
            except Exception as exc:  # the kind only: its words may quote a file
                log.warning("after signing in: %s failed (%s)", hook, exc.__class__.__name__)
        return session

    def verify(self, employee_id: str, pin: str) -> Session:
        """Who this PIN belongs to, checked as `sign_in` checks it (online by HQ, offline with
        the PIN last used here), without changing who is signed in: for one decision such as
        leaving kiosk mode. PermissionError when the PIN is wrong or cannot be checked."""
        employee_id, pin = employee_id.strip(), pin.strip()
        if not employee_id or not pin:
            raise PermissionError(PIN_MISSING)
        return self._sign_in(employee_id, pin)

    def _sign_in(self, employee_id: str, pin: str) -> Session:
        try:
            answer = self.hq.sign_in(employee_id, pin)
        # HQ down, a proxy answering for it, or HQ refusing this terminal's version until it
        # is updated (the sync says so on screen): work offline, writes wait.
        except (HQUnreachable, HQBusy, UpgradeRequired) as exc:
            log.info(
                "sign-in: HQ did not answer (%s); checking the PIN offline", type(exc).__name__
            )
            # OfflineLocked (a PermissionError) while a wait after wrong PINs runs.
            if not offline_sign_in(self.vault, employee_id, pin, self.clock()):
                raise PermissionError(
                    Said(
                        "HQ cannot be reached and this PIN was not used online on this "
                        "terminal before; sign in once while the network is up",
                        "offline_pin_unknown",
                    )
                ) from None
            with self.cache.read() as conn:
                who = catalog.associate(conn, employee_id)
            if who is None:
                raise PermissionError(
                    Said(
                        f"{employee_id} is not an active associate of this store",
                        "not_an_associate",
                        employee_id=employee_id,
                    )
                ) from None
            return Session(employee_id, who.name, who.role, None, online=False)
        except HQAnswered as exc:
            raise PermissionError(exc.message) from None
        remember_pin(self.vault, employee_id, pin)
        self.vault.put(f"session:{employee_id}", answer["session_token"])
        grant = answer.get("write_grant")  # an older HQ gives none
        if grant:
            self.vault.put(f"grant:{employee_id}", json.dumps(grant))
        who = answer["associate"]
        return Session(employee_id, who["name"], who["role"], answer["session_token"], True)

    def unlock_offline(self, employee_id: str) -> None:
        """Lift an associate's offline sign-in lock (too many wrong PINs): managers only."""
        require(self.signed_in().role, Action.UNLOCK_OFFLINE)
        clear_offline_tries(self.vault, employee_id.strip())

    def offline_locked(self) -> list[AssociateCard]:
        """This store's associates whose offline sign-in is locked on this terminal."""
        return [a for a in self.associates() if offline_locked(self.vault, a.employee_id)]

    def _renew(self, session: Session, pin_for: PinSource) -> str | None:
        """Sign the associate in again after their session expired; None if not now."""
        pin = pin_for(session.employee_id)
        if not pin:
            return None
        try:
            answer = self.hq.sign_in(session.employee_id, pin)
        except HQError:
            return None
        session.token = answer["session_token"]
        self.vault.put(f"session:{session.employee_id}", session.token)
        return session.token

    def sign_out(self) -> None:
        with self._lock:
            self.current, self._client = None, None

    def signed_in(self) -> Session:
        """The signed-in associate; PermissionError when nobody is."""
        session = self.current
        if session is None:
            raise PermissionError(SIGN_IN_FIRST)
        return session

    def writer(self) -> HQClient | None:
        """The client that sends the signed-in associate's writes now; None when they signed
        in offline (their writes wait in the outbox). PermissionError when nobody is signed in."""
        self.signed_in()
        return self._client

    def grant_client(self, employee_id: str) -> HQClient | None:
        """The client that sends `employee_id`'s queued writes as theirs with nobody signed in:
        with the write grant HQ gave them at their last online sign-in here; None without one.
        HQ refuses an expired or ended grant (the write is then set aside with HQ's reason)."""
        stored = self.vault.get(f"grant:{employee_id}")
        try:
            token = json.loads(stored)["token"] if stored else None
        except (ValueError, TypeError, KeyError):
            token = None
        return self.hq.with_grant(token) if token else None

    def client(self) -> HQClient | None:
        """The client for an associate's questions to HQ (a shopper outside this cache, an
        order): the signed-in associate's session, or None when there is none online."""
        return self._client
