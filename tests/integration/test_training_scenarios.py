"""Guided scenarios on the real training HQ: every scenario from start to finish, the trainee's
actions made through the services the screens call, and each step done only once the real
state (outbox, cache, the training HQ's database) changed; wrong actions are noticed."""

from __future__ import annotations

import sqlite3
import time
from datetime import date, timedelta

import pytest

from clienteling.app import TrainingTerminal
from clienteling.domain.enums import Fulfilment, OrderState
from clienteling.services.orders import OrderDraft
from tests.conftest import training_terminal

SMALL = {"shoppers": 40, "products": 20, "stores": 2, "seed": 7}


@pytest.fixture(scope="module")
def training(tmp_path_factory):
    with training_terminal(tmp_path_factory.mktemp("scenarios"), SMALL) as terminal:
        yield terminal


def begin(training: TrainingTerminal, scenario_id: str, *, sign_in: bool = True):
    """Start the scenario (reset, setup), then what the app does: the first sync and the
    practice associate's sign-in. Returns (coach, services, values)."""
    coach = training.coach()
    progress = coach.start(scenario_id)
    services = training.services
    services.syncing.sync()
    values = progress.values
    if sign_in:
        employee = values["associate_id"]
        services.sessions.sign_in(employee, training.pins[employee])
    return coach, services, values


def current(coach) -> str | None:
    progress = coach.check()
    step = progress.current
    return None if step is None else step.id


def hq(training, sql: str, *args):
    conn = sqlite3.connect(training.home / "demo-hq.db")
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def other_shopper(training, values) -> str:
    return hq(
        training,
        "SELECT shopper_id FROM shoppers WHERE home_store = ? AND shopper_id != ? "
        "ORDER BY shopper_id LIMIT 1",
        values["store_id"],
        values["shopper_id"],
    )[0][0]


def other_size(training, values) -> str:
    """An item of the same style in another size that some store can sell."""
    return hq(
        training,
        "SELECT p.sku FROM products p JOIN stock s ON s.sku = p.sku WHERE p.style = ? "
        "AND p.size != ? AND s.on_hand - s.reserved > 0 ORDER BY p.sku LIMIT 1",
        values["style"],
        values["size"],
    )[0][0]


def address_of(training, shopper_id: str) -> dict:
    import json

    raw = json.loads(
        hq(training, "SELECT address FROM shoppers WHERE shopper_id = ?", shopper_id)[0][0]
    )
    return {
        k: raw.get(k) or "" for k in ("line1", "line2", "city", "postcode", "region", "country")
    }


def test_find_a_shopper_by_a_phone_fragment_and_record_the_reason(training):
    coach, s, v = begin(training, "find-by-phone")
    shopper = v["shopper_id"]
    assert current(coach) == "search"
    hits = s.lookup.search(v["phone_fragment"])
    assert [h.shopper_id for h in hits][:1] == [shopper]
    question = coach.progress().current.question
    assert question.choices[question.answer] == "{shopper_name}"
    assert coach.answer(0) is False  # a decoy's name: a mistake, explained
    assert coach.answer(1) is True
    assert current(coach) == "reason"

    s.engagement.add_note(other_shopper(training, v), "browsing", "wants a coat")
    assert current(coach) == "reason"  # a note, on the wrong shopper
    assert [m.check for m in coach.progress().mistakes] == ["question:0", "note_on_other_shopper"]
    assert coach.hint().startswith("Open {shopper_name}'s profile")

    assert s.engagement.add_note(shopper, "browsing", "wants a winter coat").sent
    progress = coach.check()
    assert progress.finished and progress.done_count == 2
    summary = coach.summary()
    assert (summary.scenario_id, summary.hints_used, summary.mistake_count) == (
        "find-by-phone",
        1,
        2,
    )
    assert summary.finished and summary.seconds >= 0


def test_scan_a_loyalty_card_to_open_the_shopper(training):
    coach, s, v = begin(training, "scan-loyalty-card")
    assert current(coach) == "scan"
    assert s.lookup.search(v["shopper_name"]) == [] or all(
        h.shopper_id != v["shopper_id"] for h in s.lookup.search(v["shopper_name"])
    )  # a traveller: not on this terminal until the card is scanned
    assert current(coach) == "scan"
    outcome = s.scans.resolve(v["loyalty_id"])
    assert outcome.shopper_id == v["shopper_id"] and outcome.fetched
    assert current(coach) == "note"
    s.engagement.add_note(v["shopper_id"], "browsing", "member from another region")
    assert coach.check().finished
    assert coach.summary().mistake_count == 0


def test_the_loyalty_code_on_the_shoppers_phone_opens_them_too(training):
    """The shopper's app shows a signed code (the chain's key, an expiry) instead of a card."""
    import base64
    from datetime import UTC, datetime

    from clienteling.scan.shopper_codes import encode_signed_shopper_code

    coach, s, v = begin(training, "scan-loyalty-card")
    secret = hq(training, "SELECT secret FROM shopper_code_keys ORDER BY position DESC")[0][0]
    key = base64.urlsafe_b64decode(secret + "=" * (-len(secret) % 4))
    code = encode_signed_shopper_code(v["loyalty_id"], datetime.now(UTC) + timedelta(1), key)
    assert current(coach) == "scan"
    assert s.scans.resolve(code).shopper_id == v["shopper_id"]
    assert current(coach) == "note"


def test_order_the_right_size_from_another_store_for_delivery(training):
    coach, s, v = begin(training, "order-for-delivery")
    shopper, address = v["shopper_id"], address_of(training, v["shopper_id"])
    assert coach.answer(1)
    assert current(coach) == "order"
    stock = s.catalog.product_stock(v["sku"])
    assert stock is not None

    wrong = s.orders.place(
        OrderDraft(shopper, [(other_size(training, v), 1, None)], Fulfilment.SHIP_TO_ADDRESS,
                   address=address)
    )  # fmt: skip
    assert wrong.state == OrderState.CONFIRMED
    assert current(coach) == "order"  # the wrong size is not the step done
    mistakes = coach.progress().mistakes
    assert [m.check for m in mistakes] == ["order_other_size"]
    assert "size {size}" in mistakes[0].explanation

    right = s.orders.place(
        OrderDraft(shopper, [(v["sku"], 1, v["source_store"])], Fulfilment.SHIP_TO_ADDRESS,
                   address=address)
    )  # fmt: skip
    assert right.state == OrderState.CONFIRMED
    assert current(coach) is None  # ordered and confirmed at once: both steps done
    assert coach.progress().finished
    assert coach.summary().mistake_count == 1


def test_order_from_another_store_for_pick_up_here(training):
    coach, s, v = begin(training, "order-for-pick-up")
    shopper, here = v["shopper_id"], v["store_id"]
    assert coach.answer(2)
    ship = s.orders.place(
        OrderDraft(shopper, [(v["sku"], 1, v["source_store"])], Fulfilment.SHIP_TO_ADDRESS,
                   address=address_of(training, shopper) if hq(
                       training, "SELECT address FROM shoppers WHERE shopper_id = ? "
                       "AND address IS NOT NULL", shopper) else {
                       "line1": "1 Rua A", "city": "São Paulo", "postcode": "01000-000",
                       "country": "BR"})
    )  # fmt: skip
    assert ship.state == OrderState.CONFIRMED
    assert current(coach) == "order"
    assert [m.check for m in coach.progress().mistakes] == ["order_wrong_fulfilment"]
    assert s.orders.cancel(s.orders.find(ship.order_id)) == "cancelled"  # as the coach says
    right = s.orders.place(
        OrderDraft(shopper, [(v["sku"], 1, v["source_store"])], Fulfilment.PICK_UP,
                   pickup_store=here)
    )  # fmt: skip
    assert coach.check().finished
    assert s.orders.cancel(s.orders.find(right.order_id)) == "cancelled"
    assert coach.check().finished  # done stays done


def test_a_cancelled_order_is_not_the_step_done(training):
    coach, s, v = begin(training, "order-for-pick-up")
    assert coach.answer(2)
    draft = OrderDraft(v["shopper_id"], [(v["sku"], 1, v["source_store"])], Fulfilment.PICK_UP,
                       pickup_store=v["store_id"])  # fmt: skip
    placed = s.orders.place(draft)
    assert s.orders.cancel(s.orders.find(placed.order_id)) == "cancelled"
    assert current(coach) == "order"
    assert coach.progress().mistakes == ()


def test_an_order_placed_during_an_outage_is_confirmed_when_the_network_is_back(training):
    coach, s, v = begin(training, "order-during-outage")
    shopper, here = v["shopper_id"], v["store_id"]

    def order():
        return s.orders.place(
            OrderDraft(shopper, [(v["sku"], 1, here)], Fulfilment.PICK_UP, pickup_store=here)
        )

    assert order().state == OrderState.CONFIRMED  # still online: a mistake
    assert current(coach) == "cut"
    assert [m.check for m in coach.progress().mistakes] == ["order_sent_online"]

    training.cut_off()
    assert s.syncing.probe().name == "OFFLINE"  # the app's probe finds HQ gone
    assert current(coach) == "order"
    queued = order()
    assert queued.state == OrderState.QUEUED
    assert current(coach) == "back"
    assert len(coach.progress().mistakes) == 1  # the online order is not counted twice

    training.restore()
    assert current(coach) == "confirmed"  # back, but not yet sent
    s.syncing.probe()
    for _ in range(60):  # the app's next syncs: the failed try waits out its back-off (1-3 s)
        s.syncing.sync()
        if s.orders.result(queued.order_id).state != OrderState.QUEUED:
            break
        time.sleep(0.25)
    assert s.orders.result(queued.order_id).state == OrderState.CONFIRMED
    assert coach.check().finished


def test_a_refusal_is_handled_with_an_alternative(training):
    coach, s, v = begin(training, "last-unit-gone")
    shopper, here = v["shopper_id"], v["store_id"]
    line = hq(training, "SELECT on_hand - reserved FROM stock WHERE store_id = ? AND sku = ?",
              v["source_store"], v["sku"])  # fmt: skip
    assert line == [(1,)]  # the last unit, as the trainee sees it
    assert coach.answer(1)
    assert current(coach) == "order"  # entering it, the last unit went to another store
    refused = s.orders.place(
        OrderDraft(shopper, [(v["sku"], 1, v["source_store"])], Fulfilment.PICK_UP,
                   pickup_store=here)
    )  # fmt: skip
    assert refused.out_of_stock and refused.alternatives
    assert current(coach) == "alternative"
    again = s.orders.reorder(refused.order_id, refused.alternatives[0])
    assert again.state == OrderState.CONFIRMED
    assert coach.check().finished


def test_a_shopper_without_profiling_consent(training):
    coach, s, v = begin(training, "no-profiling-consent")
    shopper = v["shopper_id"]
    assert s.profiles.profile(shopper).shopper.consent_profiling is False
    assert coach.answer(0) is False
    assert coach.answer(1)
    s.engagement.save_consent(shopper, profiling=True)
    assert current(coach) == "note"
    assert [m.check for m in coach.progress().mistakes] == ["question:0", "consent_changed"]
    s.engagement.add_note(shopper, "browsing", "looking around")
    assert current(coach) == "note"  # the reason asked for is a gift
    s.engagement.add_note(shopper, "gift", "a scarf for her sister")
    assert coach.check().finished


def test_sizes_preferences_and_a_follow_up(training):
    coach, s, v = begin(training, "sizes-and-follow-up")
    shopper = v["shopper_id"]
    s.engagement.save_preferences(other_shopper(training, v), {"Shirts": "M", "Shoes": "42"})
    assert current(coach) == "sizes"
    assert [m.check for m in coach.progress().mistakes] == ["profile_of_other_shopper_changed"]
    s.engagement.save_preferences(shopper, {"Shirts": "M"})
    assert current(coach) == "sizes"  # one size of the two
    s.engagement.save_preferences(shopper, {"Shirts": "M", "Shoes": "42"})
    assert current(coach) == "preferences"
    s.engagement.save_preferences(shopper, {"Shirts": "M", "Shoes": "42"}, colours="navy")
    assert current(coach) == "follow-up"
    s.engagement.add_task(shopper, "Call about new arrivals")
    assert current(coach) == "follow-up"  # no due date
    s.engagement.add_task(shopper, "Call about new arrivals", due=date.today() + timedelta(7))
    assert coach.check().finished


def test_a_manager_erases_a_shopper_on_request(training):
    coach, s, v = begin(training, "erase-on-request", sign_in=False)
    associate = next(a for a in training.hq.associates
                     if a.store_id == v["store_id"] and a.role == "associate")  # fmt: skip
    s.sessions.sign_in(associate.employee_id, training.pins[associate.employee_id])
    assert current(coach) == "manager"
    s.sessions.sign_out()
    s.sessions.sign_in(v["associate_id"], training.pins[v["associate_id"]])
    assert current(coach) == "what"
    assert coach.answer(2)
    wrong = other_shopper(training, v)
    s.management.erase(wrong)
    assert current(coach) == "erase"
    assert [m.check for m in coach.progress().mistakes] == ["other_shopper_erased"]
    s.management.erase(v["shopper_id"])
    assert coach.check().finished
    assert coach.summary().mistake_count == 1


def test_earlier_work_never_counts(training):
    """A note made before the scenario starts (the reset puts it away) does not finish it,
    nor does one made before the start without a reset."""
    coach, s, v = begin(training, "find-by-phone")
    s.engagement.add_note(v["shopper_id"], "browsing", "before the scenario")
    coach.start("find-by-phone", reset=False)
    assert coach.answer(1)
    assert current(coach) == "reason"
    s.engagement.add_note(v["shopper_id"], "browsing", "during the scenario")
    assert coach.check().finished


def test_a_refusal_step_is_passed_over_when_the_trainee_orders_the_alternative_at_once(training):
    """The trainee's terminal learnt the last unit had gone (a sync) and ordered elsewhere."""
    coach, s, v = begin(training, "last-unit-gone")
    assert coach.answer(1)
    s.syncing.sync()
    other = hq(
        training,
        "SELECT store_id FROM stock WHERE sku = ? AND store_id != ? AND on_hand - reserved > 0",
        v["sku"],
        v["source_store"],
    )
    sku, store = (v["sku"], other[0][0]) if other else (other_size(training, v), None)
    placed = s.orders.place(
        OrderDraft(v["shopper_id"], [(sku, 1, store)], Fulfilment.PICK_UP,
                   pickup_store=v["store_id"])
    )  # fmt: skip
    assert placed.state == OrderState.CONFIRMED
    progress = coach.check()
    assert progress.finished
    assert [(p.step.id, p.done, p.skipped) for p in progress.steps] == [
        ("stock", True, False), ("order", False, True), ("alternative", True, False),
    ]  # fmt: skip


def test_a_reset_from_the_band_interrupts_the_scenario(training):
    coach, _, _ = begin(training, "find-by-phone")
    assert coach.active
    training.reset()
    progress = coach.check()
    assert progress.interrupted and not progress.finished and not coach.active
    assert coach.summary().interrupted
