"""The sign-up QR dialog: what a shopper's phone reads from the screen, the printer and the PNG."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from clienteling.hq import scan_settings as hq_settings
from clienteling.scan import RejectCode, Rejected, ScanConfig, ShopperSignUp, interpret
from clienteling.scan.image import decode_image
from clienteling.ui.camera import decode_frame
from clienteling.ui.signup import SignUpDialog
from clienteling.ui.theme import MIN_TOUCH
from tests.ui.conftest import ASSOCIATE, STORE
from tests.ui.test_screens import sign_in

PAGE = "https://join.example.com/signup"
URL = f"{PAGE}?store={STORE}&associate={ASSOCIATE}"


def read_screen(widget) -> list[str]:
    """What a camera pointed at the widget reads (zxing-cpp on the rendered pixels)."""
    return [c.text for c in decode_frame(widget.grab().toImage())]


def test_the_dialog_shows_a_qr_a_phone_reads_and_saves_and_prints_it(qtbot, tmp_path, runner):
    dialog = SignUpDialog(URL, "Store São Paulo", "Associate of BR-SP-01 (E1)", runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert read_screen(dialog) == [URL]
    assert interpret(URL, ScanConfig(signup_url=PAGE)) == ShopperSignUp(STORE, ASSOCIATE)
    assert dialog.code.pixmap().width() >= 300  # readable from across the counter
    assert dialog.code.size() == dialog.code.pixmap().size()  # whole, quiet zone included
    assert band_rows(dialog.code.pixmap().toImage()) == (False, False)  # no training mark
    assert dialog.no_page.isHidden() and "São Paulo" in dialog.store_line.text()
    assert "Associate of BR-SP-01" in dialog.associate_line.text()
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    assert {b.text() for b in buttons} >= {"Print…", "Save as PNG…", "Close"}
    assert all(b.height() >= MIN_TOUCH for b in buttons)
    shot = Path(os.environ.get("CLIENTELING_SHOT_DIR", tmp_path)) / "signup-dialog.png"
    assert dialog.grab().save(str(shot))

    png = tmp_path / "signup.png"
    dialog.save_png(str(png))
    qtbot.waitUntil(lambda: "Saved" in dialog.message.text(), timeout=10000)
    assert [c.text for c in decode_image(png.read_bytes())] == [URL]

    pdf = tmp_path / "printed.pdf"  # a printer that writes PDF stands in for the real one
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    dialog.print_on(printer)
    assert "Sent to the printer" in dialog.message.text()
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000
    page = QPdfDocument(dialog)
    assert page.load(str(pdf)) == QPdfDocument.Error.None_ and page.pageCount() == 1
    assert [c.text for c in decode_frame(page.render(0, QSize(1240, 1754)))] == [URL]


def band_rows(image) -> tuple[bool, bool]:
    """Whether a pixel row black all across is in the top and in the bottom sixth of a QImage
    (a reversed band; a QR's own rows always have light modules and its quiet zone)."""
    black = QColor("black")
    sixth = image.height() // 6

    def full(y: int) -> bool:
        return all(image.pixelColor(x, y) == black for x in range(0, image.width(), 2))

    top = any(full(y) for y in range(sixth))
    return top, any(full(y) for y in range(image.height() - sixth, image.height()))


def test_a_training_terminal_marks_the_code_on_screen_on_paper_and_in_the_png(
    qtbot, tmp_path, runner
):
    dialog = SignUpDialog(URL, "Store São Paulo", "Ana (E1)", runner, training=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.band == "TRAINING · not a real sign-up"
    code = dialog.code.pixmap().toImage()
    assert band_rows(code) == (True, True)  # reversed bands above and below the code
    assert code.height() > code.width()
    assert [c.text for c in decode_frame(code)] == [URL]  # and it still reads
    assert read_screen(dialog) == [URL]

    png = tmp_path / "signup.png"
    dialog.save_png(str(png))
    qtbot.waitUntil(lambda: "Saved" in dialog.message.text(), timeout=10000)
    assert band_rows(QImage(str(png))) == (True, True)
    codes = decode_image(png.read_bytes())
    assert [c.text for c in codes if c.format == "QR Code"] == [URL]
    # zxing-cpp may take the band's letters for a Codabar; the app refuses such a code and
    # takes the sign-up QR (Scans.resolve_first)
    config = ScanConfig(signup_url=PAGE)
    assert [interpret(c.scan_text, config) for c in codes if c.format != "QR Code"] == [
        Rejected(RejectCode.UNKNOWN_FORMAT, "not a code this store uses")
    ] * (len(codes) - 1)

    pdf = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    dialog.print_on(printer)
    page = QPdfDocument(dialog)
    assert page.load(str(pdf)) == QPdfDocument.Error.None_
    assert [c.text for c in decode_frame(page.render(0, QSize(1240, 1754)))] == [URL]
    assert page.getAllText(0).text().count("TRAINING · not a real sign-up") == 2


def test_without_a_signup_page_the_dialog_says_phones_cannot_open_it(qtbot, runner):
    payload = f"clienteling://signup?store={STORE}"
    dialog = SignUpDialog(payload, "Store São Paulo", "Ana (E1)", runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.no_page.isHidden() and "sign-up page" in dialog.no_page.text()
    assert read_screen(dialog) == [payload]


def test_the_window_opens_the_chains_signup_code_for_the_signed_in_associate(
    qtbot, world, window, tmp_path
):
    win = window
    hq_settings.set_settings(world.db, {"signup_url": PAGE}, datetime.now(UTC))
    # The window's live follow may bring the change first; either way the terminal has it.
    world.services.syncing.refresh_scan_settings()
    assert world.services.scans.chain_config().signup_url == PAGE
    assert win.strip.signup.isHidden()  # nobody signed in: no sign-up code
    sign_in(qtbot, win)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    button = win.strip.signup
    assert button.isVisible() and button.accessibleName() == "Sign-up QR"
    assert "Ctrl+J" in button.toolTip() and not button.icon().isNull()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.signup_dialog is not None, timeout=5000)
    dialog = win.signup_dialog
    qtbot.waitExposed(dialog)
    shots = Path(os.environ.get("CLIENTELING_SHOT_DIR", tmp_path))
    assert win.grab().save(str(shots / "window-with-signup-action.png"))
    assert dialog.payload == URL and read_screen(dialog) == [URL]
    assert STORE in dialog.payload and dialog.no_page.isHidden()
    dialog.accept()
    qtbot.waitUntil(lambda: win.signup_dialog is None, timeout=2000)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    QTest.keyClick(win.lookup.search, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.signup_dialog is not None, timeout=5000)
    win.signup_dialog.accept()
    qtbot.waitUntil(lambda: win.signup_dialog is None, timeout=2000)
    win.sign_out()
    assert win.strip.signup.isHidden()
