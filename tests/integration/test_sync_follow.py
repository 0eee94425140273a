"""Changes pushed within seconds: the terminal's long poll (sync/follow.py) against a real
HQ on 127.0.0.1, on SQLite and PostgreSQL. No timer sync runs in these tests: whatever
reaches the cache came through the long poll."""

from __future__ import annotations

import threading
import uuid

import orjson
from fastapi.responses import Response

from clienteling.api.client import HQClient
from clienteling.api.longpoll import LongPollClient
from clienteling.cache.store import open_cache
from clienteling.hq.db import Database
from clienteling.protocol.version import API_PREFIX
from clienteling.sync.engine import SyncEngine
from clienteling.sync.follow import STOPPED, UNSUPPORTED, Follower, Pauses
from tests.hq_live import LiveHQ, World, set_stock, small_chain
from tests.integration.test_sync import KEY, cache_rows, hq_scoped

QUICK = Pauses(first=0.05, most=0.2, busy=0.2, loading=0.05)
STORE = "BR-SP-01"


def until(check, seconds: float = 30.0) -> None:
    """Wait for `check()` (a bound, not a timing: the tests assert what happened)."""
    done = threading.Event()
    for _ in range(int(seconds * 100)):
        if check():
            return
        done.wait(0.01)
    raise AssertionError("did not happen")


class Following:
    """A follower on its own thread, as the app's worker runs it."""

    def __init__(self, engine: SyncEngine, client: HQClient) -> None:
        self.follower = Follower(engine, LongPollClient(client), pauses=QUICK, stream=False)
        self.got: list = []
        self.ended: list[str] = []
        run = self.follower.start()
        self.thread = threading.Thread(
            target=lambda: self.ended.append(self.follower.run(run, self.got.append))
        )
        self.thread.start()

    def stop(self) -> None:
        self.follower.stop()
        self.thread.join(20)  # a bound below HQ's 25 s wait: the cancel ended it
        assert not self.thread.is_alive()
        self.follower.client.close()


def waiting(hq: LiveHQ) -> int:
    return hq.app.state.changes.waiting


def terminal(hq: LiveHQ, tmp_path, name: str = "counter-1"):
    client = HQClient(hq.url, hq.enroll(STORE, name))
    cache = open_cache(tmp_path / f"{name}.db", KEY)
    engine = SyncEngine(cache, client, page_size=500)
    engine.pull()  # the first load (per collection); from now on /v1/changes
    return client, cache, engine


def test_a_note_and_an_order_elsewhere_reach_the_cache_through_the_long_poll(hq_db, tmp_path):
    chain = small_chain(hq_db)
    set_stock(hq_db, STORE, "ST1-BLK-M", 5)
    with LiveHQ(hq_db) as hq:
        client, cache, engine = terminal(hq, tmp_path)
        follow = Following(engine, client)
        try:
            until(lambda: waiting(hq) == 1)  # one long poll open, nothing new yet
            assert follow.got == []

            # a note by another terminal of the store, through HQ's API
            other = hq.enroll(STORE, "counter-2")
            session = hq.sign_in(other, chain["staff"][STORE]["associate"])
            note = {"note_id": str(uuid.uuid4()), "shopper_id": "sh1", "reason": "gift",
                    "text": "Wants the M in black"}  # fmt: skip
            with hq.client(session) as c:
                assert c.post("/v1/notes", json=note).status_code == 201
            until(lambda: any("notes" in f.collections for f in follow.got))
            assert cache_rows(cache) == hq_scoped(hq_db, STORE)

            # another store's order takes this store's stock
            madrid = hq.sign_in(hq.enroll("ES-MD-01"), chain["staff"]["ES-MD-01"]["associate"])
            order = {
                "order_id": str(uuid.uuid4()),
                "shopper_id": "sh2",
                "lines": [{"sku": "ST1-BLK-M", "quantity": 2, "source_store": STORE}],
                "fulfilment": "ship",
                "address": {"line1": "Gran Vía 1", "city": "Madrid", "postcode": "28013",
                            "country": "ES"},
            }  # fmt: skip
            with hq.client(madrid) as c:
                r = c.post("/v1/orders", json=order)
                assert r.status_code == 201, r.text
            until(lambda: any("stock" in f.collections for f in follow.got))
            with cache.read() as conn:
                held = conn.execute(
                    "SELECT on_hand, reserved FROM stock WHERE store_id = ? AND sku = ?",
                    (STORE, "ST1-BLK-M"),
                ).fetchone()
            assert tuple(held) == (5, 2)  # two of five now held for Madrid's shopper
            assert cache_rows(cache) == hq_scoped(hq_db, STORE)
            # each change applied once: the cursors moved past them, nothing is pending
            assert engine.catch_up(engine.caught_up()) == 0
        finally:
            follow.stop()
        assert follow.ended == [STOPPED]
        client.close()
        cache.close()


def test_an_erasure_at_hq_takes_the_shopper_out_of_the_following_cache(hq_db, tmp_path):
    chain = small_chain(hq_db)
    with LiveHQ(hq_db) as hq:
        client, cache, engine = terminal(hq, tmp_path)
        with cache.read() as conn:
            here = conn.execute("SELECT count(*) FROM shoppers WHERE shopper_id = 'sh1'")
            assert here.fetchone()[0] == 1
        follow = Following(engine, client)
        try:
            until(lambda: waiting(hq) == 1)
            manager = hq.sign_in(hq.enroll(STORE, "back-office"), chain["staff"][STORE]["manager"])
            with hq.client(manager) as c:
                assert c.delete("/v1/shoppers/sh1").status_code == 200
            until(lambda: any("shoppers" in f.collections for f in follow.got))
            with cache.read() as conn:
                left = conn.execute("SELECT count(*) FROM shoppers WHERE shopper_id = 'sh1'")
                assert left.fetchone()[0] == 0
            assert cache_rows(cache) == hq_scoped(hq_db, STORE)
        finally:
            follow.stop()
        client.close()
        cache.close()


def test_stopping_during_an_open_long_poll_ends_it(hq_db, tmp_path):
    small_chain(hq_db)
    with LiveHQ(hq_db) as hq:
        client, cache, engine = terminal(hq, tmp_path)
        follow = Following(engine, client)
        until(lambda: waiting(hq) == 1)
        follow.stop()  # ends well before HQ's 25 s wait would
        assert follow.ended == [STOPPED]
        assert follow.follower.polls == 0  # it never got an answer: it was cut
        client.close()
        cache.close()


def test_hq_down_backs_off_then_recovers(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'hq.db'}")
    from clienteling.hq import migrate

    migrate.upgrade(db)
    small_chain(db)
    world = World(db)
    world.start_hq()
    client, cache, engine = terminal(world.hq, tmp_path)
    follow = Following(engine, client)
    try:
        until(lambda: waiting(world.hq) == 1)
        world.stop_hq()  # the open long poll is cut; each try after it fails
        until(lambda: follow.follower.failures >= 3)
        assert follow.thread.is_alive()  # still trying, with growing pauses
        set_stock(db, STORE, "ST1-BLK-L", 7)  # written while HQ is not serving
        world.start_hq()
        until(lambda: any("stock" in f.collections for f in follow.got))
        assert follow.follower.failures == 0
        assert cache_rows(cache) == hq_scoped(db, STORE)
    finally:
        follow.stop()
        world.stop_hq()
        client.close()
        cache.close()
        db.dispose()


def test_an_hq_without_the_route_or_without_waiting_leaves_the_timer(hq_db, tmp_path):
    small_chain(hq_db)
    hq = LiveHQ(hq_db)

    @hq.app.middleware("http")
    async def older_hq(request, call_next):
        """An HQ that answers /v1/changes at once and does not say it waited."""
        if not request.url.path.endswith("/changes"):
            return await call_next(request)
        query = "&".join(
            p for p in request.scope["query_string"].decode().split("&") if "wait=" not in p
        )
        request.scope["query_string"] = query.encode()
        answer = await call_next(request)
        body = b"".join([chunk async for chunk in answer.body_iterator])
        if answer.status_code != 200:
            return Response(body, status_code=answer.status_code)
        data = orjson.loads(body)
        data.pop("waited", None)
        return Response(orjson.dumps(data), media_type="application/json")

    with hq:
        client, cache, engine = terminal(hq, tmp_path)
        follow = Following(engine, client)
        follow.thread.join(20)
        assert follow.ended == [UNSUPPORTED]
        assert engine.one_request is True  # the timer sync still uses /v1/changes
        follow.stop()

        hq.app.router.routes = [
            r for r in hq.app.router.routes if getattr(r, "path", "") != f"{API_PREFIX}/changes"
        ]
        follow = Following(engine, client)
        follow.thread.join(20)
        assert follow.ended == [UNSUPPORTED]
        assert engine.one_request is False  # 404: each collection on its own, by the timer
        follow.stop()
        client.close()
        cache.close()


def test_a_write_through_another_hq_process_wakes_the_long_poll_on_postgresql(tmp_path):
    """Two HQ processes on one PostgreSQL database (each its own pool and change signal):
    the terminal waits on one, a change is written through the other, and the waiting
    HQ hears of it by NOTIFY (not by its own commit)."""
    from clienteling.hq import migrate
    from tests.conftest import create_pg_database

    url, drop = create_pg_database()
    first, second = Database(url), None
    try:
        migrate.upgrade(first)
        small_chain(first)
        second = Database(url)
        with LiveHQ(first) as waits_here, LiveHQ(second):  # second: the writer's process
            client, cache, engine = terminal(waits_here, tmp_path)
            follow = Following(engine, client)
            try:
                until(lambda: waiting(waits_here) == 1)
                heard = waits_here.app.state.changes.heard
                set_stock(second, STORE, "ST1-BLK-S", 9)  # second's writer, second's signal
                until(lambda: any("stock" in f.collections for f in follow.got))
                assert waits_here.app.state.changes.heard > heard  # woken by NOTIFY
                assert cache_rows(cache) == hq_scoped(first, STORE)
            finally:
                follow.stop()
            client.close()
            cache.close()
    finally:
        first.dispose()
        if second is not None:
            second.dispose()
        drop()
