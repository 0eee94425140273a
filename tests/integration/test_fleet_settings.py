"""Fleet settings from HQ (SQLite and PostgreSQL): declared once with types and defaults, set for
the chain or a store with `clienteling-hq settings`, and delivered to a real terminal at its next
sync run; the store's offline write grant lifetime applies at the next sign-in."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from clienteling.hq import fleet
from clienteling.hq.cli import main as hq_cli
from clienteling.protocol.fleet import SETTINGS, defaults
from tests.hq_live import World, small_chain
from tests.ui.conftest import FAST

STORE, OTHER = "BR-SP-01", "ES-MD-01"
ASSOCIATE = f"{STORE}-associate"


@pytest.fixture
def world(hq_db, tmp_path):
    small_chain(hq_db)
    w = World(hq_db)
    w.start_hq()
    w.enroll_terminal(tmp_path / "terminal", STORE, policy=FAST)
    yield w
    w.stop_hq()
    w.services.close()


def cli(hq_db_url, *args) -> int:
    return hq_cli(["settings", *args, "--db", hq_db_url])


def test_the_command_sets_chain_and_store_values_and_refuses_bad_ones(world, hq_db_url, capsys):
    assert cli(hq_db_url, "set", "idle_lock_minutes", "2", "--chain") == 0
    assert cli(hq_db_url, "set", "ship_to_home", "off", "--store", STORE) == 0
    assert cli(hq_db_url, "set", "receipt_width", "300", "--chain") == 2
    assert "above the most allowed" in capsys.readouterr().err
    assert cli(hq_db_url, "set", "ship_to_home", "maybe", "--chain") == 2
    assert "give on or off" in capsys.readouterr().err
    assert cli(hq_db_url, "set", "min_protocol", "1", "--store", STORE) == 2
    assert "whole chain only" in capsys.readouterr().err
    assert cli(hq_db_url, "set", "no_such_thing", "1", "--chain") == 2
    assert "no fleet setting" in capsys.readouterr().err
    capsys.readouterr()
    assert cli(hq_db_url, "show", "--store", STORE, "--json") == 0
    shown = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(shown) == {s.name for s in SETTINGS}
    assert shown["idle_lock_minutes"]["chain"] == 2.0
    assert shown["ship_to_home"]["store"] is False and shown["ship_to_home"]["effective"] is False
    with world.db.read() as conn:
        assert fleet.effective(conn, OTHER)["ship_to_home"] is True  # another store: default
    assert cli(hq_db_url, "set", "ship_to_home", "--unset", "--store", STORE) == 0
    with world.db.read() as conn:
        assert fleet.effective(conn, STORE)["ship_to_home"] is True


def test_the_terminal_gets_its_stores_settings_at_the_next_sync(world, hq_db_url):
    services = world.services
    assert services.fleet.current() == defaults() and not services.fleet.delivered
    services.syncing.sync()
    assert services.fleet.delivered and services.fleet.current() == defaults()
    assert cli(hq_db_url, "set", "idle_lock_minutes", "3", "--chain") == 0
    assert cli(hq_db_url, "set", "feedback_capture", "off", "--store", STORE) == 0
    assert cli(hq_db_url, "set", "feedback_capture", "on", "--store", OTHER) == 0
    assert cli(hq_db_url, "set", "scanner_prefix", "]", "--store", STORE) == 0
    seen = []
    services.fleet.on_changed.append(seen.append)
    services.syncing.sync()
    now = services.fleet.current()
    assert now["idle_lock_minutes"] == 3.0 and now["feedback_capture"] is False
    assert now["scanner_prefix"] == "]" and now["ship_to_home"] is True
    assert seen == [now]
    # Kept on the terminal: offline and after a restart they hold.
    assert services.syncing.settings.fleet() == now


def test_the_stores_offline_grant_lifetime_applies_at_sign_in(world, hq_db_url):
    assert cli(hq_db_url, "set", "offline_grant_hours", "2", "--store", STORE) == 0
    token = world.hq.enroll(STORE, "till 2")
    with world.hq.client(token) as client:
        answer = client.post("/v1/sessions", json={"employee_id": ASSOCIATE, "pin": "2468"})
    assert answer.status_code == 201
    expires = datetime.fromisoformat(answer.json()["write_grant"]["expires_at"])
    assert timedelta(hours=1.9) < expires - datetime.now(UTC) <= timedelta(hours=2)
