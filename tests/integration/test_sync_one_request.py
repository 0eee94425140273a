"""The terminal catches up with one request per poll (`GET /v1/changes`) against a real
HQ on 127.0.0.1, falls back to each collection's feed on an HQ without it, and can
wait on HQ for a change (long poll)."""

from __future__ import annotations

import threading

import httpx

from clienteling.api.client import HQClient
from clienteling.cache.store import open_cache
from clienteling.hq.app import create_app
from clienteling.protocol.poll import CHANGES_PATH
from clienteling.protocol.version import API_PREFIX
from clienteling.sync.engine import SyncEngine
from tests.hq_live import LiveHQ, add_purchase, add_shopper, set_stock, small_chain
from tests.integration.test_sync import KEY, cache_rows, hq_scoped


def requests_of(client: HQClient) -> list[str]:
    """The paths the client sends, recorded by an httpx event hook."""
    paths: list[str] = []
    client._http.event_hooks["request"].append(lambda request: paths.append(request.url.path))
    return paths


def edit_several_collections(db) -> None:
    add_shopper(db, "sh1", "BR-SP-01", last_name="Pereira")
    add_shopper(db, "new1", "BR-SP-02")
    add_purchase(db, "p9", "new1", "BR-SP-01", "ST1-BLK-M")
    set_stock(db, "BR-SP-01", "ST1-BLK-S", 2)
    set_stock(db, "BR-RJ-01", "ST1-BLK-L", 5)


def test_catch_up_is_one_request_for_every_collection(hq_db, tmp_path):
    small_chain(hq_db)
    set_stock(hq_db, "BR-SP-01", "ST1-BLK-S", 4)
    with LiveHQ(hq_db) as hq, HQClient(hq.url, hq.enroll("BR-SP-01")) as client:
        cache = open_cache(tmp_path / "c.db", KEY)
        engine = SyncEngine(cache, client, page_size=500)
        paths = requests_of(client)
        engine.pull()  # first loads: each collection on its own, in bulk mode
        assert f"{API_PREFIX}/sync/shoppers" in paths
        assert f"{API_PREFIX}{CHANGES_PATH}" not in paths
        assert cache_rows(cache) == hq_scoped(hq_db, "BR-SP-01")

        edit_several_collections(hq_db)
        paths.clear()
        applied = engine.pull()
        assert paths == [f"{API_PREFIX}{CHANGES_PATH}"]  # one request, every collection
        assert applied == 5  # two shoppers, a purchase, two stock rows
        assert cache_rows(cache) == hq_scoped(hq_db, "BR-SP-01")
        assert engine.one_request is True

        paths.clear()
        assert engine.pull() == 0
        assert paths == [f"{API_PREFIX}{CHANGES_PATH}"]
        # a page of one change at a time: rounds until nothing more remains, each once
        engine.page_size = 1
        edit_several_collections(hq_db)
        paths.clear()
        assert engine.pull() == 5
        assert len(paths) >= 5 and set(paths) == {f"{API_PREFIX}{CHANGES_PATH}"}
        assert cache_rows(cache) == hq_scoped(hq_db, "BR-SP-01")
        cache.close()


def test_an_hq_without_changes_is_pulled_per_collection(hq_db, tmp_path):
    """An older HQ answers 404 for /v1/changes: the terminal pulls each collection on
    its own, as before, and does not ask again."""
    small_chain(hq_db)
    with LiveHQ(hq_db) as hq:
        hq.app.router.routes = [
            r for r in hq.app.router.routes if getattr(r, "path", "") != f"{API_PREFIX}/changes"
        ]
        assert httpx.get(f"{hq.url}{API_PREFIX}/changes").status_code == 404
        with HQClient(hq.url, hq.enroll("BR-SP-01")) as client:
            cache = open_cache(tmp_path / "c.db", KEY)
            engine = SyncEngine(cache, client, page_size=500)
            engine.pull()
            edit_several_collections(hq_db)
            paths = requests_of(client)
            assert engine.pull() == 5
            assert engine.one_request is False
            assert paths.count(f"{API_PREFIX}{CHANGES_PATH}") == 1
            assert f"{API_PREFIX}/sync/stock" in paths
            assert cache_rows(cache) == hq_scoped(hq_db, "BR-SP-01")
            paths.clear()
            set_stock(hq_db, "BR-SP-01", "ST1-BLK-S", 1)
            assert engine.pull() == 1
            assert f"{API_PREFIX}{CHANGES_PATH}" not in paths  # not asked again
            cache.close()


def test_a_waiting_terminal_gets_the_change_when_it_commits(hq_db, tmp_path):
    small_chain(hq_db)
    with LiveHQ(hq_db) as hq, HQClient(hq.url, hq.enroll("BR-SP-01")) as client:
        cache = open_cache(tmp_path / "c.db", KEY)
        engine = SyncEngine(cache, client, page_size=500)
        engine.pull()
        from clienteling.protocol.sync import COLLECTIONS

        got: list[int] = []
        waiting = threading.Thread(target=lambda: got.append(engine.catch_up(COLLECTIONS, wait=25)))
        waiting.start()
        signal = hq.app.state.changes
        while signal.waiting == 0 and waiting.is_alive():
            threading.Event().wait(0.01)
        assert signal.waiting == 1 and not got
        set_stock(hq_db, "BR-SP-01", "ST1-BLK-M", 6)
        waiting.join(30)
        assert got == [1]
        assert cache_rows(cache) == hq_scoped(hq_db, "BR-SP-01")
        cache.close()


def test_app_declares_the_route(hq_db):
    """The route is in the OpenAPI document with its cursors pattern."""
    spec = create_app(hq_db).openapi()
    params = spec["paths"][f"{API_PREFIX}/changes"]["get"]["parameters"]
    cursors = next(p for p in params if p["name"] == "cursors")
    assert cursors["required"] is True and "stores:" in cursors["schema"]["pattern"]
