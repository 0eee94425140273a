"""A scan result as JSON-ready data (`describe`, for `clienteling scan PAYLOAD --json`)
and as one line of English (`summary`, for logs and the support command's text output)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from .rejections import Rejected
from .results import (
    DigitalLink,
    Enrollment,
    Gs1Element,
    Gs1ElementString,
    LoyaltyCode,
    Measure,
    OrderTracking,
    ProductCode,
    RetailerProductUrl,
    Scan,
    ShopperSignUp,
    SignedShopperCode,
)


def describe(scan: Scan) -> dict[str, Any]:
    """{"kind", "summary", "code" and "reason"} for a rejection, {"kind", "summary", "fields"}
    otherwise; values are JSON types (dates ISO 8601, decimals as strings)."""
    if isinstance(scan, Rejected):
        return {
            "kind": scan.kind,
            "summary": summary(scan),
            "code": scan.code.value,
            "reason": scan.reason,
        }
    fields = {f.name: _json(getattr(scan, f.name)) for f in dataclasses.fields(scan)}
    return {"kind": scan.kind, "summary": summary(scan), "fields": fields}


def _json(value: object) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple):
        return [_json(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def summary(scan: Scan) -> str:
    """One line saying what was scanned, e.g. "EAN-13 product, GTIN 04006381333931"."""
    return _SUMMARIES[type(scan)](scan)


def _value_text(value: object) -> str:
    if isinstance(value, Measure):
        return f"{value.amount} {value.unit}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _elements_text(elements: tuple[Gs1Element, ...]) -> str:
    return "; ".join(f"({e.ai}) {e.title} {_value_text(e.value)}" for e in elements)


def _digital_link(scan: DigitalLink) -> str:
    parts = [f"GTIN {scan.gtin}"]
    parts += [
        f"{name} {value}"
        for name, value in (("variant", scan.cpv), ("lot", scan.lot), ("serial", scan.serial))
        if value
    ]
    attributes = f"; {_elements_text(scan.attributes)}" if scan.attributes else ""
    return f"GS1 Digital Link: {', '.join(parts)}{attributes}"


def _signup(scan: ShopperSignUp) -> str:
    credit = f", credited to employee {scan.associate_id}" if scan.associate_id else ""
    return f"shopper sign-up at store {scan.store_id}{credit}"


_SUMMARIES: dict[type, Callable[[Any], str]] = {
    ProductCode: lambda s: f"{s.symbology.value} product, GTIN {s.gtin}",
    Gs1ElementString: lambda s: f"GS1 data: {_elements_text(s.elements)}",
    DigitalLink: _digital_link,
    RetailerProductUrl: lambda s: f"product page of the chain's shop: SKU {s.sku}",
    LoyaltyCode: lambda s: f"loyalty card {s.loyalty_id}",
    SignedShopperCode: lambda s: (
        f"shopper {s.loyalty_id} (signed code, valid until {s.expires_at:%Y-%m-%d %H:%M} UTC)"
    ),
    OrderTracking: lambda s: f"order {s.order_id}",
    Enrollment: lambda s: f"terminal enrollment with HQ {s.hq_url}",
    ShopperSignUp: _signup,
    Rejected: lambda s: f"not accepted ({s.code.value}): {s.reason}",
}
