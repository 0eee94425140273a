"""The store activity view's daily charts (QtCharts): orders and their value, conversion and
CSAT, one point per day of the period, in the theme's colours.

A day with nothing to compute a figure from (no rating that day) has no point: the line
breaks there rather than dropping to zero.
"""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QAbstractSeries,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
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
    opens nothing.

    The keyboard does the same, and is the way in where a day's column is narrower than a
    finger (30 days in portrait): the chart takes focus (Tab), Left/Right (Home/End) move a
    highlighted day, Up/Down choose the figure where the chart has two, Enter or Space
    opens its records. The highlighted day and its figure are said in words (`day_said`,
    the tooltip and the accessible description)."""

    day_chosen = Signal(str, object)  # the KPI key, the date
    day_said = Signal(str)  # the highlighted day and its figure, in words

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.title = title
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.setStyleSheet("background: transparent")
        self.setMinimumHeight(CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.how())
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.points: dict[str, list[tuple[int, float]]] = {}  # series -> (day index, value)
        self.days: list[DayFigures] = []
        self.drawn: dict[str, QAbstractSeries] = {}  # figure -> its series
        self.anchor: QAbstractSeries | None = None  # on the days' axis: maps a tap to a day
        self.current: int | None = None  # the day highlighted by the keyboard (or a tap)
        self.figure = 0  # which of the chart's figures the keyboard opens (Up/Down)
        self.currency = ""

    @staticmethod
    def how() -> str:
        return QCoreApplication.translate(
            "StoreActivity",
            "Daily chart. Left and Right choose a day, Home and End the first and the last, "
            "Up and Down the figure; Enter or Space opens that day's records.",
        )

    def _chose(self, index: float, key: str | None = None) -> None:
        """Say the day at `index` (its figure `key`, by default the chart's first)."""
        i = round(index)
        key = key or next(iter(self.points), None)
        if key is not None and 0 <= i < len(self.days):
            self.day_chosen.emit(key, self.days[i].day)

    # --- the keyboard ------------------------------------------------------------------------

    def figure_key(self) -> str | None:
        keys = list(self.points)
        return keys[self.figure % len(keys)] if keys else None

    def has_point(self, key: str, i: int) -> bool:
        return any(n == i for n, _v in self.points.get(key, []))

    def day_words(self, i: int) -> str:
        """Day `i` and the chosen figure's value that day, in words."""
        key = self.figure_key()
        day = self.days[i].day
        when = QCoreApplication.translate("StoreActivity", "{weekday} {date}").format(
            weekday=QLocale().dayName(day.isoweekday()), date=formats.date(day.isoformat())
        )
        if key is None or not self.has_point(key, i):
            return QCoreApplication.translate(
                "StoreActivity", "{day} · {figure}: nothing to compute it from that day."
            ).format(day=when, figure=words.kpi_name(key or ""))
        value = self.days[i].values.get(key) or 0  # a day without orders: none, 0
        return QCoreApplication.translate(
            "StoreActivity", "{day} · {figure}: {value}. Enter or Space opens its records."
        ).format(
            day=when, figure=words.kpi_name(key), value=words.value_text(key, value, self.currency)
        )

    def highlight(self, i: int) -> None:
        """Highlight day `i` and say it."""
        self.current = i
        said = self.day_words(i)
        self.setToolTip(said)
        self.setAccessibleDescription(said)
        self.day_said.emit(said)
        self.viewport().update()

    def keyPressEvent(self, event) -> None:
        k, n = Qt.Key, len(self.days)
        key = event.key()
        if not n or self.anchor is None:
            super().keyPressEvent(event)
            return
        i = self.current if self.current is not None else n - 1
        moves = {k.Key_Left: i - 1, k.Key_Right: i + 1, k.Key_Home: 0, k.Key_End: n - 1}
        if key in moves:
            self.highlight(max(0, min(n - 1, moves[key])))
        elif key in (k.Key_Up, k.Key_Down) and len(self.points) > 1:
            self.figure = (self.figure + (1 if key == k.Key_Up else -1)) % len(self.points)
            self.highlight(i)
        elif key in (k.Key_Return, k.Key_Enter, k.Key_Space):
            self.highlight(i)
            figure = self.figure_key()
            if figure is not None and self.has_point(figure, i):
                self._chose(i, figure)
        else:
            super().keyPressEvent(event)  # Tab and the rest: as any widget
            return
        event.accept()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self.days:  # the day last highlighted, else the period's last day
            self.highlight(self.current if self.current is not None else len(self.days) - 1)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def setChart(self, chart: QChart) -> None:
        super().setChart(chart)
        # New days (another period): the highlight stays on a day that exists.
        if self.current is not None and self.days:
            self.highlight(min(self.current, len(self.days) - 1))
        elif not self.days:
            self.current = None
            self.setToolTip("")
            self.setAccessibleDescription(self.how())

    def drawForeground(self, painter: QPainter, rect) -> None:
        """With focus: a frame round the plot, the highlighted day's column and a ring on the
        point (or bar top) Enter opens."""
        super().drawForeground(painter, rect)
        if not self.hasFocus() or self.anchor is None or self.chart() is None:
            return
        chart = self.chart()
        plot = chart.plotArea()
        accent = self.palette().highlight().color()
        painter.save()
        painter.setPen(QPen(accent.darker(130), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(chart.mapRectToScene(plot.adjusted(-2, -2, 2, 2)))
        i = self.current
        if i is not None and 0 <= i < len(self.days):
            left = chart.mapToPosition(QPointF(i - 0.5, 0), self.anchor).x()
            right = chart.mapToPosition(QPointF(i + 0.5, 0), self.anchor).x()
            column = QRectF(left, plot.top(), right - left, plot.height())
            fill = QColor(accent)
            fill.setAlpha(90)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRect(chart.mapRectToScene(column))
            key = self.figure_key()
            if key is not None and self.has_point(key, i) and key in self.drawn:
                value = dict(self.points[key]).get(i, 0.0)
                at = chart.mapToScene(chart.mapToPosition(QPointF(i, value), self.drawn[key]))
                painter.setPen(QPen(accent.darker(170), 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(at, 9, 9)
        painter.restore()

    # --- the finger ----------------------------------------------------------------------------

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
                self.figure = list(self.points).index(key)
                self.highlight(i)  # the keyboard goes on from the day tapped
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

    def _days_axis(self, chart: QChart, days: list[DayFigures]) -> QCategoryAxis:
        """Day i at x = i. At most ~7 labels, the last day's always among them, each placed
        on its day: a label gets the room between two labels, not one day's column (a bar
        category axis elides every label to "…" on 30 days in portrait)."""
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis.setRange(-0.5, max(len(days), 1) - 0.5)
        axis.setStartValue(-0.5)
        axis.setGridLineVisible(False)
        # A week: every day. Longer: ~6 labels (on 30 days in portrait, ~100 px each: room
        # for "13 нояб").
        step = 1 if len(days) <= 7 else math.ceil(len(days) / 6)
        for i, d in enumerate(days):
            if (len(days) - 1 - i) % step == 0:
                axis.append(_day_label(d.day), i)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        return axis

    def _line(self, chart, days, key, name, axis_x, axis_y) -> QScatterSeries:
        """Day `i`'s figure as a dot; a line joins dots of days that follow one another
        only: a day without the figure breaks it (a line across it would claim a trend
        nobody measured)."""
        dots = QScatterSeries()
        dots.setName(name)
        dots.setMarkerSize(9)
        points = [(i, d.values.get(key)) for i, d in enumerate(days)]
        kept = [(i, float(v)) for i, v in points if v is not None]
        for i, v in kept:
            dots.append(i, v)
        self.points[key] = kept
        self.drawn[key] = dots
        chart.addSeries(dots)
        dots.attachAxis(axis_x)
        dots.attachAxis(axis_y)
        colour = dots.color()  # the theme's, given on adding
        dots.setBorderColor(colour)
        runs: list[list[tuple[int, float]]] = []
        for i, v in kept:
            if runs and runs[-1][-1][0] == i - 1:
                runs[-1].append((i, v))
            else:
                runs.append([(i, v)])
        for run in (r for r in runs if len(r) > 1):
            segment = QLineSeries()
            segment.setPen(QPen(colour, 2))
            for i, v in run:
                segment.append(i, v)
            chart.addSeries(segment)
            segment.attachAxis(axis_x)
            segment.attachAxis(axis_y)
        return dots

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
        self.days, self.currency = days, currency
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
        money_axis.setGridLineVisible(False)  # the counts' grid only: two would not line up
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
        # A little room above the top of the scale: a dot at 100 % (or 5) and the ring
        # round it show whole; the ticks stay on round values (each score of CSAT; every
        # 25 % of conversion), anchored at 0.
        axis_y.setRange(0, self.top * 1.06)
        axis_y.setLabelFormat("%.0f")
        axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_y.setTickAnchor(0)
        axis_y.setTickInterval(1 if self.top <= 10 else self.top / 4)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        # No axis on the right: room there for half of the last day's label, centred on it.
        last = _day_label(days[-1].day) if days else ""
        half = QFontMetrics(axis_x.labelsFont()).horizontalAdvance(last) // 2
        chart.setMargins(QMargins(4, 4, max(4, half), 4))
        self.points, self.drawn = {}, {}
        self.anchor = self._line(chart, days, self.key, words.kpi_name(self.key), axis_x, axis_y)
        chart.legend().hide()
        self.setChart(chart)
