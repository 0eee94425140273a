"""Small validation helpers shared by the domain's constructors."""

from __future__ import annotations

import re
import uuid
from datetime import datetime

from .errors import InvalidField

_ID = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")


def require_text(value: object, field: str, max_len: int = 200) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidField(field, "is empty; fill it in")
    if len(value.strip()) > max_len:
        raise InvalidField(field, f"is longer than {max_len} characters; shorten it")
    return value.strip()


def require_id(value: object, field: str) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise InvalidField(field, f"{value!r} is not an id: 1-64 letters, digits, '-' or '_'")
    return value


def require_aware(value: object, field: str) -> datetime:
    if not isinstance(value, datetime):
        raise InvalidField(field, "must be a date and time")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidField(field, "has no time zone; give the time with its UTC offset")
    return value


def require_uuid(value: object, field: str) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        raise InvalidField(field, f"{value!r} is not a UUID") from None


def require_country(value: object, field: str = "country") -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]{2}", value.strip()):
        raise InvalidField(field, f"{value!r} is not a two-letter country code such as BR")
    return value.strip().upper()


def require_range(value: object, field: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise InvalidField(field, f"{value!r} is not between {low} and {high}")
    return value
