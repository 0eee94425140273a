"""`clienteling doctor`: what support needs to know of a terminal, each check with a stable
key, a verdict and a stable reason code; the words (what is wrong, what to do) are the
UI's, in the terminal's language (clienteling.ui.doctor_texts).

Every check stands alone: a keyring that cannot be read still lets the disk, HQ and
settings be checked. Nothing here writes, migrates or sends anything; no secret and no
shopper data goes into a finding (numbers, names of backends, versions, reasons HQ gave).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from clienteling import __version__, paths
from clienteling.api.client import CERTIFICATE_REFUSED, HQClient
from clienteling.api.errors import HQError, HQUnreachable
from clienteling.cache import outbox
from clienteling.cache.schema import MIGRATIONS
from clienteling.cache.store import KEPT_ASIDE, CacheError, WrongKey, connect, inspect
from clienteling.domain.hq_address import LOOPBACK
from clienteling.protocol.version import API_PREFIX
from clienteling.security.vault import Vault, VaultUnavailable, backend_in_use, cache_key
from clienteling.services.fleet_settings import wedge_settings
from clienteling.settings import NotEnrolled, SettingsFile

OK, WARN, FAIL, SKIP = "ok", "warn", "fail", "skip"
REPORT_VERSION = 1  # of the JSON below; docs/support.md describes it

DISK_FAIL_BYTES = 200 * 1024 * 1024  # a sync page and the outbox's next writes need room
DISK_WARN_BYTES = 1024 * 1024 * 1024
SKEW_WARN_SECONDS = 30
SKEW_FAIL_SECONDS = 120  # offline write grants and one-time codes are checked against time
PENDING_WARN_HOURS = 4  # a queued write this old: the network has been out for long
# Whose scanner setup is in use (the scanner finding's `source`): this terminal's own, saved
# by a manager here, or the store's fleet settings from HQ (docs/fleet.md).
SCANNER_OWN, SCANNER_STORE = "own", "store"


@dataclass(frozen=True)
class Finding:
    key: str  # stable: version, keyring, cache, disk, hq, tls, clock, outbox, scanner, ...
    status: str  # ok | warn | fail | skip
    code: str  # stable reason: e.g. keyring_insecure, hq_unreachable, clock_skew
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Report:
    at: str
    mode: str
    findings: tuple[Finding, ...]

    @property
    def worst(self) -> str:
        statuses = {f.status for f in self.findings}
        return next((s for s in (FAIL, WARN) if s in statuses), OK)


class Doctor:
    """The checks of the terminal in `home`. `vault` opens its keyring entries (it may raise
    VaultUnavailable: that is a finding too); `devices` adds the Qt checks (camera, printer)."""

    def __init__(
        self,
        home: Path,
        vault: Callable[[], Vault],
        *,
        training: bool = False,
        devices: Callable[[], list[Finding]] | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.home, self.open_vault, self.training = home, vault, training
        self.devices, self.now = devices, now
        self.settings = SettingsFile(home, training=training)

    def run(self) -> Report:
        findings = [self.version()]
        vault = None
        try:
            vault = self.open_vault()
        except VaultUnavailable as exc:
            findings.append(self.keyring(failed=exc))
        else:
            findings.append(self.keyring())
        findings += [self.cache(vault), *self.kept_aside(), self.disk()]
        findings += self.hq()
        findings.append(self.outbox(vault))
        findings.append(self.scanner())
        if self.devices is not None:
            findings += self.devices()
        mode = "training" if self.training else "production"
        return Report(self.now().isoformat(), mode, tuple(findings))

    def version(self) -> Finding:
        facts = {
            "app": __version__,
            "protocol": API_PREFIX.strip("/"),
            "cache_schema": len(MIGRATIONS),
        }
        return Finding("version", OK, "version", facts)

    def keyring(self, failed: VaultUnavailable | None = None) -> Finding:
        try:
            name, secure = backend_in_use()
        except VaultUnavailable as exc:
            return Finding("keyring", FAIL, "keyring_unavailable", {"why": str(exc)})
        if failed is not None and secure:  # there is one, and it would not open (locked)
            return Finding("keyring", FAIL, "keyring_unavailable", {"why": str(failed)})
        if secure:
            return Finding("keyring", OK, "keyring_secure", {"backend": name})
        code = "keyring_memory" if self.training else "keyring_insecure"
        return Finding("keyring", WARN if self.training else FAIL, code, {"backend": name})

    def cache(self, vault: Vault | None) -> Finding:
        path = self.home / paths.CACHE_FILE
        if not path.exists():
            return Finding("cache", WARN if self.settings.enrolled else SKIP, "cache_missing")
        if vault is None:
            return Finding("cache", SKIP, "cache_no_key")
        try:
            key = cache_key(vault, create=False)
        except VaultUnavailable as exc:
            return Finding("cache", FAIL, "keyring_unavailable", {"why": str(exc)})
        if key is None:
            return Finding("cache", FAIL, "cache_key_missing")
        try:
            health = inspect(path, key)
        except WrongKey:
            return Finding("cache", FAIL, "cache_wrong_key")
        except CacheError as exc:
            return Finding("cache", FAIL, "cache_damaged", {"why": str(exc)})
        facts = {"bytes": health.size, "schema": health.schema, "mode": health.mode}
        if not health.encrypted:
            return Finding("cache", FAIL, "cache_not_encrypted", facts)
        if health.problems:
            return Finding("cache", FAIL, "cache_damaged", facts | {"problems": health.problems})
        if health.schema > len(MIGRATIONS):
            return Finding("cache", FAIL, "cache_newer", facts)
        return Finding("cache", OK, "cache_sound", facts)

    def kept_aside(self) -> list[Finding]:
        """Cache files a start kept aside (their key was lost, or damaged: app.open_terminal),
        none deleted: orders queued in them were not sent. Nothing when there are none."""
        prefix = paths.CACHE_FILE + KEPT_ASIDE
        kept = sorted(
            p.name
            for p in (self.home.iterdir() if self.home.is_dir() else ())
            if p.name.startswith(prefix) and not p.name.endswith(("-wal", "-shm"))
        )
        if not kept:
            return []
        return [
            Finding(
                "cache_kept", WARN, "cache_kept_aside", {"files": len(kept), "newest": kept[-1]}
            )
        ]

    def disk(self) -> Finding:
        where = self.home
        while not where.exists() and where != where.parent:  # not made yet: where it will be
            where = where.parent
        usage = shutil.disk_usage(where)
        facts = {"free_bytes": usage.free, "total_bytes": usage.total}
        if usage.free < DISK_FAIL_BYTES:
            return Finding("disk", FAIL, "disk_full", facts)
        if usage.free < DISK_WARN_BYTES:
            return Finding("disk", WARN, "disk_low", facts)
        return Finding("disk", OK, "disk_room", facts)

    def hq(self) -> list[Finding]:
        """Reachability, TLS and clock skew, from one health check (no credential sent)."""
        try:
            terminal = self.settings.terminal()
        except NotEnrolled:
            skipped = [Finding(k, SKIP, "not_enrolled") for k in ("hq", "tls", "clock")]
            return skipped
        client = HQClient(terminal.hq_url, None, training=self.training)
        try:
            health = client.health()
        except HQUnreachable as exc:
            tls_refused = str(exc) == CERTIFICATE_REFUSED
            return [
                Finding("hq", FAIL, "hq_unreachable", {"why": str(exc)}),
                Finding(
                    "tls",
                    FAIL if tls_refused else SKIP,
                    "tls_refused" if tls_refused else "hq_unreachable",
                ),
                Finding("clock", SKIP, "hq_unreachable"),
            ]
        except HQError as exc:
            return [
                Finding("hq", FAIL, "hq_failing", {"why": str(exc)}),
                Finding("tls", SKIP, "hq_failing"),
                Finding("clock", SKIP, "hq_failing"),
            ]
        finally:
            client.close()
        found = [
            Finding(
                "hq",
                OK,
                "hq_answers",
                {"round_trip_ms": round(health.round_trip * 1000, 1), "hq_version": health.version},
            )
        ]
        if health.tls:
            found.append(Finding("tls", OK, "tls_verified"))
        else:  # plain http is allowed to an HQ on this machine only (is_hq_url)
            local = urlsplit(terminal.hq_url).hostname in LOOPBACK
            found.append(Finding("tls", OK if local else FAIL, "tls_none"))
        if health.hq_time is None:
            found.append(Finding("clock", SKIP, "clock_unknown"))
        else:
            skew = (self.now() - health.hq_time).total_seconds() - health.round_trip / 2
            facts = {"skew_seconds": round(skew, 1)}
            if abs(skew) >= SKEW_FAIL_SECONDS:
                found.append(Finding("clock", FAIL, "clock_skew", facts))
            elif abs(skew) >= SKEW_WARN_SECONDS:
                found.append(Finding("clock", WARN, "clock_skew", facts))
            else:
                found.append(Finding("clock", OK, "clock_in_step", facts))
        return found

    def outbox(self, vault: Vault | None) -> Finding:
        path = self.home / paths.CACHE_FILE
        if vault is None or not path.exists():
            return Finding("outbox", SKIP, "cache_missing" if vault else "cache_no_key")
        try:
            key = cache_key(vault, create=False)
            if key is None:
                return Finding("outbox", SKIP, "cache_key_missing")
            conn = connect(path, key, readonly=True)
        except (CacheError, VaultUnavailable):
            return Finding("outbox", SKIP, "cache_unreadable")
        try:
            depth = outbox.depth(conn)
            parked = outbox.records(conn, states=(outbox.PARKED,))
            pending = outbox.records(conn, states=(outbox.PENDING,))
        finally:
            conn.close()
        oldest = min((r.created_at for r in pending), default=None)
        hours = None
        if oldest:
            hours = round((self.now() - datetime.fromisoformat(oldest)).total_seconds() / 3600, 1)
        facts = {
            "queued": depth[outbox.PENDING],
            "parked": depth[outbox.PARKED],
            "delivered": depth[outbox.DELIVERED],
            "oldest_queued_hours": hours,
            # kinds and HQ's reasons only: never the bodies (shopper data)
            "parked_entries": [{"kind": r.kind, "reason": r.last_error or ""} for r in parked[:50]],
        }
        if parked:
            return Finding("outbox", WARN, "outbox_parked", facts)
        if hours is not None and hours >= PENDING_WARN_HOURS:
            return Finding("outbox", WARN, "outbox_stuck", facts)
        return Finding("outbox", OK, "outbox_flowing", facts)

    def scanner(self) -> Finding:
        """The scanner setup in use (services.scanning `wedge_settings`): this terminal's own
        when a manager saved one here, else the store's fleet settings from HQ."""
        own = self.settings.scanner_own()
        if own:
            settings, problem = self.settings.scanner_checked()
        else:
            settings, problem = wedge_settings(self.settings.fleet()), None
        facts = {
            "source": SCANNER_OWN if own else SCANNER_STORE,
            # the store's reached this terminal (before its first sync: the defaults)
            "store_settings_received": self.settings.fleet_delivered(),
            "prefix": bool(settings.prefix),
            "suffix_required": settings.require_suffix,
            "timeout_ms": settings.timeout_ms,
        }
        if problem:
            return Finding("scanner", FAIL, "scanner_settings_unusable", facts | {"why": problem})
        return Finding("scanner", OK, "scanner_settings_usable", facts)
