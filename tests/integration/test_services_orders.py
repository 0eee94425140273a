"""Orders as the order and orders screens use them, without Qt: a real HQ on loopback, on SQLite
and on PostgreSQL, a real enrolled terminal; online and with the HQ stopped.

The world and its chain: services_world.py.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from clienteling.cache import outbox
from clienteling.domain.enums import Fulfilment, OrderState
from clienteling.domain.orders import DeliveryOrder, OrderLine
from clienteling.hq import tables as t
from clienteling.services.orders import (
    OrderDraft,
    OrderProblem,
    address_problems,
    order_rows,
)
from tests.cache_access import writer_of
from tests.integration.services_world import (
    ASSOCIATE,
    PIN,
    STORE,
    TRAINEE,
    erase_at_hq,
    hq_rows,
    overloaded,
    signed_in,
    terminal_world,
    unknown_at_hq,
)

ADDRESS = {
    "line1": "Rua Augusta 100",
    "city": "São Paulo",
    "postcode": "01305-000",
    "country": "BR",
}


@pytest.fixture
def world(hq_db, tmp_path):
    """The terminal and its HQ, on SQLite and then on PostgreSQL."""
    with terminal_world(hq_db, tmp_path) as w:
        yield w


def pickup(sku: str, quantity: int = 1, source: str | None = None, shopper: str = "sh1"):
    return OrderDraft(shopper, [(sku, quantity, source)], Fulfilment.PICK_UP, pickup_store=STORE)


def shipped(sku: str, quantity: int = 1, source: str | None = None, shopper: str = "sh1"):
    return OrderDraft(
        shopper, [(sku, quantity, source)], Fulfilment.SHIP_TO_ADDRESS, address=dict(ADDRESS)
    )


def reserved_at(db, store_id: str, sku: str) -> int:
    found = hq_rows(db, t.stock, store_id=store_id, sku=sku)
    return found[0].reserved if found else 0


# --- placing -------------------------------------------------------------------------------


def test_an_order_placed_online_is_confirmed_with_hqs_copy(world):
    services, db = signed_in(world), world.db
    orders = services.orders
    result = orders.place(pickup("ST1-BLK-L", 1, "BR-SP-02"))
    assert result.state == OrderState.CONFIRMED and result.reason == ""
    order = result.order
    assert order.order_id == result.order_id and order.status == "reserved"
    assert order.associate_id == ASSOCIATE and order.store_id == STORE
    assert order.pickup_store == STORE and order.fulfilment == Fulfilment.PICK_UP
    assert order.lines == (OrderLine("ST1-BLK-L", 1, "BR-SP-02", 18900, "EUR"),)
    assert [h.status for h in order.history] == ["placed", "reserved"]
    assert orders.result(result.order_id).order == order
    assert hq_rows(db, t.orders, order_id=result.order_id)[0].status == "reserved"
    assert reserved_at(db, "BR-SP-02", "ST1-BLK-L") == 1
    # HQ picks the nearest store with the units when the associate does not.
    nearest = orders.place(shipped("ST1-BLK-L", 2))
    assert nearest.state == OrderState.CONFIRMED
    assert nearest.order.lines[0].source_store == "ES-MD-01"
    assert nearest.order.address.city == "São Paulo"
    assert orders.queued() == []
    rows = orders.rows()
    assert [(r.order_id, r.state, r.status) for r in rows] == [
        (nearest.order_id, OrderState.CONFIRMED, "reserved"),
        (result.order_id, OrderState.CONFIRMED, "reserved"),
    ]
    assert rows[1].shopper_name == "Ana Silva" and rows[1].actions == ("cancel",)
    assert rows[1].pickup_store == STORE and rows[1].lines == order.lines
    assert orders.find(result.order_id).state == OrderState.CONFIRMED
    # The profile lists it among the shopper's open orders.
    open_orders = services.profiles.profile("sh1").open_orders
    assert {o.order_id for o in open_orders} == {result.order_id, nearest.order_id}


def test_orders_placed_offline_queue_with_the_reason_and_are_sent_on_the_next_sync(world):
    services, db = signed_in(world), world.db
    orders = services.orders
    world.stop_hq()
    offline = orders.place(shipped("ST1-BLK-L", 2))
    assert offline.state == OrderState.QUEUED
    assert "offline" in offline.reason and "cannot be reached" in offline.reason
    taken = orders.place(pickup("ST1-BLK-M", 3, STORE))  # only 2 here
    assert taken.state == OrderState.QUEUED
    assert orders.queued() == [offline.order_id, taken.order_id]
    rows = {r.order_id: r for r in orders.rows()}
    assert set(rows) == {offline.order_id, taken.order_id}
    assert rows[offline.order_id].state == OrderState.QUEUED
    assert rows[offline.order_id].actions == ("cancel",)
    assert "offline" in rows[offline.order_id].reason
    assert rows[offline.order_id].fulfilment == Fulfilment.SHIP_TO_ADDRESS
    assert orders.find(taken.order_id).state == OrderState.QUEUED
    assert hq_rows(db, t.orders) == []

    world.start_hq()  # what failed while HQ was down is due at once
    status = services.syncing.sync()
    assert (status.queued, status.delivered, status.parked) == (0, 1, 1)
    confirmed = orders.result(offline.order_id)
    assert confirmed.state == OrderState.CONFIRMED and confirmed.order.status == "reserved"
    assert confirmed.order.lines[0].source_store == "ES-MD-01"
    rejected = orders.result(taken.order_id)
    assert rejected.state == OrderState.REJECTED and "not enough stock" in rejected.reason
    alternatives = {(a.sku, a.store_id) for a in rejected.alternatives}
    assert ("ST1-BLK-L", "ES-MD-01") in alternatives
    assert all(a.line_sku == "ST1-BLK-M" for a in rejected.alternatives)
    assert [(p.id, p.kind) for p in status.refused] == [(taken.order_id, "order")]
    assert [r.state for r in orders.results([offline.order_id, taken.order_id, "nope"])] == [
        OrderState.CONFIRMED,
        OrderState.REJECTED,
    ]
    rows = {r.order_id: r for r in orders.rows()}
    assert rows[taken.order_id].state == OrderState.REJECTED
    assert rows[taken.order_id].actions == ("alternative", "cancel")
    assert rows[taken.order_id].alternatives == rejected.alternatives
    assert rows[offline.order_id].state == OrderState.CONFIRMED


def test_a_refused_order_is_placed_again_with_an_alternative(world):
    services, db = signed_in(world), world.db
    orders = services.orders
    refused = orders.place(pickup("ST1-BLK-M", 3, STORE))
    assert refused.state == OrderState.REJECTED and "not enough stock" in refused.reason
    assert orders.queued() == []
    other_store = next(
        a for a in refused.alternatives if (a.sku, a.store_id) == ("ST1-BLK-L", "ES-MD-01")
    )
    assert other_store.available == 5 and other_store.kind == "other_variant"
    again = orders.reorder(refused.order_id, other_store)
    assert again.state == OrderState.CONFIRMED and again.order_id != refused.order_id
    assert again.order.lines == (OrderLine("ST1-BLK-L", 3, "ES-MD-01", 18900, "EUR"),)
    assert again.order.pickup_store == STORE
    assert reserved_at(db, "ES-MD-01", "ST1-BLK-L") == 3
    # The refused one is set aside: off the orders screen, no longer waiting or refused.
    assert [r.order_id for r in orders.rows()] == [again.order_id]
    assert orders.find(refused.order_id) is None
    assert [r.order_id for r in orders.results([refused.order_id, again.order_id])] == [
        again.order_id
    ]
    status = services.syncing.status()
    assert (status.parked, status.refused) == (0, ())
    with pytest.raises(ValueError, match="not on this terminal"):
        orders.reorder(str(uuid.uuid4()), other_store)


def test_a_nul_in_an_order_is_named_before_anything_is_queued(world):
    services = signed_in(world)
    draft = shipped("ST1-BLK-M")
    draft.note = "gate code 12\x0034"
    draft.address = {**ADDRESS, "line1": "Rua Augusta\x00 100"}
    with pytest.raises(OrderProblem) as refused:
        services.orders.place(draft)
    assert sorted(refused.value.problems) == [
        "address.line1: has a character that cannot be stored (U+0000); remove it",
        "note: has a character that cannot be stored (U+0000); remove it",
    ]
    status = services.syncing.status()
    assert (status.queued, status.delivered, status.parked) == (0, 0, 0)
    assert hq_rows(world.db, t.orders) == []


def test_a_draft_names_every_problem_and_nothing_is_queued(world):
    services = signed_in(world)
    with pytest.raises(OrderProblem) as err:
        services.orders.place(OrderDraft("ghost", [("NOPE", 0, None)], Fulfilment.SHIP_TO_ADDRESS))
    text = str(err.value)
    assert "shopper is not on this terminal" in text and "NOPE" in text and "quantity" in text
    assert len(err.value.problems) == 3  # each named on its own
    with pytest.raises(OrderProblem, match="address"):
        services.orders.check(
            OrderDraft("sh1", [("ST1-BLK-M", 1, None)], Fulfilment.SHIP_TO_ADDRESS)
        )
    with pytest.raises(OrderProblem, match="pickup_store"):
        services.orders.check(OrderDraft("sh1", [("ST1-BLK-M", 1, None)], Fulfilment.PICK_UP))
    body = services.orders.check(pickup("ST1-BLK-M"))
    assert body["shopper_id"] == "sh1" and len(body["order_id"]) == 36
    services.sessions.sign_out()
    with pytest.raises(PermissionError, match="sign in first"):
        services.orders.place(pickup("ST1-BLK-M"))
    status = services.syncing.status()
    assert (status.queued, status.delivered, status.parked) == (0, 0, 0)


def test_a_trainees_order_is_refused_before_it_is_queued(world):
    services = signed_in(world, TRAINEE)
    with pytest.raises(PermissionError, match="trainees do not change the store's real data"):
        services.orders.place(pickup("ST1-BLK-M"))
    assert services.orders.rows() == []


def test_an_order_hq_refuses_is_rejected_with_hqs_words(world):
    services = signed_in(world)
    unknown_at_hq(world, "sh1")  # gone at HQ since the terminal's last sync
    result = services.orders.place(pickup("ST1-BLK-M"))
    assert result.state == OrderState.REJECTED and result.alternatives == []
    assert "shopper sh1" in result.reason
    [row] = services.orders.rows()
    assert row.actions == ("cancel",)  # nothing to offer instead: only set it aside


def test_an_order_for_a_shopper_erased_meanwhile_is_set_aside_and_the_shopper_leaves(world):
    services = signed_in(world)
    erase_at_hq(world, "sh1")  # the terminal has not synced since: it still shows them
    result = services.orders.place(pickup("ST1-BLK-M"))
    assert result.state == OrderState.REJECTED and "erased" in result.reason
    assert services.profiles.profile("sh1") is None  # gone from this terminal at once
    assert hq_rows(world.db, t.orders) == []


def test_writes_that_failed_while_hq_was_down_leave_with_the_first_sync_after_it(world):
    """However long their back-off grew during the outage, the first sync that reaches HQ
    sends them; a write HQ itself asked to wait (busy) keeps its pause."""
    services = signed_in(world)
    orders, cache = services.orders, writer_of(services.orders.cache)
    world.stop_hq()
    lost = orders.place(pickup("ST1-BLK-M", 1, STORE))
    assert lost.state == OrderState.QUEUED
    entry = outbox.record(cache, lost.order_id)
    assert entry.attempts == 1 and "cannot be reached" in entry.last_error
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    cache.execute("UPDATE outbox SET next_attempt_at = ? WHERE id = ?", (later, lost.order_id))
    assert services.syncing.sync().queued == 1  # still down: nothing to do
    world.start_hq()
    status = services.syncing.sync()
    assert (status.queued, status.delivered) == (0, 1)
    assert outbox.record(cache, lost.order_id).state == outbox.DELIVERED
    assert [r.order_id for r in hq_rows(world.db, t.orders)] == [lost.order_id]

    with overloaded(world):  # HQ is there, behind a proxy that says "busy"
        busy = orders.place(pickup("ST1-BLK-L", 1, "ES-MD-01"))
        assert busy.state == OrderState.QUEUED
    world.start_hq()
    waits = outbox.record(cache, busy.order_id)
    assert waits.attempts == 1 and waits.state == outbox.PENDING
    services.syncing.sync()  # HQ answers the pull: the busy write keeps its pause
    kept = outbox.record(cache, busy.order_id)
    assert kept.state == outbox.PENDING and kept.updated_at == waits.updated_at
    assert len(hq_rows(world.db, t.orders)) == 1


# --- cancelling ----------------------------------------------------------------------------


def test_cancel_withdraws_what_hq_never_got(world):
    services, db = signed_in(world), world.db
    orders = services.orders
    world.stop_hq()
    queued = orders.place(pickup("ST1-BLK-M"))
    [row] = orders.rows()
    assert orders.cancel(row) == "withdrawn"
    assert orders.rows() == [] and orders.queued() == []
    world.start_hq()  # what failed while HQ was down is due at once
    services.syncing.sync()
    assert hq_rows(db, t.orders, order_id=queued.order_id) == []  # never sent

    refused = orders.place(pickup("ST1-BLK-M", 3, STORE))
    [row] = orders.rows()
    assert row.order_id == refused.order_id and row.state == OrderState.REJECTED
    assert orders.cancel(row) == "withdrawn"
    assert orders.rows() == [] and services.syncing.status().parked == 0


def test_cancel_a_confirmed_order_at_hq(world):
    services, db = signed_in(world), world.db
    orders = services.orders
    placed = orders.place(pickup("ST1-BLK-M", 2, STORE))
    assert reserved_at(db, STORE, "ST1-BLK-M") == 2
    assert services.catalog.product_stock("ST1-BLK-M", live=False).stock.here.available == 2
    [row] = orders.rows()
    assert orders.cancel(row) == "cancelled"
    assert hq_rows(db, t.orders, order_id=placed.order_id)[0].status == "cancelled"
    assert reserved_at(db, STORE, "ST1-BLK-M") == 0  # the units are back on the shelf
    [row] = orders.rows()
    assert (row.state, row.status, row.actions) == (OrderState.CONFIRMED, "cancelled", ())
    # The cached stock was brought back with it.
    assert services.catalog.product_stock("ST1-BLK-M", live=False).stock.here.available == 2
    assert services.profiles.profile("sh1").open_orders == []


def test_cancel_requested_while_hq_is_down_is_sent_on_the_next_sync(world):
    services, db = signed_in(world), world.db
    orders = services.orders
    placed = orders.place(pickup("ST1-BLK-M", 1, STORE))
    [row] = orders.rows()
    world.stop_hq()
    assert orders.cancel(row) == "requested"
    [row] = orders.rows()
    assert row.cancelling and row.status == "reserved" and row.actions == ()
    world.start_hq()  # what failed while HQ was down is due at once
    services.syncing.sync()
    assert hq_rows(db, t.orders, order_id=placed.order_id)[0].status == "cancelled"
    services.syncing.sync()  # the sync that sent it pulled first; this one brings HQ's row
    [row] = orders.rows()
    assert (row.status, row.cancelling, row.actions) == ("cancelled", False, ())


def test_cancel_refused_by_hq_says_why(world):
    services, db = signed_in(world), world.db
    orders = services.orders
    placed = orders.place(shipped("ST1-BLK-M", 1, STORE))
    [row] = orders.rows()
    # Meanwhile the order left the store (another till, the warehouse).
    with db.write() as w:
        w.conn.execute(update(t.orders).values(status="shipped", seq=w.next_seq()))
    with pytest.raises(ValueError, match="shipped cannot become cancelled"):
        orders.cancel(row)
    assert hq_rows(db, t.orders, order_id=placed.order_id)[0].status == "shipped"
    [row] = orders.rows()
    assert not row.cancelling


def test_cancel_a_queued_order_that_reached_hq_meanwhile(world):
    services = signed_in(world)
    orders = services.orders
    world.stop_hq()
    orders.place(pickup("ST1-BLK-M"))
    [stale] = orders.rows()
    world.start_hq()  # what failed while HQ was down is due at once
    services.syncing.sync()
    with pytest.raises(ValueError, match="reached HQ meanwhile"):
        orders.cancel(stale)
    assert not orders.withdraw(stale.order_id)  # HQ has it: nothing to set aside
    [row] = orders.rows()
    assert row.state == OrderState.CONFIRMED and row.actions == ("cancel",)
    services.sessions.sign_out()
    with pytest.raises(PermissionError, match="sign in first"):
        orders.cancel(row)


# --- the orders screen ---------------------------------------------------------------------


def test_rows_of_today_and_of_one_shopper_and_finding_one(world):
    services, db = signed_in(world), world.db
    orders = services.orders
    earlier = datetime.now(UTC) - timedelta(days=3)
    old_id = str(uuid.uuid4())
    with db.write() as w:  # an order of three days ago, placed at this store
        w.insert(t.orders, [{
            "order_id": old_id, "shopper_id": "sh1", "store_id": STORE,
            "associate_id": ASSOCIATE, "fulfilment": "pickup", "pickup_store": STORE,
            "address": None, "status": "collected", "history": [],
            "lines": [{"sku": "ST1-BLK-S", "quantity": 1, "source_store": STORE,
                       "unit_price_minor": 18900, "currency": "EUR"}],
            "created_at": earlier, "updated_at": earlier,
        }])  # fmt: skip
        w.conn.execute(t.order_stores.insert().values(order_id=old_id, store_id=STORE))
    services.syncing.sync()
    first = orders.place(pickup("ST1-BLK-M", 1, STORE))
    second = orders.place(pickup("ST1-BLK-L", 1, "ES-MD-01", shopper="sh3"))
    world.stop_hq()
    third = orders.place(pickup("ST1-BLK-L", 1, "BR-SP-02"))  # queued

    today = orders.rows()
    assert [r.order_id for r in today] == [third.order_id, second.order_id, first.order_id]
    assert [r.shopper_name for r in today] == ["Ana Silva", "Ana Gonçalves", "Ana Silva"]
    assert [r.state for r in today] == [OrderState.QUEUED, *[OrderState.CONFIRMED] * 2]
    silva = orders.rows("sh1")
    assert [r.order_id for r in silva] == [third.order_id, first.order_id, old_id]
    assert silva[-1].status == "collected" and silva[-1].actions == ()
    assert [r.order_id for r in orders.rows("sh3")] == [second.order_id]
    assert [r.order_id for r in orders.rows(limit=1)] == [third.order_id]

    assert orders.find(old_id).status == "collected"
    assert orders.find(third.order_id).state == OrderState.QUEUED
    assert orders.find(str(uuid.uuid4())) is None


def test_an_order_hq_answered_with_as_a_row(world):
    services = signed_in(world)
    placed = services.orders.place(pickup("ST1-BLK-M", 1, STORE, shopper="sh3"))
    answer = services.sessions.client().order(placed.order_id)
    row = services.orders.row_from_hq(answer)
    assert (row.order_id, row.shopper_name, row.state) == (
        placed.order_id,
        "Ana Gonçalves",
        OrderState.CONFIRMED,
    )
    assert row.status == "reserved" and row.lines == placed.order.lines
    assert row.actions == ("cancel",)
    stranger = services.orders.row_from_hq({**answer, "shopper_id": "sh-elsewhere"})
    assert stranger.shopper_name == "sh-elsewhere"  # a shopper this terminal does not have


# --- the parts of the screen that are plain functions --------------------------------------

ADDRESS_CASES = [
    # (what was typed, what is wrong per field)
    (ADDRESS, {}),
    ({**ADDRESS, "country": " br "}, {}),
    ({**ADDRESS, "line2": "", "region": ""}, {}),
    ({}, {"line1": "missing", "city": "missing", "postcode": "missing", "country": "missing"}),
    ({**ADDRESS, "line1": "   "}, {"line1": "missing"}),
    ({**ADDRESS, "postcode": "1" * 21}, {"postcode": "too_long"}),
    ({**ADDRESS, "line2": "x" * 201, "city": "c" * 121}, {"line2": "too_long", "city": "too_long"}),
    ({**ADDRESS, "region": "r" * 121}, {"region": "too_long"}),
    ({**ADDRESS, "country": "XX"}, {"country": "country"}),
    ({**ADDRESS, "country": "Brazil"}, {"country": "country"}),
    ({**ADDRESS, "country": "UK"}, {"country": "country"}),  # a common mistake for GB
    ({**ADDRESS, "country": "gb"}, {}),
]


@pytest.mark.parametrize(("typed", "problems"), ADDRESS_CASES)
def test_address_problems(typed, problems):
    assert address_problems(typed) == problems


STAMP = datetime(2026, 12, 1, tzinfo=UTC)


def _iso(minutes: int, offset_hours: int) -> str:
    """The same kind of stamp HQ and the outbox write, in any UTC offset."""
    zone = timezone(timedelta(hours=offset_hours))
    return (STAMP + timedelta(minutes=minutes)).astimezone(zone).isoformat()


stamps = st.tuples(st.integers(0, 3000), st.integers(-11, 13))


def _confirmed(n: int, stamp: tuple[int, int], status: str) -> DeliveryOrder:
    line = OrderLine("ST1-BLK-M", 1, STORE)
    return DeliveryOrder(f"c{n}", "sh1", "pickup", (line,), status, created_at=_iso(*stamp))


confirmed_orders = st.lists(
    st.builds(
        _confirmed,
        st.integers(0, 30),
        stamps,
        st.sampled_from(["reserved", "picked", "shipped", "cancelled"]),
    ),
    max_size=8,
    unique_by=lambda o: o.order_id,
)
outbox_entries = st.lists(
    st.tuples(
        st.sampled_from(["order", "order-status"]),
        st.integers(0, 30),
        st.sampled_from([outbox.PENDING, outbox.PARKED]),
        stamps,
    ),
    max_size=8,
)


def _record(n: int, kind: str, target: int, state: str, stamp) -> outbox.Record:
    order_id = f"c{target}" if kind == "order-status" or target % 3 == 0 else f"q{target}"
    body = {
        "order_id": order_id,
        "shopper_id": "sh1",
        "fulfilment": "pickup",
        "pickup_store": STORE,
        "lines": [{"sku": "ST1-BLK-M", "quantity": 1, "source_store": None}],
    }
    path = "/orders" if kind == "order" else f"/orders/{order_id}/status"
    answer = None
    if state == outbox.PARKED and kind == "order":
        alternatives = [{"kind": "other_store", "sku": "ST1-BLK-M", "store_id": "ES-MD-01",
                         "available": 4}]  # fmt: skip
        answer = {"error": {"details": [{"sku": "ST1-BLK-M", "alternatives": alternatives}]}}
    return outbox.Record(
        n, order_id if kind == "order" else f"s{n}", kind, "sh1", "POST", path,
        body if kind == "order" else {"status": "cancelled"}, state, 1, 0,
        "refused" if state == outbox.PARKED else "offline", 409 if answer else None,
        answer, _iso(*stamp), _iso(*stamp), "BR-SP-01-associate", "online",
    )  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(confirmed_orders, outbox_entries, st.integers(1, 20))
def test_order_rows_newest_first_each_order_once(confirmed, entries, limit):
    waiting, ids = [], set()
    for n, entry in enumerate(entries):
        record = _record(n, *entry)
        if record.id not in ids:  # ids are unique in the outbox
            ids.add(record.id)
            waiting.append(record)
    rows = order_rows(confirmed, waiting, limit)
    instants = [datetime.fromisoformat(r.created_at) for r in rows]
    assert instants == sorted(instants, reverse=True)  # by the moment, whatever the offset
    ids = [r.order_id for r in rows]
    assert len(ids) == len(set(ids))  # an order HQ confirmed shows once, as confirmed
    known = {o.order_id for o in confirmed}
    placed_here = {r.id for r in waiting if r.kind == "order"} - known
    everything = known | placed_here
    assert len(rows) == min(limit, len(everything)) and set(ids) <= everything
    cancel_pending = {
        r.path.split("/")[2] for r in waiting
        if r.kind == "order-status" and r.state == outbox.PENDING
    }  # fmt: skip
    by_id = {r.id: r for r in waiting if r.kind == "order"}
    for row in rows:
        if row.order_id in known:
            assert row.state == OrderState.CONFIRMED and row.reason == ""
            assert row.cancelling == (row.order_id in cancel_pending)
            if row.cancelling:
                assert row.actions == ()
        else:
            record = by_id[row.order_id]
            refused = record.state == outbox.PARKED
            assert row.state == (OrderState.REJECTED if refused else OrderState.QUEUED)
            assert bool(row.alternatives) == refused
            assert row.actions == (("alternative", "cancel") if refused else ("cancel",))
            assert row.reason == record.last_error
    if len(everything) <= limit:  # nothing left out: the newest of all is first
        newest = max(
            [datetime.fromisoformat(o.created_at) for o in confirmed]
            + [datetime.fromisoformat(by_id[i].created_at) for i in placed_here],
            default=None,
        )
        assert (instants[0] if instants else None) == newest


def test_orders_placed_offline_go_out_on_the_first_sync_once_hq_is_back(world):
    """Signed in offline, orders wait; the first sync with HQ back sends them as the author
    (with their write grant), without signing in again."""
    services = signed_in(world)
    services.sessions.sign_out()
    world.stop_hq()
    services.sessions.sign_in(ASSOCIATE, PIN)  # offline
    queued = services.orders.place(pickup("ST1-BLK-M"))
    assert queued.state == OrderState.QUEUED
    world.start_hq()
    services.syncing.sync()
    confirmed = services.orders.result(queued.order_id)
    assert confirmed.state == OrderState.CONFIRMED
    assert confirmed.order.associate_id == ASSOCIATE
