"""The HQ gateway and outbox against a real HQ behind a faulty network (injected in transport)."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import select

from clienteling.api.client import HQClient, Policy
from clienteling.api.errors import HQBusy, HQUnreachable, SignInNeeded
from clienteling.app import open_terminal
from clienteling.cache import outbox
from clienteling.cache.apply import cursor_of
from clienteling.cache.store import DiskFull, open_cache
from clienteling.domain.enums import Fulfilment
from clienteling.hq import auth
from clienteling.hq import tables as t
from clienteling.security.vault import MemoryVault
from clienteling.services.enrollment import enroll
from clienteling.services.orders import OrderDraft
from clienteling.settings import SettingsFile
from clienteling.sync.engine import SyncEngine
from tests.cache_access import writer_of
from tests.hq_live import LiveHQ, add_shopper, queue_order, set_stock, small_chain

KEY = bytes(range(32))


class Faulty(httpx.HTTPTransport):
    """Like a load balancer in a bad minute: answers the first requests itself."""

    def __init__(self, faults: list) -> None:
        super().__init__()
        self.faults = list(faults)
        self.seen = 0

    def handle_request(self, request):
        self.seen += 1
        if self.faults:
            fault = self.faults.pop(0)
            if isinstance(fault, Exception):
                raise fault
            status, headers = fault
            return httpx.Response(
                status,
                headers=headers,
                json={"error": {"code": "busy", "message": "slow down", "details": None}},
                request=request,
            )
        return super().handle_request(request)


@pytest.fixture
def hq(hq_db):
    small_chain(hq_db)
    set_stock(hq_db, "BR-SP-01", "ST1-BLK-S", 50)
    with LiveHQ(hq_db) as live:
        live.device = live.enroll("BR-SP-01")
        live.session = live.sign_in(live.device, "BR-SP-01-associate")
        yield live


def order() -> dict:
    return {
        "order_id": str(uuid.uuid4()),
        "shopper_id": "sh1",
        "fulfilment": "pickup",
        "pickup_store": "BR-SP-01",
        "lines": [{"sku": "ST1-BLK-S", "quantity": 1}],
    }


def test_retries_5xx_and_429_honouring_retry_after(hq):
    pauses = []
    faults = [(503, {}), (429, {"Retry-After": "2"}), (502, {})]
    client = HQClient(
        hq.url,
        hq.session,
        transport=Faulty(faults),
        sleep=pauses.append,
        policy=Policy(deadline=60, attempts=5, backoff=0.01),
    )
    status, answer = client.send_json("POST", "/orders", order())
    assert status == 201 and answer["status"] == "reserved"
    assert len(pauses) == 3 and pauses[1] >= 2.0  # Retry-After was honoured
    with hq.db.read() as conn:
        assert len(conn.execute(select(t.orders)).all()) == 1


def test_gives_up_within_the_deadline_and_says_why(hq):
    slow = [httpx.ConnectTimeout("timed out")] * 10
    client = HQClient(
        hq.url,
        hq.session,
        transport=Faulty(slow),
        policy=Policy(deadline=1.0, attempts=10, backoff=0.2),
    )
    started = time.monotonic()
    with pytest.raises(HQUnreachable, match="offline"):
        client.sync_page("stores", 0, 10)
    assert time.monotonic() - started < 3
    busy = HQClient(
        hq.url,
        hq.session,
        transport=Faulty([(429, {"Retry-After": "120"})]),
        policy=Policy(deadline=5),
    )
    with pytest.raises(HQBusy):
        busy.sync_page("stores", 0, 10)  # waiting 120 s would pass the deadline


def test_outbox_waits_out_429_then_delivers_once(hq, tmp_path):
    cache = open_cache(tmp_path / "c.db", KEY)
    body = order()
    queue_order(cache, body)
    client = HQClient(
        hq.url,
        hq.session,
        transport=Faulty([(429, {"Retry-After": "30"})]),
        policy=Policy(attempts=1),
    )
    engine = SyncEngine(cache, client)
    assert engine.push(client).delivered == 0
    wait = writer_of(cache).execute("SELECT next_attempt_at FROM outbox").fetchone()[0]
    assert wait > time.strftime("%Y-%m-%dT%H:%M", time.gmtime(time.time() + 25))
    writer_of(cache).execute("UPDATE outbox SET next_attempt_at = NULL")
    assert engine.push(client).delivered == 1
    cache.close()


def test_expired_session_keeps_entries_until_sign_in(hq, tmp_path):
    cache = open_cache(tmp_path / "c.db", KEY)
    body = order()
    queue_order(cache, body)
    with hq.db.write() as w:
        w.conn.execute(t.sessions.update().values(revoked_at=t.now()))
    with HQClient(hq.url, hq.session) as client:
        with pytest.raises(SignInNeeded):
            client.send_json("POST", "/orders", order())
        report = SyncEngine(cache, client).push(client)
    assert report.delivered == 0 and report.waiting == 1 and "sign in" in report.errors[0]
    fresh = hq.sign_in(hq.device, "BR-SP-01-associate")
    with HQClient(hq.url, fresh) as client:
        assert SyncEngine(cache, client).push(client).delivered == 1
    cache.close()


def test_sync_dropped_mid_way_resumes_without_gaps(hq, tmp_path):
    for i in range(40):
        add_shopper(hq.db, f"x{i:02d}", "BR-SP-01")
    cache = open_cache(tmp_path / "c.db", KEY)
    # The connection drops on the 4th page of shoppers.
    calls = {"n": 0}

    class DropOnce(httpx.HTTPTransport):
        def handle_request(self, request):
            if "/sync/shoppers" in str(request.url):
                calls["n"] += 1
                if calls["n"] == 4:
                    raise httpx.RemoteProtocolError("peer closed connection mid-page")
            return super().handle_request(request)

    with HQClient(hq.url, hq.device, transport=DropOnce(), policy=Policy(attempts=1)) as c:
        engine = SyncEngine(cache, c, page_size=5)
        with pytest.raises(HQUnreachable):
            engine.pull(["shoppers"])
        partial = cursor_of(writer_of(cache), "shoppers")
        assert partial > 0
        count = writer_of(cache).execute("SELECT count(*) FROM shoppers").fetchone()[0]
        assert count == 15  # three whole pages, nothing of the fourth
        engine.pull(["shoppers"])
    assert writer_of(cache).execute("SELECT count(*) FROM shoppers").fetchone()[0] == 41
    assert writer_of(cache).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    cache.close()


def test_full_disk_is_a_clear_error_and_loses_no_queued_order(tmp_path):
    cache = open_cache(tmp_path / "c.db", KEY)
    first = order()
    queue_order(cache, first)
    pages = writer_of(cache).execute("PRAGMA page_count").fetchone()[0]
    writer_of(cache).execute(f"PRAGMA max_page_count = {pages}")  # the disk is full now
    big = {**order(), "note": "x" * 20000}
    with pytest.raises(DiskFull, match="disk is full"):
        queue_order(cache, big)
    assert outbox.depth(writer_of(cache))["pending"] == 1
    cache.close()
    again = open_cache(tmp_path / "c.db", KEY)
    assert [r[0] for r in writer_of(again).execute("SELECT id FROM outbox")] == [first["order_id"]]
    again.close()


def test_corrupt_file_is_reported(tmp_path):
    from clienteling.cache.store import CorruptCache, WrongKey

    path = tmp_path / "c.db"
    open_cache(path, KEY).close()
    raw = bytearray(path.read_bytes())
    raw[100:4000] = bytes(3900)
    path.write_bytes(bytes(raw))
    with pytest.raises((CorruptCache, WrongKey)):
        open_cache(path, KEY)


def test_expired_session_is_renewed_by_signing_in_again(hq, tmp_path):
    """The gateway asks for a new session once, then sends the same request with it."""
    asked = []

    def renew():
        asked.append(1)
        return hq.sign_in(hq.device, "BR-SP-01-associate")

    with hq.db.write() as w:
        w.conn.execute(t.sessions.update().values(revoked_at=t.now()))
    with HQClient(hq.url, hq.session, renew=renew) as client:
        status, answer = client.send_json("POST", "/orders", order())
        assert status == 201 and answer["status"] in ("placed", "reserved")
        assert len(asked) == 1 and client.token != hq.session
    # When the associate cannot sign in now (no PIN given), the caller is told to.
    with hq.db.write() as w:
        w.conn.execute(t.sessions.update().values(revoked_at=t.now()))
    with HQClient(hq.url, client.token, renew=lambda: None) as stale:
        with pytest.raises(SignInNeeded):
            stale.send_json("POST", "/orders", order())


def test_terminal_renews_an_expired_session_with_the_associates_pin(hq, tmp_path):
    vault = MemoryVault()
    code = auth.create_enrollment_code(hq.db, "BR-SP-01", 1, datetime.now(UTC))
    home = tmp_path / "home"
    enroll(SettingsFile(home), vault, hq.url, code, "till 1")
    services = open_terminal(home, vault)
    try:
        services.syncing.pull()
        asked = []
        session = services.sessions.sign_in(
            "BR-SP-01-associate", "2468", pin_for=lambda who: asked.append(who) or "2468"
        )
        first = session.token
        with hq.db.write() as w:
            w.conn.execute(t.sessions.update().values(revoked_at=t.now()))
        draft = OrderDraft("sh1", [("ST1-BLK-S", 1, None)], Fulfilment.PICK_UP,
                           pickup_store="BR-SP-01")  # fmt: skip
        assert services.orders.place(draft).state == "confirmed"
        assert asked == ["BR-SP-01-associate"]
        assert session.token != first
        assert vault.get("session:BR-SP-01-associate") == session.token
    finally:
        services.close()
