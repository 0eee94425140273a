"""The store activity view's associates tab: each associate's figures, sortable and never
ranked, with the trainees' scenario results beside them (never counted in them).

Online: HQ's figures, one group at a time (engagement, orders, outcomes). Offline: above
them, the same table of what this terminal counted from its cache (notes, follow-ups,
visit ratings per associate), marked "from this terminal's cache, as of" the last sync;
HQ's table then shows the report kept on this terminal with its "as of" time, and the
trainees' results kept with it. Every figure opens its records (signals; the view opens
them). Words in context "StoreActivity", as the rest of the view.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QPushButton, QVBoxLayout, QWidget

from clienteling.services.activity_view import ActivityView

from . import activity_words as words
from . import formats
from .activity_tables import ASSOCIATE_GROUPS, AssociatesModel, TrainingModel
from .fit import flow_row, wrapped
from .tables import Table, table
from .theme import set_role

# The terminal's count per associate: the figures of HQ's engagement group it can count
# (and follow-ups created), so the table fits a portrait screen as HQ's does; the ratings'
# count is on the figures page and in the CSV, the average opens the ratings.
LOCAL_KEYS = ("notes_added", "followups_created", "followups_done", "csat_average")


def _sortable(view: Table) -> Table:
    """Sorted by a tap on a heading; by name until then (no rank, no medal)."""
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicatorShown(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    return view


class AssociatesPage(QWidget):
    figure_chosen = Signal(str, object)  # HQ's figure: KPI key, AssociateFigures
    local_chosen = Signal(str, str)  # counted here: KPI key, associate id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        hint = QCoreApplication.translate(
            "StoreActivity",
            "Everyone who worked in the store in the period, by name. Tap a heading to sort "
            "by it, tap a figure to see its records. A sale goes to one associate only.",
        )
        box.addWidget(wrapped(set_role(QLabel(hint), "hint")))

        # Offline: each associate's engagement counted on this terminal.
        self.local_box = QWidget()
        local = QVBoxLayout(self.local_box)
        local.setContentsMargins(0, 0, 0, 8)
        local.addWidget(
            set_role(
                QLabel(QCoreApplication.translate("StoreActivity", "Counted on this terminal")),
                "title",
            )
        )
        self.local_words = wrapped(set_role(QLabel(), "warning"))
        local.addWidget(self.local_words)
        self.local = AssociatesModel(self, keys=LOCAL_KEYS)
        self.local_view = _sortable(
            table(
                self.local,
                0,
                empty=QCoreApplication.translate("StoreActivity", "Nothing counted here."),
            )
        )
        self.local_view.clicked.connect(self._local_cell)
        self.local_view.setMinimumHeight(200)
        local.addWidget(self.local_view)
        self.local_box.hide()
        box.addWidget(self.local_box)

        # HQ's figures (fresh, or the report kept here).
        self.hq_words = wrapped(set_role(QLabel(), "warning"))
        self.hq_words.hide()
        box.addWidget(self.hq_words)
        self.figure_groups = QButtonGroup(self)
        self.figure_buttons: dict[str, QPushButton] = {}
        for group in ASSOCIATE_GROUPS:
            button = set_role(QPushButton(words.group_name(group)), "tab")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, g=group: self.show_group(g))
            self.figure_groups.addButton(button)
            self.figure_buttons[group] = button
        self.groups_row = flow_row(*self.figure_buttons.values())
        box.addWidget(self.groups_row)
        self.associates = AssociatesModel(self)
        self.associates_view = _sortable(
            table(
                self.associates,
                0,
                empty=QCoreApplication.translate("StoreActivity", "Nobody's activity yet."),
            )
        )
        self.associates_view.clicked.connect(self._associate_cell)
        self.associates_view.setMinimumHeight(280)
        box.addWidget(self.associates_view, 1)
        self.show_group("engagement")

        self.training_words = wrapped(set_role(QLabel(), "hint"))
        box.addWidget(self.training_words)
        self.trainees = TrainingModel(self)
        self.trainees_view = table(
            self.trainees,
            1,
            empty=QCoreApplication.translate("StoreActivity", "No scenario finished."),
        )
        self.trainees_view.setMinimumHeight(160)
        box.addWidget(self.trainees_view)

    def show_group(self, group: str) -> None:
        """Show HQ's figures of one group (the others' columns hidden)."""
        self.figure_buttons[group].setChecked(True)
        shown = set(self.associates.columns_of(group))
        for column in range(1, self.associates.columnCount()):
            self.associates_view.setColumnHidden(column, column not in shown)

    def show_view(self, view: ActivityView) -> None:
        """Fill the tab from a view (HQ's, kept or counted here)."""
        report = view.report
        self.associates.show(report.associates if report else [], report.currency if report else "")
        hq_shown = report is not None
        for widget in (self.groups_row, self.associates_view):
            widget.setVisible(hq_shown)
        kept = hq_shown and not view.from_hq
        self.hq_words.setVisible(kept)
        if kept:
            self.hq_words.setText(
                QCoreApplication.translate(
                    "StoreActivity", "HQ's figures as kept on this terminal, as of {when}."
                ).format(when=formats.date_time(view.as_of) if view.as_of else "—")
            )
        self._show_local(view)
        self._show_trainees(view)

    def _show_local(self, view: ActivityView) -> None:
        local = view.offline
        self.local_box.setVisible(local is not None)
        if local is None:
            self.local.show([], "")
            return
        when = (
            formats.date_time(local.synced_at)
            if local.synced_at
            else QCoreApplication.translate("StoreActivity", "never")
        )
        self.local_words.setText(
            QCoreApplication.translate(
                "StoreActivity",
                "From this terminal's cache, as of {when}: not HQ's figures. Notes and "
                "follow-ups as of that sync and the writes made on this terminal; visit "
                "ratings made on this terminal only.",
            ).format(when=when)
        )
        self.local.show(local.associates(), "")

    def _show_trainees(self, view: ActivityView) -> None:
        """Trainees' finished scenarios in the period, under the figures they never count in."""
        self.trainees.set_rows(view.training or [])
        self.trainees_view.setVisible(view.training is not None)
        if view.training is None:
            text = QCoreApplication.translate(
                "StoreActivity",
                "Training never counts in these figures. Trainees' scenario results come from "
                "HQ: they show here when HQ answers.",
            )
        elif view.from_hq:
            text = QCoreApplication.translate(
                "StoreActivity",
                "Trainees' scenarios finished in this period, from training mode. Training "
                "never counts in these figures.",
            )
        else:
            text = QCoreApplication.translate(
                "StoreActivity",
                "Trainees' scenarios finished in this period, as HQ gave them with the kept "
                "report ({when}). Training never counts in these figures.",
            ).format(when=formats.date_time(view.as_of) if view.as_of else "—")
        self.training_words.setText(text)

    def _associate_cell(self, index) -> None:
        key = self.associates.key_at(index.column())
        if key is not None:
            self.figure_chosen.emit(key, self.associates.item(index.row()))

    def _local_cell(self, index) -> None:
        key = self.local.key_at(index.column())
        if key is not None:
            self.local_chosen.emit(key, self.local.item(index.row()).associate_id)
