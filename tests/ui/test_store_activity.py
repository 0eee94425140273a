"""The store activity view on the manager's screen, with a real HQ: HQ's figures beside their
definitions, every number opening its records and each record its shopper; offline, the
report kept on this terminal with its "as of" time and the engagement counted from the
cache, marked; CSV and PDF exports that open; the terminals with what is known of each;
managers only."""

from __future__ import annotations

import csv
import uuid
from datetime import UTC, datetime

import httpx
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from clienteling import __version__
from clienteling.domain.kpis import KPIS
from clienteling.protocol.reports import STORE_ACTIVITY_PATH, StoreActivityReport
from clienteling.ui import activity_words as words
from clienteling.ui import formats
from tests.ui.conftest import ASSOCIATE, STORE
from tests.ui.test_screens import sign_in

MANAGER, TRAINEE = f"{STORE}-manager", f"{STORE}-trainee"


def notes_at_hq(world, shoppers: list[str]) -> list[str]:
    """The associate writes notes at another terminal of the store."""
    token = world.hq.sign_in(world.hq.enroll(STORE, "till 2"), ASSOCIATE)
    made = []
    with world.hq.client(token) as client:
        for shopper_id in shoppers:
            note = {
                "note_id": str(uuid.uuid4()),
                "shopper_id": shopper_id,
                "reason": "browsing",
                "text": "Asked for linen shirts",
            }
            assert client.post("/v1/notes", json=note).status_code == 201
            made.append(note["note_id"])
    return made


def report_at_hq(world, view) -> StoreActivityReport:
    """HQ's own answer for the period the view shows, asked as the manager elsewhere."""
    token = world.hq.sign_in(world.hq.enroll(STORE, "till 3"), MANAGER)
    params = {"store": STORE, "from": view.first.isoformat(), "to": view.last.isoformat()}
    with httpx.Client(base_url=world.url, headers={"Authorization": f"Bearer {token}"}) as c:
        answer = c.get(STORE_ACTIVITY_PATH, params=params)
    assert answer.status_code == 200, answer.text
    return StoreActivityReport.model_validate(answer.json())


def training_result_at_hq(world) -> None:
    """A trainee's scenario result, sent to HQ from another terminal of the store."""
    token = world.hq.sign_in(world.hq.enroll(STORE, "till 4"), TRAINEE)
    result = {
        "result_id": str(uuid.uuid4()),
        "employee_id": TRAINEE,
        "scenario_id": "find-by-phone",
        "seconds": 185,
        "hints": 1,
        "mistakes": 2,
        "finished_at": datetime.now(UTC).isoformat(),
    }
    with world.hq.client(token) as client:
        assert client.post("/v1/training-results", json=result).status_code in (200, 201)


def open_activity(qtbot, win):
    sign_in(qtbot, win, employee_id=MANAGER)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    a = win.manager.activity
    with qtbot.waitSignal(a.loaded, timeout=10000):
        win.roles.open_manager()
    assert win.current == "manager" and win.manager.tabs.currentIndex() == 0
    return a


def test_the_manager_sees_hqs_figures_with_their_definitions_and_each_opens_its_records(
    qtbot, world, window, tmp_path
):
    win = window
    notes_at_hq(world, ["sh1", "sh3"])
    a = open_activity(qtbot, win)
    view = a.view
    assert view.from_hq and view.report is not None and view.offline is None
    assert "HQ's figures" in a.source.text()
    assert formats.date_time(view.as_of) in a.source.text()

    # Every KPI shows HQ's value, its definition beside it and the previous period's.
    hq = report_at_hq(world, view)
    for key, row in a.rows.items():
        assert row.value.text() == words.value_text(key, hq.totals.value(key), hq.currency), key
        assert KPIS[key].definition in row.about.text()
        assert row.before.text().startswith("Previous period:")
    assert a.rows["notes_added"].value.text() == "2"  # the two notes written at till 2
    assert "never split" in a.rule.text()

    # The number opens its records, and a record its shopper.
    qtbot.mouseClick(a.rows["notes_added"].value, Qt.MouseButton.LeftButton)
    dialog = a.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.total is not None, timeout=5000)
    shown = {r.shopper_id for r in dialog.model.items}
    assert shown == {"sh1", "sh3"} and dialog.total == 2
    assert {r.kind.value for r in dialog.model.items} == {"note"}
    row = next(i for i, r in enumerate(dialog.model.items) if r.shopper_id == "sh3")
    with qtbot.waitSignal(win.profile.loaded, timeout=8000):
        dialog.view.clicked.emit(dialog.model.index(row, 0))
    assert win.current == "profile" and win.profile.who[0] == "sh3"

    # The associates' table: by name, one row each, a figure opens that person's records.
    win.go_back()
    assert win.current == "manager"
    people = [x.associate_id for x in a.associates.items]
    assert ASSOCIATE in people
    assert [x.name for x in a.associates.items] == sorted(
        (x.name for x in a.associates.items), key=str.casefold
    )
    mine = people.index(ASSOCIATE)
    column = a.associates.keys.index("notes_added")
    assert a.associates.index(mine, column).data() == "2"
    a.associates_view.clicked.emit(a.associates.index(mine, column))
    dialog = a.dialog
    qtbot.waitUntil(lambda: dialog.total is not None, timeout=5000)
    assert dialog.total == 2 and {r.associate_id for r in dialog.model.items} == {ASSOCIATE}
    dialog.reject()

    # Sorting by a figure reorders, never ranks: no number or medal column appears.
    a.associates_view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert a.associates.items[0].associate_id == ASSOCIATE
    headers = [a.associates.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Associate", "Shoppers served", "Notes added"]

    # The charts have a point per day of the period.
    assert len(a.orders_chart.points["orders_placed"]) == (view.last - view.first).days + 1

    # The command line's PDF drawer: one associate's figures, rendered; a stranger refused.
    from clienteling.ui.activity_pdf import write_pdf

    write_pdf(hq, tmp_path / "one.pdf", associate_id=ASSOCIATE)
    assert rendered_pages(tmp_path / "one.pdf") >= 1
    with pytest.raises(KeyError, match="no activity"):
        write_pdf(hq, tmp_path / "none.pdf", associate_id="nobody")

    # From a training terminal every page says TRAINING; a store's export does not.
    from clienteling.ui.activity_export import draw_pdf

    mark = "TRAINING · practice figures, not a real store"
    draw_pdf(str(tmp_path / "training.pdf"), hq, mark=mark)
    assert all("TRAINING" in text for text in page_texts(tmp_path / "training.pdf"))
    assert not any("TRAINING" in text for text in page_texts(tmp_path / "one.pdf"))


def page_texts(path) -> list[str]:
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    texts = [doc.getAllText(page).text() for page in range(doc.pageCount())]
    doc.close()
    return texts


def rendered_pages(path) -> int:
    """Pages of a PDF that render to an image with text on it (QtPdf)."""
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    for page in range(doc.pageCount()):
        gray = doc.render(page, QSize(595, 842)).convertToFormat(QImage.Format.Format_Grayscale8)
        dark = sum(
            1 for y in range(0, gray.height(), 4) for x in range(0, gray.width(), 4)
            if gray.pixelColor(x, y).lightness() < 128
        )  # fmt: skip
        assert dark > 100, f"page {page + 1} is blank"
    count = doc.pageCount()
    doc.close()
    return count


def test_offline_the_kept_report_shows_with_its_time_and_the_terminals_own_count_marked(
    qtbot, world, window, tmp_path
):
    win = window
    notes_at_hq(world, ["sh1", "sh3"])
    a = open_activity(qtbot, win)
    kept_as_of = a.view.as_of
    world.services.syncing.sync()  # the two notes come to this terminal's cache
    world.stop_hq()
    # A note written here while HQ is away waits in the outbox: counted here, marked.
    saved = world.services.engagement.add_note("sh1", "browsing", "Came back for the shirt")
    assert not saved.sent
    with qtbot.waitSignal(a.loaded, timeout=15000):
        a.reload()
    view = a.view
    assert not view.from_hq and view.report is not None and view.as_of == kept_as_of
    text = a.source.text()
    assert "HQ could not be reached" in text and formats.date_time(kept_as_of) in text
    assert a.rows["notes_added"].value.text() == "2"  # HQ's figure, as it was
    assert a.offline_box.isVisible()
    assert "Not HQ's figures" in a.offline_words.text()
    assert a.local_rows["notes_added"].value.text() == "3"  # 2 synced + 1 queued here
    # Its records: the three notes, the queued one among them.
    qtbot.mouseClick(a.local_rows["notes_added"].value, Qt.MouseButton.LeftButton)
    assert a.dialog.total == 3 and sum(r.here_only for r in a.dialog.model.items) == 1
    a.dialog.reject()

    # CSV: the kept report and the terminal's own count, each saying where it comes from.
    path = tmp_path / "activity.csv"
    with qtbot.waitSignal(a.exported, timeout=8000):
        a.export("csv", str(path))
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert set(rows[0]) == {"associate_id", "kpi", "value", "source"}
    store = {(r["kpi"], r["source"]): r["value"] for r in rows if r["associate_id"] == ""}
    assert store[("notes_added", "hq-kept")] == "2"
    assert store[("notes_added", "terminal")] == "3"
    assert {k for k, s in store if s == "hq-kept"} == set(KPIS)

    # PDF: it opens and renders to an image with something drawn on it.
    pdf = tmp_path / "activity.pdf"
    with qtbot.waitSignal(a.exported, timeout=15000):
        a.export("pdf", str(pdf))
    assert rendered_pages(pdf) >= 2


def test_the_terminals_show_what_is_known_of_each_and_say_what_is_not(qtbot, world, window):
    win = window
    world.hq.enroll(STORE, "till 2")
    open_activity(qtbot, win)
    m = win.manager
    qtbot.waitUntil(lambda: len(m.terminals.items) == 2, timeout=5000)
    here, other = m.terminals.items
    assert here.this_one and here.app_version == __version__
    assert here.queued == 0 and here.parked == 0 and here.last_sync is not None
    assert other.app_version is None and other.queued is None
    assert other.online is False  # HQ has not heard from it since it was enrolled
    columns = [m.terminals.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    version = columns.index("App version")
    assert m.terminals.index(1, version).data() == "not reported"
    assert m.terminals.index(0, version).data() == __version__
    assert "not reported" in m.fleet_words.text()


@pytest.mark.parametrize("who", [ASSOCIATE, TRAINEE])
def test_the_store_activity_is_for_managers_only(qtbot, world, window, who):
    from clienteling.services.activity_view import ActivityViews

    win = window
    sign_in(qtbot, win, employee_id=who)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    win.roles.open_manager()
    assert win.current == "home" and "Only a manager" in win.scan_banner.message
    s = world.services
    views = ActivityViews(s.management, s.syncing, s.store_id)
    with pytest.raises(PermissionError, match="only a manager"):
        views.load("7d", *views_days())


def views_days():
    from datetime import date

    from clienteling.services.activity_view import WEEK, period_days

    return period_days(WEEK, date.today())


def test_an_order_placed_here_opens_from_its_number_on_the_orders_screen(qtbot, world, window):
    from tests.hq_live import set_stock
    from tests.ui.test_stock_and_orders import open_profile, order_form, place, stock_of

    win = window
    set_stock(world.db, STORE, "ST1-BLK-M", 10)
    sign_in(qtbot, win, employee_id=MANAGER)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    open_profile(qtbot, win)
    qtbot.mouseClick(win.profile.stock_button, Qt.MouseButton.LeftButton)
    stock_of(qtbot, win, "ST1-BLK-M")
    o = order_form(qtbot, win)
    o.pickup.setChecked(True)
    result = place(qtbot, o)
    assert result.state == "confirmed"

    a = win.manager.activity
    with qtbot.waitSignal(a.loaded, timeout=10000):
        win.roles.open_manager()
    assert a.rows["orders_placed"].value.text() == "1"
    qtbot.mouseClick(a.rows["orders_placed"].value, Qt.MouseButton.LeftButton)
    dialog = a.dialog
    qtbot.waitUntil(lambda: dialog.total is not None, timeout=5000)
    assert [r.order_id for r in dialog.model.items] == [result.order_id]
    with qtbot.waitSignal(win.orders.loaded, timeout=8000):
        dialog.view.clicked.emit(dialog.model.index(0, 0))
    assert win.current == "orders"
    assert win.orders.selected().order_id == result.order_id

    # The day's bar in the chart opens that day's orders.
    win.go_back()
    a.tabs.setCurrentIndex(1)
    days = a.orders_chart.days
    [today] = [i for i, d in enumerate(days) if d.values.get("orders_placed")]
    a.orders_chart._chose(today)
    qtbot.waitUntil(lambda: a.dialog is not None and a.dialog.total is not None, timeout=5000)
    assert [r.order_id for r in a.dialog.model.items] == [result.order_id]
    a.dialog.reject()


def test_trainees_scenario_results_show_beside_the_figures_and_never_in_them(qtbot, world, window):
    """A trainee's finished scenario, sent to HQ as their own write, shows in the manager's
    associates tab with the scenario's name; the store's figures are what they were."""
    training_result_at_hq(world)
    a = open_activity(qtbot, window)
    view = a.view
    assert view.training is not None and len(view.training) == 1
    row = a.trainees.items[0]
    assert (row.employee_id, row.hints, row.mistakes) == (TRAINEE, 1, 2)
    texts = [a.trainees.data(a.trainees.index(0, c)) for c in range(a.trainees.columnCount())]
    assert "Find a returning shopper by phone" in texts and "3 min 5 s" in texts
    assert not a.trainees_view.isHidden()  # on the associates tab
    assert report_at_hq(world, view).totals == view.report.totals  # nothing of it counted
