"""First run: the enrollment screen against a real HQ, then first sync and sign-in."""

from __future__ import annotations

from datetime import UTC, datetime

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from clienteling.app import terminal_entry
from clienteling.hq import auth, migrate
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from clienteling.security.vault import MemoryVault, open_vault
from tests.hq_live import LiveHQ, small_chain
from tests.ui.conftest import FAST, STORE


@pytest.fixture
def hq(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'hq.db'}")
    migrate.upgrade(db)
    small_chain(db)
    with LiveHQ(db) as live:
        yield db, live
    db.dispose()


@pytest.fixture
def launcher(qtbot):
    from clienteling.ui.shell import Launch
    from tests.ui.sync_runner import SyncRunner

    made = []

    def launch(open_services, enroll):
        runner = SyncRunner()
        run = Launch(runner, open_services, enroll=enroll, terminal_name="till 7")
        qtbot.addWidget(run.window)
        if run.enroll_screen is not None:
            qtbot.addWidget(run.enroll_screen)
        made.append((run, runner))
        return run

    yield launch
    for run, runner in made:
        run.window.close()
        assert runner.shutdown(10000)
        if run.services is not None:
            run.services.close()


def code_used(db):
    with db.engine.connect() as conn:
        return [r.used_at for r in conn.execute(select(t.enrollment_codes))]


def test_typed_code_is_checked_and_a_wrong_code_shows_hqs_reason(qtbot, hq, tmp_path, launcher):
    db, live = hq
    auth.create_enrollment_code(db, STORE, 1, datetime.now(UTC))
    _open, enroll = terminal_entry(tmp_path / "terminal", lambda home: MemoryVault(), policy=FAST)
    assert _open is None  # nothing enrolled in this folder yet
    run = launcher(None, enroll)
    screen = run.enroll_screen
    assert screen.isVisible() and not run.window.isVisible()

    qtbot.keyClicks(screen.address, live.url)
    qtbot.keyClicks(screen.code, "abcd0")
    assert screen.code.text() == "ABCD-0"  # grouped and in capitals as typed
    assert screen.code_hint.isVisible() and "0" in screen.code_hint.text()
    assert not screen.button.isEnabled()
    qtbot.keyClick(screen.code, Qt.Key.Key_Backspace)
    qtbot.keyClicks(screen.code, "efghjklmnpqr")
    assert screen.code.text() == "ABCD-EFGH-JKLM-NPQR" and not screen.code_hint.isVisible()
    assert screen.button.isEnabled()

    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(screen.error.isVisible, timeout=10000)
    assert "enrollment code is not known" in screen.error.text()
    assert screen.address.text() == live.url  # nothing typed is lost
    assert screen.code.text() == "ABCD-EFGH-JKLM-NPQR" and screen.button.isEnabled()
    assert not (tmp_path / "terminal" / "settings.json").exists()

    screen.address.clear()
    qtbot.keyClicks(screen.address, "http://")
    assert screen.address_hint.isVisible() and not screen.button.isEnabled()
    # Plain http only to this machine: a typed address follows the enrollment QR's rule.
    for typed, usable in [
        ("http://hq.example.com", False),
        ("hq.example.com", True),  # https is added
        ("http://127.0.0.1:8400", True),
        ("http://localhost:8400", True),
    ]:
        screen.address.clear()
        qtbot.keyClicks(screen.address, typed)
        assert screen.address_hint.isHidden() == usable, typed


def test_missing_keyring_is_explained_and_spends_no_code(qtbot, hq, tmp_path, launcher):
    db, live = hq
    code = auth.create_enrollment_code(db, STORE, 1, datetime.now(UTC))
    no_keyring = keyring.backends.fail.Keyring()
    _open, enroll = terminal_entry(
        tmp_path / "terminal",
        lambda home: open_vault("clienteling-test", backend=no_keyring),
        policy=FAST,
    )
    screen = launcher(None, enroll).enroll_screen
    screen.address.setText(live.url)
    qtbot.keyClicks(screen.code, code)
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(screen.error.isVisible, timeout=10000)
    assert "gnome-keyring" in screen.error.text()  # what to install
    assert code_used(db) == [None]  # the code can still be used once the keyring is there


def test_right_code_enrolls_syncs_and_reaches_sign_in(qtbot, hq, tmp_path, launcher):
    db, live = hq
    code = auth.create_enrollment_code(db, STORE, 1, datetime.now(UTC))
    vault = MemoryVault()
    home = tmp_path / "terminal"
    _open, enroll = terminal_entry(home, lambda _home: vault, policy=FAST)
    run = launcher(None, enroll)
    screen = run.enroll_screen
    qtbot.keyClicks(screen.address, live.url)
    qtbot.keyClicks(screen.code, code.lower().replace("-", ""))
    assert screen.code.text() == code
    assert screen.name.text() == "till 7"
    with qtbot.waitSignal(run.window.ready, timeout=20000):
        qtbot.keyClick(screen.code, Qt.Key.Key_Return)
    win = run.window
    assert win.isVisible() and win.current == "signin"
    assert run.enroll_screen is None
    qtbot.waitUntil(lambda: len(win.signin.associate_buttons()) == 3, timeout=5000)
    assert win.services.store_id == STORE and win.services.syncing.first_sync_done()
    assert code_used(db)[0] is not None

    # Next start: enrolled, so straight to sign-in.
    win.close()
    win.services.close()
    win.services = None
    again, _enroll = terminal_entry(home, lambda _home: vault, policy=FAST)
    assert again is not None
    second = launcher(again, _enroll)
    assert second.enroll_screen is None
    qtbot.waitUntil(lambda: second.window.current == "signin", timeout=15000)
    assert second.window.services.store_name == "Store São Paulo"


def test_scanning_the_enrollment_qr_fills_address_and_code(qtbot, hq, tmp_path, launcher):
    from clienteling.scan import encode_enrollment
    from tests.ui.test_scan_routing import scan

    db, live = hq
    code = auth.create_enrollment_code(db, STORE, 1, datetime.now(UTC))
    _open, enroll = terminal_entry(tmp_path / "terminal", lambda home: MemoryVault(), policy=FAST)
    screen = launcher(None, enroll).enroll_screen
    screen.activateWindow()
    screen.address.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.address, timeout=2000)

    scan("4006381333931")  # a product code is not an enrollment code
    qtbot.waitUntil(screen.error.isVisible, timeout=3000)
    assert "not an enrollment code" in screen.error.text()
    assert screen.address.text() == ""  # the scanner's keys did not land in the field

    scan(encode_enrollment(live.url, code))
    qtbot.waitUntil(lambda: screen.code.text() == code, timeout=3000)
    assert screen.address.text() == live.url and screen.button.isEnabled()
    assert not screen.error.isVisible()
