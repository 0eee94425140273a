"""The terminal's secrets in a real Secret Service (gnome-keyring on a private D-Bus)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest
from keyring.backends import SecretService, fail

from clienteling.cache.store import open_cache
from clienteling.security.vault import (
    KeyringVault,
    MemoryVault,
    VaultUnavailable,
    cache_key,
    open_vault,
)

REQUIRE = os.environ.get("CLIENTELING_REQUIRE_KEYRING") == "1"


@pytest.fixture
def secret_service(tmp_path, monkeypatch):
    """dbus-daemon + gnome-keyring-daemon, both private to this test and stopped after it."""
    missing = [b for b in ("dbus-daemon", "gnome-keyring-daemon") if not shutil.which(b)]
    if missing:
        reason = f"{', '.join(missing)} not installed (scripts/bootstrap installs them)"
        if REQUIRE:
            pytest.fail(f"CLIENTELING_REQUIRE_KEYRING=1 but {reason}")
        pytest.skip(reason)
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "HOME": str(tmp_path),
    }
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    address = bus.stdout.readline().strip()
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    daemon.stdin.write(b"terminal-login-password")
    daemon.stdin.close()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    backend = SecretService.Keyring()
    deadline = time.monotonic() + 20
    while True:  # wait until the daemon owns the Secret Service name
        try:
            backend.get_password("clienteling-probe", "x")
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    yield backend
    daemon.terminate()
    bus.terminate()
    daemon.wait(10)
    bus.wait(10)


def test_cache_key_lives_in_the_secret_service(secret_service, tmp_path):
    vault = open_vault("clienteling-test", backend=secret_service)
    assert isinstance(vault, KeyringVault)
    key = cache_key(vault, create=True)
    assert len(key) == 32
    # Another process (a new backend object) reads the same key back.
    again = open_vault("clienteling-test", backend=SecretService.Keyring())
    assert cache_key(again, create=False) == key
    cache = open_cache(tmp_path / "cache.db", key)
    cache.close()
    assert key.hex() not in (tmp_path / "cache.db").read_bytes().hex()
    again.delete("cache-key")
    assert cache_key(again, create=False) is None


def test_insecure_keyrings_are_refused_outside_demo():
    with pytest.raises(VaultUnavailable, match="gnome-keyring"):
        open_vault("clienteling-test", backend=fail.Keyring())
    demo = open_vault("clienteling-demo", backend=fail.Keyring(), allow_insecure=True)
    assert isinstance(demo, MemoryVault)
    assert cache_key(demo, create=True) == cache_key(demo, create=False)
