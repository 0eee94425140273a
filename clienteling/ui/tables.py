"""The screens' tables: read-only row models, the table view they show in, shared columns.

`RowsModel` backs every list of rows (the lazy shopper list too); `table()`
makes the view every screen uses, so rows, headers and selection look and
behave alike; `AlternativesModel` is HQ's alternatives to a refused order,
shown on the order screen and on the orders screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from clienteling.domain.orders import Alternative

from . import formats, texts
from .theme import colour

ROW_HEIGHT = 48  # px: list rows are touch targets (views set it as their row height)
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    accent: Callable[[Any], bool] | None = None  # draw the cell in the warning colour
    tip: Callable[[Any], str] | None = None  # the cell's secondary text (codes): its tooltip
    muted: bool = False  # a secondary column (codes): drawn in the muted colour


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows; `fetch_more` (optional) loads the next page.

    The fetch function is called with the number of rows held and must hand
    rows back through `append_rows` (usually from the task runner), so the
    view only ever asks for what it shows.
    """

    def __init__(self, columns: Sequence[Column], parent=None, *, describe_rows=False) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        # A row's first cell read aloud as the whole row ("Title: text; …"): for a view that
        # shows a row as one item (terminal_cards.CardList), whose reader hears only that cell.
        self.describe_rows = describe_rows
        self.items: list[Any] = []
        self._more: Callable[[int], None] | None = None
        self._has_more = False
        self._fetching = False

    # --- filling ----------------------------------------------------------------------

    def set_rows(self, items: Sequence[Any], has_more: bool = False) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._has_more = has_more
        self._fetching = False
        self.endResetModel()

    def append_rows(self, items: Sequence[Any], has_more: bool) -> None:
        self._fetching = False
        self._has_more = has_more
        if not items:
            return
        first = len(self.items)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        self.items.extend(items)
        self.endInsertRows()

    def set_fetcher(self, fetch: Callable[[int], None] | None) -> None:
        self._more = fetch

    # --- Qt -----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._has_more and not self._fetching and bool(self._more)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._fetching = True
            self._more(len(self.items))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item, column = self.items[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.UserRole:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and column.accent and column.accent(item):
            return QBrush(colour("warning"))
        if role == Qt.ItemDataRole.ForegroundRole and column.muted:
            return QBrush(colour("muted"))
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return column.tip(item) or None
        if role == Qt.ItemDataRole.AccessibleTextRole and self.describe_rows and not index.column():
            return "; ".join(f"{c.title}: {c.text(item)}" for c in self.columns)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None

    def item(self, row: int) -> Any:
        return self.items[row]


class Table(QTableView):
    """A table that says, in words, what would be listed and what to do while it has no rows
    (`empty`), instead of showing a blank grid."""

    def __init__(self, empty: str = "", parent=None) -> None:
        super().__init__(parent)
        self.empty = empty

    def set_empty(self, text: str) -> None:
        self.empty = text
        self.viewport().update()

    @property
    def empty_shown(self) -> str:
        """The empty-state words on screen now ("" while rows show, or without words)."""
        model = self.model()
        return self.empty if model is not None and model.rowCount() == 0 else ""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        words = self.empty_shown
        if words:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().text().color())
            room = self.viewport().rect().adjusted(16, 12, -16, -12)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(room, int(flags) | int(Qt.TextFlag.TextWordWrap), words)
            painter.end()


def table(
    model,
    stretch: int | None = None,
    *,
    one_row: bool = False,
    wrap: bool = False,
    empty: str = "",
) -> Table:
    """A read-only table of whole rows, touch-sized.

    `stretch` is the column that takes the spare width (None: the last one).
    `one_row` allows a single selected row (edit lists, where a button acts on
    it); `wrap` lets long cells wrap inside the row instead of being elided;
    `empty` is what the table says while it has no rows.
    """
    view = Table(empty)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if one_row:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(wrap)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    ColumnFit(view)
    return view


class ColumnFit(QObject):
    """Columns as the view sets them while they fit; when the view is narrower than their
    contents (portrait, a long language), short columns keep their width, the long ones
    share the rest and their cells are elided: the table never scrolls sideways."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.modes: list[QHeaderView.ResizeMode] | None = None  # the modes set while squeezed
        view.viewport().installEventFilter(self)  # its width is what the columns share
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self.refit)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.refit()
        return False

    def refit(self, *_args) -> None:
        header = self.view.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        needs = {c: max(self.view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in shown}
        room = self.view.viewport().width()
        if sum(needs.values()) > room and shown:
            if self.modes is None:
                self.modes = [header.sectionResizeMode(c) for c in range(header.count())]
            for c, width in share(needs, room).items():
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(c, width)
        elif self.modes is not None:
            for c, mode in enumerate(self.modes):
                header.setSectionResizeMode(c, mode)
            self.modes = None


def share(needs: dict[int, int], room: int) -> dict[int, int]:
    """Widths for columns that need more than `room` together: a column that needs less
    than an equal share keeps what it needs; the others share the rest equally."""
    widths: dict[int, int] = {}
    left = dict(needs)
    while left:
        fair = (room - sum(widths.values())) // len(left)
        small = {c: n for c, n in left.items() if n <= fair}
        if not small:
            for c in left:
                widths[c] = max(fair, 24)
            break
        widths.update(small)
        for c in small:
            del left[c]
    return widths


class AlternativesModel(RowsModel):
    """HQ's alternatives to a refused order: the item in other stores, or other sizes/colours.

    `store_name` turns a store id into its name at paint time (the names
    arrive with the screen's data); `with_offer` adds a first column saying
    which kind of alternative each row is.
    """

    def __init__(
        self, store_name: Callable[[str], str], parent=None, *, with_offer: bool = False
    ) -> None:
        columns = [
            Column(self.tr("Colour"), lambda a: texts.colour_name(a.colour)),
            Column(self.tr("Size"), lambda a: a.size),
            Column(self.tr("Store"), lambda a: store_name(a.store_id)),
            Column(self.tr("Distance"), lambda a: formats.distance(a.distance_km)),
            Column(self.tr("Available"), lambda a: formats.number(a.available)),
        ]
        if with_offer:
            columns.insert(0, Column(self.tr("Offer"), self._offer_kind))
        super().__init__(columns, parent)

    def _offer_kind(self, alternative: Alternative) -> str:
        if alternative.kind == "other_store":
            return self.tr("Same item, other store")
        return self.tr("Other size or colour")
