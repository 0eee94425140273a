"""The store's fleet settings from HQ, applied to the open window without a restart.

The sync run brings them (services.fleet_settings.FleetSettings); after every sync
run `WindowFleet` compares them with the ones it applied and, when they changed,
tells the screens that show something they decide:

- the scanner filter gets the scanner setup in use (the store's scanner_prefix,
  scanner_suffix and scanner_gap_ms, unless a manager saved this terminal's own);
- the order screen offers ship-to-home only where the store ships (ship_to_home);
- the profile's rating bar is hidden, with the reason, where the store takes no
  feedback (feedback_capture).

The idle lock (idle_lock_minutes) and the slip's receipt width (receipt_width) are
read where they are used, each time, so they need nothing here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from clienteling.services.scanning import WedgeSetup
from clienteling.services.terminal import TerminalServices

if TYPE_CHECKING:
    from .main_window import MainWindow


class WindowFleet(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.applied: dict[str, Any] | None = None  # the values the screens show now
        self.scanner_own = False  # the scanner setup is this terminal's own, not the store's
        window.synced.connect(self._synced)

    def opened(self, services: TerminalServices) -> None:
        """A terminal opened in the window: its scanner setup, and the last settings kept."""
        self.applied = None
        self.load_scanner(services)
        self._apply(services)

    def load_scanner(self, services: TerminalServices) -> None:
        self.window.runner.run(
            services.scans.wedge_setup, key="scanner-settings", done=self.wedge_loaded
        )

    def wedge_loaded(self, setup: WedgeSetup) -> None:
        self.scanner_own = setup.own
        if setup.settings != self.window.scan_filter.settings:
            self.window.scan_filter.set_settings(setup.settings)

    def _synced(self, _status: object) -> None:
        services = self.window.services
        if services is None or services.fleet is None:
            return
        if services.fleet.current() != self.applied:
            self.load_scanner(services)
            self._apply(services)

    def _apply(self, services: TerminalServices) -> None:
        if services.fleet is not None:
            self.applied = services.fleet.current()
        self.window.order.fleet_changed()
        self.window.profile.fleet_changed()
