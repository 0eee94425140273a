"""Home / lookup: one search box, results as you type, Enter opens the best match.

Scanning starts here too: a scanner anywhere, "Scan with camera", or Ctrl+V
with a picture of a code on the clipboard (`image_pasted`).

Typing restarts a short timer (debounce); the query runs on the task runner
("latest wins", so a slow answer never overwrites a newer one; see
`SearchAsYouType`) and fills a lazy model that asks for more rows only when
the list is scrolled to its end.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clienteling.services.lookup import Lookup, ShopperRow

from . import formats, texts
from .debounce import SearchAsYouType
from .fit import flow_row, shortcut_tip
from .home_day import DayPanel
from .lookup_offer import NoMatchOffer
from .tables import Column, RowsModel, table
from .tasks import TaskRunner
from .theme import set_role

DEBOUNCE_MS = 15  # each search is a few ms and only the latest answer is shown
PAGE = 50


class ShopperModel(RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Tier"), lambda r: texts.tier_name(r.tier)),
                Column(self.tr("Home store"), lambda r: r.home_store),
                Column(self.tr("Last visit"), lambda r: formats.date(r.last_visit)),
                Column(self.tr("Phone"), lambda r: r.phone),
            ],
            parent,
        )


class LookupScreen(QWidget):
    """Emits `open_shopper(shopper_id)` when a row is chosen or Enter is pressed."""

    open_shopper = Signal(str)
    products_requested = Signal()
    orders_requested = Signal()
    camera_requested = Signal()
    image_pasted = Signal(QImage)  # Ctrl+V with a picture (of a code) on the clipboard
    results_shown = Signal(int)  # after each answer: how many rows the list shows
    signup_requested = Signal()  # the sign-up QR, offered when nobody matches

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.runner = runner
        self.lookup: Lookup | None = None

        self.greeting = set_role(QLabel(self.tr("Find a shopper")), "title")
        self.searcher = SearchAsYouType.with_field(
            runner,
            key="search",
            delay_ms=DEBOUNCE_MS,
            placeholder=self.tr("Name, phone, e-mail or loyalty number"),
            accessible_name=self.tr("Search shoppers"),
            parent=self,
        )
        self.search = self.searcher.field
        shortcut_tip(self.search, self.tr("Search shoppers"), "Ctrl+F")
        self.searcher.answered.connect(self._show)
        self.searcher.failed.connect(self._failed)
        self.searcher.cleared.connect(self._cleared)
        self.timer = self.searcher.timer
        self.run_search = self.searcher.run  # search now, without waiting for the timer
        self.search.returnPressed.connect(self.open_best)
        self.search.installEventFilter(self)  # Esc clears
        self.message = set_role(QLabel(), "hint")
        self.message.setWordWrap(True)
        # Nobody matches: every store at HQ (online) and the sign-up QR (lookup_offer.py).
        self.offer = NoMatchOffer(runner, lambda: self.query, self)
        self.offer.said.connect(self.message.setText)
        self.offer.found.connect(self._show_from_hq)
        self.offer.opened.connect(self.open_shopper)
        self.offer.signup_requested.connect(self.signup_requested)

        self.model = ShopperModel(self)
        self.model.set_fetcher(self._fetch_more)
        self.table = table(self.model, stretch=0, one_row=True)
        # Every row the same height: the lazy list then never measures rows it has not shown.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)

        page = QVBoxLayout(self)
        page.setContentsMargins(32, 24, 32, 24)
        page.setSpacing(14)
        self.products = QPushButton(self.tr("Products and stock"))
        shortcut_tip(self.products, "", "Ctrl+P")
        self.products.clicked.connect(self.products_requested)
        self.orders = QPushButton(self.tr("Orders"))
        shortcut_tip(self.orders, "", "Ctrl+O")
        self.orders.clicked.connect(self.orders_requested)
        self.camera = QPushButton(self.tr("Scan with camera"))
        self.camera.setToolTip(
            self.tr("Or paste a picture of a code (Ctrl+V), or drop an image file on the window")
        )
        self.camera.clicked.connect(self.camera_requested)
        # The greeting, then the buttons; they wrap under it when the row is narrow.
        page.addWidget(flow_row(self.greeting, self.camera, self.products, self.orders, spacing=12))
        page.addWidget(self.search)
        page.addWidget(self.message)
        page.addWidget(self.offer)
        page.addWidget(self.table, 1)
        # With nothing typed, home shows the associate's day instead of an empty list.
        self.day = DayPanel(runner, self)
        page.addWidget(self.day, 1)
        self.searcher.answered.connect(lambda *_a: self._show_day(False))
        self.searcher.cleared.connect(lambda: self._show_day(True))
        self._show_day(True)
        self._idle_message()

    def _show_day(self, on: bool) -> None:
        self.day.setVisible(on)
        self.table.setVisible(not on)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.clear()
                return True
            if event.matches(QKeySequence.StandardKey.Paste) and self.paste_image():
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        """Ctrl+V while the list has focus: a picture on the clipboard is read too."""
        if event.matches(QKeySequence.StandardKey.Paste) and self.paste_image():
            return
        super().keyPressEvent(event)

    def paste_image(self) -> bool:
        """Hand a picture on the clipboard to the scan handler; False when there is none.

        Text on the clipboard wins: Ctrl+V then pastes it into the search as usual.
        """
        data = QGuiApplication.clipboard().mimeData()
        if data is None or not data.hasImage() or data.hasText():
            return False
        image = QImage(data.imageData())
        if image.isNull():
            return False
        self.image_pasted.emit(image)
        return True

    def set_lookup(self, lookup: Lookup) -> None:
        self.lookup = lookup
        self.searcher.set_work(lookup.search, PAGE)

    def greet(self, name: str) -> None:
        self.greeting.setText(self.tr("Hello, {name}. Find a shopper").format(name=name.split()[0]))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear(self) -> None:
        self.search.clear()
        self.search.setFocus()

    # --- searching ----------------------------------------------------------------------------

    @property
    def query(self) -> str:
        """The text of the answer shown, or of the search on its way."""
        return self.searcher.query

    @property
    def pending(self) -> bool:
        """A search is on its way."""
        return self.searcher.pending

    def _cleared(self) -> None:
        self.model.set_rows([])
        self.offer.hide()
        self._idle_message()

    def _idle_message(self) -> None:
        self.message.setText(
            self.tr("Type a name, the last digits of a phone, an e-mail or scan a loyalty card.")
        )

    def _show(self, query: str, rows: list[ShopperRow], open_first: bool) -> None:
        self.model.set_rows(rows, has_more=len(rows) == PAGE)
        if rows:
            self.offer.hide()
            self.message.setText(self.tr("Enter opens the first shopper."))
        else:
            self.message.setText(
                self.tr("No shopper on this terminal matches “{query}”.").format(query=query)
            )
            if self.lookup is not None:
                self.offer.offer(self.lookup)
        self.results_shown.emit(len(rows))
        if open_first:
            self.open_best()

    def _show_from_hq(self, query: str, rows: list[ShopperRow]) -> None:
        if query == self.query:
            self.model.set_rows(rows, has_more=False)
            self.results_shown.emit(len(rows))

    def _failed(self, message: str) -> None:
        self.message.setText(self.tr("The search did not work: {why}").format(why=message))

    def _fetch_more(self, have: int) -> None:
        query = self.query
        self.runner.run(
            self.lookup.search,
            query,
            have + PAGE,
            key="search-more",
            done=lambda rows, n=have: self._more(query, n, rows),
            failed=lambda _m: self.model.append_rows([], False),
        )

    def _more(self, query: str, have: int, rows: list[ShopperRow]) -> None:
        if query != self.query or len(self.model.items) != have:
            return  # the associate typed something else meanwhile
        self.model.append_rows(rows[have:], has_more=len(rows) == have + PAGE)

    # --- opening ------------------------------------------------------------------------------

    def open_best(self) -> None:
        """Enter: the first row of the answer to what is typed now (waits for it if needed)."""
        if self.searcher.ready_to_open() and self.model.rowCount():
            self._open(self.model.item(0))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open(self.model.item(index.row()))

    def _open(self, row: ShopperRow) -> None:
        if row.from_hq:  # not on this terminal yet: kept in its cache first
            self.offer.open_from_hq(row.shopper_id)
        else:
            self.open_shopper.emit(row.shopper_id)
