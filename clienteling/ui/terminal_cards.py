"""The manager's terminals, as a table where its columns fit and as one card per terminal
where they do not (portrait, 1024 wide, a long language): nothing elided either way.

Nine columns of dates, versions and counts need about 1,200 px on one line; squeezed into
a narrower table they elide ("Offli…", "not rep…") or wrap a date into three lines. A card
keeps every fact whole: the terminal's name and state on its first line, then each fact
as its column's title above its value, as many side by side as the width allows.

Both views show the same model (manager.py's `terminals`) and share one selection model,
so the terminal chosen (and the revoke button it enables) is the same in either.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QTableView,
)

from .theme import colour

FACT_WIDTH = 160  # px: the narrowest column of facts in a card (a date and time on a line)
PAD = 10  # px: inside a card
GAP = 6  # px: between two cards
LINE_GAP = 6  # px: between two lines of facts
TOUCH = 44  # px: a finger's target


class CardDelegate(QStyledItemDelegate):
    """Paints row `index.row()` of a multi-column model as a card: column `title` (and the
    `state` column, right) on the first line, the `facts` columns below, each with its
    header's title above its value, wrapped, never elided."""

    def __init__(self, view: QListView, title: int, state: int, facts: list[int]) -> None:
        super().__init__(view)
        self.view, self.title, self.state, self.facts = view, title, state, facts

    # --- geometry ---------------------------------------------------------------------------

    def _fonts(self, option) -> tuple[QFont, QFont, QFont]:
        plain = QFont(option.font)
        bold = QFont(plain)
        bold.setBold(True)
        small = QFont(plain)  # a fact's title: a little smaller than its value, still readable
        if plain.pixelSize() > 0:
            small.setPixelSize(max(round(plain.pixelSize() * 0.87), 12))
        else:
            small.setPointSizeF(max(plain.pointSizeF() * 0.87, 9.0))
        return plain, bold, small

    def _width(self) -> int:
        return max(self.view.viewport().width(), FACT_WIDTH)

    def _columns(self, width: int) -> int:
        """Facts side by side: as many as fit, spread evenly over the lines they take."""
        most = max(1, min(len(self.facts), (width - 2 * PAD) // FACT_WIDTH))
        lines = math.ceil(len(self.facts) / most)
        return math.ceil(len(self.facts) / lines)

    def layout(self, option, index: QModelIndex, rect: QRect):
        """Where each text goes: [(rect, text, font, role)], and the card's height."""
        plain, bold, small = self._fonts(option)
        model = index.model()
        row = index.row()
        inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
        placed = []
        flags = int(Qt.TextFlag.TextWordWrap)

        def cell(column: int):
            return model.index(row, column).data() or ""

        state = cell(self.state)
        state_w = QFontMetrics(plain).horizontalAdvance(state) + PAD
        title_rect = QRect(inner.x(), inner.y(), max(inner.width() - state_w, 40), 0)
        title_h = QFontMetrics(bold).boundingRect(title_rect, flags, cell(self.title)).height()
        title_h = max(title_h, QFontMetrics(plain).height())
        title_rect.setHeight(title_h)
        placed.append((title_rect, cell(self.title), bold, self.title))
        state_rect = QRect(inner.right() - state_w + 1, inner.y(), state_w, title_h)
        placed.append((state_rect, state, plain, self.state))

        columns = self._columns(rect.width())
        width = inner.width() // columns
        y = inner.y() + title_h + LINE_GAP
        for start in range(0, len(self.facts), columns):
            line_h = 0
            for n, column in enumerate(self.facts[start : start + columns]):
                x = inner.x() + n * width
                head = model.headerData(column, Qt.Orientation.Horizontal) or ""
                box = QRect(x, y, width - PAD, 0)
                head_h = QFontMetrics(small).boundingRect(box, flags, head).height()
                value_box = QRect(x, y + head_h + 2, width - PAD, 0)
                value_h = QFontMetrics(plain).boundingRect(value_box, flags, cell(column)).height()
                placed.append((QRect(x, y, width - PAD, head_h), head, small, None))
                value_box.setHeight(value_h)
                placed.append((value_box, cell(column), plain, column))
                line_h = max(line_h, head_h + 2 + value_h)
            y += line_h + LINE_GAP
        height = y - LINE_GAP + PAD - rect.y()
        return placed, max(height, TOUCH)

    def sizeHint(self, option, index: QModelIndex) -> QSize:
        width = self._width()
        _placed, height = self.layout(option, index, QRect(0, 0, width, 0))
        return QSize(width, height + GAP)

    # --- painting ---------------------------------------------------------------------------

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        card = option.rect.adjusted(0, 0, -1, -GAP)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = palette.highlight() if selected else palette.alternateBase()
        painter.setBrush(fill)
        edge = palette.highlight().color().darker(140) if selected else palette.mid().color()
        painter.setPen(QPen(edge, 2 if selected else 1))
        painter.drawRoundedRect(card, 8, 8)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(palette.highlight().color().darker(170), 2, Qt.PenStyle.DotLine))
            painter.drawRoundedRect(card.adjusted(3, 3, -3, -3), 6, 6)
        text = palette.highlightedText() if selected else palette.text()
        placed, _height = self.layout(option, index, card)
        model = index.model()
        for rect, words, font, column in placed:
            painter.setFont(font)
            if column is None:
                pen = colour("muted")
            else:
                brush = model.index(index.row(), column).data(Qt.ItemDataRole.ForegroundRole)
                pen = brush.color() if brush is not None else text.color()
            painter.setPen(pen)
            if column == self.state:  # one short word or two, on the title's line
                flags = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
            else:
                flags = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
                flags = int(flags) | int(Qt.TextFlag.TextWordWrap)
            painter.drawText(rect, int(flags), words)
        painter.restore()


class CardList(QListView):
    """One card per row of a table model; choosing a card chooses its whole row (so
    `selectedRows()` answers as it does for the table)."""

    def __init__(self, title: int, state: int, facts: list[int], parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CardDelegate(self, title, state, facts))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSpacing(0)
        self.setStyleSheet("QListView { padding: 6px; }")
        self.width_laid = -1

    def selectionCommand(self, index, event=None):
        command = super().selectionCommand(index, event)
        if command & QItemSelectionModel.SelectionFlag.Select:
            command |= QItemSelectionModel.SelectionFlag.Rows
        return command

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.viewport().width() != self.width_laid:  # the cards' heights follow the width
            self.width_laid = self.viewport().width()
            self.scheduleDelayedItemsLayout()


class FitOrCards(QStackedWidget):
    """The table while its columns fit on one line each; the cards when they do not."""

    def __init__(self, table: QTableView, cards: CardList, parent=None) -> None:
        super().__init__(parent)
        self.table, self.cards = table, cards
        cards.setModel(table.model())
        cards.setSelectionModel(table.selectionModel())  # one choice, whichever shows
        self.addWidget(table)
        self.addWidget(cards)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged):
            signal.connect(self.choose)

    def table_fits(self) -> bool:
        header = self.table.horizontalHeader()
        needs = sum(
            max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(header.count())
            if not header.isSectionHidden(c)
        )
        room = self.width() - 2 * self.table.frameWidth() - 4
        return needs <= room

    def choose(self, *_args) -> None:
        self.setCurrentWidget(self.table if self.table_fits() else self.cards)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.choose()
