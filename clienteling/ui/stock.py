"""Product and stock: find an item by name, SKU or GTIN; its size x colour grid here; other stores.

The grid shows units available here (on hand minus reserved) from the
cache; the chosen item's line in every store comes from HQ when it answers,
else from the last sync. Every figure says when HQ confirmed it, by one rule
(services.freshness): "confirmed at HQ just now", or "as of 5 min ago (this
terminal's copy)"; nothing is called live once it is not.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clienteling.services.products import Catalog, GridCell, ProductHit, ProductStock, StyleGrid

from . import formats, texts
from .debounce import SearchAsYouType
from .fit import Panes, Reason, flow_row, shortcut_tip
from .freshness import freshness_text
from .tables import ROW_HEIGHT, Column, RowsModel, table
from .tasks import TaskRunner
from .theme import colour, set_role

DEBOUNCE_MS = 150
LIVE_EVERY_MS = 60_000
AGE_EVERY_MS = 10_000
_Index = QModelIndex | QPersistentModelIndex

GRID_MIN_COLUMN = 52  # px: a size ("46", "XL") and its count, readable


class GridModel(QAbstractTableModel):
    """Colours down, sizes across; each cell the units available here."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid: StyleGrid | None = None

    def set_grid(self, grid: StyleGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.grid.colours)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.grid.sizes)

    def cell(self, index: _Index) -> GridCell | None:
        if self.grid is None or not index.isValid():
            return None
        return self.grid.cell(self.grid.colours[index.row()], self.grid.sizes[index.column()])

    def index_of(self, sku: str) -> QModelIndex:
        cell = self.grid.find(sku) if self.grid else None
        if cell is None:
            return QModelIndex()
        return self.index(self.grid.colours.index(cell.colour), self.grid.sizes.index(cell.size))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if cell is None:
                return ""
            return "–" if cell.on_hand is None else formats.number(cell.available)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and (cell is None or not cell.available):
            return QBrush(colour("muted"))
        if role == Qt.ItemDataRole.FontRole and cell is not None and cell.available:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ToolTipRole and cell is not None:
            return self.tr("{item}: {n} available here (SKU {sku})").format(
                item=formats.item_name(self.grid.name, cell.colour, cell.size),
                n=formats.number(cell.available),
                sku=cell.sku,
            )
        if role == Qt.ItemDataRole.UserRole:
            return cell
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if self.cell(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.grid.sizes[section]
        return texts.colour_name(self.grid.colours[section])


class StockScreen(QWidget):
    """Emits `order_requested(shopper_id, sku)`; `shown(sku)` once an item's stock is on screen."""

    back = Signal()
    order_requested = Signal(str, str)
    camera_requested = Signal()
    shown = Signal(str)
    results_shown = Signal(int)

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.runner = runner
        self.catalog: Catalog | None = None
        self.store_name = ""
        self.shopper: tuple[str, str] | None = None  # id, name: whom an order would be for
        self.current: ProductStock | None = None
        self.sku: str | None = None

        back = QPushButton(self.tr("← Back"))
        back.clicked.connect(self.back)
        title = set_role(QLabel(self.tr("Products and stock")), "title")
        self.for_whom = set_role(QLabel(), "hint")
        self.camera = QPushButton(self.tr("Scan with camera"))
        self.camera.clicked.connect(self.camera_requested)
        top = flow_row(back, title, self.for_whom, self.camera, spacing=12)

        self.searcher = SearchAsYouType.with_field(
            runner,
            key="product-search",
            delay_ms=DEBOUNCE_MS,
            placeholder=self.tr("Product name, SKU or GTIN"),
            accessible_name=self.tr("Search products"),
            parent=self,
        )
        self.search = self.searcher.field
        shortcut_tip(self.search, self.tr("Search products"), "Ctrl+P")
        self.searcher.answered.connect(self._show_results)
        self.searcher.failed.connect(self._search_failed)
        self.searcher.cleared.connect(self._search_cleared)
        self.search.returnPressed.connect(self.open_best)
        self.search.installEventFilter(self)
        self.message = set_role(QLabel(), "hint")
        self.message.setWordWrap(True)

        self.results = RowsModel(
            [
                Column(self.tr("Product"), lambda h: h.name),
                Column(self.tr("Style"), lambda h: h.style),
                Column(self.tr("Price"), lambda h: formats.money(h.price_minor, h.currency)),
            ],
            self,
        )
        self.results_view = table(self.results, stretch=0)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.activated.connect(self._result_chosen)
        self.results_view.clicked.connect(self._result_chosen)

        # The chosen product.
        self.product = set_role(QLabel(self.tr("Find a product to see its stock.")), "subtitle")
        self.product.setWordWrap(True)
        self.facts = set_role(QLabel(), "hint")
        # What the scanned label said about this very item (lot, serial, expiry).
        self.label_facts = set_role(QLabel(), "info")
        self.label_facts.setWordWrap(True)
        self.label_facts.hide()
        self.scanned: tuple[str, str] | None = None  # sku, label facts to show with it
        self.here_title = QLabel()
        self.grid = GridModel(self)
        self.grid_view = QTableView()
        self.grid_view.setModel(self.grid)
        self.grid_view.setAccessibleName(self.tr("Stock here by size and colour"))
        self.grid_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid_view.setShowGrid(True)
        self.grid_view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        # The sizes share the card's width (down to GRID_MIN_COLUMN each): no sideways scroll
        # for a usual size run, even in a narrow pane.
        self.grid_view.horizontalHeader().setMinimumSectionSize(GRID_MIN_COLUMN)
        self.grid_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.grid_view.clicked.connect(self._cell_chosen)
        self.grid_view.activated.connect(self._cell_chosen)
        self.variant = set_role(QLabel(), "subtitle")
        self.source = set_role(QLabel(), "hint")
        self.source.setWordWrap(True)
        self.stores = RowsModel(
            [
                Column(self.tr("Store"), lambda s: s.store_name),
                Column(self.tr("Distance"), lambda s: formats.distance(s.distance_km)),
                Column(self.tr("Available"), lambda s: formats.number(s.available)),
                Column(self.tr("Updated"), lambda _s: self.freshness()),
            ],
            self,
        )
        self.stores_view = table(self.stores, stretch=0)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.order_button = QPushButton(self.tr("Order for delivery or pick-up…"))
        set_role(self.order_button, "primary")
        self.order_button.clicked.connect(self._order)
        self.order_reason = Reason(self.order_button)  # why it is disabled, in words

        detail = QFrame()
        detail.setObjectName("card")
        right = QVBoxLayout(detail)
        right.setContentsMargins(20, 14, 20, 14)
        right.setSpacing(8)
        right.addWidget(self.product)
        right.addWidget(self.facts)
        right.addWidget(self.label_facts)
        right.addWidget(self.here_title)
        right.addWidget(self.grid_view)
        right.addWidget(self.variant)
        right.addWidget(self.source)
        right.addWidget(self.stores_view, 1)
        right.addWidget(flow_row(self.refresh_button, self.order_button))
        right.addWidget(self.order_reason)

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.message)
        left.addWidget(self.results_view, 1)
        body = Panes(spacing=16)  # the list beside the item, above it in portrait
        body.add(left, 2)
        body.add(detail, 3)

        page = QVBoxLayout(self)
        page.setContentsMargins(24, 16, 24, 16)
        page.setSpacing(12)
        page.addWidget(top)
        page.addWidget(body, 1)

        self.live_timer = QTimer(self)
        self.live_timer.setInterval(LIVE_EVERY_MS)
        self.live_timer.timeout.connect(self.refresh)
        self.age_timer = QTimer(self)  # "just now" becomes "1 min ago" on screen too
        self.age_timer.setInterval(AGE_EVERY_MS)
        self.age_timer.timeout.connect(self._say_source)
        self._show_nothing()

    def set_catalog(self, catalog: Catalog, store_name: str) -> None:
        self.catalog, self.store_name = catalog, store_name
        self.searcher.set_work(catalog.find_products)

    def set_shopper(self, shopper: tuple[str, str] | None) -> None:
        self.shopper = shopper
        self.for_whom.setText(self.tr("For {name}").format(name=shopper[1]) if shopper else "")
        self._paint_order_button()

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            if self.search.text():
                self.search.clear()
            else:
                self.back.emit()
            return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.live_timer.start()
        self.age_timer.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.live_timer.stop()
        self.age_timer.stop()

    # --- searching ------------------------------------------------------------------------

    def _search_cleared(self) -> None:
        self.results.set_rows([])
        self.message.setText(self.tr("Type a product name, or scan or type a SKU or GTIN."))

    def _show_results(self, query: str, hits: list[ProductHit], open_first: bool) -> None:
        self.results.set_rows(hits)
        if hits:
            self.message.setText(self.tr("Enter shows the first product."))
        else:
            self.message.setText(
                self.tr("No product in the catalog matches “{query}”.").format(query=query)
            )
        self.results_shown.emit(len(hits))
        if hits and (open_first or (len(hits) == 1 and hits[0].exact)):
            self.show_item(hits[0].sku)

    def _search_failed(self, message: str) -> None:
        self.message.setText(self.tr("The search did not work: {why}").format(why=message))

    def open_best(self) -> None:
        """Enter: the first product found for what is typed now (waits for it if needed)."""
        if self.searcher.ready_to_open() and self.results.rowCount():
            self.show_item(self.results.item(0).sku)

    def _result_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_item(self.results.item(index.row()).sku)

    # --- one item -----------------------------------------------------------------------------

    def show_item(self, sku: str) -> None:
        """Load the item's grid and stores (live from HQ when it answers)."""
        if self.catalog is None:
            return
        self.sku = sku
        self.source.setText(self.tr("Asking HQ for the latest figures…"))
        self.runner.run(
            self.catalog.product_stock,
            sku,
            key="product-stock",
            done=self._show_stock,
            failed=lambda m: self.source.setText(
                self.tr("The stock could not be read: {why}").format(why=m)
            ),
        )

    def open_item(self, sku: str, label_facts: str = "") -> None:
        """Show an item chosen elsewhere (profile, a scan): its code in the search, its style
        listed; `label_facts` (lot, expiry read from a scanned label) are shown with it."""
        self.scanned = (sku, label_facts) if label_facts else None
        self.search.setText(sku)  # an exact code opens the item as soon as it is found
        self.searcher.run()

    def refresh(self) -> None:
        if self.sku and self.isVisible():
            self.show_item(self.sku)

    def _show_nothing(self) -> None:
        self.grid.set_grid(None)
        self.stores.set_rows([])
        self.variant.clear()
        self.facts.clear()
        self.label_facts.hide()
        self.here_title.clear()
        self.source.clear()
        self.refresh_button.setEnabled(False)
        self._paint_order_button()
        self.message.setText(self.tr("Type a product name, or scan or type a SKU or GTIN."))

    def _show_stock(self, found: ProductStock | None) -> None:
        if found is None:
            self.current = None
            self._show_nothing()
            self.product.setText(self.tr("This item is not in the catalog on this terminal."))
            return
        self.current = found
        grid, view = found.grid, found.stock
        self.sku = view.product.sku
        facts = self.scanned[1] if self.scanned and self.scanned[0] == self.sku else ""
        self.label_facts.setText(
            self.tr("From the scanned label: {facts}").format(facts=facts) if facts else ""
        )
        self.label_facts.setVisible(bool(facts))
        self.product.setText(grid.name)
        self.facts.setText(
            "  ·  ".join(
                x
                for x in (
                    self.tr("Style {style}").format(style=grid.style),
                    grid.brand,
                    formats.money(grid.price_minor, grid.currency),
                )
                if x
            )
        )
        self.here_title.setText(
            self.tr("Available here ({store}) by colour and size").format(store=self.store_name)
        )
        self.grid.set_grid(grid)
        self._fit_grid()
        at = self.grid.index_of(self.sku)
        if at.isValid():
            self.grid_view.setCurrentIndex(at)
        here = view.here.available if view.here else 0
        self.variant.setText(
            self.tr("{colour}, size {size}: {n} here").format(
                colour=texts.colour_name(view.product.colour),
                size=view.product.size,
                n=here,
            )
        )
        self.stores.set_rows(view.others)
        self._say_source()
        self.refresh_button.setEnabled(True)
        self._paint_order_button()
        self.shown.emit(self.sku)

    def freshness(self, now: datetime | None = None) -> str:
        """How fresh the shown store figures are, in words, as of `now`."""
        if self.current is None:
            return ""
        return freshness_text(self.current.freshness(now or datetime.now(UTC)))

    def _say_source(self) -> None:
        if self.current is None:
            return
        fresh = self.freshness()
        if self.current.live:
            text = self.tr("Other stores, nearest first — {fresh}.")
        else:
            text = self.tr("Other stores, nearest first — {fresh}; HQ did not answer.")
        self.source.setText(text.format(fresh=fresh))
        self.stores_view.viewport().update()  # each row says the same

    def _fit_grid(self) -> None:
        rows = self.grid.rowCount()
        height = self.grid_view.horizontalHeader().sizeHint().height() + rows * ROW_HEIGHT + 4
        if self.grid.columnCount() * GRID_MIN_COLUMN > self.grid_view.viewport().width():
            height += self.grid_view.horizontalScrollBar().sizeHint().height()
        self.grid_view.setFixedHeight(min(height, 6 * ROW_HEIGHT + 48))

    def _cell_chosen(self, index: QModelIndex) -> None:
        cell = self.grid.cell(index)
        if cell is not None and cell.sku != self.sku:
            self.show_item(cell.sku)

    # --- ordering -------------------------------------------------------------------------------

    def _paint_order_button(self) -> None:
        if self.current is None:
            self.order_button.setEnabled(False)  # no item yet: nothing to explain
            self.order_reason.hide()
            return
        self.order_reason.set_reason(
            "" if self.shopper else self.tr("Open a shopper's profile first to order for them.")
        )

    def _order(self) -> None:
        if self.shopper is not None and self.sku:
            self.order_requested.emit(self.shopper[0], self.sku)
