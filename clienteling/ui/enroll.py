"""First run: enroll this terminal with HQ (address + one-time code), off the UI thread.

The code is checked and grouped as it is typed (ABCD-EFGH-JKLM-NPQR). What HQ
or the keyring answers is shown in plain words under the form; nothing typed
is cleared by an error.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from clienteling.domain.hq_address import is_hq_url
from clienteling.scan import Enrollment, interpret
from clienteling.services.terminal import TerminalServices

from .fit import Reason, fit_to_screen
from .scanner import ScanFilter
from .tasks import TaskRunner
from .theme import set_role

# The letters and digits HQ puts in a code: no 0/O or 1/I, which are misread aloud.
CODE_ALPHABET = frozenset("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
CODE_LENGTH = 16

Enroll = Callable[[str, str, str], TerminalServices]  # (HQ address, code, name) -> services


def group_code(typed: str) -> tuple[str, set[str]]:
    """'abcd efgh-jk' -> ('ABCD-EFGH-JK', set()); also the characters no code contains."""
    cleaned = "".join(ch for ch in typed.upper() if ch not in " -")
    wrong = {ch for ch in cleaned if ch not in CODE_ALPHABET}
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4)), wrong


def hq_address(typed: str) -> str | None:
    """The address for the HQ client (https:// when no scheme was typed); None if not one."""
    text = typed.strip()
    if not text or " " in text:
        return None
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    text = text.rstrip("/")
    # The rule the enrollment QR follows: https, plain http only to this machine.
    return text if is_hq_url(text) else None


class EnrollScreen(QWidget):
    """Emits `enrolled(services)` once HQ accepted the code and the terminal's cache exists."""

    enrolled = Signal(object)  # TerminalServices

    def __init__(self, runner: TaskRunner, enroll: Enroll, terminal_name: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("screen")
        self.setWindowTitle(self.tr("Clienteling: enroll this terminal"))
        fit_to_screen(self, within=QSize(900, 640))
        self.runner, self.enroll = runner, enroll

        title = set_role(QLabel(self.tr("Enroll this terminal")), "title")
        intro = set_role(
            QLabel(
                self.tr(
                    "Type the HQ address and the one-time code your manager gave you. "
                    "The terminal then copies this store's data; it takes a few minutes."
                )
            ),
            "hint",
        )
        intro.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("e.g. https://hq.example.com"))
        self.address.setAccessibleName(self.tr("HQ address"))
        self.address.textEdited.connect(self._check)
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH-JKLM-NPQR")
        self.code.setAccessibleName(self.tr("One-time code"))
        self.code.textEdited.connect(self._code_typed)
        self.code.returnPressed.connect(self.submit)
        self.name = QLineEdit(terminal_name)
        self.name.setMaxLength(80)
        self.name.setAccessibleName(self.tr("Terminal name"))
        self.address_hint = set_role(QLabel(), "field-error")
        self.code_hint = set_role(QLabel(), "field-error")
        for hint in (self.address_hint, self.code_hint):
            hint.setWordWrap(True)
            hint.hide()
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(self.tr("HQ address"), self.address)
        form.addRow("", self.address_hint)
        form.addRow(self.tr("One-time code"), self.code)
        form.addRow("", self.code_hint)
        form.addRow(self.tr("Terminal name"), self.name)
        self.button = set_role(QPushButton(self.tr("Enroll")), "primary")
        self.button.clicked.connect(self.submit)
        self.button.setEnabled(False)
        self.button_reason = Reason(self.button)  # why Enroll is disabled, in words
        self.button_reason.set_reason(self.tr("Type HQ's address to enroll."))
        self.progress = set_role(QLabel(), "hint")
        self.error = set_role(QLabel(), "error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        page = QVBoxLayout(self)
        page.setContentsMargins(64, 48, 64, 48)
        page.setSpacing(14)
        page.addStretch(1)
        page.addWidget(title)
        page.addWidget(intro)
        page.addLayout(form)
        page.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        page.addWidget(self.button_reason)
        page.addWidget(self.progress)
        page.addWidget(self.error)
        page.addStretch(2)
        self.busy = False
        # The enrollment QR (clienteling-hq enrollment-code --qr) fills both fields.
        self.scans = ScanFilter(device_keys_only=True, parent=self)
        self.scans.scanned.connect(self.use_scan)

    def showEvent(self, event) -> None:
        self.scans.install()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.scans.uninstall()
        super().hideEvent(event)

    def use_scan(self, text: str) -> None:
        """A scanned enrollment code fills the address and code; anything else says why not."""
        scan = interpret(text)
        if not isinstance(scan, Enrollment):
            self.error.setText(
                self.tr(
                    "That is not an enrollment code. Scan the code HQ printed for this terminal."
                )
            )
            self.error.show()
            return
        self.error.hide()
        self.address.setText(scan.hq_url)
        self.code.setText(scan.code)
        self._check()

    # --- typing ---------------------------------------------------------------------------

    def _code_typed(self, text: str) -> None:
        grouped, _wrong = group_code(text)
        if grouped != text:
            self.code.setText(grouped)  # the cursor goes to the end: codes are typed in order
        self._check()

    def code_problem(self) -> str | None:
        """What is wrong with the code as typed so far (None: fine, maybe not complete yet)."""
        grouped, wrong = group_code(self.code.text())
        if wrong:
            shown = " ".join(sorted(wrong))
            return self.tr(
                "A code has no {chars}: letters A–Z without I and O, digits 2–9."
            ).format(chars=shown)
        if len(grouped.replace("-", "")) > CODE_LENGTH:
            return self.tr("A code has 16 characters, like ABCD-EFGH-JKLM-NPQR.")
        return None

    def _check(self) -> bool:
        """Mark the fields as typed; True when the form can be sent."""
        problem = self.code_problem()
        self.code_hint.setText(problem or "")
        self.code_hint.setVisible(problem is not None)
        set_role(self.code, "invalid" if problem else "")
        typed_address = self.address.text().strip()
        bad_address = bool(typed_address) and hq_address(typed_address) is None
        self.address_hint.setText(
            self.tr("Type an address like https://hq.example.com") if bad_address else ""
        )
        self.address_hint.setVisible(bad_address)
        set_role(self.address, "invalid" if bad_address else "")
        complete = len(self.code.text().replace("-", "")) == CODE_LENGTH
        ready = not problem and complete and hq_address(typed_address) is not None
        if self.busy:
            self.button.setEnabled(False)
            self.button_reason.hide()
        elif hq_address(typed_address) is None:
            self.button_reason.set_reason(self.tr("Type HQ's address to enroll."))
        elif problem:
            self.button_reason.set_reason(self.tr("Correct the code to enroll."))
        elif not complete:
            self.button_reason.set_reason(
                self.tr("Type all {n} letters of the code to enroll.").format(n=CODE_LENGTH)
            )
        else:
            self.button_reason.set_reason("")
        return ready

    # --- enrolling ------------------------------------------------------------------------

    def submit(self) -> None:
        if self.busy or not self._check():
            return
        self.busy = True
        self.button.setEnabled(False)
        self.button_reason.hide()
        self.error.hide()
        self.progress.setText(self.tr("Enrolling this terminal with HQ…"))
        self.runner.run(
            self.enroll,
            hq_address(self.address.text()),
            self.code.text(),
            self.name.text().strip() or self.tr("terminal"),
            key="enroll",
            done=self._done,
            failed=self._failed,
        )

    def _done(self, services: TerminalServices) -> None:
        self.busy = False
        self.progress.setText(self.tr("Enrolled for {store}.").format(store=services.store_name))
        self.enrolled.emit(services)

    def _failed(self, why: str) -> None:
        self.busy = False
        self.progress.clear()
        self.error.setText(self.tr("This terminal was not enrolled: {why}").format(why=why))
        self.error.show()
        self._check()  # every field keeps what was typed


__all__ = ["EnrollScreen", "group_code", "hq_address"]
