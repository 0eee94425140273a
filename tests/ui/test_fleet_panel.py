"""The manager's terminals panel with a real HQ: what each terminal told HQ (app version and
whether it is behind, last sync, queued and refused writes) and whether HQ heard from it
lately, in words; "not reported" only for a terminal that never told; revoking one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from clienteling import __version__
from clienteling.hq import fleet
from clienteling.protocol.version import (
    APP_VERSION_HEADER,
    LAST_SYNC_HEADER,
    PARKED_HEADER,
    PROTOCOL_HEADER,
    QUEUED_HEADER,
)
from clienteling.ui import formats
from tests.ui.conftest import STORE
from tests.ui.test_screens import sign_in

MANAGER = f"{STORE}-manager"
COLUMNS = ("Terminal", "Enrolled", "Last contact", "App version", "Last sync")
COLUMNS += ("Queued", "Refused", "Online", "State")


def other_terminals(world, synced: datetime) -> None:
    """Till 2 runs an older release that tells HQ where it stands; the stockroom tablet
    runs one that tells nothing and has not been heard from."""
    token = world.hq.enroll(STORE, "till 2")
    said = {
        APP_VERSION_HEADER: "0.0.9",
        PROTOCOL_HEADER: "1",
        LAST_SYNC_HEADER: synced.isoformat(),
        QUEUED_HEADER: "4",
        PARKED_HEADER: "1",
    }
    with world.hq.client(token) as client:
        assert client.get("/v1/sync/stores", params={"after": 0}, headers=said).status_code == 200
    world.hq.enroll(STORE, "stockroom tablet")
    fleet.set_value(
        world.db, "wanted_app_version", __version__, datetime.now(UTC), store_id=None, actor="t"
    )


def cells(m, row: int) -> dict[str, str]:
    return {name: m.terminals.index(row, c).data() for c, name in enumerate(COLUMNS)}


def open_terminals(qtbot, win, count: int):
    sign_in(qtbot, win, employee_id=MANAGER)
    qtbot.waitUntil(lambda: win.current == "home", timeout=20000)  # a busy machine: HQ is slow
    win.roles.open_manager()
    assert win.current == "manager"
    m = win.manager
    m.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(m.terminals.items) == count, timeout=20000)
    return m


def test_the_panel_shows_where_each_terminal_stands_in_words(qtbot, world, window):
    synced = (datetime.now(UTC) - timedelta(minutes=3)).replace(microsecond=0)
    other_terminals(world, synced)
    world.services.syncing.sync()
    m = open_terminals(qtbot, window, 3)
    assert [m.terminals.headerData(c, Qt.Orientation.Horizontal) for c in range(9)] == list(COLUMNS)
    names = [r.name for r in m.terminals.items]
    here = cells(m, names.index("till 1"))
    assert here["Terminal"] == "till 1 (this terminal)" and here["App version"] == __version__
    assert here["Online"] == "Online" and here["Queued"] == "0" and here["Refused"] == "0"

    till = cells(m, names.index("till 2"))
    assert till["App version"] == "0.0.9 (update it)"  # behind what the chain wants
    assert till["Last sync"] == formats.date_time(synced.isoformat())
    assert (till["Queued"], till["Refused"]) == ("4", "1")
    assert till["Online"] == "Online" and till["State"] == "In use"

    tablet = cells(m, names.index("stockroom tablet"))  # an older release: it never told
    for column in ("App version", "Last sync", "Queued", "Refused"):
        assert tablet[column] == "not reported", column
    assert tablet["Online"] == "Offline"  # HQ never heard from it
    assert "not reported" not in " ".join(here.values()) + " ".join(till.values())
    assert "older release" in m.fleet_words.text()


def test_a_manager_revokes_a_terminal_from_the_panel_after_confirming(qtbot, world, window):
    other_terminals(world, datetime.now(UTC))
    m = open_terminals(qtbot, window, 3)
    row = [r.name for r in m.terminals.items].index("till 2")
    m.terminals_view.selectRow(row)
    assert m.revoke.isEnabled()
    m.revoke.click()
    box = m.confirm_box
    assert box is not None and "till 2" in box.text()
    revoke = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    with qtbot.waitSignal(m.done, timeout=8000) as done:
        revoke.click()
    assert done.args == ["till 2 is revoked."]
    qtbot.waitUntil(lambda: cells(m, row)["State"] == "Revoked", timeout=8000)
    assert cells(m, row)["Online"] == "Offline"
    m.terminals_view.selectRow([r.this_one for r in m.terminals.items].index(True))
    assert not m.revoke.isEnabled()  # not the terminal in use


def test_where_the_columns_do_not_fit_each_terminal_is_a_card_with_every_fact_whole(
    qtbot, world, window
):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    other_terminals(world, datetime.now(UTC))
    world.services.syncing.sync()
    m = open_terminals(qtbot, window, 3)
    window.resize(800, 1280)  # portrait: nine columns cannot fit
    cards = m.terminal_cards
    qtbot.waitUntil(lambda: m.terminals_shown.currentWidget() is cards, timeout=5000)
    names = [r.name for r in m.terminals.items]
    delegate = cards.itemDelegate()
    for row in range(len(names)):
        index = m.terminals.index(row, 0)
        rect = cards.visualRect(index)
        assert rect.height() >= 44 and rect.width() <= cards.viewport().width()
        option = QStyleOptionViewItem()
        option.initFrom(cards)
        placed, _height = delegate.layout(option, index, rect)
        shown = [text for _r, text, _f, _c in placed]
        # Every column's title and value is on the card: nothing left out.
        for c, title in enumerate(COLUMNS):
            assert m.terminals.index(row, c).data() in shown, (names[row], title)
            assert title in shown or c in (0, 8)  # the name and state head the card
        for box, text, font, _c in placed:  # and each fits its place: no word runs over
            room = QRect(box.x(), box.y(), box.width(), 10_000)
            need = QFontMetrics(font).boundingRect(room, int(Qt.TextFlag.TextWordWrap), text)
            assert need.width() <= box.width() + 1, text
            assert box.bottom() <= rect.bottom(), text

    # A screen reader hears the whole card.
    heard = m.terminals.index(names.index("till 2"), 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Terminal: till 2;" in heard and "App version: 0.0.9 (update it);" in heard
    assert "Refused: 1;" in heard and heard.endswith("State: In use")

    # A tap on a card chooses its terminal: the revoke button acts on it.
    till = m.terminals.index(names.index("till 2"), 0)
    qtbot.mouseClick(
        cards.viewport(), Qt.MouseButton.LeftButton, pos=cards.visualRect(till).center()
    )
    assert m.chosen_terminal().name == "till 2"
    assert m.revoke.isEnabled() and m.revoke.isVisible()
    this_one = [r.this_one for r in m.terminals.items].index(True)
    cards.setCurrentIndex(m.terminals.index(this_one, 0))
    assert m.chosen_terminal().this_one and not m.revoke.isEnabled()
    assert "another one" in m.revoke_hint.text() and m.revoke_hint.isVisible()

    # Wide enough for every column on one line: the table, the same terminal chosen.
    window.resize(2400, 1000)
    qtbot.waitUntil(lambda: m.terminals_shown.currentWidget() is m.terminals_view, timeout=5000)
    assert m.chosen_terminal().this_one
    header = m.terminals_view.horizontalHeader()
    for c in range(header.count()):
        assert header.sectionSize(c) >= header.sectionSizeHint(c)  # no title elided
