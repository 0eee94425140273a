"""HQ's stream of change notices (GET /v1/changes/stream, hq/stream.py) and the terminal
that follows it (sync/follow.py, api/notices.py), against a real HQ on 127.0.0.1, on
SQLite and PostgreSQL. No timer sync runs: what reaches a cache came by a notice."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime

import httpx
from sqlalchemy import select

from clienteling.api.client import HQClient
from clienteling.api.longpoll import LongPollClient
from clienteling.api.notices import parse_events
from clienteling.hq import auth, credentials
from clienteling.hq import tables as t
from clienteling.hq.settings import HQSettings
from clienteling.protocol.version import API_PREFIX
from clienteling.sync.follow import STOPPED, Follower
from tests.hq_live import LiveHQ, ServedHQ, set_stock, small_chain
from tests.integration.test_sync import cache_rows, hq_scoped
from tests.integration.test_sync_follow import QUICK, STORE, terminal, until, waiting

QUICK_HQ = HQSettings(stream_heartbeat=0.2)
STREAM = f"{API_PREFIX}/changes/stream"
MADRID = "ES-MD-01"


class Streaming:
    """A follower on its own thread, as the app's worker runs it, asking for the stream."""

    def __init__(self, engine, client: HQClient) -> None:
        self.follower = Follower(engine, LongPollClient(client), pauses=QUICK)
        self.got: list = []
        self.ended: list[str] = []
        run = self.follower.start()
        self.thread = threading.Thread(
            target=lambda: self.ended.append(self.follower.run(run, self.got.append))
        )
        self.thread.start()

    def stop(self) -> None:
        self.follower.stop()
        self.thread.join(20)
        assert not self.thread.is_alive()
        self.follower.client.close()


class Listener:
    """A bare client of the stream on a thread of its own: every event it read, in order
    (None: a heartbeat), and how the response began and ended."""

    def __init__(self, hq, token: str) -> None:
        self.events: list = []
        self.status: int | None = None
        self.headers: dict = {}
        self.closed = threading.Event()
        url = hq.url if isinstance(hq, LiveHQ) else hq.urls[0]
        self._http = httpx.Client(base_url=url, timeout=httpx.Timeout(30, read=30))
        self.thread = threading.Thread(target=self._read, args=(token,), daemon=True)
        self.thread.start()

    def _read(self, token: str) -> None:
        try:
            with self._http.stream(
                "GET", STREAM, headers={"Authorization": f"Bearer {token}"}
            ) as r:
                self.status, self.headers = r.status_code, dict(r.headers)
                if r.status_code != 200:
                    r.read()
                    return
                for notice in parse_events(r.iter_lines()):
                    self.events.append(notice)
        except httpx.HTTPError:
            pass
        finally:
            self.closed.set()

    def kinds(self) -> list[str]:
        return [e.kind for e in self.events if e is not None]

    def changes(self) -> list[list[str]]:
        return [e.data["collections"] for e in self.events if e is not None and e.kind == "changes"]

    def close(self) -> None:
        self._http.close()
        self.thread.join(10)


def note(hq: LiveHQ, session: str, shopper: str = "sh1") -> None:
    body = {"note_id": str(uuid.uuid4()), "shopper_id": shopper, "reason": "gift", "text": "M"}
    with hq.client(session) as c:
        assert c.post("/v1/notes", json=body).status_code == 201


def test_a_note_reaches_a_streaming_terminal_without_a_long_poll_or_timer(hq_db, tmp_path):
    chain = small_chain(hq_db)
    with LiveHQ(hq_db, QUICK_HQ) as hq:
        client, cache, engine = terminal(hq, tmp_path)
        follow = Streaming(engine, client)
        try:
            until(lambda: hq.app.state.streams.count == 1 and follow.follower.notices >= 1)
            other = hq.enroll(STORE, "counter-2")
            note(hq, hq.sign_in(other, chain["staff"][STORE]["associate"]))
            until(lambda: any("notes" in f.collections for f in follow.got))
            assert cache_rows(cache) == hq_scoped(hq_db, STORE)
            set_stock(hq_db, STORE, "ST1-BLK-M", 4)  # a chain-wide change, written at HQ
            until(lambda: any("stock" in f.collections for f in follow.got))
            assert cache_rows(cache) == hq_scoped(hq_db, STORE)
            assert follow.follower.stream is True
            assert follow.follower.applied_notices >= 1  # rows that came in the notice
            assert waiting(hq) == 0  # no long poll was ever held
            until(lambda: follow.follower.heartbeats >= 1)
        finally:
            follow.stop()
        assert follow.ended == [STOPPED]
        until(lambda: hq.app.state.streams.count == 0)  # the cut stream left HQ's hub
        client.close()
        cache.close()


def test_a_store_only_change_wakes_only_that_stores_streams(hq_db):
    chain = small_chain(hq_db)
    with LiveHQ(hq_db, QUICK_HQ) as hq:
        here = Listener(hq, hq.enroll(STORE, "here"))
        there = Listener(hq, hq.enroll(MADRID, "there"))
        try:
            until(lambda: "ready" in here.kinds() and "ready" in there.kinds())
            note(hq, hq.sign_in(hq.enroll(STORE, "writer"), chain["staff"][STORE]["associate"]))
            until(lambda: ["notes"] in here.changes())
            set_stock(hq_db, STORE, "ST1-BLK-M", 3)  # chain-wide: both get it, after the note
            until(lambda: ["stock"] in here.changes() and ["stock"] in there.changes())
            assert there.changes() == [["stock"]]  # Madrid was never told of the note
            assert here.headers["content-type"].startswith("text/event-stream")
        finally:
            here.close()
            there.close()


def test_revoking_the_terminal_ends_its_stream_and_heartbeats_flow_until_then(hq_db):
    small_chain(hq_db)
    with LiveHQ(hq_db, QUICK_HQ) as hq:
        token = hq.enroll(STORE, "to-revoke")
        listener = Listener(hq, token)
        try:
            until(lambda: listener.events.count(None) >= 2)  # heartbeats
            assert not listener.closed.is_set()
            with hq_db.read() as conn:
                device_id = conn.execute(
                    select(t.devices.c.device_id).where(t.devices.c.name == "to-revoke")
                ).scalar_one()
            credentials.revoke_device(
                hq_db, device_id, datetime.now(UTC), actor_kind="cli", actor_id="cli:test"
            )
            assert listener.closed.wait(30)
            assert listener.kinds()[-1] == "ended"
            assert listener.events[-1].data == {"reason": "credential_ended"}
            after = Listener(hq, token)  # opening again is refused as any request is
            assert after.closed.wait(30)
            assert after.status == 401
            after.close()
        finally:
            listener.close()


def test_past_its_most_streams_hq_answers_503_with_retry_after(hq_db):
    small_chain(hq_db)
    with LiveHQ(hq_db, HQSettings(max_streams=1, stream_heartbeat=0.2)) as hq:
        first = Listener(hq, hq.enroll(STORE, "first"))
        try:
            until(lambda: "ready" in first.kinds())
            second = Listener(hq, hq.enroll(STORE, "second"))
            assert second.closed.wait(30)
            assert second.status == 503
            assert second.headers["retry-after"] == "30"
            second.close()
        finally:
            first.close()


def test_an_hq_without_the_stream_is_long_polled(hq_db, tmp_path):
    chain = small_chain(hq_db)
    hq = LiveHQ(hq_db, QUICK_HQ)
    hq.app.router.routes = [r for r in hq.app.router.routes if getattr(r, "path", "") != STREAM]
    with hq:
        client, cache, engine = terminal(hq, tmp_path)
        follow = Streaming(engine, client)
        try:
            until(lambda: waiting(hq) == 1)  # 404 for the stream: a long poll instead
            assert follow.follower.stream is False
            note(hq, hq.sign_in(hq.enroll(STORE, "writer"), chain["staff"][STORE]["associate"]))
            until(lambda: any("notes" in f.collections for f in follow.got))
            assert cache_rows(cache) == hq_scoped(hq_db, STORE)
        finally:
            follow.stop()
        assert follow.ended == [STOPPED]
        client.close()
        cache.close()


def test_a_stopping_hq_ends_its_open_streams(hq_db):
    """`clienteling-hq serve` on SIGTERM: the stream (which never ends on its own) is cut
    after the shutdown timeout, and the process exits."""
    small_chain(hq_db)
    with ServedHQ(hq_db.url, processes=1) as served:
        code = auth.create_enrollment_code(hq_db, STORE, 1, datetime.now(UTC))
        r = httpx.post(f"{served.urls[0]}/v1/enroll", json={"code": code, "terminal_name": "t"})
        token = r.json()["device_token"]
        listener = Listener(served, token)
        try:
            until(lambda: "ready" in listener.kinds())
            proc = served._procs[0]
            proc.terminate()
            assert proc.wait(30) is not None  # a bound: without the timeout it never exits
            assert listener.closed.wait(30)
        finally:
            listener.close()


def test_a_terminal_refused_a_stream_long_polls_meanwhile(hq_db, tmp_path):
    chain = small_chain(hq_db)
    with LiveHQ(hq_db, HQSettings(max_streams=1, stream_heartbeat=0.2)) as hq:
        first = Listener(hq, hq.enroll(STORE, "first"))
        client = cache = None
        try:
            until(lambda: "ready" in first.kinds())  # the only stream this HQ holds
            client, cache, engine = terminal(hq, tmp_path)
            follow = Streaming(engine, client)
            try:
                until(lambda: waiting(hq) == 1)  # 503 for the stream: a long poll instead
                assert follow.follower.stream is True  # it asks for it again later
                writer = hq.sign_in(hq.enroll(STORE, "writer"), chain["staff"][STORE]["associate"])
                note(hq, writer)
                until(lambda: any("notes" in f.collections for f in follow.got))
            finally:
                follow.stop()
        finally:
            first.close()
            if client is not None:
                client.close()
                cache.close()
