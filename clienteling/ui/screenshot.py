"""`--screenshot`: drive the real screens to the one asked for, save it as PNG, quit.

Signs in as the first demo associate with the PIN pad, searches a shopper of
the store, opens the best match. Exit code 0 once the file is written, 1 if
the screen could not be reached in time. With `--size WxH` the window is
exactly that size (the shot fails if it is not).

`--matrix DIR` (MatrixShots): the same drive to the last screen, and on the way
each screen at each target size (fit.TARGET_SIZES) saved as
DIR/LANG/SCREEN-WxH.png, with what does not fit (layout_check) in
DIR/LANG/problems.txt.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtWidgets import QApplication

from .main_window import MainWindow

ORDERING = ("order", "order-review", "orders")  # screens reached through the order form
SCREENS = ("signin", "home", "profile", "stock", "order", "order-review", "orders")
COACH_SCREENS = ("coach",)  # training only: the coach panel with its first scenario under way
READY_SCREENS = SCREENS + COACH_SCREENS


class ScreenshotDriver(QObject):
    def __init__(
        self,
        window: MainWindow,
        path: str | None,
        screen: str,
        timeout_s: float = 180,
        *,
        size: QSize | None = None,
        on_screen: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.path, self.screen = window, path, screen
        self.size = size
        self.on_screen = on_screen  # called with the screen's name at each step of the drive
        self.deadline = time.monotonic() + timeout_s
        self.steps: list[tuple[str, Callable[[], bool], Callable[[], None]]] = []
        self.step = 0
        self.query = ""
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._tick)
        w = window
        self._then(
            "the sign-in screen",
            lambda: w.current == "signin" and bool(w.signin.associate_buttons()),
            self._sign_in,
        )
        if screen in COACH_SCREENS:
            self._coach_steps()
        elif screen != "signin":
            self._then("the home screen", lambda: w.current == "home", self._search)
            self._then(
                "search results",
                lambda: w.lookup.model.rowCount() > 0 and not w.lookup.pending,
                self._open,
            )
        if screen == "home":  # home with the associate's day: a shopper opened, then back
            self._then(
                "the profile",
                lambda: w.current == "profile" and w.profile.profile is not None,
                self._home,
            )
            self._then(
                "the associate's day",
                lambda: w.current == "home" and w.lookup.day.recent.rowCount() > 0,
                lambda: None,
            )
        if screen in ("profile", "stock", *ORDERING):
            self._then(
                "the profile",
                lambda: w.current == "profile" and w.profile.profile is not None,
                self._products if screen != "profile" else lambda: None,
            )
        if screen in ("stock", *ORDERING):
            self._then(
                "the product's stock",
                lambda: w.current == "stock" and w.stock.current is not None,
                self._size_not_here if screen in ORDERING else lambda: None,
            )
        if screen in ORDERING:
            self._then(
                "a size to order",
                lambda: w.runner.busy == 0 and w.stock.current is not None,
                self._order,
            )
        if screen in ORDERING:
            self._then(
                "the order form",
                lambda: w.current == "order" and w.order.stock is not None,
                (lambda: w.order.review_button.click()) if screen != "order" else lambda: None,
            )
        if screen in ("order-review", "orders"):
            self._then(
                "the order's review",
                lambda: w.order.review.isVisible() and w.runner.busy == 0,
                (lambda: w.order.place.click()) if screen == "orders" else lambda: None,
            )
        if screen == "orders":
            self._then(
                "HQ's answer to the order",
                lambda: w.order.result is not None and w.runner.busy == 0,
                lambda: w.open_orders(w.profile.who),
            )
            self._then("the orders", lambda: w.current == "orders", lambda: None)
        self._then("a settled screen", lambda: self.window.runner.busy == 0, self._snap)

    def _coach_steps(self) -> None:
        """Start the first scenario listed in the coach (the store is reset), sign in again
        as the associate it names, and show its first step."""
        w = self.window
        coach = getattr(w, "coach", None)
        if coach is None:
            self._then("the coach", lambda: True, lambda: self._fail("no coach: use --training"))
            return
        self._then(
            "the coach's scenarios",
            lambda: w.current == "home" and bool(coach.picker.model.rows),
            lambda: coach.start(coach.picker.model.rows[0]),
        )
        self._then(
            "the practice store",
            lambda: w.current == "signin" and not coach.starting and coach.progress is not None,
            lambda: self._sign_in(coach.progress.values.get("associate_id")),
        )
        self._then(
            "the scenario under way",
            lambda: w.current == "home" and w.runner.busy == 0,
            lambda: coach.check_now(),
        )

    def _then(self, what: str, ready: Callable[[], bool], act: Callable[[], None]) -> None:
        self.steps.append((what, ready, act))

    def start(self) -> None:
        self.timer.start()

    def _tick(self) -> None:
        if self.step >= len(self.steps):
            return
        what, ready, act = self.steps[self.step]
        if time.monotonic() > self.deadline:
            self._fail(f"gave up waiting for {what}")
            return
        if self.window.startup.error.isVisible():
            self._fail(self.window.startup.error.text())
            return
        if ready():
            self.step += 1
            if self.on_screen is not None:
                self.on_screen(self.window.current)  # the screen as it is before moving on
            act()

    def _sign_in(self, employee: str | None = None) -> None:
        w = self.window
        employee = (
            employee
            or next(iter(w.demo_pins), None)
            or w.signin.associate_buttons()[0].property("employee_id")
        )
        w.signin.choose(employee)
        if self.screen == "signin":
            return
        for digit in w.demo_pins.get(employee, ""):
            w.signin.pad.buttons[digit].click()
        w.signin.pad.buttons["OK"].click()

    def _search(self) -> None:
        w = self.window
        w.runner.run(w.services.lookup.sample_query, done=self._type, failed=self._fail)

    def _type(self, query: str) -> None:
        self.window.lookup.search.setText(query)

    def _products(self) -> None:
        """The stock of what the shopper bought last (a wishlist item when there is one)."""
        w = self.window
        profile = w.profile.profile
        skus = [x.sku for x in profile.wishlist] + [
            sku for p in profile.purchases for sku in p.bought_skus
        ]
        w.open_products(w.profile.who, skus[0] if skus else None)
        if not skus:
            self._fail("the sample shopper has no purchases")

    def _size_not_here(self) -> None:
        """Order what the store lacks: a variant with none here (the usual reason to order)."""
        grid = self.window.stock.current.grid
        cell = next((c for c in grid.cells.values() if c.available == 0), None)
        if cell is not None:
            self.window.stock.show_item(cell.sku)

    def _order(self) -> None:
        self.window.stock.order_button.click()

    def _open(self) -> None:
        if self.screen in ("home", "profile", "stock", *ORDERING):
            self.window.lookup.open_best()
        else:
            self.window.lookup.table.selectRow(0)

    def _home(self) -> None:
        self.window.lookup.clear()
        self.window.show_screen("home")

    def _snap(self) -> None:
        self.timer.stop()
        QApplication.processEvents()
        if self.path is None:
            QApplication.exit(0)
            return
        if self.size is not None and self.window.size() != self.size:
            got = self.window.size()
            self._fail(f"the window is {got.width()}x{got.height()}, not the size asked for")
            return
        if not self.window.grab().save(self.path, "PNG"):
            self._fail(f"could not write {self.path}")
            return
        print(f"saved {self.path}", file=sys.stderr)
        QApplication.exit(0)

    def _fail(self, why: str) -> None:
        self.timer.stop()
        print(f"clienteling: screenshot: {why}", file=sys.stderr)
        QApplication.exit(1)


class MatrixShots:
    """Each screen the drive reaches, at every target size: a PNG and what does not fit."""

    def __init__(self, window: MainWindow, folder: str, language: str) -> None:
        from pathlib import Path

        from .layout_check import english_messages

        self.window, self.language = window, language
        self.folder = Path(folder) / language
        self.folder.mkdir(parents=True, exist_ok=True)
        self.messages = english_messages(language)
        self.found: dict[str, list[str]] = {}  # screen -> what does not fit (its last shot)
        self.driver = ScreenshotDriver(window, None, "orders", on_screen=self.shoot)

    def start(self) -> None:
        self.driver.start()

    def shoot(self, screen: str) -> None:
        from .fit import TARGET_SIZES
        from .layout_check import problems, settle

        app = QApplication.instance()
        before = self.window.size()
        self.found[screen] = found = []
        for w, h in TARGET_SIZES:
            self.window.resize(w, h)
            settle(app)
            self.window.grab().save(str(self.folder / f"{screen}-{w}x{h}.png"), "PNG")
            for problem in problems(self.window, QSize(w, h), self.language, self.messages):
                found.append(f"{screen} {w}x{h}: {problem}")
        self.window.resize(before)
        settle(app)
        report = "\n".join(p for ps in self.found.values() for p in ps) or "everything fits"
        (self.folder / "problems.txt").write_text(report + "\n", encoding="utf-8")


__all__ = ["COACH_SCREENS", "READY_SCREENS", "SCREENS", "MatrixShots", "ScreenshotDriver"]
