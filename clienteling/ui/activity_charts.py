"""The store activity view's daily charts (QtCharts): orders and their value, conversion and
CSAT, one point per day of the period, in the theme's colours.

A day with nothing to compute a figure from (no rating that day) has no point: the line
breaks there rather than dropping to zero.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QSizePolicy

from clienteling.protocol.reports import DayFigures

from . import activity_words as words
from . import formats

CHART_HEIGHT = 240
TOUCH = 44  # px: a finger's target


def _dark() -> bool:
    app = QApplication.instance()
    return app is not None and app.property("clienteling_theme") == "dark"


def _day_label(day) -> str:
    """The day and month as the locale orders them ("6 Dec", "Dec 6"): no year on an axis."""
    from PySide6.QtCore import QDate, QLocale

    shown = formats.date(day.isoformat())
    year = str(day.year)
    short = shown.replace(year, "").strip(" ,.г")
    return short or QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


class DailyChart(QChartView):
    """One chart of the period's days; `show_days` draws it again. Tapping a day (anywhere in
    its column of the plot: a finger needs more than a point) says which figure of which
    day (`day_chosen`): its records open. A day with no point (nothing to compute from)
    opens nothing."""

    day_chosen = Signal(str, object)  # the KPI key, the date

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.title = title
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.setStyleSheet("background: transparent")
        self.setMinimumHeight(CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.points: dict[str, list[tuple[int, float]]] = {}  # series -> (day index, value)
        self.days: list[DayFigures] = []
        self.drawn: dict[str, QAbstractSeries] = {}  # figure -> its series
        self.anchor: QAbstractSeries | None = None  # on the days' axis: maps a tap to a day

    def _chose(self, index: float, key: str | None = None) -> None:
        """Say the day at `index` (its figure `key`, by default the chart's first)."""
        i = round(index)
        key = key or next(iter(self.points), None)
        if key is not None and 0 <= i < len(self.days):
            self.day_chosen.emit(key, self.days[i].day)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        chart = self.chart()
        if event.button() != Qt.MouseButton.LeftButton or self.anchor is None or not self.days:
            return
        at = chart.mapFromScene(self.mapToScene(event.position().toPoint()))
        if not chart.plotArea().adjusted(-8, -8, 8, 8).contains(at):
            return
        i = round(chart.mapToValue(at, self.anchor).x())
        if 0 <= i < len(self.days):
            key = self.key_at(i, at.y())
            if key is not None:
                self._chose(i, key)

    def key_at(self, i: int, _y: float) -> str | None:
        """The figure a tap at day `i`, height `_y` (chart coordinates) opens: the chart's
        figure, when the day has a point."""
        key = next(iter(self.points), None)
        has = key is not None and any(n == i for n, _v in self.points[key])
        return key if has else None

    def position(self, key: str, i: int) -> QPoint:
        """Where day `i`'s point (or bar top) of figure `key` is, in the view's coordinates."""
        value = dict(self.points.get(key, [])).get(i, 0.0)
        at = self.chart().mapToPosition(QPointF(i, value), self.drawn[key])
        return self.mapFromScene(self.chart().mapToScene(at))

    def _chart(self) -> QChart:
        chart = QChart()
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if _dark() else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundRoundness(0)
        if _dark():
            chart.setBackgroundBrush(QColor("#1f242b"))
        chart.setTitle(self.title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    def _days_axis(self, chart: QChart, days: list[DayFigures]) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        step = max(1, len(days) // 7)  # at most ~7 labels: the rest stay blank
        # Category labels must differ: the unlabelled days get zero-width spaces.
        labels = [
            _day_label(d.day) if i % step == 0 else "\u200b" * (i + 1) for i, d in enumerate(days)
        ]
        axis.append(labels)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        return axis

    def _line(self, chart, days, key, name, axis_x, axis_y) -> QLineSeries:
        series = QLineSeries()
        series.setName(name)
        series.setPointsVisible(True)
        points = [(i, d.values.get(key)) for i, d in enumerate(days)]
        kept = [(i, float(v)) for i, v in points if v is not None]
        for i, v in kept:
            series.append(i, v)
        self.points[key] = kept
        self.drawn[key] = series
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        return series

    def _value_axis(self, chart, top: float, align, label_format: str = "%.0f") -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(0, max(top, 1) * 1.1)
        axis.setLabelFormat(label_format)
        axis.applyNiceNumbers()
        chart.addAxis(axis, align)
        return axis


class OrdersChart(DailyChart):
    """Orders placed per day (bars) and their value (a line, on its own axis)."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            QCoreApplication.translate("StoreActivity", "Orders and their value"), parent
        )

    def show_days(self, days: list[DayFigures], currency: str) -> None:
        self.days = days
        chart = self._chart()
        axis_x = self._days_axis(chart, days)
        bars = QBarSet(words.kpi_name("orders_placed"))
        counts = [float(d.values.get("orders_placed") or 0) for d in days]
        bars.append(counts)
        self.points = {"orders_placed": list(enumerate(counts))}
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        series.attachAxis(axis_x)
        count_axis = self._value_axis(chart, max(counts, default=0), Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(count_axis)
        values = [float(d.values.get("orders_value") or 0) / 100 for d in days]
        money_axis = self._value_axis(chart, max(values, default=0), Qt.AlignmentFlag.AlignRight)
        line = QLineSeries()
        line.setName(f"{words.kpi_name('orders_value')} ({currency})")
        for i, v in enumerate(values):
            line.append(i, v)
        self.points["orders_value"] = list(enumerate(values))
        chart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(money_axis)
        line.setPointsVisible(True)
        self.drawn = {"orders_placed": series, "orders_value": line}
        self.anchor = line
        self.setChart(chart)

    def key_at(self, i: int, y: float) -> str | None:
        """Near the value's point (within half a finger): the value; else the orders. A
        value of 0 sits on the axis at the foot of the bar: the bar wins there."""
        value = self.points["orders_value"][i][1]
        count = self.points["orders_placed"][i][1]
        at = self.chart().mapToPosition(QPointF(i, value), self.drawn["orders_value"]).y()
        near = abs(y - at) <= TOUCH / 2
        return "orders_value" if near and (value > 0 or count == 0) else "orders_placed"


class RateChart(DailyChart):
    """One figure per day on a fixed scale: conversion (0-100 %) or CSAT (1-5)."""

    def __init__(self, key: str, top: float, parent=None) -> None:
        super().__init__(words.kpi_name(key), parent)
        self.key, self.top = key, top

    def show_days(self, days: list[DayFigures], _currency: str = "") -> None:
        self.days = days
        chart = self._chart()
        axis_x = self._days_axis(chart, days)
        axis_y = QValueAxis()
        axis_y.setRange(0, self.top)
        axis_y.setLabelFormat("%.0f")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        self.points, self.drawn = {}, {}
        self.anchor = self._line(chart, days, self.key, words.kpi_name(self.key), axis_x, axis_y)
        chart.legend().hide()
        self.setChart(chart)
