"""What follows HQ's answer on the order screen: alternatives to a refusal, the shopper's slip.

`AlternativesPanel` lists what HQ offers instead of a refused order and asks
the screen to place the chosen one. `SlipActions` owns the "Save slip as
PDF" and "Print slip" buttons of a confirmed or queued order: it writes the
PDF on the task runner and paints the slip on a printer. Both report in the
screen's message line (the screen owns it), so their words stay where the
associate already looks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from clienteling.domain.orders import Alternative
from clienteling.scan.qr import RECEIPT_80, PrintMedium
from clienteling.scan.slip import OrderSlip, render_slip, write_slip_pdf

from .tables import AlternativesModel, table
from .tasks import TaskRunner
from .theme import set_role


class AlternativesPanel(QWidget):
    """HQ's alternatives to a refused order; `take_requested` when the associate picks one."""

    take_requested = Signal()

    def __init__(self, store_name: Callable[[str], str], parent=None) -> None:
        super().__init__(parent)
        self.alternatives = AlternativesModel(store_name, self, with_offer=True)
        self.view = table(self.alternatives, stretch=3)
        self.view.activated.connect(self._activated)
        self.take = QPushButton(self.tr("Order this instead"))
        set_role(self.take, "primary")
        self.take.clicked.connect(self.take_requested)
        answer = QVBoxLayout(self)
        answer.setContentsMargins(0, 0, 0, 0)
        answer.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.take)
        answer.addLayout(buttons)
        self.hide()

    def offer(self, alternatives: list[Alternative]) -> bool:
        """List them, the first one chosen; shown only when there is any. True when shown."""
        self.alternatives.set_rows(alternatives)
        if alternatives:
            self.view.selectRow(0)
            self.show()
        return bool(alternatives)

    def clear(self) -> None:
        self.hide()
        self.alternatives.set_rows([])

    def choice(self) -> Alternative | None:
        rows = self.view.selectionModel().selectedRows()
        return self.alternatives.item(rows[0].row()) if rows else None

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.view.selectRow(index.row())
            self.take_requested.emit()


class SlipActions(QObject):
    """The slip's two buttons and what they do; `said(text, kind)` for the screen's message line.

    `slip_of()` is the slip of the order on screen (None before there is one); `medium()`
    the store's receipt printers (fleet setting receipt_width), read at each slip, so a
    width HQ changes applies to the next slip.
    """

    said = Signal(str, str)

    def __init__(
        self,
        runner: TaskRunner,
        slip_of: Callable[[], OrderSlip | None],
        parent: QWidget,
        medium: Callable[[], PrintMedium] = lambda: RECEIPT_80,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.slip_of = slip_of
        self.medium = medium
        self.save_slip = QPushButton(self.tr("Save slip as PDF…"))
        self.save_slip.clicked.connect(self.ask_slip_path)
        self.print_slip = QPushButton(self.tr("Print slip…"))
        self.print_slip.clicked.connect(self.ask_printer)
        for button in (self.save_slip, self.print_slip):
            button.hide()

    @property
    def buttons(self) -> tuple[QPushButton, QPushButton]:
        return self.save_slip, self.print_slip

    def show_for(self, state: str) -> None:
        """A slip exists once the order has an id HQ will know: confirmed or queued."""
        for button in self.buttons:
            button.setVisible(state in ("confirmed", "queued"))

    def ask_slip_path(self) -> None:
        slip = self.slip_of()
        if slip is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.parent(),
            self.tr("Save slip"),
            f"order-{slip.order_id[:8]}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.save_slip_pdf(slip, path)

    def save_slip_pdf(self, slip: OrderSlip, path: str) -> None:
        """Write the slip as PDF in a worker; the answer shows where the associate looks."""
        self.runner.run(
            write_slip_pdf,
            slip,
            path,
            self.medium(),
            key="slip",
            done=lambda saved: self.said.emit(
                self.tr("Slip saved: {path}").format(path=str(saved)), "info"
            ),
            failed=lambda why: self.said.emit(
                self.tr("The slip was not saved: {why}").format(why=why), "error"
            ),
        )

    def ask_printer(self) -> None:
        slip = self.slip_of()
        if slip is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.parent()).exec():
            self.print_on(printer, slip)

    def print_on(self, printer: QPrinter, slip: OrderSlip) -> None:
        """Paint the slip on the printer's page, as wide as the page allows."""
        image = render_slip(slip, self.medium()).convert("RGB")
        picture = QImage(
            image.tobytes(), image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
        )
        painter = QPainter()
        if not painter.begin(printer):
            self.said.emit(self.tr("The printer could not be opened."), "error")
            return
        try:
            page = printer.pageRect(QPrinter.Unit.DevicePixel)
            scaled = picture.scaled(
                int(page.width()), int(page.height()), Qt.AspectRatioMode.KeepAspectRatio
            )
            painter.drawImage(0, 0, scaled)
        finally:
            painter.end()
        self.said.emit(self.tr("Slip sent to the printer."), "info")
