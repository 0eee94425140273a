"""Keyboard-wedge scanners, captured for the whole application: `ScanFilter`.

    scan_filter = ScanFilter(WedgeSettings())
    scan_filter.install()                       # on the QApplication
    scan_filter.scanned.connect(on_scan)        # the code's text, for clienteling.scan.interpret

Every key press meant for the focused widget goes through the pure
WedgeDetector (clienteling/scan/wedge.py). Keys are held until it decides:
a person's keys are then given back to the widget they were meant for (press
and release, in order, at most `timeout_ms` late), a scanner's keys never reach
any field and `scanned(str)` is emitted instead. Keys without a character
(arrows, Backspace, F-keys), shortcuts with Ctrl/Alt/Meta and auto-repeated
keys first settle what is held, then pass untouched.

Whether a key may be part of a scan at all is decided per focused widget
(`may_be_scan`): a multi-line text editor (a note) never takes a scan, so a
fast typist's note is never mistaken for one and replaced; a widget can say
so itself with the dynamic property `scanKeys` (False: never a scan).

Timing comes from the key event's own timestamp (when the key was pressed,
so a busy UI thread that delivers a person's keys late does not make them
look like a burst); tests inject a clock. With `device_keys_only` (the main
window's choice), key events without a timestamp pass untouched: every
window system stamps the keys of a real keyboard or scanner, while Qt's
virtual keyboard, accessibility tools and test drivers send them unstamped,
and none of those is a scanner.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from clienteling.scan.wedge import Scanned, WedgeDetector, WedgeEvent, WedgeSettings

_SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_SUFFIX_KEYS = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Enter: "\r", Qt.Key.Key_Tab: "\t"}


SCAN_KEYS_PROPERTY = "scanKeys"  # a widget's own say: False, its keys are never a scan


def may_be_scan(widget: QObject) -> bool:
    """Whether keys typed into `widget` may be a scanner's: not in a multi-line text editor
    that takes typing (a note, a message), nor in a widget that says `scanKeys` False."""
    said = widget.property(SCAN_KEYS_PROPERTY)
    if said is not None:
        return bool(said)
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.isReadOnly()
    return True


def event_time_ms(event: QKeyEvent) -> float:
    """When the key was pressed: the window system's timestamp, else now (monotonic)."""
    return float(event.timestamp()) or time.monotonic() * 1000.0


@dataclass
class _HeldKey:
    target: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    before: tuple[str, int] | None = None  # a line edit's text and cursor before this key


class ScanFilter(QObject):
    """Application-wide event filter that turns wedge-scanner bursts into `scanned(str)`."""

    scanned = Signal(str)

    def __init__(
        self,
        settings: WedgeSettings | None = None,
        *,
        clock: Callable[[QKeyEvent], float] = event_time_ms,
        device_keys_only: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._detector = WedgeDetector(settings)
        self._clock = clock
        self._device_keys_only = device_keys_only
        self._held: deque[_HeldKey] = deque()
        self._given: deque[_HeldKey] = deque(maxlen=8)  # the last keys let through
        self._releases_to_swallow: Counter[int] = Counter()
        self._replaying = False
        self._enabled = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    # --- public -------------------------------------------------------------------------

    @property
    def settings(self) -> WedgeSettings:
        return self._detector.settings

    def set_settings(self, settings: WedgeSettings) -> None:
        """New scanner settings (from the settings screen); held keys are given back first."""
        self.flush()
        self._detector = WedgeDetector(settings)

    def install(self, app: QCoreApplication | None = None) -> None:
        (app or QApplication.instance()).installEventFilter(self)

    def uninstall(self, app: QCoreApplication | None = None) -> None:
        self.flush()
        (app or QApplication.instance()).removeEventFilter(self)

    def set_enabled(self, enabled: bool) -> None:
        """Off: every key passes untouched (held keys are given back first)."""
        if not enabled:
            self.flush()
        self._enabled = enabled

    def flush(self) -> None:
        """Decide the held keys now (the timer calls this `timeout_ms` after the last key)."""
        self._timer.stop()
        self._apply(self._detector.flush(None), current=None)

    # --- the filter ---------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._replaying or not self._enabled:
            return False
        if kind == QEvent.Type.KeyRelease:
            return self._release(event)
        if kind != QEvent.Type.KeyPress or not self._is_focus_target(obj):
            return False
        if not may_be_scan(obj):
            if self._held:
                self.flush()  # keys held for another field land there first
            return False
        if self._device_keys_only and not event.timestamp():
            if self._held:
                self.flush()  # what a device typed before lands first
            return False
        char = self._char(event)
        if char is None:
            self.flush()  # what was typed before a Backspace or an arrow key lands first
            return False
        before = (obj.text(), obj.cursorPosition()) if isinstance(obj, QLineEdit) else None
        held = _HeldKey(obj, event.key(), event.modifiers(), event.text(), before)
        self._held.append(held)
        swallowed = self._apply(self._detector.feed(char, self._clock(event)), current=held)
        if swallowed:
            self._releases_to_swallow[event.key()] += 1
        if self._detector.holding:
            self._timer.start(round(self.settings.timeout_ms))
        else:
            self._timer.stop()
        return swallowed

    @staticmethod
    def _is_focus_target(obj: QObject) -> bool:
        """The widget a key is for; not the QWindow that passes it on, nor parents it bubbles to."""
        if not obj.isWidgetType():
            return False
        focus = QApplication.focusWidget()
        return obj is focus or (focus is None and obj.isWindow())

    def _char(self, event: QKeyEvent) -> str | None:
        """The character to give the detector, or None for keys it must not see."""
        text = event.text()
        prefix = self.settings.prefix
        if event.isAutoRepeat():
            return None
        if prefix and text == prefix:
            return prefix  # STX arrives as Ctrl+B: let the prefix through the modifier check
        if event.modifiers() & _SHORTCUT_MODIFIERS:
            return None
        if event.key() in _SUFFIX_KEYS:
            return _SUFFIX_KEYS[event.key()]
        if len(text) == 1 and (text.isprintable() or text in self.settings.suffixes):
            return text
        return None

    def _release(self, event: QKeyEvent) -> bool:
        if self._releases_to_swallow[event.key()] > 0 and not event.isAutoRepeat():
            self._releases_to_swallow[event.key()] -= 1
            return True
        return False

    def _apply(self, events: list[WedgeEvent], current: _HeldKey | None) -> bool:
        """Give back or drop held keys as decided; False when `current` may go on as it is."""
        swallowed = True
        for decided in events:
            if isinstance(decided, Scanned):
                for _ in range(len(decided.keys) - decided.given):
                    self._held.popleft()
                self._take_back(decided.given)
                self.scanned.emit(decided.text)
                continue
            for held in [self._held.popleft() for _ in range(len(decided.text))]:
                self._given.append(held)
                if held is current:
                    swallowed = False  # the last key fed: Qt delivers it after these
                else:
                    self._replay(held)
        return swallowed

    def _take_back(self, count: int) -> None:
        """Put back the field as it was before the first keys of a scan, given as typing."""
        if not count or len(self._given) < count:
            return
        first = list(self._given)[-count]
        field = first.target
        if first.before is not None and shiboken6.isValid(field):
            text, cursor = first.before
            field.setText(text)
            field.setCursorPosition(cursor)

    def _replay(self, held: _HeldKey) -> None:
        target = held.target if shiboken6.isValid(held.target) else QApplication.focusWidget()
        if target is None:
            return
        self._replaying = True
        try:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(
                    target, QKeyEvent(kind, held.key, held.modifiers, held.text)
                )
        finally:
            self._replaying = False
