"""Stores: validation, great-circle distances and the nearest-first order."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain.errors import InvalidField
from clienteling.domain.stores import Store, distance_km, nearest_first


def store(store_id="BR-SP-01", lat=-23.561, lon=-46.656, **kw) -> Store:
    fields = {
        "store_id": store_id,
        "name": " Paulista ",
        "region": "BR-SP",
        "address": "Av. Paulista 1000",
        "city": "São Paulo",
        "country": "br",
        "latitude": lat,
        "longitude": lon,
        "currency": "brl",
        "timezone": "America/Sao_Paulo",
    }
    return Store(**{**fields, **kw})


def test_a_store_is_cleaned_on_the_way_in():
    s = store()
    assert (s.country, s.currency, s.name) == ("BR", "BRL", "Paulista")
    assert s.timezone == "America/Sao_Paulo"


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("store_id", "BR SP 01", "is not an id"),
        ("store_id", "BR-SP-01\n", "is not an id"),
        ("name", "  ", "is empty"),
        ("city", "", "is empty"),
        ("country", "Brasil", "two-letter ISO country code"),
        ("country", "XX", "two-letter ISO country code"),
        ("country", "UK", "use GB"),
        ("latitude", 90.5, "between -90 and 90"),
        ("latitude", math.nan, "between -90 and 90"),
        ("latitude", "10", "between -90 and 90"),
        ("longitude", -180.01, "between -180 and 180"),
        ("longitude", True, "between -180 and 180"),
        ("currency", "XXX", "unknown currency"),
        ("timezone", "Mars/Olympus", "not a time zone"),
        ("timezone", "America", "not a time zone"),  # a folder of the zone database
        ("timezone", "", "not a time zone"),
        ("timezone", "../../etc/passwd", "not a time zone"),
    ],
)
def test_bad_store_fields_are_named(field, value, says):
    with pytest.raises(InvalidField, match=rf"^{field}: .*{says}"):
        store(**{field: value})


def test_store_edges_of_the_map_are_fine():
    assert store(lat=90, lon=-180).latitude == 90
    assert store(lat=-90, lon=180).longitude == 180


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


def test_nearest_first_sorts_and_leaves_out_the_origin():
    sp = store()
    rio = store("BR-RJ-01", -22.970, -43.182)
    campinas = store("BR-SP-02", -22.905, -47.061)
    bh = store("BR-MG-01", -19.920, -43.938)
    ranked = nearest_first(sp, [bh, rio, sp, campinas])
    assert [s.store_id for s, _ in ranked] == ["BR-SP-02", "BR-RJ-01", "BR-MG-01"]
    distances = [d for _, d in ranked]
    assert distances == sorted(distances)
    assert distances[0] == pytest.approx(sp.distance_to(campinas))
    assert nearest_first(sp, []) == [] and nearest_first(sp, [sp]) == []


def test_stores_at_the_same_distance_are_ordered_by_id():
    origin = store("O", 0, 0)
    east, west = store("B-EAST", 0, 1), store("A-WEST", 0, -1)
    assert [s.store_id for s, _ in nearest_first(origin, [east, west])] == ["A-WEST", "B-EAST"]
