"""The associate's day on the home screen (services.day), on a real HQ on loopback and a real
enrolled, synced terminal cache: shoppers opened here, follow-ups due, writes HQ lacks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from clienteling.services import day
from tests.integration.services_world import (
    ASSOCIATE,
    MANAGER,
    PIN,
    offline_session,
    signed_in,
    sqlite_world,
    unknown_at_hq,
)


@pytest.fixture
def world(tmp_path):
    with sqlite_world(tmp_path) as w:
        yield w


def test_home_lists_the_shoppers_this_associate_opened_here_newest_first(world):
    services = signed_in(world)
    start = datetime(2026, 12, 1, 9, tzinfo=UTC)
    for minutes, shopper in enumerate(["sh1", "sh3", "sh10", "sh1"]):
        services.day.opened(shopper, start + timedelta(minutes=minutes))
    recent = services.day.today().recent
    assert [r.shopper_id for r in recent] == ["sh1", "sh10", "sh3"]
    assert recent[0].name == "Ana Silva" and recent[0].opened_at.startswith("2026-12-01T09:03")

    services.sessions.sign_out()
    services.sessions.sign_in(MANAGER, PIN)
    assert services.day.today().recent == []  # another associate's day is their own
    services.day.opened("sh3")
    assert [r.shopper_id for r in services.day.today().recent] == ["sh3"]
    services.sessions.sign_out()
    services.sessions.sign_in(ASSOCIATE, PIN)
    assert [r.shopper_id for r in services.day.today().recent] == ["sh1", "sh10", "sh3"]


def test_nobody_signed_in_has_an_empty_day(world):
    assert world.services.day.today() == day.Today()
    world.services.day.opened("sh1")  # remembered for nobody
    assert signed_in(world).day.today().recent == []


def test_follow_ups_due_today_or_overdue_show_until_done(world):
    services = signed_in(world)
    today = datetime.now().astimezone().date()
    late = services.engagement.add_task("sh1", "Call about the linen", today - timedelta(days=2))
    due = services.engagement.add_task("sh3", "Size M is back", today)
    services.engagement.add_task("sh10", "Birthday", today + timedelta(days=3))
    assert late.sent and due.sent
    services.syncing.pull()
    follow_ups = services.day.today().follow_ups
    assert [(f.title, f.overdue, f.waiting) for f in follow_ups] == [
        ("Call about the linen", True, False),
        ("Size M is back", False, False),
    ]
    assert follow_ups[1].shopper_name.endswith("Gonçalves")

    services.engagement.complete_task("sh1", late.id)
    assert [f.title for f in services.day.today().follow_ups] == ["Size M is back"]
    services.syncing.pull()
    assert [f.title for f in services.day.today().follow_ups] == ["Size M is back"]


def test_offline_follow_ups_and_writes_show_as_queued(world):
    services = offline_session(world)
    today: date = datetime.now().astimezone().date()
    services.engagement.add_task("sh1", "Call back", today)
    note = services.engagement.add_note("sh3", "browsing", "Liked the navy linen")
    now = services.day.today()
    assert [(f.title, f.waiting) for f in now.follow_ups] == [("Call back", True)]
    writes = {w.kind: w for w in now.writes}
    assert set(writes) == {"task", "note"} and now.writes[0].kind == "note"  # newest first
    assert writes["note"].id == note.note_id and writes["note"].state == day.QUEUED
    assert writes["note"].shopper_name.endswith("Gonçalves")

    world.start_hq()
    services.syncing.sync()
    after = services.day.today()
    assert after.writes == []
    assert [(f.title, f.waiting) for f in after.follow_ups] == [("Call back", False)]


def test_refused_and_set_aside_writes_show_with_the_reason(world):
    services = signed_in(world)
    unknown_at_hq(world, "sh3")
    refused = services.engagement.add_note("sh3", "browsing", "HQ lost this shopper")
    assert not refused.sent
    world.stop_hq()
    queued = services.engagement.add_note("sh1", "gift", "Set aside later")
    assert services.engagement.writes.withdraw(queued.note_id, "note")
    writes = services.day.today().writes
    assert [(w.id, w.state) for w in writes] == [
        (queued.note_id, day.SET_ASIDE),
        (refused.note_id, day.REFUSED),
    ]
    assert writes[1].reason


def test_a_profile_opened_reaches_hq_as_the_associates_event_and_stays_out_of_their_lists(world):
    """Shoppers served (store activity) counts HQ's profile_opened events: each profile
    opened here is queued as the signed-in associate's event, offline too, sent by the next
    sync, and never listed as a write of theirs or counted as queued."""
    from sqlalchemy import select

    from clienteling.hq import tables as t

    services = offline_session(world)  # HQ is down: the event waits in the outbox
    services.day.opened("sh3")
    assert services.day.today().writes == []
    assert services.syncing.status().queued == 0
    world.start_hq()
    services.syncing.sync()
    with world.db.read() as conn:
        rows = conn.execute(
            select(t.activity.c.kind, t.activity.c.shopper_id, t.activity.c.associate_id)
        ).all()
    assert [tuple(r) for r in rows] == [("profile_opened", "sh3", ASSOCIATE)]
    services.syncing.sync()  # sent once, stored once
    with world.db.read() as conn:
        assert len(conn.execute(select(t.activity)).all()) == 1
