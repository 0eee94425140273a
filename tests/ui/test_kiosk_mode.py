"""Kiosk mode (--kiosk): the window is full screen with no window controls, a close attempt is
refused and asks for a manager's PIN, and only a manager's PIN (checked online by HQ, or offline
with the PIN last used here) lets the app close; an associate's or a wrong one does not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from clienteling.ui.kiosk_mode import KioskMode, swallowed
from tests.ui.conftest import ASSOCIATE, PIN, STORE

MANAGER = f"{STORE}-manager"


@pytest.fixture
def kiosk(qtbot, window, runner):
    k = KioskMode.install(window, runner, lambda: window.services)
    qtbot.waitUntil(window.isVisible, timeout=5000)
    yield k
    k.leaving = True  # the fixture closes the window afterwards
    QApplication.instance().removeEventFilter(k)


def refused_close(qtbot, win, kiosk):
    with qtbot.waitSignal(kiosk.asked, timeout=5000) as asked:
        assert win.close() is False
    assert win.isVisible()
    return asked.args[0]


def try_pin(qtbot, dialog, employee_id, pin):
    dialog.employee.setText(employee_id)
    dialog.pin.setText(pin)
    qtbot.mouseClick(dialog.leave, Qt.MouseButton.LeftButton)


def test_the_window_is_full_screen_without_window_controls(qtbot, kiosk, window):
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    window.showNormal()  # a window manager asking it out of full screen: it goes back
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    full = Qt.WindowState.WindowFullScreen
    qtbot.waitUntil(lambda: bool(window.windowState() & full), timeout=5000)


def test_the_keys_that_leave_are_swallowed_and_typing_is_not():
    alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
    assert swallowed(Qt.Key.Key_F4, alt)
    assert swallowed(Qt.Key.Key_Q, ctrl) and swallowed(Qt.Key.Key_W, ctrl)
    assert swallowed(Qt.Key.Key_Meta, Qt.KeyboardModifier.MetaModifier)
    assert not swallowed(Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    assert not swallowed(Qt.Key.Key_F, ctrl)  # the app's own shortcuts still work


def test_alt_f4_does_not_close_the_window(qtbot, kiosk, window):
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    QApplication.sendEvent(window, press)
    QApplication.processEvents()
    assert window.isVisible()


def test_a_close_attempt_is_refused_and_an_associate_pin_does_not_let_them_out(
    qtbot, kiosk, window
):
    dialog = refused_close(qtbot, window, kiosk)
    try_pin(qtbot, dialog, ASSOCIATE, PIN)
    qtbot.waitUntil(lambda: dialog.refusal != "", timeout=5000)
    assert dialog.refusal == "Only a manager can leave kiosk mode."
    assert window.isVisible() and dialog.isVisible() and not kiosk.leaving


def test_a_wrong_pin_does_not_let_anyone_out(qtbot, kiosk, window):
    dialog = refused_close(qtbot, window, kiosk)
    try_pin(qtbot, dialog, MANAGER, "0000")
    qtbot.waitUntil(lambda: dialog.refusal != "", timeout=5000)
    assert dialog.refusal.startswith("That PIN did not let you out")
    assert window.isVisible() and not kiosk.leaving
    assert dialog.pin.text() == ""  # typed again, never kept


def test_a_manager_pin_closes_the_app_and_the_signed_in_associate_is_unchanged(
    qtbot, kiosk, window
):
    from tests.ui.test_screens import sign_in

    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.current == "home", timeout=5000)
    dialog = refused_close(qtbot, window, kiosk)
    assert window.services.sessions.current.employee_id == ASSOCIATE
    try_pin(qtbot, dialog, MANAGER, PIN)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert kiosk.leaving


def test_offline_a_manager_who_signed_in_here_before_still_lets_it_close(
    qtbot, kiosk, window, world
):
    window.services.sessions.verify(MANAGER, PIN)  # online once: the PIN is now known here
    world.stop_hq()
    dialog = refused_close(qtbot, window, kiosk)
    try_pin(qtbot, dialog, ASSOCIATE, PIN)  # never signed in here: not checkable offline
    qtbot.waitUntil(lambda: dialog.refusal != "", timeout=10000)
    assert "not used online on this terminal" in dialog.refusal and window.isVisible()
    try_pin(qtbot, dialog, MANAGER, PIN)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)


def test_on_a_touch_screen_the_managers_screen_has_the_way_out(qtbot, kiosk, window):
    from tests.ui.test_screens import sign_in

    sign_in(qtbot, window, employee_id=MANAGER)
    qtbot.waitUntil(lambda: window.current == "home", timeout=5000)
    window.roles.open_manager()
    qtbot.waitUntil(lambda: window.current == "manager", timeout=5000)
    exit_button = window.manager.leave_kiosk
    assert exit_button.isVisible()
    with qtbot.waitSignal(kiosk.asked, timeout=5000) as asked:
        qtbot.mouseClick(exit_button, Qt.MouseButton.LeftButton)
    assert asked.args[0].isVisible() and window.isVisible()  # the PIN is still asked
