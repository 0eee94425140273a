"""`clienteling-hq` administration commands, run as a separate process on a real database."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import select

from clienteling.hq import migrate
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from clienteling.hq.secrets import canonical_code, digest, verify_pin
from tests.hq_live import add_stores


def hq(*args: str, pin: str | None = None, db: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CLIENTELING_PIN"}
    if pin is not None:
        env["CLIENTELING_PIN"] = pin
    return subprocess.run(
        [sys.executable, "-m", "clienteling.hq.cli", *args, "--db", db],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.fixture
def db_url(hq_db_url):
    db = Database(hq_db_url)
    migrate.upgrade(db)
    add_stores(db)
    db.dispose()
    return hq_db_url


def test_enrollment_code_prints_the_code_alone_on_its_last_line(db_url):
    r = hq("enrollment-code", "--store", "BR-SP-01", db=db_url)
    assert r.returncode == 0, r.stderr
    code = r.stdout.strip().splitlines()[-1]
    assert len(code) == 19 and code == canonical_code(code)
    db = Database(db_url)
    with db.read() as conn:
        row = conn.execute(select(t.enrollment_codes)).one()
    db.dispose()
    assert row.code_hash == digest(code) and row.store_id == "BR-SP-01"
    assert code not in repr(tuple(row))  # only the digest is stored
    bad = hq("enrollment-code", "--store", "NOPE", db=db_url)
    assert bad.returncode == 2 and "NOPE" in bad.stderr


def test_associate_commands_take_the_pin_from_the_environment_only(db_url):
    r = hq(
        "associate",
        "add",
        "--employee-id",
        "E1",
        "--name",
        "Ana Lima",
        "--role",
        "manager",
        "--store",
        "BR-SP-01",
        pin="4321",
        db=db_url,
    )
    assert r.returncode == 0, r.stderr
    assert "4321" not in r.stdout + r.stderr
    no_pin = hq("associate", "set-pin", "--employee-id", "E1", db=db_url)
    assert no_pin.returncode != 0 and "CLIENTELING_PIN" in no_pin.stderr
    short = hq("associate", "set-pin", "--employee-id", "E1", pin="12", db=db_url)
    assert short.returncode == 2 and "4 to 8 digits" in short.stderr
    assert hq("associate", "set-pin", "--employee-id", "E1", pin="97531", db=db_url).returncode == 0
    assert hq("associate", "disable", "--employee-id", "E1", db=db_url).returncode == 0
    db = Database(db_url)
    with db.read() as conn:
        row = conn.execute(select(t.associates)).one()
    db.dispose()
    assert verify_pin("97531", row.pin_hash) and not row.active


def test_api_tokens_are_shown_once_and_stored_hashed(db_url):
    r = hq("api-token", "create", "--name", "erp", "--role", "integration", db=db_url)
    assert r.returncode == 0, r.stderr
    token = r.stdout.strip().splitlines()[-1]
    assert token.startswith("api_")
    db = Database(db_url)
    with db.read() as conn:
        row = conn.execute(select(t.api_tokens)).one()
    db.dispose()
    assert row.token_hash == digest(token)
    r = hq("api-token", "create", "--name", "x", "--role", "manager", db=db_url)
    assert r.returncode == 2 and "--store" in r.stderr


def test_openapi_and_health(hq_db):
    from tests.hq_live import LiveHQ

    with LiveHQ(hq_db) as live, live.client() as c:
        spec = c.get("/openapi.json").json()
        assert "/v1/orders" in spec["paths"] and "/v1/sync/{collection}" in spec["paths"]
        health = c.get("/healthz").json()
        assert health["status"] == "ok" and health["high_water"] >= 0
        assert c.get("/v1/sync/stores").status_code == 401
