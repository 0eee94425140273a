"""The manager's screen: what only a store manager may do from a terminal.

The store's activity (clienteling.ui.store_activity), the store's terminals with what is
known of each (revoke one, with confirmation), erasing a shopper
(with confirmation, naming them), lifting an associate's offline PIN lock on
this terminal, the writes HQ refused or that were set aside, and the
scanner settings. Opened from the status strip's Manager button or Ctrl+M,
for managers only (clienteling.ui.roles keeps it from the others).
Confirmations are window-modal boxes opened with open(), never exec(), so
the UI keeps running; `confirm_box` is the one on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clienteling.services.activity_view import ActivityViews, FleetRow
from clienteling.services.management import Management, SetAside, TerminalRow
from clienteling.services.profiles import Profiles
from clienteling.services.sessions import AssociateCard

from . import formats, texts
from .error_words import reason_words
from .fit import FlowTabs, flow_row, wrapped
from .store_activity import StoreActivity
from .tables import Column, RowsModel, table
from .tasks import TaskRunner
from .terminal_cards import CardList, FitOrCards
from .theme import set_role


def kind_name(kind: str) -> str:
    """What a write was, in words."""
    names = {
        "note": QCoreApplication.translate("Manager", "Note"),
        "changes": QCoreApplication.translate("Manager", "Profile change"),
        "preferences": QCoreApplication.translate("Manager", "Profile change"),
        "wishlist": QCoreApplication.translate("Manager", "Wishlist item"),
        "wishlist_remove": QCoreApplication.translate("Manager", "Wishlist item removed"),
        "training_result": QCoreApplication.translate("Manager", "Training result"),
        "task": QCoreApplication.translate("Manager", "Follow-up"),
        "task_done": QCoreApplication.translate("Manager", "Follow-up done"),
        "feedback": QCoreApplication.translate("Manager", "Visit rating"),
        "order": QCoreApplication.translate("Manager", "Order"),
        "order-status": QCoreApplication.translate("Manager", "Order change"),
    }
    return names.get(kind, kind)


class ManagerScreen(QWidget):
    back = Signal()
    scanner_requested = Signal()
    loaded = Signal()  # the lists are on screen
    done = Signal(str)  # what was done, in words (after an erasure, revocation or unlock)

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.runner = runner
        self.management: Management | None = None
        self.fleet: ActivityViews | None = None
        self.profiles: Profiles | None = None
        self.confirm_box: QMessageBox | None = None

        back = QPushButton(self.tr("← Back"))
        back.setShortcut(Qt.Key.Key_Escape)
        back.clicked.connect(self.back)
        title = set_role(QLabel(self.tr("Manager")), "title")
        self.scanner = QPushButton(self.tr("Scanner settings…"))
        self.scanner.clicked.connect(self.scanner_requested)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        refresh.clicked.connect(lambda: self.activity.reload())
        # Kiosk mode (ui/kiosk_mode.py) shows it: the touch way out, after a manager's PIN.
        self.leave_kiosk = QPushButton(self.tr("Exit…"))
        self.leave_kiosk.hide()
        # One row that wraps (a long language, portrait, the scroll bar) rather than squeeze.
        top = flow_row(back, title, refresh, self.scanner, self.leave_kiosk, spacing=12)

        self.tabs = FlowTabs()  # its tab buttons wrap onto a second line when narrow
        # The store's activity.
        self.activity = StoreActivity(runner)
        self.tabs.addTab(self.activity, self.tr("Store activity"))
        # The store's terminals: what HQ knows of each, and what this one knows of itself.
        self.terminals = RowsModel(
            [
                Column(self.tr("Terminal"), self._terminal_name),
                Column(self.tr("Enrolled"), lambda r: formats.date(r.created_at)),
                Column(
                    self.tr("Last contact"),  # with HQ: what online/offline is judged by
                    lambda r: formats.date_time(r.heard_at or r.last_used_at),
                ),
                Column(
                    self.tr("App version"),
                    self._terminal_version,
                    accent=lambda r: bool(getattr(r, "behind", False)),
                ),
                Column(self.tr("Last sync"), lambda r: self._known(r, "last_sync", True)),
                Column(self.tr("Queued"), lambda r: self._known(r, "queued")),
                Column(
                    self.tr("Refused"),
                    lambda r: self._known(r, "parked"),
                    accent=lambda r: bool(getattr(r, "parked", None)),  # they need someone
                ),
                Column(
                    self.tr("Online"),
                    self._online,
                    accent=lambda r: getattr(r, "online", None) is False and not r.revoked,
                ),
                Column(
                    self.tr("State"),
                    lambda r: self.tr("Revoked") if r.revoked else self.tr("In use"),
                    accent=lambda r: r.revoked,
                ),
            ],
            self,
            describe_rows=True,
        )
        self.terminals_view = table(self.terminals, 0, one_row=True, wrap=True)
        # Where the nine columns do not fit (portrait, 1024 wide, a long language): a card
        # per terminal, online first, then what it told HQ, its enrolment last.
        self.terminal_cards = CardList(title=0, state=8, facts=[7, 2, 3, 4, 5, 6, 1])
        self.terminal_cards.setAccessibleName(self.tr("The store's terminals"))
        self.terminals_shown = FitOrCards(self.terminals_view, self.terminal_cards)
        self.terminals_view.selectionModel().selectionChanged.connect(self._terminal_chosen)
        self.revoke = QPushButton(self.tr("Revoke terminal…"))
        self.revoke.setEnabled(False)
        self.revoke.clicked.connect(self.ask_revoke)
        self.revoke_hint = set_role(QLabel(), "hint")
        self.revoke_hint.setWordWrap(True)
        page = QWidget()
        box = QVBoxLayout(page)
        self.fleet_words = wrapped(
            set_role(
                QLabel(
                    self.tr(
                        "Each terminal tells HQ its app version, last sync and how many writes "
                        "wait for HQ or were refused; HQ's figures may be a few minutes old. "
                        "Online: HQ heard from it in the last few minutes. Terminals with an "
                        "older release do not tell: not reported. This terminal's are its own."
                    )
                ),
                "hint",
            )
        )
        box.addWidget(self.fleet_words)
        box.addWidget(self.terminals_shown, 1)
        row = QHBoxLayout()
        row.addWidget(self.revoke_hint, 1)
        row.addWidget(self.revoke, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(row)
        self.tabs.addTab(page, self.tr("Terminals"))

        # Erasing a shopper.
        # The shopper being served (their profile was open when the manager came here): named,
        # never typed by an id. None: no shopper chosen.
        self.erase_shopper: str | None = None
        self.erase_name = ""
        self.erase_who = wrapped(set_role(QLabel(), "hint"))
        self.erase = QPushButton(self.tr("Erase shopper…"))
        self.erase.clicked.connect(self.ask_erase)
        page = QWidget()
        box = QVBoxLayout(page)
        words = QLabel(
            self.tr(
                "Erasure removes the shopper and everything about them (purchases, notes, "
                "preferences, orders) at HQ and on every terminal. It cannot be undone."
            )
        )
        words.setWordWrap(True)
        box.addWidget(set_role(words, "hint"))
        row = QHBoxLayout()
        row.addWidget(self.erase_who, 1)
        row.addWidget(self.erase, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(row)
        box.addStretch(1)
        self.tabs.addTab(page, self.tr("Erase a shopper"))

        # Offline sign-in locks on this terminal.
        self.locks = RowsModel(
            [
                Column(self.tr("Associate"), lambda a: a.name),
                Column(self.tr("Employee id"), lambda a: a.employee_id, muted=True),
                Column(self.tr("Role"), lambda a: texts.role_name(a.role)),
            ],
            self,
        )
        self.locks_view = table(self.locks, 0, one_row=True)
        self.unlock = QPushButton(self.tr("Unlock offline sign-in"))
        self.unlock.clicked.connect(self.unlock_selected)
        self.locks_empty = set_role(QLabel(), "hint")
        self.locks_empty.setWordWrap(True)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.locks_empty)
        box.addWidget(self.locks_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock)
        box.addLayout(row)
        self.tabs.addTab(page, self.tr("Offline sign-in locks"))

        # Writes HQ refused, and those set aside.
        self.aside = RowsModel(
            [
                Column(self.tr("When"), lambda w: formats.date_time(w.created_at)),
                Column(self.tr("What"), lambda w: kind_name(w.kind)),
                Column(self.tr("By"), lambda w: w.author_id or "—", muted=True),
                Column(self.tr("Shopper"), lambda w: w.shopper_id or "—", muted=True),
                Column(self.tr("State"), self._aside_state, accent=lambda w: w.refused),
            ],
            self,
        )
        self.aside_view = table(self.aside, 4, wrap=True)
        self.aside_empty = set_role(QLabel(), "hint")
        self.aside_empty.setWordWrap(True)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.aside_empty)
        box.addWidget(self.aside_view, 1)
        self.tabs.addTab(page, self.tr("Refused and set aside"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        page = QVBoxLayout(self)
        page.setContentsMargins(24, 16, 24, 16)
        page.setSpacing(12)
        page.addWidget(top)
        page.addWidget(self.message)
        page.addWidget(self.tabs.buttons_row)
        page.addWidget(self.tabs, 1)

    def set_services(
        self, management: Management, profiles: Profiles, activity: ActivityViews | None = None
    ) -> None:
        self.management, self.profiles, self.fleet = management, profiles, activity
        if activity is not None:
            self.activity.set_service(activity)

    # --- words --------------------------------------------------------------------------

    def _terminal_name(self, r: TerminalRow) -> str:
        name = r.name or r.device_id
        return self.tr("{name} (this terminal)").format(name=name) if r.this_one else name

    def _known(self, r: FleetRow | TerminalRow, field: str, moment: bool = False) -> str:
        value = getattr(r, field, None)
        if value is None and moment and getattr(r, "queued", None) is not None:
            return self.tr("Never")  # it reports, and has not finished a sync yet
        if value is None:
            return self.tr("not reported")
        if moment:
            return formats.date_time(value)
        return formats.number(value) if isinstance(value, int) else str(value)

    def _online(self, r: FleetRow | TerminalRow) -> str:
        online = getattr(r, "online", None)
        if online is None:
            return self.tr("not reported")
        return self.tr("Online") if online else self.tr("Offline")

    def _terminal_version(self, r: FleetRow | TerminalRow) -> str:
        version = getattr(r, "app_version", None)
        if not version:
            return self.tr("not reported")
        if getattr(r, "behind", False):
            return self.tr("{version} (update it)").format(version=version)
        return version

    def _aside_state(self, w: SetAside) -> str:
        if w.refused:
            return self.tr("Refused by HQ: {why}").format(why=reason_words(w.reason))
        return self.tr("Set aside on this terminal; never sent")

    def say(self, text: str, kind: str = "info") -> None:
        self.message.setText(text)
        set_role(self.message, kind)
        self.message.setVisible(bool(text))

    # --- loading ------------------------------------------------------------------------

    def open(self, shopper_id: str | None = None) -> None:
        """Fresh lists; the shopper being served (if any) is offered for erasure."""
        self._choose_for_erasure(shopper_id)
        self.say("")
        self.reload()
        self.activity.reload()

    def reload(self) -> None:
        m = self.management
        if m is None:
            return

        def load() -> tuple:
            return m.offline_locks(), m.set_aside()

        self.runner.run(load, key="manager-local", done=self._local_loaded, failed=self._failed)
        terminals = self.fleet.fleet if self.fleet is not None else m.terminals
        self.runner.run(
            terminals, key="manager-terminals", done=self._terminals_loaded,
            failed=self._terminals_failed,
        )  # fmt: skip

    def _local_loaded(self, answer: tuple[list[AssociateCard], list[SetAside]]) -> None:
        locks, aside = answer
        self.locks.set_rows(locks)
        self.locks_empty.setText(
            self.tr("Nobody's offline sign-in is locked on this terminal.")
            if not locks
            else self.tr("Locked after too many wrong PINs while HQ could not be reached:")
        )
        self.unlock.setEnabled(bool(locks))
        if locks:
            self.locks_view.selectRow(0)
        self.aside.set_rows(aside)
        self.aside_empty.setText(
            self.tr("HQ refused nothing written on this terminal, and nothing was set aside.")
            if not aside
            else self.tr("Writes HQ refused, with its reason, and writes set aside here:")
        )
        self.loaded.emit()

    def _terminals_loaded(self, rows: list[FleetRow] | list[TerminalRow]) -> None:
        self.terminals.set_rows(rows)
        self._terminal_chosen()

    def _terminals_failed(self, why: str) -> None:
        self.terminals.set_rows([])
        self.revoke_hint.setText(
            self.tr("The terminals could not be listed: {why}").format(why=why)
        )
        self.revoke.setEnabled(False)

    def _failed(self, why: str) -> None:
        self.say(why, "error")

    # --- terminals ------------------------------------------------------------------------

    def chosen_terminal(self) -> TerminalRow | None:
        rows = self.terminals_view.selectionModel().selectedRows()
        return self.terminals.items[rows[0].row()] if rows else None

    def _terminal_chosen(self, *_args) -> None:
        row = self.chosen_terminal()
        if row is None:
            hint, ok = self.tr("Choose a terminal to revoke."), False
        elif row.revoked:
            hint, ok = self.tr("This terminal is already revoked."), False
        elif row.this_one:
            hint = self.tr("This is the terminal you are using: revoke it from another one.")
            ok = False
        else:  # what revoking does, said where the manager decides
            hint = self.tr(
                "A revoked terminal stops working at its next contact with HQ and must "
                "be enrolled again with a new code."
            )
            ok = True
        self.revoke_hint.setText(hint)
        self.revoke.setEnabled(ok)

    def ask_revoke(self) -> None:
        row = self.chosen_terminal()
        if row is None or row.revoked or row.this_one or self.management is None:
            return
        self._confirm(
            self.tr("Revoke {name}?").format(name=row.name or row.device_id),
            self.tr(
                "It stops working at its next contact with HQ; whoever is signed in there is "
                "signed out. It must be enrolled again with a new code."
            ),
            self.tr("Revoke"),
            lambda: self.runner.run(
                self.management.revoke,
                row.device_id,
                key="manager-revoke",
                done=self._revoked,
                failed=self._failed,
            ),
        )

    def _revoked(self, row: TerminalRow) -> None:
        text = self.tr("{name} is revoked.").format(name=row.name or row.device_id)
        self.say(text)
        self.done.emit(text)
        self.reload()

    # --- erasure --------------------------------------------------------------------------

    def _choose_for_erasure(self, shopper_id: str | None) -> None:
        """The shopper the Erase tab offers: the one being served, named once their
        profile is read (a shopper no longer on this terminal is not offered)."""
        self.erase_shopper = None
        self.erase.setEnabled(False)
        self.erase_who.setText(
            self.tr(
                "Open the shopper's profile first (search by name or phone, or scan their "
                "QR), then come back here to erase them."
            )
        )
        if not shopper_id or self.profiles is None:
            return
        self.runner.run(
            self.profiles.profile, shopper_id, key="manager-who",
            done=lambda p: self._chosen_for_erasure(shopper_id, p), failed=self._failed,
        )  # fmt: skip

    def _chosen_for_erasure(self, shopper_id: str, profile) -> None:
        if profile is None:
            return
        self.erase_shopper = shopper_id
        self.erase_name = profile.shopper.full_name
        self.erase_who.setText(
            self.tr("The shopper being served: {name}").format(name=self.erase_name)
        )
        self.erase.setEnabled(self.management is not None)

    def ask_erase(self) -> None:
        shopper_id = self.erase_shopper
        if shopper_id is None or self.management is None:
            return
        name = self.erase_name
        self._confirm(
            self.tr("Erase {name}?").format(name=name),
            self.tr(
                "{name} and everything about them are removed at HQ and on every "
                "terminal. This cannot be undone."
            ).format(name=name),
            self.tr("Erase"),
            lambda: self.runner.run(
                self.management.erase,
                shopper_id,
                key="manager-erase",
                done=lambda _n: self._erased(name),
                failed=self._failed,
            ),
        )

    def _erased(self, name: str) -> None:
        self._choose_for_erasure(None)
        text = self.tr("{name} was erased.").format(name=name)
        self.say(text)
        self.done.emit(text)
        self.reload()

    # --- offline locks --------------------------------------------------------------------

    def unlock_selected(self) -> None:
        rows = self.locks_view.selectionModel().selectedRows()
        if not rows or self.management is None:
            return
        who: AssociateCard = self.locks.items[rows[0].row()]
        self.runner.run(
            self.management.unlock, who.employee_id, key="manager-unlock",
            done=lambda _r: self._unlocked(who), failed=self._failed,
        )  # fmt: skip

    def _unlocked(self, who: AssociateCard) -> None:
        text = self.tr("{name} can sign in offline on this terminal again.").format(name=who.name)
        self.say(text)
        self.done.emit(text)
        self.reload()

    # --- confirmation -----------------------------------------------------------------------

    def _confirm(self, title: str, text: str, yes: str, then: Callable[[], None]) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(title)
        box.setInformativeText(text)
        ok = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # the safe answer is the default
        box.setEscapeButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered() -> None:
            self.confirm_box = None
            if box.clickedButton() is ok:
                then()
            box.deleteLater()

        box.finished.connect(lambda _r: answered())
        self.confirm_box = box
        box.open()
