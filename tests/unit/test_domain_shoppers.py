"""Shoppers, their consent, preferences and delivery address (rows as the terminal reads them).

What a typed address or preference must hold is the protocol's to check
(test_protocol_orders.py, test_protocol_writes.py); e-mail and phone rules are
in test_domain_codes.py.
"""

from __future__ import annotations

import pytest

from clienteling.domain.shoppers import ADDRESS_FIELDS, Address, Preferences, Shopper
from clienteling.protocol.orders import AddressIn


def shopper(**kw) -> Shopper:
    return Shopper(**{"shopper_id": "sh-1", "first_name": "Ana", "last_name": "Lima",
                      "home_store": "BR-SP-01", **kw})  # fmt: skip


@pytest.mark.parametrize(
    ("first", "last", "full"),
    [
        ("João", "Silva", "João Silva"),
        ("Ana", "", "Ana"),  # no dangling space when one name is missing
        ("", "Lima", "Lima"),
        ("", "", ""),
    ],
)
def test_full_name(first, last, full):
    assert shopper(first_name=first, last_name=last).full_name == full


def test_a_shopper_row_has_consented_to_nothing_until_told():
    s = shopper()
    assert (s.consent_email, s.consent_sms, s.consent_profiling) == (False, False, False)
    assert (s.tier, s.language, s.address, s.preferences) == ("member", "", None, Preferences())
    assert (s.emails, s.phones, s.segments) == ((), (), ())


def test_rows_do_not_share_their_defaults():
    a, b = shopper(), shopper(shopper_id="sh-2")
    assert a.attributes is not b.attributes
    assert a.preferences.sizes is not b.preferences.sizes


def test_address_as_dict_is_the_form_an_order_takes():
    home = Address("Rua Augusta 100", "São Paulo", "01305-000", "BR", line2="apto 12")
    d = home.as_dict()
    assert d == {
        "line1": "Rua Augusta 100",
        "line2": "apto 12",
        "city": "São Paulo",
        "postcode": "01305-000",
        "region": "",
        "country": "BR",
    }
    assert tuple(d) == ADDRESS_FIELDS
    # Exactly the protocol's fields, so a stored address goes into an order as it is.
    assert set(d) == set(AddressIn.model_fields)
    assert AddressIn.model_validate(d).model_dump() == d


def test_address_as_dict_is_a_copy():
    home = Address("Rua 1", "São Paulo", "01000-000", "BR")
    home.as_dict()["city"] = "Rio de Janeiro"
    assert home.as_dict()["city"] == "São Paulo"
