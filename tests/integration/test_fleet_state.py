"""Where each terminal stands, with the real HQ (SQLite and PostgreSQL) and a real terminal:
its requests tell HQ its last sync and how many writes wait or were refused (counts only),
HQ keeps them on its row without a write per request, derives "online" from when it last
heard from it, and lists all of it to the store's manager; values it cannot read are
ignored and the request goes on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clienteling.hq import fleet
from clienteling.hq import tables as t
from clienteling.protocol.version import LAST_SYNC_HEADER, PARKED_HEADER, QUEUED_HEADER
from tests.hq_live import World, add_shopper, small_chain
from tests.ui.conftest import FAST

STORE = "BR-SP-01"
MANAGER, ASSOCIATE = f"{STORE}-manager", f"{STORE}-associate"


class Clock:
    """HQ's clock: the real one, moved on by `later`."""

    def __init__(self) -> None:
        self.ahead = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.ahead


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def world(hq_db, tmp_path, clock):
    small_chain(hq_db)
    add_shopper(hq_db, "sh3", STORE)
    w = World(hq_db)
    w.start_hq(clock)
    w.enroll_terminal(tmp_path / "terminal", STORE, policy=FAST)
    w.office = w.hq.sign_in(w.hq.enroll(STORE, "back office"), MANAGER)  # sends no headers
    yield w
    w.stop_hq()
    w.services.close()


def terminals(world) -> dict[str, dict]:
    with world.hq.client(world.office) as client:
        answer = client.get("/v1/devices")
    assert answer.status_code == 200
    return {d["name"]: d for d in answer.json()["devices"]}


def moment(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def test_a_terminal_tells_hq_its_queued_and_refused_writes_and_the_manager_sees_them(world, clock):
    s = world.services
    s.sessions.sign_in(ASSOCIATE, "2468")
    first = s.syncing.sync()
    assert first.last_sync is not None and (first.queued, first.parked) == (0, 0)
    listed = terminals(world)["till 1"]
    assert (listed["queued_writes"], listed["parked_writes"]) == (0, 0)
    assert listed["online"] is True

    # HQ goes away; the associate keeps writing: three notes wait on the terminal.
    world.stop_hq()
    for shopper, text in (("sh1", "asked for the blue one"), ("sh1", "size M"), ("sh3", "hem")):
        assert not s.engagement.add_note(shopper, "browsing", text).sent
    assert s.syncing.status().queued == 3
    world.start_hq(clock)
    # Meanwhile a manager erased sh3 at HQ: the note about her can never be taken.
    with world.hq.client(world.office) as client:
        assert client.delete("/v1/shoppers/sh3").status_code == 200

    s.sessions.sign_in(ASSOCIATE, "2468")
    # Each run's requests say where the terminal stood when it started: HQ lists that.
    had = s.syncing.status()
    assert (had.queued, had.parked) == (3, 0)
    left = s.syncing.sync()  # the note about sh3 is set aside; the others go or wait
    listed = terminals(world)["till 1"]
    assert (listed["queued_writes"], listed["parked_writes"]) == (3, 0)
    assert moment(listed["last_sync_at"]) == moment(first.last_sync)
    assert listed["online"] is True

    assert left.parked == 1 and left.queued + left.delivered >= 2
    s.syncing.sync()
    listed = terminals(world)["till 1"]
    assert (listed["queued_writes"], listed["parked_writes"]) == (left.queued, 1)
    assert moment(listed["last_sync_at"]) == moment(left.last_sync) > moment(first.last_sync)
    assert listed["heard_at"] is not None

    # The manager's terminals list on the terminal: the same figures, this one's its own.
    s.sessions.sign_in(MANAGER, "2468")
    rows = {r.name: r for r in s.management.terminals()}
    assert rows["till 1"].this_one and rows["till 1"].parked == 1
    office = rows["back office"]  # never said where it stands: an older release
    assert office.queued is None and office.parked is None and office.last_sync is None
    assert office.online is True  # HQ heard from it all the same


def test_a_terminal_hq_has_not_heard_from_shows_offline(world, clock):
    world.services.syncing.sync()
    assert terminals(world)["till 1"]["online"] is True
    clock.ahead = fleet.ONLINE_WITHIN + timedelta(seconds=1)
    listed = terminals(world)
    assert listed["till 1"]["online"] is False  # silent since
    assert listed["till 1"]["queued_writes"] == 0  # what it said last is kept
    assert listed["back office"]["online"] is True  # the one asking was just heard
    world.services.syncing.sync()
    assert terminals(world)["till 1"]["online"] is True  # back


def test_where_a_terminal_stands_is_noted_now_and_then_not_on_every_request(world, clock):
    s = world.services
    s.syncing.sync()
    s.syncing.sync()  # its first finished sync: noted at once

    def noted():
        with world.db.read() as conn:
            return fleet.versions_of(conn, terminal_id(world))

    before = noted()
    clock.ahead = timedelta(minutes=1)
    s.syncing.sync()  # a later sync time, same counts: not written yet
    assert noted() == before
    clock.ahead = fleet.USE_NOTED_EVERY + timedelta(minutes=1)
    s.syncing.sync()
    later = noted()
    assert later.versions_at > before.versions_at and later.last_sync_at > before.last_sync_at


def terminal_id(world) -> str:
    with world.db.read() as conn:
        return conn.execute(t.devices.select().where(t.devices.c.name == "till 1")).first()[0]


BAD = [
    (QUEUED_HEADER, "-3"),
    (QUEUED_HEADER, "three"),
    (QUEUED_HEADER, b"\xb2"),  # a superscript two (Latin-1): a digit to str.isdigit
    (QUEUED_HEADER, "9" * 40),
    (PARKED_HEADER, "1.5"),
    (PARKED_HEADER, ""),
    (LAST_SYNC_HEADER, "yesterday"),
    (LAST_SYNC_HEADER, "2026-12-07T01:00:00"),  # no offset: whose time?
    (LAST_SYNC_HEADER, "2100-01-01T00:00:00+00:00"),  # a clock far ahead
    (LAST_SYNC_HEADER, "9999-12-31T23:59:59-23:59"),  # past what a datetime holds in UTC
    (LAST_SYNC_HEADER, "1970-01-01T00:00:00+00:00"),
    (LAST_SYNC_HEADER, "2026-12-07T01:00:00." + "0" * 30 + "+00:00"),  # too long to read
]


def test_a_value_hq_cannot_read_is_ignored_and_the_request_goes_on(world):
    field = {QUEUED_HEADER: "queued_writes", PARKED_HEADER: "parked_writes"}
    field[LAST_SYNC_HEADER] = "last_sync_at"
    good = {QUEUED_HEADER: "2", PARKED_HEADER: "1", LAST_SYNC_HEADER: datetime.now(UTC).isoformat()}
    for n, (header, value) in enumerate(BAD):
        name = f"odd till {n}"
        with world.hq.client(world.hq.enroll(STORE, name)) as client:
            answer = client.get(
                "/v1/sync/stores", params={"after": 0}, headers=good | {header: value}
            )
        assert answer.status_code == 200, (header, value)
        listed = terminals(world)[name]
        assert listed[field[header]] is None, (header, value)  # not reported, never a guess
        for other in good:
            if other != header:  # the readable ones are kept
                assert listed[field[other]] is not None, (header, value)
        assert listed["online"] is True


def test_reading_the_headers():
    said = fleet.reported(
        {QUEUED_HEADER: " 4 ", PARKED_HEADER: "0", LAST_SYNC_HEADER: "2026-12-07T03:00:00-03:00"}
    )
    assert (said.queued, said.parked) == (4, 0)
    assert said.last_sync == datetime(2026, 12, 7, 6, 0, tzinfo=UTC)
    assert fleet.reported({}).last_sync is None and fleet.reported({}).queued is None
