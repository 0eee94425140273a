"""The associate's screens against a real HQ on loopback and a real terminal cache."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import ASSOCIATE, PIN


def sign_in(qtbot, win, pin=PIN, employee_id=ASSOCIATE):
    button = next(
        b for b in win.signin.associate_buttons() if b.property("employee_id") == employee_id
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    for digit in pin:
        qtbot.mouseClick(win.signin.pad.buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(win.signin.pad.buttons["OK"], Qt.MouseButton.LeftButton)


def search(qtbot, win, text):
    with qtbot.waitSignal(win.lookup.results_shown, timeout=5000) as shown:
        qtbot.keyClicks(win.lookup.search, text)
    return shown.args[0]


def test_first_sync_then_sign_in_with_the_pin_pad(qtbot, window):
    win = window
    assert win.strip.state == "online" and win.strip.queued.text().endswith("0")
    names = [b.text() for b in win.signin.associate_buttons()]
    assert any("Associate of BR-SP-01" in n for n in names)  # this store's staff only
    assert not any("ES-MD-01" in n for n in names)

    sign_in(qtbot, win, pin="1111")
    qtbot.waitUntil(lambda: win.signin.error.isVisible(), timeout=5000)
    assert "PIN" in win.signin.error.text()
    assert win.signin.employee.text() == ASSOCIATE  # kept after the wrong PIN
    assert win.signin.pin.text() == "" and win.current == "signin"

    for digit in PIN:  # the keyboard works too
        qtbot.keyClick(win.signin.pin, digit)
    qtbot.keyClick(win.signin.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    assert win.session.online and win.strip.who.text() == "Associate of BR-SP-01"
    assert win.lookup.search.hasFocus() or not win.isActiveWindow()


def test_search_open_profile_and_add_a_note(qtbot, window):
    win = window
    sign_in(qtbot, win)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)

    assert search(qtbot, win, "silv") == 1
    model = win.lookup.model
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[0] == "Ana Silva" and row[1] == "Gold" and row[2] == "Store São Paulo"
    assert row[4] == "•••• 4321" and row[3] != "—"  # masked phone, a last visit

    qtbot.keyClick(win.lookup.search, Qt.Key.Key_Escape)
    assert win.lookup.search.text() == "" and model.rowCount() == 0
    win.lookup.search.setText("gonçalves")
    with qtbot.waitSignal(win.profile.loaded, timeout=5000) as opened:
        qtbot.keyClick(win.lookup.search, Qt.Key.Key_Return)  # Enter opens the best match
    assert opened.args == ["sh3"] and win.current == "profile"
    assert win.profile.name.text() == "Ana Gonçalves"
    assert win.profile.fact["segments"].text() == "VIP"

    win.lookup.search.setText("silva")
    win.show_screen("home")
    with qtbot.waitSignal(win.profile.loaded, timeout=5000):
        win.lookup.open_best()
    p = win.profile
    assert p.name.text() == "Ana Silva" and p.tier.text() == "Gold"
    assert p.purchases.rowCount() == 2
    p.channel.setCurrentIndex(p.channel.findData("web"))
    assert p.by_channel.rowCount() == 1  # channel filter
    assert p.tabs.indexOf(p.suggestions_page) >= 0  # profiling consent given
    assert p.suggestions.item(0).sku == "ST1-BLK-M"
    why = p.suggestions.data(p.suggestions.index(0, p.suggestions.columnCount() - 1))
    assert why.startswith("bought ")  # worded by the screen, in the associate's language
    assert p.consent["sms"].text().startswith("✗")

    p.reason.setCurrentIndex(p.reason.findData("gift"))
    qtbot.keyClicks(p.note_text, "Wants a shirt for her father, size L")
    with qtbot.waitSignal(p.note_saved, timeout=5000) as saved:
        qtbot.mouseClick(p.save_note, Qt.MouseButton.LeftButton)
    assert saved.args[0].sent is True
    qtbot.waitUntil(lambda: p.notes.rowCount() == 1, timeout=5000)
    note = p.notes.item(0)
    assert note.text == "Wants a shirt for her father, size L" and note.reason == "gift"
    assert note.state == "sent"  # HQ has it: it came back through the sync
    assert p.note_text.toPlainText() == ""


def test_offline_banner_offline_sign_in_and_a_queued_note(qtbot, window, world):
    win = window
    sign_in(qtbot, win)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    assert not win.offline_banner_shown
    win.sign_out()
    assert win.current == "signin" and win.session is None

    world.stop_hq()
    with qtbot.waitSignal(win.synced, timeout=10000) as synced:
        win.sync_now()
    assert synced.args[0].connectivity == "offline"
    assert win.offline_banner_shown and "Offline" in win.banner.text.text()
    assert win.strip.state == "offline"

    sign_in(qtbot, win)  # the PIN used online before works offline
    qtbot.waitUntil(lambda: win.current == "home", timeout=10000)
    assert win.session.online is False and "offline" in win.strip.who.text()

    search(qtbot, win, "silva")  # the cache still answers
    with qtbot.waitSignal(win.profile.loaded, timeout=5000):
        qtbot.keyClick(win.lookup.search, Qt.Key.Key_Return)
    p = win.profile
    qtbot.keyClicks(p.note_text, "Asked for the blue one")
    with qtbot.waitSignal(p.note_saved, timeout=5000) as saved:
        qtbot.mouseClick(p.save_note, Qt.MouseButton.LeftButton)
    assert saved.args[0].sent is False
    qtbot.waitUntil(lambda: p.notes.rowCount() == 1, timeout=5000)
    assert p.notes.item(0).state == "waiting"
    assert "sent to HQ when the connection is back" in p.note_message.text()
    qtbot.waitUntil(lambda: win.strip.queued.text() == "Queued: 1", timeout=5000)
