"""Sign-in: this store's associates as big buttons, or employee id + on-screen PIN pad.

Works offline (the terminal checks the PIN it last saw online). A wrong PIN
shows a plain message, clears the PIN and keeps the employee id. After the
idle lock the associate who was locked out is chosen already (`preselect`),
so they only type their PIN; anyone else taps their own name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clienteling.services.sessions import AssociateCard, Session, Sessions

from . import texts
from .fit import Panes
from .tasks import TaskRunner
from .theme import set_role


class PinPad(QWidget):
    """Digits, backspace and OK, big enough for a thumb."""

    digit = Signal(str)
    backspace = Signal()
    ok = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(10)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for i, key in enumerate(keys):
            text = self.tr("OK") if key == "OK" else key
            button = QPushButton(text)
            set_role(button, "true", "pad")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the typed fields keep the focus
            if key == "OK":
                set_role(button, "primary")
                button.clicked.connect(self.ok)
            elif key == "⌫":
                button.setAccessibleName(self.tr("Delete last digit"))
                button.clicked.connect(self.backspace)
            else:
                button.clicked.connect(lambda _=False, k=key: self.digit.emit(k))
            self.buttons[key] = button
            grid.addWidget(button, i // 3, i % 3)


class SignInScreen(QWidget):
    """Emits `signed_in(Session)` once HQ (or the offline check) accepts the PIN."""

    signed_in = Signal(object)

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.runner = runner
        self.sessions: Sessions | None = None
        self.demo_pins: dict[str, str] = {}
        self.busy = False

        title = set_role(QLabel(self.tr("Sign in")), "title")
        self.store = set_role(QLabel(), "hint")

        # Left: who works here.
        who = set_role(QLabel(self.tr("Tap your name")), "subtitle")
        self.people = QWidget()
        self.people_box = QVBoxLayout(self.people)
        self.people_box.setSpacing(8)
        self.people_box.addStretch(1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.people)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setObjectName("people")
        self.no_people = set_role(
            QLabel(self.tr("No associates of this store on this terminal yet; type your id.")),
            "hint",
        )
        self.no_people.setWordWrap(True)
        self.no_people.hide()
        left = QVBoxLayout()
        left.addWidget(who)
        left.addWidget(self.no_people)
        left.addWidget(scroll, 1)

        # Right: id, PIN, pad.
        self.employee = QLineEdit()
        self.employee.setPlaceholderText(self.tr("Employee id"))
        self.employee.setAccessibleName(self.tr("Employee id"))
        self.pin = QLineEdit()
        set_role(self.pin, "pin")
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pad = PinPad()
        self.pad.digit.connect(self._digit)
        self.pad.backspace.connect(self.pin.backspace)
        self.pad.ok.connect(self.submit)
        self.employee.returnPressed.connect(self._employee_entered)
        self.pin.returnPressed.connect(self.submit)
        self.error = set_role(QLabel(), "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.hint = set_role(QLabel(), "hint")
        self.hint.hide()
        right = QVBoxLayout()
        right.addWidget(set_role(QLabel(self.tr("Employee id and PIN")), "subtitle"))
        right.addWidget(self.employee)
        right.addWidget(self.pin)
        right.addWidget(self.error)
        right.addWidget(self.hint)
        right.addWidget(self.pad)
        right.addStretch(1)

        columns = Panes(spacing=32)  # names beside the pad; above it in portrait
        columns.add(left, 3)
        columns.add(right, 2)
        page = QVBoxLayout(self)
        page.setContentsMargins(32, 24, 32, 24)
        page.addWidget(title)
        page.addWidget(self.store)
        page.addSpacing(8)
        page.addWidget(columns, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.clear)

    # --- data -----------------------------------------------------------------------------

    def set_sessions(
        self, sessions: Sessions, store_name: str, demo_pins: dict[str, str] | None = None
    ) -> None:
        self.sessions = sessions
        self.demo_pins = demo_pins or {}
        self.store.setText(self.tr("Store: {name}").format(name=store_name))
        self.refresh()

    def refresh(self) -> None:
        if self.sessions is not None:
            self.runner.run(self.sessions.associates, key="associates", done=self._show_people)

    def _show_people(self, people: list[AssociateCard]) -> None:
        for button in self.group.buttons():
            self.group.removeButton(button)
            button.deleteLater()
        for card in people:
            button = QPushButton(
                self.tr("{name}   ·   {role}").format(
                    name=card.name, role=texts.role_name(card.role)
                )
            )
            set_role(button, "associate")
            button.setCheckable(True)
            button.setProperty("employee_id", card.employee_id)
            button.setChecked(card.employee_id == self.employee.text().strip())
            button.clicked.connect(lambda _=False, c=card: self.choose(c.employee_id))
            self.group.addButton(button)
            self.people_box.insertWidget(self.people_box.count() - 1, button)
        self.no_people.setVisible(not people)

    def associate_buttons(self) -> list[QPushButton]:
        return list(self.group.buttons())

    # --- typing -----------------------------------------------------------------------------

    def choose(self, employee_id: str) -> None:
        self.employee.setText(employee_id)
        for button in self.group.buttons():
            button.setChecked(button.property("employee_id") == employee_id)
        self.error.hide()
        pin = self.demo_pins.get(employee_id)
        self.hint.setVisible(bool(pin))
        if pin:
            self.hint.setText(self.tr("Training PIN: {pin}").format(pin=pin))
        self.pin.clear()
        self.pin.setFocus()

    def preselect(self, employee_id: str) -> None:
        """Choose `employee_id` for the next sign-in (the associate the idle lock signed out).

        Call after `reset()`: the list of names that reset reloads keeps them chosen.
        """
        self.choose(employee_id)

    def _employee_entered(self) -> None:
        self.choose(self.employee.text().strip())

    def _digit(self, d: str) -> None:
        self.pin.insert(d)
        self.pin.setFocus()

    def clear(self) -> None:
        self.pin.clear()
        self.error.hide()

    def reset(self) -> None:
        """Back to an empty form (after sign-out)."""
        self.employee.clear()
        self.pin.clear()
        self.error.hide()
        self.hint.hide()
        for button in self.group.buttons():
            button.setChecked(False)
        self.refresh()

    # --- signing in ---------------------------------------------------------------------------

    def submit(self) -> None:
        if self.busy or self.sessions is None:
            return
        employee, pin = self.employee.text().strip(), self.pin.text()
        if not employee:
            self._fail(self.tr("Tap your name or type your employee id."))
            self.employee.setFocus()
            return
        if not pin:
            self._fail(self.tr("Type your PIN."))
            self.pin.setFocus()
            return
        self.busy = True
        self.pad.setEnabled(False)
        self.error.hide()
        self.runner.run(
            self.sessions.sign_in,
            employee,
            pin,
            key="sign-in",
            done=self._done,
            failed=self._failed,
        )

    def _done(self, session: Session) -> None:
        self.busy = False
        self.pad.setEnabled(True)
        self.pin.clear()
        self.signed_in.emit(session)

    def _failed(self, message: str) -> None:
        self.busy = False
        self.pad.setEnabled(True)
        self._fail(self.tr("Not signed in: {why}").format(why=message))
        self.pin.clear()
        self.pin.setFocus()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
