"""A terminal and a real HQ on loopback, a real cache file: a resent order never moves the
cached order back, and an erased shopper leaves the terminal with nothing left to send."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest

from clienteling.api.client import HQClient, Policy
from clienteling.cache import outbox
from clienteling.cache.apply import apply_rows
from clienteling.cache.shoppers import find_shoppers
from clienteling.cache.store import open_cache
from clienteling.protocol.sync import COLLECTIONS
from clienteling.sync.engine import SyncEngine
from tests.cache_access import writer_of
from tests.hq_live import LiveHQ, queue_order, set_stock, small_chain

KEY = bytes(range(32))
ONCE = Policy(deadline=5, attempts=1, backoff=0.01)
CANARY = "Canaryweg"


class LoseAnswers(httpx.HTTPTransport):
    """Forward requests to the real HQ, keep and then drop the first `n` answers to writes."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n, self.lost = n, []

    def handle_request(self, request):
        response = super().handle_request(request)
        if self.n > 0 and request.method == "POST":
            self.n -= 1
            self.lost.append(json.loads(response.read()))
            raise httpx.ReadError("connection reset after HQ answered", request=request)
        return response


@pytest.fixture
def world(hq_db, tmp_path):
    staff = small_chain(hq_db)["staff"]["BR-SP-01"]
    set_stock(hq_db, "BR-SP-01", "ST1-BLK-S", 5)
    with LiveHQ(hq_db) as hq:
        hq.device = hq.enroll("BR-SP-01")
        hq.associate = hq.sign_in(hq.device, staff["associate"])
        hq.manager = hq.sign_in(hq.device, staff["manager"])
        hq.cache = open_cache(tmp_path / "c.db", KEY)
        with HQClient(hq.url, hq.device) as device:
            SyncEngine(hq.cache, device).pull()
        yield hq
        hq.cache.close()


def pull(hq, collections=COLLECTIONS) -> None:
    with HQClient(hq.url, hq.device) as device:
        SyncEngine(hq.cache, device).pull(collections)


def push(hq, transport=None):
    with HQClient(hq.url, hq.associate, policy=ONCE, transport=transport) as client:
        writer_of(hq.cache).execute("UPDATE outbox SET next_attempt_at = NULL")  # due now
        return SyncEngine(hq.cache, client).push(client)


def order(**extra) -> dict:
    return {
        "order_id": str(uuid.uuid4()),
        "shopper_id": "sh1",
        "lines": [{"sku": "ST1-BLK-S", "quantity": 1}],
        **extra,
    }


def queue_note(cache, text: str) -> str:
    note_id = str(uuid.uuid4())
    body = {"note_id": note_id, "shopper_id": "sh1", "reason": "gift", "text": text}
    outbox.enqueue(
        writer_of(cache),
        id=note_id,
        kind="note",
        shopper_id="sh1",
        method="POST",
        path="/notes",
        body=body,
    )
    return note_id


def cached_order(cache, order_id: str):
    return (
        writer_of(cache)
        .execute("SELECT status, address FROM orders WHERE order_id = ?", (order_id,))
        .fetchone()
    )


def test_a_resent_order_never_moves_a_cancelled_order_back(world):
    body = order(fulfilment="pickup", pickup_store="BR-SP-01")
    queue_order(world.cache, body)
    lose = LoseAnswers(1)
    assert push(world, lose).delivered == 0  # HQ placed it; the answer was lost
    with world.client(world.associate) as c:
        r = c.post(f"/v1/orders/{body['order_id']}/status", json={"status": "cancelled"})
        assert r.status_code == 200
    pull(world, ["orders"])
    assert cached_order(world.cache, body["order_id"])[0] == "cancelled"
    assert push(world).delivered == 1  # the resend: HQ replays the order
    assert cached_order(world.cache, body["order_id"])[0] == "cancelled"
    # The first answer, arriving late after all, is older than the cached copy: kept out.
    (late,) = lose.lost
    assert late["status"] == "reserved"
    conn = writer_of(world.cache)
    apply_rows(conn, "orders", [late], [])
    assert cached_order(world.cache, body["order_id"])[0] == "cancelled"


def test_an_erased_shoppers_resent_order_gets_410_and_leaves_nothing_behind(world):
    address = {"line1": f"{CANARY} 12", "city": "Campinas", "postcode": "13010", "country": "BR"}
    body = order(fulfilment="ship", address=address)
    queue_order(world.cache, body)
    note_id = queue_note(world.cache, "likes green")
    assert [h.shopper_id for h in find_shoppers(writer_of(world.cache), "LYsh1")] == ["sh1"]
    assert push(world, LoseAnswers(1)).delivered == 0  # HQ placed it; the answer was lost
    with world.client(world.manager) as c:
        assert c.delete("/v1/shoppers/sh1").status_code == 200
    report = push(world)  # the resend, before the feed brought the erasure
    assert report.delivered == 0 and report.parked == 2
    conn = writer_of(world.cache)
    assert cached_order(world.cache, body["order_id"]) is None
    sent = outbox.record(conn, body["order_id"])
    assert sent.state == "parked" and sent.answer_status == 410
    assert sent.answer["error"]["code"] == "shopper_erased" and CANARY not in json.dumps(
        sent.answer
    )
    assert "erased" in sent.last_error
    assert outbox.record(conn, note_id).state == "parked"
    assert outbox.record(conn, note_id).last_error == outbox.ERASED_REASON
    assert conn.execute("SELECT count(*) FROM shoppers WHERE shopper_id = 'sh1'").fetchone()[0] == 0
    for typed in ("LYsh1", "987654321", "sh1@example.com"):
        assert "sh1" not in [h.shopper_id for h in find_shoppers(conn, typed)]
    searchable = conn.execute("SELECT count(*) FROM shopper_search").fetchone()[0]
    assert searchable == conn.execute("SELECT count(*) FROM shoppers").fetchone()[0]
    pull(world)
    assert cached_order(world.cache, body["order_id"]) is None
    assert push(world).delivered == 0


def test_the_feeds_erasure_sets_aside_the_shoppers_pending_writes(world):
    note_id = queue_note(world.cache, "likes green")
    with world.client(world.manager) as c:
        assert c.delete("/v1/shoppers/sh1").status_code == 200
    pull(world)
    conn = writer_of(world.cache)
    entry = outbox.record(conn, note_id)
    assert entry.state == "parked" and entry.last_error == outbox.ERASED_REASON
    assert conn.execute("SELECT count(*) FROM shoppers WHERE shopper_id = 'sh1'").fetchone()[0] == 0
    assert push(world).delivered == 0
