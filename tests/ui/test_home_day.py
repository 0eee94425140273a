"""Home shows the associate's day (shoppers opened here, follow-ups due, writes HQ lacks),
each row opening the right place in one tap; empty lists and tabs say what would be there;
notes show who wrote them. A real HQ on loopback and a real terminal cache."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from tests.ui.test_screens import search, sign_in


def tap(qtbot, view, row: int = 0) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def column(model, title: str, row: int = 0) -> str:
    at = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Horizontal) == title)
    return model.data(model.index(row, at))


def home(qtbot, win):
    sign_in(qtbot, win)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    return win.lookup.day


def test_home_says_what_its_empty_lists_are_for_and_search_replaces_them(qtbot, window):
    win = window
    day = home(qtbot, win)
    assert day.isVisible() and not win.lookup.table.isVisible()
    for view in (day.recent_view, day.follow_ups_view, day.writes_view):
        assert view.model().rowCount() == 0
        assert len(view.empty_shown) > 40  # words, not a blank grid
    assert "open" in day.recent_view.empty_shown
    assert search(qtbot, win, "silv") == 1
    assert win.lookup.table.isVisible() and not day.isVisible()
    qtbot.keyClick(win.lookup.search, Qt.Key.Key_Escape)
    assert day.isVisible() and not win.lookup.table.isVisible()


def test_a_shopper_opened_shows_on_home_and_opens_again_in_one_tap(qtbot, window):
    win = window
    day = home(qtbot, win)
    for name in ("gonçalves", "silva"):
        win.lookup.search.setText(name)
        with qtbot.waitSignal(win.profile.loaded, timeout=5000):
            qtbot.keyClick(win.lookup.search, Qt.Key.Key_Return)
        win.show_screen("home")
    win.lookup.clear()
    qtbot.waitUntil(lambda: day.recent.rowCount() == 2, timeout=5000)
    assert [r.name for r in day.recent.items] == ["Ana Silva", "Ana Gonçalves"]  # newest first
    assert column(day.recent, "Tier") == "Gold" and day.recent_view.empty_shown == ""
    with qtbot.waitSignal(win.profile.loaded, timeout=5000) as opened:
        tap(qtbot, day.recent_view, 1)
    assert opened.args == ["sh3"] and win.current == "profile"

    win.strip.sign_out_requested.emit()
    assert day.recent.rowCount() == 0  # the next associate never sees this one's day


def test_follow_ups_due_and_waiting_writes_show_and_open_the_shopper(qtbot, window, world):
    win = window
    day = home(qtbot, win)
    today = datetime.now().astimezone().date()
    engagement = world.services.engagement
    engagement.add_task("sh1", "Call about the linen", today - timedelta(days=1))
    engagement.add_task("sh3", "Size M is back", today)
    engagement.add_task("sh3", "Birthday", today + timedelta(days=5))
    world.stop_hq()
    engagement.add_note("sh3", "browsing", "Liked the navy linen")
    win.show_screen("home")
    qtbot.waitUntil(lambda: day.follow_ups.rowCount() == 2, timeout=5000)
    assert [f.title for f in day.follow_ups.items] == ["Call about the linen", "Size M is back"]
    assert column(day.follow_ups, "Due").endswith(" ago")  # how late, in words
    assert column(day.follow_ups, "Due", 1) == "Today"
    assert column(day.follow_ups, "Shopper", 1) == "Ana Gonçalves"
    assert day.writes.rowCount() == 1
    assert column(day.writes, "State") == "Waiting to send"
    assert column(day.writes, "What") == "Note"
    with qtbot.waitSignal(win.profile.loaded, timeout=5000) as opened:
        tap(qtbot, day.follow_ups_view, 0)
    assert opened.args == ["sh1"]
    win.show_screen("home")
    with qtbot.waitSignal(win.profile.loaded, timeout=5000) as opened:
        tap(qtbot, day.writes_view, 0)
    assert opened.args == ["sh3"]


def test_profile_tabs_say_what_is_missing_and_notes_name_their_author(qtbot, window, world):
    win = window
    home(qtbot, win)
    win.lookup.search.setText("gonçalves")
    with qtbot.waitSignal(win.profile.loaded, timeout=5000):
        qtbot.keyClick(win.lookup.search, Qt.Key.Key_Return)
    p = win.profile
    views = (p.purchases_view, p.notes_view, p.orders_page, p.wishlist_page.view, p.follow_ups.view)
    for view in views:
        assert view.model().rowCount() == 0 and len(view.empty_shown) > 30

    p.tabs.setCurrentIndex(p.tabs.indexOf(p.notes_view.parentWidget()))
    p.note_text.setPlainText("Asked for the navy linen in 40")
    with qtbot.waitSignal(p.loaded, timeout=5000):
        qtbot.mouseClick(p.save_note, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: p.notes.rowCount() == 1, timeout=5000)
    assert column(p.notes, "By") == "Associate of BR-SP-01"
    assert column(p.notes, "When") != "—" and p.notes_view.empty_shown == ""

    world.stop_hq()  # a note waiting for HQ names its author too
    p.note_text.setPlainText("Will come back on Friday")
    with qtbot.waitSignal(p.loaded, timeout=5000):
        qtbot.mouseClick(p.save_note, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: p.notes.rowCount() == 2, timeout=5000)
    assert p.notes.item(0).state == "waiting"
    assert column(p.notes, "By") == "Associate of BR-SP-01"


def test_an_order_waiting_for_hq_opens_the_shoppers_orders(qtbot, window):
    from clienteling.services import day as d

    win = window
    day = home(qtbot, win)
    order = d.PendingWrite(
        "o-1", "order", "sh3", "Ana Gonçalves", d.REFUSED, "no stock anywhere", "2026-12-06T10:00Z"
    )
    day.show_today(d.Today(writes=[order]))
    assert column(day.writes, "State") == "Refused by HQ: no stock anywhere"
    assert column(day.writes, "What") == "Order"
    tap(qtbot, day.writes_view, 0)
    qtbot.waitUntil(lambda: win.current == "orders", timeout=5000)
    assert win.orders.shopper == ("sh3", "Ana Gonçalves")
