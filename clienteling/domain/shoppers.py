"""Shoppers: identity, contact, language, tier, consent, preferences, delivery address."""

from __future__ import annotations

from dataclasses import dataclass, field

from ._checks import require_country, require_id, require_text
from .codes import normalize_email, normalize_phone
from .enums import Language, Tier
from .errors import InvalidField


@dataclass(frozen=True, slots=True)
class Consent:
    marketing_email: bool = False
    marketing_sms: bool = False
    profiling: bool = False


@dataclass(frozen=True, slots=True)
class Preferences:
    sizes: dict[str, str] = field(default_factory=dict)  # category -> size
    fit: str = ""
    brands: tuple[str, ...] = ()
    colours: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for category, size in self.sizes.items():
            require_text(category, "sizes (category)", 60)
            require_text(size, f"sizes.{category}", 16)


@dataclass(frozen=True, slots=True)
class Address:
    line1: str
    city: str
    postcode: str
    country: str
    line2: str = ""
    region: str = ""

    def __post_init__(self) -> None:
        require_text(self.line1, "line1")
        require_text(self.city, "city", 120)
        require_text(self.postcode, "postcode", 20)
        object.__setattr__(self, "country", require_country(self.country))


@dataclass(frozen=True, slots=True)
class Shopper:
    shopper_id: str
    first_name: str
    last_name: str
    home_store: str
    language: Language
    external_id: str | None = None
    loyalty_id: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # E.164
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
        try:
            object.__setattr__(self, "language", Language(self.language))
        except ValueError:
            raise InvalidField(
                "language", f"{self.language!r} is not one of pt, es, ru, en"
            ) from None
        object.__setattr__(self, "tier", Tier(self.tier))
        for phone in self.phones:
            if not (phone.startswith("+") and phone[1:].isdigit()):
                raise InvalidField("phones", f"{phone!r} is not in E.164 form; use create()")

    @classmethod
    def create(
        cls, *, emails=(), phones=(), default_region: str | None = None, **fields
    ) -> Shopper:
        """Build a shopper from what was typed: e-mails and phones are normalised first."""
        return cls(
            emails=tuple(normalize_email(e) for e in emails),
            phones=tuple(normalize_phone(p, default_region) for p in phones),
            **fields,
        )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"
