"""A shopper outside this terminal's cache (another region) found by name at HQ, online,
opened from there and kept in the cache: found offline afterwards. Real HQ on loopback,
real encrypted cache (services_world.py)."""

from __future__ import annotations

import pytest

from clienteling.hq import tables as t
from tests.hq_live import add_purchase, add_shopper
from tests.integration.services_world import (
    ASSOCIATE,
    PIN,
    STORE,
    hq_rows,
    offline_session,
    signed_in,
    sqlite_world,
)


@pytest.fixture
def world(tmp_path):
    with sqlite_world(tmp_path) as w:
        add_shopper(w.db, "sh-ru", "ES-MD-01", first_name="Юлия", last_name="Иванова")
        add_purchase(w.db, "p-ru", "sh-ru", "ES-MD-01", "ST1-BLK-S")
        yield w


def test_a_shopper_of_another_region_is_found_at_hq_and_kept(world):
    services = signed_in(world)
    lookup = services.lookup
    assert lookup.search("ivanova") == [] and lookup.search("garcia") == []  # not in scope
    assert lookup.can_ask_hq()

    found = lookup.search_hq("IVANOVA")  # case, and Cyrillic typed in Latin letters
    assert [(r.shopper_id, r.name, r.from_hq) for r in found] == [("sh-ru", "Юлия Иванова", True)]
    assert found[0].home_store == "Store Madrid"  # the store's name, as for the cache's rows
    assert [r.shopper_id for r in lookup.search_hq("garcía")] == ["sh2"]

    assert lookup.keep_from_hq("sh-ru") is True
    assert [r.shopper_id for r in lookup.search("ivanova")] == ["sh-ru"]
    shopper = lookup.shopper("sh-ru")
    assert shopper is not None and shopper.full_name == "Юлия Иванова"
    assert services.profiles.profile("sh-ru").purchases  # with the rows HQ sent
    again = lookup.search_hq("ivanova")
    assert [r.from_hq for r in again] == [False]  # on this terminal now

    served = {(r.shopper_id, r.store_id, r.action) for r in hq_rows(world.db, t.shopper_access)}
    assert {("sh-ru", STORE, "search"), ("sh-ru", STORE, "open")} <= served  # audited at HQ

    services.syncing.sync()  # a sync keeps the shopper opened from HQ
    offline_session(world)
    assert not lookup.can_ask_hq()
    assert lookup.search_hq("ivanova") is None  # HQ cannot be asked offline
    assert [r.shopper_id for r in lookup.search("Иванова")] == ["sh-ru"]  # found offline
    assert lookup.keep_from_hq("sh2") is False


def test_without_an_online_session_hq_is_not_asked(world):
    lookup = world.services.lookup
    assert not lookup.can_ask_hq()
    assert lookup.search_hq("garcia") is None
    world.services.sessions.sign_in(ASSOCIATE, PIN)
    assert lookup.can_ask_hq()
