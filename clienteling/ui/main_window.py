"""The shell: status strip, offline banner and the stack of screens.

The window gets a `Desk` (the terminal as the screens use it), or a boot
function that makes one off the UI thread (the demo starts its HQ that way).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from clienteling.services.desk import Desk, DeskStatus, OrderResult
from clienteling.services.terminal import Session

from .lookup import LookupScreen
from .order import OrderScreen
from .orders import OrdersScreen
from .profile import ProfileScreen
from .signin import SignInScreen
from .startup import FirstSyncDialog, StartupScreen
from .status import OfflineBanner, StatusStrip
from .stock import StockScreen
from .tasks import TaskRunner

SYNC_EVERY_MS = 30_000
AGE_TICK_MS = 10_000


class MainWindow(QMainWindow):
    """Emits `ready` (the sign-in screen is up) and `screen_changed(name)`."""

    ready = Signal()
    screen_changed = Signal(str)
    synced = Signal(object)  # DeskStatus after each sync
    order_settled = Signal(object)  # OrderResult of a queued order HQ has now answered

    def __init__(self, runner: TaskRunner, *, sync_every_ms: int = SYNC_EVERY_MS) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Clienteling"))
        self.resize(1280, 800)
        self.runner = runner
        self.desk: Desk | None = None
        self.session: Session | None = None
        self.demo_pins: dict[str, str] = {}
        self.syncing = False
        self.last_status: DeskStatus | None = None

        self.strip = StatusStrip()
        self.banner = OfflineBanner()
        self.stack = QStackedWidget()
        self.startup = StartupScreen()
        self.signin = SignInScreen(runner)
        self.lookup = LookupScreen(runner)
        self.profile = ProfileScreen(runner)
        self.stock = StockScreen(runner)
        self.order = OrderScreen(runner)
        self.orders = OrdersScreen(runner)
        self.screens = {
            "startup": self.startup,
            "signin": self.signin,
            "home": self.lookup,
            "profile": self.profile,
            "stock": self.stock,
            "order": self.order,
            "orders": self.orders,
        }
        self.history: list[str] = []  # screens to go back to
        self.watched: set[str] = set()  # queued orders: tell the associate when HQ answers
        for screen in self.screens.values():
            self.stack.addWidget(screen)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.strip)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self.signin.signed_in.connect(self._signed_in)
        self.lookup.open_shopper.connect(self.open_shopper)
        self.profile.back.connect(lambda: self.show_screen("home"))
        self.profile.note_saved.connect(lambda _saved: self.refresh_status())
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
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._find)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self._products_key)
        QShortcut(QKeySequence("Ctrl+O"), self, activated=self._orders_key)

        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(sync_every_ms)
        self.sync_timer.timeout.connect(self.sync_now)
        self.age_timer = QTimer(self)
        self.age_timer.setInterval(AGE_TICK_MS)
        self.age_timer.timeout.connect(self.refresh_status)
        self.sync_dialog: FirstSyncDialog | None = None
        self.show_screen("startup")

    # --- screens ---------------------------------------------------------------------------

    @property
    def current(self) -> str:
        widget = self.stack.currentWidget()
        return next(name for name, w in self.screens.items() if w is widget)

    def show_screen(self, name: str) -> None:
        if name in ("home", "signin", "startup"):
            self.history.clear()
        self.stack.setCurrentWidget(self.screens[name])
        if name == "home":
            self.lookup.focus_search()
        self.screen_changed.emit(name)

    def navigate(self, name: str) -> None:
        """Show a screen that `go_back` leaves for the one shown now."""
        here = self.current
        if here != name:
            self.history = [s for s in self.history if s != name]
            self.history.append(here)
        self.stack.setCurrentWidget(self.screens[name])
        self.screen_changed.emit(name)

    def go_back(self) -> None:
        previous = self.history.pop() if self.history else "home"
        self.stack.setCurrentWidget(self.screens[previous])
        if previous == "home":
            self.lookup.focus_search()
        elif previous == "orders":
            self.orders.reload()
        self.screen_changed.emit(previous)

    def _context_shopper(self) -> tuple[str, str] | None:
        """The shopper the associate is serving on the screen shown now, if any."""
        if self.current == "profile":
            return self.profile.who
        if self.current in ("stock", "order", "orders"):
            return self.stock.shopper
        return None

    def open_products(self, shopper: tuple[str, str] | None, sku: str | None = None) -> None:
        """The product and stock screen, ordering for `shopper` when one is given."""
        if self.session is None:
            return
        self.stock.set_shopper(shopper)
        self.navigate("stock")
        if sku:
            self.stock.open_item(sku)
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
            self.open_products(self._context_shopper())

    def _orders_key(self) -> None:
        if self.current != "orders":
            self.open_orders(self._context_shopper())

    # --- orders HQ has not answered yet -------------------------------------------------------

    def _order_placed(self, result: OrderResult) -> None:
        if result.state == "queued":
            self.watched.add(result.order_id)
        self.refresh_status()

    def check_watched(self) -> None:
        if self.desk is not None and self.watched and self.session is not None:
            self.runner.run(
                self.desk.order_results, sorted(self.watched), key="watch", done=self._watched
            )

    def _watched(self, results: list[OrderResult]) -> None:
        for result in results:
            if result.state == "queued" or result.order_id not in self.watched:
                continue
            self.watched.discard(result.order_id)
            short = result.order_id[:8]
            if result.state == "confirmed":
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
        self.profile.open(shopper_id)
        self.show_screen("profile")

    # --- starting ----------------------------------------------------------------------------

    def boot(self, make_desk: Callable, pins: Callable[[], dict[str, str]] | None = None) -> None:
        """Run `make_desk(token)` off the UI thread; its progress is (stage, done, total)."""
        self.show_screen("startup")
        self.runner.run(
            make_desk,
            key="boot",
            done=lambda desk: self.open_desk(desk, pins() if pins else None),
            failed=self.startup.show_failure,
            progress=self._boot_progress,
        )

    def _boot_progress(self, p: tuple[str, int, int]) -> None:
        stage, done, total = p
        if stage == "terminal":
            self.startup.show_stage(self.tr("Enrolling this terminal with HQ"), 0, 0)
        else:
            what = self.tr("Preparing the training chain: {stage}").format(stage=stage)
            self.startup.show_stage(what, done, total)

    def open_desk(self, desk: Desk, demo_pins: dict[str, str] | None = None) -> None:
        """Use this terminal: first sync if it never synced, then the sign-in screen."""
        self.desk = desk
        self.demo_pins = demo_pins or {}
        self.strip.show_store(desk.store_name)
        for screen in (self.lookup, self.profile, self.stock, self.order, self.orders):
            screen.set_desk(desk)
        self.startup.show_stage(self.tr("Checking this terminal's data"), 0, 0)
        self.runner.run(
            desk.first_sync_done, done=self._first_sync_checked, failed=self.startup.show_failure
        )

    def _first_sync_checked(self, done: bool) -> None:
        if done:
            self._to_sign_in()
            self.sync_now()
            return
        self.sync_dialog = FirstSyncDialog(self)
        self.sync_dialog.background.clicked.connect(self._to_sign_in)
        self.sync_dialog.show()
        self.syncing = True
        self.runner.run(
            self.desk.sync,
            key="sync",
            progress=self.sync_dialog.show_progress,
            done=self._first_sync_done,
            failed=self._sync_failed,
        )

    def _first_sync_done(self, status: DeskStatus) -> None:
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
        self.signin.set_desk(self.desk, self.demo_pins)
        self.show_screen("signin")
        self.sync_timer.start()
        self.age_timer.start()
        self.ready.emit()

    # --- session -------------------------------------------------------------------------------

    def _signed_in(self, session: Session) -> None:
        self.session = session
        self.strip.show_associate(session.name, session.online)
        self.lookup.greet(session.name)
        self.show_screen("home")
        self.refresh_status()
        self.runner.run(self.desk.queued_orders, key="queued", done=self.watched.update)

    def sign_out(self) -> None:
        self.session = None
        self.watched.clear()
        self.stock.set_shopper(None)
        self.strip.show_associate(None)
        self.lookup.clear()
        if self.desk is not None:
            self.runner.run(self.desk.sign_out, key="sign-out")
        self.signin.reset()
        self.show_screen("signin")

    # --- sync and status -------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.desk is None or self.syncing:
            return
        self.syncing = True
        self._paint_status()
        self.runner.run(self.desk.sync, key="sync", done=self._synced, failed=self._sync_failed)

    def _synced(self, status: DeskStatus) -> None:
        self.syncing = False
        self.last_status = status
        self._paint_status()
        self.synced.emit(status)
        self.check_watched()

    def _sync_failed(self, message: str) -> None:
        self.syncing = False
        if self.sync_dialog is not None:
            self.sync_dialog.close()
            self.sync_dialog = None
            self.startup.show_failure(message)
        self.refresh_status()

    def refresh_status(self) -> None:
        if self.desk is not None:
            self.runner.run(self.desk.status, key="status", done=self._status)

    def _status(self, status: DeskStatus) -> None:
        self.last_status = status
        self._paint_status()
        self.check_watched()

    def _paint_status(self) -> None:
        status = self.last_status or DeskStatus("offline", None, 0, 0)
        self.strip.show_status(status, syncing=self.syncing)
        offline = status.connectivity == "offline" and self.desk is not None
        self.banner.setVisible(offline and self.last_status is not None)

    @property
    def offline_banner_shown(self) -> bool:
        return not self.banner.isHidden()

    def closeEvent(self, event) -> None:
        self.sync_timer.stop()
        self.age_timer.stop()
        super().closeEvent(event)
