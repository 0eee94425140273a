"""Fleet settings take effect on a running terminal at its next sync run, without a restart,
and HQ refuses what a store has switched off (SQLite and PostgreSQL): ship-to-home orders and
feedback (403 feature_off; a write queued before the switch is set aside with HQ's words, not
lost), the slip's receipt width, the scanner setup (the store's, unless a manager saved this
terminal's own) and training mode's start."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clienteling.app import TrainingTerminal
from clienteling.domain.enums import OrderState, WriteState
from clienteling.hq import fleet
from clienteling.hq import tables as t
from clienteling.hq.cli import main as hq_cli
from clienteling.scan.qr import RECEIPT_58, receipt_medium
from clienteling.scan.wedge import WedgeSettings
from clienteling.services.fleet_settings import TrainingOff
from clienteling.services.orders import OrderProblem
from tests.integration.services_world import (
    MANAGER,
    PIN,
    STORE,
    hq_rows,
    offline_session,
    signed_in,
    sqlite_world,
    terminal_world,
)
from tests.integration.test_services_orders import pickup, shipped

OTHER = "ES-MD-01"


@pytest.fixture
def world(hq_db, tmp_path):
    """The terminal and its HQ, on SQLite and then on PostgreSQL."""
    with terminal_world(hq_db, tmp_path) as w:
        yield w


@pytest.fixture
def local_world(tmp_path):
    """What only the terminal decides: HQ on SQLite."""
    with sqlite_world(tmp_path) as w:
        yield w


def switch(world, name: str, value, store: str | None = STORE) -> None:
    """What `clienteling-hq settings set NAME VALUE --store STORE` does."""
    fleet.set_value(world.db, name, value, datetime.now(UTC), store_id=store, actor="test")


# --- ship to home --------------------------------------------------------------------------


def test_a_store_that_does_not_ship_is_refused_ship_orders_here_and_at_hq(world):
    services = signed_in(world)
    before = services.orders.place(shipped("ST1-BLK-M"))
    assert before.state == OrderState.CONFIRMED
    switch(world, "ship_to_home", "off")
    # Not synced yet: the terminal still offers it, and HQ refuses it in words to act on.
    refused = services.orders.place(shipped("ST1-BLK-M"))
    assert refused.state == OrderState.REJECTED
    assert "does not ship orders to the shopper's home" in refused.reason
    assert "pick-up" in refused.reason and STORE in refused.reason
    # An order HQ took before the switch, sent again (its answer was lost): still its answer.
    first = services.orders.writes.record(before.order_id)
    status, answer = services.sessions.client().send_json("POST", "/orders", first.body)
    assert status == 201 and answer["order_id"] == before.order_id
    # The next sync run brings the switch: the terminal refuses before anything is queued.
    services.syncing.sync()
    assert not services.orders.ships_to_home()
    with pytest.raises(OrderProblem, match="does not ship to the shopper's home"):
        services.orders.place(shipped("ST1-BLK-M"))
    assert services.orders.place(pickup("ST1-BLK-M")).state == OrderState.CONFIRMED
    with world.db.read() as conn:
        assert fleet.enabled(conn, OTHER, "ship_to_home")  # another store still ships
    assert len(hq_rows(world.db, t.orders)) == 2  # the first ship order and the pick-up
    switch(world, "ship_to_home", None)  # unset: the default (on) again
    services.syncing.sync()
    assert services.orders.place(shipped("ST1-BLK-L")).state == OrderState.CONFIRMED


def test_a_ship_order_queued_before_the_switch_is_set_aside_with_hqs_reason(world):
    services = offline_session(world)
    queued = services.orders.place(shipped("ST1-BLK-M"))
    assert queued.state == OrderState.QUEUED
    switch(world, "ship_to_home", "off")  # while the store was offline
    services.sessions.sign_out()
    world.start_hq()
    status = services.syncing.sync()
    assert (status.queued, status.parked) == (0, 1)
    [parked] = status.refused
    assert parked.id == queued.order_id and "does not ship" in parked.reason
    kept = services.orders.result(queued.order_id)  # on the terminal, with the reason
    assert kept.state == OrderState.REJECTED and kept.reason == parked.reason
    assert hq_rows(world.db, t.orders) == []


# --- feedback ------------------------------------------------------------------------------


def test_feedback_is_refused_where_the_store_takes_none(world):
    services = signed_in(world)
    assert services.engagement.takes_feedback()
    assert services.engagement.record_feedback("sh1", 5, "lovely").state == WriteState.SENT
    switch(world, "feedback_capture", "off")
    world.stop_hq()
    waiting = services.engagement.record_feedback("sh1", 4)  # offline: queued
    assert waiting.state == WriteState.WAITING
    world.start_hq()  # what failed while HQ was down is due at once
    status = services.syncing.sync()
    assert status.parked == 1
    [parked] = status.refused
    assert parked.id == waiting.id and "does not record shoppers' feedback" in parked.reason
    assert not services.engagement.takes_feedback()
    with pytest.raises(PermissionError, match="feedback"):
        services.engagement.record_feedback("sh1", 3)
    assert [r.score for r in hq_rows(world.db, t.feedback)] == [5]
    # HQ refuses it from any terminal of the store, whatever that terminal believes.
    token = world.hq.enroll(STORE, "till 2")
    with world.hq.client(token) as client:
        session = client.post("/v1/sessions", json={"employee_id": MANAGER, "pin": PIN}).json()
        answer = client.post(
            "/v1/feedback",
            json={"feedback_id": "7d1f5c1e-0000-4000-8000-000000000001", "shopper_id": "sh1",
                  "score": 2, "comment": ""},
            headers={"Authorization": f"Bearer {session['session_token']}"},
        )  # fmt: skip
    assert answer.status_code == 403
    error = answer.json()["error"]
    assert error["code"] == "feature_off"
    assert error["details"] == {"setting": "feedback_capture", "store_id": STORE}


# --- receipt width, scanner, training --------------------------------------------------------


def test_the_slip_is_as_wide_as_the_stores_receipt_printers(local_world):
    services = local_world.services
    assert services.orders.receipt().width_dots == 42 * 12
    switch(local_world, "receipt_width", "32")
    services.syncing.sync()
    assert services.orders.receipt() == RECEIPT_58
    assert receipt_medium(48).width_dots == 576 and receipt_medium(24).width_dots == 288


def test_the_scanner_follows_the_store_until_a_manager_sets_this_terminals_own(local_world):
    services = local_world.services
    scans = services.scans
    assert scans.wedge_settings() == WedgeSettings()  # the defaults agree
    switch(local_world, "scanner_prefix", "~")
    switch(local_world, "scanner_suffix", "tab")
    switch(local_world, "scanner_gap_ms", "60")
    services.syncing.sync()
    setup = scans.wedge_setup()
    assert not setup.own
    assert (setup.settings.prefix, setup.settings.suffixes) == ("~", ("\t",))
    assert setup.settings.max_median_gap_ms == 60 and setup.settings.timeout_ms == 110
    # A manager sets this terminal's own scanner up: it applies over the store's.
    services.sessions.sign_in(MANAGER, PIN)
    mine = WedgeSettings(prefix="^", suffixes=("\r", "\n"))
    assert scans.save_wedge_settings(mine).own
    switch(local_world, "scanner_prefix", "]")
    services.syncing.sync()
    assert scans.wedge_settings() == mine
    back = scans.save_wedge_settings(None)  # "Use the store's settings"
    assert not back.own and back.settings.prefix == "]"


def test_hq_refuses_scanner_values_no_scanner_can_use(local_world, capsys):
    url = str(local_world.db.engine.url)
    for name, value, words in (
        ("scanner_suffix", "crlf", "give one of any, enter, tab, none"),
        ("scanner_prefix", "ab", "at most 1 character"),
        ("scanner_prefix", "\t", "cannot be used here"),
    ):
        assert hq_cli(["settings", "set", name, value, "--chain", "--db", url]) == 2
        assert words in capsys.readouterr().err


def test_training_does_not_start_where_the_store_has_it_off(world, tmp_path):
    training = TrainingTerminal(tmp_path / "training")
    training.check_allowed()  # the first sync said the store trains
    switch(world, "training", "off")
    world.services.syncing.sync()
    with pytest.raises(TrainingOff, match="training mode is switched off") as refused:
        training.start()  # refused before any training HQ starts
    assert refused.value.store_id == STORE and training.hq is None
    switch(world, "training", "on")
    world.services.syncing.sync()
    training.check_allowed()
