"""Keeping the terminal current: pulling HQ's changes, sending queued writes, and where the
terminal stands (connectivity, age of its data, writes waiting or refused)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from clienteling.api.client import HQClient
from clienteling.api.errors import HQAnswered, HQError, UpgradeRequired
from clienteling.cache import outbox
from clienteling.cache.apply import row_counts, sync_states
from clienteling.cache.store import Cache
from clienteling.domain.enums import Connectivity
from clienteling.protocol.sync import COLLECTIONS
from clienteling.security.vault import Vault
from clienteling.settings import SettingsFile
from clienteling.sync.engine import Followed, PullProgress, PushReport, SyncEngine
from clienteling.sync.follow import STOPPED, Follower, Following

from .fleet_settings import FleetSettings
from .scan_settings import apply_from_hq
from .writes import ACTIVITY, Writes

log = logging.getLogger(__name__)

__all__ = ["COLLECTIONS", "Parked", "PullProgress", "Syncing", "TerminalStatus"]


@dataclass(frozen=True)
class Parked:
    """A write HQ refused: it waits for the associate, with HQ's reason."""

    id: str
    kind: str
    reason: str


@dataclass(frozen=True)
class TerminalStatus:
    connectivity: Connectivity
    last_sync_age: float | None  # seconds since the oldest collection was synced; None: never
    queued: int  # writes waiting for HQ
    parked: int  # writes HQ refused; they need the associate
    delivered: int  # writes HQ has
    cursors: dict[str, int]  # per collection: the last change applied
    synced_at: dict[str, str | None]  # per collection: when (ISO 8601 UTC); None: never
    refused: tuple[Parked, ...] = ()
    # HQ refuses this terminal's version (426): its words, saying what to install. The
    # terminal stops asking HQ until it is restarted (updated); its writes wait.
    upgrade: str = ""

    @property
    def last_sync(self) -> str | None:
        """When every collection was last synced: the oldest one's time; None until each
        has been synced once."""
        stamps = [s for s in self.synced_at.values() if s]
        return min(stamps) if stamps and len(stamps) == len(self.synced_at) else None

    def age_of(self, collection: str, now: datetime | None = None) -> float | None:
        stamp = self.synced_at.get(collection)
        if not stamp:
            return None
        return ((now or datetime.now(UTC)) - datetime.fromisoformat(stamp)).total_seconds()


class Syncing:
    """The terminal's sync runs and status. Methods may block: run them off the UI thread."""

    def __init__(
        self,
        cache: Cache,
        engine: SyncEngine,
        writes: Writes,
        hq: HQClient,
        settings: SettingsFile,
        vault: Vault,
        on_scan_settings: Callable[[], None] = lambda: None,
        on_pulled: Callable[[], None] = lambda: None,
        fleet: FleetSettings | None = None,
        follower: Follower | None = None,
    ) -> None:
        self.cache, self.engine, self.writes, self.hq = cache, engine, writes, hq
        self.settings, self.vault = settings, vault
        self.on_scan_settings, self.on_pulled = on_scan_settings, on_pulled
        self.upgrade = ""  # HQ's words when it refused this terminal's version
        self.fleet = fleet  # the store's fleet settings, refreshed when HQ's token moves
        self.follower = follower  # changes pushed by HQ (a long poll); None: timer only
        self._settings_lock = threading.Lock()  # the timer's run and the follower's
        engine.settings_applied = settings.settings_token()

    @property
    def connectivity(self) -> Connectivity:
        return self.hq.connectivity.state

    def probe(self) -> Connectivity:
        """One light look at HQ (GET /healthz, a few seconds at most): ONLINE, DEGRADED
        (HQ answers with server errors) or OFFLINE; `status()` says the same from then on."""
        return self.hq.probe()

    def sync(self, progress: Callable[[PullProgress], None] | None = None) -> TerminalStatus:
        """Pull HQ's changes, refresh the scan and fleet settings when they changed at HQ,
        and send queued writes;
        offline is a state, not an error. Once HQ refused this terminal's version, nothing
        is asked of HQ again until the app restarts (no retry loop); the status says why."""
        if self.upgrade:
            return self.status()
        self.report(self.status())  # what this run's requests tell HQ (writes queued offline)
        try:
            self.pull(progress)
            self.refresh_settings()
            self.writes.send_due()  # each as its author: their session or their write grant
        except UpgradeRequired as exc:
            self.upgrade = exc.message
            log.warning("HQ refuses this terminal's version; syncing stops until it is updated")
        except HQError:
            pass  # the client noted the connectivity; the cache keeps working
        return self.report(self.status())

    def report(self, status: TerminalStatus) -> TerminalStatus:
        """Have every request from now on tell HQ where this terminal stands (its last sync,
        queued and refused writes: counts), for the manager's terminals list."""
        self.hq.report_state(status.last_sync, status.queued, status.parked)
        return status

    def pull(self, progress: Callable[[PullProgress], None] | None = None) -> int:
        """Bring every collection up to date with HQ; the number of changes applied."""
        try:
            return self.engine.pull(progress=progress)
        finally:
            self.on_pulled()

    def start_following(self) -> Following | None:
        """A run of the long poll to hand to `follow` on a worker; None when there is none
        (no follower, or HQ refused this terminal's version)."""
        if self.follower is None or self.upgrade:
            return None
        return self.follower.start()

    def follow(self, run: Following | None, token=None) -> str:
        """Keep one long poll open on HQ and apply what it brings, until `stop_following`
        or HQ cannot push (sync/follow.py says why it ended). Blocks for as long as it
        follows: run it on a worker of its own. Each answer that brought changes (and the
        first one after HQ failed, with or without) is given to `token.progress` (a
        `Followed`), after the cache has it."""

        def applied(followed: Followed) -> None:
            if followed.settings_news is not None:
                self.refresh_settings()  # a settings change at HQ woke the long poll
            if followed.applied:
                self.on_pulled()
            if token is not None:
                token.progress(followed)

        if run is None or self.follower is None:
            return STOPPED
        return self.follower.run(run, applied)

    def stop_following(self) -> None:
        """End the long poll now, from any thread (its request under way is cancelled)."""
        if self.follower is not None:
            self.follower.stop()

    def send_queued(self) -> PushReport:
        """Send the queued writes, each as its author, with nobody signed in if need be."""
        return self.writes.send_due()

    def device_known(self) -> bool:
        """Whether HQ still accepts this terminal's credential (False also when unreachable)."""
        try:
            self.hq.sync_page("stores", 0, 1)
        except HQError:
            return False
        return True

    def refresh_settings(self) -> tuple[str, ...]:
        """Fetch the scan and fleet settings when HQ's token (the last GET /v1/changes
        answer's) differs from the one applied here, or when HQ gives none (an older HQ:
        every run); keep the token once both came. Says which changed here ("scan",
        "fleet"); empty when nothing was fetched or nothing changed."""
        with self._settings_lock:
            token = self.engine.settings_token
            if token is not None and token == self.engine.settings_applied:
                return ()
            scan = self._fetch_scan_settings()
            fleet = self.fleet.fetch() if self.fleet is not None else False
            if token is not None and scan is not None and fleet is not None:
                self.settings.save_settings_token(token)
                self.engine.settings_applied = token
            return tuple(name for name, changed in (("scan", scan), ("fleet", fleet)) if changed)

    def refresh_scan_settings(self) -> bool:
        """Ask HQ for the chain's scan settings and keep them; True when they changed here.

        Runs with the terminal's own credential when HQ says they changed. HQ
        unreachable, an older HQ without the endpoint, or any refusal: the last
        settings stay.
        """
        return bool(self._fetch_scan_settings())

    def _fetch_scan_settings(self) -> bool | None:
        """`refresh_scan_settings`, saying None when HQ did not give them."""
        try:
            answer = self.hq.scan_settings()
        except HQAnswered as exc:
            if exc.status == 404:
                log.info("HQ has no scan settings endpoint (an older HQ); keeping the last ones")
                return False
            log.warning("HQ refused the scan settings (%s); keeping the last ones", exc)
            return None
        except HQError:
            return None  # offline or HQ busy: next sync run
        changed = apply_from_hq(self.settings, self.vault, answer)
        if changed:
            self.on_scan_settings()
        return changed

    def first_sync_done(self) -> bool:
        return all(self.status().synced_at.values())

    def cached_rows(self) -> dict[str, int]:
        """Rows per collection in this terminal's cache (for support; slow on a big cache)."""
        with self.cache.read() as conn:
            return row_counts(conn)

    def status(self) -> TerminalStatus:
        """Connectivity, the age of each collection, and the outbox's depth and refusals."""
        with self.cache.read() as conn:
            states = sync_states(conn)
            depth = outbox.depth(conn, without=(ACTIVITY,))  # the associates' writes
            parked = outbox.records(conn, states=(outbox.PARKED,))
        cursors = {name: states.get(name, (0, None))[0] for name in COLLECTIONS}
        synced = {name: states.get(name, (0, None))[1] for name in COLLECTIONS}
        now = datetime.now(UTC)
        ages = [
            (now - datetime.fromisoformat(at)).total_seconds() if at else None
            for at in synced.values()
        ]
        return TerminalStatus(
            self.connectivity,
            None if any(a is None for a in ages) else max(ages),
            depth[outbox.PENDING],
            depth[outbox.PARKED],
            depth[outbox.DELIVERED],
            cursors,
            synced,
            tuple(Parked(r.id, r.kind, r.last_error or "") for r in parked),
            self.upgrade,
        )
