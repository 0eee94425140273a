"""CameraScanner on a machine without a camera, and the frame decoder with generated codes."""

from __future__ import annotations

import threading

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from clienteling.scan import OrderTracking, encode_order_tracking, interpret
from clienteling.scan.qr import RECEIPT_80, qr_image
from clienteling.ui import camera
from clienteling.ui.camera import FLASH_MS, CameraScanner, decode_frame

ORDER = "0b8f1c2e-3f4a-4b5c-8d9e-0f1a2b3c4d5e"
PAYLOAD = encode_order_tracking(ORDER)


def qr_qimage(payload: str, fmt=QImage.Format.Format_RGB32, margin: int = 40, scale=1) -> QImage:
    """The code as a QImage on a white margin, as a camera frame or a pasted picture."""
    code = qr_image(payload, RECEIPT_80).convert("L")
    if scale != 1:
        code = code.resize((code.width * scale, code.height * scale))
    page = Image.new("L", (code.width + 2 * margin, code.height + 2 * margin), 255)
    page.paste(code, (margin, margin))
    data = page.tobytes()
    grey = QImage(data, page.width, page.height, page.width, QImage.Format.Format_Grayscale8)
    return grey.convertToFormat(fmt)  # a deep copy: `data` may go


@pytest.mark.parametrize(
    "fmt",
    [QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32, QImage.Format.Format_Grayscale8],
)
def test_decode_frame_reads_a_generated_qr_from_a_qimage(fmt):
    (code,) = decode_frame(qr_qimage(PAYLOAD, fmt=fmt))
    assert code.text == PAYLOAD and code.symbology == "]Q1"
    assert interpret(code.scan_text) == OrderTracking(ORDER)


def test_decode_frame_scales_big_frames_and_takes_empty_ones():
    big = qr_qimage(PAYLOAD, margin=300, scale=6)  # about 2000 pixels a side
    assert big.width() > 1280
    assert [c.text for c in decode_frame(big)] == [PAYLOAD]
    assert decode_frame(QImage()) == []
    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(QColor("grey"))
    assert decode_frame(blank) == []


@pytest.fixture
def scanner(qtbot):
    beeps = []
    widget = CameraScanner(devices=list, beep=lambda: beeps.append(True))
    widget.beeps = beeps
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.stop()


def test_no_camera_shows_a_clear_message(scanner):
    scanner.start()
    assert scanner.message.isVisible() and "No camera found" in scanner.message.text()
    assert not scanner.frame.isVisible() and not scanner.chooser.isVisible()
    assert not scanner.is_active()


def test_this_machine_has_no_camera_and_says_so(qtbot):
    widget = CameraScanner()  # the real device list
    qtbot.addWidget(widget)
    widget.show()
    widget.start()
    if camera.QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera")
    assert "No camera found" in widget.message.text()


def test_no_permission_shows_a_clear_message(scanner, monkeypatch):
    monkeypatch.setattr(scanner, "_permission_status", lambda: Qt.PermissionStatus.Denied)
    scanner.start()
    assert "may not use the camera" in scanner.message.text()
    assert not scanner.frame.isVisible()


def test_frames_are_decoded_off_the_ui_thread_then_beep_flash_and_emit(qtbot, scanner, monkeypatch):
    threads = []

    def spy(image):
        threads.append(threading.current_thread() is threading.main_thread())
        return decode_frame(image)

    monkeypatch.setattr(camera, "decode_frame", spy)
    with qtbot.waitSignal(scanner.decoded, timeout=5000) as signal:
        scanner.process_image(qr_qimage(PAYLOAD))
        assert scanner.is_busy()
        scanner.process_image(qr_qimage(PAYLOAD))  # skipped: one frame at a time
    assert signal.args == ["]Q1" + PAYLOAD]
    assert threads == [False]
    assert scanner.beeps == [True] and scanner.is_flashing()
    with qtbot.waitSignal(scanner._flash_timer.timeout, timeout=FLASH_MS * 10):
        pass
    assert not scanner.is_flashing()


def decode(qtbot, scanner, image: QImage) -> None:
    with qtbot.waitSignal(scanner._results.done, timeout=5000):
        scanner.process_image(image)
    qtbot.waitUntil(lambda: not scanner.is_busy(), timeout=1000)


def test_a_code_still_in_view_is_emitted_once(qtbot, scanner):
    seen = []
    scanner.decoded.connect(seen.append)
    for _ in range(3):
        decode(qtbot, scanner, qr_qimage(PAYLOAD))
    assert seen == ["]Q1" + PAYLOAD] and scanner.beeps == [True]
    other = encode_order_tracking("1b8f1c2e-3f4a-4b5c-8d9e-0f1a2b3c4d5e")
    decode(qtbot, scanner, qr_qimage(other))
    assert seen[-1] == "]Q1" + other and len(scanner.beeps) == 2
