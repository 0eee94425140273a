"""Idle lock: back to sign-in after the configured idle time, then back to where it was."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from clienteling.settings import SettingsFile
from tests.ui.conftest import ASSOCIATE, PIN, STORE
from tests.ui.test_screens import search, sign_in

MANAGER = f"{STORE}-manager"


def open_silva(qtbot, win):
    sign_in(qtbot, win)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    search(qtbot, win, "silva")
    with qtbot.waitSignal(win.profile.loaded, timeout=5000):
        qtbot.keyClick(win.lookup.search, Qt.Key.Key_Return)


def test_the_idle_time_is_a_terminal_setting(tmp_path, world):
    terminal = world.services.terminal
    assert terminal.idle_lock_minutes == 5.0  # the default
    SettingsFile(tmp_path).save_terminal(replace(terminal, idle_lock_minutes=2.5))
    assert SettingsFile(tmp_path).terminal().idle_lock_minutes == 2.5


def test_idle_lock_returns_to_sign_in_and_back_to_where_it_was(qtbot, window, world):
    win = window
    watcher = win.idle
    watcher.minutes = 0.6 / 60  # 0.6 s for the test
    try:
        open_silva(qtbot, win)
        assert watcher.armed and watcher.idle.minutes == 0.01
        win.open_products(win.profile.who)  # the stock screen, ordering for the shopper
        assert win.current == "stock" and win.history == ["profile"]

        # Touches and keys keep it open: a key every two of the watcher's checks (0.12 s
        # apart at this idle time), for longer than the idle time all together.
        for _ in range(4):
            for _check in range(2):
                with qtbot.waitSignal(watcher.timer.timeout, timeout=2000):
                    pass
            qtbot.keyClick(win.stock.search, Qt.Key.Key_Shift)
        assert win.current == "stock"

        with qtbot.waitSignal(watcher.locked, timeout=5000):
            pass
        assert win.current == "signin" and win.session is None
        assert "Locked after" in win.strip.notice.text()
        assert not watcher.armed
        qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert win.current == "signin"  # shortcuts do not get past the lock

        sign_in(qtbot, win)
        qtbot.waitUntil(lambda: win.current == "stock", timeout=5000)
        assert win.stock.shopper == ("sh1", "Ana Silva") and win.history == ["profile"]
        win.go_back()
        assert win.current == "profile" and win.profile.name.text() == "Ana Silva"
        assert watcher.armed
    finally:
        watcher.stop()  # the window's own watcher; it closes with the window


def chosen(win) -> list[str]:
    return [b.property("employee_id") for b in win.signin.associate_buttons() if b.isChecked()]


def test_after_the_lock_the_locked_out_associate_only_types_the_pin(qtbot, window, world):
    win = window
    watcher = win.idle
    watcher.minutes = 0.4 / 60
    win.activateWindow()
    qtbot.waitActive(win)  # so the focus can be checked
    try:
        sign_in(qtbot, win)
        qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
        with qtbot.waitSignal(watcher.locked, timeout=5000):
            pass
        assert win.current == "signin"
        # The names are listed again after the sign-out; theirs stays chosen.
        qtbot.waitUntil(lambda: chosen(win) == [ASSOCIATE], timeout=5000)
        assert win.signin.employee.text() == ASSOCIATE and win.signin.pin.text() == ""
        assert win.signin.pin.hasFocus()

        for digit in PIN:  # the PIN and nothing else: keys straight into the PIN field
            qtbot.keyClick(win.signin.pin, digit)
        qtbot.keyClick(win.signin.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
        assert win.session.employee_id == ASSOCIATE

        # Locked again: someone else at the counter picks themselves.
        with qtbot.waitSignal(watcher.locked, timeout=5000):
            pass
        qtbot.waitUntil(lambda: chosen(win) == [ASSOCIATE], timeout=5000)
        manager = next(
            b for b in win.signin.associate_buttons() if b.property("employee_id") == MANAGER
        )
        qtbot.mouseClick(manager, Qt.MouseButton.LeftButton)
        assert chosen(win) == [MANAGER] and win.signin.employee.text() == MANAGER
        for digit in PIN:
            qtbot.mouseClick(win.signin.pad.buttons[digit], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(win.signin.pad.buttons["OK"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
        assert win.session.employee_id == MANAGER

        # A plain sign-out chooses nobody.
        win.sign_out()
        assert len(win.signin.associate_buttons()) == 3 and win.runner.busy == 0  # all in
        assert chosen(win) == [] and win.signin.employee.text() == ""
    finally:
        watcher.stop()
