"""HQ's changes reach the running app within seconds: the window keeps one long poll open
on a worker thread (ui/live_sync.py), stops it when HQ goes and when the app closes.

A real HQ on loopback; the window's sync timer is an hour, so whatever reaches the
terminal came through the long poll.
"""

from __future__ import annotations

from tests.cache_access import writer_of
from tests.hq_live import set_stock
from tests.ui.test_connectivity import ONE_PROBE_MS
from tests.ui.test_stock_and_orders import SKU_L

STORE = "BR-SP-01"


def waiting(world) -> int:
    """The terminal's open follow at HQ: its stream of notices, or its long poll."""
    if world.hq is None:
        return 0
    state = world.hq.app.state
    streaming = world.services.syncing.follower.listening  # and caught up with it
    return state.changes.waiting + (state.streams.count if streaming else 0)


def cached_stock(world, sku: str):
    conn = writer_of(world.services.syncing.cache)
    return conn.execute(
        "SELECT on_hand FROM stock WHERE store_id = ? AND sku = ?", (STORE, sku)
    ).fetchone()


def test_a_change_at_hq_reaches_the_cache_and_the_window_without_the_timer(qtbot, world, window):
    win = window
    qtbot.waitUntil(lambda: waiting(world) == 1, timeout=15000)  # its follow is open
    assert world.hq.app.state.streams.count == 1  # HQ's stream of notices, not a long poll
    assert win.live.running and not win.syncing
    assert cached_stock(world, SKU_L) is None
    # the window says `synced` once the cache has it (the first catch-up's may come first)
    with qtbot.waitSignal(
        win.synced, timeout=15000, check_params_cb=lambda _s: cached_stock(world, SKU_L)
    ) as told:
        set_stock(world.db, STORE, SKU_L, 4)
    assert cached_stock(world, SKU_L)[0] == 4
    assert told.args[0].cursors["stock"] > 0
    assert win.live.running  # and it asks again at once
    qtbot.waitUntil(lambda: waiting(world) == 1, timeout=15000)


def test_closing_during_an_open_long_poll_ends_it(qtbot, world, window):
    win = window
    qtbot.waitUntil(lambda: waiting(world) == 1, timeout=15000)
    win.close()  # HQ would hold the request for 25 s: it is cancelled, not waited for
    assert not win.live.running
    assert win.live.runner.pool.activeThreadCount() == 0  # no thread left running
    assert win.live.reason == "" or win.live.reason == "stopped"


def test_hq_going_away_stops_it_and_coming_back_starts_it(qtbot, world, window):
    win = window
    qtbot.waitUntil(lambda: waiting(world) == 1, timeout=15000)
    world.stop_hq()
    qtbot.waitUntil(lambda: win.strip.state == "offline", timeout=ONE_PROBE_MS)
    # the probe says offline (the strip may say it first, from the cut stream): no retries
    # against nobody
    qtbot.waitUntil(lambda: not win.live.running, timeout=ONE_PROBE_MS)
    assert win.live.runner.pool.activeThreadCount() == 0

    set_stock(world.db, STORE, SKU_L, 2)  # while the terminal cannot hear of it
    world.start_hq()
    qtbot.waitUntil(lambda: cached_stock(world, SKU_L) is not None, timeout=ONE_PROBE_MS * 2)
    qtbot.waitUntil(lambda: win.live.running and waiting(world) == 1, timeout=15000)
    with qtbot.waitSignal(win.synced, timeout=15000):
        set_stock(world.db, STORE, SKU_L, 1)
    assert cached_stock(world, SKU_L)[0] == 1


def test_a_note_from_another_terminal_shows_on_the_open_profile_leaving_typing_alone(
    qtbot, world, window
):
    import uuid

    from tests.ui.conftest import ASSOCIATE
    from tests.ui.test_stock_and_orders import open_profile, signed_in

    win = window
    signed_in(qtbot, win)
    open_profile(qtbot, win)
    assert win.profile.who[0] == "sh1"
    notes = win.profile.notes.rowCount()
    prefs = next(p for p in win.profile.edit_pages if hasattr(p, "brands"))
    prefs.brands.setText("Osklen")  # being typed, not saved
    qtbot.waitUntil(lambda: waiting(world) == 1, timeout=15000)

    other = world.hq.enroll(STORE, "counter-2")
    session = world.hq.sign_in(other, ASSOCIATE)
    note = {"note_id": str(uuid.uuid4()), "shopper_id": "sh1", "reason": "gift",
            "text": "Anniversary next month"}  # fmt: skip
    with qtbot.waitSignal(win.profile.loaded, timeout=15000):
        with world.hq.client(session) as c:
            assert c.post("/v1/notes", json=note).status_code == 201
    assert win.profile.notes.rowCount() == notes + 1
    assert prefs.brands.text() == "Osklen"  # the associate's typing stays


def test_with_no_probe_the_long_poll_notices_hq_back_and_queued_writes_leave(qtbot, world, runner):
    """No probe and an hour's timer: HQ going and coming back is seen by the long poll
    alone (backing off meanwhile); once it answers again, the queued order leaves."""
    from clienteling.domain.enums import Fulfilment, OrderState
    from clienteling.services.orders import OrderDraft
    from clienteling.ui.main_window import MainWindow
    from tests.ui.test_stock_and_orders import signed_in

    set_stock(world.db, STORE, SKU_L, 3)
    world.services.syncing.follower.stream = False  # the long poll, as against an older HQ
    win = MainWindow(runner, sync_every_ms=3_600_000, probe_every_ms=0)
    qtbot.addWidget(win)
    win.show()
    win.open_terminal(world.services)
    qtbot.waitUntil(lambda: win.current == "signin", timeout=15000)
    qtbot.waitUntil(lambda: len(win.signin.associate_buttons()) == 3, timeout=5000)
    try:
        signed_in(qtbot, win)
        qtbot.waitUntil(lambda: waiting(world) == 1, timeout=15000)
        follower = world.services.syncing.follower
        world.stop_hq()
        qtbot.waitUntil(lambda: follower.failures >= 1, timeout=15000)
        draft = OrderDraft("sh1", [(SKU_L, 1, STORE)], Fulfilment.PICK_UP, pickup_store=STORE)
        placed = world.services.orders.place(draft)
        assert placed.state == OrderState.QUEUED
        assert win.live.running  # backing off, not given up

        with qtbot.waitSignal(win.synced, timeout=90_000):  # its pauses grow to a minute
            world.start_hq()
        assert world.services.orders.queued() == []
        assert world.services.orders.result(placed.order_id).state != OrderState.QUEUED
        assert follower.failures == 0
    finally:
        win.close()
    assert not win.live.running
