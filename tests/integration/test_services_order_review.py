"""The review of an order from a real terminal cache: prices in the shopper's money, the
source store and why, the delivery estimate (HQ on loopback, SQLite)."""

from __future__ import annotations

import pytest

from clienteling.domain.enums import Fulfilment
from clienteling.hq import tables as t
from clienteling.services import order_review as rv
from clienteling.services.order_review import OrderReviews
from tests.hq_live import set_stock
from tests.integration.services_world import STORE, sqlite_world

SKU = "ST1-BLK-L"


@pytest.fixture
def world(tmp_path):
    """Stock of L: one in Campinas, five in Madrid, four in New York; local prices carried."""
    with sqlite_world(tmp_path) as w:
        with w.db.write() as tx:
            tx.upsert(
                t.stores,
                [
                    {
                        "store_id": "US-NY-01",
                        "name": "Store New York",
                        "region": "US-NY",
                        "address": "1 Broadway",
                        "city": "New York",
                        "country": "US",
                        "latitude": 40.723,
                        "longitude": -74.0,
                        "currency": "USD",
                        "timezone": "America/New_York",
                        "attributes": {},
                    }
                ],
                ["store_id"],
            )
        with w.db.read() as conn:
            shirts = [dict(r._mapping) for r in conn.execute(t.products.select().where(
                t.products.c.style == "ST1"
            ))]  # fmt: skip
        keep = {"sku", "gtin", "style", "name", "brand", "category", "colour", "size"}
        rows = [
            {k: v for k, v in r.items() if k in keep | {"price_minor", "currency"}}
            | {"attributes": {"prices": {"BRL": 119990, "USD": 20499}}}
            for r in shirts
        ]
        with w.db.write() as tx:
            tx.upsert(t.products, rows, ["sku"])
        set_stock(w.db, "US-NY-01", SKU, 4)
        w.services.syncing.sync()
        yield w


def review(world, quantity, fulfilment=Fulfilment.SHIP_TO_ADDRESS, source="suggest", **kw):
    services = world.services
    reviews = OrderReviews(services.catalog.cache, STORE)
    view = services.catalog.product_stock(SKU, live=False).stock
    if source == "suggest":
        source = reviews.suggest(view, quantity, fulfilment, kw.get("country", "BR")).store_id
    return reviews.review(view, [(SKU, quantity, source)], fulfilment, shopper_id="sh1", **kw)


def test_a_brazilian_shopper_is_served_from_brazil_in_reais(world):
    r = review(world, 1, country="BR")
    assert r.source_store == "BR-SP-02" and r.reason == rv.COUNTRY
    assert r.currency == "BRL" and r.total_minor == 119990
    assert [(x.name, x.colour, x.size, x.quantity) for x in r.lines] == [
        ("Shirt ST1", "BLK", "L", 1)
    ]
    assert 50 < r.distance_km < 150 and r.days == (1, 2)  # Campinas to São Paulo


def test_none_in_the_country_the_nearest_elsewhere_says_so(world):
    r = review(world, 2, country="BR")  # Campinas has one only
    assert r.source_store == "US-NY-01" and r.reason == rv.ELSEWHERE
    assert r.days == rv.ABROAD and r.currency == "BRL" and r.total_minor == 2 * 119990


def test_a_chosen_store_says_the_suggested_one(world):
    r = review(world, 1, source="ES-MD-01", country="BR")
    assert r.reason == rv.CHOSEN and r.suggested_store == "BR-SP-02"
    assert r.source_name == "Store Madrid" and r.days == rv.ABROAD


def test_pick_up_in_madrid_is_priced_in_euros_and_ready_there(world):
    r = review(world, 1, Fulfilment.PICK_UP, source="ES-MD-01", pickup_store="ES-MD-01")
    assert r.currency == "EUR" and r.total_minor == 18900
    assert r.reason == rv.COUNTRY and r.days == (0, 0) and r.pickup_name == "Store Madrid"


def test_hq_picks_when_no_store_is_named(world):
    r = review(world, 1, source=None, country="BR")
    assert r.reason == rv.HQ_PICKS and r.suggested_store == "BR-SP-02"
