"""The store activity view's remaining two promises, with a real HQ and a real cache:
offline, each associate's engagement counted from this terminal's cache shows in the
associates table (marked, sortable, no ranks, each figure opening its records) with the
trainees' results kept beside it; and a tap on a day of any daily chart (orders, their
value, conversion, CSAT) opens the records that day's figure was computed from, the
conversion's being the day's served shoppers, each saying whether they converted."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt

from clienteling.hq import report_kept
from clienteling.hq import tables as t
from clienteling.ui import activity_words as words
from clienteling.ui import formats
from tests.ui.conftest import ASSOCIATE, STORE
from tests.ui.test_store_activity import (
    MANAGER,
    TRAINEE,
    notes_at_hq,
    open_activity,
    training_result_at_hq,
)


def test_offline_each_associates_count_from_the_cache_shows_in_the_associates_table(
    qtbot, world, window
):
    win = window
    notes_at_hq(world, ["sh1", "sh3"])  # the associate, at another terminal
    training_result_at_hq(world)
    a = open_activity(qtbot, win)  # online: HQ's report and the trainees' results, kept
    kept_as_of = a.view.as_of
    assert a.view.training is not None and len(a.view.training) == 1
    world.services.syncing.sync()  # the two notes come to this terminal's cache
    world.stop_hq()
    # The manager writes here while HQ is away: a note and a visit rating, queued.
    assert not world.services.engagement.add_note("sh1", "browsing", "Back for the shirt").sent
    world.services.engagement.record_feedback("sh3", 4)
    with qtbot.waitSignal(a.loaded, timeout=15000):
        a.reload()
    view = a.view
    assert not view.from_hq and view.offline is not None
    a.tabs.setCurrentIndex(2)
    page = a.people

    # The same table, of what this terminal counted, marked as such with its time.
    assert page.local_box.isVisible()
    synced = formats.date_time(view.offline.synced_at)
    assert "From this terminal's cache, as of " + synced in page.local_words.text()
    assert "not HQ's figures" in page.local_words.text()
    people = {x.associate_id: x for x in page.local.items}
    assert set(people) == {ASSOCIATE, MANAGER}
    assert people[ASSOCIATE].figures.value("notes_added") == 2
    assert people[MANAGER].figures.value("notes_added") == 1
    assert people[MANAGER].figures.value("feedback_captured") == 1
    assert people[MANAGER].figures.value("csat_average") == 4
    assert people[ASSOCIATE].figures.value("csat_average") is None
    m = page.local
    notes, csat = m.keys.index("notes_added"), m.keys.index("csat_average")
    row_of = {x.associate_id: i for i, x in enumerate(m.items)}
    assert m.index(row_of[ASSOCIATE], notes).data() == "2"
    assert m.index(row_of[MANAGER], csat).data() == words.value_text("csat_average", 4, "")
    assert m.index(row_of[ASSOCIATE], csat).data() == words.EMPTY

    # Sortable by any figure, never ranked: the headings are the name and the figures.
    headers = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    assert headers == ["Associate"] + [words.kpi_name(k) for k in m.keys[1:]]
    page.local_view.sortByColumn(notes, Qt.SortOrder.DescendingOrder)
    assert [x.associate_id for x in m.items] == [ASSOCIATE, MANAGER]
    page.local_view.sortByColumn(notes, Qt.SortOrder.AscendingOrder)
    assert [x.associate_id for x in m.items] == [MANAGER, ASSOCIATE]
    page.local_view.sortByColumn(csat, Qt.SortOrder.DescendingOrder)
    assert m.items[-1].associate_id == ASSOCIATE  # nothing to show: last either way

    # A figure opens the records it counted: the manager's one note, queued here.
    mine = next(i for i, x in enumerate(m.items) if x.associate_id == MANAGER)
    page.local_view.clicked.emit(m.index(mine, notes))
    dialog = a.dialog
    assert dialog is not None and dialog.total == 1
    [note] = dialog.model.items
    assert (note.kind, note.associate_id, note.here_only) == ("note", MANAGER, True)
    assert "counted on this terminal" in dialog.scope.text()
    dialog.reject()

    # HQ's table: the report kept here, with its time; the trainees' results kept with it.
    assert page.hq_words.isVisible()
    assert formats.date_time(kept_as_of) in page.hq_words.text()
    assert {x.associate_id for x in page.associates.items} == {ASSOCIATE}
    assert not page.trainees_view.isHidden()
    assert [r.employee_id for r in page.trainees.items] == [TRAINEE]
    assert "kept report" in page.training_words.text()
    # Nothing of the terminal's count or of training reached HQ's kept figures.
    assert view.report.totals.value("notes_added") == 2


def purchase_at_hq(world, shopper_id: str, at: datetime) -> None:
    with world.db.write() as w:
        w.upsert(
            t.purchases,
            [
                {
                    "purchase_id": f"pc-{shopper_id}", "external_id": f"pc-{shopper_id}",
                    "shopper_id": shopper_id, "store_id": None, "channel": "web",
                    "purchased_at": at, "currency": "BRL", "total_minor": 9900,
                    "lines": [{"sku": "ST1-BLK-S", "quantity": 1, "unit_price_minor": 9900}],
                }
            ],
            ["purchase_id"],
        )  # fmt: skip
        report_kept.refresh(w.conn, [shopper_id])  # as HQ's purchase import does


def orders_at_hq(world, at: datetime) -> str:
    """A confirmed order and a refused one, by the associate today; the confirmed one's id."""
    confirmed = str(uuid.uuid4())
    rows = [
        {"order_id": confirmed, "store_id": STORE, "associate_id": ASSOCIATE,
         "shopper_id": "sh3", "created_at": at, "outcome": "confirmed", "fulfilment": "pickup",
         "value_minor": 18900, "currency": "BRL", "saved_oos": False, "status": "reserved",
         "completed_at": None},
        {"order_id": str(uuid.uuid4()), "store_id": STORE, "associate_id": ASSOCIATE,
         "shopper_id": "sh3", "created_at": at, "outcome": "refused", "fulfilment": "ship",
         "value_minor": 25900, "currency": "BRL", "saved_oos": False, "status": "refused",
         "completed_at": None},
    ]  # fmt: skip
    with world.db.write() as w:
        w.conn.execute(t.order_facts.insert(), rows)
    return confirmed


def tap(qtbot, chart, at: QPoint) -> None:
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=at)


def records(qtbot, a):
    qtbot.waitUntil(lambda: a.dialog is not None and a.dialog.total is not None, timeout=5000)
    dialog = a.dialog
    return dialog, list(dialog.model.items)


def test_a_tap_on_a_day_of_each_chart_opens_the_records_behind_that_days_figure(
    qtbot, world, window
):
    win = window
    now = datetime.now(UTC)
    notes_at_hq(world, ["sh1", "sh3"])  # sh1 and sh3 served today
    purchase_at_hq(world, "sh1", now + timedelta(seconds=30))  # sh1 bought after: converted
    confirmed = orders_at_hq(world, now)
    a = open_activity(qtbot, win)
    world.services.engagement.record_feedback("sh3", 4)  # sent to HQ at once: online
    with qtbot.waitSignal(a.loaded, timeout=10000):
        a.reload()
    a.tabs.setCurrentIndex(1)
    win.resize(1280, 800)
    qtbot.wait(50)
    conversion = a.conversion_chart
    [today] = [i for i, d in enumerate(conversion.days) if d.values.get("conversion") is not None]
    assert conversion.days[today].values["conversion"] == 50.0  # 1 of the 2 served shoppers

    # The conversion's point: the day's served shoppers, once each, which of them converted.
    tap(qtbot, conversion, conversion.position("conversion", today))
    dialog, rows = records(qtbot, a)
    assert dialog.windowTitle() == words.kpi_name("conversion")
    assert formats.date(conversion.days[today].day.isoformat()) in dialog.scope.text()
    assert dialog.total == 2
    assert {r.shopper_id: r.detail for r in rows} == {"sh1": "converted", "sh3": "not converted"}
    assert {r.associate_id for r in rows} == {ASSOCIATE}
    what = {r.shopper_id: dialog.model.index(i, 1).data() for i, r in enumerate(rows)}
    assert what == {"sh1": "Converted", "sh3": "Not converted"}
    sh3 = next(i for i, r in enumerate(rows) if r.shopper_id == "sh3")
    with qtbot.waitSignal(win.profile.loaded, timeout=8000):
        dialog.view.clicked.emit(dialog.model.index(sh3, 0))
    assert win.current == "profile" and win.profile.who[0] == "sh3"
    win.go_back()
    a.tabs.setCurrentIndex(1)
    qtbot.wait(50)

    # The value's point: the confirmed order only; the day's bar: both orders placed.
    orders = a.orders_chart
    tap(qtbot, orders, orders.position("orders_value", today))
    dialog, rows = records(qtbot, a)
    assert dialog.windowTitle() == words.kpi_name("orders_value")
    assert [r.order_id for r in rows] == [confirmed] and rows[0].value_minor == 18900
    dialog.reject()
    bottom = orders.chart().mapToPosition(QPointF(today, 0), orders.drawn["orders_placed"])
    foot = orders.mapFromScene(orders.chart().mapToScene(bottom)) - QPoint(0, 12)
    tap(qtbot, orders, foot)  # low in the bar, far from the value's point
    dialog, rows = records(qtbot, a)
    assert dialog.windowTitle() == words.kpi_name("orders_placed")
    assert {r.kind.value for r in rows} == {"order", "order_refused"}
    dialog.reject()

    # CSAT: the day's rating; a day without ratings has no point and opens nothing.
    csat = a.csat_chart
    tap(qtbot, csat, csat.position("csat_average", today))
    dialog, rows = records(qtbot, a)
    assert [(r.kind.value, r.shopper_id, r.score) for r in rows] == [("feedback", "sh3", 4)]
    dialog.reject()
    qtbot.waitUntil(lambda: a.dialog is None, timeout=2000)
    empty = next(i for i, d in enumerate(csat.days) if d.values.get("csat_average") is None)
    at = csat.chart().mapToPosition(QPointF(empty, 3), csat.drawn["csat_average"])
    tap(qtbot, csat, csat.mapFromScene(csat.chart().mapToScene(at)))
    assert a.dialog is None
