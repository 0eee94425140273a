"""The manager's service against a real HQ on loopback (SQLite and PostgreSQL): terminals
listed and revoked, a shopper erased, offline PIN locks lifted, refused writes shown; and
everyone else refused in words before HQ is asked."""

from __future__ import annotations

import pytest

from clienteling.domain.enums import Fulfilment, OrderState
from clienteling.hq import tables as t
from clienteling.security.pins import LOCK_AFTER, offline_sign_in
from clienteling.services.orders import OrderDraft
from tests.integration.services_world import (
    ASSOCIATE,
    MANAGER,
    STORE,
    TRAINEE,
    erase_at_hq,
    hq_rows,
    signed_in,
    terminal_world,
    unknown_at_hq,
)


@pytest.fixture
def hq_world(hq_db, tmp_path):
    with terminal_world(hq_db, tmp_path) as w:
        yield w


def test_a_manager_lists_and_revokes_the_stores_other_terminals(hq_world):
    other = hq_world.hq.enroll(STORE, "till 2")
    hq_world.hq.enroll("ES-MD-01", "madrid till")  # another store's: never listed here
    management = signed_in(hq_world, MANAGER).management
    rows = management.terminals()
    assert [(r.name, r.this_one, r.revoked) for r in rows] == [
        ("till 1", True, False),
        ("till 2", False, False),
    ]
    with pytest.raises(ValueError, match="the terminal you are using"):
        management.revoke(rows[0].device_id)
    revoked = management.revoke(rows[1].device_id)
    assert revoked.revoked and revoked.device_id == rows[1].device_id
    assert [r.revoked for r in management.terminals()] == [False, True]
    with hq_world.hq.client(other) as client:  # the revoked terminal is refused from now on
        assert client.get("/v1/sync/shoppers").status_code == 401
    (row,) = hq_rows(hq_world.db, t.devices, device_id=rows[1].device_id)
    assert row.revoked_at is not None


def test_a_manager_erases_a_shopper_at_hq_and_on_this_terminal(hq_world):
    services = signed_in(hq_world, MANAGER)
    assert services.profiles.profile("sh1") is not None
    assert services.management.erase("sh1") > 0
    assert hq_rows(hq_world.db, t.shoppers, shopper_id="sh1") == []
    assert services.profiles.profile("sh1") is None
    with pytest.raises(PermissionError, match="another store"):  # Madrid's shopper: HQ says no
        services.management.erase("sh2")


@pytest.mark.parametrize("who", [ASSOCIATE, TRAINEE])
def test_others_are_refused_in_words_before_hq_is_asked(hq_world, who):
    management = signed_in(hq_world, who).management
    hq_world.stop_hq()  # a refusal now can only come from the terminal
    with pytest.raises(PermissionError, match="only a manager can list or revoke"):
        management.terminals()
    with pytest.raises(PermissionError, match="only a manager can erase a shopper"):
        management.erase("sh1")
    with pytest.raises(PermissionError, match="only a manager can unlock"):
        management.offline_locks()
    with pytest.raises(PermissionError, match="only a manager"):
        management.set_aside()
    assert not management.decide("manage").allowed


def test_a_manager_sees_and_lifts_offline_pin_locks(hq_world):
    services = signed_in(hq_world, MANAGER)
    vault = services.sessions.vault
    for n in range(LOCK_AFTER):
        assert not offline_sign_in(vault, ASSOCIATE, "0000", now=1e6 + n * 3600)
    assert [a.employee_id for a in services.management.offline_locks()] == [ASSOCIATE]
    services.management.unlock(ASSOCIATE)
    assert services.management.offline_locks() == []


def test_a_manager_sees_refused_writes_with_hqs_reason(hq_world):
    services = signed_in(hq_world)
    unknown_at_hq(hq_world, "sh1")
    note = services.engagement.add_note("sh1", "browsing", "too late")
    assert note.state == "refused" and "sh1" in note.reason  # one outcome: refused
    services.sessions.sign_out()
    services.sessions.sign_in(MANAGER, "2468")
    (aside,) = services.management.set_aside()
    assert (aside.id, aside.kind, aside.author_id, aside.refused) == (
        note.note_id,
        "note",
        ASSOCIATE,
        True,
    )
    assert aside.reason == note.reason


def test_an_order_refused_for_anything_but_stock_does_not_claim_no_stock(hq_world):
    services = signed_in(hq_world)
    erase_at_hq(hq_world, "sh1")
    draft = OrderDraft("sh1", [("ST1-BLK-M", 1, STORE)], Fulfilment.PICK_UP, pickup_store=STORE)
    result = services.orders.place(draft)
    assert result.state == OrderState.REJECTED
    assert result.code and not result.out_of_stock
    more = OrderDraft("sh3", [("ST1-BLK-M", 50, STORE)], Fulfilment.PICK_UP, pickup_store=STORE)
    short = services.orders.place(more)
    assert short.state == OrderState.REJECTED and short.out_of_stock
