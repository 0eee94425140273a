"""Use cases over a synced cache and a real HQ: find, profile, stock, order online and offline."""

from __future__ import annotations

import pytest

from clienteling.api.client import HQClient, Policy
from clienteling.cache.store import open_cache
from clienteling.domain.enums import Fulfilment
from clienteling.services import lookup
from clienteling.services.ordering import (
    CONFIRMED,
    QUEUED,
    REJECTED,
    OrderDraft,
    OrderProblem,
    order_result,
    place_delivery_order,
)
from clienteling.services.stock import stock_for
from clienteling.sync.engine import SyncEngine
from tests.cache_access import writer_of
from tests.hq_live import LiveHQ, add_purchase, add_shopper, free_port, set_stock, small_chain

KEY = bytes(range(32))
FAST = Policy(deadline=2, attempt_timeout=1, connect_timeout=0.3, attempts=1)


@pytest.fixture
def world(hq_db, tmp_path):
    small_chain(hq_db)
    add_shopper(
        hq_db,
        "sh3",
        "BR-SP-01",
        last_name="Gonçalves",
        consent_profiling=False,
        preferences={"sizes": {"tops": "M"}},
    )
    add_purchase(hq_db, "p1", "sh1", "BR-SP-01", "ST1-BLK-S")
    add_purchase(hq_db, "p2", "sh1", None, "ST1-BLK-S", channel="web")
    add_purchase(hq_db, "p3", "sh3", "BR-SP-01", "ST1-BLK-S")
    set_stock(hq_db, "BR-SP-01", "ST1-BLK-M", 2)
    set_stock(hq_db, "BR-SP-02", "ST1-BLK-L", 1)
    set_stock(hq_db, "ES-MD-01", "ST1-BLK-L", 5)
    port = free_port()
    with LiveHQ(hq_db, port=port) as hq:
        session = hq.sign_in(hq.enroll("BR-SP-01"), "BR-SP-01-associate")
    cache = open_cache(tmp_path / "cache.db", KEY)
    client = HQClient(f"http://127.0.0.1:{port}", session, policy=FAST)
    yield {"db": hq_db, "port": port, "cache": cache, "engine": SyncEngine(cache, client)}
    client.close()
    cache.close()


def test_find_profile_and_stock_from_the_cache(world):
    cache, engine = world["cache"], world["engine"]
    with LiveHQ(world["db"], port=world["port"]):
        engine.pull()
    conn = writer_of(cache)  # HQ is down now: everything below is offline
    assert [h.shopper_id for h in lookup.find_shopper(conn, "goncalves")] == ["sh3"]
    profile = lookup.shopper_profile(conn, "sh1", "BR-SP-01")
    assert profile.channels == {"store", "web"}
    assert profile.lifetime_value == {"BRL": 2 * 18900}
    assert [r.sku for r in profile.recommendations] == ["ST1-BLK-M"]
    assert "bought Shirt ST1" in profile.recommendations[0].reason
    no_consent = lookup.shopper_profile(conn, "sh3", "BR-SP-01")
    assert no_consent.recommendations == []  # profiling consent absent
    assert lookup.shopper_profile(conn, "nobody", "BR-SP-01") is None

    view = stock_for(conn, "ST1-BLK-L", "BR-SP-01")
    assert view.here is None
    assert [s.store_id for s in view.others] == ["BR-SP-02", "ES-MD-01"]  # nearest first
    assert view.others[0].distance_km < 100 < view.others[1].distance_km
    assert view.nearest_with_stock(2).store_id == "ES-MD-01"
    assert stock_for(conn, "NOPE", "BR-SP-01") is None


def test_order_online_offline_and_rejected(world):
    cache, engine = world["cache"], world["engine"]
    with LiveHQ(world["db"], port=world["port"]):
        engine.pull()
        online = place_delivery_order(
            cache,
            OrderDraft(
                "sh1", [("ST1-BLK-L", 1, "BR-SP-02")], Fulfilment.PICK_UP, pickup_store="BR-SP-01"
            ),
            engine,
        )
        assert online.state == CONFIRMED and online.order["status"] == "reserved"
    # HQ down: the order is saved and queued.
    offline = place_delivery_order(
        cache,
        OrderDraft(
            "sh1",
            [("ST1-BLK-L", 2, None)],
            Fulfilment.SHIP_TO_ADDRESS,
            address={
                "line1": "Rua Augusta 100",
                "city": "São Paulo",
                "postcode": "01305-000",
                "country": "BR",
            },
        ),
        engine,
    )
    assert offline.state == QUEUED and "offline" in offline.reason
    taken = place_delivery_order(
        cache,
        OrderDraft(
            "sh1", [("ST1-BLK-M", 3, "BR-SP-01")], Fulfilment.PICK_UP, pickup_store="BR-SP-01"
        ),
        engine,
    )
    assert taken.state == QUEUED
    with LiveHQ(world["db"], port=world["port"]):
        writer_of(cache).execute("UPDATE outbox SET next_attempt_at = NULL")
        engine.push()
    assert order_result(cache, offline.order_id).state == CONFIRMED
    rejected = order_result(cache, taken.order_id)
    assert rejected.state == REJECTED and "not enough stock" in rejected.reason
    assert ("ST1-BLK-L", "ES-MD-01") in {(a["sku"], a["store_id"]) for a in rejected.alternatives}


def test_a_draft_names_every_problem(world):
    with pytest.raises(OrderProblem) as err:
        place_delivery_order(
            world["cache"], OrderDraft("ghost", [("NOPE", 0, None)], Fulfilment.SHIP_TO_ADDRESS)
        )
    text = str(err.value)
    assert "ghost" in text and "NOPE" in text and "quantity" in text
