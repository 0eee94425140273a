"""What the lookup screen offers when no shopper on this terminal matches.

Online: a search of every store at HQ (names folded as here), and the sign-up
QR for a new shopper. Offline: the sign-up QR, and why HQ cannot be asked. A
shopper HQ found who is not on this terminal is brought into its cache when
opened (Lookup.keep_from_hq) and is found offline from then on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clienteling.services.lookup import Lookup, ShopperRow

from .fit import flow_row
from .tasks import TaskRunner
from .theme import set_role


class NoMatchOffer(QWidget):
    """Shown under the search when nothing matched. Emits `found(query, rows)` with HQ's
    answer, `opened(shopper_id)` once a shopper from HQ is on this terminal, and
    `signup_requested` for the sign-up QR; `said(text)` for the screen's message line."""

    found = Signal(str, list)
    opened = Signal(str)
    signup_requested = Signal()
    said = Signal(str)

    def __init__(self, runner: TaskRunner, query: Callable[[], str], parent=None) -> None:
        super().__init__(parent)
        self.runner, self._query = runner, query
        self.lookup: Lookup | None = None
        self.why = set_role(QLabel(), "hint")
        self.why.setWordWrap(True)
        self.at_hq = set_role(QPushButton(self.tr("Search all stores at HQ")), "primary")
        self.at_hq.clicked.connect(self.search_hq)
        self.signup = QPushButton(self.tr("Sign-up QR"))
        self.signup.clicked.connect(self.signup_requested)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.why)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(flow_row(self.at_hq, self.signup, spacing=12))
        page.addLayout(buttons)
        self.hide()

    def offer(self, lookup: Lookup) -> None:
        """Show what may be done now: HQ's search only with an associate online."""
        self.lookup = lookup
        online = lookup.can_ask_hq()
        self.at_hq.setVisible(online)
        self.at_hq.setEnabled(online)
        self.why.setText(
            self.tr("Not on this terminal? Search every store at HQ, or sign the shopper up.")
            if online
            else self.tr(
                "Offline: only this terminal's shoppers can be searched. "
                "A new shopper can sign up with the QR code."
            )
        )
        self.show()

    # --- HQ's search ----------------------------------------------------------------------

    def search_hq(self) -> None:
        query = self._query()
        if self.lookup is None or not query.strip():
            return
        self.at_hq.setEnabled(False)
        self.said.emit(self.tr("Searching every store at HQ…"))
        self.runner.run(
            self.lookup.search_hq,
            query,
            key="search-hq",
            done=lambda rows, q=query: self._answered(q, rows),
            failed=self._failed,
        )

    def _answered(self, query: str, rows: list[ShopperRow] | None) -> None:
        if query != self._query():
            return  # the associate typed something else meanwhile
        self.at_hq.setEnabled(True)
        if rows is None:
            self.at_hq.hide()
            self.said.emit(
                self.tr("HQ cannot be reached now: only this terminal's shoppers were searched.")
            )
        elif not rows:
            self.said.emit(
                self.tr("No shopper matches “{query}” at HQ either.").format(query=query)
            )
        else:
            self.hide()
            self.found.emit(query, rows)
            self.said.emit(
                self.tr("Found at HQ. A shopper you open is kept on this terminal from then on.")
            )

    def _failed(self, message: str) -> None:
        self.at_hq.setEnabled(True)
        self.said.emit(self.tr("HQ's search did not work: {why}").format(why=message))

    # --- opening a shopper HQ found ---------------------------------------------------------

    def open_from_hq(self, shopper_id: str) -> None:
        """Bring the shopper into this terminal's cache, then emit `opened`."""
        if self.lookup is None:
            return
        self.said.emit(self.tr("Opening from HQ…"))
        self.runner.run(
            self.lookup.keep_from_hq,
            shopper_id,
            key="keep-from-hq",
            done=lambda kept, s=shopper_id: self._kept(s, kept),
            failed=lambda m: self.said.emit(
                self.tr("The shopper could not be opened from HQ: {why}").format(why=m)
            ),
        )

    def _kept(self, shopper_id: str, kept: bool) -> None:
        if kept:
            self.opened.emit(shopper_id)
        else:
            self.said.emit(
                self.tr("HQ cannot be reached now: the shopper could not be opened from HQ.")
            )
