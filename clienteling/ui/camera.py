"""Scanning with a camera: live preview, decoding off the UI thread, `decoded(str)` per code.

    scanner = CameraScanner()
    scanner.decoded.connect(on_scan)   # the code's text, for clienteling.scan.interpret
    scanner.start() / scanner.stop()

About five frames a second are taken from the preview (QVideoSink) and
decoded with zxing-cpp in QThreadPool; a frame is skipped while the previous
one is still being decoded, so a slow tablet never queues up frames. A code
is emitted once, then ignored while it stays in view (REPEAT_MS), with a beep
and a green flash around the preview. With no camera, or no permission to use
one, the widget says so instead of a black preview.

`decode_frame(QImage)` is the decoder on its own: the clipboard or a dropped
image can use it too.

The camera is the production source of frames. `frame_input` (a
QVideoFrameInput, Qt 6.8+) replaces it with frames pushed by the program
through the same capture session, sink and preview: how the tests drive the
whole path on a machine without a camera.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCameraPermission,
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
)
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from clienteling.scan.image import DecodedCode, decode_pixels

from .combo import Combo

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QVideoFrameInput  # Qt 6.8+; never imported at run time

FRAME_INTERVAL_MS = 200  # about 5 frames a second
REPEAT_MS = 2500  # the same code again within this is the same code still in view
FLASH_MS = 300
_MAX_FRAME_SIDE = 1280  # decoding a 4K frame costs more than it finds


def decode_frame(image: QImage) -> list[DecodedCode]:
    """Codes in a camera frame (or any QImage), converted to 8-bit grey for zxing-cpp."""
    if image.isNull():
        return []
    if max(image.width(), image.height()) > _MAX_FRAME_SIDE:
        image = image.scaled(
            _MAX_FRAME_SIDE,
            _MAX_FRAME_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return decode_pixels(image.convertToFormat(QImage.Format.Format_Grayscale8))


class _Results(QObject):
    done = Signal(object)


class _DecodeJob(QRunnable):
    """Runs decode_frame on a pool thread; the answer comes back by a queued signal."""

    def __init__(self, image: QImage, results: _Results) -> None:
        super().__init__()
        self._image, self._results = image, results

    def run(self) -> None:
        try:
            codes = decode_frame(self._image)
        except Exception:  # a frame zxing-cpp cannot take must not stop the camera
            codes = []
        self._results.done.emit(codes)


class CameraScanner(QWidget):
    """Camera preview that emits `decoded(str)` (identifier + text) for each new code seen."""

    decoded = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        devices: Callable[[], list[QCameraDevice]] = QMediaDevices.videoInputs,
        pool: QThreadPool | None = None,
        beep: Callable[[], None] = QApplication.beep,
        frame_input: QVideoFrameInput | None = None,
    ) -> None:
        super().__init__(parent)
        self._devices = devices
        self._frame_input = frame_input
        self._input_attached = False
        self._pool = pool or QThreadPool.globalInstance()
        self._beep = beep
        self._camera: QCamera | None = None
        self._session = QMediaCaptureSession(self)
        self._busy = False
        self._last_frame_at = 0.0
        self._recent: dict[str, float] = {}
        self._results = _Results(self)
        self._results.done.connect(self._on_decoded)  # queued: emitted on a pool thread

        self.chooser = Combo()
        self.chooser.setAccessibleName(self.tr("Camera"))
        self.chooser.setMinimumHeight(44)
        self.chooser.currentIndexChanged.connect(self._use_chosen)
        self.frame = QFrame()
        self.frame.setObjectName("cameraFrame")
        self.preview = QVideoWidget()
        self.preview.setMinimumSize(320, 240)
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addWidget(self.preview)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.frame, 1)
        layout.addWidget(self.message)
        self._session.setVideoOutput(self.preview)
        self.preview.videoSink().videoFrameChanged.connect(self._on_frame)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(lambda: self._set_flash(False))
        self._media = QMediaDevices(self)
        self._media.videoInputsChanged.connect(self._refresh_devices)

    # --- starting and stopping --------------------------------------------------------------

    def start(self) -> None:
        """Ask for the camera permission if needed, then show the chosen camera."""
        if self._frame_input is not None:
            self._attach_frame_input()
            return
        status = self._permission_status()
        if status == Qt.PermissionStatus.Undetermined:
            QCoreApplication.instance().requestPermission(
                QCameraPermission(), self, lambda _p: self.start()
            )
            return
        if status == Qt.PermissionStatus.Denied:
            self._show_message(
                self.tr(
                    "The app may not use the camera. Allow it in the system settings, "
                    "or scan with a handheld scanner."
                )
            )
            return
        self._refresh_devices()

    def _permission_status(self) -> Qt.PermissionStatus:
        return QCoreApplication.instance().checkPermission(QCameraPermission())

    def _attach_frame_input(self) -> None:
        """Frames pushed by the program instead of a camera: no chooser, no permission."""
        self.chooser.hide()
        self._session.setVideoFrameInput(self._frame_input)
        self._input_attached = True
        self._show_message("")

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)
            self._camera.deleteLater()
            self._camera = None
        if self._input_attached:
            self._session.setVideoFrameInput(None)
            self._input_attached = False

    def is_active(self) -> bool:
        return self._input_attached or (self._camera is not None and self._camera.isActive())

    def _refresh_devices(self) -> None:
        if self._frame_input is not None:
            return  # fed by the program: cameras plugged in or out change nothing
        devices = list(self._devices())
        chosen = self.chooser.currentData()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for device in devices:
            self.chooser.addItem(device.description(), device)
        self.chooser.blockSignals(False)
        self.chooser.setVisible(len(devices) > 1)
        if not devices:
            self.stop()
            self._show_message(
                self.tr(
                    "No camera found. Connect one, or scan with a handheld scanner "
                    "or from an image."
                )
            )
            return
        back = [i for i, d in enumerate(devices) if d.position() == QCameraDevice.Position.BackFace]
        index = next((i for i, d in enumerate(devices) if d == chosen), None)
        self.chooser.setCurrentIndex(index if index is not None else (back or [0])[0])
        self._use_chosen()

    def _use_chosen(self) -> None:
        device = self.chooser.currentData()
        if device is None:
            return
        self.stop()
        self._camera = QCamera(device, self)
        self._camera.errorOccurred.connect(self._on_camera_error)
        self._session.setCamera(self._camera)
        self._show_message("")
        self._camera.start()

    def _on_camera_error(self, _error, text: str) -> None:
        self._show_message(self.tr("The camera stopped: %1").replace("%1", text))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.frame.setVisible(not text)

    # --- frames -----------------------------------------------------------------------------

    @Slot(QVideoFrame)
    def _on_frame(self, frame: QVideoFrame) -> None:
        now = time.monotonic() * 1000
        if self._busy or now - self._last_frame_at < FRAME_INTERVAL_MS or not frame.isValid():
            return
        self._last_frame_at = now
        self.process_image(frame.toImage())

    def process_image(self, image: QImage) -> None:
        """Decode one picture off the UI thread (frames, or a pasted image); skipped when busy."""
        if self._busy or image.isNull():
            return
        self._busy = True
        self._pool.start(_DecodeJob(image.copy(), self._results))

    def is_busy(self) -> bool:
        return self._busy

    @Slot(object)
    def _on_decoded(self, codes: list[DecodedCode]) -> None:
        self._busy = False
        now = time.monotonic() * 1000
        self._recent = {t: at for t, at in self._recent.items() if now - at < REPEAT_MS}
        fresh = list(dict.fromkeys(c.scan_text for c in codes if c.scan_text not in self._recent))
        for code in codes:
            self._recent[code.scan_text] = now  # still in view: keep it quiet
        if fresh:
            self._beep()
            self._set_flash(True)
            self._flash_timer.start(FLASH_MS)
        for text in fresh:
            self.decoded.emit(text)

    def _set_flash(self, on: bool) -> None:
        self.frame.setProperty("flash", on)
        self.frame.setStyleSheet("#cameraFrame { background: #2e7d32; }" if on else "")

    def is_flashing(self) -> bool:
        return bool(self.frame.property("flash"))

    def closeEvent(self, event) -> None:
        self.stop()
        super().closeEvent(event)
