"""The notice a terminal shows once HQ refuses its version (426 upgrade_required).

HQ's words say what to install; the notice stays under the status strip until the
app is restarted on the new version. The terminal keeps working from its cache and
its writes wait in the outbox (services.syncing stops asking HQ: no retry loop).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from .error_words import reason_words
from .theme import set_role


class UpgradeNotice(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("upgradeNotice")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        self.text = QLabel()
        self.text.setWordWrap(True)
        set_role(self.text, "error")
        row.addWidget(self.text, 1)
        self.hide()

    @classmethod
    def install(cls, window: QWidget) -> UpgradeNotice:
        """Under the main window's status strip, shown after a sync HQ refused."""
        notice = cls(window)
        column = window.centralWidget().layout()
        column.insertWidget(column.indexOf(window.strip) + 1, notice)
        window.synced.connect(notice.show_status)
        return notice

    def show_status(self, status) -> None:
        words = getattr(status, "upgrade", "")
        if words:
            self.text.setText(
                self.tr(
                    "HQ no longer accepts this version of the app. Search and profiles still "
                    "work from this terminal; notes and orders wait here until it is updated. "
                    "HQ says: {words}"
                ).format(words=reason_words(words))
            )
        self.setVisible(bool(words))

    @property
    def message(self) -> str:
        return self.text.text() if not self.isHidden() else ""


__all__ = ["UpgradeNotice"]
