"""ScanFilter: wedge-scanner bursts become `scanned`, a person's keys still reach the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from clienteling.scan.wedge import WedgeSettings
from clienteling.ui.scanner import ScanFilter, may_be_scan

CODE = "4006381333931"


class Clock:
    """Key times chosen by the test: each key press reads `now`."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self, _event) -> float:
        return self.now


class Recorder(QLineEdit):
    """A field that notes every key press and release it gets."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str]] = []

    def keyPressEvent(self, event):
        self.seen.append(("press", event.text()))
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event):
        self.seen.append(("release", event.text()))
        super().keyReleaseEvent(event)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def form(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    window.field = Recorder()
    window.other = QLineEdit()
    layout.addWidget(window.field)
    layout.addWidget(window.other)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.field)
    return window


@pytest.fixture
def scan_filter(qtbot, clock):
    f = ScanFilter(WedgeSettings(), clock=clock)
    f.install()
    scans: list[str] = []
    f.scanned.connect(scans.append)
    f.scans = scans
    yield f
    f.uninstall()


def type_keys(qtbot, widget, text: str, clock: Clock, start: float, gap: float) -> None:
    """Press and release each character's key, `gap` ms apart, as a keyboard would send them."""
    clock.now = start
    for ch in text:
        key = {"\r": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}.get(ch, ord(ch.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
        clock.now += gap


def test_a_scan_burst_never_reaches_the_field(qtbot, form, scan_filter, clock):
    entered = []
    form.field.returnPressed.connect(lambda: entered.append(True))
    type_keys(qtbot, form.field, CODE + "\r", clock, 1000, 5)
    assert scan_filter.scans == [CODE]
    # Its first key reached the field at once (it could have been a person);
    # the field was put back as it was when the burst turned out to be a scan.
    assert form.field.text() == "" and entered == []
    assert [text for kind, text in form.field.seen if kind == "press"] == [CODE[0]]


def test_a_person_typing_reaches_the_field_in_order(qtbot, form, scan_filter, clock):
    type_keys(qtbot, form.field, "Gonçalves", clock, 0, 150)
    qtbot.waitUntil(lambda: form.field.text() == "Gonçalves", timeout=2000)  # the real timer
    assert scan_filter.scans == []
    presses = [text for kind, text in form.field.seen if kind == "press"]
    assert "".join(presses) == "Gonçalves"
    # each key arrives as press then release, once
    assert form.field.seen == [(kind, ch) for ch in "Gonçalves" for kind in ("press", "release")]


def test_enter_typed_by_a_person_still_submits(qtbot, form, scan_filter, clock):
    entered = []
    form.field.returnPressed.connect(lambda: entered.append(form.field.text()))
    type_keys(qtbot, form.field, "Ana\r", clock, 0, 200)
    assert entered == ["Ana"] and scan_filter.scans == []


def test_a_fast_typist_passes_straight_through(qtbot, form, scan_filter, clock):
    type_keys(qtbot, form.field, "Silvana", clock, 0, 40)  # under timeout_ms, over a scanner
    assert form.field.text() == "Silvana"  # no timer needed: decided by the third key


def test_person_then_scan_then_person(qtbot, form, scan_filter, clock):
    type_keys(qtbot, form.field, "Jo", clock, 0, 180)
    type_keys(qtbot, form.field, CODE + "\r", clock, 1000, 6)
    type_keys(qtbot, form.field, "ão", clock, 3000, 170)
    scan_filter.flush()
    assert form.field.text() == "João"
    assert scan_filter.scans == [CODE]


def test_editing_keys_land_after_what_was_typed(qtbot, form, scan_filter, clock):
    type_keys(qtbot, form.field, "ab", clock, 0, 200)
    qtbot.keyClick(form.field, Qt.Key.Key_Backspace)  # "b" is still held: it lands first
    assert form.field.text() == "a"
    qtbot.keyClick(form.field, "c", Qt.KeyboardModifier.ControlModifier)  # a shortcut: untouched
    assert form.field.text() == "a"


def test_keys_go_to_the_widget_that_had_focus(qtbot, form, scan_filter, clock):
    type_keys(qtbot, form.field, "x", clock, 0, 0)  # held
    form.other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.other)
    scan_filter.flush()
    assert form.field.text() == "x" and form.other.text() == ""


def test_prefix_setting_lets_typing_through_at_once(qtbot, form, scan_filter, clock):
    scan_filter.set_settings(WedgeSettings(prefix="~"))
    type_keys(qtbot, form.field, "abc", clock, 0, 150)
    assert form.field.text() == "abc"  # no waiting at all
    type_keys(qtbot, form.field, "~" + CODE + "\r", clock, 1000, 40)  # slow, but prefixed
    assert scan_filter.scans == [CODE] and form.field.text() == "abc"


def test_disabled_filter_and_auto_repeat_pass_untouched(qtbot, form, scan_filter, clock):
    scan_filter.set_enabled(False)
    type_keys(qtbot, form.field, CODE, clock, 0, 5)
    assert form.field.text() == CODE and scan_filter.scans == []
    scan_filter.set_enabled(True)
    form.field.clear()
    repeat = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a", True
    )
    QApplication.sendEvent(form.field, repeat)
    assert form.field.text() == "a"


def test_keys_sent_to_a_widget_without_focus_are_not_taken(qtbot, form, scan_filter, clock):
    # the filter only takes keys at the focus widget (not parents they bubble up to)
    type_keys(qtbot, form.other, CODE + "\r", clock, 0, 5)
    assert scan_filter.scans == [] and form.other.text() == CODE


def test_a_wrong_scan_still_emits_its_text_for_the_parser_to_refuse(
    qtbot, form, scan_filter, clock
):
    type_keys(qtbot, form.field, "HELLO-WORLD\t", clock, 0, 4)
    assert scan_filter.scans == ["HELLO-WORLD"] and form.field.text() == ""


def test_a_persons_key_after_a_pause_reaches_the_field_at_once(qtbot, form, scan_filter, clock):
    """No waiting for the detector's timer: the first key of a possible burst goes through."""
    type_keys(qtbot, form.field, "J", clock, 0, 0)
    assert form.field.text() == "J"
    type_keys(qtbot, form.field, "o", clock, 400, 0)  # the next key, well after the pause
    assert form.field.text() == "Jo" and scan_filter.scans == []


NOTE = "Wants the boots in 42 by Friday; call after 6pm"


@pytest.mark.parametrize("gap", [29, 5])  # ~30 ms a key (a fast typist), and faster still
def test_typing_a_note_is_never_taken_for_a_scan(qtbot, form, scan_filter, clock, gap):
    note = QPlainTextEdit()
    form.layout().addWidget(note)
    note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is note)
    type_keys(qtbot, note, NOTE + "\r" + NOTE, clock, 1000, gap)
    assert note.toPlainText() == NOTE + "\n" + NOTE  # every key kept, Enter a new line
    assert scan_filter.scans == []
    # The search field beside it still tells a scanner from a person.
    form.field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.field)
    type_keys(qtbot, form.field, CODE + "\r", clock, 9000, 5)
    assert scan_filter.scans == [CODE] and form.field.text() == ""


def test_which_widgets_may_take_a_scan():
    assert may_be_scan(QLineEdit())
    assert not may_be_scan(QPlainTextEdit()) and not may_be_scan(QTextEdit())
    shown = QPlainTextEdit()
    shown.setReadOnly(True)  # a read-only text is not typed into: a scan there is a scan
    assert may_be_scan(shown)
    pin = QLineEdit()
    pin.setProperty("scanKeys", False)  # a widget can say so itself
    assert not may_be_scan(pin)
