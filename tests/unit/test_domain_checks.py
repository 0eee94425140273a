"""The small validation helpers every domain constructor uses."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain._checks import (
    require_aware,
    require_choice,
    require_country,
    require_id,
    require_text,
    require_uuid,
    tuple_of,
)
from clienteling.domain.countries import ISO_COUNTRIES
from clienteling.domain.enums import Channel
from clienteling.domain.errors import DomainError, InvalidField


def test_invalid_field_names_the_field_and_the_reason():
    exc = InvalidField("postcode", "is empty; fill it in")
    assert str(exc) == "postcode: is empty; fill it in"
    assert (exc.field, exc.reason) == ("postcode", "is empty; fill it in")
    assert isinstance(exc, DomainError) and isinstance(exc, ValueError)


def test_require_text():
    assert require_text("  Ana  ", "name") == "Ana"
    assert require_text("x" * 10, "name", 10) == "x" * 10
    with pytest.raises(InvalidField, match=r"^name: is longer than 10 characters; shorten it$"):
        require_text("x" * 11, "name", 10)
    for bad in ("", "   ", "\n\t", None, 5):
        with pytest.raises(InvalidField, match=r"^name: is empty; fill it in$"):
            require_text(bad, "name")


@pytest.mark.parametrize("good", ["E1001", "BR-SP-01", "a_b", "x" * 64, "0"])
def test_ids_that_pass(good):
    assert require_id(good, "store_id") == good


@pytest.mark.parametrize("bad", ["", "x" * 65, "BR SP", "BR-SP-01\n", "ÄB", "a/b", "a.b", None, 7])
def test_ids_that_do_not(bad):
    with pytest.raises(InvalidField, match=r"^store_id: .*1-64 letters, digits, '-' or '_'"):
        require_id(bad, "store_id")


def test_require_aware():
    assert require_aware(datetime(2026, 1, 1, tzinfo=UTC), "at").year == 2026
    moscow = datetime(2026, 1, 1, 3, tzinfo=timezone(timedelta(hours=3)))
    assert require_aware(moscow, "at") == datetime(2026, 1, 1, tzinfo=UTC)
    with pytest.raises(InvalidField, match=r"^at: has no time zone; give the time with its UTC"):
        require_aware(datetime(2026, 1, 1), "at")
    with pytest.raises(InvalidField, match=r"^at: must be a date and time"):
        require_aware("2026-01-01T00:00:00Z", "at")


@given(st.uuids())
def test_any_spelling_of_a_uuid_gives_the_canonical_form(u):
    canonical = str(u)
    for spelling in (canonical, canonical.upper(), u.hex, "{" + canonical + "}", u):
        assert require_uuid(spelling, "order_id") == canonical


@pytest.mark.parametrize("bad", ["", "not-a-uuid", "1234", None, 12, b"x" * 16])
def test_things_that_are_not_uuids(bad):
    with pytest.raises(InvalidField, match=r"^order_id: .*is not a UUID"):
        require_uuid(bad, "order_id")


def test_countries():
    assert require_country(" pt ") == "PT"
    assert len(ISO_COUNTRIES - {"XK"}) == 249  # the officially assigned ISO 3166-1 codes
    assert {"BR", "ES", "PT", "RU", "US", "GB", "AQ"} <= ISO_COUNTRIES
    with pytest.raises(InvalidField, match=r"^country: 'UK' is not an ISO country code; use GB$"):
        require_country("UK")
    for bad in ("", "B", "BRA", "XX", "12", None):
        with pytest.raises(InvalidField, match=r"^country: .*two-letter ISO country code"):
            require_country(bad)
    with pytest.raises(InvalidField, match=r"^ship_to: "):
        require_country("??", "ship_to")


def test_require_choice_lists_the_options():
    assert require_choice("web", Channel, "channel") is Channel.WEB
    assert require_choice(Channel.APP, Channel, "channel") is Channel.APP
    with pytest.raises(InvalidField, match=r"^channel: 'WEB' is not allowed; choose one of: store"):
        require_choice("WEB", Channel, "channel")
    with pytest.raises(InvalidField, match=r"^channel: "):
        require_choice(["web"], Channel, "channel")


def test_tuple_of():
    assert tuple_of([1, 2], int, "n", "numbers") == (1, 2)
    assert tuple_of((), int, "n", "numbers") == ()
    for bad in ("12", b"12", {1, 2}, None, [1, "2"]):
        with pytest.raises(InvalidField, match=r"^n: .*list of numbers"):
            tuple_of(bad, int, "n", "numbers")


def test_uuid_module_agrees_with_the_canonical_form():
    # The form HQ stores and compares as the idempotency key.
    u = uuid.UUID("12345678-1234-5678-1234-567812345678")
    assert require_uuid("12345678123456781234567812345678", "order_id") == str(u)
