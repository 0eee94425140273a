"""Home's "your day": the shoppers this associate opened here, their follow-ups due today or
overdue, and their writes HQ does not have (queued, refused, set aside).

A tap on a row opens the place to act: the shopper's profile, or the orders screen for an
order. Each list says in words what would be there while it is empty.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clienteling.services import day as d
from clienteling.services.day import Day, FollowUp, PendingWrite, Today

from . import formats, texts
from .error_words import reason_words
from .fit import Panes
from .tables import Column, RowsModel, table
from .tasks import TaskRunner
from .theme import set_role


def _age(iso: str) -> float:
    """Seconds since the moment (ISO 8601)."""
    moment = datetime.fromisoformat(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max((datetime.now(UTC) - moment).total_seconds(), 0)


class DayPanel(QWidget):
    """Emits `open_shopper(shopper_id)` and `open_orders(shopper_id, name)`."""

    open_shopper = Signal(str)
    open_orders = Signal(str, str)
    shown = Signal()  # the lists were filled

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.service: Day | None = None
        self.recent = RowsModel(
            [
                Column(self.tr("Shopper"), lambda r: r.name),
                Column(self.tr("Tier"), lambda r: texts.tier_name(r.tier)),
                Column(
                    self.tr("Opened"),
                    lambda r: formats.ago(_age(r.opened_at)),
                    tip=lambda r: formats.date_time(r.opened_at),
                ),
            ],
            self,
        )
        self.follow_ups = RowsModel(
            [
                Column(
                    self.tr("Due"),
                    self._due,
                    accent=lambda f: f.overdue,
                    tip=lambda f: formats.date(f.due_at),
                ),
                Column(self.tr("Shopper"), lambda f: f.shopper_name),
                Column(self.tr("Follow-up"), lambda f: f.title),
            ],
            self,
        )
        self.writes = RowsModel(
            [
                Column(self.tr("What"), self._kind),
                Column(self.tr("Shopper"), lambda w: w.shopper_name),
                Column(self.tr("State"), self._state, accent=lambda w: w.state == d.REFUSED),
            ],
            self,
        )
        self.recent_view = table(
            self.recent,
            0,
            one_row=True,
            empty=self.tr(
                "Shoppers you open on this terminal show here, newest first. "
                "Search above or scan a loyalty card to open one."
            ),
        )
        self.follow_ups_view = table(
            self.follow_ups,
            2,
            one_row=True,
            wrap=True,
            empty=self.tr(
                "Nothing due today. Follow-ups you add on a shopper's profile show here "
                "on the day they are due."
            ),
        )
        self.writes_view = table(
            self.writes,
            2,
            one_row=True,
            wrap=True,
            empty=self.tr(
                "HQ has everything you saved. Notes, edits and orders that wait for the "
                "connection, or that HQ refused, show here."
            ),
        )
        self.recent_view.activated.connect(self._recent_chosen)
        self.recent_view.clicked.connect(self._recent_chosen)
        self.follow_ups_view.activated.connect(self._follow_up_chosen)
        self.follow_ups_view.clicked.connect(self._follow_up_chosen)
        self.writes_view.activated.connect(self._write_chosen)
        self.writes_view.clicked.connect(self._write_chosen)
        self.titles: dict[str, QLabel] = {}
        panes = Panes(spacing=16)
        for key, title, view, stretch in (
            ("recent", self.tr("Your recent shoppers"), self.recent_view, 3),
            ("follow_ups", self.tr("Follow-ups due"), self.follow_ups_view, 4),
            ("writes", self.tr("Not yet at HQ"), self.writes_view, 3),
        ):
            pane = QWidget()
            box = QVBoxLayout(pane)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(6)
            label = set_role(QLabel(title), "subtitle")
            label.setWordWrap(True)
            self.titles[key] = label
            box.addWidget(label)
            view.setMinimumHeight(150)
            box.addWidget(view, 1)
            panes.add(pane, stretch)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(panes, 1)

    def set_service(self, service: Day | None) -> None:
        self.service = service

    def refresh(self) -> None:
        """Read the day again for whoever is signed in now."""
        if self.service is not None:
            self.runner.run(self.service.today, key="day", done=self.show_today)

    def opened(self, shopper_id: str) -> None:
        """Remember that the signed-in associate opened this shopper here."""
        if self.service is not None:
            self.runner.run(self.service.opened, shopper_id, key=None)

    def clear(self) -> None:
        self.runner.cancel("day")  # the day of whoever signed out never shows
        self.show_today(Today())

    def show_today(self, today: Today) -> None:
        self.recent.set_rows(today.recent)
        self.follow_ups.set_rows(today.follow_ups)
        self.writes.set_rows(today.writes)
        self.shown.emit()

    # --- words ----------------------------------------------------------------------------

    def _due(self, f: FollowUp) -> str:
        """'Today', or how long ago it was due ('3 days ago', in the warning colour)."""
        return formats.ago(_age(f.due_at)) if f.overdue else self.tr("Today")

    def _state(self, w: PendingWrite) -> str:
        if w.state == d.REFUSED:
            return self.tr("Refused by HQ: {why}").format(why=reason_words(w.reason))
        if w.state == d.SET_ASIDE:
            return self.tr("Set aside, not sent")
        return self.tr("Waiting to send")

    def _kind(self, w: PendingWrite) -> str:
        kinds = {
            "note": self.tr("Note"),
            "task": self.tr("Follow-up"),
            "task_done": self.tr("Follow-up done"),
            "changes": self.tr("Sizes and preferences"),
            "preferences": self.tr("Sizes and preferences"),
            "wishlist": self.tr("Wishlist item"),
            "wishlist_remove": self.tr("Wishlist removal"),
            "training_result": self.tr("Training result"),
            "feedback": self.tr("Rating"),
            "order": self.tr("Order"),
            "order-status": self.tr("Order change"),
        }
        return kinds.get(w.kind, w.kind)

    # --- opening --------------------------------------------------------------------------

    def _recent_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_shopper.emit(self.recent.item(index.row()).shopper_id)

    def _follow_up_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_shopper.emit(self.follow_ups.item(index.row()).shopper_id)

    def _write_chosen(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        write = self.writes.item(index.row())
        if write.is_order:
            self.open_orders.emit(write.shopper_id or "", write.shopper_name)
        elif write.shopper_id:
            self.open_shopper.emit(write.shopper_id)
