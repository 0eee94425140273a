"""PIN hashes at HQ: scrypt at current guidance with a pepper kept outside the database,
older hashes moved on at the next right PIN, peppers rotated and retired by command."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from clienteling.domain.pins import hash_pin as unpeppered
from clienteling.hq import auth, pins
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from tests.hq_live import LiveHQ, small_chain

EMP = "BR-SP-01-associate"


@pytest.fixture
def peppers_at(tmp_path, monkeypatch) -> Path:
    """This test's own pepper file (HQ processes it starts inherit it)."""
    path = tmp_path / "peppers" / "pin-peppers.json"
    monkeypatch.setenv(pins.FILE_ENV, str(path))
    return path


@pytest.fixture
def chain_db(hq_db, peppers_at):
    small_chain(hq_db)
    return hq_db


def _stored(db: Database, emp: str = EMP) -> str:
    with db.read() as conn:
        return conn.execute(
            select(t.associates.c.pin_hash).where(t.associates.c.associate_id == emp)
        ).scalar_one()


def _set_stored(db: Database, value: str, emp: str = EMP) -> None:
    with db.write() as w:
        w.conn.execute(
            update(t.associates).where(t.associates.c.associate_id == emp).values(pin_hash=value)
        )


def _sign_in(hq: LiveHQ, device: str, pin: str) -> int:
    with hq.client(device) as c:
        return c.post("/v1/sessions", json={"employee_id": EMP, "pin": pin}).status_code


def hq_cli(*args: str, db: Database) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "clienteling.hq.cli", *args, "--db", db.url],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_a_new_hash_is_peppered_and_the_pepper_is_not_in_the_database(chain_db, peppers_at):
    stored = _stored(chain_db)
    current = pins.peppers(chain_db).current
    assert stored.startswith(f"scrypt-pepper${current}${pins.cost()}$8$1$")
    assert stat.S_IMODE(peppers_at.stat().st_mode) == 0o600
    secret = pins.peppers(chain_db).known[current]
    with chain_db.read() as conn:
        everything = repr([conn.execute(select(tb)).all() for tb in t.metadata.sorted_tables])
    assert secret.hex() not in everything and repr(secret) not in everything
    assert pins.check(chain_db, "2468", stored) == (True, False)
    assert pins.check(chain_db, "2469", stored) == (False, False)


def test_the_database_without_its_pepper_gives_nothing(chain_db, peppers_at, monkeypatch):
    stored = _stored(chain_db)
    monkeypatch.setenv(pins.FILE_ENV, str(peppers_at.with_name("elsewhere.json")))
    assert pins.check(chain_db, "2468", stored)[0] is False  # another pepper: no PIN is right


def test_the_pepper_file_is_next_to_an_sqlite_database_and_env_peppers_win(tmp_path, monkeypatch):
    monkeypatch.delenv(pins.FILE_ENV, raising=False)
    monkeypatch.delenv(pins.ENV, raising=False)
    db = Database(f"sqlite:///{tmp_path / 'data' / 'hq.db'}")
    assert pins.pepper_file(db) == (tmp_path / "data" / "pin-peppers.json").resolve()
    monkeypatch.setenv(pins.ENV, "k2:" + "b" * 32 + ",k1:" + "a" * 32)
    ring = pins.peppers(db)
    assert ring.current == "k2" and set(ring.known) == {"k1", "k2"}
    assert ring.source == "environment"
    assert pins.hash_pin(db, "2468").startswith("scrypt-pepper$k2$")
    with pytest.raises(ValueError, match="change them there"):
        pins.rotate(db)
    monkeypatch.setenv(pins.ENV, "k1:short")
    with pytest.raises(ValueError, match="16 characters"):
        pins.peppers(db)


def test_the_cost_is_current_guidance_unless_the_test_suite_lowers_it(monkeypatch):
    monkeypatch.delenv(pins.TEST_COST_ENV)
    assert pins.cost() == 2**17 and (pins.SCRYPT_R, pins.SCRYPT_P) == (8, 1)
    monkeypatch.setenv(pins.TEST_COST_ENV, "1000")
    with pytest.raises(ValueError, match="power of two"):
        pins.cost()


def test_a_hash_at_full_cost_is_made_and_checked(tmp_path, monkeypatch, peppers_at):
    monkeypatch.delenv(pins.TEST_COST_ENV)
    db = Database(f"sqlite:///{tmp_path / 'hq.db'}")
    stored = pins.hash_pin(db, "2468")
    assert stored.split("$")[2] == str(2**17)  # 128 MiB: more than hashlib's default maxmem
    assert pins.check(db, "2468", stored) == (True, False)


@pytest.mark.parametrize("older", ["unpeppered", "lower_cost"])
def test_an_older_hash_is_made_again_at_the_next_right_pin(chain_db, monkeypatch, older):
    if older == "unpeppered":  # older versions, and the demo seed
        _set_stored(chain_db, unpeppered("2468", n=2**10))
    else:
        monkeypatch.setenv(pins.TEST_COST_ENV, str(2**10))
        _set_stored(chain_db, pins.hash_pin(chain_db, "2468"))
        monkeypatch.setenv(pins.TEST_COST_ENV, str(2**12))
    before = _stored(chain_db)
    with LiveHQ(chain_db) as hq:
        device = hq.enroll("BR-SP-01")
        assert _sign_in(hq, device, "1357") == 401
        assert _stored(chain_db) == before  # a wrong PIN changes nothing
        assert _sign_in(hq, device, "2468") == 201
        after = _stored(chain_db)
        assert after != before
        current = pins.peppers(chain_db).current
        assert after.startswith(f"scrypt-pepper${current}${pins.cost()}$")
        assert _sign_in(hq, device, "2468") == 201
        assert _stored(chain_db) == after  # a current hash stays
        assert _sign_in(hq, device, "1357") == 401


def test_rotate_moves_hashes_at_sign_in_and_retire_forgets_the_old_pepper(chain_db):
    old = pins.peppers(chain_db).current
    status = hq_cli("pin-pepper", "status", db=chain_db)
    assert status.returncode == 0, status.stderr
    assert old in status.stdout and "current" in status.stdout
    rotated = hq_cli("pin-pepper", "rotate", db=chain_db)
    assert rotated.returncode == 0, rotated.stderr
    new = pins.peppers(chain_db).current
    assert new != old and new in rotated.stdout
    refused = hq_cli("pin-pepper", "retire", old, db=chain_db)
    assert refused.returncode == 2 and "still have a PIN hash" in refused.stderr
    assert hq_cli("pin-pepper", "retire", new, db=chain_db).returncode == 2  # the current one
    with LiveHQ(chain_db) as hq:
        device = hq.enroll("BR-SP-01")
        assert _sign_in(hq, device, "2468") == 201  # checked with the old pepper, moved on
        assert pins.pepper_of(_stored(chain_db)) == new
        others = [f"BR-SP-01-{r}" for r in ("trainee", "manager")] + [
            f"ES-MD-01-{r}" for r in ("associate", "trainee", "manager")
        ]
        for emp in others:
            auth.set_pin(chain_db, emp, "8642", datetime.now(UTC))
        retired = hq_cli("pin-pepper", "retire", old, db=chain_db)
        assert retired.returncode == 0, retired.stderr
        assert set(pins.peppers(chain_db).known) == {new}
        assert _sign_in(hq, device, "2468") == 201
    status = hq_cli("pin-pepper", "status", db=chain_db).stdout
    assert old not in status and "2468" not in status


def test_retire_with_force_leaves_those_associates_needing_a_new_pin(chain_db):
    old = pins.peppers(chain_db).current
    pins.rotate(chain_db)
    assert pins.retire(chain_db, old, force=True) == 6
    with LiveHQ(chain_db) as hq:
        device = hq.enroll("BR-SP-01")
        assert _sign_in(hq, device, "2468") == 401
        auth.set_pin(chain_db, EMP, "2468", datetime.now(UTC))
        assert _sign_in(hq, device, "2468") == 201


def test_the_pepper_file_is_never_readable_by_others(chain_db, peppers_at):
    pins.rotate(chain_db)
    assert stat.S_IMODE(peppers_at.stat().st_mode) == 0o600
    assert not [p for p in os.listdir(peppers_at.parent) if p.endswith(".partial")]


def test_hq_processes_starting_together_agree_on_the_first_pepper(tmp_path, peppers_at):
    code = (
        "from clienteling.hq import pins; from clienteling.hq.db import Database; "
        f"print(pins.peppers(Database('sqlite:///{tmp_path / 'hq.db'}')).current)"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    seen = {p.communicate(timeout=120)[0].strip() for p in procs}
    assert len(seen) == 1 and seen != {""}
    assert json.loads(peppers_at.read_text())["current"] in seen
    assert sorted(os.listdir(peppers_at.parent)) == ["pin-peppers.json"]
