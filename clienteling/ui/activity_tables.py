"""The store activity view's lists: the associates' figures (sortable, by name first: not a
race, no ranks), the regulars not seen for a while, and the records behind a number.

`RecordsDialog` lists the records one number was computed from, a page at a time as the
list scrolls (HQ's records endpoint, through the task runner), or the records this
terminal counted itself while offline; tapping one opens its shopper or its order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from clienteling.protocol.reports import AssociateFigures, NotSeenShopper, RecordRow

from . import activity_words as words
from . import formats, texts
from .fit import wrapped
from .tables import Column, ColumnFit, RowsModel, table
from .tasks import TaskRunner
from .theme import set_role

# The associates' table: one group of figures shown at a time (KPI keys), so it fits a
# portrait screen in every language without scrolling sideways.
ASSOCIATE_GROUPS = {
    "engagement": ("shoppers_served", "notes_added", "followups_done", "csat_average"),
    "orders": ("orders_placed", "orders_value", "saved_sales"),
    "outcomes": ("conversion", "influenced_sales", "average_ticket"),
}
ASSOCIATE_KEYS = tuple(k for keys in ASSOCIATE_GROUPS.values() for k in keys)
NOT_SEEN_SHOWN = 50
VALUE_COLUMN = 4  # the records dialog's


class AssociatesModel(RowsModel):
    """Everyone with activity in the store in the period, by name; a tap on a heading sorts
    by that column (ascending first), never numbered or ranked."""

    def __init__(self, parent=None, keys: tuple[str, ...] = ASSOCIATE_KEYS) -> None:
        self.currency = ""
        self.keys: list[str | None] = [None, *keys]
        columns = [
            Column(
                QCoreApplication.translate("ActivityTables", "Associate"),
                self._who,
                tip=lambda a: texts.role_name(a.role),
            ),
        ] + [Column(words.kpi_name(k), lambda a, k=k: self._value(a, k)) for k in keys]
        super().__init__(columns, parent)

    @staticmethod
    def _who(a: AssociateFigures) -> str:
        """The name; a trainee's or a manager's role beside it (associates are most)."""
        if a.role == "associate":
            return a.name
        return f"{a.name} ({texts.role_name(a.role).lower()})"

    def _value(self, a: AssociateFigures, key: str) -> str:
        return words.value_text(key, a.figures.value(key), self.currency)

    def show(self, associates: list[AssociateFigures], currency: str) -> None:
        self.currency = currency
        self.set_rows(sorted(associates, key=lambda a: a.name.casefold()))

    def columns_of(self, group: str) -> list[int]:
        """The columns of a group's figures."""
        return [c for c, k in enumerate(self.keys) if k in ASSOCIATE_GROUPS[group]]

    def key_at(self, column: int) -> str | None:
        return self.keys[column] if 0 <= column < len(self.keys) else None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.key_at(column)

        def by(a: AssociateFigures) -> Any:
            if column == 0:
                return (0, a.name.casefold())
            value = a.figures.value(key) if key else None
            return (1, 0.0) if value is None else (0, value)  # nothing to show: always last

        self.layoutAboutToBeChanged.emit()
        reverse = order == Qt.SortOrder.DescendingOrder
        filled = [a for a in self.items if by(a)[0] == 0]
        empty = [a for a in self.items if by(a)[0] == 1]
        self.items = sorted(filled, key=by, reverse=reverse) + empty
        self.layoutChanged.emit()


class NotSeenModel(RowsModel):
    def __init__(self, parent=None) -> None:
        self.currency = ""
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("ActivityTables", "Shopper"),
                    lambda s: f"{s.first_name} {s.last_name}".strip(),
                ),
                Column(
                    QCoreApplication.translate("ActivityTables", "Tier"),
                    lambda s: texts.tier_name(s.tier) if s.tier else "—",
                ),
                Column(
                    QCoreApplication.translate("ActivityTables", "Last purchase"),
                    lambda s: _date(s.last_purchase_at),
                ),
                Column(
                    QCoreApplication.translate("ActivityTables", "Last served"),
                    lambda s: _date(s.last_served_at),
                ),
                Column(
                    QCoreApplication.translate("ActivityTables", "Purchases"),
                    lambda s: formats.number(s.purchases),
                ),
                Column(
                    QCoreApplication.translate("ActivityTables", "Lifetime value"),
                    lambda s: formats.money(s.lifetime_value, self.currency),
                ),
                Column(
                    QCoreApplication.translate("ActivityTables", "May be contacted by"),
                    lambda s: ", ".join(words.channel_name(c) for c in s.contact) or "—",
                ),
            ],
            parent,
        )

    def show(self, shoppers: list[NotSeenShopper], currency: str) -> None:
        self.currency = currency
        self.set_rows(shoppers[:NOT_SEEN_SHOWN])


class TrainingModel(RowsModel):
    """Trainees' finished scenarios in the period (clienteling.services.activity_view
    TrainingRow), beside the figures and never counted in them."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("ActivityTables", "Trainee"),
                    lambda r: r.name or r.employee_id,
                    tip=lambda r: r.employee_id,
                ),
                Column(
                    QCoreApplication.translate("ActivityTables", "Scenario"),
                    lambda r: (
                        QCoreApplication.translate("TrainingScenario", r.scenario_title)
                        if r.scenario_title
                        else r.scenario_id
                    ),
                ),
                Column(
                    QCoreApplication.translate("ActivityTables", "Time"),
                    lambda r: formats.duration(r.seconds),
                ),
                Column(
                    QCoreApplication.translate("ActivityTables", "Hints"),
                    lambda r: formats.number(r.hints),
                ),
                Column(
                    QCoreApplication.translate("ActivityTables", "Mistakes"),
                    lambda r: formats.number(r.mistakes),
                ),
                Column(
                    QCoreApplication.translate("ActivityTables", "Finished"),
                    lambda r: formats.date(r.finished_at),
                ),
            ],
            parent,
        )


def _date(moment) -> str:
    return formats.date(moment.isoformat()) if moment is not None else "—"


class RecordsDialog(QDialog):
    """The records behind one number; a tap opens the shopper or the order."""

    open_shopper = Signal(str)
    open_order = Signal(str, str, str)  # shopper id, shopper's name, order id
    loaded = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        title: str,
        definition: str,
        scope: str,
        pages: Callable[[int], tuple[list[RecordRow], int, dict[str, str]]] | None,
        currency: str,
        parent=None,
        rows: list[Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.runner, self.pages, self.currency = runner, pages, currency
        self.names: dict[str, str] = {}
        self.total: int | None = None
        self.model = RowsModel(
            [
                Column(
                    QCoreApplication.translate("ActivityTables", "When"),
                    lambda r: formats.date_time(_iso(r.at)),
                ),
                Column(
                    QCoreApplication.translate("ActivityTables", "What"),
                    _what,
                ),
                Column(
                    QCoreApplication.translate("ActivityTables", "Shopper"),
                    lambda r: self._name(r.shopper_id),
                ),
                Column(
                    QCoreApplication.translate("ActivityTables", "By"),
                    lambda r: self._name(r.associate_id),
                    muted=True,
                ),
                Column(QCoreApplication.translate("ActivityTables", "Value"), self._value),
            ],
            self,
        )
        self.view = table(
            self.model,
            2,
            one_row=True,
            empty=QCoreApplication.translate("ActivityTables", "Loading the records…"),
        )
        self.view.clicked.connect(self._chosen)
        heading = set_role(QLabel(title), "title")
        heading.setWordWrap(True)
        self.scope = wrapped(set_role(QLabel(scope), "hint"))
        about = wrapped(QLabel(definition))
        self.count = wrapped(set_role(QLabel(), "hint"))
        close = QPushButton(QCoreApplication.translate("ActivityTables", "Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(close)
        box = QVBoxLayout(self)
        box.addWidget(heading)
        box.addWidget(self.scope)
        box.addWidget(about)
        box.addWidget(self.view, 1)
        box.addLayout(row)
        self.resize(760, 560)
        if rows is not None:
            self.model.set_rows(rows)
            self._counted(len(rows))
        elif pages is not None:
            self.model.set_fetcher(self._more)
            self._more(0)

    def _name(self, some_id: str | None) -> str:
        if not some_id:
            return "—"
        return self.names.get(some_id) or some_id

    def _value(self, r: Any) -> str:
        value = getattr(r, "value_minor", None)
        if value is not None:
            return formats.money(value, getattr(r, "currency", None) or self.currency)
        score = getattr(r, "score", None)
        return words.value_text("csat_average", score, "") if score is not None else ""

    def _more(self, offset: int) -> None:
        self.runner.run(
            self.pages, offset, key=f"records-{id(self)}", done=self._page, failed=self._failed
        )

    def _page(self, answer: tuple[list[RecordRow], int, dict[str, str]]) -> None:
        rows, total, names = answer
        self.names.update(names)
        held = len(self.model.items) + len(rows)
        self.model.append_rows(rows, held < total)
        self._counted(total)

    def _counted(self, total: int) -> None:
        self.total = total
        # No value in any record (notes, served shoppers...): no empty column taking room.
        valued = any(self._value(r) for r in self.model.items)
        if self.view.isColumnHidden(VALUE_COLUMN) == valued:
            self.view.setColumnHidden(VALUE_COLUMN, not valued)
            for fit in self.view.findChildren(ColumnFit):  # the others share its width
                fit.refit()
        self.view.set_empty(
            QCoreApplication.translate("ActivityTables", "No records behind this number.")
        )
        self.count.setText(
            QCoreApplication.translate(
                "ActivityTables", "{n} records; tap one to open its shopper or order."
            ).format(n=formats.number(total))
        )
        self.loaded.emit()

    def _failed(self, why: str) -> None:
        self.view.set_empty(
            QCoreApplication.translate(
                "ActivityTables", "The records could not be loaded: {why}"
            ).format(why=why)
        )
        self.loaded.emit()

    def _chosen(self, index: QModelIndex) -> None:
        r = self.model.item(index.row())
        order_id = getattr(r, "order_id", None)
        shopper_id = getattr(r, "shopper_id", None)
        if order_id and _kind(r) == "order":
            self.open_order.emit(shopper_id or "", self._name(shopper_id), order_id)
            self.accept()
        elif shopper_id:
            self.open_shopper.emit(shopper_id)
            self.accept()


def _what(r: Any) -> str:
    """The record's kind in words; a served shopper's: converted or not."""
    kind = _kind(r)
    if kind == "shopper_served":
        return words.served_outcome(getattr(r, "detail", None) == "converted")
    return words.record_kind(kind)


def _kind(r: Any) -> str:
    kind = getattr(r, "kind", "")
    return getattr(kind, "value", kind)


def _iso(at: Any) -> str:
    return at.isoformat() if hasattr(at, "isoformat") else str(at)
