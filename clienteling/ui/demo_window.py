"""The demo's first window: starts the embedded HQ off the UI thread and shows the training chain.

The associate screens (search, profile, stock, orders) build on this window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class _Signals(QObject):
    progress = Signal(str, int, int)
    done = Signal(object)
    failed = Signal(str)


class _StartTask(QRunnable):
    def __init__(self, start: Callable, signals: _Signals) -> None:
        super().__init__()
        self.start, self.signals = start, signals

    def run(self) -> None:
        try:
            self.signals.done.emit(self.start(self.signals.progress.emit))
        except Exception as exc:  # shown to the trainee, never swallowed
            self.signals.failed.emit(f"{exc.__class__.__name__}: {exc}")


class DemoWindow(QMainWindow):
    """Shows start-up progress, then the demo HQ address and the demo associates."""

    def __init__(self, start: Callable) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Clienteling — training mode"))
        self.resize(900, 600)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = QLabel(self.tr("Preparing the training chain…"))
        self.title.setStyleSheet("font-size: 22px; font-weight: 600;")
        self.detail = QLabel(self.tr("Generating stores, catalog, shoppers and stock."))
        self.detail.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setMinimumHeight(44)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Employee id"), self.tr("Role"), self.tr("Store"), self.tr("Demo PIN")]
        )
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.hide()
        for w in (self.title, self.detail, self.bar, self.table):
            layout.addWidget(w)
        self.setCentralWidget(body)
        self.signals = _Signals()
        self.signals.progress.connect(self._on_progress)
        self.signals.done.connect(self._on_ready)
        self.signals.failed.connect(self._on_failed)
        self.ready = False
        QThreadPool.globalInstance().start(_StartTask(start, self.signals))

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        self.detail.setText(
            self.tr("Generating {stage}: {done} of {total}").format(
                stage=stage, done=done, total=total
            )
        )

    def _on_ready(self, hq) -> None:
        self.bar.hide()
        self.title.setText(self.tr("Training chain ready"))
        self.detail.setText(
            self.tr(
                "A practice HQ runs on this computer at {url} with generated stores and "
                "shoppers; nothing here reaches real data. Sign in with one of these demo "
                "associates."
            ).format(url=hq.url)
        )
        self.table.setRowCount(len(hq.associates))
        for row, a in enumerate(hq.associates):
            for col, value in enumerate((a.employee_id, a.role, a.store_id, a.pin)):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        self.table.show()
        self.ready = True

    def _on_failed(self, message: str) -> None:
        self.bar.hide()
        self.title.setText(self.tr("The training chain could not start"))
        self.detail.setText(message)
