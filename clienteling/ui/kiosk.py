"""Dialogs without a window manager (a kiosk session, eglfs/linuxfb): framed, over a dimmed window.

A window manager gives a dialog its title bar, shadow and place; without one a
modal dialog is a borderless box at the screen's corner over a window that
looks live. `Kiosk` (an application-wide event filter, installed by the shell
when no window manager runs, or with CLIENTELING_KIOSK=1) gives each modal
dialog a frame (the QSS's `QDialog[kiosk="true"]`), centres it on its window
and dims the window behind it until it closes.
"""

from __future__ import annotations

import os
import shutil
import subprocess

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtWidgets import QDialog, QWidget

from .theme import set_role

NO_WINDOW_MANAGER = {"eglfs", "linuxfb", "vnc", "minimal"}
DIM = QColor(0, 0, 0, 120)


def window_manager_running() -> bool:
    """Whether a window manager looks after this display (assumed so when unsure)."""
    platform = QGuiApplication.platformName()
    if platform in NO_WINDOW_MANAGER:
        return False
    if platform == "xcb" and shutil.which("xprop"):
        try:
            out = subprocess.run(
                ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],  # noqa: S607
                capture_output=True,
                text=True,
                timeout=2,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return True
        return "window id" in out
    return True


def kiosk_wanted() -> bool:
    setting = os.environ.get("CLIENTELING_KIOSK")
    if setting is not None:
        return setting == "1"
    return not window_manager_running()


class Backdrop(QWidget):
    """A translucent veil over a window while a dialog is open on it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("backdrop")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        self.setGeometry(window.rect())

    def paintEvent(self, event) -> None:
        QPainter(self).fillRect(self.rect(), DIM)


class Kiosk(QObject):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.backdrops: dict[int, Backdrop] = {}

    @classmethod
    def install(cls, app, *, force: bool = False) -> Kiosk | None:
        """Watch the application's dialogs when no window manager runs (or `force`)."""
        if not (force or kiosk_wanted()):
            return None
        kiosk = cls(app)
        app.installEventFilter(kiosk)
        return kiosk

    def eventFilter(self, watched, event) -> bool:
        if isinstance(watched, QDialog) and watched.isModal():
            if event.type() == QEvent.Type.Show:
                self._framed(watched)
            elif event.type() == QEvent.Type.Hide:
                self._unframed(watched)
        return False

    def _framed(self, dialog: QDialog) -> None:
        set_role(dialog, "true", "kiosk")
        owner = dialog.parentWidget().window() if dialog.parentWidget() else None
        if owner is None:
            return
        veil = self.backdrops.get(id(dialog))
        if veil is None:
            veil = Backdrop(owner)
            self.backdrops[id(dialog)] = veil
        veil.setGeometry(owner.rect())
        veil.show()
        veil.raise_()
        centre = owner.mapToGlobal(owner.rect().center())
        frame = dialog.frameGeometry()
        frame.moveCenter(centre)
        dialog.move(frame.topLeft())

    def _unframed(self, dialog: QDialog) -> None:
        veil = self.backdrops.pop(id(dialog), None)
        if veil is not None:
            veil.hide()
            veil.deleteLater()

    def dimmed(self, window: QWidget) -> bool:
        """Whether a dialog's backdrop covers `window` now."""
        return any(v.parentWidget() is window and v.isVisible() for v in self.backdrops.values())


__all__ = ["Backdrop", "Kiosk", "kiosk_wanted", "window_manager_running"]
