"""The fleet settings of this terminal's store, as HQ gives them at every sync run.

Declared once in protocol.fleet (types, defaults, limits); HQ keeps the chain's and
each store's values (`clienteling-hq settings`). `refresh()` asks HQ (the sync run
calls it) and keeps the answer in the terminal's settings file, so they hold across
restarts and offline; `current()` is what the screens read each time they need a
value, so a change takes effect without a restart. Device things (camera, printer
port, this scanner's own setup) stay terminal-local in clienteling/settings.py.

What reads each value (docs/fleet.md has the table):

- `ship_to_home`: Orders (the form offers pick-up only; a ship order is refused here, and
  HQ refuses one that was queued before the switch: it is set aside with HQ's words);
- `feedback_capture`: Engagement (the profile's rating bar says why it is off);
- `receipt_width`: the order slip's width in characters (`receipt_medium`);
- `scanner_prefix`, `scanner_suffix`, `scanner_gap_ms`: the keyboard-wedge scanner
  (`wedge_settings`), unless a manager saved this terminal's own scanner setup;
- `training`: written for training mode beside the terminal's folder
  (paths.training_policy_file); training refuses to start when it is off (`TrainingOff`).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clienteling.api.client import HQClient
from clienteling.api.errors import HQAnswered, HQError
from clienteling.domain.errors import InvalidField
from clienteling.protocol.fleet import SCANNER_SUFFIXES
from clienteling.protocol.fleet import checked as fleet_checked
from clienteling.scan.qr import PrintMedium, receipt_medium
from clienteling.scan.wedge import WedgeSettings
from clienteling.settings import NotEnrolled, SettingsFile, write_atomically

log = logging.getLogger(__name__)


class TrainingOff(PermissionError):
    """HQ switched training off for this machine's store: training mode does not start."""

    def __init__(self, store_id: str, store_name: str) -> None:
        self.store_id, self.store_name = store_id, store_name
        self.message = (
            f"training mode is switched off for {store_name or store_id} at HQ "
            "(fleet setting `training`); ask the chain's IT to switch it on"
        )
        super().__init__(self.message)


def check_training_allowed(policy_file: Path) -> None:
    """TrainingOff when the production terminal beside training last heard from HQ that its
    store does not train; nothing when it said yes, or there is no production terminal."""
    try:
        said = json.loads(policy_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(said, dict) and said.get("training") is False:
        raise TrainingOff(str(said.get("store_id") or ""), str(said.get("store_name") or ""))


def wedge_settings(values: dict[str, Any]) -> WedgeSettings:
    """The keyboard-wedge scanner setup the store's fleet settings describe; the defaults
    when they do not fit together (HQ checks them, so only a broken answer does not)."""
    gap = float(values["scanner_gap_ms"])
    base = WedgeSettings()
    # A slower scanner's keys wait longer to be told from typing (as the scanner dialog does).
    timeout = base.timeout_ms if gap <= base.max_median_gap_ms else gap + 50.0
    try:
        return WedgeSettings(
            max_median_gap_ms=gap,
            timeout_ms=timeout,
            prefix=values["scanner_prefix"],
            suffixes=SCANNER_SUFFIXES.get(values["scanner_suffix"], SCANNER_SUFFIXES["any"]),
        )
    except (InvalidField, TypeError, KeyError):
        return WedgeSettings()


class FleetSettings:
    def __init__(
        self, settings: SettingsFile, hq: HQClient, *, training_policy: Path | None = None
    ) -> None:
        self.settings, self.hq = settings, hq
        # A production terminal tells training mode, beside its folder, whether it may start.
        self.training_policy = training_policy
        self._lock = threading.Lock()
        self._current = settings.fleet()
        # Called with the new values after a refresh changed them (the screens listen).
        self.on_changed: list[Callable[[dict[str, Any]], object]] = []

    def current(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._current)

    @property
    def delivered(self) -> bool:
        """Whether HQ gave them yet (before that, local settings such as the terminal's own
        idle lock apply)."""
        return self.settings.fleet_delivered()

    def value(self, name: str) -> Any:
        return self.current()[name]

    def receipt(self) -> PrintMedium:
        """The store's receipt printers: `receipt_width` characters a line."""
        return receipt_medium(int(self.value("receipt_width")))

    def wedge(self) -> WedgeSettings:
        """The store's scanner setup (prefix, suffix, key gap)."""
        return wedge_settings(self.current())

    def refresh(self) -> bool:
        """Ask HQ for the store's fleet settings; True when they changed here. HQ unreachable,
        an older HQ without them (404) or a refusal: the last ones stay."""
        return bool(self.fetch())

    def fetch(self) -> bool | None:
        """`refresh`, saying None when HQ did not give them (unreachable, refused)."""
        try:
            answer = self.hq.fleet_settings()
        except HQAnswered as exc:
            if exc.status == 404:
                return False  # an older HQ: there are none to fetch
            log.warning("HQ refused the fleet settings (%s); keeping the last ones", exc.code)
            return None
        except (HQError, KeyError, TypeError):
            return None
        fresh = fleet_checked(answer if isinstance(answer, dict) else {})
        if fresh != self.settings.fleet() or not self.delivered:
            self.settings.save_fleet(fresh)  # written only when it changed
        self._tell_training(fresh)
        with self._lock:
            changed, self._current = fresh != self._current, fresh
        if changed:
            log.info("fleet settings changed at HQ; in effect now")
            for hook in self.on_changed:
                try:
                    hook(fresh)
                except Exception as exc:  # the kind only
                    log.warning("after new fleet settings: %s failed", exc.__class__.__name__)
        return changed

    def _tell_training(self, values: dict[str, Any]) -> None:
        """Keep the training hand-off true (written only when what it says changes)."""
        if self.training_policy is None:
            return
        try:
            terminal = self.settings.terminal()
        except NotEnrolled:  # its settings were damaged meanwhile: training keeps what it had
            return
        said = {
            "training": bool(values["training"]),
            "store_id": terminal.store_id,
            "store_name": terminal.store_name,
        }
        try:
            if json.loads(self.training_policy.read_text(encoding="utf-8")) == said:
                return
        except (OSError, ValueError):
            pass
        try:
            write_atomically(self.training_policy, json.dumps(said))
        except OSError as exc:
            log.warning("the training hand-off could not be written (%s)", exc.__class__.__name__)


__all__ = ["FleetSettings", "TrainingOff", "check_training_allowed", "wedge_settings"]
