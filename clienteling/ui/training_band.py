"""The training marker: a band in its own colour at the top of every screen of a training
terminal, with the word TRAINING in the app's language. It cannot be closed or hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel


class TrainingBand(QFrame):
    """Shown from start-up to exit on a training terminal, never on a production one."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBand")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 6, 16, 6)
        row.setSpacing(16)
        self.word = QLabel(self.tr("TRAINING"))
        self.word.setObjectName("trainingWord")
        self.note = QLabel(self.tr("Practice store: nothing here is real"))
        self.note.setObjectName("trainingNote")
        for label in (self.word, self.note):
            label.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.word)
        row.addWidget(self.note, 1)
        self.hide()
