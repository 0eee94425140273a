"""The trainer's controls in the training band, on a real embedded training HQ: the outage on
demand (banner, a queued order, delivered once when the network is back) and the reset
(back at sign-in on the practice store as it was made, the app still running)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from clienteling.domain.enums import Fulfilment, OrderState
from clienteling.services.orders import OrderDraft
from clienteling.ui.connectivity import PROBE_EVERY_MS
from tests.conftest import training_terminal
from tests.ui.conftest import follow_settled
from tests.ui.test_layout_fit import sign_in_as

ONE_PROBE_MS = PROBE_EVERY_MS + 5_000
SMALL = {"shoppers": 40, "products": 20, "stores": 2, "seed": 7}


@pytest.fixture
def training(tmp_path):
    with training_terminal(tmp_path, SMALL) as terminal:
        yield terminal


@pytest.fixture
def window(qtbot, training, runner):
    from clienteling.ui.main_window import MainWindow
    from clienteling.ui.training_controls import TrainingControls

    win = MainWindow(runner, sync_every_ms=3_600_000)
    qtbot.addWidget(win)
    win.mark_training()
    win.controls = TrainingControls.install(win, training, lambda: training.pins)
    win.show()
    win.open_terminal(training.services, training.pins)
    qtbot.waitUntil(lambda: win.current == "signin", timeout=15000)
    yield win
    win.close()


def hq_orders(training, order_id: str | None = None) -> int:
    conn = sqlite3.connect(training.home / "demo-hq.db")
    try:
        if order_id is None:
            return conn.execute("SELECT count(*) FROM orders").fetchone()[0]
        return conn.execute(
            "SELECT count(*) FROM orders WHERE order_id = ?", (order_id,)
        ).fetchone()[0]
    finally:
        conn.close()


def an_order(training, services) -> OrderDraft:
    shopper = services.lookup.search("a")[0].shopper_id
    conn = sqlite3.connect(training.home / "demo-hq.db")
    sku = conn.execute(
        "SELECT sku FROM stock WHERE on_hand - reserved > 0 AND store_id = ? ORDER BY sku LIMIT 1",
        (services.store_id,),
    ).fetchone()[0]
    conn.close()
    store = services.store_id
    return OrderDraft(shopper, [(sku, 1, store)], Fulfilment.PICK_UP, pickup_store=store)


def signed_in(qtbot, win, training):
    employee, pin = sorted(training.pins.items())[0]
    sign_in_as(qtbot, win, employee, pin)
    qtbot.waitUntil(lambda: win.current == "home", timeout=10000)


def test_an_outage_on_demand_queues_an_order_delivered_once_when_the_network_is_back(
    qtbot, training, window
):
    win, controls = window, window.controls
    signed_in(qtbot, win, training)
    follow_settled(qtbot, win)
    assert controls.network.text() == "Cut the network"
    assert not win.offline_banner_shown

    qtbot.mouseClick(controls.network, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.offline_banner_shown, timeout=ONE_PROBE_MS)
    assert not training.online and controls.network.text() == "Network back"
    assert win.strip.state == "offline"

    placed = win.services.orders.place(an_order(training, win.services))
    assert placed.state == OrderState.QUEUED
    assert placed.order_id in win.services.orders.queued()
    assert hq_orders(training, placed.order_id) == 0

    qtbot.mouseClick(controls.network, Qt.MouseButton.LeftButton)  # the probe sees HQ back
    # a sync run may already be under way and fail to send: the queue empties at the
    # run after it, within the probe's interval
    qtbot.waitUntil(lambda: win.services.orders.queued() == [], timeout=2 * ONE_PROBE_MS)
    qtbot.waitUntil(lambda: not win.offline_banner_shown, timeout=5000)
    assert training.online and controls.network.text() == "Cut the network"
    assert win.services.orders.result(placed.order_id).state != OrderState.QUEUED
    assert hq_orders(training, placed.order_id) == 1  # delivered exactly once


def test_reset_brings_the_app_back_to_sign_in_on_the_store_as_it_was_made(qtbot, training, window):
    win, controls = window, window.controls
    signed_in(qtbot, win, training)
    before = win.services
    placed = before.orders.place(an_order(training, before))
    assert hq_orders(training, placed.order_id) == 1

    with qtbot.waitSignal(controls.was_reset, timeout=30000):
        qtbot.mouseClick(controls.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.current == "signin", timeout=15000)
    assert win.services is not before and win.session is None
    assert hq_orders(training) == 0
    signed_in(qtbot, win, training)
    assert win.services.orders.rows() == []


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_controls_are_touch_targets_in_both_themes(qtbot, theme, training, runner, qapp):
    from clienteling.ui.main_window import MainWindow
    from clienteling.ui.theme import apply_theme
    from clienteling.ui.training_controls import TrainingControls

    sheet, font, palette = qapp.styleSheet(), qapp.font(), qapp.palette()
    try:
        assert apply_theme(qapp, theme) == theme
        win = MainWindow(runner)
        qtbot.addWidget(win)
        win.mark_training()
        controls = TrainingControls.install(win, training, dict)
        win.show()
        qtbot.waitExposed(win)
        for button in (controls.network, controls.reset_button):
            assert button.isVisible() and button.height() >= 44
            assert button.width() >= button.sizeHint().width()  # the whole text shows
        win.close()
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
        qapp.setPalette(palette)
