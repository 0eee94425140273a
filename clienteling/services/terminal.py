"""The terminal as the screens and the CLI see it: enrollment, sign-in, sync, status."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from clienteling.api.client import HQClient, Policy
from clienteling.api.errors import HQAnswered, HQError, HQUnreachable
from clienteling.cache import outbox
from clienteling.cache.store import Cache, open_cache
from clienteling.protocol.sync import COLLECTIONS
from clienteling.security.pins import offline_sign_in, remember_pin
from clienteling.security.vault import Vault, cache_key
from clienteling.sync.engine import SyncEngine

from .scan_settings import apply_from_hq

log = logging.getLogger(__name__)

DEVICE_CREDENTIAL = "device-credential"


class NotEnrolled(RuntimeError):
    """This data directory has no enrolled terminal yet."""


@dataclass
class TerminalConfig:
    """What is not secret about the terminal (secrets live in the vault)."""

    hq_url: str
    store_id: str
    store_name: str
    device_id: str
    terminal_name: str
    idle_lock_minutes: float = 5.0  # back to sign-in after this long without a touch or key

    @classmethod
    def load(cls, home: Path) -> TerminalConfig:
        path = home / "terminal.json"
        if not path.exists():
            raise NotEnrolled(
                f"this terminal is not enrolled (no {path}); run "
                "`clienteling enroll --hq URL --code CODE`"
            )
        return cls(**json.loads(path.read_text()))

    def save(self, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        (home / "terminal.json").write_text(json.dumps(asdict(self), indent=2))


@dataclass
class Session:
    employee_id: str
    name: str
    role: str
    token: str | None  # None: signed in offline; writes queue until HQ is reachable
    online: bool


PinSource = Callable[[str], str | None]  # employee id -> their PIN, or None


class Terminal:
    def __init__(
        self,
        home: Path,
        vault: Vault,
        config: TerminalConfig,
        cache: Cache,
        policy: Policy | None = None,
    ) -> None:
        self.home, self.vault, self.config, self.cache = home, vault, config, cache
        self.policy = policy or Policy()
        self.scan_settings_changes = 0  # goes up each time HQ's scan settings changed them here

    @classmethod
    def enroll(cls, home: Path, vault: Vault, hq_url: str, code: str, name: str) -> Terminal:
        """Exchange a one-time code for this terminal's credential and make its cache."""
        with HQClient(hq_url, policy=Policy(attempts=1)) as client:
            answer = client.enroll(code, name)
        vault.put(DEVICE_CREDENTIAL, answer["device_token"])
        config = TerminalConfig(
            hq_url, answer["store_id"], answer["store_name"], answer["device_id"], name
        )
        config.save(home)
        apply_from_hq(home, vault, answer.get("scan_settings"))  # an older HQ sends none
        return cls.open(home, vault)

    @classmethod
    def open(cls, home: Path, vault: Vault) -> Terminal:
        config = TerminalConfig.load(home)
        key = cache_key(vault, create=True)
        return cls(home, vault, config, open_cache(home / "cache.db", key))

    def close(self) -> None:
        self.cache.close()

    def client(self, token: str | None = None) -> HQClient:
        return HQClient(
            self.config.hq_url, token or self.vault.get(DEVICE_CREDENTIAL), policy=self.policy
        )

    def engine(
        self, session: Session | None = None, pin_for: PinSource | None = None
    ) -> SyncEngine:
        """A sync engine acting as the terminal, or as a signed-in associate.

        With `pin_for`, an expired session is renewed by signing the same
        associate in again (the PIN pad, or CLIENTELING_PIN for the CLI).
        """
        client = self.client(session.token if session else None)
        if session is not None and session.token and pin_for is not None:
            client.renew = lambda: self.renew_session(session, pin_for)
        return SyncEngine(self.cache, client)

    def refresh_scan_settings(self) -> bool:
        """Ask HQ for the chain's scan settings and keep them; True when they changed here.

        Runs with the terminal's own credential on every sync run. HQ unreachable,
        an older HQ without the endpoint, or any refusal: the last settings stay.
        """
        try:
            with self.client() as client:
                answer = client.scan_settings()
        except HQAnswered as exc:
            if exc.status == 404:
                log.info("HQ has no scan settings endpoint (an older HQ); keeping the last ones")
            else:
                log.warning("HQ refused the scan settings (%s); keeping the last ones", exc)
            return False
        except HQError:
            return False  # offline or HQ busy: next sync run
        changed = apply_from_hq(self.home, self.vault, answer)
        if changed:
            self.scan_settings_changes += 1
        return changed

    def renew_session(self, session: Session, pin_for: PinSource) -> str | None:
        """Sign the associate in again after their session expired; None if not now."""
        pin = pin_for(session.employee_id)
        if not pin:
            return None
        try:
            with self.client() as client:
                answer = client.sign_in(session.employee_id, pin)
        except HQError:
            return None
        session.token = answer["session_token"]
        self.vault.put(f"session:{session.employee_id}", session.token)
        return session.token

    def sign_in(self, employee_id: str, pin: str) -> Session:
        """Online with HQ when it answers; offline with the PIN last used here otherwise."""
        try:
            with self.client() as client:
                answer = client.sign_in(employee_id, pin)
        except HQUnreachable:
            if not offline_sign_in(self.vault, employee_id, pin):
                raise PermissionError(
                    "HQ cannot be reached and this PIN was not used online on this terminal "
                    "before; sign in once while the network is up"
                ) from None
            row = self.cache.writer.execute(
                "SELECT name, role FROM associates WHERE associate_id = ? AND active",
                (employee_id,),
            ).fetchone()
            if row is None:
                raise PermissionError(
                    f"{employee_id} is not an active associate of this store"
                ) from None
            return Session(employee_id, row[0], row[1], None, online=False)
        except HQAnswered as exc:
            raise PermissionError(exc.message) from None
        remember_pin(self.vault, employee_id, pin)
        self.vault.put(f"session:{employee_id}", answer["session_token"])
        who = answer["associate"]
        return Session(employee_id, who["name"], who["role"], answer["session_token"], True)

    def status(self) -> dict:
        """Cursor ages, outbox depth and parked entries."""
        conn = self.cache.writer
        now = datetime.now(UTC)
        rows = dict(
            (r[0], r[1:])
            for r in conn.execute("SELECT collection, cursor, synced_at FROM sync_state")
        )
        collections = {}
        for name in COLLECTIONS:
            cursor, synced = rows.get(name, (0, None))
            age = (now - datetime.fromisoformat(synced)).total_seconds() if synced else None
            collections[name] = {"cursor": cursor, "synced_at": synced, "age_seconds": age}
        parked = [
            {"id": r[0], "kind": r[1], "reason": r[2]}
            for r in conn.execute(
                "SELECT id, kind, last_error FROM outbox WHERE state = 'parked' ORDER BY n"
            )
        ]
        return {
            "store_id": self.config.store_id,
            "hq": self.config.hq_url,
            "collections": collections,
            "outbox": outbox.depth(conn),
            "parked": parked,
        }
