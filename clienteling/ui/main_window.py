"""The shell: status strip, offline banner and the stack of screens.

The window gets the terminal's services (`TerminalServices`, made by the
composition root, clienteling.app), or a boot function that makes them off
the UI thread (training starts its HQ that way). It hands each screen the
narrow services it uses and wires the screens to each other.

Scans (every source: scanner, camera, pictures pasted or dropped) are
`scans`, clienteling.ui.window_scans; who may tap what is `roles`,
clienteling.ui.window_roles.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from clienteling.domain.enums import Connectivity, OrderState
from clienteling.services.orders import OrderResult
from clienteling.services.sessions import Session
from clienteling.services.syncing import TerminalStatus
from clienteling.services.terminal import TerminalServices

from .connectivity import PROBE_EVERY_MS, ConnectivityWatch
from .fit import fit_to_screen, scrolling
from .idle import IdleWatcher
from .live_sync import LiveSync
from .lookup import LookupScreen
from .manager import ManagerScreen
from .order import OrderScreen
from .orders import OrdersScreen
from .profile import ProfileScreen
from .signin import SignInScreen
from .startup import FirstSyncDialog, StartupScreen
from .status import MessageBanner, OfflineBanner, StatusStrip
from .stock import StockScreen
from .tasks import TaskRunner
from .training_band import TrainingBand
from .training_offer import TrainingOffer
from .window_fleet import WindowFleet
from .window_roles import WindowRoles
from .window_scans import WindowScans

SYNC_EVERY_MS = 30_000
# Collections a profile shows: a change pushed in one of them reads the profile again.
PROFILE_PARTS = {"shoppers", "purchases", "notes", "wishlist", "tasks", "orders"}
AGE_TICK_MS = 10_000


class MainWindow(QMainWindow):
    """Emits `ready` (the sign-in screen is up) and `screen_changed(name)`."""

    ready = Signal()
    screen_changed = Signal(str)
    synced = Signal(object)  # TerminalStatus after each sync
    order_settled = Signal(object)  # OrderResult of a queued order HQ has now answered
    scan_routed = Signal(object)  # ScanOutcome, after the window acted on it

    def __init__(
        self,
        runner: TaskRunner,
        *,
        sync_every_ms: int = SYNC_EVERY_MS,
        probe_every_ms: int = PROBE_EVERY_MS,  # 0: no probe; only sync runs see HQ
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Clienteling"))
        fit_to_screen(self)
        self.runner = runner
        self.services: TerminalServices | None = None
        self.session: Session | None = None
        self.demo_pins: dict[str, str] = {}
        self.syncing = False
        self.sync_again = False  # sync_now() was asked while a run was under way
        self.last_status: TerminalStatus | None = None

        self.training_band = TrainingBand()  # shown for good once the window is in training
        self.strip = StatusStrip()
        self.banner = OfflineBanner()
        self.scan_banner = MessageBanner()
        self.stack = QStackedWidget()
        self.startup = StartupScreen()
        self.signin = SignInScreen(runner)
        self.lookup = LookupScreen(runner)
        self.profile = ProfileScreen(runner)
        self.stock = StockScreen(runner)
        self.order = OrderScreen(runner)
        self.orders = OrdersScreen(runner)
        self.manager = ManagerScreen(runner)
        self.screens = {
            "startup": self.startup,
            "signin": self.signin,
            "home": self.lookup,
            "profile": self.profile,
            "stock": self.stock,
            "order": self.order,
            "orders": self.orders,
            "manager": self.manager,
        }
        # Who may tap what, the manager's screen (Ctrl+M) and the scanner settings.
        self.roles = WindowRoles(self)
        self.open_scanner_settings = self.roles.open_scanner_settings
        self.training_offer = None  # the associate's waiting training results (training_offer)
        self.history: list[str] = []  # screens to go back to
        self.watched: set[str] = set()  # queued orders: tell the associate when HQ answers
        for screen in self.screens.values():
            self.stack.addWidget(scrolling(screen, "page"))  # a long screen scrolls, never grows
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.training_band)
        column.addWidget(self.strip)
        column.addWidget(self.banner)
        column.addWidget(self.scan_banner)
        column.addWidget(self.roles.notice)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self.signin.signed_in.connect(self._signed_in)
        self.lookup.open_shopper.connect(self.open_shopper)
        self.lookup.day.open_shopper.connect(self.open_shopper)
        self.lookup.day.open_orders.connect(lambda sid, name: self.open_orders((sid, name)))
        self.profile.back.connect(lambda: self.show_screen("home"))
        self.profile.note_saved.connect(lambda _saved: self.refresh_status())
        self.profile.edited.connect(lambda _saved: self.refresh_status())
        self.profile.stock_requested.connect(lambda: self.open_products(self.profile.who))
        self.profile.product_requested.connect(
            lambda sku: self.open_products(self.profile.who, sku)
        )
        self.profile.orders_requested.connect(lambda: self.open_orders(self.profile.who))
        self.lookup.products_requested.connect(lambda: self.open_products(None))
        self.lookup.orders_requested.connect(lambda: self.open_orders(None))
        self.stock.back.connect(self.go_back)
        self.stock.order_requested.connect(self.open_order)
        self.order.back.connect(self.go_back)
        self.order.placed.connect(self._order_placed)
        self.orders.back.connect(self.go_back)
        self.orders.changed.connect(self.refresh_status)
        self.order_settled.connect(self.order.settled)
        self.order_settled.connect(self.orders.settled)
        self.strip.sign_out_requested.connect(self.sign_out)

        # Scans from every source end in scans.route (clienteling.ui.window_scans).
        self.idle = IdleWatcher(self)  # back to sign-in after the terminal's idle time
        self.scans = WindowScans(self)
        self.router, self.scan_filter = self.scans.router, self.scans.filter
        self.route_scan, self.open_camera = self.scans.route, self.scans.open_camera
        self.open_signup_qr = self.scans.open_signup_qr
        # The store's fleet settings from HQ, applied to the screens when a sync changes them.
        self.fleet = WindowFleet(self)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._find)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self._products_key)
        QShortcut(QKeySequence("Ctrl+O"), self, activated=self._orders_key)
        # The shopper's sign-up QR: the QR button in the status strip once signed in, or Ctrl+J.
        self.strip.signup_requested.connect(self.open_signup_qr)
        QShortcut(QKeySequence("Ctrl+J"), self, activated=self.open_signup_qr)

        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(sync_every_ms)
        self.sync_timer.timeout.connect(self.sync_now)
        self.age_timer = QTimer(self)
        self.age_timer.setInterval(AGE_TICK_MS)
        self.age_timer.timeout.connect(self.refresh_status)
        self.sync_dialog: FirstSyncDialog | None = None
        # HQ going away or coming back shows within one probe, not at the next sync run.
        self.watch = ConnectivityWatch(runner.own_worker(), probe_every_ms, self)
        self.watch.changed.connect(self._connectivity_changed)
        # HQ's changes within seconds: a long poll on a thread of its own (live_sync).
        self.live = LiveSync(self)
        self.live.changed.connect(self._live_changed)
        self.show_screen("startup")

    # --- screens ---------------------------------------------------------------------------

    @property
    def current(self) -> str:
        page = self.stack.currentWidget()
        return next(name for name, w in self.screens.items() if page.isAncestorOf(w))

    def _raise(self, name: str) -> None:
        """Put the screen's page (its scroll area) on top of the stack."""
        page = next(
            p
            for p in map(self.stack.widget, range(self.stack.count()))
            if p.isAncestorOf(self.screens[name])
        )
        self.stack.setCurrentWidget(page)

    def show_screen(self, name: str) -> None:
        if name in ("home", "signin", "startup"):
            self.history.clear()
        self._raise(name)
        if name == "home":
            self.lookup.focus_search()
            self.lookup.day.refresh()
        self.screen_changed.emit(name)

    def navigate(self, name: str) -> None:
        """Show a screen that `go_back` leaves for the one shown now."""
        here = self.current
        if here != name:
            self.history = [s for s in self.history if s != name]
            self.history.append(here)
        self._raise(name)
        self.screen_changed.emit(name)

    def go_back(self) -> None:
        previous = self.history.pop() if self.history else "home"
        self._raise(previous)
        if previous == "home":
            self.lookup.focus_search()
            self.lookup.day.refresh()
        elif previous == "orders":
            self.orders.reload()
        self.screen_changed.emit(previous)

    def context_shopper(self) -> tuple[str, str] | None:
        """The shopper the associate is serving on the screen shown now, if any."""
        if self.current == "profile":
            return self.profile.who
        if self.current in ("stock", "order", "orders", "manager"):
            return self.stock.shopper
        return None

    def open_products(
        self, shopper: tuple[str, str] | None, sku: str | None = None, label_facts: str = ""
    ) -> None:
        """The product and stock screen, ordering for `shopper` when one is given."""
        if self.session is None:
            return
        self.stock.set_shopper(shopper)
        self.navigate("stock")
        if sku:
            self.stock.open_item(sku, label_facts)
        else:
            self.stock.focus_search()

    def open_order(self, shopper_id: str, sku: str) -> None:
        self.order.open(shopper_id, sku)
        self.navigate("order")

    def open_orders(self, shopper: tuple[str, str] | None) -> None:
        if self.session is None:
            return
        self.orders.open(shopper)
        self.navigate("orders")

    def _products_key(self) -> None:
        if self.current == "stock":
            self.stock.focus_search()
        else:
            self.open_products(self.context_shopper())

    def _orders_key(self) -> None:
        if self.current != "orders":
            self.open_orders(self.context_shopper())

    # --- orders HQ has not answered yet -------------------------------------------------------

    def _order_placed(self, result: OrderResult) -> None:
        if result.state == OrderState.QUEUED:
            self.watched.add(result.order_id)
        self.refresh_status()

    def check_watched(self) -> None:
        if self.services is not None and self.watched and self.session is not None:
            self.runner.run(
                self.services.orders.results, sorted(self.watched), key="watch", done=self._watched
            )

    def _watched(self, results: list[OrderResult]) -> None:
        for result in results:
            if result.state == OrderState.QUEUED or result.order_id not in self.watched:
                continue
            self.watched.discard(result.order_id)
            short = result.order_id[:8]
            if result.state == OrderState.CONFIRMED:
                self.strip.notify(self.tr("✓ HQ confirmed order {order}").format(order=short))
            else:
                self.strip.notify(
                    self.tr("HQ refused order {order}: see Orders (Ctrl+O)").format(order=short),
                    "bad",
                )
            self.order_settled.emit(result)

    def _find(self) -> None:
        if self.session is not None:
            if self.current != "home":
                self.show_screen("home")
            self.lookup.focus_search()

    def open_shopper(self, shopper_id: str) -> None:
        self.lookup.day.opened(shopper_id)
        self.profile.open(shopper_id)
        self.show_screen("profile")

    def dragEnterEvent(self, event) -> None:
        self.scans.drag_enter(event)

    def dropEvent(self, event) -> None:
        self.scans.drop(event)

    # --- starting ----------------------------------------------------------------------------

    def boot(
        self, open_services: Callable, pins: Callable[[], dict[str, str]] | None = None
    ) -> None:
        """Run `open_services(token)` off the UI thread; its progress is (stage, done, total)."""
        self.show_screen("startup")
        self.runner.run(
            open_services,
            key="boot",
            done=lambda services: self.open_terminal(services, pins() if pins else None),
            failed=self.startup.show_failure,
            progress=self._boot_progress,
        )

    def mark_training(self) -> None:
        """From now on this window, its dialogs and its slips say TRAINING."""
        if self.training_band.isHidden():
            self.setWindowTitle(self.tr("Clienteling — TRAINING"))
            self.order.training = self.training_band.mark(self)

    def _boot_progress(self, p: tuple[str, int, int]) -> None:
        stage, done, total = p
        if stage == "terminal":
            self.startup.show_stage(self.tr("Enrolling this terminal with HQ"), 0, 0)
        else:
            what = self.tr("Preparing the training chain: {stage}").format(stage=stage)
            self.startup.show_stage(what, done, total)

    def open_terminal(
        self, services: TerminalServices, demo_pins: dict[str, str] | None = None
    ) -> None:
        """Use this terminal: first sync if it never synced, then the sign-in screen."""
        self.services = services
        self.demo_pins = demo_pins or {}
        s = services
        if s.training:
            self.mark_training()
        self.strip.show_store(s.store_name)
        self.router.set_scans(s.scans, s.store_name)
        self.fleet.opened(s)  # the scanner setup, and what the store's settings allow
        self.lookup.set_lookup(s.lookup)
        self.lookup.day.set_service(s.day)
        self.profile.set_services(s.profiles, s.engagement, s.catalog, s.lookup)
        self.stock.set_catalog(s.catalog, s.store_name)
        self.order.set_services(s.orders, s.profiles, s.catalog, s.lookup, s.store_id)
        self.orders.set_services(s.orders, s.lookup)
        self.manager.set_services(s.management, s.profiles)
        self.startup.show_stage(self.tr("Checking this terminal's data"), 0, 0)
        self.watch.start(s.syncing.probe)
        self.runner.run(
            s.syncing.first_sync_done,
            done=self._first_sync_checked,
            failed=self.startup.show_failure,
        )

    def _first_sync_checked(self, done: bool) -> None:
        if done:
            self._to_sign_in()
            self.sync_now()
            return
        self.sync_dialog = FirstSyncDialog(self)
        if self.services.cache_kept_aside is not None:
            self.sync_dialog.started_again.show()
        self.sync_dialog.background.clicked.connect(self._to_sign_in)
        self.sync_dialog.show()
        self.syncing = True
        self.runner.run(
            self.services.syncing.sync,
            key="sync",
            progress=self.sync_dialog.show_progress,
            done=self._first_sync_done,
            failed=self._sync_failed,
        )

    def _first_sync_done(self, status: TerminalStatus) -> None:
        if self.sync_dialog is not None:
            self.sync_dialog.close()
            self.sync_dialog.deleteLater()
            self.sync_dialog = None
        self._synced(status)
        if self.current != "startup":
            return  # the associate carried on while it finished in the background
        if status.last_sync_age is None:
            self.startup.show_failure(
                self.tr(
                    "The first sync did not finish: HQ cannot be reached. Check the network "
                    "and start the app again; nothing was lost."
                )
            )
            return
        self._to_sign_in()

    def _to_sign_in(self) -> None:
        if self.current != "startup":
            return
        self.signin.set_sessions(self.services.sessions, self.services.store_name, self.demo_pins)
        self.show_screen("signin")
        self.sync_timer.start()
        self.age_timer.start()
        self.live.start(self.services.syncing)
        self.ready.emit()

    # --- session -------------------------------------------------------------------------------

    def _signed_in(self, session: Session) -> None:
        self.session = session
        self.roles.set_role(session.role)
        self.strip.show_associate(session.name, session.online, session.role)
        self.lookup.greet(session.name)
        self.show_screen("home")
        self.scans.install_filter(True)
        self.refresh_status()
        self.runner.run(self.services.orders.queued, key="queued", done=self.watched.update)
        TrainingOffer.ask(  # their waiting training results: theirs to send?
            self, self.runner, self.services.training_results, settled=self._offer_settled
        )

    def _offer_settled(self, _outcome: str) -> None:
        self.lookup.day.refresh()
        self.refresh_status()

    def sign_out(self) -> None:
        if self.training_offer is not None:  # never left open for whoever signs in next
            self.training_offer.reject()
        self.scans.install_filter(False)
        self.scan_banner.hide()
        self.session = None
        self.roles.set_role(None)
        self.watched.clear()
        self.stock.set_shopper(None)
        self.strip.show_associate(None)
        self.lookup.clear()
        self.lookup.day.clear()
        if self.services is not None:
            self.runner.run(self.services.sign_out, self.orders.take_held(), key="sign-out")
        self.signin.reset()
        self.show_screen("signin")

    # --- sync and status -------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.services is None:
            return
        if self.syncing:
            # HQ came back (or a write waits) while a run is under way: that run may have
            # tried before HQ answered, so another follows it at once.
            self.sync_again = True
            return
        self.sync_again = False
        self.syncing = True
        self._paint_status()
        self.runner.run(
            self.services.syncing.sync, key="sync", done=self._synced, failed=self._sync_failed
        )

    def _synced(self, status: TerminalStatus) -> None:
        self.syncing = False
        self.last_status = status
        self._paint_status()
        if self.sync_again and status.queued:
            self.sync_now()  # writes wait and HQ came back during the run: send them now
            return  # that run says `synced` when done
        self.synced.emit(status)
        self.check_watched()
        if self.current == "home" and self.session is not None:
            self.lookup.day.refresh()  # writes HQ now has leave the list

    def _live_changed(self, followed) -> None:
        """HQ pushed changes and the cache has them (or HQ answers the long poll again
        after failing): what a sync run's end shows, and the screen shown reads them again."""
        if self.services is None:
            return
        self.runner.run(self.services.syncing.status, key="live-status", done=self._live_status)
        if self.current == "stock" and "stock" in followed.collections:
            self.stock.refresh()
        elif self.current == "profile" and followed.collections & PROFILE_PARTS:
            self.profile.refresh_view()
        elif self.current == "order" and "shoppers" in followed.collections:
            self.order.recheck_shopper()  # erased or moved at HQ: the form says so

    def _live_status(self, status: TerminalStatus) -> None:
        self.last_status = status
        self._paint_status()
        if status.queued:
            self.sync_now()  # HQ answers (perhaps again): writes that wait leave now
            return  # the sync run (this one or the one under way) says `synced` when done
        self.synced.emit(status)
        self.check_watched()
        if self.current == "home" and self.session is not None:
            self.lookup.day.refresh()

    def _sync_failed(self, message: str) -> None:
        self.syncing = False
        if self.sync_again:
            self.sync_now()  # asked again during the failed run: HQ may answer now
            return
        if self.sync_dialog is not None:
            self.sync_dialog.close()
            self.sync_dialog = None
            self.startup.show_failure(message)
        self.refresh_status()

    def refresh_status(self) -> None:
        if self.services is not None:
            self.runner.run(self.services.syncing.status, key="status", done=self._status)

    def _status(self, status: TerminalStatus) -> None:
        self.last_status = status
        self._paint_status()
        self.check_watched()

    def _connectivity_changed(self, state: Connectivity) -> None:
        """The probe saw HQ go away, struggle or come back: say so now; back, sync now."""
        before = self.last_status.connectivity if self.last_status else None
        if self.last_status is not None:
            self.last_status = dataclasses.replace(self.last_status, connectivity=state)
            self._paint_status()
        self.refresh_status()
        if state == Connectivity.OFFLINE:
            self.live.stop()  # the timer sync and the probe notice HQ coming back
        elif state == Connectivity.ONLINE and self.sync_timer.isActive():
            self.live.start(self.services.syncing)
        if state == Connectivity.ONLINE and before in (Connectivity.OFFLINE, Connectivity.DEGRADED):
            self.sync_now()  # queued writes leave as soon as HQ is back
        if self.current == "stock":
            self.stock.refresh()  # the figures say where they come from now

    def _paint_status(self) -> None:
        status = self.last_status
        self.strip.show_status(status, syncing=self.syncing)
        offline = status is not None and status.connectivity == Connectivity.OFFLINE
        self.banner.setVisible(offline and self.services is not None)

    @property
    def offline_banner_shown(self) -> bool:
        return not self.banner.isHidden()

    def closeEvent(self, event) -> None:
        self.idle.stop()
        self.watch.stop()
        self.live.stop()
        self.scans.install_filter(False)
        self.sync_timer.stop()
        self.age_timer.stop()
        super().closeEvent(event)
