"""The main window's role awareness: who may tap what, the trainee's notice, the manager's
screen (Ctrl+M or the strip's Manager button) and the scanner settings (managers only).

`WindowRoles(window)` guards the screens' actions with one `RoleGate`
(clienteling.ui.roles, on domain.roles' rules) and follows the signed-in
associate through `set_role`; the window calls it at sign-in and sign-out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence, QShortcut

from clienteling.domain.roles import Action
from clienteling.services.activity_view import ActivityViews
from clienteling.services.scanning import WedgeSettings

from .roles import RoleGate, RoleNotice, refusal_text
from .scan_dialogs import ScannerSettingsDialog

if TYPE_CHECKING:
    from .main_window import MainWindow

MANAGER_KEY = "Ctrl+M"


class WindowRoles(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.gate = RoleGate(self)
        self.notice = RoleNotice()
        w = window
        p = w.profile
        for button in (
            p.note_text,  # nothing typed that cannot be saved
            p.save_note,
            p.sizes_page.save,
            p.wishlist_page.add,
            p.wishlist_page.remove,
            p.follow_ups.add,
            p.follow_ups.done_button,
            p.rating.save,
        ):
            self.gate.guard(button, Action.WRITE)
        for button in (w.stock.order_button, w.order.place, w.order.take, w.orders.take):
            self.gate.guard(button, Action.ORDER)
        self.gate.guard(w.orders.cancel, Action.CHANGE_ORDER)
        w.strip.manage_requested.connect(self.open_manager)
        w.manager.back.connect(w.go_back)
        w.manager.scanner_requested.connect(self.open_scanner_settings)
        w.manager.activity.open_shopper.connect(self.open_shopper)
        w.manager.activity.open_order.connect(self.open_order)
        self.activity_of = None  # the services the store activity view was given
        QShortcut(QKeySequence(MANAGER_KEY), w, activated=self.open_manager)

    def set_role(self, role: str | None) -> None:
        self.gate.set_role(role)
        self.notice.show_role(role)

    # --- the manager's screen ---------------------------------------------------------------

    def open_manager(self) -> None:
        w = self.window
        if w.session is None or w.services is None:
            return
        if not self.gate.may(Action.MANAGE):
            w.scan_banner.show_message(refusal_text(self.gate.decide(Action.MANAGE)), "error")
            return
        s = w.services
        if self.activity_of is not s:  # the store activity's service, for these services
            self.activity_of = s
            views = ActivityViews(
                s.management, s.syncing, s.store_id, s.activity,
                training=s.training, training_results=s.training_results,
            )  # fmt: skip
            w.manager.set_services(s.management, s.profiles, views)
        shopper = w.context_shopper()
        w.manager.open(shopper[0] if shopper else None)
        w.navigate("manager")

    def open_shopper(self, shopper_id: str) -> None:
        """A shopper from the store activity: their profile, the manager's screen behind it."""
        w = self.window
        w.lookup.day.opened(shopper_id)
        w.profile.open(shopper_id)
        w.navigate("profile")

    def open_order(self, shopper_id: str, name: str, order_id: str) -> None:
        """An order from the store activity's records: its shopper's orders, this one chosen."""
        w = self.window

        def chosen(_n: int) -> None:
            w.orders.loaded.disconnect(chosen)
            w.orders.select(order_id)

        w.orders.loaded.connect(chosen)
        w.open_orders((shopper_id, name or shopper_id))

    # --- the scanner's settings ---------------------------------------------------------------

    def open_scanner_settings(self) -> None:
        w = self.window
        if w.services is None or w.scanner_dialog is not None:
            return
        if not self.gate.may(Action.SCANNER_SETTINGS):
            why = refusal_text(self.gate.decide(Action.SCANNER_SETTINGS))
            w.scan_banner.show_message(why, "error")
            return
        dialog = ScannerSettingsDialog(w.scan_filter.settings, w, own=w.fleet.scanner_own)
        dialog.test_requested.connect(w.router.handle)
        dialog.saved.connect(self._save_scanner_settings)
        dialog.store_wanted.connect(lambda: self._save_scanner_settings(None))
        dialog.finished.connect(lambda _r: self._scanner_closed(dialog))
        w.scanner_dialog = dialog
        dialog.open()

    def _scanner_closed(self, dialog: ScannerSettingsDialog) -> None:
        self.window.scanner_dialog = None
        dialog.deleteLater()

    def _save_scanner_settings(self, settings: WedgeSettings | None) -> None:
        """This terminal's own scanner setup; None: the store's from HQ again."""
        w = self.window
        if settings is not None:
            w.scan_filter.set_settings(settings)
        w.runner.run(
            w.services.scans.save_wedge_settings,
            settings,
            key="scanner-settings",
            done=w.fleet.wedge_loaded,
            failed=lambda why: w.scan_banner.show_message(
                QCoreApplication.translate(
                    "MainWindow", "The scanner settings could not be saved: {why}"
                ).format(why=why),
                "error",
            ),
        )
