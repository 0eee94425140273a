"""A training terminal says so on every screen: the TRAINING band, in its own colour and the
app's language, above the status strip from the first screen to the last; a production
terminal never shows it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication

from clienteling.app import open_terminal
from clienteling.hq import auth, migrate
from clienteling.hq.db import Database
from clienteling.security.vault import MemoryVault
from clienteling.services.enrollment import enroll
from clienteling.settings import SettingsFile
from clienteling.ui.i18n import install_translations
from clienteling.ui.layout_check import settle
from clienteling.ui.theme import apply_theme
from clienteling.ui.training_band import TrainingBand
from tests.hq_live import World, add_purchase, add_shopper, set_stock, small_chain
from tests.ui.conftest import FAST, STORE
from tests.ui.test_layout_fit import SKU_L, screens, sign_in_as


@pytest.fixture
def training_world(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'hq.db'}")
    migrate.upgrade(db)
    small_chain(db)
    add_shopper(db, "sh3", STORE, last_name="Gonçalves", segments=["vip"])
    add_purchase(db, "p1", "sh1", STORE, "ST1-BLK-S")
    set_stock(db, STORE, "ST1-BLK-M", 2)
    set_stock(db, "BR-SP-02", SKU_L, 9)
    w = World(db)
    w.start_hq()
    home, vault = tmp_path / "training", MemoryVault()
    code = auth.create_enrollment_code(db, STORE, 1, datetime.now(UTC))
    enroll(SettingsFile(home, training=True), vault, w.url, code, "training till")
    w.services = open_terminal(home, vault, training=True, policy=FAST)
    yield w
    w.stop_hq()
    w.services.close()
    db.dispose()


@pytest.fixture
def in_portuguese():
    app = QApplication.instance()
    sheet, font, palette = app.styleSheet(), app.font(), app.palette()
    apply_theme(app, "dark")
    installed = install_translations(app, "pt_BR")
    yield
    for t in installed:
        app.removeTranslator(t)
    app.setStyleSheet(sheet)
    app.setFont(font)
    app.setPalette(palette)


def _band_shows(win) -> None:
    band = win.training_band
    assert band.isVisible() and band.height() > 0
    assert band.mapTo(win, band.rect().topLeft()).y() == 0  # the top of the window
    assert band.width() == win.centralWidget().width()  # from edge to edge


def test_every_training_screen_shows_the_marker(qtbot, training_world, runner, in_portuguese):
    from clienteling.ui.main_window import MainWindow

    win = MainWindow(runner, sync_every_ms=3_600_000, probe_every_ms=0)
    qtbot.addWidget(win)
    win.show()
    win.open_terminal(training_world.services)
    qtbot.waitUntil(lambda: win.current == "signin", timeout=15000)
    qtbot.waitUntil(lambda: len(win.signin.associate_buttons()) == 3, timeout=5000)
    assert win.training_band.word.text() == "TREINAMENTO"  # translated
    assert "TREINAMENTO" in win.windowTitle()
    seen = []
    for screen in screens(qtbot, win):
        settle(QApplication.instance())
        _band_shows(win)
        seen.append(screen)
        if screen == "order-confirmed":  # the shopper's slip says it too
            assert win.order.slip().labels.training.startswith("TREINAMENTO")
    assert {"signin", "home", "stock", "order", "orders"} <= set(seen)
    # And every dialog: the band at its top, the word in its title.
    win.open_scanner_settings()
    win.open_signup_qr()
    qtbot.waitUntil(lambda: win.signup_dialog is not None, timeout=5000)
    assert win.signup_dialog.band.startswith("TREINAMENTO")  # the code itself is marked
    for dialog in (win.scanner_dialog, win.signup_dialog):
        settle(QApplication.instance())
        band = dialog.findChild(TrainingBand)
        assert band is not None and band.isVisible() and band.word.text() == "TREINAMENTO"
        assert "TREINAMENTO" in dialog.windowTitle()
        dialog.reject()
    win.sign_out()
    win.close()


def test_a_production_terminal_shows_no_marker(qtbot, window):
    assert not window.training_band.isVisible()
    assert not window.services.training
    assert "TRAINING" not in window.windowTitle()
    sign_in_as(qtbot, window)
    qtbot.waitUntil(lambda: window.current == "home", timeout=5000)
    window.open_scanner_settings()
    assert window.scanner_dialog.findChild(TrainingBand) is None
    window.scanner_dialog.reject()
