"""What a scan does in the app: a real HQ on loopback, the terminal's real cache, real key events.

A scanner's keys are sent as the window system delivers them: key events with
timestamps a few milliseconds apart, to the focused widget, through the
ScanFilter the main window installs after sign-in.
"""

from __future__ import annotations

import itertools

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage, QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from clienteling.domain.enums import Fulfilment
from clienteling.scan import DEMO_LOYALTY, ScanConfig, encode_enrollment, encode_order_tracking
from clienteling.scan.qr import RECEIPT_80, qr_png
from clienteling.services.orders import OrderDraft
from clienteling.settings import SettingsFile
from tests.hq_live import add_shopper
from tests.integration.test_scanning_service import FAR_CARD, HERE_CARD, gtin_of
from tests.ui.conftest import ASSOCIATE, STORE
from tests.ui.test_screens import sign_in

MANAGER = f"{STORE}-manager"

_clock = itertools.count(10_000, 500)  # each scan starts half a second after the last


@pytest.fixture
def cards(world):
    """Two card holders (one of this store, one of Madrid) and the chain's card format."""
    add_shopper(world.db, "sh4", STORE, last_name="Moreira", loyalty_id=HERE_CARD)
    add_shopper(
        world.db, "sh5", "ES-MD-01", last_name="Ruiz", first_name="Lucía", loyalty_id=FAR_CARD
    )
    # The chain's cards are the training chain's: as HQ's scan settings would say.
    world.services.scans.settings.save_scan(ScanConfig(loyalty_formats=(DEMO_LOYALTY,)))
    world.services.scans.forget()
    return world


def home(qtbot, win, employee_id=ASSOCIATE):
    sign_in(qtbot, win, employee_id=employee_id)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    assert win.scans.filter_installed
    win.activateWindow()
    win.lookup.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.lookup.search, timeout=2000)


def scan(text: str, gap_ms: int = 4) -> None:
    """A wedge scanner: each key pressed and released `gap_ms` apart, then Enter."""
    target = QApplication.focusWidget()
    assert target is not None
    at = next(_clock)
    for ch in text + "\r":
        key = Qt.Key.Key_Return if ch == "\r" else ord(ch.upper())
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            event.setTimestamp(at)
            QApplication.sendEvent(target, event)
        at += gap_ms


def scanned(qtbot, win, text: str):
    with qtbot.waitSignal(win.scan_routed, timeout=8000) as routed:
        scan(text)
    return routed.args[0]


def test_a_loyalty_card_scanned_on_home_opens_the_profile_not_the_search(qtbot, cards, window):
    win = window
    home(qtbot, win)
    with qtbot.waitSignal(win.lookup.results_shown, timeout=5000):
        qtbot.keyClicks(win.lookup.search, "Mo")  # the associate had started typing
    assert win.lookup.search.text() == "Mo"
    with qtbot.waitSignal(win.profile.loaded, timeout=8000) as loaded:
        scan(HERE_CARD)
    assert loaded.args[0] == "sh4" and win.current == "profile"
    assert win.profile.name.text() == "Ana Moreira"
    assert win.lookup.search.text() == "Mo"  # not one character of the card reached it
    assert win.scan_banner.isHidden()


def test_a_person_typing_still_reaches_the_field(qtbot, cards, window):
    win = window
    home(qtbot, win)
    with qtbot.waitSignal(win.lookup.results_shown, timeout=5000) as shown:
        qtbot.keyClicks(win.lookup.search, "Moreira")  # unstamped keys, like a virtual keyboard
    assert shown.args[0] == 1
    assert win.lookup.search.text() == "Moreira" and win.current == "home"


def test_a_product_gtin_opens_the_product_and_stock_screen(qtbot, cards, window):
    win = window
    home(qtbot, win)
    gtin = gtin_of(cards.db, "ST1-BLK-M")
    with qtbot.waitSignal(win.stock.shown, timeout=8000) as shown:
        scan(gtin)
    assert shown.args[0] == "ST1-BLK-M" and win.current == "stock"
    assert win.stock.product.text() == "Shirt ST1"
    assert win.stock.label_facts.isHidden()  # a plain barcode says nothing about a lot

    win.stock.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.stock.search, timeout=2000)
    with qtbot.waitSignal(win.stock.shown, timeout=8000):
        scan(f"(01)0{gtin}(17)261231(10)LOT7")  # a GS1 label: lot and expiry shown
    assert not win.stock.label_facts.isHidden()
    assert "LOT7" in win.stock.label_facts.text() and "Lot" in win.stock.label_facts.text()
    assert "Expires" in win.stock.label_facts.text()


def test_an_unknown_code_shows_the_reason(qtbot, cards, window):
    win = window
    home(qtbot, win)
    outcome = scanned(qtbot, win, "HELLO-WORLD")
    assert outcome.action == "rejected" and win.current == "home"
    assert win.scan_banner.message == "This is not a code this store uses."
    assert win.lookup.search.text() == ""
    scanned(qtbot, win, "4006381333932")  # a barcode with a wrong check digit
    assert "check digit is wrong" in win.scan_banner.message
    scanned(qtbot, win, "4006381333931")  # a good barcode this catalog does not have
    assert "04006381333931" in win.scan_banner.message and win.current == "home"


def test_an_order_tracking_code_shows_the_order_and_its_status(qtbot, cards, window):
    win = window
    home(qtbot, win)
    placed = cards.services.orders.place(
        OrderDraft("sh1", [("ST1-BLK-M", 1, STORE)], Fulfilment.PICK_UP, pickup_store=STORE)
    )
    assert placed.state == "confirmed"
    with qtbot.waitSignal(win.orders.loaded, timeout=8000):
        scan(encode_order_tracking(placed.order_id))
    assert win.current == "orders"
    assert win.orders.selected().order_id == placed.order_id
    assert win.orders.theirs.isChecked() and "Ana Silva" in win.orders.theirs.text()
    assert placed.order_id[:8] in win.orders.detail.text()  # "Order 1a2b3c4d: reserved."


def test_enrollment_and_signup_codes_say_what_they_are(qtbot, cards, window):
    win = window
    home(qtbot, win)
    hq_url = cards.services.terminal.hq_url
    scanned(qtbot, win, encode_enrollment(hq_url, "ABCD-EFGH-JKLM-NPQR"))
    assert "already enrolled" in win.scan_banner.message and win.current == "home"
    scanned(qtbot, win, "clienteling://signup?store=BR-SP-01")
    assert "sign-up" in win.scan_banner.message


def test_a_card_outside_the_cache_is_fetched_online(qtbot, cards, window):
    win = window
    home(qtbot, win)
    with qtbot.waitSignal(win.profile.loaded, timeout=8000) as loaded:
        scan(FAR_CARD)
    assert loaded.args[0] == "sh5" and win.profile.name.text() == "Lucía Ruiz"
    assert "looked up at HQ" in win.scan_banner.message


def test_offline_a_card_outside_the_cache_says_connect_to_hq(qtbot, cards, window):
    win = window
    home(qtbot, win)
    cards.stop_hq()
    outcome = scanned(qtbot, win, FAR_CARD)
    assert outcome.action == "shopper_missing" and outcome.offline
    assert win.current == "home"
    assert "not in this store's list; connect to HQ to look them up" in win.scan_banner.message
    # a shopper of this store still opens from the cache
    with qtbot.waitSignal(win.profile.loaded, timeout=8000):
        win.lookup.search.setFocus()
        scan(HERE_CARD)


def test_camera_dialog_hands_its_code_to_the_same_handler(qtbot, cards, window):
    win = window
    home(qtbot, win)
    qtbot.mouseClick(win.lookup.camera, Qt.MouseButton.LeftButton)
    dialog = win.camera_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(win.profile.loaded, timeout=8000):
        dialog.scanner.decoded.emit(HERE_CARD)  # what the camera emits when it reads a code
    assert win.camera_dialog is None and win.current == "profile"
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=2000)  # and it is gone


def qr_picture(payload: str) -> QImage:
    return QImage.fromData(qr_png(payload, RECEIPT_80))


def test_ctrl_v_with_a_picture_of_a_card_opens_the_shopper(qtbot, cards, window):
    win = window
    home(qtbot, win)
    mime = QMimeData()
    mime.setImageData(qr_picture(HERE_CARD))
    QGuiApplication.clipboard().setMimeData(mime)
    try:
        with qtbot.waitSignal(win.profile.loaded, timeout=15000) as loaded:
            QTest.keySequence(win.lookup.search, QKeySequence(QKeySequence.StandardKey.Paste))
    finally:
        # The clipboard owns the data now; left there, it is freed twice at exit.
        QGuiApplication.clipboard().clear()
    assert loaded.args[0] == "sh4" and win.lookup.search.text() == ""


def test_dropping_an_image_file_reads_its_code(qtbot, cards, window, tmp_path):
    win = window
    home(qtbot, win)
    gtin = gtin_of(cards.db, "ST1-BLK-M")
    picture = tmp_path / "code.png"
    picture.write_bytes(qr_png(f"https://id.gs1.org/01/0{gtin}/10/LOT9", RECEIPT_80))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    drop = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(win.stock.shown, timeout=15000):
        win.dropEvent(drop)
    assert "LOT9" in win.stock.label_facts.text()

    empty = tmp_path / "blank.png"
    blank = QImage(200, 200, QImage.Format.Format_RGB32)
    blank.fill(Qt.GlobalColor.white)
    blank.save(str(empty))
    mime.setUrls([QUrl.fromLocalFile(str(empty))])
    win.dropEvent(
        QDropEvent(
            QPointF(200, 200),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    qtbot.waitUntil(lambda: "No barcode" in win.scan_banner.message, timeout=15000)


def test_scanner_settings_test_field_and_saving(qtbot, cards, window):
    win = window
    home(qtbot, win, MANAGER)  # the scanner is set up by managers, on their screen
    qtbot.mouseClick(win.strip.role_badge, Qt.MouseButton.LeftButton)  # MANAGER ›
    assert win.current == "manager"
    qtbot.mouseClick(win.manager.scanner, Qt.MouseButton.LeftButton)
    dialog = win.scanner_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    dialog.test.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.test, timeout=2000)
    with qtbot.waitSignal(win.scan_routed, timeout=8000):
        scan(HERE_CARD)
    assert win.current == "manager"  # testing opens nothing
    assert dialog.test.text() == HERE_CARD
    assert dialog.result.text() == f"Last scan: Loyalty card: {HERE_CARD}"

    dialog.test.setText("4006381333932")  # typed, then Enter
    with qtbot.waitSignal(win.scan_routed, timeout=8000):
        dialog.test.returnPressed.emit()
    assert "check digit is wrong" in dialog.result.text()

    dialog.gap.setValue(45)
    dialog.prefix.setText("~")
    dialog.suffix.setCurrentIndex(dialog.suffix.findData("tab"))
    save = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Save")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert win.scanner_dialog is None
    settings = win.scan_filter.settings
    assert settings.max_median_gap_ms == 45 and settings.prefix == "~"
    assert settings.suffixes == ("\t",)
    kept = SettingsFile(cards.services.scans.settings.home).scanner()
    assert kept.prefix == "~" and kept.max_median_gap_ms == 45
