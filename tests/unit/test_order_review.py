"""The order review's rules without a cache: local prices, source ranking, delivery estimates,
and the undo window of a cancel."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clienteling.domain.catalog import Product
from clienteling.domain.stores import Store
from clienteling.services import order_review as rv
from clienteling.services.cancels import CancelHolds
from clienteling.services.stock import StockLine

SAO_PAULO = Store("BR-SP-01", "Paulista", "BR", "BRL", latitude=-23.561, longitude=-46.656)
RIO = Store("BR-RJ-01", "Ipanema", "BR", "BRL", latitude=-22.970, longitude=-43.182)
NEW_YORK = Store("US-NY-01", "Soho", "US", "USD", latitude=40.723, longitude=-74.000)
MADRID = Store("ES-MD-01", "Gran Vía", "ES", "EUR", latitude=40.420, longitude=-3.705)
LISBON = Store("PT-LX-01", "Chiado", "PT", "EUR", latitude=38.711, longitude=-9.142)
STORES = {s.store_id: s for s in (SAO_PAULO, RIO, NEW_YORK, MADRID, LISBON)}
WHEN = datetime(2026, 11, 1, tzinfo=UTC)

SHIRT = Product(
    "ST1-BLK-L", "ST1", "Shirt", "BLK", "L", 18900, "EUR",
    attributes={"prices": {"BRL": 119990, "USD": 20499}},
)  # fmt: skip


def line(store: Store, available: int) -> StockLine:
    return StockLine(store.store_id, store.name, None, available, 0, WHEN)


def test_prices_are_in_the_shoppers_money_when_the_catalog_has_it():
    assert rv.price_in(SHIRT, "BRL") == (119990, "BRL")
    assert rv.price_in(SHIRT, "EUR") == (18900, "EUR")
    assert rv.price_in(SHIRT, "RUB") == (18900, "EUR")  # not carried: the list price, said so
    assert rv.price_in(SHIRT, "") == (18900, "EUR")


def test_a_rio_shopper_gets_a_brazilian_store_before_a_nearer_foreign_one():
    # New York and Madrid have more, but the Brazilian store with stock comes first.
    lines = [line(NEW_YORK, 3), line(MADRID, 2), line(SAO_PAULO, 1)]
    ranked = rv.rank_sources(lines, STORES, 1, "BR", "BRL", RIO)
    assert [(s.store_id, s.reason) for s in ranked] == [
        ("BR-SP-01", rv.COUNTRY),
        ("US-NY-01", rv.ELSEWHERE),  # 7,700 km from Rio
        ("ES-MD-01", rv.ELSEWHERE),
    ]
    assert 340 < ranked[0].distance_km < 370


def test_then_the_same_money_then_the_nearest_anywhere():
    lines = [line(NEW_YORK, 3), line(LISBON, 2), line(MADRID, 2), line(SAO_PAULO, 0)]
    ranked = rv.rank_sources(lines, STORES, 2, "ES", "EUR", None)
    # Madrid is in Spain; Lisbon prices in euros too; New York last; São Paulo has none.
    assert [s.store_id for s in ranked] == ["ES-MD-01", "PT-LX-01", "US-NY-01"]
    assert [s.reason for s in ranked] == [rv.COUNTRY, rv.CURRENCY, rv.ELSEWHERE]
    assert rv.rank_sources(lines, STORES, 4, "ES", "EUR", None) == []


@pytest.mark.parametrize(
    ("km", "same_country", "days"),
    [
        (0.0, True, (0, 0)),
        (42.0, True, (1, 2)),
        (360.0, True, (2, 4)),
        (2500.0, True, (3, 7)),
        (4000.0, True, rv.ABROAD),
        (360.0, False, rv.ABROAD),
        (None, False, rv.ABROAD),
        (None, True, None),  # no positions: no estimate rather than a made-up one
    ],
)
def test_delivery_estimates_go_by_distance_band(km, same_country, days):
    assert rv.days_for(km, same_country) == days


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_held_cancel_is_sent_only_after_its_undo_time():
    clock = Clock()
    holds: CancelHolds[str] = CancelHolds(seconds=5, clock=clock)
    holds.hold("o1", "row 1")
    assert holds.held("o1") and holds.remaining("o1") == 5
    clock.now += 3.2
    assert holds.due() == [] and holds.remaining("o1") == 2
    clock.now += 1.8
    assert holds.due() == ["row 1"]  # handed over to be sent, for good
    assert not holds.held("o1") and holds.remaining("o1") is None
    assert holds.undo("o1") is False  # too late: it was sent
    assert holds.due() == []


def test_an_undone_cancel_is_never_sent():
    clock = Clock()
    holds: CancelHolds[str] = CancelHolds(seconds=5, clock=clock)
    holds.hold("o1", "row 1")
    holds.hold("o2", "row 2")
    clock.now += 1
    assert holds.undo("o1") is True
    clock.now += 10
    assert holds.due() == ["row 2"]
    assert holds.flush() == []


def test_leaving_flushes_every_held_cancel():
    holds: CancelHolds[str] = CancelHolds(seconds=5, clock=Clock())
    holds.hold("o1", "row 1")
    assert holds.flush() == ["row 1"] and holds.keys() == []
