"""CameraScanner on a machine without a camera, the frame decoder with generated codes, and
the whole path (capture session, video sink, decoding, dialog) fed by a QVideoFrameInput."""

from __future__ import annotations

import threading
import time

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QDialog

from clienteling.scan import OrderTracking, encode_order_tracking, interpret
from clienteling.scan.qr import RECEIPT_80, qr_image
from clienteling.ui import camera
from clienteling.ui.camera import FLASH_MS, CameraScanner, decode_frame
from clienteling.ui.scan_dialogs import CameraDialog

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


# --- the whole pipeline, fed through the capture session instead of a camera --------------------


@pytest.fixture
def frame_input():
    """A QVideoFrameInput (Qt 6.8+, FFmpeg backend): frames pushed into the capture session."""
    from PySide6 import QtMultimedia

    if not hasattr(QtMultimedia, "QVideoFrameInput"):
        pytest.skip("QVideoFrameInput needs Qt 6.8 or newer")
    return QtMultimedia.QVideoFrameInput()


def camera_frame(payload: str | None) -> QImage:
    """A 640 x 480 picture as a camera would give it: the code on a grey desk, or no code."""
    frame = QImage(640, 480, QImage.Format.Format_RGB32)
    frame.fill(QColor("#9a9a9a"))
    if payload is not None:
        code = qr_qimage(payload, margin=16)
        painter = QPainter(frame)
        painter.drawImage((640 - code.width()) // 2, (480 - code.height()) // 2, code)
        painter.end()
    return frame


class FakeCamera:
    """Pushes frames into a capture session at 30 frames a second, like a camera."""

    def __init__(self, frame_input, picture: QImage) -> None:
        self.input, self.picture, self.sent = frame_input, picture, 0
        self.timer = QTimer()
        self.timer.setInterval(33)
        self.timer.timeout.connect(self.send)
        self.timer.start()

    def send(self) -> None:
        if self.input.sendVideoFrame(QVideoFrame(self.picture)):
            self.sent += 1

    def stop(self) -> None:
        self.timer.stop()


def frames_seen(scanner: CameraScanner) -> list[QVideoFrame]:
    """Every frame the preview's video sink shows, as the decoder gets it."""
    seen: list[QVideoFrame] = []
    scanner.preview.videoSink().videoFrameChanged.connect(seen.append)
    return seen


def screenshot(dialog: CameraDialog, scanner: CameraScanner, path) -> QImage:
    """The dialog grabbed to PNG, with the frame the sink shows drawn where the preview is.

    The preview paints into a native child window (QVideoWindow, through QRhi) that
    QWidget.grab() does not capture, so the sink's current frame is drawn on top.
    """
    shot = dialog.grab().toImage()
    frame = scanner.preview.videoSink().videoFrame().toImage()
    area = scanner.preview.rect().translated(scanner.preview.mapTo(dialog, QPoint(0, 0)))
    frame = frame.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    painter = QPainter(shot)
    painter.drawImage(area.center() - QPoint(frame.width() // 2, frame.height() // 2), frame)
    painter.end()
    assert shot.save(str(path))
    return shot


def test_frames_through_the_capture_session_reach_the_dialog_decoded(qtbot, frame_input, tmp_path):
    beeps = []
    scanner = CameraScanner(devices=list, beep=lambda: beeps.append(True), frame_input=frame_input)
    shots = []
    # Connected before the dialog's own slot: grabs the dialog in its success state, just
    # before it closes itself.
    scanner.decoded.connect(
        lambda _t: shots.append(screenshot(dialog, scanner, tmp_path / "camera-dialog.png"))
    )
    dialog = CameraDialog(scanner=scanner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert scanner.is_active() and scanner.frame.isVisible() and not scanner.message.isVisible()
    seen = frames_seen(scanner)
    emitted = []
    dialog.decoded.connect(emitted.append)

    camera = FakeCamera(frame_input, camera_frame(None))
    try:
        qtbot.waitUntil(lambda: len(seen) >= 10, timeout=5000)  # a third of a second of desk
        qtbot.waitUntil(lambda: not scanner.is_busy(), timeout=5000)
        assert emitted == [] and beeps == [] and dialog.isVisible()
        assert all(f.isValid() and (f.width(), f.height()) == (640, 480) for f in seen)

        camera.picture = camera_frame(PAYLOAD)  # the shopper holds up the receipt
        with qtbot.waitSignal(dialog.decoded, timeout=5000):
            pass
    finally:
        camera.stop()
    assert emitted == ["]Q1" + PAYLOAD]
    assert interpret(emitted[0]) == OrderTracking(ORDER)
    assert beeps == [True] and scanner.is_flashing()
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    # The dialog closed: the session lets go of the frame input, frames go nowhere.
    assert not scanner.is_active() and frame_input.captureSession() is None
    assert not frame_input.sendVideoFrame(QVideoFrame(camera_frame(PAYLOAD)))

    (shot,) = shots
    green = shot.pixelColor(scanner.frame.mapTo(dialog, QPoint(1, 1)))
    assert green.name() == "#2e7d32"  # the flash around the preview


def test_frames_are_dropped_while_one_is_decoded_and_the_ui_keeps_going(
    qtbot, frame_input, monkeypatch
):
    monkeypatch.setattr(camera, "FRAME_INTERVAL_MS", 0)  # only the busy decoder drops frames
    gate = threading.Event()
    decoded_frames = []

    def slow_decode(image):
        decoded_frames.append(image.size())
        gate.wait(10)  # a slow tablet
        return decode_frame(image)

    monkeypatch.setattr(camera, "decode_frame", slow_decode)
    beeps = []
    scanner = CameraScanner(devices=list, beep=lambda: beeps.append(True), frame_input=frame_input)
    qtbot.addWidget(scanner)
    scanner.show()
    scanner.start()
    seen = frames_seen(scanner)
    emitted = []
    scanner.decoded.connect(emitted.append)
    try:
        assert frame_input.sendVideoFrame(QVideoFrame(camera_frame(None)))
        qtbot.waitUntil(lambda: len(decoded_frames) == 1, timeout=5000)
        assert scanner.is_busy()
        # While that frame is decoded, the UI thread takes every frame at once, and drops
        # them, the one with a code too.
        for shown, payload in enumerate((None, None, PAYLOAD, None), start=2):
            started = time.monotonic()
            assert frame_input.sendVideoFrame(QVideoFrame(camera_frame(payload)))
            qtbot.waitUntil(lambda shown=shown: len(seen) == shown, timeout=1000)
            assert time.monotonic() - started < 1
        assert len(seen) == 5 and len(decoded_frames) == 1 and scanner.is_busy()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not scanner.is_busy(), timeout=5000)
    assert emitted == [] and beeps == [] and not scanner.is_flashing()  # a desk, no code

    # Free again: the next frame is decoded.
    with qtbot.waitSignal(scanner.decoded, timeout=5000) as signal:
        assert frame_input.sendVideoFrame(QVideoFrame(camera_frame(PAYLOAD)))
    assert signal.args == ["]Q1" + PAYLOAD] and len(decoded_frames) == 2
    scanner.stop()
