"""Shoppers, their consent, preferences and delivery address."""

from __future__ import annotations

import pytest

from clienteling.domain.enums import Language, Tier
from clienteling.domain.errors import InvalidField
from clienteling.domain.shoppers import Address, Consent, Preferences, Shopper


def shopper(**kw) -> Shopper:
    fields = {
        "shopper_id": "sh-1",
        "first_name": "Ana",
        "last_name": "Lima",
        "home_store": "BR-SP-01",
        "language": "pt",
    }
    return Shopper(**{**fields, **kw})


def test_consent_is_off_until_given_and_takes_only_yes_or_no():
    assert Consent() == Consent(False, False, False)
    assert Consent(marketing_sms=True).marketing_sms
    with pytest.raises(InvalidField, match=r"^marketing_email: "):
        Consent(marketing_email="yes")
    with pytest.raises(InvalidField, match=r"^profiling: "):
        Consent(profiling=1)


def test_preferences_are_cleaned_copied_and_hashable():
    sizes = {"shoes": " 38 ", "tops": "M"}
    prefs = Preferences(sizes, " slim ", ["Aurora", " Nord "], ("black",), ())
    assert prefs.sizes == {"shoes": "38", "tops": "M"}
    assert (prefs.fit, prefs.brands, prefs.colours) == ("slim", ("Aurora", "Nord"), ("black",))
    sizes["shoes"] = "40"  # the caller's dict changing later changes nothing here
    assert prefs.sizes["shoes"] == "38"
    same = Preferences({"tops": "M", "shoes": "38"}, "slim", ("Aurora", "Nord"), ("black",))
    assert prefs == same and hash(prefs) == hash(same)
    assert len({prefs, same, Preferences()}) == 2


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"sizes": [("shoes", "38")]}, "sizes"),
        ({"sizes": {"shoes": ""}}, "sizes.shoes"),
        ({"sizes": {"": "38"}}, "sizes"),
        ({"sizes": {"shoes": "x" * 17}}, "sizes.shoes"),
        ({"brands": "Aurora"}, "brands"),  # a string is not a list of brands
        ({"colours": ("black", "")}, "colours"),
        ({"styles": (1,)}, "styles"),
        ({"fit": None}, "fit"),
    ],
)
def test_bad_preferences_are_named(kw, field):
    with pytest.raises(InvalidField, match=rf"^{field}[ :]"):
        Preferences(**kw)


def test_an_address():
    a = Address(" Rua Augusta 100 ", "São Paulo", "01305-000", " br ", line2="apto 12")
    assert (a.line1, a.country, a.line2, a.region) == ("Rua Augusta 100", "BR", "apto 12", "")


@pytest.mark.parametrize(
    ("kw", "field", "says"),
    [
        ({"line1": " "}, "line1", "is empty"),
        ({"city": ""}, "city", "is empty"),
        ({"postcode": ""}, "postcode", "is empty"),
        ({"postcode": "1" * 21}, "postcode", "longer than 20"),
        ({"country": ""}, "country", "ISO country code"),
        ({"country": "Brasil"}, "country", "ISO country code"),
        ({"country": "ZZ"}, "country", "ISO country code"),
        ({"country": "uk"}, "country", "use GB"),
        ({"line2": None}, "line2", "must be text"),
        ({"region": 5}, "region", "must be text"),
    ],
)
def test_bad_addresses_are_named(kw, field, says):
    fields = {"line1": "Rua 1", "city": "São Paulo", "postcode": "01000-000", "country": "BR"}
    with pytest.raises(InvalidField, match=rf"^{field}: .*{says}"):
        Address(**{**fields, **kw})


def test_create_normalises_what_was_typed():
    s = Shopper.create(
        shopper_id="sh-1",
        first_name=" João ",
        last_name="Silva",
        home_store="BR-SP-01",
        language="pt",
        tier="gold",
        emails=["JOAO@Example.com", " JOAO@EXAMPLE.com"],
        phones=["(11) 98765-4321", "+34 612 34 56 78", "11 98765 4321"],
        default_region="BR",
    )
    assert s.emails == ("JOAO@example.com",)  # the same address twice is kept once
    assert s.phones == ("+5511987654321", "+34612345678")
    assert (s.full_name, s.language, s.tier) == ("João Silva", Language.PORTUGUESE, Tier.GOLD)


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("612 34 56 78", "ES", "+34612345678"),
        ("8 (912) 345-67-89", "RU", "+79123456789"),
        ("(11) 98765-4321", "br", "+5511987654321"),
    ],
)
def test_create_reads_local_numbers_with_the_default_region(raw, region, e164):
    s = Shopper.create(
        shopper_id="s", first_name="A", last_name="B", home_store="X", language="es",
        phones=[raw], default_region=region,
    )  # fmt: skip
    assert s.phones == (e164,)


def test_create_refuses_bad_phones_naming_the_field():
    with pytest.raises(InvalidField, match=r"^phones: "):
        Shopper.create(
            shopper_id="s", first_name="A", last_name="B", home_store="X", language="pt",
            phones=["(11) 98765-4321"],  # no default region: cannot be read
        )  # fmt: skip
    with pytest.raises(InvalidField, match=r"^phones: "):
        Shopper.create(
            shopper_id="s", first_name="A", last_name="B", home_store="X", language="pt",
            phones=["123"], default_region="BR",
        )  # fmt: skip


def test_the_constructor_takes_stored_values():
    s = shopper(emails=["ana@example.com"], phones=["+5511987654321"], segments=[" vip "])
    assert s.emails == ("ana@example.com",) and isinstance(s.phones, tuple)
    assert s.segments == ("vip",) and s.consent == Consent() and s.address is None
    assert hash(s) == hash(shopper(emails=("ana@example.com",), phones=("+5511987654321",),
                                   segments=("vip",)))  # fmt: skip


def test_names_are_trimmed_and_at_most_120_characters():
    assert shopper(first_name="  Ana ").first_name == "Ana"
    assert len(shopper(last_name="x" * 120).last_name) == 120
    with pytest.raises(InvalidField, match=r"^last_name: .*longer than 120"):
        shopper(last_name="x" * 121)
    with pytest.raises(InvalidField, match=r"^first_name: is empty"):
        shopper(first_name=" \t ")


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"shopper_id": "sh 1"}, "shopper_id"),
        ({"home_store": ""}, "home_store"),
        ({"language": "fr"}, "language"),
        ({"tier": "diamond"}, "tier"),
        ({"external_id": ""}, "external_id"),
        ({"loyalty_id": "x" * 65}, "loyalty_id"),
        ({"emails": ("not-an-address",)}, "emails"),
        ({"emails": "ana@example.com"}, "emails"),  # a string, not a list
        ({"phones": ("11 98765-4321",)}, "phones"),  # stored phones are E.164 already
        ({"phones": ("+0123456789",)}, "phones"),
        ({"phones": (5511987654321,)}, "phones"),
        ({"segments": ("",)}, "segments"),
        ({"consent": {"marketing_email": True}}, "consent"),
        ({"preferences": None}, "preferences"),
        ({"address": "Rua 1, São Paulo"}, "address"),
    ],
)
def test_bad_shopper_fields_are_named(kw, field):
    with pytest.raises(InvalidField, match=rf"^{field}: "):
        shopper(**kw)


def test_a_shopper_with_everything():
    s = shopper(
        external_id="C-1001",
        loyalty_id="LY0001",
        tier=Tier.PLATINUM,
        consent=Consent(marketing_email=True),
        preferences=Preferences({"shoes": "38"}),
        address=Address("Rua 1", "São Paulo", "01000-000", "BR"),
    )
    assert s.address.country == "BR" and s.preferences.sizes == {"shoes": "38"}
    assert s.consent.marketing_email and not s.consent.marketing_sms
