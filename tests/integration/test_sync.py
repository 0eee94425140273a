"""Terminal sync against a real HQ on loopback: full sync, catch-up, outbox exactly once."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime, timedelta

import httpx
import pytest
from sqlalchemy import select

from clienteling.api.client import HQClient, Policy
from clienteling.cache import outbox
from clienteling.cache.apply import cursor_of, in_bulk, position_of
from clienteling.cache.schema import COLUMNS, JSON_COLUMNS
from clienteling.cache.shoppers import find_shoppers
from clienteling.cache.store import open_cache
from clienteling.domain.enums import Connectivity
from clienteling.hq import feed
from clienteling.hq import tables as t
from clienteling.hq.tables import UTCDateTime
from clienteling.protocol.sync import COLLECTIONS
from clienteling.sync.engine import SyncEngine
from tests.cache_access import writer_of
from tests.hq_live import (
    LiveHQ,
    add_purchase,
    add_shopper,
    free_port,
    queue_order,
    set_stock,
    small_chain,
)

KEY = bytes(range(32))
FAST = Policy(deadline=3, attempt_timeout=2, connect_timeout=0.5, attempts=2, backoff=0.01)


# Times travel as ISO 8601 text; "12:00:00" and "12:00:00.000000" are the same moment.
TIMES = {
    (name, c.name)
    for name, coll in feed.FEED.items()
    for c in coll.table.c
    if isinstance(c.type, UTCDateTime)
}


def checksum(collection: str, row: dict) -> str:
    def norm(col, v):
        if col in JSON_COLUMNS[collection] and isinstance(v, str):
            v = json.loads(v)
        if (collection, col) in TIMES and isinstance(v, str):
            v = datetime.fromisoformat(v)
            assert v.utcoffset() == timedelta(0), f"{collection}.{col} is not UTC: {v}"
        if hasattr(v, "isoformat"):
            v = v.isoformat(timespec="microseconds")
        if isinstance(v, bool):
            v = int(v)
        return v

    data = [norm(c, row.get(c)) for c in COLUMNS[collection]]
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def hq_scoped(db, store_id: str) -> dict[str, dict[str, str]]:
    """HQ's rows in a store's scope, by the feed's own rules, as checksums."""
    out = {}
    with db.read() as conn:
        scope = feed.scope_of(conn, store_id)
        for name in COLLECTIONS:
            coll = feed.FEED[name]
            rows = conn.execute(select(coll.table).where(coll.where(scope))).mappings().all()
            key = coll.key.split(",")
            out[name] = {"|".join(str(r[k]) for k in key): checksum(name, dict(r)) for r in rows}
    return out


def cache_rows(cache) -> dict[str, dict[str, str]]:
    out = {}
    conn = writer_of(cache)
    for name, cols in COLUMNS.items():
        cur = conn.execute(f"SELECT {', '.join(cols)} FROM {name}")
        key = feed.FEED[name].key.split(",")
        out[name] = {}
        for values in cur.fetchall():
            row = dict(zip(cols, values, strict=True))
            out[name]["|".join(str(row[k]) for k in key)] = checksum(name, row)
    return out


def test_stock_changed_during_its_first_load_in_key_order_reaches_the_cache(hq_db, tmp_path):
    """Stock's first load comes from a snapshot in the cache's key order; rows that HQ
    changes while it goes on come again after it, so the cache ends as HQ is."""
    skus = small_chain(hq_db)["skus"]
    stores = ("BR-SP-01", "BR-SP-02", "BR-RJ-01", "ES-MD-01")
    for store in stores:
        for sku in skus:
            set_stock(hq_db, store, sku, 1)
    with LiveHQ(hq_db) as hq:
        cache = open_cache(tmp_path / "c.db", KEY)
        positions = []

        def hq_moves_on(p) -> None:
            with cache.read() as conn:
                positions.append(position_of(conn, "stock"))
            n = len(positions)
            if n <= 3:  # rows behind and ahead of the load, well before its end
                set_stock(hq_db, stores[n % 4], skus[n % len(skus)], 10 + n)

        with HQClient(hq.url, hq.enroll("BR-SP-01")) as client:
            SyncEngine(cache, client, page_size=2).pull(["stock"], progress=hq_moves_on)
        assert cache_rows(cache)["stock"] == hq_scoped(hq_db, "BR-SP-01")["stock"]
        during = [p for p in positions if p.snapshot is not None]
        assert len(during) >= 5 and {p.after for p in during} == {0}
        keys = [p.snapshot.key for p in during]
        assert keys == sorted(keys) and len(set(keys)) == len(keys)
        top = during[0].snapshot.top
        assert positions[-1].snapshot is None and positions[-1].after > top
        cache.close()


@pytest.fixture
def chain(hq_db):
    small_chain(hq_db)
    add_shopper(hq_db, "rj1", "BR-RJ-01")
    add_purchase(hq_db, "p1", "sh1", "BR-SP-01", "ST1-BLK-S")
    add_purchase(hq_db, "p2", "rj1", "BR-RJ-01", "ST1-BLK-M")  # out of scope
    for store in ("BR-SP-01", "BR-RJ-01"):
        set_stock(hq_db, store, "ST1-BLK-S", 4)
    return hq_db


def test_full_sync_equals_hq_scope_and_catch_up_follows_edits(chain, tmp_path):
    with LiveHQ(chain) as hq:
        device = hq.enroll("BR-SP-01")
        cache = open_cache(tmp_path / "c.db", KEY)
        with HQClient(hq.url, device) as client:
            engine = SyncEngine(cache, client, page_size=3)
            seen = []
            engine.pull(progress=seen.append)
            assert engine.connectivity == Connectivity.ONLINE
            assert cache_rows(cache) == hq_scoped(chain, "BR-SP-01")
            assert "rj1" not in cache_rows(cache)["shoppers"]
            assert {p.collection for p in seen} >= {"shoppers", "stock"}
            # Progress: HQ's estimate of the whole sync matched what came.
            assert (
                seen[-1].total_estimate
                == seen[-1].total_done
                == len([k for rows in hq_scoped(chain, "BR-SP-01").values() for k in rows])
            )
            assert seen[-1].seconds_left == 0
            # The first load's indexes and search entries were built at its end.
            assert not any(in_bulk(writer_of(cache), n) for n in COLLECTIONS)
            assert "sh1" in [h.shopper_id for h in find_shoppers(writer_of(cache), "silv")]
            assert find_shoppers(writer_of(cache), "sh1@exam")[0].shopper_id == "sh1"
            # Edits, a new shopper, a deletion and an erasure at HQ, then catch-up.
            add_shopper(chain, "sh1", "BR-SP-01", last_name="Pereira")
            add_shopper(chain, "new1", "BR-SP-02")
            set_stock(chain, "BR-RJ-01", "ST1-BLK-S", 0)
            manager = hq.sign_in(device, "BR-SP-01-manager")
            with hq.client(manager) as c:
                assert c.delete("/v1/shoppers/sh2").status_code in (200, 403)
                assert c.delete("/v1/shoppers/sh1").status_code == 200
            engine.pull()
            assert cache_rows(cache) == hq_scoped(chain, "BR-SP-01")
            assert "sh1" not in cache_rows(cache)["shoppers"]
            assert writer_of(cache).execute("SELECT count(*) FROM purchases").fetchone()[0] == 0
            assert writer_of(cache).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        cache.close()


def _order(shopper="sh1", qty=1) -> dict:
    return {
        "order_id": str(uuid.uuid4()),
        "shopper_id": shopper,
        "fulfilment": "pickup",
        "pickup_store": "BR-SP-01",
        "lines": [{"sku": "ST1-BLK-S", "quantity": qty}],
    }


def hq_orders(db) -> list:
    with db.read() as conn:
        return conn.execute(select(t.orders.c.order_id)).scalars().all()


def test_outbox_delivers_exactly_once_across_hq_down_and_up(chain, tmp_path):
    port = free_port()
    cache = open_cache(tmp_path / "c.db", KEY)
    body = _order()
    queue_order(cache, body)
    with LiveHQ(chain, port=port) as hq:
        device = hq.enroll("BR-SP-01")
        session = hq.sign_in(device, "BR-SP-01-associate")
    # HQ is down now.
    with HQClient(f"http://127.0.0.1:{port}", session, policy=FAST) as client:
        engine = SyncEngine(cache, client)
        report = engine.push(client)
        assert report.delivered == 0 and report.waiting == 1
        assert engine.connectivity == Connectivity.OFFLINE
        assert outbox.record(writer_of(cache), body["order_id"]).attempts == 1
        with LiveHQ(chain, port=port):
            writer_of(cache).execute("UPDATE outbox SET next_attempt_at = NULL")  # due now
            assert engine.push(client).delivered == 1
            assert engine.push(client).delivered == 0
            state = outbox.record(writer_of(cache), body["order_id"])
            assert state.state == "delivered" and state.answer["status"] == "reserved"
    assert hq_orders(chain) == [body["order_id"]]
    row = (
        writer_of(cache)
        .execute("SELECT status FROM orders WHERE order_id = ?", (body["order_id"],))
        .fetchone()
    )
    assert row == ("reserved",)
    cache.close()


class LoseAnswers(httpx.HTTPTransport):
    """Forward requests to the real HQ, then drop the first `n` answers on the floor."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n

    def handle_request(self, request):
        response = super().handle_request(request)
        if self.n > 0 and request.method == "POST":
            self.n -= 1
            response.read()
            raise httpx.ReadError("connection reset after HQ answered", request=request)
        return response


def test_answer_lost_after_hq_committed_is_not_a_second_order(chain, tmp_path):
    cache = open_cache(tmp_path / "c.db", KEY)
    bodies = [_order(), _order(qty=2)]
    for b in bodies:
        queue_order(cache, b)
    with LiveHQ(chain) as hq:
        session = hq.sign_in(hq.enroll("BR-SP-01"), "BR-SP-01-associate")
        policy = Policy(deadline=5, attempts=1, backoff=0.01)
        with HQClient(hq.url, session, policy=policy, transport=LoseAnswers(1)) as client:
            engine = SyncEngine(cache, client)
            first = engine.push(client)
            assert first.delivered == 0 and first.waiting == 2  # per-shopper order kept
            assert len(hq_orders(chain)) == 1  # HQ did commit the first one
            writer_of(cache).execute("UPDATE outbox SET next_attempt_at = NULL")
            assert engine.push(client).delivered == 2
    assert sorted(hq_orders(chain)) == sorted(b["order_id"] for b in bodies)
    cache.close()


def test_rejected_order_is_parked_with_the_reason_and_alternatives(chain, tmp_path):
    cache = open_cache(tmp_path / "c.db", KEY)
    body = _order(qty=50)
    queue_order(cache, body)
    note = {"note_id": str(uuid.uuid4()), "shopper_id": "sh1", "reason": "gift", "text": "Hi"}
    outbox.enqueue(
        writer_of(cache),
        id=note["note_id"],
        kind="note",
        shopper_id="sh1",
        method="POST",
        path="/notes",
        body=note,
    )
    with LiveHQ(chain) as hq:
        session = hq.sign_in(hq.enroll("BR-SP-01"), "BR-SP-01-associate")
        with HQClient(hq.url, session) as client:
            report = SyncEngine(cache, client).push(client)
    assert (report.parked, report.delivered, report.waiting) == (1, 1, 0)
    parked = outbox.record(writer_of(cache), body["order_id"])
    assert parked.state == "parked" and "not enough stock" in parked.last_error
    assert parked.answer["error"]["code"] == "out_of_stock"
    assert outbox.depth(writer_of(cache)) == {"pending": 0, "delivered": 1, "parked": 1}
    assert cursor_of(writer_of(cache), "orders") == 0
    cache.close()


def test_pii_canary_cache_wal_and_logs_hold_no_shopper_data(chain, tmp_path, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    path = tmp_path / "c.db"
    cache = open_cache(path, KEY)
    with LiveHQ(chain) as hq, HQClient(hq.url, hq.enroll("BR-SP-01")) as client:
        SyncEngine(cache, client).pull()
    assert writer_of(cache).execute("SELECT count(*) FROM shoppers").fetchone()[0] >= 1
    wal = path.with_name(path.name + "-wal")
    raw = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    logs = caplog.text.encode()
    canaries = ["Silva", "García", "sh1@example.com", "+5511987654321", "5511987654321"]
    for canary in canaries:
        assert canary.encode() not in raw, canary
        assert canary.encode() not in logs, canary
    cache.close()
