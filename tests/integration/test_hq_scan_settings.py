"""The chain's scan settings at HQ: checked, stored, handed to terminals only (SQLite, PG)."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from clienteling.domain.errors import InvalidField
from clienteling.hq import auth
from clienteling.hq import scan_settings as ss
from clienteling.hq import tables as t
from clienteling.hq.secrets import key_from_text, key_id, key_text
from clienteling.scan import DEMO_LOYALTY, ScanConfig, ShopperSignUp, encode_signup, interpret
from tests.hq_live import LiveHQ, add_staff, add_stores
from tests.integration.test_hq_cli import hq

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
SETTINGS = {
    "loyalty_formats": [{"prefix": "ly", "length": 13, "check": "mod10"}],
    "product_url_prefixes": ["https://shop.example.com/p"],
    "tracking_url_prefix": "https://track.example.com/o/",
    "signup_url": "https://join.example.com/signup",
}


def test_the_migrations_make_what_tables_py_declares(hq_db):
    with hq_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), t.metadata)
    assert diff == []


def test_settings_are_checked_stored_and_shown_without_keys(hq_db):
    with hq_db.read() as conn:
        assert ss.show(conn)["configured"] is False
        assert ss.for_terminal(conn)["shopper_code_keys"] == []
    shown = ss.set_settings(hq_db, SETTINGS, NOW)
    assert shown["configured"] and shown["revision"] == 1
    assert shown["loyalty_formats"] == [{"prefix": "LY", "length": 13, "check": "mod10"}]
    assert shown["product_url_prefixes"] == ["https://shop.example.com/p/"]
    # Flags change only what they name; --file (replace) sets everything.
    shown = ss.set_settings(hq_db, {"tracking_url_prefix": None}, NOW)
    assert shown["revision"] == 2 and shown["tracking_url_prefix"] is None
    assert shown["signup_url"] == SETTINGS["signup_url"]
    shown = ss.set_settings(hq_db, {"signup_url": SETTINGS["signup_url"]}, NOW, replace=True)
    assert shown["loyalty_formats"] == [] and shown["revision"] == 3


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"loyalty_formats": [{"prefix": "LY", "length": 2, "check": "mod10"}]}, "loyalty length"),
        ({"signup_url": "http://join.example.com/signup"}, "signup_url"),
        ({"product_url_prefixes": ["shop.example.com"]}, "product_url_prefixes"),
        ({"shopper_code_keys": ["secret"]}, "keys are added apart"),
    ],
)
def test_bad_settings_are_refused_and_nothing_changes(hq_db, changes, message):
    ss.set_settings(hq_db, SETTINGS, NOW)
    with pytest.raises(InvalidField, match=message):
        ss.set_settings(hq_db, changes, NOW)
    with hq_db.read() as conn:
        shown = ss.show(conn)
    assert shown["revision"] == 1 and shown["signup_url"] == SETTINGS["signup_url"]


def test_key_rotation_newest_signs_older_verify_then_removed(hq_db):
    first = ss.add_key(hq_db, NOW)
    second = ss.add_key(hq_db, NOW + timedelta(days=30))
    with hq_db.read() as conn:
        shown = ss.show(conn)
        keys = ss.for_terminal(conn)["shopper_code_keys"]
        audit = conn.execute(select(t.audit_log)).all()
    assert shown["shopper_code_keys"] == [second, first] and shown["revision"] == 2
    assert [k["key_id"] for k in keys] == [second, first]
    assert all(key_id(key_from_text(k["key"])) == k["key_id"] for k in keys)
    assert len(key_from_text(keys[0]["key"])) == 32
    # The audit log names keys by id only.
    assert {a.subject_id for a in audit} == {first, second}
    assert not any(k["key"] in json.dumps(a.detail) for a in audit for k in keys)
    with pytest.raises(ValueError, match="already stored"):
        ss.add_key(hq_db, NOW, key_from_text(keys[0]["key"]))
    with pytest.raises(InvalidField, match="16 to 64 bytes"):
        ss.add_key(hq_db, NOW, b"short")
    assert ss.remove_key(hq_db, first, NOW) == 1
    with pytest.raises(ValueError, match="no shopper code key"):
        ss.remove_key(hq_db, first, NOW)
    with hq_db.read() as conn:
        assert ss.show(conn)["shopper_code_keys"] == [second]


def test_only_an_enrolled_terminal_gets_the_settings_with_keys(hq_db):
    add_stores(hq_db, ("BR-SP-01",))
    add_staff(hq_db, "BR-SP-01")
    ss.set_settings(hq_db, SETTINGS, NOW)
    name = ss.add_key(hq_db, NOW)
    manager = auth.create_api_token(hq_db, "m", "manager", "BR-SP-01", NOW)
    integration = auth.create_api_token(hq_db, "i", "integration", None, NOW)
    with LiveHQ(hq_db) as live:
        device = live.enroll("BR-SP-01")
        session = live.sign_in(device, "BR-SP-01-manager")
        with live.client(device) as c:
            r = c.get("/v1/terminal/scan-settings")
        assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
        body = r.json()
        assert body["configured"] and body["revision"] == 2
        assert body["signup_url"] == SETTINGS["signup_url"]
        assert [k["key_id"] for k in body["shopper_code_keys"]] == [name]
        for token in (session, manager, integration):
            with live.client(token) as c:
                refused = c.get("/v1/terminal/scan-settings")
            assert refused.status_code == 403, token[:4]
            assert "enrolled terminals" in refused.json()["error"]["message"]
            assert "shopper_code_keys" not in refused.text
        with live.client() as c:
            assert c.get("/v1/terminal/scan-settings").status_code == 401


def test_the_enrollment_answer_carries_the_settings(hq_db):
    add_stores(hq_db, ("BR-SP-01",))
    with LiveHQ(hq_db) as live:
        code = auth.create_enrollment_code(hq_db, "BR-SP-01", 1, datetime.now(UTC))
        with live.client() as c:
            before = c.post("/v1/enroll", json={"code": code, "terminal_name": "t1"}).json()
        assert before["scan_settings"]["configured"] is False
        ss.set_settings(hq_db, SETTINGS, NOW)
        ss.add_key(hq_db, NOW)
        code = auth.create_enrollment_code(hq_db, "BR-SP-01", 1, datetime.now(UTC))
        with live.client() as c:
            r = c.post("/v1/enroll", json={"code": code, "terminal_name": "t2"})
        assert r.status_code == 201 and r.headers["cache-control"] == "no-store"
        sent = r.json()["scan_settings"]
        assert sent["configured"] and len(sent["shopper_code_keys"]) == 1
        assert sent["loyalty_formats"] == [{"prefix": "LY", "length": 13, "check": "mod10"}]


def test_demo_settings_are_the_demo_chains_and_usable_by_the_scanner(hq_db):
    assert ss.ensure_demo(hq_db, NOW) is True
    assert ss.ensure_demo(hq_db, NOW) is False  # set once, never overwritten
    with hq_db.read() as conn:
        sent = ss.for_terminal(conn)
    fmt = sent["loyalty_formats"][0]
    assert (fmt["prefix"], fmt["length"], fmt["check"]) == (
        DEMO_LOYALTY.prefix,
        DEMO_LOYALTY.length,
        DEMO_LOYALTY.check.value,
    )
    config = ScanConfig(
        signup_url=sent["signup_url"],
        shopper_code_keys=tuple(key_from_text(k["key"]) for k in sent["shopper_code_keys"]),
    )
    url = encode_signup("BR-SP-01", "E1", url=config.signup_url)
    assert url.startswith("https://") and interpret(url, config) == ShopperSignUp("BR-SP-01", "E1")


# --- `clienteling-hq scan-settings` ---------------------------------------------------------


@pytest.fixture
def db_url(hq_db, hq_db_url):
    return hq_db_url


def test_cli_sets_from_a_file_and_flags_and_refuses_in_one_line(db_url, tmp_path):
    path = tmp_path / "scan.json"
    path.write_text(json.dumps(SETTINGS))
    r = hq("scan-settings", "set", "--file", str(path), db=db_url)
    assert r.returncode == 0, r.stderr
    assert "revision 1" in r.stdout and "https://join.example.com/signup" in r.stdout
    r = hq("scan-settings", "set", "--loyalty", "LY:13:mod10", "--loyalty", ":8:gs1", db=db_url)
    assert r.returncode == 0, r.stderr
    shown = json.loads(hq("scan-settings", "show", "--json", db=db_url).stdout)
    assert shown["loyalty_formats"][1] == {"prefix": "", "length": 8, "check": "gs1"}
    assert shown["signup_url"] == SETTINGS["signup_url"] and shown["revision"] == 2
    bad = {
        ("--signup-url", "http://join.example.com/"): "signup_url: 'http://join.example.com/'",
        ("--loyalty", "LY-13"): "write PREFIX:LENGTH[:CHECK]",
        ("--loyalty", "LY:13:crc"): "loyalty check: 'crc': choose one of",
        ("--file", str(tmp_path / "missing.json")): "cannot read",
    }
    for args, message in bad.items():
        r = hq("scan-settings", "set", *args, db=db_url)
        assert r.returncode == 2 and message in r.stderr, r.stderr
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    path.write_text("{not json")
    r = hq("scan-settings", "set", "--file", str(path), db=db_url)
    assert r.returncode == 2 and "is not JSON" in r.stderr
    assert json.loads(hq("scan-settings", "show", "--json", db=db_url).stdout)["revision"] == 2


def test_cli_adds_and_rotates_keys_and_never_prints_them(db_url, tmp_path):
    written = tmp_path / "signing.key"
    r = hq("scan-settings", "add-key", "--write-key", str(written), db=db_url)
    assert r.returncode == 0, r.stderr
    assert stat.S_IMODE(os.stat(written).st_mode) == 0o600
    first = key_from_text(written.read_text())
    assert f"key {key_id(first)} added" in r.stdout
    given = tmp_path / "from-app-team.key"
    second = b"\x07" * 32
    given.write_text(key_text(second))
    r = hq("scan-settings", "add-key", "--key-file", str(given), db=db_url)
    assert r.returncode == 0 and "1 older key(s) still verify" in r.stdout
    show = hq("scan-settings", "show", db=db_url)
    assert f"2 (signing: {key_id(second)}; also verifying: {key_id(first)})" in show.stdout
    shown_json = hq("scan-settings", "show", "--json", db=db_url).stdout
    for out in (show.stdout, shown_json, r.stdout):
        assert key_text(first) not in out and key_text(second) not in out
    again = hq("scan-settings", "add-key", "--write-key", str(written), db=db_url)
    assert again.returncode == 2 and "exists already" in again.stderr
    r = hq("scan-settings", "remove-key", key_id(first), db=db_url)
    assert r.returncode == 0 and "1 key(s) left" in r.stdout
    r = hq("scan-settings", "remove-key", "k-nope", db=db_url)
    assert r.returncode == 2 and "no shopper code key 'k-nope'" in r.stderr
