"""The chain's scan settings reach the terminal from HQ: the "scan" section of settings.json for
settings, the vault for keys.

A real HQ on loopback, a real enrolled terminal; keys in the OS keyring (a
private gnome-keyring) where the test says so, else in the in-memory vault.
"""

from __future__ import annotations

import base64
import json
import logging
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import update

from clienteling.app import open_terminal
from clienteling.hq import auth, migrate
from clienteling.hq import scan_settings as hq_settings
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from clienteling.hq.secrets import key_from_text
from clienteling.scan import encode_signed_shopper_code
from clienteling.security.vault import MemoryVault, open_vault
from clienteling.services import scan_settings as ts
from clienteling.services import scanning as sc
from clienteling.services.terminal import TerminalServices
from clienteling.settings import SettingsFile
from tests.hq_live import World
from tests.integration.test_scanning_service import FAST, HERE_CARD, STORE, scan_chain
from tests.integration.test_terminal_cli import term

SETTINGS = {
    "loyalty_formats": [{"prefix": "LY", "length": 13, "check": "mod10"}],
    "product_url_prefixes": ["https://shop.example.com/p/"],
    "signup_url": "https://join.example.com/signup",
}


def hq_keys(db: Database) -> list[bytes]:
    """The chain's keys as HQ hands them out, signing key first."""
    with db.read() as conn:
        return [
            key_from_text(k["key"]) for k in hq_settings.for_terminal(conn)["shopper_code_keys"]
        ]


def signed(key: bytes, card: str = HERE_CARD) -> str:
    """A code from the chain's shopper app, valid for an hour."""
    return encode_signed_shopper_code(card, datetime.now(UTC) + timedelta(hours=1), key)


def scan_section(home: Path) -> dict:
    """The "scan" section as the terminal's settings file holds it."""
    return json.loads((home / "settings.json").read_text())["scan"]


def assert_nowhere_in_files(home: Path, keys: list[bytes]) -> None:
    """Neither the key bytes nor their base64 forms are in any file of the terminal's home."""
    files = [p for p in home.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"settings.json", "cache.db"}
    assert "scan" in json.loads((home / "settings.json").read_text())  # the settings are there
    forms = [
        form
        for key in keys
        for form in (
            key,
            base64.urlsafe_b64encode(key).rstrip(b"="),
            base64.b64encode(key).rstrip(b"="),
            key.hex().encode(),
        )
    ]
    for path in files:
        data = path.read_bytes()
        assert not any(form in data for form in forms), path


@pytest.fixture
def hq(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'hq.db'}")
    migrate.upgrade(db)
    scan_chain(db)
    w = World(db)
    w.start_hq()
    yield w
    w.stop_hq()
    if w.services is not None:
        w.services.close()
    db.dispose()


def enroll(world: World, home: Path, vault) -> TerminalServices:
    return world.enroll_terminal(home, STORE, policy=FAST, vault=vault)


def test_enrollment_puts_the_keys_in_the_os_keyring_and_the_rest_in_the_settings_file(
    hq, tmp_path, secret_service
):
    hq_settings.set_settings(hq.db, SETTINGS, datetime.now(UTC))
    hq_settings.add_key(hq.db, datetime.now(UTC))
    vault = open_vault("clienteling-scan-test", backend=secret_service)
    home = tmp_path / "terminal"
    services = enroll(hq, home, vault)
    stored = scan_section(home)
    assert stored["signup_url"] == SETTINGS["signup_url"] and stored["hq_revision"] == 2
    assert "shopper_code_keys" not in stored
    keys = hq_keys(hq.db)
    assert ts.shopper_code_keys(vault) == tuple(keys)
    services.syncing.sync()
    assert_nowhere_in_files(home, keys)
    config = services.scans.chain_config()
    assert config.shopper_code_keys == tuple(keys)
    assert config.loyalty_formats[0].prefix == "LY"


def test_a_signed_shopper_code_opens_the_shopper_after_sync_and_keys_rotate(hq, tmp_path):
    home = tmp_path / "terminal"
    services = enroll(hq, home, MemoryVault())  # HQ has no settings yet
    services.syncing.sync()
    services.sessions.sign_in(f"{STORE}-associate", "2468")
    scans = services.scans
    hq_settings.set_settings(hq.db, SETTINGS, datetime.now(UTC))
    hq_settings.add_key(hq.db, datetime.now(UTC))
    old_key = hq_keys(hq.db)[0]
    assert scans.resolve(signed(old_key)).reject_code == "not_configured"
    services.syncing.sync()
    out = scans.resolve(signed(old_key))
    assert out.action == sc.SHOPPER and out.shopper_id == "sh4" and out.kind == "signed_shopper"
    # Rotation: the new key signs at once in the shopper app; terminals learn it on their next
    # sync, and codes signed with the old key keep working until it is removed.
    hq_settings.add_key(hq.db, datetime.now(UTC))
    new_key = hq_keys(hq.db)[0]
    assert new_key != old_key
    assert scans.resolve(signed(new_key)).reject_code == "bad_signature"
    services.syncing.sync()
    assert scans.chain_config().shopper_code_keys == (new_key, old_key)
    assert scans.resolve(signed(new_key)).shopper_id == "sh4"
    assert scans.resolve(signed(old_key)).shopper_id == "sh4"
    with hq.db.read() as conn:
        old_id = hq_settings.show(conn)["shopper_code_keys"][1]
    hq_settings.remove_key(hq.db, old_id, datetime.now(UTC))
    services.syncing.sync()
    assert scans.resolve(signed(old_key)).reject_code == "bad_signature"
    assert scans.resolve(signed(new_key)).shopper_id == "sh4"
    assert_nowhere_in_files(home, [old_key, new_key])


HAND_MADE = {"loyalty_formats": [{"prefix": "2", "length": 13, "check": "gs1"}]}


def hand_made_section(world: World, home: Path, vault) -> TerminalServices:
    """Someone wrote the scan section into the open terminal's settings.json by hand."""
    sections = json.loads((home / "settings.json").read_text())
    (home / "settings.json").write_text(json.dumps({**sections, "scan": HAND_MADE}))
    return world.services


def hand_made_legacy_file(world: World, home: Path, vault) -> TerminalServices:
    """An older terminal: terminal.json and a hand-made scan.json, no settings.json; the
    terminal is opened with this version."""
    world.services.close()
    sections = json.loads((home / "settings.json").read_text())
    (home / "terminal.json").write_text(json.dumps(sections["terminal"]))
    (home / "scan.json").write_text(json.dumps(HAND_MADE))
    (home / "settings.json").unlink()
    world.services = open_terminal(home, vault, policy=FAST)
    return world.services


@pytest.mark.parametrize("hand_make", [hand_made_section, hand_made_legacy_file])
def test_hq_down_or_without_settings_keeps_the_last_ones(hq, tmp_path, hand_make):
    home = tmp_path / "terminal"
    vault = MemoryVault()
    enroll(hq, home, vault)
    # HQ has none yet: hand-made scan settings stay (an older terminal's scan.json is moved
    # into settings.json and removed).
    services = hand_make(hq, home, vault)
    services.syncing.sync()
    assert scan_section(home) == HAND_MADE
    assert {p.name for p in home.glob("*.json")} == {"settings.json"}
    assert services.scans.chain_config().loyalty_formats[0].prefix == "2"
    hq_settings.set_settings(hq.db, SETTINGS, datetime.now(UTC))
    hq_settings.add_key(hq.db, datetime.now(UTC))
    services.syncing.sync()  # from now on HQ's settings replace them
    assert scan_section(home)["signup_url"] == SETTINGS["signup_url"]
    before = (home / "settings.json").read_bytes()
    key = hq_keys(hq.db)[0]
    services.sessions.sign_in(f"{STORE}-associate", "2468")
    scans = services.scans
    hq_settings.set_settings(hq.db, {"signup_url": None}, datetime.now(UTC))
    hq.stop_hq()
    config = scans.chain_config()
    services.syncing.sync()  # offline: nothing changes
    assert (home / "settings.json").read_bytes() == before
    assert services.syncing.refresh_scan_settings() is False
    assert scans.chain_config() is config  # nothing told the scans to read the settings again
    assert scans.resolve(signed(key)).shopper_id == "sh4"  # the cache and the kept key
    hq.start_hq()
    services.syncing.sync()
    assert scan_section(home)["signup_url"] is None
    assert scans.chain_config().signup_url is None  # read again after HQ changed them


class _OlderHQ(BaseHTTPRequestHandler):
    """An HQ from before scan settings: every path this test asks for is unknown."""

    def do_GET(self):
        body = b'{"detail": "Not Found"}'
        self.send_response(404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_an_older_hq_without_the_endpoint_changes_nothing(hq, tmp_path, caplog):
    hq_settings.set_settings(hq.db, SETTINGS, datetime.now(UTC))
    home = tmp_path / "terminal"
    vault = MemoryVault()
    enroll(hq, home, vault).close()
    scan_before = scan_section(home)
    older = ThreadingHTTPServer(("127.0.0.1", 0), _OlderHQ)
    threading.Thread(target=older.serve_forever, daemon=True).start()
    try:
        settings = SettingsFile(home)
        older_url = f"http://127.0.0.1:{older.server_address[1]}"
        settings.save_terminal(replace(settings.terminal(), hq_url=older_url))
        before = (home / "settings.json").read_bytes()
        hq.services = services = open_terminal(home, vault, policy=FAST)
        with caplog.at_level(logging.INFO):
            assert services.syncing.refresh_scan_settings() is False
    finally:
        older.shutdown()
        older.server_close()
    assert (home / "settings.json").read_bytes() == before
    assert scan_section(home) == scan_before
    assert "older HQ" in caplog.text


def but_fleet(home) -> dict:
    """settings.json but the fleet settings (the same sync run brings those: docs/fleet.md)."""
    sections = json.loads((home / "settings.json").read_text())
    return {name: value for name, value in sections.items() if name != "fleet"}


def test_settings_this_terminal_cannot_use_are_logged_without_keys_and_ignored(
    hq, tmp_path, caplog
):
    hq_settings.set_settings(hq.db, SETTINGS, datetime.now(UTC))
    hq_settings.add_key(hq.db, datetime.now(UTC))
    home = tmp_path / "terminal"
    vault = MemoryVault()
    services = enroll(hq, home, vault)
    before, keys_before = but_fleet(home), vault.get(ts.SCAN_KEYS)
    key = hq_keys(hq.db)[0]
    # What a newer HQ (or a hand-edited database) could hold: a page phones cannot open,
    # and a new key besides. Neither may be taken half.
    with hq.db.write() as w:
        w.conn.execute(update(t.scan_settings).values(signup_url="http://join.example.com/"))
    hq_settings.add_key(hq.db, datetime.now(UTC))
    with caplog.at_level(logging.INFO):
        services.syncing.sync()
    assert but_fleet(home) == before
    assert vault.get(ts.SCAN_KEYS) == keys_before
    assert "cannot use" in caplog.text and "signup_url" in caplog.text
    for k in hq_keys(hq.db):
        assert base64.urlsafe_b64encode(k).rstrip(b"=").decode() not in caplog.text
    assert services.scans.chain_config().shopper_code_keys == (key,)
    # A damaged key from HQ: refused by name, the keys kept.
    with hq.db.write() as w:
        w.conn.execute(update(t.scan_settings).values(signup_url=SETTINGS["signup_url"]))
        w.conn.execute(update(t.shopper_code_keys).values(secret="not*base64"))
    caplog.clear()
    with caplog.at_level(logging.INFO):
        services.syncing.sync()
    assert "is not base64url" in caplog.text and vault.get(ts.SCAN_KEYS) == keys_before


def test_cli_enroll_sync_and_scan_a_signed_code_with_the_keyring(hq, tmp_path, secret_service):
    hq_settings.set_settings(hq.db, SETTINGS, datetime.now(UTC))
    hq_settings.add_key(hq.db, datetime.now(UTC))
    home = tmp_path / "cli"
    code = auth.create_enrollment_code(hq.db, STORE, 1, datetime.now(UTC))
    r = term(home, "enroll", "--hq", hq.url, "--code", code, "--name", "till 2")
    assert r.returncode == 0, r.stderr
    key = hq_keys(hq.db)[0]
    scanned = json.loads(term(home, "scan", signed(key), "--json").stdout)
    assert scanned["kind"] == "signed_shopper" and scanned["fields"]["loyalty_id"] == HERE_CARD
    hq_settings.add_key(hq.db, datetime.now(UTC))
    synced = term(home, "sync")
    assert synced.returncode == 0 and "scan settings updated from HQ" in synced.stdout
    newer = json.loads(term(home, "scan", signed(hq_keys(hq.db)[0]), "--json").stdout)
    assert newer["kind"] == "signed_shopper"
    assert_nowhere_in_files(home / "terminal", hq_keys(hq.db))
