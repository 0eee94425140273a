"""Kiosk mode (`clienteling --kiosk`): the app alone on the screen until a manager lets it go.

`KioskMode.install(window, runner)` makes the main window full screen with no
window controls (frameless, on top where the platform honours it) and keeps it
so: a window-manager request to leave full screen is undone, and every attempt
to close the window (Alt+F4 through the window manager, the close button of a
window manager that draws one anyway, `window.close()`) is refused and opens the
exit dialog instead; so do Ctrl+Shift+Q and, on a touch screen, Exit on the
manager's screen. There a manager types their employee id and PIN; the PIN is
checked by the terminal's Sessions service, online by HQ or offline with the PIN
last used on this terminal, without changing who is signed in. Only a manager's
PIN lets the app close; anyone else's is refused with the reason.

Keys the application receives and that would leave or disturb the kiosk (Alt+F4,
Ctrl+W, Ctrl+Q, F11, the Super/Meta key) are swallowed. Keys the window manager,
X server or OS keep for themselves never reach Qt and cannot be swallowed here:
Alt+Tab, Super+D, Ctrl+Alt+F1..F12, Ctrl+Alt+Del on Windows. docs/kiosk.md says
how to lock those down on each platform (a session without a window manager, or
Windows Shell Launcher).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clienteling.domain.roles import Action, decide

from .roles import refusal_text
from .theme import MIN_TOUCH, set_role

EXIT_SHORTCUT = "Ctrl+Shift+Q"  # asks for a manager's PIN (as any close attempt does)
SWALLOWED = (
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Meta, None),  # any modifiers
    (Qt.Key.Key_Super_L, None),
    (Qt.Key.Key_Super_R, None),
)
MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def swallowed(key: int, modifiers) -> bool:
    """Whether kiosk mode eats this key press before any widget or shortcut sees it."""
    held = modifiers & MODIFIERS
    for k, mods in SWALLOWED:
        if key == k and (mods is None or held == mods):
            return True
    return False


class ExitDialog(QDialog):
    """A manager's employee id and PIN to leave kiosk mode; `left` once a manager's PIN passed."""

    left = Signal(object)  # the manager's Session

    def __init__(self, window: QWidget, runner, sessions) -> None:
        super().__init__(window)
        self.setObjectName("kiosk_exit")
        self.setModal(True)
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        self.runner, self.sessions = runner, sessions
        box = QVBoxLayout(self)
        words = QLabel(self.tr("A manager's PIN is needed to close the app."))
        words.setWordWrap(True)
        box.addWidget(words)
        form = QFormLayout()
        self.employee = QLineEdit()
        self.employee.setPlaceholderText(self.tr("Employee id"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN"))
        for field in (self.employee, self.pin):
            field.setMinimumHeight(MIN_TOUCH)
        form.addRow(self.tr("Manager"), self.employee)
        form.addRow(self.tr("PIN"), self.pin)
        box.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        self.message.hide()
        box.addWidget(self.message)
        buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.leave = buttons.addButton(self.tr("Close the app"), role.AcceptRole)
        self.stay = buttons.addButton(self.tr("Stay"), role.RejectRole)
        for button in (self.leave, self.stay):
            button.setMinimumHeight(MIN_TOUCH)
        self.leave.clicked.connect(self.check)
        self.stay.clicked.connect(self.reject)
        self.pin.returnPressed.connect(self.check)
        box.addWidget(buttons)

    def check(self) -> None:
        if self.sessions is None:
            self._refused(
                self.tr(
                    "This terminal is not set up yet, so no PIN can be checked. Finish enrolling "
                    "it, or stop the app from the device's management (see docs/kiosk.md)."
                )
            )
            return
        employee_id, pin = self.employee.text().strip(), self.pin.text().strip()
        if not employee_id or not pin:
            self._refused(self.tr("Type the manager's employee id and PIN."))
            return
        self.leave.setEnabled(False)
        self.runner.run(
            self.sessions.verify,
            employee_id,
            pin,
            key="kiosk-exit",
            done=self._checked,
            failed=self._failed,
        )

    def _checked(self, session) -> None:
        self.leave.setEnabled(True)
        self.pin.clear()
        decision = decide(session.role, Action.LEAVE_KIOSK)
        if not decision.allowed:
            self._refused(refusal_text(decision))
            return
        self.accept()
        self.left.emit(session)

    def _failed(self, message: str) -> None:
        self.leave.setEnabled(True)
        self.pin.clear()
        self._refused(self.tr("That PIN did not let you out: {reason}").format(reason=message))

    def _refused(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    @property
    def refusal(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""


class KioskMode(QObject):
    """Keeps one window full screen, frameless and open until a manager's PIN lets it close.

    `services()` gives the terminal's services (their Sessions check the PIN), or None before
    the terminal is enrolled."""

    asked = Signal(object)  # the ExitDialog just opened
    refused_close = Signal()

    def __init__(self, window: QWidget, runner, services) -> None:
        super().__init__(window)
        self.window, self.runner, self.services = window, runner, services
        self.leaving = False
        self.dialog: ExitDialog | None = None

    @classmethod
    def install(cls, window: QWidget, runner, services) -> KioskMode:
        kiosk = cls(window, runner, services)
        flags = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        visible = window.isVisible()
        window.setWindowFlags(window.windowFlags() | flags)
        window.setWindowState(Qt.WindowState.WindowFullScreen)
        if visible:  # new flags hide a shown window
            window.showFullScreen()
        window.installEventFilter(kiosk)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(kiosk)  # keys reach the app filter before any widget
        QShortcut(QKeySequence(EXIT_SHORTCUT), window, activated=kiosk.ask)
        manager = getattr(window, "manager", None)  # a touch screen's way out: Manager > Exit
        if manager is not None:
            manager.leave_kiosk.show()
            manager.leave_kiosk.clicked.connect(kiosk.ask)
        return kiosk

    @property
    def active(self) -> bool:
        return bool(self.window.windowState() & Qt.WindowState.WindowFullScreen)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            if swallowed(event.key(), event.modifiers()):
                event.accept()
                return True
            return False
        if watched is not self.window:
            return False
        if kind == QEvent.Type.Close and not self.leaving:
            event.ignore()
            self.refused_close.emit()
            QTimer.singleShot(0, self.ask)  # not inside the close: the window manager waits
            return True
        if kind == QEvent.Type.WindowStateChange and not self.leaving and not self.active:
            QTimer.singleShot(0, self.window.showFullScreen)  # back to full screen
        return False

    def ask(self) -> None:
        """The exit dialog (one at a time)."""
        if self.leaving or (self.dialog is not None and self.dialog.isVisible()):
            return
        services = self.services()
        sessions = services.sessions if services is not None else None
        self.dialog = ExitDialog(self.window, self.runner, sessions)
        self.dialog.left.connect(self._leave)
        self.dialog.open()
        self.asked.emit(self.dialog)

    def _leave(self, _session) -> None:
        self.leaving = True
        QApplication.instance().removeEventFilter(self)
        self.window.close()


__all__ = ["EXIT_SHORTCUT", "ExitDialog", "KioskMode", "swallowed"]
