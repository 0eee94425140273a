"""The store's activity, for its managers: the first tab of the manager's screen.

A period (today, 7 days, 30 days or custom days), HQ's figures grouped as engagement,
orders and outcomes, each KPI with its definition beside it and the previous period's
value; daily charts; the associates' figures (sortable, by name first: not a race); the
regulars not seen for a while; every number opens the records it was computed from, each
opening its shopper or order. Exports the view as CSV or PDF.

HQ unreachable: the report kept on this terminal for the period, with its "as of" time,
and the store's engagement counted on this terminal from its cache, marked as such, for
the store (figures page) and per associate (associates tab, activity_people.py).
Loading runs on the task runner (services.activity_view); this widget only paints.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clienteling.domain.kpis import KPIS, Group
from clienteling.services.activity_view import (
    CUSTOM,
    LOCAL_AVERAGES,
    LOCAL_KPIS,
    MONTH,
    TODAY,
    WEEK,
    ActivityView,
    ActivityViews,
    period_days,
)

from . import activity_export, formats
from . import activity_words as words
from .activity_charts import OrdersChart, RateChart
from .activity_people import AssociatesPage
from .activity_tables import ASSOCIATE_KEYS, NotSeenModel, RecordsDialog
from .fit import FlowTabs, flow_row, wrapped
from .tables import table
from .tasks import TaskRunner, plain_message
from .theme import set_role


class KpiRow:
    """One KPI on screen: its value (a button: it opens the records), name and definition,
    the previous period's value and, for a breakdown, its parts."""

    def __init__(self, key: str, grid: QGridLayout, row: int, drill) -> None:
        self.key = key
        self.value = QPushButton(words.EMPTY)
        self.value.setObjectName("kpiValue")
        self.value.setMinimumWidth(150)
        self.value.clicked.connect(lambda: drill(key))
        self.about = wrapped(QLabel())
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.before = wrapped(set_role(QLabel(), "hint"))
        self.before.setMinimumWidth(96)
        grid.addWidget(self.value, row, 0)
        grid.addWidget(self.about, row, 1)
        grid.addWidget(self.before, row, 2)
        self.retell()

    def retell(self, parts: str = "") -> None:
        name, definition = words.kpi_name(self.key), words.kpi_definition(self.key)

        def b(text: str) -> str:  # each part alone (never inside a tag), as plain text
            return words.breakable(html.escape(text, quote=False))

        extra = f"<br><i>{b(parts)}</i>" if parts else ""
        self.about.setText(f"<b>{b(name)}</b><br>{b(definition)}{extra}")

    def show(self, value: float | None, before: str, currency: str, parts: str = "") -> None:
        text = words.value_text(self.key, value, currency)
        self.value.setText(text)
        self.value.setAccessibleName(f"{words.kpi_name(self.key)}: {text}")
        self.before.setText(before)
        self.before.setVisible(bool(before))
        self.retell(parts)


class StoreActivity(QWidget):
    open_shopper = Signal(str)
    open_order = Signal(str, str, str)  # shopper id, shopper's name, order id
    loaded = Signal()  # a view (HQ's, kept or counted here) is on screen
    exported = Signal(str)  # the file written

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.views: ActivityViews | None = None
        self.view: ActivityView | None = None
        self.dialog: RecordsDialog | None = None
        self.file_dialog: QFileDialog | None = None

        # The period.
        self.period_buttons: dict[str, QPushButton] = {}
        self.periods = QButtonGroup(self)
        for period, text in (
            (TODAY, self.tr("Today")),
            (WEEK, self.tr("Last 7 days")),
            (MONTH, self.tr("Last 30 days")),
            (CUSTOM, self.tr("Custom days")),
        ):
            button = set_role(QPushButton(text), "tab")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, p=period: self.choose(p))
            self.periods.addButton(button)
            self.period_buttons[period] = button
        self.period_buttons[WEEK].setChecked(True)
        self.first = QDateEdit(calendarPopup=True)
        self.last = QDateEdit(calendarPopup=True)
        for edit, name in ((self.first, self.tr("First day")), (self.last, self.tr("Last day"))):
            edit.setDate(QDate.currentDate())
            edit.setAccessibleName(name)
            edit.setMinimumHeight(44)
        self.first.setDate(QDate.currentDate().addDays(-13))
        self.show_days = QPushButton(self.tr("Show these days"))
        self.show_days.clicked.connect(self.reload)
        self.from_label = QLabel(self.tr("From"))
        self.to_label = QLabel(self.tr("to"))
        self.custom = flow_row(
            self.from_label, self.first, self.to_label, self.last, self.show_days
        )
        self.custom.hide()
        self.csv = QPushButton(self.tr("Export CSV…"))
        self.csv.clicked.connect(lambda: self.ask_file("csv"))
        self.pdf = QPushButton(self.tr("Export PDF…"))
        self.pdf.clicked.connect(lambda: self.ask_file("pdf"))
        for b in (self.csv, self.pdf):
            b.setEnabled(False)

        self.source = wrapped(set_role(QLabel(), "hint"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()

        self.tabs = FlowTabs()
        self.tabs.addTab(self._figures_page(), self.tr("Figures"))
        self.tabs.addTab(self._trends_page(), self.tr("Day by day"))
        self.tabs.addTab(self._associates_page(), self.tr("Associates"))
        self.tabs.addTab(self._not_seen_page(), self.tr("Not seen for a while"))

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(flow_row(*self.period_buttons.values()))
        box.addWidget(self.custom)
        box.addWidget(flow_row(self.csv, self.pdf))
        box.addWidget(self.progress)
        box.addWidget(self.source)
        box.addWidget(self.tabs.buttons_row)
        box.addWidget(self.tabs, 1)

    # --- pages --------------------------------------------------------------------------

    def _figures_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.rows: dict[str, KpiRow] = {}
        self.group_boxes: list[QWidget] = []
        for group in Group:
            holder = QWidget()
            grid = QGridLayout(holder)
            grid.setContentsMargins(0, 0, 0, 8)
            grid.setColumnStretch(1, 3)
            grid.setColumnStretch(2, 1)
            grid.addWidget(set_role(QLabel(words.group_name(group)), "title"), 0, 0, 1, 3)
            row = 1
            for key, k in KPIS.items():
                if k.group == group:
                    self.rows[key] = KpiRow(key, grid, row, self.drill)
                    row += 1
            box.addWidget(holder)
            self.group_boxes.append(holder)
        self.rule = wrapped(set_role(QLabel(), "hint"))
        box.addWidget(self.rule)
        # Offline: the engagement counted on this terminal from its cache.
        self.offline_box = QWidget()
        grid = QGridLayout(self.offline_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 1)
        heading = set_role(QLabel(self.tr("Counted on this terminal")), "title")
        self.offline_words = wrapped(set_role(QLabel(), "warning"))
        grid.addWidget(heading, 0, 0, 1, 3)
        grid.addWidget(self.offline_words, 1, 0, 1, 3)
        self.local_rows: dict[str, KpiRow] = {}
        for n, key in enumerate((*LOCAL_KPIS, *LOCAL_AVERAGES)):
            self.local_rows[key] = KpiRow(key, grid, n + 2, self.drill_local)
        self.offline_box.hide()
        box.insertWidget(0, self.offline_box)
        box.addStretch(1)
        return page

    def _trends_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.orders_chart = OrdersChart()
        self.conversion_chart = RateChart("conversion", 100)
        self.csat_chart = RateChart("csat_average", 5)
        self.charts = (self.orders_chart, self.conversion_chart, self.csat_chart)
        # A day's bar or point opens the records of that figure that day: the orders, the
        # confirmed ones behind the value, the served shoppers (converted or not), ratings.
        # The keyboard's way (Tab, arrows, Enter): the highlighted day said under its chart.
        self.day_words: dict[object, QLabel] = {}
        for chart in self.charts:
            chart.day_chosen.connect(lambda key, d: self.drill(key, day=d))
            said = wrapped(set_role(QLabel(), "hint"))
            said.hide()
            chart.day_said.connect(lambda text, label=said: (label.setText(text), label.show()))
            self.day_words[chart] = said
            box.addWidget(chart)
            box.addWidget(said)
        self.trend_words = wrapped(set_role(QLabel(), "hint"))
        box.addWidget(self.trend_words)
        box.addStretch(1)
        return page

    def _associates_page(self) -> QWidget:
        page = AssociatesPage()
        page.figure_chosen.connect(lambda key, who: self.drill(key, who))
        page.local_chosen.connect(lambda key, who: self.drill_local(key, who))
        self.people = page
        # The page's tables, by the names the view has always had.
        self.associates, self.associates_view = page.associates, page.associates_view
        self.trainees, self.trainees_view = page.trainees, page.trainees_view
        self.training_words, self.figure_buttons = page.training_words, page.figure_buttons
        self.show_group = page.show_group
        return page

    def _not_seen_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.not_seen_words = wrapped(set_role(QLabel(), "hint"))
        box.addWidget(self.not_seen_words)
        self.not_seen = NotSeenModel(self)
        self.not_seen_view = table(
            self.not_seen, 0, one_row=True, empty=self.tr("No regular is missing.")
        )
        self.not_seen_view.clicked.connect(
            lambda i: self.open_shopper.emit(self.not_seen.item(i.row()).shopper_id)
        )
        self.not_seen_view.setMinimumHeight(280)
        box.addWidget(self.not_seen_view, 1)
        return page

    # --- loading ------------------------------------------------------------------------

    def set_service(self, views: ActivityViews) -> None:
        self.views = views

    def period(self) -> str:
        return next(p for p, b in self.period_buttons.items() if b.isChecked())

    def choose(self, period: str) -> None:
        self.period_buttons[period].setChecked(True)
        self.custom.setVisible(period == CUSTOM)
        if period != CUSTOM:
            self.reload()

    def days(self) -> tuple[date, date]:
        return period_days(
            self.period(), date.today(), self.first.date().toPython(), self.last.date().toPython()
        )

    def reload(self) -> None:
        if self.views is None:
            return
        try:
            first, last = self.days()
        except ValueError as exc:
            why = plain_message(exc)
            self.say(why[:1].upper() + why[1:] + ".", "error")
            return
        self.progress.show()
        self.say(self.tr("Asking HQ for the store's figures…"), "hint")
        self.runner.run(
            self.views.load, self.period(), first, last, key="store-activity",
            done=self._shown, failed=self._failed, progress=self._progress,
        )  # fmt: skip

    def _progress(self, step: object) -> None:
        if step == 2:
            self.say(self.tr("HQ did not answer: reading what this terminal keeps…"), "hint")

    def say(self, text: str, kind: str = "hint") -> None:
        self.source.setText(text)
        set_role(self.source, kind)

    def _failed(self, why: str) -> None:
        self.progress.hide()
        self.say(self.tr("The store's figures could not be shown: {why}").format(why=why), "error")
        self.loaded.emit()

    def _shown(self, view: ActivityView) -> None:
        self.progress.hide()
        self.view = view
        report = view.report
        first, last = formats.date(view.first.isoformat()), formats.date(view.last.isoformat())
        as_of = formats.date_time(view.as_of) if view.as_of else ""
        if view.from_hq:
            self.say(
                self.tr("HQ's figures for {first} to {last}, as of {when}.").format(
                    first=first, last=last, when=as_of
                )
            )
        elif report is not None:
            self.say(
                self.tr(
                    "HQ could not be reached. Shown: the report kept on this terminal "
                    "for {first} to {last}, as of {when}."
                ).format(first=first, last=last, when=as_of),
                "warning",
            )
        else:
            self.say(
                self.tr(
                    "HQ could not be reached and no report of this period is kept on "
                    "this terminal. Below: what this terminal can count by itself."
                ),
                "warning",
            )
        for holder in self.group_boxes:
            holder.setVisible(report is not None)
        self._show_report(view)
        self._show_offline(view)
        self.csv.setEnabled(True)
        self.pdf.setEnabled(True)
        self.loaded.emit()

    def _show_report(self, view: ActivityView) -> None:
        report = view.report
        self.people.show_view(view)
        if report is None:
            self.rule.setText("")
            self.not_seen.show([], "")
            self.trend_words.setText(self.tr("No daily figures without HQ's report."))
            self.not_seen_words.setText("")
            return
        money = report.currency
        for key, row in self.rows.items():
            now = report.totals.value(key)
            before = words.change_text(key, now, report.previous.figures.value(key), money)
            parts = words.parts_text(key, report.totals.parts.get(key, {}), money)
            row.show(now, before, money, parts)
        self.rule.setText(
            words.breakable(
                self.tr("Conversion window: {n} days. {rule}").format(
                    n=report.conversion_window_days, rule=words.attribution()
                )
            )
        )
        for chart in self.charts:
            chart.show_days(report.daily, money)
        self.trend_words.setText(
            self.tr(
                "One point per day of the period; a day without ratings has no CSAT point. "
                "Tap a day to see the records behind it, or Tab to a chart, choose a day "
                "with the arrow keys and press Enter."
            )
        )
        self.not_seen.show(report.not_seen, money)
        self.not_seen_words.setText(
            self.tr(
                "Regulars of the store nobody served and who bought nothing for a while, "
                "who agreed to be contacted (only their consented channels are shown). "
                "Tap one to open them."
            )
        )

    def _show_offline(self, view: ActivityView) -> None:
        local = view.offline
        self.offline_box.setVisible(local is not None)
        if local is None:
            return
        synced = formats.date_time(local.synced_at) if local.synced_at else self.tr("never")
        self.offline_words.setText(
            self.tr(
                "Not HQ's figures: counted on this terminal from its cache, for {first} to "
                "{last}. Notes and follow-ups as of the last sync ({when}) and the writes made "
                "on this terminal; visit ratings made on this terminal only."
            ).format(
                first=formats.date(view.first.isoformat()),
                last=formats.date(view.last.isoformat()),
                when=synced,
            )
        )
        for key, row in self.local_rows.items():
            row.show(local.totals.get(key), "", "")

    # --- drill-down -----------------------------------------------------------------------

    def drill(self, key: str, associate=None, day: date | None = None) -> RecordsDialog | None:
        """Open the records behind the store's figure `key` (or one associate's; of one
        day)."""
        view, views = self.view, self.views
        if view is None or view.report is None or views is None:
            return None
        if not view.from_hq:
            self.say(self.tr("The records need HQ: it could not be reached."), "warning")
            return None
        first, last = view.first, view.last
        who = associate.associate_id if associate is not None else None

        def pages(offset: int):
            page, names = views.records(key, first, last, who, offset, day=day)
            return page.records, page.total, names

        scope = associate.name if associate is not None else view.report.store_name
        return self._open_records(key, scope, pages, None, view.report.currency, day)

    def drill_local(self, key: str, associate_id: str | None = None) -> RecordsDialog | None:
        """Open the records this terminal counted for `key` (the store's, or one
        associate's)."""
        view = self.view
        if view is None or view.offline is None or self.views is None:
            return None
        rows = view.offline.records_of(key, associate_id)
        scope = self.tr("Counted on this terminal")
        if associate_id is not None:
            name = view.offline.people.get(associate_id, (associate_id or "—", ""))[0]
            scope = self.tr("{name}, counted on this terminal").format(name=name)
        dialog = self._open_records(key, scope, None, rows, "")
        views = self.views
        self.runner.run(
            views.names,
            [r.shopper_id for r in rows if r.shopper_id],
            [r.associate_id for r in rows if r.associate_id],
            key="records-names",
            done=lambda names: (dialog.names.update(names), dialog.view.viewport().update()),
        )
        return dialog

    def _open_records(self, key, scope, pages, rows, currency, day=None) -> RecordsDialog:
        if self.dialog is not None:
            self.dialog.reject()
        if day is not None:
            scope = self.tr("{scope}, {day}").format(scope=scope, day=formats.date(day.isoformat()))
        else:
            scope = self.tr("{scope}, {first} to {last}").format(
                scope=scope,
                first=formats.date(self.view.first.isoformat()),
                last=formats.date(self.view.last.isoformat()),
            )
        dialog = RecordsDialog(
            self.runner, words.kpi_name(key), words.kpi_definition(key), scope, pages,
            currency, self.window(), rows=rows,
        )  # fmt: skip
        dialog.open_shopper.connect(self.open_shopper)
        dialog.open_order.connect(self.open_order)
        dialog.finished.connect(lambda _r: self._records_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _records_closed(self, dialog: RecordsDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # --- export ---------------------------------------------------------------------------

    def ask_file(self, kind: str) -> None:
        if self.view is None:
            return
        name = f"store-activity-{self.view.first.isoformat()}-{self.view.last.isoformat()}.{kind}"
        dialog = QFileDialog(self.window(), self.tr("Export the store's activity"), name)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(lambda path: self.export(kind, path))
        dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        self.file_dialog = dialog
        dialog.open()

    def export(self, kind: str, path: str) -> None:
        """Write the view shown now to `path` (kind: csv or pdf), on the task runner."""
        view = self.view
        if view is None:
            return
        if kind == "csv":
            job = activity_export.write_csv
            args = (path, view.report, view.offline, view.from_hq)
        else:
            job = self._pdf
            args = (path, view)
        self.runner.run(
            job, *args, key="store-activity-export",
            done=lambda _r: self._exported(path), failed=self._failed,
        )  # fmt: skip

    def _pdf(self, path: str, view: ActivityView) -> None:
        note = ""
        if not view.from_hq:
            note = self.tr("Kept on this terminal: HQ could not be reached.")
        mark = ""
        if self.views is not None and self.views.training:
            mark = self.tr("TRAINING · practice figures, not a real store")
        activity_export.draw_pdf(path, view.report, offline=view.offline, note=note, mark=mark)

    def _exported(self, path: str) -> None:
        self.say(self.tr("Exported to {path}.").format(path=path))
        self.exported.emit(path)


__all__ = ["ASSOCIATE_KEYS", "StoreActivity"]
