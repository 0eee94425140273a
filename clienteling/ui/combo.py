"""A combo box that never clips its text: the current text is elided to the room it has.

Qt's combo box cuts its current text off at the drop-down arrow ("…(suggestec"); in
a longer language or a narrower window that hides what was chosen. `Combo` draws the
current text elided ("Store Campinas — 3 avai…"), says the whole of it in its tooltip,
asks for no more width than a few characters (the layout gives it what there is),
and opens a list wide enough for the longest item.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

MIN_CHARACTERS = 8  # the narrowest a combo asks to be, in characters


class Combo(QComboBox):
    """A combo box whose current text is elided, never clipped."""

    def __init__(self, parent=None, *, min_characters: int = MIN_CHARACTERS) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(min_characters)
        self.currentTextChanged.connect(self._say_whole)

    def text_room(self) -> int:
        """The width the current text has, between the frame and the drop-down arrow."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        if not option.currentIcon.isNull():
            return field.width() - option.iconSize.width() - 4
        return field.width()

    def shown_text(self) -> str:
        """The current text as drawn: whole when it fits, else elided at the end."""
        text = self.currentText()
        if self.isEditable():
            return text
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self.text_room())

    def _say_whole(self, text: str) -> None:
        self.setToolTip(text if text != self.shown_text() else "")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._say_whole(self.currentText())

    def paintEvent(self, event) -> None:
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def showPopup(self) -> None:
        """The list is as wide as its longest item (within the screen), not the box."""
        view = self.view()
        wanted = view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            wanted = min(wanted, screen.availableGeometry().width() - 16)
        view.setMinimumWidth(max(self.width(), wanted))
        super().showPopup()


__all__ = ["Combo"]
