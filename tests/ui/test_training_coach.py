"""The trainee's coach on a real embedded training HQ (a small chain): every guided scenario
driven from start to finish through the UI as a trainee would, each step passing only once
the real state changed (the outbox, the cache, the training HQ's database), the summary at the
end; and with a deliberately wrong action, noticed, explained and left not done."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from clienteling.hq import tables as t
from tests.ui import coach_drive
from tests.ui.coach_drive import (
    WAIT_MS,
    add_note,
    answer,
    begin,
    click,
    first_of,
    mistakes_shown,
    not_done,
    open_shopper,
    order_form,
    place,
    right_answer,
    search,
    sign_in,
    stock_of,
    summary_shown,
    training_window,
    wait_done,
)
from tests.ui.test_stock_and_orders import cancel_order

training = coach_drive.training  # one practice chain for the module


@pytest.fixture
def window(qtbot, training, runner):
    win = training_window(qtbot, training, runner)
    yield win
    win.sign_out()
    win.close()


def test_the_coach_lists_the_scenarios_of_the_signed_in_role(qtbot, training, window):
    panel = window.coach
    assert panel.isVisible() and not panel.body.isVisible()  # signed out: nothing to pick yet
    assert "Sign in" in panel.now.text()
    every = [s.id for s in panel.every]
    managers = [s.id for s in panel.every if s.role == "manager"]
    assert len(every) >= 8 and managers

    sign_in(qtbot, window, training, first_of(training, "associate"))
    listed = [s.id for s in panel.picker.model.rows]
    assert listed == [s for s in every if s not in managers]
    assert panel.picker.absent.isVisible() and "manager" in panel.picker.absent.text()

    window.sign_out()
    sign_in(qtbot, window, training, first_of(training, "manager"))
    assert [s.id for s in panel.picker.model.rows] == every
    assert not panel.picker.absent.isVisible()


def _hq_has_note(training, shopper_id: str) -> bool:
    with training.hq.db.read() as conn:
        return (
            conn.execute(select(t.notes).where(t.notes.c.shopper_id == shopper_id)).first()
            is not None
        )


@pytest.mark.parametrize("wrong", [False, True], ids=["right", "wrong"])
def test_find_a_returning_shopper_by_phone(qtbot, training, window, wrong):
    win, panel = window, window.coach
    v = begin(qtbot, win, training, "find-by-phone")
    assert v["phone_fragment"] in panel.now.text()  # the step with its placeholder filled
    found = search(qtbot, win, v["phone_fragment"])
    assert found == 1 and win.lookup.model.data(win.lookup.model.index(0, 0)) == v["shopper_name"]
    if wrong:  # the decoy's name: noticed, explained, the step stays to do
        answer(qtbot, panel, 0)
        assert "masked" in mistakes_shown(qtbot, panel, 1)
        not_done(panel, "search")
    right_answer(qtbot, panel, "search")
    assert "Right:" in panel.run_page.feedback.text()

    # The reason for the visit: nothing yet, then the note on the right profile.
    not_done(panel, "reason")
    click(qtbot, panel.hint_button)
    assert panel.run_page.hint.isVisible() and v["shopper_name"] in panel.run_page.hint.text()
    if wrong:  # the note on another shopper's profile
        open_shopper(qtbot, win, v["decoy_name_1"], v["decoy_name_1"])
        add_note(qtbot, win, "Looking for a gift", "gift")
        assert "another shopper" in mistakes_shown(qtbot, panel, 2)
        not_done(panel, "reason")
    open_shopper(qtbot, win, v["phone_fragment"], v["shopper_name"])
    add_note(qtbot, win, "Came back for the blue shirt", "gift")
    assert _hq_has_note(training, v["shopper_id"])
    figures = summary_shown(qtbot, panel, 2 if wrong else 0)
    assert "Hints used: 1" in figures
    _keep_for_the_manager(qtbot, training, panel, "find-by-phone", 2 if wrong else 0)


def _keep_for_the_manager(qtbot, training, panel, scenario: str, mistakes: int) -> None:
    """The summary keeps the result for the trainee's manager under their own employee id:
    a hand-off file beside the training folder (its way to the real HQ is
    tests/integration/test_training_results.py)."""
    page = panel.summary_page
    folder = training.home.parent / "training-results"
    before = set(folder.glob("*.json")) if folder.exists() else set()
    click(qtbot, page.record_button)  # no id typed: asked for, nothing kept
    assert "employee ID" in page.record_note.text()
    page.employee.setText("E9001")
    click(qtbot, page.record_button)
    qtbot.waitUntil(lambda: "Kept for E9001" in page.record_note.text(), timeout=WAIT_MS)
    (kept,) = set(folder.glob("*.json")) - before
    record = json.loads(kept.read_text())
    assert (record["employee_id"], record["scenario_id"]) == ("E9001", scenario)
    assert (record["hints"], record["mistakes"]) == (1, mistakes)


def test_scan_a_travelling_shoppers_loyalty_card(qtbot, training, window):
    from tests.ui.test_scan_routing import scan

    win, panel = window, window.coach
    v = begin(qtbot, win, training, "scan-loyalty-card")
    not_done(panel, "scan")  # not on this terminal until the card is scanned
    win.activateWindow()
    win.lookup.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.lookup.search, timeout=2000)
    with qtbot.waitSignal(win.profile.loaded, timeout=WAIT_MS):
        scan(v["loyalty_id"])  # the wedge scanner's keys
    assert win.profile.name.text() == v["shopper_name"]
    wait_done(qtbot, panel, "scan")
    not_done(panel, "note")
    add_note(qtbot, win, "Visiting from Madrid, wants a scarf", "gift")
    summary_shown(qtbot, panel, 0)


def _other_size(training, sku: str) -> str:
    """Another size of the same item that some store can sell."""
    with training.hq.db.read() as conn:
        style = conn.execute(select(t.products.c.style).where(t.products.c.sku == sku)).scalar()
        rows = conn.execute(
            select(t.stock.c.sku)
            .join(t.products, t.products.c.sku == t.stock.c.sku)
            .where(t.products.c.style == style, t.stock.c.sku != sku)
            .where(t.stock.c.on_hand - t.stock.c.reserved > 0)
            .order_by(t.stock.c.sku)
        ).scalars()
        return next(iter(rows))


def _store_listed(win, name: str) -> bool:
    s = win.stock.stores
    return any(s.data(s.index(r, 0)) == name for r in range(s.rowCount()))


@pytest.mark.parametrize("wrong", [False, True], ids=["right", "wrong-size"])
def test_order_the_right_size_from_another_store_for_delivery(qtbot, training, window, wrong):
    win, panel = window, window.coach
    v = begin(qtbot, win, training, "order-for-delivery")
    open_shopper(qtbot, win, v["phone_fragment"], v["shopper_name"])
    stock_of(qtbot, win, v["sku"])
    assert _store_listed(win, v["source_store_name"])  # what the question asks, on screen
    right_answer(qtbot, panel, "find")
    not_done(panel, "order")
    if wrong:
        other = _other_size(training, v["sku"])
        stock_of(qtbot, win, other)
        o = order_form(qtbot, win)
        assert o.ship.isChecked()
        assert place(qtbot, o).state == "confirmed"
        assert f"size {v['size']}" in mistakes_shown(qtbot, panel, 1)
        not_done(panel, "order")
        win.go_back()
        stock_of(qtbot, win, v["sku"])
    o = order_form(qtbot, win)
    assert o.ship.isChecked() and o.source.currentData() == v["source_store"]
    assert place(qtbot, o).state == "confirmed"
    wait_done(qtbot, panel, "order")
    wait_done(qtbot, panel, "confirmed")
    summary_shown(qtbot, panel, 1 if wrong else 0)


@pytest.mark.parametrize("wrong", [False, True], ids=["right", "wrong-delivery"])
def test_order_for_pick_up_in_this_store(qtbot, training, window, wrong):
    win, panel = window, window.coach
    v = begin(qtbot, win, training, "order-for-pick-up")
    open_shopper(qtbot, win, v["phone_fragment"], v["shopper_name"])
    stock_of(qtbot, win, v["sku"])
    right_answer(qtbot, panel, "find")
    not_done(panel, "order")
    if wrong:  # delivered home instead of picked up here
        o = order_form(qtbot, win)
        assert o.ship.isChecked()
        assert place(qtbot, o).state == "confirmed"
        assert "pick-up" in mistakes_shown(qtbot, panel, 1)
        not_done(panel, "order")
        # As the coach says: cancel that order (it holds the unit), then order again.
        open_shopper(qtbot, win, v["phone_fragment"], v["shopper_name"])
        with qtbot.waitSignal(win.orders.loaded, timeout=WAIT_MS):
            click(qtbot, win.profile.orders_button)
        cancel_order(qtbot, win.orders)
        assert "Cancelled at HQ" in win.orders.message.text()
        not_done(panel, "order")
        open_shopper(qtbot, win, v["phone_fragment"], v["shopper_name"])
        stock_of(qtbot, win, v["sku"])
    o = order_form(qtbot, win)
    click(qtbot, o.pickup)
    assert o.pickup_store.currentData() == v["store_id"]
    assert place(qtbot, o).state == "confirmed"
    wait_done(qtbot, panel, "order")
    wait_done(qtbot, panel, "confirmed")
    summary_shown(qtbot, panel, 1 if wrong else 0)


@pytest.mark.parametrize("wrong", [False, True], ids=["right", "ordered-before-the-cut"])
def test_order_during_a_network_outage(qtbot, training, runner, wrong):
    from clienteling.ui.connectivity import PROBE_EVERY_MS
    from clienteling.ui.main_window import SYNC_EVERY_MS

    win = training_window(qtbot, training, runner, sync_every_ms=SYNC_EVERY_MS)
    panel, controls = win.coach, win.controls
    v = begin(qtbot, win, training, "order-during-outage")
    open_shopper(qtbot, win, v["phone_fragment"], v["shopper_name"])
    stock_of(qtbot, win, v["sku"])
    if wrong:  # ordered while HQ still answered: nothing waited in the outbox
        o = order_form(qtbot, win)
        click(qtbot, o.pickup)
        assert place(qtbot, o).state == "confirmed"
        mistakes_shown(qtbot, panel, 1)
        win.go_back()
    not_done(panel, "cut")
    click(qtbot, controls.network)  # Cut the network, in the band
    qtbot.waitUntil(lambda: win.offline_banner_shown, timeout=PROBE_EVERY_MS + 5000)
    wait_done(qtbot, panel, "cut")
    not_done(panel, "order")
    stock_of(qtbot, win, v["sku"])
    o = order_form(qtbot, win)
    click(qtbot, o.pickup)
    assert place(qtbot, o).state == "queued"
    wait_done(qtbot, panel, "order")
    not_done(panel, "back")
    click(qtbot, controls.network)  # Network back: the probe sees HQ, the sync delivers
    wait_done(qtbot, panel, "back")
    # The probe that sees HQ back syncs at once; when another request saw it first, the
    # terminal's regular sync delivers the order (as in a store).
    wait_done(qtbot, panel, "confirmed", timeout=PROBE_EVERY_MS + SYNC_EVERY_MS + WAIT_MS)
    assert not win.offline_banner_shown
    summary_shown(qtbot, panel, 1 if wrong else 0)
    win.sign_out()
    win.close()


def test_the_last_unit_went_to_another_store_so_take_an_alternative(qtbot, training, window):
    win, panel = window, window.coach
    v = begin(qtbot, win, training, "last-unit-gone")
    open_shopper(qtbot, win, v["phone_fragment"], v["shopper_name"])
    stock_of(qtbot, win, v["sku"])
    right_answer(qtbot, panel, "stock")
    o = order_form(qtbot, win)
    o.source.setCurrentIndex(o.source.findData(v["source_store"]))
    click(qtbot, o.pickup)
    result = place(qtbot, o)  # meanwhile another store's shopper took the last unit
    assert result.state == "rejected"
    qtbot.waitUntil(lambda: o.take.isVisible(), timeout=WAIT_MS)
    wait_done(qtbot, panel, "order")
    not_done(panel, "alternative")
    o.alternatives_view.selectRow(0)
    with qtbot.waitSignal(o.placed, timeout=WAIT_MS) as again:
        click(qtbot, o.take)
    assert again.args[0].state == "confirmed"
    wait_done(qtbot, panel, "alternative")
    summary_shown(qtbot, panel, 0)


@pytest.mark.parametrize("wrong", [False, True], ids=["right", "wrong-answer"])
def test_a_shopper_without_profiling_consent(qtbot, training, window, wrong):
    win, panel = window, window.coach
    v = begin(qtbot, win, training, "no-profiling-consent")
    open_shopper(qtbot, win, v["phone_fragment"], v["shopper_name"])
    assert not win.profile.suggestions_page.isVisible()
    if wrong:
        answer(qtbot, panel, 0)
        assert "consent" in mistakes_shown(qtbot, panel, 1)
        not_done(panel, "why")
    right_answer(qtbot, panel, "why")
    not_done(panel, "note")
    add_note(qtbot, win, "Looking for a present for her sister", "gift")
    summary_shown(qtbot, panel, 1 if wrong else 0)


def _sizes(qtbot, win):
    p = win.profile
    page = p.sizes_page
    p.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: len(page.sizes) >= 2, timeout=WAIT_MS)
    return page


def _save_preferences(qtbot, win, page):
    with qtbot.waitSignal(win.profile.edited, timeout=WAIT_MS):
        click(qtbot, page.save)


@pytest.mark.parametrize("wrong", [False, True], ids=["right", "other-shopper"])
def test_record_sizes_preferences_and_a_follow_up(qtbot, training, window, wrong):
    win, panel = window, window.coach
    v = begin(qtbot, win, training, "sizes-and-follow-up")
    if wrong:  # sizes written on another shopper's profile
        open_shopper(qtbot, win, v["decoy_name_1"], v["decoy_name_1"])
        page = _sizes(qtbot, win)
        box = next(iter(page.sizes.values()))
        box.setCurrentIndex(box.count() - 1)
        _save_preferences(qtbot, win, page)
        mistakes_shown(qtbot, panel, 1)
        not_done(panel, "sizes")
    open_shopper(qtbot, win, v["phone_fragment"], v["shopper_name"])
    page = _sizes(qtbot, win)
    for box in list(page.sizes.values())[:2]:
        box.setCurrentIndex(box.count() - 1 if box.currentIndex() != box.count() - 1 else 1)
    _save_preferences(qtbot, win, page)
    wait_done(qtbot, panel, "sizes")
    not_done(panel, "preferences")
    page.brands.clear()
    qtbot.keyClicks(page.brands, "Aurora, Linea")
    _save_preferences(qtbot, win, page)
    wait_done(qtbot, panel, "preferences")
    not_done(panel, "follow-up")
    tasks = win.profile.follow_ups
    win.profile.tabs.setCurrentWidget(tasks)
    qtbot.keyClicks(tasks.title, "Call about the new arrivals")
    with qtbot.waitSignal(win.profile.edited, timeout=WAIT_MS):
        click(qtbot, tasks.add)
    summary_shown(qtbot, panel, 1 if wrong else 0)


@pytest.mark.parametrize("wrong", [False, True], ids=["right", "other-shopper"])
def test_a_manager_erases_a_shopper_on_request(qtbot, training, window, wrong):
    from PySide6.QtWidgets import QPushButton

    win, panel = window, window.coach
    v = begin(qtbot, win, training, "erase-on-request")  # listed to managers only
    wait_done(qtbot, panel, "manager")
    right_answer(qtbot, panel, "what")
    not_done(panel, "erase")
    m = win.manager

    def erase(name):
        open_shopper(qtbot, win, name, name)
        win.roles.open_manager()
        qtbot.waitUntil(lambda: win.current == "manager", timeout=WAIT_MS)
        m.tabs.setCurrentIndex(
            next(i for i in range(m.tabs.count()) if m.tabs.widget(i).isAncestorOf(m.erase))
        )
        click(qtbot, m.erase)
        yes = next(b for b in m.confirm_box.findChildren(QPushButton) if b.text() == "Erase")
        with qtbot.waitSignal(m.done, timeout=WAIT_MS):
            click(qtbot, yes)
        assert "was erased" in m.message.text()

    if wrong:
        erase(v["decoy_name_1"])
        mistakes_shown(qtbot, panel, 1)
        not_done(panel, "erase")
        win.show_screen("home")
    erase(v["shopper_name"])
    with training.hq.db.read() as conn:
        gone = conn.execute(select(t.shoppers).where(t.shoppers.c.shopper_id == v["shopper_id"]))
        assert gone.first() is None
    summary_shown(qtbot, panel, 1 if wrong else 0)


def test_a_production_window_never_gets_the_coach(qtbot, training, runner):
    from clienteling.ui.coach import CoachPanel, NotTraining
    from clienteling.ui.main_window import MainWindow
    from clienteling.ui.training_controls import TrainingControls

    win = MainWindow(runner, sync_every_ms=3_600_000, probe_every_ms=0)
    qtbot.addWidget(win)
    controls = TrainingControls(win, training, dict)
    with pytest.raises(NotTraining):
        CoachPanel.install(win, training, controls)
    assert win.findChild(CoachPanel) is None
    win.close()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_coach_is_touch_sized_in_both_themes(qtbot, training, runner, qapp, theme):
    from PySide6.QtWidgets import QPushButton

    from clienteling.ui.theme import MIN_TOUCH, apply_theme

    sheet, font, palette = qapp.styleSheet(), qapp.font(), qapp.palette()
    try:
        apply_theme(qapp, theme)
        win = training_window(qtbot, training, runner, probe_every_ms=0)
        panel = win.coach
        seen = set()

        def check():
            for button in panel.findChildren(QPushButton):
                if button.isVisible():
                    assert button.height() >= MIN_TOUCH, button.text()
                    assert button.width() >= MIN_TOUCH, button.text()
                    seen.add(button)

        begin(qtbot, win, training, "find-by-phone")  # the list, then a question step
        check()
        click(qtbot, panel.hint_button)
        check()
        assert len(seen) >= 7  # hint, fold, three choices, answer, stop
        win.sign_out()
        win.close()
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
        qapp.setPalette(palette)
