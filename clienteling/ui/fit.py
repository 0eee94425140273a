"""Layouts that fit every target screen (1024x768, 1280x800, 800x1280 portrait) in every language.

The rules (docs/architecture.md, "Layouts"):
- the window never grows past the screen: each screen sits in a vertical scroll area
  (`scrolling`), so a long form scrolls instead of pushing the window taller;
- a row of buttons or facts wraps onto a second line when the language is long
  (`FlowLayout`, `flow_row`); nothing in a row is wider than the narrowest target;
- side-by-side panes stack when the window is taller than wide (`Panes`);
- sentences word-wrap (`wrapped`); a transient message takes a reserved line or wraps,
  it never widens the window;
- a label carries no shortcut hint: the shortcut goes in the tooltip (`shortcut_tip`);
- a disabled button says why in visible text next to it (`Reason`), not only in a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionTabWidgetFrame,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from .theme import set_role

TARGET_SIZES = ((1024, 768), (1280, 800), (800, 1280))
DEFAULT_SIZE = QSize(1280, 800)


class FlowLayout(QLayout):
    """Lays items left to right and wraps onto the next line when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self.items: list[QLayoutItem] = []
        self.gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self.items.append(item)

    def count(self) -> int:
        return len(self.items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self.items[index] if 0 <= index < len(self.items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self.items.pop(index) if 0 <= index < len(self.items) else None

    def insertWidget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        width = 0
        height = 0
        for item in self._shown():
            hint = item.sizeHint()
            width += hint.width() + (self.gap if width else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self.items if not (i.widget() is not None and i.widget().isHidden())]

    def _place(self, rect: QRect, *, move: bool) -> int:
        m: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(m)
        x, y, line = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, QSize]] = []

        def flush(top: int) -> None:
            if not move:
                return
            left = area.x()
            for item, size in row:
                # Each item keeps its height; the row is as tall as its tallest.
                item.setGeometry(QRect(QPoint(left, top + (line - size.height()) // 2), size))
                left += size.width() + self.gap

        for item in self._shown():
            hint = item.sizeHint()
            size = QSize(min(hint.width(), max(area.width(), 1)), hint.height())
            if size.width() < hint.width() and item.hasHeightForWidth():
                size.setHeight(item.heightForWidth(size.width()))  # a sentence wraps
            if row and x + size.width() > area.right() + 1:
                flush(y)
                row = []
                x = area.x()
                y += line + self.gap
                line = 0
            row.append((item, size))
            x += size.width() + self.gap
            line = max(line, size.height())
        flush(y)
        return y + line - rect.y() + m.bottom()


def flow_row(*widgets: QWidget, spacing: int = 8) -> QWidget:
    """A row of widgets (buttons, badges) that wraps onto more lines when narrow."""
    holder = QWidget()
    flow = FlowLayout(holder, spacing)
    for w in widgets:
        flow.addWidget(w)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    return holder


class Panes(QWidget):
    """Two or more panes side by side, stacked top to bottom when the window is portrait."""

    def __init__(self, *, spacing: int = 24, stretches: tuple[int, ...] = (), parent=None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self.stretches = stretches

    def add(self, pane: QWidget | QLayout, stretch: int = 1) -> None:
        if isinstance(pane, QLayout):
            self.box.addLayout(pane, stretch)
        else:
            self.box.addWidget(pane, stretch)

    @property
    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event) -> None:
        window = self.window()
        portrait = window.height() > window.width()
        wanted = QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
        super().resizeEvent(event)


class FlowTabs(QTabWidget):
    """A tab widget whose tabs are a wrapping row of buttons (`buttons_row`, placed by the
    screen above it): in a long language they take a second line instead of scrolling."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tabBar().hide()
        self.buttons_row = QWidget()
        self.flow = FlowLayout(self.buttons_row, spacing=6)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.buttons_row.setSizePolicy(policy)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.currentChanged.connect(self._rebuild)

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        self._rebuild()

    def tabRemoved(self, index: int) -> None:
        super().tabRemoved(index)
        self._rebuild()

    def tab_buttons(self) -> list[QPushButton]:
        return [self.flow.itemAt(i).widget() for i in range(self.flow.count())]

    def _rebuild(self, *_args) -> None:
        buttons = self.tab_buttons()
        while len(buttons) < self.count():
            button = QPushButton()
            button.setCheckable(True)
            set_role(button, "tab")
            button.clicked.connect(lambda _=False, b=button: self._chosen(b))
            self.group.addButton(button)
            self.flow.addWidget(button)
            buttons.append(button)
        while len(buttons) > self.count():
            button = buttons.pop()
            self.group.removeButton(button)
            self.flow.removeWidget(button)
            button.deleteLater()
        for i, button in enumerate(buttons):
            button.setText(self.tabText(i))
            button.setChecked(i == self.currentIndex())
            # Only the page shown counts for the size: a tall page elsewhere (a long form)
            # never makes the screen scroll while a short one is shown.
            ignored = QSizePolicy.Policy.Ignored
            page = self.widget(i)
            if i == self.currentIndex():
                page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            else:
                page.setSizePolicy(ignored, ignored)
        self.buttons_row.updateGeometry()
        self.updateGeometry()

    def _chosen(self, button: QPushButton) -> None:
        index = self.tab_buttons().index(button)
        self.setCurrentIndex(index)

    def heightForWidth(self, width: int) -> int:
        """Only the page shown counts here too: Qt's stack asks every page for its height at
        the width, shown or not, so a long hidden page made every tab scroll."""
        full = super().heightForWidth(width)
        page = self.currentWidget()
        if page is None or full < 0:
            return full
        option = QStyleOptionTabWidgetFrame()
        self.initStyleOption(option)
        pad = self.style().sizeFromContents(
            QStyle.ContentsType.CT_TabWidget, option, QSize(0, 0), self
        )
        inner = width - pad.width()
        every = page.parentWidget().heightForWidth(inner)
        shown = page.heightForWidth(inner) if page.hasHeightForWidth() else -1
        shown = max(shown, page.minimumSizeHint().height())
        return full - every + shown


class Page(QWidget):
    """Holds a screen in its scroll area; as tall as the screen's minimum at the width given.

    (QScrollArea gives a widget with wrapping rows its preferred height for the width,
    so a screen would scroll even when it could shrink to fit the window.)
    """

    def __init__(self, screen: QWidget) -> None:
        super().__init__()
        self.setObjectName("pageBody")  # the QSS lets the window's background show through
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(screen)

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalMinimumHeightForWidth(width)


def scrolling(widget: QWidget, name: str = "fit") -> QScrollArea:
    """`widget` in a frameless area that scrolls up and down, never sideways."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(Page(widget))
    return area


def wrapped(label: QLabel) -> QLabel:
    """A label whose sentence wraps onto more lines instead of widening its row."""
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy = label.sizePolicy()
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setMinimumWidth(120)
    return label


def shortcut_tip(widget: QWidget, tip: str, keys: str) -> QWidget:
    """The shortcut in the tooltip ("Orders — Ctrl+O"), never in the label."""
    widget.setToolTip(f"{tip} ({keys})" if tip else keys)
    return widget


class Reason(QLabel):
    """The words saying why `button` is disabled, shown under or beside it (touch users
    never see a tooltip); hidden while the button is enabled.

    The screen's own reason comes first; else the role's ("Trainees look and learn…"),
    which the role gate keeps in the button's `refused` property.
    """

    def __init__(self, button: QAbstractButton, parent=None) -> None:
        super().__init__(parent)
        set_role(self, "reason")
        self.setWordWrap(True)
        self.setObjectName("reason")
        self.button = button
        self.own = ""
        self.hide()
        button.installEventFilter(self)

    def set_reason(self, text: str) -> None:
        """Disable the button with `text` as the reason; an empty text enables it."""
        self.own = text
        self.button.setEnabled(not text)
        self.button.setToolTip(text)
        self._say()

    def _say(self) -> None:
        refused = "" if self.button.isEnabled() else str(self.button.property("refused") or "")
        text = self.own or refused
        self.setText(text)
        self.setVisible(bool(text))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.button and event.type() == QEvent.Type.DynamicPropertyChange:
            if event.propertyName().data() == b"refused":
                self._say()
        return False


def fit_to_screen(
    window: QWidget, size: QSize | None = None, *, within: QSize = DEFAULT_SIZE
) -> QSize:
    """Size the window: `size` exactly when given, else `within` as far as the screen allows."""
    if size is not None:
        window.resize(size)
        return size
    wanted = QSize(within)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        wanted = wanted.boundedTo(screen.availableGeometry().size())
    window.resize(wanted)
    return wanted


def parse_size(text: str) -> QSize:
    """'1024x768' -> QSize(1024, 768); ValueError otherwise."""
    w, sep, h = text.lower().partition("x")
    if not sep or not w.isdigit() or not h.isdigit() or int(w) < 320 or int(h) < 320:
        raise ValueError(f"size {text!r}: give WIDTHxHEIGHT, e.g. 1024x768")
    return QSize(int(w), int(h))


__all__ = [
    "TARGET_SIZES",
    "FlowLayout",
    "FlowTabs",
    "Panes",
    "Reason",
    "fit_to_screen",
    "flow_row",
    "parse_size",
    "scrolling",
    "shortcut_tip",
    "wrapped",
]
