"""A cache the terminal's key no longer opens (a keyring reset or a re-imaged terminal) is
kept aside, never deleted, and the terminal starts again with a new one for the first sync
to fill (docs/offline.md, "When the key or the file is lost"); a cache that is sound but
refused for another reason is left where it is."""

from __future__ import annotations

import json

import pytest

from clienteling import paths
from clienteling.app import open_terminal
from clienteling.cache import outbox
from clienteling.cache.store import CacheError, open_cache
from clienteling.security.vault import CACHE_KEY, MemoryVault, cache_key
from clienteling.services.enrollment import DEVICE_CREDENTIAL
from tests.cache_access import writer_of


def enrolled(home):
    home.mkdir()
    terminal = {
        "hq_url": "https://hq.example.com",
        "store_id": "BR-SP-01",
        "store_name": "São Paulo",
        "device_id": "d1",
        "terminal_name": "till 7",
    }
    (home / "settings.json").write_text(json.dumps({"terminal": terminal}), encoding="utf-8")
    vault = MemoryVault()
    vault.put(DEVICE_CREDENTIAL, "dev_x")
    return vault


def queue_an_order(services) -> None:
    body = {"order_id": "o-1", "shopper_id": "sh1", "fulfilment": "pickup", "lines": []}
    outbox.enqueue(
        writer_of(services.syncing.cache),
        id="o-1",
        kind="order",
        shopper_id="sh1",
        method="POST",
        path="/orders",
        body=body,
    )


def test_a_cache_the_key_no_longer_opens_is_kept_aside_and_a_new_one_made(tmp_path):
    home = tmp_path / "terminal"
    vault = enrolled(home)
    first = open_terminal(home, vault)
    assert first.cache_kept_aside is None
    queue_an_order(first)
    first.close()
    old_key = cache_key(vault, create=False)
    old_bytes = (home / paths.CACHE_FILE).read_bytes()

    vault.delete(CACHE_KEY)  # the keyring lost the cache's key: a new one is made
    again = open_terminal(home, vault)
    try:
        kept = again.cache_kept_aside
        assert kept is not None and kept.parent == home
        assert kept.name.startswith(paths.CACHE_FILE + ".unreadable-")
        assert kept.read_bytes() == old_bytes  # moved, not changed, not deleted
        with again.syncing.cache.read() as conn:  # the new cache: empty, the first sync's
            assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    finally:
        again.close()
    # The kept file still holds its queued order for whoever has the old key.
    old = open_cache(kept, old_key)
    try:
        with old.read() as conn:
            assert [r[0] for r in conn.execute("SELECT id FROM outbox")] == ["o-1"]
    finally:
        old.close()


def test_a_sound_cache_refused_for_another_reason_stays_where_it_is(tmp_path):
    home = tmp_path / "terminal"
    vault = enrolled(home)
    services = open_terminal(home, vault)
    writer_of(services.syncing.cache).execute("PRAGMA user_version = 999")  # a newer release's
    services.close()
    before = sorted(p.name for p in home.iterdir())
    with pytest.raises(CacheError) as refused:
        open_terminal(home, vault)
    assert refused.value.args[0].code == "cache_newer"
    assert sorted(p.name for p in home.iterdir()) == before
