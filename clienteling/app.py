"""The composition root: settings, vault, cache, HQ client, sync engine and services, built
once and passed in.

Nothing else in the terminal picks a file location or a keyring backend, makes
the HQ client or the sync engine, or wires one service to another.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from clienteling import paths
from clienteling.api.client import HQClient, Policy
from clienteling.api.longpoll import LongPollClient
from clienteling.cache.store import Cache, CorruptCache, WrongKey, open_cache, set_aside
from clienteling.domain.said import Said, said_by
from clienteling.security.vault import Vault, cache_key, open_vault
from clienteling.services.activity import StoreActivity
from clienteling.services.day import Day
from clienteling.services.engagement import Engagement
from clienteling.services.enrollment import DEVICE_CREDENTIAL, enroll
from clienteling.services.fleet_settings import FleetSettings, check_training_allowed
from clienteling.services.lookup import Lookup
from clienteling.services.management import Management
from clienteling.services.orders import Orders
from clienteling.services.products import Catalog
from clienteling.services.profiles import Profiles
from clienteling.services.scanning import Scans
from clienteling.services.sessions import Sessions
from clienteling.services.syncing import Syncing
from clienteling.services.terminal import TerminalServices
from clienteling.services.training_results import TrainingResults
from clienteling.services.writes import Writes
from clienteling.settings import NotEnrolled, SettingsFile
from clienteling.sync.engine import SyncEngine
from clienteling.sync.follow import Follower

log = logging.getLogger(__name__)

# Screens must answer quickly when the network is down: give up on HQ fast.
SCREEN_POLICY = Policy(deadline=6.0, attempt_timeout=4.0, connect_timeout=1.5, attempts=2)


def home_dir(training: bool = False) -> Path:
    return paths.training_dir() if training else paths.production_dir()


class WrongModeHome(RuntimeError):
    """Training asked to work in the production terminal's folder, or the other way round."""


def check_home(home: Path, training: bool) -> None:
    """Training never works in the production terminal's folder, production never in training's."""
    other = paths.production_dir() if training else paths.training_dir()
    if home.resolve() == other.resolve():
        mode = "training" if training else "production"
        # The words of a cache of the other mode: this folder holds the other mode's data.
        code = "cache_production" if training else "cache_training"
        raise WrongModeHome(Said(f"{home} is not a {mode} terminal's folder", code))


def keyring_service(home: Path, *, training: bool = False) -> str:
    """The keyring service of the terminal in `home`; training's has its own suffix."""
    tag = hashlib.sha256(str(home.resolve()).encode()).hexdigest()[:12]
    return f"clienteling-{tag}" + ("-training" if training else "")


def vault_for(home: Path, *, training: bool = False) -> Vault:
    """One keyring service per data directory, so two terminals on a machine never share keys,
    and a training terminal's entries are never a production one's.

    The training terminal may fall back to memory when no secure keyring exists.
    """
    check_home(home, training)
    return open_vault(keyring_service(home, training=training), allow_insecure=training)


def open_terminal(
    home: Path,
    vault: Vault,
    *,
    training: bool = False,
    policy: Policy | None = None,
) -> TerminalServices:
    """The enrolled terminal in `home` with its services; NotEnrolled when there is none.

    `training`: the training terminal, whose cache is marked as training's (a production
    terminal refuses it, and training refuses a production cache) and whose HQ client
    talks to 127.0.0.1 only."""
    check_home(home, training)
    settings = SettingsFile(home, training=training)
    terminal = settings.terminal()
    hq = HQClient(
        terminal.hq_url, vault.get(DEVICE_CREDENTIAL), policy=policy, training=training
    )  # refuses a non-training HQ before the cache is opened
    mode = "training" if training else "production"
    try:
        cache, kept_aside = _open_or_start_again(home, cache_key(vault, create=True), mode)
    except BaseException:
        hq.close()
        raise
    hq.report_cache_schema(cache.schema_version())
    engine = SyncEngine(cache, hq)
    store = terminal.store_id
    sessions = Sessions(cache, vault, hq, store)
    writes = Writes(cache, engine, sessions)
    lookup = Lookup(cache, store, sessions)
    # A production terminal tells training mode beside it whether its store may train.
    handoff = None if training else paths.training_policy_file(home)
    fleet = FleetSettings(settings, hq, training_policy=handoff)
    orders = Orders(cache, writes, store, fleet)
    scans = Scans(
        cache, settings, vault, sessions, orders, store_id=store, hq_url=terminal.hq_url,
        fleet=fleet,
    )  # fmt: skip
    follower = Follower(engine, LongPollClient(hq))
    syncing = Syncing(
        cache, engine, writes, hq, settings, vault,
        on_scan_settings=scans.forget, on_pulled=lookup.forget, fleet=fleet, follower=follower,
    )  # fmt: skip

    def close() -> None:
        follower.close()
        hq.close()
        cache.close()

    profiles = Profiles(cache, store)
    results = None
    if not training:  # a production terminal sends an associate's results once they say so
        results = TrainingResults(paths.training_results_dir(home), writes, sessions)
    return TerminalServices(
        terminal=terminal,
        sessions=sessions,
        lookup=lookup,
        profiles=profiles,
        engagement=Engagement(writes, profiles, fleet),
        catalog=Catalog(cache, hq, store),
        orders=orders,
        scans=scans,
        syncing=syncing,
        management=Management(cache, engine, sessions, terminal.device_id),
        closing=close,
        day=Day(cache, sessions, writes),
        training=training,
        training_results=results,
        activity=StoreActivity(sessions, store),
        fleet=fleet,
        cache_kept_aside=kept_aside,
    )


def _open_or_start_again(home: Path, key: bytes, mode: str) -> tuple[Cache, Path | None]:
    """The terminal's cache, and None; or, when the key does not open it or it is damaged,
    a new empty cache (the first sync fills it from HQ) and where the old file was kept
    (cache.store.set_aside: never deleted). Any other refusal (a newer schema, the other
    mode's cache, a file held by another program) is raised: the file itself is sound."""
    path = home / paths.CACHE_FILE
    try:
        return open_cache(path, key, mode=mode), None
    except (WrongKey, CorruptCache) as exc:
        aside = set_aside(path, datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"))
        said = said_by(exc)
        why = said.code if said is not None else type(exc).__name__
        log.warning("the cache could not be opened (%s): kept as %s, new one made", why, aside.name)
        return open_cache(path, key, mode=mode), aside


def terminal_entry(
    home: Path, make_vault: Callable[[Path], Vault], *, policy: Policy | None = SCREEN_POLICY
):
    """How the app opens this data directory: (open the enrolled terminal, or None; enroll one).

    Both run off the UI thread and return the terminal's services. The vault is
    opened (and the cache key stored) before HQ sees the code, so a missing
    keyring never spends a one-time code.
    """

    def open_enrolled(progress=None) -> TerminalServices:
        return open_terminal(home, make_vault(home), policy=policy)

    def enroll_here(address: str, code: str, name: str) -> TerminalServices:
        vault = make_vault(home)
        enroll(SettingsFile(home), vault, address, code, name)
        return open_terminal(home, vault, policy=policy)

    enrolled = SettingsFile(home).enrolled
    return (open_enrolled if enrolled else None), enroll_here


# --- training mode --------------------------------------------------------------------------


class TrainingTerminal:
    """The training chain on an embedded HQ and one terminal enrolled with it.

    Made on the UI thread (cheap); `start` does the work and runs on a worker.
    The terminal lives in the training folder, apart from any production data.
    """

    def __init__(self, home: Path | None = None, *, chain: dict | None = None) -> None:
        self.home = home or paths.training_dir()
        self.chain = chain or {}  # the generated chain's sizes (tests make a small one)
        self.hq = None
        self.services: TerminalServices | None = None
        self.pins: dict[str, str] = {}
        self._vault_kept: Vault | None = None
        self._coach = None

    def start(self, progress=None) -> TerminalServices:
        """Start the HQ (seeding it the first time), enroll or reopen the terminal."""
        from clienteling.demo.embedded_hq import EmbeddedHQ

        self.check_allowed()
        report = progress or (lambda stage, done, total: None)
        paths.ensure(self.home)
        self.hq = EmbeddedHQ(self.home, **self.chain)
        url = self.hq.start(report)
        store = sorted({a.store_id for a in self.hq.associates})[0]
        report("terminal", 0, 0)
        self.services = self._terminal(url, store)
        self._keep_pristine()
        self.pins = {
            a.employee_id: a.pin for a in self.hq.associates if a.store_id == self.services.store_id
        }
        return self.services

    def check_allowed(self) -> None:
        """TrainingOff when HQ switched training off for the store of the production terminal
        beside this folder (it says so in paths.training_policy_file at each sync run)."""
        check_training_allowed(paths.training_policy_file(self.home))

    def _terminal(self, url: str, store: str) -> TerminalServices:
        """Reopen the training terminal (the HQ port changes each run) or enroll a fresh one."""
        from clienteling.cache.store import CacheError
        from clienteling.settings import NotEnrolled

        vault = self._vault()
        settings = SettingsFile(self.home, training=True)
        try:
            terminal = settings.terminal()
        except NotEnrolled:
            terminal = None
        if terminal is not None and vault.get(DEVICE_CREDENTIAL) is not None:
            settings.save_terminal(replace(terminal, hq_url=url))
            try:
                services = open_terminal(self.home, vault, training=True, policy=SCREEN_POLICY)
            except CacheError:
                services = None
            if services is not None:
                # The training HQ may have been made again since: is this device known?
                if services.syncing.device_known():
                    return services
                services.close()
        # Training only: a terminal that cannot be reopened is made again from the HQ.
        settings.forget_terminal()
        for path in paths.cache_files(self.home):
            path.unlink(missing_ok=True)
        from clienteling.demo import pristine

        pristine.forget_terminal(self.home)  # a kept terminal of another enrollment is no use
        code = self.hq.enrollment_code(store)
        enroll(settings, vault, url, code, "training terminal")
        return open_terminal(self.home, vault, training=True, policy=SCREEN_POLICY)

    def _keep_pristine(self) -> None:
        """The first time: keep the chain and the terminal as they are now, for `reset`."""
        from clienteling.demo import pristine

        if pristine.kept(self.home):
            return
        pristine.keep_hq(self.home)
        self.services.close()
        pristine.keep_terminal(self.home)
        self.services = open_terminal(self.home, self._vault(), training=True, policy=SCREEN_POLICY)

    def _vault(self) -> Vault:
        if self._vault_kept is None:
            self._vault_kept = vault_for(self.home, training=True)
        return self._vault_kept

    def record_result(self, employee_id: str, summary) -> Path:
        """Leave a finished scenario's training record for the trainee's manager: the
        trainee's real employee id (asked when training starts; the practice chain's
        associates are not real people) and the coach's summary (scenario_id, seconds,
        hints, mistakes: a mapping or an object). It waits in the hand-off folder until that
        employee signs in on this machine's production terminal, which sends it to the real
        HQ as their own write. No Qt, no network, but a file synced to disk: call it from a
        worker. ValueError when the record does not fit. Returns the file written."""
        from clienteling.domain.training_records import TrainingRecord
        from clienteling.services.training_results import hand_off

        record = TrainingRecord.finished(employee_id, summary)
        return hand_off(paths.training_results_dir(self.home), record)

    @property
    def online(self) -> bool:
        """Whether the training HQ answers (False during an outage on demand)."""
        return self.hq is not None and self.hq.online

    def cut_off(self) -> None:
        """The outage on demand: the training HQ stops answering; the terminal finds out as it
        would in a store (its probe, its requests)."""
        self.hq.cut_off()

    def restore(self) -> None:
        """The network back: the same HQ on the same address."""
        self.hq.restore()

    def reset(self) -> TerminalServices:
        """Back to the starting state without a new seed run: syncing stops (the terminal is
        closed), the kept copies of the HQ's database and the terminal's files are put back,
        and the terminal opens again on the same HQ address. The old services are unusable."""
        from clienteling.demo import pristine

        self.check_allowed()
        if self.services is not None:
            self.services.close()
            self.services = None
        self.hq.replace_data(lambda: pristine.put_back_hq(self.home))
        pristine.put_back_terminal(self.home)
        from clienteling.cache.store import CacheError

        try:  # the kept terminal is the kept HQ's device: no request needed to know it
            self.services = open_terminal(
                self.home, self._vault(), training=True, policy=SCREEN_POLICY
            )
        except (CacheError, NotEnrolled):  # its keys are gone (a memory vault since): enroll
            store = sorted({a.store_id for a in self.hq.associates})[0]
            self.services = self._terminal(self.hq.url, store)
        return self.services

    def scenarios(self) -> list:
        """The guided scenarios (clienteling.domain.training.Scenario), in file order."""
        return self.coach().scenarios_in_order

    def coach(self):
        """The coach of guided scenarios on this training terminal (clienteling.demo.coach),
        made once; Qt-free, its blocking calls run on a worker."""
        if self._coach is None:
            from clienteling.demo.coach import Coach
            from clienteling.demo.scenarios import load_all

            self._coach = Coach(self, load_all())
        return self._coach

    def close(self) -> None:
        if self.services is not None:
            self.services.close()
            self.services = None
        if self.hq is not None:
            self.hq.stop()
            self.hq = None
