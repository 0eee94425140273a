"""The store's fleet settings from HQ take effect on a running terminal at the next sync run,
without a restart: the idle lock, whether orders may ship to the shopper's home, whether the
profile takes feedback, the scanner setup, the slip's receipt width, and training's start."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from clienteling.app import TrainingTerminal
from clienteling.hq import fleet
from clienteling.ui.shell import Launch
from tests.ui.test_screens import sign_in
from tests.ui.test_stock_and_orders import open_profile, order_form, stock_of


def switch(world, name: str, value) -> None:
    """What `clienteling-hq settings set NAME VALUE --store BR-SP-01` does."""
    fleet.set_value(world.db, name, value, datetime.now(UTC), store_id="BR-SP-01", actor="t")


def sync(qtbot, win) -> None:
    with qtbot.waitSignal(win.synced, timeout=15000):
        win.sync_now()


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
    assert not form.no_shipping.isVisibleTo(win)

    switch(world, "ship_to_home", "off")
    sync(qtbot, win)  # the form on screen changes at once: pick-up only, and why
    assert not form.ship.isVisibleTo(win) and form.no_shipping.isVisibleTo(win)
    assert "does not ship" in form.no_shipping.text()
    assert form.pickup.isChecked() and not form.address.isVisibleTo(win)
    win.go_back()
    form = order_form(qtbot, win).form  # and so does the next order
    assert not form.ship.isVisibleTo(win)
    assert form.pickup.isChecked() and not form.address.isVisibleTo(win)

    switch(world, "ship_to_home", "on")
    sync(qtbot, win)
    assert form.ship.isVisibleTo(win) and not form.no_shipping.isVisibleTo(win)


def test_a_store_that_takes_no_feedback_hides_the_rating_and_says_why(qtbot, window, world):
    win = window
    sign_in(qtbot, win)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    open_profile(qtbot, win)
    bar = win.profile.rating
    assert bar.save.isVisibleTo(win) and not bar.switched_off.isVisibleTo(win)

    switch(world, "feedback_capture", "off")
    sync(qtbot, win)  # the profile on screen changes without being opened again
    assert not bar.save.isVisibleTo(win) and not bar.comment.isVisibleTo(win)
    assert not any(b.isVisibleTo(win) for b in bar.scores.values())
    assert bar.switched_off.isVisibleTo(win)
    assert "does not record feedback" in bar.switched_off.text()

    switch(world, "feedback_capture", "on")
    sync(qtbot, win)
    assert bar.save.isVisibleTo(win) and not bar.switched_off.isVisibleTo(win)


def test_the_scanner_and_the_slip_follow_the_stores_settings(qtbot, window, world):
    win = window
    sync(qtbot, win)
    assert win.scan_filter.settings.prefix == "" and not win.fleet.scanner_own
    assert win.order.slips.medium().width_dots == 42 * 12
    switch(world, "scanner_prefix", "]")
    switch(world, "scanner_suffix", "tab")
    switch(world, "receipt_width", "32")
    sync(qtbot, win)
    assert win.scan_filter.settings.prefix == "]"
    assert win.scan_filter.settings.suffixes == ("\t",)
    assert win.order.slips.medium().width_dots == 32 * 12  # the next slip is 58 mm wide


def test_training_says_why_it_does_not_start_where_the_store_has_it_off(
    qtbot, world, runner, tmp_path
):
    switch(world, "training", "off")
    world.services.syncing.sync()  # the store's terminal hears it from HQ
    training = TrainingTerminal(tmp_path / "training")
    launch = Launch(runner, training.start)
    win = launch.window
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.startup.error.isVisibleTo(win), timeout=5000)
    assert "Training mode is switched off for" in win.startup.error.text()
    assert training.hq is None  # no training chain was started
    win.close()


def test_a_terminals_own_scanner_setup_wins_until_the_manager_goes_back_to_the_stores(
    qtbot, window, world
):
    win = window
    switch(world, "scanner_prefix", "]")
    sync(qtbot, win)
    sign_in(qtbot, win, employee_id="BR-SP-01-manager")
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    win.open_scanner_settings()
    dialog = win.scanner_dialog
    assert "store's scanner settings from HQ" in dialog.source.text()
    assert not dialog.use_store.isVisibleTo(dialog)
    dialog.prefix.setText("~")
    dialog._save()  # this terminal's own from now on
    assert win.scan_filter.settings.prefix == "~" and win.fleet.scanner_own
    switch(world, "scanner_prefix", "^")
    sync(qtbot, win)
    assert win.scan_filter.settings.prefix == "~"  # the store's change leaves it alone
    win.open_scanner_settings()
    dialog = win.scanner_dialog
    assert "its own scanner settings" in dialog.source.text()
    qtbot.mouseClick(dialog.use_store, Qt.MouseButton.LeftButton)
    assert win.scan_filter.settings.prefix == "^" and not win.fleet.scanner_own
