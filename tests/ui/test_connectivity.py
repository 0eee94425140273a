"""Connectivity as the associate sees it: known within one probe of a change, never red
before HQ was tried, and stock figures that say when HQ confirmed them.

A real HQ on loopback is stopped and started again; the window's sync timer is an hour,
so only the probe can notice.
"""

from __future__ import annotations

import pytest

from clienteling.ui.connectivity import PROBE_EVERY_MS
from tests.hq_live import set_stock
from tests.ui.conftest import follow_settled
from tests.ui.test_stock_and_orders import SKU_L, signed_in, stock_of

ONE_PROBE_MS = PROBE_EVERY_MS + 5_000  # the next probe, and a stopped HQ's refusal


@pytest.fixture
def elsewhere(world):
    """The item in three other stores, before the terminal's first sync."""
    for store, n in (("BR-SP-02", 3), ("BR-RJ-01", 1), ("ES-MD-01", 5)):
        set_stock(world.db, store, SKU_L, n)
    return world


def test_first_boot_says_connecting_never_offline(qtbot, runner):
    from clienteling.ui.main_window import MainWindow

    win = MainWindow(runner, sync_every_ms=3_600_000)
    qtbot.addWidget(win)
    win.show()
    # Nothing tried yet: connecting, neither a red "Offline" nor the offline banner.
    assert win.strip.state == "unknown"
    assert win.strip.connectivity.text() == "● Connecting…"
    assert win.strip.connectivity.property("state") == "unknown"
    assert not win.offline_banner_shown
    win.close()


def test_hq_going_away_shows_at_the_next_probe_and_coming_back_syncs(qtbot, world, window):
    win = window
    assert win.strip.state == "online"
    follow_settled(qtbot, win)
    syncs = []
    win.synced.connect(syncs.append)

    world.stop_hq()
    with qtbot.waitSignal(win.watch.probed, timeout=ONE_PROBE_MS):
        pass  # one probe, no sync run
    assert syncs == []
    assert win.strip.state == "offline" and win.offline_banner_shown
    assert win.services.syncing.status().connectivity == "offline"

    world.start_hq()
    with qtbot.waitSignal(win.synced, timeout=ONE_PROBE_MS):
        pass  # HQ is back: the probe sees it and a sync runs at once
    assert win.strip.state == "online" and not win.offline_banner_shown


def test_stock_never_says_confirmed_at_hq_once_hq_is_gone(qtbot, elsewhere, window):
    win = window
    signed_in(qtbot, win)
    win.open_products(None)
    s = win.stock
    stock_of(qtbot, win, SKU_L)  # in three other stores

    def rows():
        return [s.stores.data(s.stores.index(r, 3)) for r in range(s.stores.rowCount())]

    assert s.source.text() == "Other stores, nearest first — confirmed at HQ just now."
    assert rows() == ["confirmed at HQ just now"] * 3  # the rows say what the line above says

    elsewhere.stop_hq()
    with qtbot.waitSignal(s.shown, timeout=ONE_PROBE_MS):
        pass  # the probe saw HQ go: the screen reads its figures again, from the cache
    copy = "as of just now (this terminal's copy)"  # the last sync was moments ago
    assert s.source.text() == f"Other stores, nearest first — {copy}; HQ did not answer."
    assert rows() == [copy] * 3
    assert "live" not in s.source.text()
