"""Shoppers: identity, contact, language, tier, consent, preferences, delivery address.

These are the rows the terminal reads (from its cache or from HQ's answers) and
the screens show. They carry no checks: HQ checked every value when it took it
in (import, API), and the writes a terminal makes are checked by the protocol's
request models, the same ones HQ uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Preferences:
    sizes: dict[str, str] = field(default_factory=dict)  # category -> size
    fit: str = ""
    brands: tuple[str, ...] = ()
    colours: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One edit of a profile field in the shopper's history: applied (it replaced `was`) or
    kept as history only (a later capture of the field had won)."""

    field: str  # "sizes.<category>", "fit", "colours", "consent.marketing_email", ...
    value: Any
    at: str  # ISO 8601: when the associate captured it on their terminal
    by_name: str  # the associate who made it
    applied: bool = True
    was: Any = None  # the value it replaced (applied changes)


ADDRESS_FIELDS = ("line1", "line2", "city", "postcode", "region", "country")


@dataclass(frozen=True, slots=True)
class Address:
    line1: str = ""
    city: str = ""
    postcode: str = ""
    country: str = ""  # ISO 3166-1 alpha-2, upper case
    line2: str = ""
    region: str = ""

    def as_dict(self) -> dict[str, str]:
        """The form HQ takes in an order (protocol AddressIn)."""
        return {k: getattr(self, k) for k in ADDRESS_FIELDS}


@dataclass(frozen=True, slots=True)
class Shopper:
    shopper_id: str
    first_name: str
    last_name: str
    home_store: str
    language: str = ""  # a Language value, or "" when not known
    tier: str = "member"  # a Tier value
    external_id: str | None = None  # the retailer's customer number
    loyalty_id: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # E.164
    primary_email: str | None = None
    primary_phone: str | None = None
    segments: tuple[str, ...] = ()
    home_region: str | None = None
    consent_email: bool = False
    consent_sms: bool = False
    consent_profiling: bool = False
    preferences: Preferences = field(default_factory=Preferences)
    address: Address | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    created_at: str | None = None  # ISO 8601
    history: tuple[FieldChange, ...] = ()  # recent edits of its fields, oldest first
    versions: dict[str, int] = field(default_factory=dict)  # field -> version of its value

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()
