"""The store activity's daily charts with the keyboard, with a real HQ and a real cache: on a
30-day period in portrait a day's column is narrower than a finger, so each chart takes
focus (Tab), Left/Right/Home/End move a highlighted day that is said in words under the
chart, Up/Down choose the orders chart's figure, and Enter or Space opens the records of
that figure that day, as a tap does."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from clienteling.ui import activity_words as words
from clienteling.ui import formats
from tests.hq_live import STORES
from tests.ui.conftest import ASSOCIATE
from tests.ui.test_store_activity import notes_at_hq, open_activity
from tests.ui.test_store_activity_drill import orders_at_hq, purchase_at_hq, records

TOUCH = 44


def press(qtbot, chart, *keys) -> None:
    for key in keys:
        qtbot.keyClick(chart, key)


def said(a, chart) -> str:
    label = a.day_words[chart]
    assert label.isVisible()
    return label.text()


def opened(qtbot, a, chart, key) -> tuple:
    """Press `key` on `chart`: the records dialog opens; its title, scope and rows."""
    press(qtbot, chart, key)
    dialog, rows = records(qtbot, a)
    return dialog.windowTitle(), dialog.scope.text(), rows


def closed(qtbot, a, chart) -> None:
    """Close the records: the keyboard is back on the chart, on the same day."""
    day, dialog = chart.current, a.dialog
    dialog.reject()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=2000)  # gone, not hidden
    window = chart.window()
    window.activateWindow()  # a window manager's part; the offscreen platform has none
    qtbot.waitUntil(lambda: a.dialog is None and chart.hasFocus(), timeout=2000)
    assert chart.current == day


@pytest.fixture
def store_clock(monkeypatch):
    """This terminal's clock in its store's time zone (BR-SP-01's, São Paulo), as a store's
    terminals are set: the screen counts days by the terminal's clock and HQ by the store's,
    so on a machine kept in UTC they part for the three hours after midnight UTC."""
    monkeypatch.setenv("TZ", STORES["BR-SP-01"][-1])
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_keyboard_chooses_a_day_of_each_chart_and_opens_its_records(
    qtbot, store_clock, world, window
):
    win = window
    now = datetime.now(UTC)
    notes_at_hq(world, ["sh1", "sh3"])  # sh1 and sh3 served today
    purchase_at_hq(world, "sh1", now + timedelta(seconds=30))  # sh1 converted
    confirmed = orders_at_hq(world, now)  # today: one confirmed, one refused
    a = open_activity(qtbot, win)
    world.services.engagement.record_feedback("sh3", 4)
    with qtbot.waitSignal(a.loaded, timeout=10000):
        a.choose("30d")
    a.tabs.setCurrentIndex(1)
    win.resize(800, 1280)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    qtbot.wait(50)
    orders, conversion, csat = a.orders_chart, a.conversion_chart, a.csat_chart
    assert len(orders.days) == 30
    # Why the keyboard: a day's column is narrower than a finger here.
    x = [orders.chart().mapToPosition(QPointF(i, 0), orders.anchor).x() for i in (0, 1)]
    assert x[1] - x[0] < TOUCH
    for chart in a.charts:
        assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert chart.accessibleName() and "Enter" in chart.accessibleDescription()
    [today] = [i for i, d in enumerate(conversion.days) if d.values.get("conversion") is not None]
    day = formats.date(orders.days[today].day.isoformat())
    yesterday = formats.date(orders.days[today - 1].day.isoformat())

    # The orders chart: focus lands on the period's last day; End, Left, Right move it.
    orders.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(orders.hasFocus, timeout=2000)
    assert orders.current == len(orders.days) - 1
    press(qtbot, orders, Qt.Key.Key_Home)
    assert orders.current == 0
    press(qtbot, orders, Qt.Key.Key_End, Qt.Key.Key_Left)
    assert orders.current == len(orders.days) - 2
    press(qtbot, orders, Qt.Key.Key_Right)
    assert orders.current == today
    text = said(a, orders)
    assert day in text and words.kpi_name("orders_placed") in text and ": 2." in text
    assert orders.toolTip() == text and orders.accessibleDescription() == text

    # Enter: the day's orders placed, the refused one too.
    title, scope, rows = opened(qtbot, a, orders, Qt.Key.Key_Return)
    assert title == words.kpi_name("orders_placed") and day in scope
    assert {r.kind.value for r in rows} == {"order", "order_refused"}
    closed(qtbot, a, orders)
    # Up: the value; Space opens the confirmed order behind it.
    press(qtbot, orders, Qt.Key.Key_Up)
    text = said(a, orders)
    assert words.kpi_name("orders_value") in text
    assert words.value_text("orders_value", 18900, "BRL") in text
    title, scope, rows = opened(qtbot, a, orders, Qt.Key.Key_Space)
    assert title == words.kpi_name("orders_value") and day in scope
    assert [r.order_id for r in rows] == [confirmed]
    closed(qtbot, a, orders)

    # Tab: the conversion chart, its last day; Enter opens that day's served shoppers.
    press(qtbot, orders, Qt.Key.Key_Tab)
    qtbot.waitUntil(conversion.hasFocus, timeout=2000)
    press(qtbot, conversion, Qt.Key.Key_End)
    assert conversion.current == today
    assert words.value_text("conversion", 50.0, "") in said(a, conversion)
    title, scope, rows = opened(qtbot, a, conversion, Qt.Key.Key_Enter)
    assert title == words.kpi_name("conversion") and day in scope
    assert {r.shopper_id: r.detail for r in rows} == {"sh1": "converted", "sh3": "not converted"}
    assert {r.associate_id for r in rows} == {ASSOCIATE}
    closed(qtbot, a, conversion)

    # CSAT: a day without ratings is said so and opens nothing; the rated day opens its rating.
    press(qtbot, conversion, Qt.Key.Key_Tab)
    qtbot.waitUntil(csat.hasFocus, timeout=2000)
    press(qtbot, csat, Qt.Key.Key_End, Qt.Key.Key_Left)
    text = said(a, csat)
    assert yesterday in text and "nothing to compute" in text
    press(qtbot, csat, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert a.dialog is None
    press(qtbot, csat, Qt.Key.Key_Right)
    assert csat.hasFocus()
    assert words.value_text("csat_average", 4, "") in said(a, csat)
    title, scope, rows = opened(qtbot, a, csat, Qt.Key.Key_Return)
    assert title == words.kpi_name("csat_average") and day in scope
    assert [(r.kind.value, r.shopper_id, r.score) for r in rows] == [("feedback", "sh3", 4)]
    closed(qtbot, a, csat)
