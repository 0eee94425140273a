"""The GS1 Application Identifiers this app reads, and the typed value of each.

Lengths, character sets and check digits follow the GS1 General
Specifications (section 3). Two-digit years use the GS1 sliding window
(section 7.12): within 49 years ahead or 50 years back of the year scanned.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from .checks import is_digits, require_gs1_check
from .rejections import Reject, RejectCode
from .results import Gs1Element, Gs1Value, Measure

# GS1 AI encodable character set 82: ! " % & ' ( ) * + , - . / 0-9 : ; < = > ? A-Z _ a-z
_CSET82 = re.compile(r"[!\"%-?A-Z_a-z]*")
_NOT_CSET82 = re.compile(r"[^!\"%-?A-Z_a-z]")


class ValueType(Enum):
    TEXT = "text"
    KEY = "key"  # an identification key with a GS1 check digit (SSCC, GTIN, GLN), kept as digits
    DATE = "date"
    COUNT = "count"
    MEASURE = "measure"
    PRICE = "price"


@dataclass(frozen=True)
class AiSpec:
    title: str
    length: int  # the length of a fixed field, the most of a variable one
    fixed: bool
    numeric: bool
    type: ValueType
    unit: str = ""


def _fixed(title: str, length: int, kind: ValueType) -> AiSpec:
    return AiSpec(title, length, fixed=True, numeric=True, type=kind)


def _text(title: str, most: int) -> AiSpec:
    return AiSpec(title, most, fixed=False, numeric=False, type=ValueType.TEXT)


def _count(title: str) -> AiSpec:
    return AiSpec(title, 8, fixed=False, numeric=True, type=ValueType.COUNT)


def _measure(title: str, unit: str) -> AiSpec:
    return AiSpec(title, 6, fixed=True, numeric=True, type=ValueType.MEASURE, unit=unit)


_AIS: dict[str, AiSpec] = {
    "00": _fixed("SSCC", 18, ValueType.KEY),
    "01": _fixed("GTIN", 14, ValueType.KEY),
    "02": _fixed("GTIN of contained items", 14, ValueType.KEY),
    "10": _text("batch or lot", 20),
    "11": _fixed("production date", 6, ValueType.DATE),
    "12": _fixed("due date", 6, ValueType.DATE),
    "13": _fixed("packaging date", 6, ValueType.DATE),
    "15": _fixed("best before date", 6, ValueType.DATE),
    "16": _fixed("sell by date", 6, ValueType.DATE),
    "17": _fixed("expiry date", 6, ValueType.DATE),
    "21": _text("serial number", 20),
    "22": _text("consumer product variant", 20),
    "30": _count("count of items"),
    "37": _count("count of trade items contained"),
    "400": _text("customer's purchase order number", 30),
    "414": _fixed("GLN of a physical location", 13, ValueType.KEY),
    "8200": _text("product URL", 70),
}

# Four-digit AIs whose last digit is the number of decimals: first three digits -> (spec, most
# decimals allowed).
_DECIMAL_FAMILIES: dict[str, tuple[AiSpec, int]] = {
    "310": (_measure("net weight", "kg"), 5),
    "311": (_measure("length", "m"), 5),
    "312": (_measure("width", "m"), 5),
    "313": (_measure("height", "m"), 5),
    "314": (_measure("area", "m2"), 5),
    "315": (_measure("net volume", "l"), 5),
    "316": (_measure("net volume", "m3"), 5),
    "392": (AiSpec("price to pay", 15, fixed=False, numeric=True, type=ValueType.PRICE), 9),
}

# How many digits an AI has, by its first two (GS1 General Specifications, figure 3.2-1).
_THREE_DIGIT = {"23", "24", "25", "40", "41", "42", "71"}
_FOUR_DIGIT = {"31", "32", "33", "34", "35", "36", "39", "43", "70", "72", "80", "81", "82"}


def ai_length(first_two: str) -> int:
    if first_two in _FOUR_DIGIT:
        return 4
    return 3 if first_two in _THREE_DIGIT else 2


def ai_spec(ai: str) -> AiSpec:
    """The spec of `ai`, or an unknown_ai rejection naming it."""
    spec = _AIS.get(ai)
    if spec is not None:
        return spec
    family = _DECIMAL_FAMILIES.get(ai[:3]) if len(ai) == 4 else None
    if family is not None and int(ai[3]) <= family[1]:
        return family[0]
    raise Reject(RejectCode.UNKNOWN_AI, f"the code has GS1 data this app does not read: AI ({ai})")


def is_known_ai(ai: str) -> bool:
    try:
        ai_spec(ai)
    except Reject:
        return False
    return True


def element(ai: str, raw: str, today: date) -> Gs1Element:
    """The element for `ai` with its text `raw`: length, characters and check digit verified."""
    spec = ai_spec(ai)
    _require_length(ai, spec, raw)
    _require_characters(ai, spec, raw)
    return Gs1Element(ai=ai, title=spec.title, raw=raw, value=_typed(ai, spec, raw, today))


def _require_length(ai: str, spec: AiSpec, raw: str) -> None:
    if spec.fixed and len(raw) != spec.length:
        raise Reject(
            RejectCode.BAD_LENGTH,
            f"({ai}) {spec.title} needs {spec.length} characters, got {len(raw)}",
        )
    if not 1 <= len(raw) <= spec.length:
        raise Reject(
            RejectCode.BAD_LENGTH,
            f"({ai}) {spec.title} has 1 to {spec.length} characters, got {len(raw)}",
        )


def _require_characters(ai: str, spec: AiSpec, raw: str) -> None:
    if spec.numeric and not is_digits(raw):
        raise Reject(RejectCode.BAD_CHARACTERS, f"({ai}) {spec.title} has digits only")
    if not spec.numeric and not _CSET82.fullmatch(raw):
        bad = _NOT_CSET82.search(raw)
        shown = repr(bad.group()) if bad else "?"
        raise Reject(
            RejectCode.BAD_CHARACTERS, f"({ai}) {spec.title} has a character GS1 forbids: {shown}"
        )


def _typed(ai: str, spec: AiSpec, raw: str, today: date) -> Gs1Value:
    if spec.type is ValueType.KEY:
        require_gs1_check(raw, f"({ai}) {spec.title}")
    elif spec.type is ValueType.DATE:
        return gs1_date(ai, raw, today)
    elif spec.type is ValueType.COUNT:
        return int(raw)
    elif spec.type is ValueType.MEASURE:
        return Measure(amount=Decimal(raw).scaleb(-int(ai[3])), unit=spec.unit)
    elif spec.type is ValueType.PRICE:
        return Decimal(raw).scaleb(-int(ai[3]))
    return raw


def gs1_date(ai: str, raw: str, today: date) -> date:
    """YYMMDD; a day of 00 means the last day of the month (GS1: "end of month")."""
    yy, month, day = int(raw[0:2]), int(raw[2:4]), int(raw[4:6])
    year = _sliding_window_year(yy, today.year)
    if not 1 <= month <= 12:
        raise _bad_date(ai, raw)
    last = calendar.monthrange(year, month)[1]
    if day > last:
        raise _bad_date(ai, raw)
    return date(year, month, day or last)


def _sliding_window_year(yy: int, this_year: int) -> int:
    century = this_year - this_year % 100
    difference = yy - this_year % 100
    if difference >= 51:
        century -= 100
    elif difference <= -50:
        century += 100
    return century + yy


def _bad_date(ai: str, raw: str) -> Reject:
    return Reject(RejectCode.BAD_DATE, f"date ({ai}) is not a real date: {raw} (YYMMDD)")
