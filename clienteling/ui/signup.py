"""The sign-up QR for the shopper's phone: the chain's sign-up page, for this store and associate.

    SignUpDialog.open_for(window, runner, scans, session)   reads the chain's page off the UI
                                                             thread, then shows the dialog

The code is `<the chain's sign-up page>?store=...&associate=...` (HQ sets the
page; Scans.signup_code writes it). The QR is drawn from its modules, each a
whole number of screen pixels, about 9 cm wide on a counter screen: a phone
reads it from an arm's length. Print… puts it on paper with the words; Save as
PNG… writes the code alone at 300 dpi (clienteling.scan.qr, A4) for posters.

On a training terminal the code is marked wherever it goes: "TRAINING · not a real sign-up"
reversed (white on black) above and below it on screen, on paper and in the PNG, outside its
quiet zone, so it still reads.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFileDialog,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clienteling.scan.qr import A4, qr_matrix, write_qr_png
from clienteling.scan.slip import write_marked_qr_png
from clienteling.services.sessions import Session
from clienteling.services.terminal import TerminalServices

from .fit import flow_row
from .tasks import TaskRunner
from .theme import MIN_TOUCH, set_role

QR_PIXELS = 360  # on screen: about 9-10 cm at 96-100 dpi, read from across a counter
MIN_MODULE_PIXELS = 6


def paint_qr(painter: QPainter, payload: str, x: int, y: int, width: int) -> int:
    """Paint the code at most `width` wide, each module whole device pixels; its side."""
    symbol = qr_matrix(payload, "M")
    module = max(1, width // symbol.size)
    side = symbol.size * module
    painter.fillRect(x, y, side, side, QColor("white"))
    black = QColor("black")
    for row, modules in enumerate(symbol.rows):
        for column, dark in enumerate(modules):
            if dark:
                painter.fillRect(x + column * module, y + row * module, module, module, black)
    return side


def paint_band(painter: QPainter, box: QRect, words: str) -> None:
    """`words` white on black across `box` (the training mark), the font shrunk to fit."""
    painter.fillRect(box, QColor("black"))
    font = QFont(painter.font())
    font.setBold(True)
    size = max(6, box.height() * 9 // 20)
    while True:
        font.setPixelSize(size)
        if (
            QFontMetrics(font, painter.device()).horizontalAdvance(words) <= box.width() * 0.94
            or size <= 6
        ):
            break
        size -= 1
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, words)


def qr_pixmap(payload: str, target: int = QR_PIXELS, band: str = "") -> QPixmap:
    """The code as crisp black modules on white, quiet zone included; with `band` (training),
    those words reversed above and below it."""
    size = qr_matrix(payload, "M").size
    side = size * max(MIN_MODULE_PIXELS, target // size)
    band_height = max(36, side // 9) if band else 0
    image = QImage(side, side + 2 * band_height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_qr(painter, payload, 0, band_height, side)
    if band:
        paint_band(painter, QRect(0, 0, side, band_height), band)
        paint_band(painter, QRect(0, side + band_height, side, band_height), band)
    painter.end()
    return QPixmap.fromImage(image)


def qr_icon(colour: QColor) -> QIcon:
    """A small QR glyph (a real version 1 symbol, without its quiet zone) for a button."""
    symbol = qr_matrix("QR", "L")
    rows = [row[symbol.quiet_zone : -symbol.quiet_zone] for row in symbol.rows]
    rows = rows[symbol.quiet_zone : -symbol.quiet_zone]
    scale = 2  # crisp on high-density screens: two device pixels a module
    image = QImage(len(rows) * scale, len(rows) * scale, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * scale, y * scale, scale, scale, colour)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(scale)
    return QIcon(pixmap)


class SignUpDialog(QDialog):
    """The sign-up code for this store and the signed-in associate, with print and save."""

    def __init__(
        self,
        payload: str,
        store_name: str,
        associate: str,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        training: bool = False,
    ) -> None:
        super().__init__(parent)
        self.payload, self.runner = payload, runner
        # A training terminal's code says so on screen, on paper and in the PNG.
        self.band = self.tr("TRAINING · not a real sign-up") if training else ""
        self.setWindowTitle(self.tr("Sign-up QR for the shopper's phone"))
        self.title = set_role(QLabel(self.tr("Sign-up QR for the shopper's phone")), "title")
        self.title.setWordWrap(True)
        self.code = QLabel()
        pixmap = qr_pixmap(payload, band=self.band)
        self.code.setPixmap(pixmap)
        self.code.setFixedSize(pixmap.size())  # never cropped: the quiet zone must show
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("Sign-up QR code"))
        self.store_line = QLabel(self.tr("Store: {store}").format(store=store_name))
        self.associate_line = QLabel(
            self.tr("Credited to: {associate}").format(associate=associate)
        )
        self.instructions = set_role(
            QLabel(
                self.tr(
                    "Ask the shopper to point their phone's camera at the code and open the "
                    "link: they join on our sign-up page, credited to this store and to you."
                )
            ),
            "hint",
        )
        self.instructions.setWordWrap(True)
        # The link may break after its separators (a zero-width space): it never widens the dialog.
        breakable = "".join(c + "\u200b" if c in "/?&=" else c for c in payload)
        self.address = set_role(QLabel(breakable), "hint")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        self.no_page = set_role(
            QLabel(
                self.tr(
                    "HQ has not set the chain's sign-up page yet, so a phone cannot open this "
                    "code. Ask HQ support to set it."
                )
            ),
            "error",
        )
        self.no_page.setWordWrap(True)
        self.no_page.setVisible(not payload.lower().startswith("https://"))
        self.message = set_role(QLabel(), "info")
        self.message.setWordWrap(True)
        self.message.hide()

        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.ask_printer)
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.clicked.connect(self.ask_png_path)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.print_button, self.save_button, close):
            button.setMinimumHeight(MIN_TOUCH)
        buttons = flow_row(self.print_button, self.save_button, close)  # wraps when narrow

        # The code on the left, the words beside it: counter screens are wider than tall;
        # above them when the window is too narrow for both (a portrait screen).
        side_by_side = parent is None or parent.window().width() >= self.code.width() + 660
        right = QVBoxLayout()
        right.setSpacing(12)
        for widget in (
            self.store_line,
            self.associate_line,
            self.instructions,
            self.address,
            self.no_page,
        ):
            right.addWidget(widget)
        right.addStretch(1)
        right.addWidget(self.message)
        middle = QBoxLayout(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        middle.setSpacing(24)
        middle.addWidget(self.code, 0, Qt.AlignmentFlag.AlignTop)
        middle.addLayout(right, 1)
        column = QVBoxLayout(self)
        column.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(14)
        column.addWidget(self.title)
        column.addLayout(middle, 1)
        column.addWidget(buttons)
        self.setMinimumWidth(self.code.width() + (380 if side_by_side else 48))
        self.stacked_width = (
            None
            if side_by_side
            else max(self.minimumWidth(), min(parent.window().width() - 64, 600))
        )

    def showEvent(self, event) -> None:
        if self.stacked_width is not None:
            # The words wrap under the code: as tall as they need at this width (styled now).
            width = self.stacked_width
            for words in (self.title, self.instructions, self.address, self.no_page):
                words.ensurePolished()
                words.setMinimumHeight(words.heightForWidth(width - 48))
            self.setMinimumSize(width, self.layout().totalHeightForWidth(width))
            self.resize(self.minimumSize())
        super().showEvent(event)

    @classmethod
    def open_for(
        cls, parent: QWidget, runner: TaskRunner, services: TerminalServices, session: Session
    ) -> None:
        """Make the code for the signed-in associate (settings read off the UI thread), show it;
        marked TRAINING on a training terminal."""
        if getattr(parent, "signup_dialog", None) is not None:
            return  # one at a time
        who = f"{session.name} ({session.employee_id})"
        store, training = services.store_name, services.training

        def show(payload: str) -> None:
            dialog = cls(payload, store, who, runner, parent, training=training)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            parent.signup_dialog = dialog  # the window (and its tests) can find it
            dialog.finished.connect(lambda _result: setattr(parent, "signup_dialog", None))
            dialog.open()

        runner.run(services.scans.signup_code, session.employee_id, key="signup-code", done=show)

    def _say(self, text: str, kind: str = "info") -> None:
        set_role(self.message, kind)
        self.message.setText(text)
        self.message.show()

    # --- save and print ---------------------------------------------------------------------

    def ask_png_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save sign-up QR"), "signup-qr.png", self.tr("PNG image (*.png)")
        )
        if path:
            self.save_png(path)

    def save_png(self, path: str) -> None:
        """The code alone at 300 dpi (modules of 1 mm), written by a worker; in training with
        the band above and below it."""
        if self.band:
            work, args = write_marked_qr_png, (self.payload, path, self.band, A4)
        else:
            work, args = write_qr_png, (self.payload, path, A4)
        self.runner.run(
            work,
            *args,
            key="signup-png",
            done=lambda saved: self._say(self.tr("Saved: {path}").format(path=str(saved))),
            failed=lambda why: self._say(
                self.tr("The QR code was not saved: {why}").format(why=why), "error"
            ),
        )

    def ask_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            self.print_on(printer)

    def print_on(self, printer: QPrinter) -> None:
        """The heading, the code 8 cm wide, store, associate and the instructions on one page."""
        painter = QPainter()
        if not painter.begin(printer):
            self._say(self.tr("The printer could not be opened."), "error")
            return
        try:
            page = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            dots_per_mm = printer.resolution() / 25.4
            width = min(page.width(), round(80 * dots_per_mm))
            font = QFont(self.font())
            font.setPointSizeF(16)
            painter.setFont(font)
            line = painter.fontMetrics().lineSpacing()
            top = 0
            painter.drawText(QRect(0, top, page.width(), line * 2), 0, self.title.text())
            top += line * 2
            left = (page.width() - width) // 2
            band = line * 2 if self.band else 0  # training: the words above and below the code
            if band:
                paint_band(painter, QRect(left, top, width, band), self.band)
            top += band
            top += paint_qr(painter, self.payload, left, top, width)
            if band:
                paint_band(painter, QRect(left, top, width, band), self.band)
                painter.setPen(QColor("black"))
            top += band + line
            font.setPointSizeF(11)
            painter.setFont(font)
            for text in (
                self.store_line.text(),
                self.associate_line.text(),
                self.instructions.text(),
            ):
                box = painter.boundingRect(
                    QRect(0, top, page.width(), page.height() - top),
                    Qt.TextFlag.TextWordWrap,
                    text,
                )
                painter.drawText(box, Qt.TextFlag.TextWordWrap, text)
                top += box.height() + line // 2
        finally:
            painter.end()
        self._say(self.tr("Sent to the printer."))
