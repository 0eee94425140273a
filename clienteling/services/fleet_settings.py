"""The fleet settings of this terminal's store, as HQ gives them at every sync run.

Declared once in protocol.fleet (types, defaults, limits); HQ keeps the chain's and
each store's values (`clienteling-hq settings`). `refresh()` asks HQ (the sync run
calls it) and keeps the answer in the terminal's settings file, so they hold across
restarts and offline; `current()` is what the screens read each time they need a
value, so a change takes effect without a restart. Device things (camera, printer
port, this scanner's own setup) stay terminal-local in clienteling/settings.py.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from clienteling.api.client import HQClient
from clienteling.api.errors import HQAnswered, HQError
from clienteling.protocol.fleet import checked as fleet_checked
from clienteling.settings import SettingsFile

log = logging.getLogger(__name__)


class FleetSettings:
    def __init__(self, settings: SettingsFile, hq: HQClient) -> None:
        self.settings, self.hq = settings, hq
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

    def refresh(self) -> bool:
        """Ask HQ for the store's fleet settings; True when they changed here. HQ unreachable,
        an older HQ without them (404) or a refusal: the last ones stay."""
        try:
            answer = self.hq.fleet_settings()
        except HQAnswered as exc:
            if exc.status != 404:
                log.warning("HQ refused the fleet settings (%s); keeping the last ones", exc.code)
            return False
        except (HQError, KeyError, TypeError):
            return False
        fresh = fleet_checked(answer if isinstance(answer, dict) else {})
        if fresh != self.settings.fleet() or not self.delivered:
            self.settings.save_fleet(fresh)  # written only when it changed
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


__all__ = ["FleetSettings"]
