"""The daily charts drawn from a period's days: a day without the figure breaks the line,
the scale has room above its top, and the orders chart has one grid."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import QLineSeries, QScatterSeries
from PySide6.QtCore import Qt

from clienteling.protocol.reports import DayFigures
from clienteling.ui.activity_charts import OrdersChart, RateChart

START = date(2026, 12, 1)


def days(key: str, values: list[float | None]) -> list[DayFigures]:
    return [
        DayFigures(day=START + timedelta(days=i), values={key: v}) for i, v in enumerate(values)
    ]


def test_a_day_without_ratings_breaks_the_csat_line(qtbot):
    chart = RateChart("csat_average", 5)
    qtbot.addWidget(chart)
    chart.show_days(days("csat_average", [5, 4.5, None, 4, 3, None, None, 5]))
    series = chart.chart().series()
    [dots] = [s for s in series if isinstance(s, QScatterSeries)]
    assert [(p.x(), p.y()) for p in dots.points()] == [
        (0, 5), (1, 4.5), (3, 4), (4, 3), (7, 5),
    ]  # fmt: skip
    segments = sorted(
        [p.x() for p in s.points()]
        for s in series
        if isinstance(s, QLineSeries) and not isinstance(s, QScatterSeries)
    )
    assert segments == [[0, 1], [3, 4]]  # day 7 stands alone: nothing measured on 5 and 6
    [scale] = chart.chart().axes(Qt.Orientation.Vertical)
    assert scale.max() > 5 and scale.tickInterval() == 1 and scale.tickAnchor() == 0


def test_the_orders_chart_draws_the_counts_grid_only(qtbot):
    chart = OrdersChart()
    qtbot.addWidget(chart)
    period = [
        DayFigures(day=START + timedelta(days=i), values={"orders_placed": n, "orders_value": v})
        for i, (n, v) in enumerate([(1, 0), (2, 35000), (0, 0), (3, 41000)])
    ]
    chart.show_days(period, "BRL")
    scales = chart.chart().axes(Qt.Orientation.Vertical)  # the counts' and the money's
    assert len(scales) == 2
    assert sorted(a.isGridLineVisible() for a in scales) == [False, True]
