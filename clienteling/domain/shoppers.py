"""Shoppers: identity, contact, language, tier, consent, preferences, delivery address."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ._checks import (
    optional_text,
    require_bool,
    require_choice,
    require_country,
    require_id,
    require_instance,
    require_text,
    texts,
    tuple_of,
)
from .codes import normalize_email, normalize_phone
from .enums import Language, Tier
from .errors import InvalidField

# E.164: "+", a country code that does not start with 0, at most 15 digits in all.
_E164 = re.compile(r"\+[1-9][0-9]{5,14}\Z")


@dataclass(frozen=True, slots=True)
class Consent:
    """What the shopper agreed to; everything is off until they say yes."""

    marketing_email: bool = False
    marketing_sms: bool = False
    profiling: bool = False

    def __post_init__(self) -> None:
        for f in ("marketing_email", "marketing_sms", "profiling"):
            require_bool(getattr(self, f), f)


@dataclass(frozen=True, slots=True)
class Preferences:
    sizes: dict[str, str] = field(default_factory=dict)  # category -> size
    fit: str = ""
    brands: tuple[str, ...] = ()
    colours: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.sizes, dict):
            raise InvalidField("sizes", "must map a category to a size, e.g. {'shoes': '38'}")
        sizes = {
            require_text(category, "sizes (category)", 60): require_text(
                size, f"sizes.{category}", 16
            )
            for category, size in self.sizes.items()
        }
        # A copy: the caller's dict changing later must not change a frozen value.
        object.__setattr__(self, "sizes", sizes)
        object.__setattr__(self, "fit", optional_text(self.fit, "fit", 60))
        for f in ("brands", "colours", "styles"):
            object.__setattr__(self, f, texts(getattr(self, f), f))

    def __hash__(self) -> int:
        # Defined by hand because a dict field makes the generated hash fail.
        return hash(
            (frozenset(self.sizes.items()), self.fit, self.brands, self.colours, self.styles)
        )


@dataclass(frozen=True, slots=True)
class Address:
    line1: str
    city: str
    postcode: str
    country: str  # ISO 3166-1 alpha-2, upper case
    line2: str = ""
    region: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "line1", require_text(self.line1, "line1"))
        object.__setattr__(self, "line2", optional_text(self.line2, "line2"))
        object.__setattr__(self, "city", require_text(self.city, "city", 120))
        object.__setattr__(self, "postcode", require_text(self.postcode, "postcode", 20))
        object.__setattr__(self, "region", optional_text(self.region, "region", 120))
        object.__setattr__(self, "country", require_country(self.country))


def _optional_code(value: object, field: str) -> str | None:
    """A retailer's own identifier (any text up to 64 characters), or None."""
    return None if value is None else require_text(value, field, 64)


@dataclass(frozen=True, slots=True)
class Shopper:
    shopper_id: str
    first_name: str
    last_name: str
    home_store: str
    language: Language
    external_id: str | None = None  # the retailer's customer number
    loyalty_id: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # E.164; build from typed numbers with create()
    tier: Tier = Tier.MEMBER
    segments: tuple[str, ...] = ()
    consent: Consent = field(default_factory=Consent)
    preferences: Preferences = field(default_factory=Preferences)
    address: Address | None = None

    def __post_init__(self) -> None:
        require_id(self.shopper_id, "shopper_id")
        object.__setattr__(self, "first_name", require_text(self.first_name, "first_name", 120))
        object.__setattr__(self, "last_name", require_text(self.last_name, "last_name", 120))
        require_id(self.home_store, "home_store")
        object.__setattr__(self, "language", require_choice(self.language, Language, "language"))
        object.__setattr__(self, "tier", require_choice(self.tier, Tier, "tier"))
        object.__setattr__(self, "external_id", _optional_code(self.external_id, "external_id"))
        object.__setattr__(self, "loyalty_id", _optional_code(self.loyalty_id, "loyalty_id"))
        emails = tuple_of(self.emails, str, "emails", "e-mail addresses")
        # Normalising twice changes nothing, so stored and typed addresses both pass.
        emails = tuple(dict.fromkeys(normalize_email(e, "emails") for e in emails))
        object.__setattr__(self, "emails", emails)
        phones = tuple_of(self.phones, str, "phones", "phone numbers")
        for phone in phones:
            if not _E164.match(phone):
                raise InvalidField(
                    "phones", f"{phone!r} is not in E.164 form (+5511987654321); use create()"
                )
        object.__setattr__(self, "phones", tuple(dict.fromkeys(phones)))
        object.__setattr__(self, "segments", texts(self.segments, "segments"))
        require_instance(self.consent, Consent, "consent", "a Consent")
        require_instance(self.preferences, Preferences, "preferences", "Preferences")
        if self.address is not None:
            require_instance(self.address, Address, "address", "an Address or None")

    @classmethod
    def create(
        cls, *, emails=(), phones=(), default_region: str | None = None, **fields: Any
    ) -> Shopper:
        """Build a shopper from what was typed: e-mails and phones are normalised first.

        default_region (ISO country, e.g. "BR") reads numbers typed without a
        country code, as shoppers usually give them in store.
        """
        phones = tuple_of(phones, str, "phones", "phone numbers")
        return cls(
            emails=emails,
            phones=tuple(normalize_phone(p, default_region, field="phones") for p in phones),
            **fields,
        )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"
