"""`clienteling doctor`: each check passes on a sound terminal and fails for a real cause:
no secure keyring, HQ down, a clock ten minutes off HQ's, a damaged cache, a nearly full
disk (a small tmpfs), unusable scanner settings, writes HQ set aside. The bundle packs the
report and the logs, and nothing secret."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from datetime import UTC, datetime, timedelta

import keyring
import pytest
from keyring.backends import null

from clienteling import paths
from clienteling.cli import logs
from clienteling.hq import fleet
from clienteling.scan.wedge import WedgeSettings
from clienteling.security.vault import CACHE_KEY, MemoryVault
from clienteling.services.doctor import FAIL, OK, SKIP, WARN, Doctor
from clienteling.services.enrollment import DEVICE_CREDENTIAL
from clienteling.settings import SettingsFile
from tests.integration.bad_input import CANARIES, CANARY_NAME, CANARY_NOTE
from tests.integration.services_world import (
    MANAGER,
    STORE,
    signed_in,
    sqlite_world,
    unknown_at_hq,
)


@pytest.fixture
def world(tmp_path):
    with sqlite_world(tmp_path) as w:
        yield w


def findings(world, **kw) -> dict:
    doctor = Doctor(world.home, lambda: world.vault, **kw)
    return {f.key: f for f in doctor.run().findings}


def test_a_sound_terminal_passes_every_check_it_can_make(world):
    found = findings(world)
    assert found["cache"].status == OK and found["cache"].facts["mode"] == "production"
    assert found["cache"].facts["schema"] == found["version"].facts["cache_schema"]
    assert (found["hq"].status, found["tls"].status, found["clock"].status) == (OK, OK, OK)
    assert abs(found["clock"].facts["skew_seconds"]) < 5
    assert found["outbox"].code == "outbox_flowing" and found["outbox"].facts["queued"] == 0
    assert found["scanner"].status == OK
    assert found["disk"].status in (OK, WARN)


def test_hq_down_fails_and_says_so(world):
    world.stop_hq()
    found = findings(world)
    assert (found["hq"].status, found["hq"].code) == (FAIL, "hq_unreachable")
    assert found["clock"].status == SKIP


def test_a_clock_ten_minutes_off_hqs_fails(world):
    world.stop_hq()
    world.start_hq(clock=lambda: datetime.now(UTC) + timedelta(minutes=10))
    clock = findings(world)["clock"]
    assert (clock.status, clock.code) == (FAIL, "clock_skew")
    assert -610 < clock.facts["skew_seconds"] < -590  # this terminal is behind HQ


def test_no_secure_keyring_fails_production_and_only_warns_training(world, monkeypatch):
    from clienteling.app import vault_for

    monkeypatch.setenv("CLIENTELING_HOME", str(world.home.parent / "root"))
    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        home = paths.production_dir()
        found = {f.key: f for f in Doctor(home, lambda: vault_for(home)).run().findings}
        assert (found["keyring"].status, found["keyring"].code) == (FAIL, "keyring_insecure")
        assert found["cache"].status == SKIP  # nothing made, nothing lost
        home = paths.training_dir()
        trainee = Doctor(home, lambda: vault_for(home, training=True), training=True)
        keyring_finding = {f.key: f for f in trainee.run().findings}["keyring"]
        assert (keyring_finding.status, keyring_finding.code) == (WARN, "keyring_memory")
    finally:
        keyring.set_keyring(previous)


def test_a_damaged_cache_and_a_wrong_key_fail(world):
    world.services.close()
    wrong = MemoryVault()
    wrong.put(CACHE_KEY, "A" * 43 + "=")  # 32 bytes, not this cache's
    assert findings_with(world, wrong)["cache"].code == "cache_wrong_key"
    path = world.home / paths.CACHE_FILE
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)  # a page of the file overwritten
    path.write_bytes(bytes(data))
    cache = findings(world)["cache"]
    assert (cache.status, cache.code) == (FAIL, "cache_damaged")


def test_a_cache_kept_aside_at_start_is_listed_for_support(world):
    from clienteling.app import open_terminal

    world.services.close()
    vault = MemoryVault()  # the keyring lost the cache's key; the terminal's credential stays
    vault.put(DEVICE_CREDENTIAL, world.vault.get(DEVICE_CREDENTIAL))
    assert "cache_kept" not in findings_with(world, world.vault)
    services = open_terminal(world.home, vault)
    services.close()
    found = findings_with(world, vault)
    assert (found["cache_kept"].status, found["cache_kept"].code) == (WARN, "cache_kept_aside")
    assert found["cache_kept"].facts == {"files": 1, "newest": services.cache_kept_aside.name}
    assert found["cache"].status == OK  # the new cache, which the first sync fills


def findings_with(world, vault) -> dict:
    return {f.key: f for f in Doctor(world.home, lambda: vault).run().findings}


def test_writes_hq_set_aside_are_listed_with_their_reasons(world):
    services = signed_in(world)
    unknown_at_hq(world, "sh10")
    services.engagement.record_feedback("sh10", 2)
    services.syncing.sync()
    box = findings(world)["outbox"]
    assert (box.status, box.code, box.facts["parked"]) == (WARN, "outbox_parked", 1)
    assert box.facts["parked_entries"][0]["kind"] == "feedback"
    assert box.facts["parked_entries"][0]["reason"]


def test_unusable_scanner_settings_fail(world):
    settings = SettingsFile(world.home)
    sections = json.loads(settings.path.read_text())
    sections["scanner"] = {"timeout_ms": -5, "prefix": "too long"}
    settings.path.write_text(json.dumps(sections))
    scanner = findings(world)["scanner"]
    assert (scanner.status, scanner.code) == (FAIL, "scanner_settings_unusable")


def test_the_scanner_finding_says_whose_setup_is_in_use(world):
    """The store's fleet settings from HQ, until a manager saves this terminal's own."""
    fleet.set_value(world.db, "scanner_prefix", "~", datetime.now(UTC), store_id=STORE, actor="t")
    world.services.syncing.sync()
    store = findings(world)["scanner"]
    assert (store.status, store.code) == (OK, "scanner_settings_usable")
    assert store.facts["source"] == "store" and store.facts["store_settings_received"] is True
    assert store.facts["prefix"] is True  # the store's prefix, the one in use
    services = signed_in(world, MANAGER)
    assert services.scans.save_wedge_settings(WedgeSettings(suffixes=("\t",))).own
    own = findings(world)["scanner"]
    assert (own.status, own.facts["source"], own.facts["prefix"]) == (OK, "own", False)
    assert services.scans.wedge_settings().prefix == ""  # the doctor tells what the app uses
    services.scans.save_wedge_settings(None)  # "Use the store's settings"
    assert findings(world)["scanner"].facts["source"] == "store"


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs, for a disk that is really nearly full (root may mount; else skip)."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.decode().strip()})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_nearly_full_disk_fails(world, small_disk):
    home = small_disk / "terminal"
    home.mkdir()
    (home / "filler").write_bytes(bytes(2_500_000))
    disk = {f.key: f for f in Doctor(home, lambda: world.vault).run().findings}["disk"]
    assert (disk.status, disk.code) == (FAIL, "disk_full")
    assert disk.facts["free_bytes"] < 1_000_000


def run_cli(root, *args) -> subprocess.CompletedProcess:
    env = {**os.environ, "CLIENTELING_HOME": str(root), "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    return subprocess.run(
        [sys.executable, "-m", "clienteling.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_command_speaks_the_terminals_language_and_its_json_is_stable(tmp_path):
    done = run_cli(tmp_path, "doctor", "--json", "--lang", "pt_BR")
    assert done.returncode == 1, done.stderr  # no secure keyring here: a check fails
    report = json.loads(done.stdout)
    assert report["doctor"] == 1 and report["mode"] == "production" and report["worst"] == FAIL
    keys = [c["key"] for c in report["checks"]]
    assert keys == [
        "version", "keyring", "cache", "disk", "hq", "tls", "clock", "outbox", "scanner",
        "camera", "printer",
    ]  # fmt: skip
    for check in report["checks"]:
        assert set(check) == {"key", "name", "status", "code", "message", "facts"}
    keyring_check = report["checks"][1]
    assert keyring_check["code"] == "keyring_insecure"
    assert "gnome-keyring" in keyring_check["message"] and "Instale" in keyring_check["message"]


def test_the_bundle_holds_the_report_and_logs_and_no_secret(world, tmp_path):
    logs.start(world.home)  # what this terminal does is logged to its folder, as the app does
    try:
        services = signed_in(world)
        services.engagement.add_note("sh1", "gift", CANARY_NOTE)
        services.lookup.search(CANARY_NAME)
        world.stop_hq()  # offline: warnings are logged
        services.engagement.add_note("sh1", "gift", CANARY_NOTE)
        services.syncing.sync()
    finally:
        logs.stop()
    world.services.close()
    assert (world.home / "logs" / "clienteling.log").stat().st_size > 0
    root = tmp_path / "root"
    root.mkdir()
    (world.home).rename(root / "terminal")  # the enrolled terminal, where the command looks
    secrets = [world.vault.get(DEVICE_CREDENTIAL), world.vault.get(CACHE_KEY), "2468"]
    target = tmp_path / "support.zip"
    done = run_cli(root, "doctor", "--bundle", str(target))
    assert done.returncode == 1, done.stderr  # the null keyring holds none of its secrets
    with zipfile.ZipFile(target) as z:
        names = z.namelist()
        assert {"doctor.json", "doctor.txt", "settings.json"} <= set(names)
        assert any(n.startswith("logs/clienteling.log") for n in names)
        text = b"".join(z.read(n) for n in names).decode("utf-8", "replace")
    for secret in secrets:
        assert secret and secret not in text
    for canary in CANARIES:
        assert canary not in text
    report = json.loads(zipfile.ZipFile(target).read("doctor.json"))
    assert {c["key"] for c in report["checks"]} >= {"hq", "outbox", "cache"}


def test_a_bundle_name_that_is_not_a_zip_is_refused(tmp_path):
    done = run_cli(tmp_path, "doctor", "--bundle", str(tmp_path / "report.txt"))
    assert done.returncode == 1 and ".zip" in done.stderr
    assert not (tmp_path / "report.txt").exists()
