"""Profile edits through the outbox: sizes, wishlist, follow-ups and CSAT, online and offline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from clienteling.hq import tables as t
from clienteling.ui.formats import date_time
from tests.ui.test_screens import sign_in


def open_profile(qtbot, win, query):
    sign_in(qtbot, win)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    with qtbot.waitSignal(win.lookup.results_shown, timeout=5000):
        win.lookup.search.setText(query)  # QTest types ASCII only
    with qtbot.waitSignal(win.profile.loaded, timeout=5000):
        qtbot.keyClick(win.lookup.search, Qt.Key.Key_Return)
    return win.profile


def hq_rows(world, table, **where):
    query = select(table)
    for column, value in where.items():
        query = query.where(table.c[column] == value)
    with world.db.engine.connect() as conn:
        return [r._asdict() for r in conn.execute(query)]


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_edit_sizes_online_is_saved_at_hq(qtbot, window, world):
    p = open_profile(qtbot, window, "gonçalves")
    page = p.sizes_page
    p.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: "tops" in page.sizes, timeout=5000)
    assert page.sizes["tops"].currentText() == "M"  # as synced
    assert [page.sizes["tops"].itemText(i) for i in range(4)] == ["", "S", "M", "L"]

    page.sizes["tops"].setCurrentText("L")
    page.fit.setText("slim")
    page.brands.setText("Aurora,  Linea ,Aurora")
    with qtbot.waitSignal(p.edited, timeout=5000) as edited:
        click(qtbot, page.save)
    assert edited.args[0].state == "sent"
    assert page.message.text() == "Saved."

    shopper = hq_rows(world, t.shoppers, shopper_id="sh3")[0]
    assert shopper["preferences"]["sizes"] == {"tops": "L"}
    assert shopper["preferences"]["fit"] == "slim"
    assert shopper["preferences"]["brands"] == ["Aurora", "Linea"]
    # The synced row is on screen, not a local guess.
    qtbot.waitUntil(lambda: p.profile.shopper.preferences.sizes == {"tops": "L"}, timeout=5000)
    assert page.state.isHidden() and page.brands.text() == "Aurora, Linea"

    page.fit.setText("x" * 40)
    page.sizes["tops"].setCurrentText("a size far too long")  # the box stops at 16 characters
    assert len(page.sizes["tops"].currentText()) == 16


def test_a_changed_size_shows_in_the_history_with_who_changed_it_and_what_it_was(
    qtbot, window, world
):
    p = open_profile(qtbot, window, "gonçalves")
    page = p.sizes_page
    p.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: "tops" in page.sizes, timeout=5000)
    assert page.history.isHidden()  # nothing edited yet
    page.sizes["tops"].setCurrentText("L")
    with qtbot.waitSignal(p.edited, timeout=5000):
        click(qtbot, page.save)
    qtbot.waitUntil(lambda: page.history.count() == 1, timeout=5000)
    assert page.history.isVisible() and page.history_title.text() == "History"
    line = page.history.item(0).text()
    assert line.startswith("Size: tops: L, changed by Associate of BR-SP-01, ")
    assert line.endswith(", was M")
    [change] = p.profile.shopper.history
    assert line == f"Size: tops: L, changed by Associate of BR-SP-01, {date_time(change.at)}, was M"
    # Only the changed field went to HQ: the other preferences were not rewritten.
    shopper = hq_rows(world, t.shoppers, shopper_id="sh3")[0]
    assert list(shopper["field_edits"]["fields"]) == ["sizes.tops"]


def test_wishlist_task_and_csat_offline_are_queued_then_delivered(qtbot, window, world):
    win = window
    p = open_profile(qtbot, win, "silva")

    # A follow-up made online reaches HQ at once.
    tasks = p.follow_ups
    p.tabs.setCurrentWidget(tasks)
    qtbot.keyClicks(tasks.title, "Call when the black M is back")
    with qtbot.waitSignal(p.edited, timeout=5000) as edited:
        click(qtbot, tasks.add)
    assert edited.args[0].state == "sent"
    qtbot.waitUntil(lambda: tasks.tasks.rowCount() == 1, timeout=5000)
    task = tasks.tasks.item(0)
    assert task.title == "Call when the black M is back" and task.status == "open"
    assert hq_rows(world, t.tasks, task_id=task.task_id)[0]["status"] == "open"
    assert tasks.title.text() == ""

    world.stop_hq()

    # Wishlist: pick a variant by name, add it.
    wish = p.wishlist_page
    p.tabs.setCurrentWidget(wish)
    qtbot.keyClicks(wish.search, "shirt")
    qtbot.waitUntil(lambda: wish.choices.rowCount() == 3, timeout=5000)
    row = next(i for i in range(3) if wish.choices.item(i).sku == "ST1-BLK-M")
    wish.picker.selectRow(row)
    with qtbot.waitSignal(p.edited, timeout=10000) as edited:
        click(qtbot, wish.add)
    assert edited.args[0].state == "waiting"
    assert "waiting to send" in wish.message.text()
    qtbot.waitUntil(lambda: wish.items.rowCount() == 1, timeout=5000)
    item = wish.items.item(0)
    assert item.sku == "ST1-BLK-M" and item.in_stock_here  # shown at once, optimistic
    assert wish.items.data(wish.items.index(0, 5)) == "Waiting to send"

    # Complete the follow-up.
    p.tabs.setCurrentWidget(tasks)
    tasks.view.selectRow(0)
    with qtbot.waitSignal(p.edited, timeout=10000) as edited:
        click(qtbot, tasks.done_button)
    assert edited.args[0].state == "waiting"
    qtbot.waitUntil(lambda: tasks.tasks.item(0).status == "done", timeout=5000)
    assert tasks.tasks.data(tasks.tasks.index(0, 3)) == "Waiting to send"

    # Quick CSAT.
    bar = p.rating
    click(qtbot, bar.save)
    assert "Choose a rating" in bar.message.text()  # nothing sent without a score
    click(qtbot, bar.scores[4])
    qtbot.keyClicks(bar.comment, "Loved the fitting room help")
    with qtbot.waitSignal(p.edited, timeout=10000) as edited:
        click(qtbot, bar.save)
    assert edited.args[0].state == "waiting"
    qtbot.waitUntil(lambda: bar.last.text() == "Last rating: 4/5 · Waiting to send", timeout=5000)
    assert bar.comment.text() == "" and bar.score is None

    status = win.services.syncing.status()
    assert status.queued == 3
    assert hq_rows(world, t.wishlist, shopper_id="sh1") == []

    # HQ is back: the next syncs deliver everything, once, in the order it was made.
    world.start_hq()

    def delivered():
        if not win.syncing:
            win.sync_now()
        return win.services.syncing.status().queued == 0

    qtbot.waitUntil(delivered, timeout=20000)
    assert win.services.syncing.status().parked == 0
    assert [w["sku"] for w in hq_rows(world, t.wishlist, shopper_id="sh1")] == ["ST1-BLK-M"]
    assert hq_rows(world, t.tasks, task_id=task.task_id)[0]["status"] == "done"
    feedback = hq_rows(world, t.feedback, shopper_id="sh1")
    assert [(f["score"], f["comment"]) for f in feedback] == [(4, "Loved the fitting room help")]

    p.reload()
    qtbot.waitUntil(lambda: bar.last.text() == "Last rating: 4/5", timeout=5000)
    assert wish.items.rowCount() == 1 and wish.items.data(wish.items.index(0, 5)) == ""
    assert tasks.tasks.data(tasks.tasks.index(0, 3)) == ""

    # Removing it goes to HQ too (online again).
    wish.view.selectRow(0)
    with qtbot.waitSignal(p.edited, timeout=10000) as edited:
        click(qtbot, wish.remove)
    assert edited.args[0].state == "sent"
    qtbot.waitUntil(lambda: wish.items.rowCount() == 0, timeout=5000)
    assert hq_rows(world, t.wishlist, shopper_id="sh1") == []
