"""The terminal's secrets in a real Secret Service (gnome-keyring on a private D-Bus)."""

from __future__ import annotations

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
