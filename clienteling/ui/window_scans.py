"""The main window's scans: every source (a keyboard-wedge scanner, the camera, a picture
pasted on home or dropped on the window) goes through one `ScanRouter`, and `route` acts on
what it resolved to: open the shopper, product or order, or say why not in the scan banner.

`WindowScans(window)` owns the router and the application-wide scanner filter (installed
while an associate is signed in, so a scan is never typed into the focused field), the
camera dialog, the shopper's sign-up QR and pictures dropped on the window (the
window's drag and drop handlers call `drag_enter` and `drop`); the window keeps the
dialogs it opened in its own attributes (`camera_dialog`, `scanner_dialog`,
`signup_dialog`) for whoever looks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

from clienteling.services import scanning as sc
from clienteling.services.scanning import ScanOutcome

from .scan_dialogs import CameraDialog
from .scan_router import ScanRouter
from .scanner import ScanFilter
from .signup import SignUpDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


class WindowScans(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.router = ScanRouter(window.runner, window)
        self.router.outcome.connect(self.route)
        self.router.message.connect(window.scan_banner.show_message)
        self.filter = ScanFilter(device_keys_only=True, parent=window)
        self.filter.scanned.connect(self.router.handle)
        self.filter_installed = False
        window.camera_dialog = None
        window.scanner_dialog = None
        window.signup_dialog = None
        window.lookup.camera_requested.connect(self.open_camera)
        window.lookup.signup_requested.connect(self.open_signup_qr)
        window.stock.camera_requested.connect(self.open_camera)
        window.lookup.image_pasted.connect(self._image_pasted)
        window.setAcceptDrops(True)
        for field in (window.lookup.search, window.stock.search):
            field.setAcceptDrops(False)  # a dropped picture is for the window, not the text

    def route(self, outcome: ScanOutcome) -> None:
        """Act on a resolved scan: open what it names, or say why not where the associate looks."""
        w = self.window
        if w.scanner_dialog is not None:
            # Testing the scanner: show what the scan was read as, open nothing.
            w.scanner_dialog.show_result(outcome.raw, self.router.describe(outcome))
            w.scan_routed.emit(outcome)
            return
        if w.session is None:
            return
        action = outcome.action
        if action == sc.SHOPPER:
            w.scan_banner.hide()
            if outcome.fetched:
                w.scan_banner.show_message(
                    self.tr("{name} was looked up at HQ and is now on this terminal.").format(
                        name=outcome.shopper_name
                    ),
                    "info",
                )
            w.open_shopper(outcome.shopper_id)
        elif action == sc.PRODUCT:
            w.scan_banner.hide()
            w.open_products(w.context_shopper(), outcome.sku, self.router.product_details(outcome))
        elif action == sc.ORDER and outcome.order is not None:
            w.scan_banner.hide()
            w.orders.show_order(outcome.order)
            w.navigate("orders")
        else:
            words = self.router.outcome_text(outcome)
            if words is not None:
                w.scan_banner.show_message(*words)
        w.scan_routed.emit(outcome)

    def install_filter(self, on: bool) -> None:
        if on and not self.filter_installed:
            self.filter.install()
        elif not on and self.filter_installed:
            self.filter.uninstall()
        self.filter_installed = on

    def open_camera(self) -> None:
        w = self.window
        if w.session is None or w.camera_dialog is not None:
            return
        dialog = CameraDialog(w)
        dialog.decoded.connect(self.router.handle)
        dialog.finished.connect(lambda _r: self._camera_closed(dialog))
        w.camera_dialog = dialog
        dialog.open()

    def _camera_closed(self, dialog: CameraDialog) -> None:
        self.window.camera_dialog = None
        dialog.deleteLater()

    def open_signup_qr(self) -> None:
        w = self.window
        if w.session is not None and w.services is not None:
            SignUpDialog.open_for(w, w.runner, w.services, w.session)

    def _image_pasted(self, image: QImage) -> None:
        if self.window.session is not None:
            self.router.handle_image(image)

    # --- pictures dropped on the window ---------------------------------------------------------

    @staticmethod
    def _dropped_image(event) -> tuple[QImage | None, Path | None]:
        data = event.mimeData()
        if data.hasImage():
            image = QImage(data.imageData())
            if not image.isNull():
                return image, None
        files = [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
        return None, files[0] if files else None

    def drag_enter(self, event) -> None:
        image, path = self._dropped_image(event)
        if self.window.session is not None and (image is not None or path is not None):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop(self, event) -> None:
        image, path = self._dropped_image(event)
        if self.window.session is None:
            event.ignore()
            return
        if image is not None:
            self.router.handle_image(image)
        elif path is not None:
            self.router.handle_file(path)
        event.acceptProposedAction()
