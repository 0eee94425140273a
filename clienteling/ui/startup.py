"""Start-up: the progress of whatever prepares the terminal, and the first sync dialog."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from clienteling.services.syncing import COLLECTIONS, PullProgress

from . import formats, texts
from .theme import set_role


class StartupScreen(QWidget):
    """Shows stage, counts and a bar while the terminal gets ready (e.g. the training HQ)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.title = set_role(QLabel(self.tr("Getting the terminal ready…")), "title")
        self.detail = set_role(QLabel(), "hint")
        self.detail.setWordWrap(True)
        self.bar = QProgressBar()
        self.error = set_role(QLabel(), "error")
        self.error.setWordWrap(True)
        self.error.hide()
        page = QVBoxLayout(self)
        page.setContentsMargins(64, 64, 64, 64)
        page.addStretch(1)
        for w in (self.title, self.detail, self.bar, self.error):
            page.addWidget(w)
        page.addStretch(2)

    def show_stage(self, stage: str, done: int, total: int) -> None:
        """`stage` is already translated; `total` 0 means unknown (busy bar)."""
        self.bar.setMaximum(max(total, 0))
        self.bar.setValue(done if total else 0)
        if total:
            self.detail.setText(
                self.tr("{stage}: {done} of {total}").format(stage=stage, done=done, total=total)
            )
        else:
            self.detail.setText(stage)

    def show_failure(self, message: str) -> None:
        self.bar.hide()
        self.title.setText(self.tr("The terminal could not start"))
        self.error.setText(message)
        self.error.show()


class FirstSyncDialog(QDialog):
    """Rows, rate and time left of the first sync; the associate can keep it in the background."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("First sync"))
        self.setModal(True)
        self.setMinimumWidth(560)
        self.title = set_role(
            QLabel(self.tr("Bringing this store's data to the terminal")), "subtitle"
        )
        self.title.setWordWrap(True)
        self.stage = QLabel(self.tr("Connecting to HQ…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.rate = set_role(QLabel(), "hint")
        # Why this sync starts from nothing, when the terminal's data had to be kept aside.
        self.started_again = QLabel(
            self.tr(
                "This terminal's data could not be opened (its key was lost or the file is "
                "damaged). It was kept aside, not deleted, and the store's data is brought "
                "again from HQ. Tell IT support: orders queued in it may still be recovered."
            )
        )
        self.started_again.setWordWrap(True)
        self.started_again.hide()
        self.background = QPushButton(self.tr("Continue in the background"))
        self.background.clicked.connect(self.hide)
        self.background.setEnabled(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 24, 24, 24)
        box.setSpacing(12)
        for w in (self.title, self.started_again, self.stage, self.bar, self.rate):
            box.addWidget(w)
        box.addWidget(self.background, 0, Qt.AlignmentFlag.AlignRight)
        self.rows = 0
        self._done_before: dict[str, int] = {}
        self.started = time.monotonic()

    def show_progress(self, p: PullProgress) -> None:
        index = COLLECTIONS.index(p.collection) if p.collection in COLLECTIONS else 0
        self._done_before[p.collection] = p.rows_done
        self.rows = getattr(p, "total_done", None) or sum(self._done_before.values())
        estimate = getattr(p, "total_estimate", None)
        if estimate:
            fraction = min(1.0, self.rows / estimate)
        else:  # no estimate from HQ: how far along the collections and this one's changes
            within = min(p.cursor / p.high_water, 1.0) if p.high_water else 1.0
            fraction = min(1.0, (index + within) / len(COLLECTIONS))
        self.bar.setValue(int(fraction * 1000))
        elapsed = time.monotonic() - self.started
        rate = p.rows_per_second or (self.rows / elapsed if elapsed > 0 else 0.0)
        self.stage.setText(
            self.tr("Syncing {collection}").format(collection=texts.collection_name(p.collection))
        )
        left = getattr(p, "seconds_left", None)
        if left is None and fraction > 0.02:
            left = elapsed * (1 - fraction) / fraction
        text = self.tr("{rows} rows, {rate} rows/s").format(
            rows=formats.number(self.rows), rate=formats.number(rate)
        )
        if left is not None:
            text += "  ·  " + self.tr("about {s} s left").format(s=max(1, round(left)))
        self.rate.setText(text)
        # Once the store's own reference data is in, the associate may carry on.
        if index >= COLLECTIONS.index("associates"):
            self.background.setEnabled(True)
