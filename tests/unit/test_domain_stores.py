"""Stores as the terminal reads them, and great-circle distances between them."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain.geo import EARTH_RADIUS_KM
from clienteling.domain.stores import Store, distance_km

SAO_PAULO = Store("BR-SP-01", "Paulista", "BR", "BRL", latitude=-23.561, longitude=-46.656)
RIO = Store("BR-RJ-01", "Ipanema", "BR", "BRL", latitude=-22.970, longitude=-43.182)


def test_known_distances():
    madrid, barcelona = (40.4168, -3.7038), (41.3874, 2.1686)
    assert 500 < distance_km(*madrid, *barcelona) < 510
    sao_paulo, rio = (-23.5505, -46.6333), (-22.9068, -43.1729)
    assert 355 < distance_km(*sao_paulo, *rio) < 362
    assert distance_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371.0088)
    assert distance_km(10, 10, 10, 10) == 0


coords = st.tuples(st.floats(-90, 90), st.floats(-180, 180))


@given(coords, coords)
def test_distance_is_symmetric_and_bounded(a, b):
    d = distance_km(*a, *b)
    assert d == pytest.approx(distance_km(*b, *a), abs=1e-6)
    assert 0 <= d <= math.pi * 6371.0088 + 1e-6


@given(coords, coords, coords)
def test_distance_obeys_the_triangle_inequality(a, b, c):
    assert distance_km(*a, *c) <= distance_km(*a, *b) + distance_km(*b, *c) + 1e-6


def test_distance_between_stores():
    d = SAO_PAULO.distance_to(RIO)
    assert 340 < d < 370  # about 350 km
    assert d == RIO.distance_to(SAO_PAULO)
    assert d == distance_km(-23.561, -46.656, -22.970, -43.182)
    assert SAO_PAULO.distance_to(SAO_PAULO) == 0


def test_stores_at_the_edges_of_the_map():
    north = Store("N", "North", latitude=90, longitude=-180)
    south = Store("S", "South", latitude=-90, longitude=180)
    assert north.distance_to(south) == pytest.approx(math.pi * EARTH_RADIUS_KM)


@pytest.mark.parametrize(
    "position",
    [
        {},
        {"latitude": -22.970},
        {"longitude": -43.182},
    ],
)
def test_no_distance_without_a_position(position):
    unplaced = Store("BR-XX-01", "Pop-up", **position)
    assert unplaced.distance_to(SAO_PAULO) is None
    assert SAO_PAULO.distance_to(unplaced) is None
    assert unplaced.distance_to(unplaced) is None


def test_a_store_on_the_equator_or_meridian_has_a_position():
    # 0 is a position, not a missing one.
    origin = Store("O", "Null Island", latitude=0.0, longitude=0.0)
    assert origin.distance_to(Store("E", "East", latitude=0.0, longitude=1.0)) == pytest.approx(
        111.2, abs=0.1
    )
