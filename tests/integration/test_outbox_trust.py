"""One bad entry never blocks a shopper: due entries are found however many wait, repeated
server errors set an entry aside with the reason, later entries that act on it are set aside
with it, the shopper's other writes go on, and a server error is not "offline"."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from clienteling.api.client import HQClient, Policy
from clienteling.cache import outbox
from clienteling.cache.store import open_cache
from clienteling.domain.enums import Connectivity
from clienteling.sync.engine import SERVER_ERROR_TRIES, SyncEngine
from tests.cache_access import writer_of
from tests.hq_live import LiveHQ, queue_order, set_stock, small_chain
from tests.integration.test_sync import _order, hq_orders

KEY = bytes(range(32))
MARK = "fails-at-hq-every-time"


class FailsOnMark(httpx.HTTPTransport):
    """Forwards to the real HQ, except the requests carrying MARK: HQ answers those with a
    500, as a PostgreSQL HQ did for a note it could not store."""

    def __init__(self) -> None:
        super().__init__()
        self.failed = 0

    def handle_request(self, request):
        if MARK.encode() in request.content:
            self.failed += 1
            return httpx.Response(
                500,
                json={"error": {"code": "internal", "message": "internal error", "details": None}},
                request=request,
            )
        return super().handle_request(request)


def queue(cache, *, id: str, kind: str, path: str, body: dict, shopper="sh1") -> None:
    outbox.enqueue(
        writer_of(cache), id=id, kind=kind, shopper_id=shopper, method="POST", path=path, body=body
    )


def all_due_now(cache) -> None:
    """Skip the back-off: the test plays the next push at once."""
    writer_of(cache).execute("UPDATE outbox SET next_attempt_at = NULL")


def test_waiting_entries_never_hide_one_that_is_due(tmp_path):
    cache = open_cache(tmp_path / "c.db", KEY)
    later = (datetime.now(UTC) + timedelta(minutes=10)).isoformat()
    for i in range(150):  # one each for 150 shoppers, all waiting out a back-off
        queue(cache, id=f"w{i}", kind="note", path="/notes", body={}, shopper=f"s{i}")
    writer_of(cache).execute("UPDATE outbox SET next_attempt_at = ?", (later,))
    queue(cache, id="due-now", kind="note", path="/notes", body={}, shopper="s-last")
    due = outbox.due(writer_of(cache), datetime.now(UTC), limit=100)
    assert [e.id for e in due] == ["due-now"]
    # An earlier entry of the same shopper still waiting holds the later one back.
    queue(cache, id="behind", kind="note", path="/notes", body={}, shopper="s0")
    assert "behind" not in [e.id for e in outbox.due(writer_of(cache), datetime.now(UTC))]
    cache.close()


@pytest.fixture
def chain(hq_db):
    small_chain(hq_db)
    set_stock(hq_db, "BR-SP-01", "ST1-BLK-S", 4)
    return hq_db


def test_a_write_hq_fails_on_is_set_aside_and_the_shoppers_next_writes_go_on(chain, tmp_path):
    cache = open_cache(tmp_path / "c.db", KEY)
    bad_task = str(uuid.uuid4())
    queue(
        cache,
        id=bad_task,
        kind="task",
        path="/tasks",
        body={"task_id": bad_task, "shopper_id": "sh1", "title": MARK},
    )
    # Completing that follow-up acts on it: it cannot go without it.
    done_id = str(uuid.uuid4())
    queue(cache, id=done_id, kind="task_done", path=f"/tasks/{bad_task}/complete", body={})
    order = _order()
    queue_order(cache, order)  # the same shopper's order, behind both
    with LiveHQ(chain) as hq:
        session = hq.sign_in(hq.enroll("BR-SP-01"), "BR-SP-01-associate")
        transport = FailsOnMark()
        policy = Policy(attempts=1)
        with HQClient(hq.url, session, policy=policy, transport=transport) as client:
            engine = SyncEngine(cache, client)
            for push in range(1, SERVER_ERROR_TRIES):
                report = engine.push(client)
                assert report.delivered == 0 and report.parked == 0  # the order waits its turn
                assert engine.connectivity == Connectivity.ONLINE  # HQ answered: not offline
                record = outbox.record(writer_of(cache), bad_task)
                assert (record.state, record.server_errors) == ("pending", push)
                all_due_now(cache)
            report = engine.push(client)
    assert transport.failed == SERVER_ERROR_TRIES  # bounded: never retried after that
    assert report.parked == 2 and report.delivered == 1 and report.waiting == 0
    parked = outbox.record(writer_of(cache), bad_task)
    assert parked.state == "parked" and f"{SERVER_ERROR_TRIES} times" in parked.last_error
    dependent = outbox.record(writer_of(cache), done_id)
    assert dependent.state == "parked" and "acts on a write HQ refused" in dependent.last_error
    assert outbox.record(writer_of(cache), order["order_id"]).state == "delivered"
    assert hq_orders(chain) == [order["order_id"]]
    cache.close()


def test_network_failures_do_not_count_as_server_errors(chain, tmp_path):
    """Offline tries back off for ever; only HQ's own failures set an entry aside."""
    cache = open_cache(tmp_path / "c.db", KEY)
    order = _order()
    queue_order(cache, order)
    with LiveHQ(chain) as hq:
        session = hq.sign_in(hq.enroll("BR-SP-01"), "BR-SP-01-associate")
        url = hq.url
    fast = Policy(deadline=1, attempt_timeout=0.5, connect_timeout=0.2, attempts=1)
    with HQClient(url, session, policy=fast) as client:  # HQ is down now
        engine = SyncEngine(cache, client)
        for _ in range(SERVER_ERROR_TRIES + 2):
            engine.push(client)
            all_due_now(cache)
        assert engine.connectivity == Connectivity.OFFLINE
    record = outbox.record(writer_of(cache), order["order_id"])
    assert record.state == "pending" and record.server_errors == 0
    assert record.attempts == SERVER_ERROR_TRIES + 2
    cache.close()


def test_a_parked_entry_keeps_hqs_answer_for_the_associate(chain, tmp_path):
    """The reason and HQ's words stay with the entry (the profile and status show them)."""
    cache = open_cache(tmp_path / "c.db", KEY)
    note_id = str(uuid.uuid4())
    queue(
        cache,
        id=note_id,
        kind="note",
        path="/notes",
        body={"note_id": note_id, "shopper_id": "sh1", "reason": "gift", "text": MARK},
    )
    writer_of(cache).execute("UPDATE outbox SET server_errors = ?", (SERVER_ERROR_TRIES - 1,))
    with LiveHQ(chain) as hq:
        session = hq.sign_in(hq.enroll("BR-SP-01"), "BR-SP-01-associate")
        with HQClient(hq.url, session, policy=Policy(attempts=1), transport=FailsOnMark()) as c:
            assert SyncEngine(cache, c).push(c).parked == 1
    record = outbox.record(writer_of(cache), note_id)
    assert record.answer_status == 500 and record.answer["error"]["message"]
    assert json.dumps(record.answer).find(MARK) == -1  # HQ's words, not the note's text
    cache.close()
