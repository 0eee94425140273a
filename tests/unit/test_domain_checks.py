"""The small validation helpers every domain constructor uses."""

from __future__ import annotations

import pytest

from clienteling.domain._checks import require_choice, require_id
from clienteling.domain.countries import COMMON_MISTAKES, ISO_COUNTRIES, is_country
from clienteling.domain.enums import Channel
from clienteling.domain.errors import DomainError, InvalidField


def test_invalid_field_names_the_field_and_the_reason():
    exc = InvalidField("postcode", "is empty; fill it in")
    assert str(exc) == "postcode: is empty; fill it in"
    assert (exc.field, exc.reason) == ("postcode", "is empty; fill it in")
    assert isinstance(exc, DomainError) and isinstance(exc, ValueError)


@pytest.mark.parametrize("good", ["E1001", "BR-SP-01", "a_b", "x" * 64, "0"])
def test_ids_that_pass(good):
    assert require_id(good, "store_id") == good


@pytest.mark.parametrize("bad", ["", "x" * 65, "BR SP", "BR-SP-01\n", "ÄB", "a/b", "a.b", None, 7])
def test_ids_that_do_not(bad):
    with pytest.raises(InvalidField, match=r"^store_id: .*1-64 letters, digits, '-' or '_'"):
        require_id(bad, "store_id")


def test_countries():
    assert len(ISO_COUNTRIES - {"XK"}) == 249  # the officially assigned ISO 3166-1 codes
    assert {"BR", "ES", "PT", "RU", "US", "GB", "AQ"} <= ISO_COUNTRIES
    assert is_country("PT") and COMMON_MISTAKES["UK"] == "GB"
    for bad in ("", "B", "BRA", "XX", "12"):
        assert not is_country(bad)


def test_require_choice_lists_the_options():
    assert require_choice("web", Channel, "channel") is Channel.WEB
    assert require_choice(Channel.APP, Channel, "channel") is Channel.APP
    with pytest.raises(InvalidField, match=r"^channel: 'WEB' is not allowed; choose one of: store"):
        require_choice("WEB", Channel, "channel")
    with pytest.raises(InvalidField, match=r"^channel: "):
        require_choice(["web"], Channel, "channel")
