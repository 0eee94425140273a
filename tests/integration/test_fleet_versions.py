"""Versions across the fleet, with the real HQ (SQLite and PostgreSQL) and a real terminal: each
request says what the terminal runs, HQ keeps it on the terminal's row, managers see which
terminals are behind the version the chain wants, and HQ refuses a terminal below the chain's
minimum protocol with a 426 that says what to install; that terminal stops asking and keeps
its writes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clienteling import __version__
from clienteling.cache.schema import MIGRATIONS
from clienteling.hq import fleet
from clienteling.hq import tables as t
from clienteling.protocol.version import PROTOCOL_VERSION
from tests.hq_live import World, small_chain
from tests.ui.conftest import FAST

STORE = "BR-SP-01"
MANAGER, ASSOCIATE = f"{STORE}-manager", f"{STORE}-associate"


@pytest.fixture
def world(hq_db, tmp_path):
    small_chain(hq_db)
    w = World(hq_db)
    w.start_hq()
    w.enroll_terminal(tmp_path / "terminal", STORE, policy=FAST)
    yield w
    w.stop_hq()
    w.services.close()


def devices(world) -> dict:
    token = world.hq.sign_in(world.hq.enroll(STORE, "back office"), MANAGER)
    with world.hq.client(token) as client:
        answer = client.get("/v1/devices")
    assert answer.status_code == 200
    return answer.json()


def set_chain(world, name, value):
    fleet.set_value(world.db, name, value, datetime.now(UTC), store_id=None, actor="cli:test")


def test_each_terminal_reports_what_it_runs_and_managers_see_who_is_behind(world):
    world.services.syncing.sync()
    listed = devices(world)
    till = next(d for d in listed["devices"] if d["name"] == "till 1")
    assert till["app_version"] == __version__
    assert till["cache_schema"] == len(MIGRATIONS)
    assert till["protocol"] == PROTOCOL_VERSION
    assert till["versions_at"] is not None
    assert till["behind"] is False and listed["wanted_app_version"] == ""
    office = next(d for d in listed["devices"] if d["name"] == "back office")
    assert office["app_version"] is None and office["protocol"] == 0  # said nothing: older

    set_chain(world, "wanted_app_version", "99.1")
    listed = devices(world)
    assert listed["wanted_app_version"] == "99.1"
    assert next(d for d in listed["devices"] if d["name"] == "till 1")["behind"] is True

    # The manager's terminals list on the terminal shows the same.
    sessions = world.services.sessions
    sessions.sign_in(MANAGER, "2468")
    rows = {r.name: r for r in world.services.management.terminals()}
    assert rows["till 1"].app_version == __version__ and rows["till 1"].behind
    assert rows["till 1"].this_one and rows["till 1"].cache_schema == len(MIGRATIONS)


def test_behind_compares_releases_not_text():
    assert fleet.behind("0.9.0", "0.10.0") and not fleet.behind("0.10.0", "0.9.0")
    assert not fleet.behind("1.4", "1.4.0") and fleet.behind(None, "1.0")
    assert not fleet.behind("0.1.0", "")  # the chain wants nothing in particular


def test_an_older_terminal_is_refused_with_what_to_install(world):
    token = world.hq.enroll(STORE, "old till")  # a raw client: sends no versions (protocol 0)
    set_chain(world, "wanted_app_version", "2.3.0")
    set_chain(world, "min_protocol", PROTOCOL_VERSION)
    with pytest.raises(Exception, match="426"):
        world.hq.enroll(STORE, "another old till")  # enrolling an old one is refused too
    with world.hq.client(token) as old:
        answer = old.get("/v1/sync/stores", params={"after": 0})
    assert answer.status_code == 426
    error = answer.json()["error"]
    assert error["code"] == "upgrade_required"
    assert "install Clienteling 2.3.0 or newer" in error["message"]
    assert error["details"]["min_protocol"] == PROTOCOL_VERSION
    # HQ noted it anyway: the manager sees the old terminal.
    with world.db.read() as conn:
        row = conn.execute(t.devices.select().where(t.devices.c.name == "old till")).first()
    assert row.protocol == 0 and row.versions_at is not None
    # The current terminal speaks the minimum: it syncs.
    status = world.services.syncing.sync()
    assert status.upgrade == "" and status.last_sync_age is not None
    with pytest.raises(ValueError, match="above the most allowed"):
        set_chain(world, "min_protocol", PROTOCOL_VERSION + 1)


def test_a_refused_terminal_says_what_to_install_keeps_its_writes_and_stops_asking(world):
    services = world.services
    services.sessions.sign_in(ASSOCIATE, "2468")  # online once: the PIN works offline too
    services.sessions.sign_out()
    services.syncing.sync()
    # A newer HQ that needs a newer protocol than this terminal speaks.
    with world.db.write_unsequenced() as conn:
        conn.execute(
            t.fleet_settings.insert().values(
                scope="chain",
                name="min_protocol",
                value=PROTOCOL_VERSION + 1,
                updated_at=datetime.now(UTC),
                updated_by="cli:test",
            )
        )
    set_chain(world, "wanted_app_version", "3.0.0")
    asked = []
    services.syncing.hq._http.event_hooks["request"].append(asked.append)

    session = services.sessions.sign_in(ASSOCIATE, "2468")  # works offline meanwhile
    assert not session.online
    saved = services.engagement.add_note("sh1", "browsing", "asked for the blue one")
    status = services.syncing.sync()
    assert "install Clienteling 3.0.0 or newer" in status.upgrade
    assert status.queued == 1 and status.parked == 0  # the note waits; HQ did not refuse it
    before = len(asked)
    assert before >= 1
    again = services.syncing.sync()
    assert len(asked) == before  # no retry loop: nothing more was asked of HQ
    assert again.upgrade == status.upgrade and again.queued == 1
    with world.db.read() as conn:
        notes = conn.execute(t.notes.select().where(t.notes.c.note_id == saved.note_id)).all()
    assert notes == []
