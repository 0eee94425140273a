"""Two terminals of one store edit one shopper: edits merge per field, on a real HQ on loopback
(SQLite, then PostgreSQL) and two enrolled terminals, each with its own encrypted cache.

Terminal A is the world's terminal (its associate signs in offline with HQ stopped);
terminal B is a second till where the manager works online.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from clienteling.domain.enums import WriteState
from clienteling.hq import tables as t
from clienteling.security.vault import MemoryVault
from clienteling.services.terminal import TerminalServices
from tests.integration.services_world import (
    FAST,
    MANAGER,
    PIN,
    STORE,
    hq_rows,
    offline_session,
    terminal_world,
)

A_NAME, B_NAME = f"Associate of {STORE}", f"Manager of {STORE}"


@pytest.fixture
def hq_world(hq_db, tmp_path):
    with terminal_world(hq_db, tmp_path) as w:
        yield w


@contextmanager
def till_b(world) -> Iterator[TerminalServices]:
    """A second terminal of the store, synced, its manager signed in online."""
    a = world.services
    b = world.enroll_terminal(world.home.parent / "till-b", STORE, policy=FAST, vault=MemoryVault())
    world.services = a
    try:
        b.syncing.sync()
        b.sessions.sign_in(MANAGER, PIN)
        yield b
    finally:
        b.close()


def edit(services: TerminalServices, shopper_id: str = "sh1", **fields):
    """Save the preferences form as the profile shows it, with `fields` changed (sizes=
    takes the categories to change)."""
    prefs = services.profiles.profile(shopper_id).shopper.preferences
    sizes = {**prefs.sizes, **fields.pop("sizes", {})}
    values = {
        "fit": prefs.fit,
        "brands": list(prefs.brands),
        "colours": list(prefs.colours),
        "styles": list(prefs.styles),
    }
    return services.engagement.save_preferences(shopper_id, sizes, **(values | fields))


def caught_up(*terminals: TerminalServices) -> None:
    for services in terminals:
        services.syncing.sync()  # sends what waits, then
        services.syncing.pull()  # brings back HQ's merged row


def test_an_offline_edit_of_shoe_size_keeps_anothers_edit_of_colours(hq_world):
    with till_b(hq_world) as b:
        a = offline_session(hq_world)
        assert edit(a, sizes={"shoes": "38"}).state == WriteState.WAITING
        hq_world.start_hq()
        assert edit(b, colours=["navy", "green"]).sent
        caught_up(a, b)
        for terminal in (a, b):
            prefs = terminal.profiles.profile("sh1").shopper.preferences
            assert prefs.sizes == {"shoes": "38"}
            assert prefs.colours == ("navy", "green")
    [row] = hq_rows(hq_world.db, t.shoppers, shopper_id="sh1")
    assert row.preferences["sizes"] == {"shoes": "38"}
    assert row.preferences["colours"] == ["navy", "green"]


def test_the_same_field_edited_on_both_the_later_capture_wins_and_history_keeps_the_other(
    hq_world,
):
    with till_b(hq_world) as b:
        a = offline_session(hq_world)
        edit(a, sizes={"shoes": "38"})  # captured first, offline
        hq_world.start_hq()
        assert edit(b, sizes={"shoes": "40"}).sent  # captured later, online
        caught_up(a, b)
        for terminal in (a, b):
            shopper = terminal.profiles.profile("sh1").shopper
            assert shopper.preferences.sizes["shoes"] == "40"  # the later capture
            [won, lost] = [h for h in shopper.history if h.field == "sizes.shoes"]
            assert (won.value, won.by_name, won.applied) == ("40", B_NAME, True)
            assert (lost.value, lost.by_name, lost.applied) == ("38", A_NAME, False)
        # Now A edits the size again, later than B: A's wins, and B's 40 is what it replaced.
        edit(a, sizes={"shoes": "39"})
        caught_up(a, b)
        shopper = b.profiles.profile("sh1").shopper
        assert shopper.preferences.sizes["shoes"] == "39"
        last = shopper.history[-1]
        assert (last.field, last.value, last.was, last.by_name) == (
            "sizes.shoes",
            "39",
            "40",
            A_NAME,
        )


def test_a_withdrawal_captured_later_is_not_undone_by_an_older_grant_arriving_after_it(
    hq_world,
):
    [before] = hq_rows(hq_world.db, t.shoppers, shopper_id="sh1")
    assert before.consent_sms is False
    with till_b(hq_world) as b:
        a = offline_session(hq_world)
        assert not a.engagement.save_consent("sh1", sms=True).sent  # a grant, captured first
        assert a.profiles.profile("sh1").shopper.consent_sms is True  # shown here at once
        hq_world.start_hq()
        assert b.engagement.save_consent("sh1", sms=True).sent  # the shopper agreed here too
        assert b.engagement.save_consent("sh1", sms=False).sent  # ... then withdrew
        caught_up(a, b)
        for terminal in (a, b):
            shopper = terminal.profiles.profile("sh1").shopper
            assert shopper.consent_sms is False
            late = shopper.history[-1]
            assert (late.field, late.value, late.applied) == ("consent.marketing_sms", True, False)
    [row] = hq_rows(hq_world.db, t.shoppers, shopper_id="sh1")
    assert row.consent_sms is False
    changes = hq_rows(hq_world.db, t.profile_changes, field="consent.marketing_sms")
    assert sorted((c.associate_id, c.value, c.applied) for c in changes) == [
        (f"{STORE}-associate", True, False),
        (MANAGER, False, True),
        (MANAGER, True, True),
    ]


def test_an_edit_that_changes_nothing_queues_nothing(hq_world):
    services = hq_world.services
    services.sessions.sign_in(MANAGER, PIN)
    saved = edit(services)
    assert saved.sent and services.engagement.writes.record(saved.id) is None
