"""The terminal's settings, declared once here with their types, defaults and file.

One file in the terminal's home, `settings.json`, with three sections:

- "terminal": what enrollment made (HQ's address, the store, the device id, the
  terminal's name) and the idle lock;
- "scan": the chain's scan settings as HQ last sent them (loyalty card formats,
  product page, order tracking and sign-up addresses, HQ's revision); the keys
  of signed shopper codes are secrets and live in the vault, never here;
- "scanner": this device's own keyboard-wedge scanner setup, when a manager saved one
  (it applies over the store's scanner settings from HQ);
- "fleet": the store's fleet settings as HQ last gave them (protocol.fleet);
- "settings_token": HQ's settings token (GET /v1/changes) of the scan and fleet
  settings last applied, so a restart does not fetch them again needlessly.

Older terminals kept the sections in terminal.json, scan.json and scanner.json;
the first load moves them into settings.json and removes them. The file is
written whole or not at all. A section that cannot be read is logged and its
defaults are used, except "terminal": without it the terminal is not enrolled.
Secrets never go into this file.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from clienteling.domain.errors import InvalidField
from clienteling.domain.hq_address import RULE, is_hq_url
from clienteling.domain.said import Said
from clienteling.protocol.fleet import checked as fleet_checked
from clienteling.scan import DEMO_LOYALTY, LoyaltyFormat, ScanConfig
from clienteling.scan.wedge import WedgeSettings

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
LEGACY_FILES = {"terminal": "terminal.json", "scan": "scan.json", "scanner": "scanner.json"}
DEFAULT_IDLE_LOCK_MINUTES = 5.0


class NotEnrolled(RuntimeError):
    """This data directory has no enrolled terminal yet (or its settings are unreadable)."""


@dataclass(frozen=True)
class TerminalSettings:
    """What is not secret about the terminal (its credential lives in the vault)."""

    hq_url: str
    store_id: str
    store_name: str
    device_id: str
    terminal_name: str
    idle_lock_minutes: float = DEFAULT_IDLE_LOCK_MINUTES  # back to sign-in after this long idle


def scan_config_from_json(data: dict[str, Any]) -> ScanConfig:
    """{"loyalty_formats": [{"prefix", "length", "check"}], "product_url_prefixes": [...],
    "tracking_url_prefix": "...", "signup_url": "...", "max_length": n}; other keys are
    ignored. Signing keys belong in the vault, not here."""
    if not isinstance(data, dict):
        raise TypeError("the scan settings are one object")
    formats = tuple(
        LoyaltyFormat(f["prefix"], f["length"], f.get("check", "none"))
        for f in data.get("loyalty_formats") or ()
    )
    names = ("tracking_url_prefix", "signup_url", "max_length")
    extra = {k: data[k] for k in names if data.get(k) is not None}
    return ScanConfig(
        loyalty_formats=formats,
        product_url_prefixes=tuple(data.get("product_url_prefixes") or ()),
        **extra,
    )


def scan_config_to_json(config: ScanConfig) -> dict[str, Any]:
    """What the scan section holds: everything but the keys."""
    return {
        "loyalty_formats": [
            {"prefix": f.prefix, "length": f.length, "check": f.check.value}
            for f in config.loyalty_formats
        ],
        "product_url_prefixes": list(config.product_url_prefixes),
        "tracking_url_prefix": config.tracking_url_prefix,
        "signup_url": config.signup_url,
        "max_length": config.max_length,
    }


_WEDGE_FIELDS = {f.name for f in fields(WedgeSettings)}


def _wedge_from_json(data: dict[str, Any]) -> WedgeSettings:
    values = {k: v for k, v in data.items() if k in _WEDGE_FIELDS}
    if "suffixes" in values:
        values["suffixes"] = tuple(values["suffixes"])
    return WedgeSettings(**values)


def _wedge_to_json(settings: WedgeSettings) -> dict[str, Any]:
    return asdict(settings) | {"suffixes": list(settings.suffixes)}


def write_atomically(path: Path, text: str) -> None:
    """Whole or not at all: a reader never sees a half-written file."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


class SettingsFile:
    """The settings of the terminal in `home`. Thread-safe; every call reads or writes the
    file (they are small, and read when a screen or a sync needs them).

    `training`: the training terminal, whose scan settings default to the training
    chain's loyalty cards until its HQ sends its own.
    """

    def __init__(self, home: Path, *, training: bool = False) -> None:
        self.home, self.training = home, training
        self.path = home / SETTINGS_FILE
        self._lock = threading.RLock()  # a write reads the file again under it

    # --- reading -----------------------------------------------------------------------------

    def _sections(self) -> dict[str, Any]:
        """The file's sections, moving older terminals' files in first."""
        with self._lock:
            if self.path.exists() or any((self.home / f).exists() for f in LEGACY_FILES.values()):
                return self._migrated()
            return {}

    def _migrated(self) -> dict[str, Any]:
        sections = self._read(self.path) if self.path.exists() else {}
        legacy = {k: self.home / f for k, f in LEGACY_FILES.items() if (self.home / f).exists()}
        if not legacy:
            return sections
        for section, path in legacy.items():
            if section not in sections:
                sections[section] = self._read(path)
        self._write(sections)
        for path in legacy.values():
            path.unlink(missing_ok=True)
        log.info("settings moved into %s from %s", SETTINGS_FILE, ", ".join(map(str, legacy)))
        return sections

    @staticmethod
    def _read(path: Path) -> Any:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.error("%s cannot be read (%s); its settings are not used", path, exc)
            return {}

    @property
    def enrolled(self) -> bool:
        return "terminal" in self._sections()

    def terminal(self) -> TerminalSettings:
        """The enrolled terminal's settings; NotEnrolled says what to do when there are none."""
        data = self._sections().get("terminal")
        if data is None:
            raise NotEnrolled(
                Said(
                    f"this terminal is not enrolled (no settings in {self.home}); run "
                    "`clienteling enroll --hq URL --code CODE`",
                    "not_enrolled",
                )
            )
        try:
            terminal = TerminalSettings(**data)
        except TypeError:
            raise NotEnrolled(
                Said(
                    f"the terminal settings in {self.path} are damaged; enroll the terminal again",
                    "settings_damaged",
                )
            ) from None
        if not is_hq_url(terminal.hq_url):  # the rule of every other way in: no plain http
            raise NotEnrolled(
                Said(
                    f"the HQ address in {self.path} is not one a terminal may use ({RULE}); "
                    "enroll the terminal again with its https address",
                    "settings_hq_address",
                )
            )
        return terminal

    def scan(self) -> ScanConfig:
        """The chain's scan settings, without keys; standard codes only when unset or unusable."""
        data = self._sections().get("scan")
        if data is not None:
            try:
                return scan_config_from_json(data)
            except (ValueError, TypeError, KeyError, InvalidField) as exc:
                log.error("the scan settings are not usable (%s); reading standard codes", exc)
                return ScanConfig()
        return ScanConfig(loyalty_formats=(DEMO_LOYALTY,)) if self.training else ScanConfig()

    def scan_section(self) -> dict[str, Any] | None:
        """The scan section as stored, HQ's revision included (None: never set)."""
        return self._sections().get("scan")

    def scanner_own(self) -> bool:
        """Whether a manager saved this device's own scanner setup (it then applies over the
        store's scanner settings from HQ, docs/fleet.md)."""
        return self._sections().get("scanner") is not None

    def scanner(self) -> WedgeSettings:
        """This device's scanner settings; the defaults when none or unusable."""
        settings, problem = self.scanner_checked()
        if problem:
            log.error("the scanner settings are not usable (%s); using the defaults", problem)
        return settings

    def scanner_checked(self) -> tuple[WedgeSettings, str | None]:
        """The scanner settings in use, and why the stored ones are not when they are not."""
        data = self._sections().get("scanner")
        if data is None:
            return WedgeSettings(), None
        try:
            return _wedge_from_json(data), None
        except (ValueError, TypeError, AttributeError, InvalidField) as exc:
            return WedgeSettings(), str(exc)

    # --- writing -----------------------------------------------------------------------------

    def _write(self, sections: dict[str, Any]) -> None:
        self.home.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(self.path, json.dumps(sections, indent=2, ensure_ascii=False))

    def _put(self, section: str, value: Any) -> None:
        with self._lock:
            sections = self._sections()
            if value is None:
                sections.pop(section, None)
            else:
                sections[section] = value
            self._write(sections)

    def save_terminal(self, settings: TerminalSettings) -> None:
        self._put("terminal", asdict(settings))

    def forget_terminal(self) -> None:
        """Drop the enrollment (the training terminal, before enrolling it again)."""
        self._put("terminal", None)

    def save_scan(self, config: ScanConfig, **facts: Any) -> None:
        """Keep the chain's scan settings (never the keys); `facts` adds e.g. HQ's revision."""
        self._put("scan", scan_config_to_json(config) | facts)

    def fleet(self) -> dict[str, Any]:
        """The fleet settings HQ last gave this terminal (protocol.fleet), checked; the
        declared defaults before the first sync brings them."""
        return fleet_checked(self._sections().get("fleet") or {})

    def fleet_delivered(self) -> bool:
        return "fleet" in self._sections()

    def save_fleet(self, values: dict[str, Any]) -> None:
        """Keep the fleet settings HQ gave for this terminal's store."""
        self._put("fleet", fleet_checked(values))

    def settings_token(self) -> str | None:
        """HQ's settings token of the scan and fleet settings last applied; None: none yet."""
        token = self._sections().get("settings_token")
        return token if isinstance(token, str) else None

    def save_settings_token(self, token: str | None) -> None:
        self._put("settings_token", token)

    def save_scanner(self, settings: WedgeSettings | None) -> None:
        """Keep this device's scanner settings (checked when they were made); None: drop
        them, so the store's from HQ apply again."""
        self._put("scanner", None if settings is None else _wedge_to_json(settings))
