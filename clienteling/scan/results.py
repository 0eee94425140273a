"""What a scan turned out to be: one frozen dataclass per kind of code, or `Rejected`.

Every result has a `kind` (a stable name used by `describe` and the UI).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import ClassVar

from .rejections import Rejected


class Symbology(StrEnum):
    EAN_13 = "EAN-13"
    EAN_8 = "EAN-8"
    UPC_A = "UPC-A"
    UPC_E = "UPC-E"
    GTIN_14 = "GTIN-14"


@dataclass(frozen=True)
class ProductCode:
    """A retail barcode; `gtin` is always the 14-digit GTIN (UPC-E expanded, zeros in front)."""

    kind: ClassVar[str] = "product"
    gtin: str
    symbology: Symbology
    scanned: str  # the digits as read, e.g. the eight of a UPC-E


@dataclass(frozen=True)
class Measure:
    """A GS1 measure (AIs 310n-316n): `amount` with its decimals, in `unit` (kg, m, m2, l, m3)."""

    amount: Decimal
    unit: str


Gs1Value = str | int | date | Decimal | Measure


@dataclass(frozen=True)
class Gs1Element:
    """One GS1 Application Identifier with its text as encoded and its typed value."""

    ai: str
    title: str
    raw: str
    value: Gs1Value


class _Gs1Values:
    """Look-ups shared by element strings and Digital Link data attributes."""

    def _elements(self) -> tuple[Gs1Element, ...]:
        raise NotImplementedError

    @property
    def values(self) -> dict[str, Gs1Value]:
        return {e.ai: e.value for e in self._elements()}

    def value(self, ai: str) -> Gs1Value | None:
        return next((e.value for e in self._elements() if e.ai == ai), None)

    @property
    def expiry(self) -> date | None:
        found = self.value("17")
        return found if isinstance(found, date) else None

    @property
    def weight(self) -> Measure | None:
        """Net weight in kg (AI 310n), whatever the number of decimals."""
        found = next((e.value for e in self._elements() if e.ai.startswith("310")), None)
        return found if isinstance(found, Measure) else None


@dataclass(frozen=True)
class Gs1ElementString(_Gs1Values):
    """GS1 data (GS1-128, DataMatrix, QR, DataBar or the bracketed text), in scanned order."""

    kind: ClassVar[str] = "gs1"
    elements: tuple[Gs1Element, ...]

    def _elements(self) -> tuple[Gs1Element, ...]:
        return self.elements

    @property
    def gtin(self) -> str | None:
        found = self.value("01") or self.value("02")
        return found if isinstance(found, str) else None

    @property
    def sscc(self) -> str | None:
        found = self.value("00")
        return found if isinstance(found, str) else None

    @property
    def lot(self) -> str | None:
        found = self.value("10")
        return found if isinstance(found, str) else None

    @property
    def serial(self) -> str | None:
        found = self.value("21")
        return found if isinstance(found, str) else None

    @property
    def quantity(self) -> int | None:
        """Count of items (AI 30) or of trade items contained (AI 37)."""
        found = self.value("30")
        found = self.value("37") if found is None else found
        return found if isinstance(found, int) else None


@dataclass(frozen=True)
class DigitalLink(_Gs1Values):
    """A GS1 Digital Link URI: the GTIN, its path qualifiers, and data attributes from the query."""

    kind: ClassVar[str] = "digital_link"
    gtin: str
    cpv: str | None
    lot: str | None
    serial: str | None
    attributes: tuple[Gs1Element, ...]
    uri: str

    def _elements(self) -> tuple[Gs1Element, ...]:
        return self.attributes


@dataclass(frozen=True)
class RetailerProductUrl:
    """One of the chain's own product pages; `sku` is the path segment after `prefix`."""

    kind: ClassVar[str] = "retailer_url"
    sku: str
    prefix: str
    url: str


@dataclass(frozen=True)
class LoyaltyCode:
    kind: ClassVar[str] = "loyalty"
    loyalty_id: str


@dataclass(frozen=True)
class SignedShopperCode:
    """A shopper's QR from the chain's app: signature checked, not expired when scanned."""

    kind: ClassVar[str] = "signed_shopper"
    loyalty_id: str
    expires_at: datetime


@dataclass(frozen=True)
class OrderTracking:
    kind: ClassVar[str] = "order"
    order_id: str  # canonical lower-case UUID


@dataclass(frozen=True)
class Enrollment:
    """A terminal enrollment QR: the HQ to enroll with and the one-time code HQ gave out."""

    kind: ClassVar[str] = "enrollment"
    hq_url: str
    code: str


@dataclass(frozen=True)
class ShopperSignUp:
    """A sign-up QR shown to a shopper: the store, and the associate to credit, if any."""

    kind: ClassVar[str] = "signup"
    store_id: str
    associate_id: str | None


Scan = (
    ProductCode
    | Gs1ElementString
    | DigitalLink
    | RetailerProductUrl
    | LoyaltyCode
    | SignedShopperCode
    | OrderTracking
    | Enrollment
    | ShopperSignUp
    | Rejected
)
