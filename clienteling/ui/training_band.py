"""The training marker: a band in its own colour at the top of every screen and dialog of a
training terminal, with the word TRAINING in the app's language. It cannot be closed or
hidden."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QWidget,
)


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
        self.note.setWordWrap(True)  # a narrow dialog wraps it; the word itself never wraps
        for label in (self.word, self.note):
            label.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.word)
        row.addWidget(self.note, 1)
        self.hide()

    def mark(self, window: QWidget) -> bool:
        """Show the band in `window` for good, and in each dialog it opens from now on."""
        self.show()
        TrainingDialogs.install(window)
        return True


class TrainingDialogs(QObject):
    """Every dialog of a training window gets the band too, at its top, and TRAINING in its
    title; installed on the application once the window is marked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    @classmethod
    def install(cls, window: QWidget) -> TrainingDialogs:
        watcher = cls(window)
        QApplication.instance().installEventFilter(watcher)
        return watcher

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            owner = watched.parentWidget().window() if watched.parentWidget() else None
            if owner is self.window:
                mark_dialog(watched)
        return False


def mark_dialog(dialog: QDialog) -> None:
    """The band at the top of `dialog` (once), and the word in its title."""
    word = TrainingBand.tr("TRAINING")
    if word not in dialog.windowTitle():
        dialog.setWindowTitle(f"{word} — {dialog.windowTitle()}".rstrip(" —"))
    layout = dialog.layout()
    if dialog.findChild(TrainingBand) is None and isinstance(layout, QBoxLayout):
        band = TrainingBand(dialog)
        layout.insertWidget(0, band)
        band.show()
        # The dialog was sized before the band came: grow it by what the band (and its
        # wrapped words at this width) take, so nothing below it is squeezed.
        layout.activate()
        width = dialog.width()
        wanted = dialog.heightForWidth(width) if dialog.hasHeightForWidth() else -1
        wanted = max(wanted, dialog.sizeHint().height(), dialog.minimumSizeHint().height())
        if wanted > dialog.height():
            dialog.resize(width, wanted)
