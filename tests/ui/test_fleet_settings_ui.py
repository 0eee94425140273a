"""The store's fleet settings from HQ take effect on a running terminal at the next sync run,
without a restart: the idle lock, and whether orders may ship to the shopper's home."""

from __future__ import annotations

from datetime import UTC, datetime

from clienteling.hq import fleet
from tests.ui.test_screens import sign_in
from tests.ui.test_stock_and_orders import open_profile, order_form, stock_of


def test_a_shorter_idle_lock_from_hq_applies_without_a_restart(qtbot, window, world):
    win = window
    with qtbot.waitSignal(win.synced, timeout=15000):
        win.sync_now()  # HQ's settings (the defaults: 5 minutes) are here
    sign_in(qtbot, win)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    watcher = win.idle
    assert watcher.armed
    now = [1000.0]
    watcher.idle.clock = lambda: now[0]
    watcher.idle.touched()
    now[0] += 90  # a minute and a half without a touch: under 5 minutes
    watcher._check()
    assert win.current == "home"

    fleet.set_value(
        world.db, "idle_lock_minutes", "1", datetime.now(UTC), store_id="BR-SP-01", actor="t"
    )
    with qtbot.waitSignal(win.synced, timeout=15000):
        win.sync_now()
    assert win.services.fleet.value("idle_lock_minutes") == 1.0
    watcher._check()  # the same idle minute and a half is now over the store's limit
    assert win.current == "signin"


def test_a_store_that_does_not_ship_offers_pick_up_only(qtbot, window, world):
    win = window
    sign_in(qtbot, win)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    open_profile(qtbot, win)
    win.open_products(win.profile.who)
    stock_of(qtbot, win, "ST1-BLK-M")
    form = order_form(qtbot, win).form
    assert form.ship.isVisibleTo(win) and form.ship.isChecked()  # the default: it ships

    fleet.set_value(
        world.db, "ship_to_home", "off", datetime.now(UTC), store_id="BR-SP-01", actor="t"
    )
    with qtbot.waitSignal(win.synced, timeout=15000):
        win.sync_now()
    win.go_back()
    form = order_form(qtbot, win).form
    assert not form.ship.isVisibleTo(win)
    assert form.pickup.isChecked() and not form.address.isVisibleTo(win)
