"""`clienteling-hq` administration commands, run as a separate process on a real database."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import select

from clienteling.hq import migrate, pins
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from clienteling.hq.secrets import canonical_code, digest
from clienteling.protocol.version import (
    APP_VERSION_HEADER,
    LAST_SYNC_HEADER,
    PARKED_HEADER,
    QUEUED_HEADER,
)
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
    assert pins.check(db, "97531", row.pin_hash) == (True, False) and not row.active
    assert row.pin_hash.startswith("scrypt-pepper$")
    db.dispose()


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


def test_terminals_and_api_tokens_are_listed_without_secrets_and_revoked(db_url):
    from datetime import UTC, datetime

    from clienteling.hq import auth
    from tests.hq_live import LiveHQ

    db = Database(db_url)
    now = datetime.now(UTC)
    auth.add_associate(db, "E1", "Ana Lima", "associate", "BR-SP-01", "2468")
    till = auth.enroll(db, auth.create_enrollment_code(db, "BR-SP-01", 1, now), "till 1", now)
    office = auth.enroll(db, auth.create_enrollment_code(db, "ES-MD-01", 1, now), "office", now)
    erp = [auth.create_api_token(db, "erp", "integration", None, now) for _ in range(2)]
    report = auth.create_api_token(db, "report", "manager", "BR-SP-01", now)
    with LiveHQ(db) as live:
        session = live.sign_in(till["device_token"], "E1")
        wants = hq("settings", "set", "wanted_app_version", "1.4.0", "--chain", db=db_url)
        assert wants.returncode == 0, wants.stderr
        said = {  # where the till says it stands, as a terminal does on each request
            APP_VERSION_HEADER: "1.2.0",
            LAST_SYNC_HEADER: "2026-01-02T09:30:00-03:00",
            QUEUED_HEADER: "3",
            PARKED_HEADER: "1",
        }
        with live.client(till["device_token"]) as c:  # noted as the terminal's last use
            assert c.get("/v1/sync/stores", headers=said).status_code == 200

        listed = hq("device", "list", db=db_url)
        assert listed.returncode == 0, listed.stderr
        lines = listed.stdout.splitlines()
        assert lines[0].split() == [
            "DEVICE", "ID", "STORE", "NAME", "CREATED", "(UTC)", "HEARD", "(UTC)", "ONLINE", "APP",
            "LAST", "SYNC", "(UTC)", "QUEUED", "PARKED", "REVOKED",
        ]  # fmt: skip
        row = next(x for x in lines if till["device_id"] in x)
        assert "BR-SP-01" in row and "till 1" in row and row.split()[-1] == "-"
        assert row.count(f"{now:%Y-%m-%d}") == 2  # created, heard
        cells = row.split("  ")
        cells = [x.strip() for x in cells if x.strip()]
        assert cells[5:10] == ["yes", "1.2.0 (behind 1.4.0)", "2026-01-02 12:30", "3", "1"]
        # A terminal that never said where it stands (or HQ never heard from).
        silent = next(x for x in lines if office["device_id"] in x)
        cells = [x.strip() for x in silent.split("  ") if x.strip()]
        assert cells[4:10] == ["-", "no", *["not reported"] * 4]
        for secret in (till["device_token"], office["device_token"], digest(till["device_token"])):
            assert secret not in listed.stdout
        only = hq("device", "list", "--store", "ES-MD-01", db=db_url)
        assert office["device_id"] in only.stdout and till["device_id"] not in only.stdout

        r = hq("device", "revoke", till["device_id"], db=db_url)
        assert r.returncode == 0, r.stderr
        assert "1 session(s) ended" in r.stdout and "enrolled again" in r.stdout
        with live.client(till["device_token"]) as c:
            refused = c.get("/v1/sync/stores")
            assert refused.status_code == 401
            assert refused.json()["error"]["code"] == "device_revoked"
        with live.client(session) as c:
            refused = c.get("/v1/sync/stores")
            assert refused.status_code == 401
            assert refused.json()["error"]["code"] == "session_revoked"
        with live.client(office["device_token"]) as c:
            assert c.get("/v1/sync/stores").status_code == 200
        row = next(x for x in hq("device", "list", db=db_url).stdout.splitlines() if "till" in x)
        assert " by cli:" in row
        again = hq("device", "revoke", till["device_id"], db=db_url)
        assert again.returncode == 0 and "already revoked" in again.stdout
        missing = hq("device", "revoke", "dev-nope", db=db_url)
        assert missing.returncode == 2 and "dev-nope" in missing.stderr

        tokens = hq("api-token", "list", db=db_url)
        assert tokens.returncode == 0, tokens.stderr
        assert tokens.stdout.count(" erp ") == 2 and "report" in tokens.stdout
        assert "(chain)" in tokens.stdout
        for secret in (*erp, report, digest(report)):
            assert secret not in tokens.stdout
        two = hq("api-token", "revoke", "erp", db=db_url)
        assert two.returncode == 2 and "give the id" in two.stderr
        r = hq("api-token", "revoke", "report", db=db_url)
        assert r.returncode == 0 and "revoked" in r.stdout, r.stderr
        with live.client(report) as c:
            assert c.get("/v1/stock/none").status_code == 401
        with live.client(erp[1]) as c:
            assert c.get("/v1/stock/none").status_code == 404  # still valid: not found
        first_id = next(x.split()[0] for x in tokens.stdout.splitlines() if " erp " in x)
        assert hq("api-token", "revoke", first_id, db=db_url).returncode == 0
        r = hq("api-token", "revoke", "erp", db=db_url)  # one left by that name
        assert r.returncode == 0, r.stderr
        with live.client(erp[0]) as c, live.client(erp[1]) as d:
            assert c.get("/v1/stock/none").status_code == 401
            assert d.get("/v1/stock/none").status_code == 401
    with db.read() as conn:
        entries = conn.execute(
            select(t.audit_log).where(t.audit_log.c.action.in_(["revoke_device", "revoke_token"]))
        ).all()
    db.dispose()
    assert len(entries) == 4  # the repeated revocation logged nothing
    assert {(e.actor_kind, e.actor_id.split(":")[0]) for e in entries} == {("admin", "cli")}
