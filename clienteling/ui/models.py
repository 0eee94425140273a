"""Item models for the screens: the lazy shopper list and small read-only row tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

ROW_HEIGHT = 48  # px: list rows are touch targets (views set it as their row height)
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    accent: Callable[[Any], bool] | None = None  # draw the cell in the warning colour


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows; `fetch_more` (optional) loads the next page.

    The fetch function is called with the number of rows held and must hand
    rows back through `append_rows` (usually from the task runner), so the
    view only ever asks for what it shows.
    """

    WARNING = QColor("#b3261e")

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
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
            return QBrush(self.WARNING)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None

    def item(self, row: int) -> Any:
        return self.items[row]
