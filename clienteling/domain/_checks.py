"""Small validation helpers shared by the domain's constructors.

Each returns the cleaned value (stripped text, upper-cased code, enum member)
or raises InvalidField naming the field and saying what to do.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from enum import Enum
from typing import Any, TypeVar

from .countries import COMMON_MISTAKES, ISO_COUNTRIES
from .errors import InvalidField

E = TypeVar("E", bound=Enum)
T = TypeVar("T")

# \Z, not $: "$" also matches before a trailing newline, and "E1\n" is not an id.
_ID = re.compile(r"[A-Za-z0-9_\-]{1,64}\Z")


def require_text(value: object, field: str, max_len: int = 200) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidField(field, "is empty; fill it in")
    if len(value.strip()) > max_len:
        raise InvalidField(field, f"is longer than {max_len} characters; shorten it")
    return value.strip()


def optional_text(value: object, field: str, max_len: int = 200) -> str:
    """Text that may be left blank ("" when it is)."""
    if not isinstance(value, str):
        raise InvalidField(field, "must be text (leave it empty if there is none)")
    return require_text(value, field, max_len) if value.strip() else ""


def require_id(value: object, field: str) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise InvalidField(field, f"{value!r} is not an id: 1-64 letters, digits, '-' or '_'")
    return value


def optional_id(value: object, field: str) -> str | None:
    return None if value is None else require_id(value, field)


def require_aware(value: object, field: str) -> datetime:
    if not isinstance(value, datetime):
        raise InvalidField(field, "must be a date and time")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidField(field, "has no time zone; give the time with its UTC offset")
    return value


def optional_aware(value: object, field: str) -> datetime | None:
    return None if value is None else require_aware(value, field)


def require_uuid(value: object, field: str) -> str:
    """The canonical lower-case form (8-4-4-4-12) of a UUID given in any standard spelling."""
    if isinstance(value, uuid.UUID):
        return str(value)
    try:
        return str(uuid.UUID(value))  # type: ignore[arg-type]
    except (ValueError, TypeError, AttributeError):
        raise InvalidField(field, f"{value!r} is not a UUID") from None


def require_country(value: object, field: str = "country") -> str:
    code = value.strip().upper() if isinstance(value, str) else None
    if code in COMMON_MISTAKES:
        raise InvalidField(
            field, f"{value!r} is not an ISO country code; use {COMMON_MISTAKES[code]}"
        )
    if code not in ISO_COUNTRIES:
        raise InvalidField(field, f"{value!r} is not a two-letter ISO country code such as BR")
    return code


def require_range(value: object, field: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise InvalidField(field, f"{value!r} is not between {low} and {high}")
    return value


def require_count(value: object, field: str) -> int:
    """A count of units: a whole number (not True, not 3.0), zero or more."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidField(field, f"{value!r} must be a whole number of units, not negative")
    return value


def require_choice(value: object, kind: type[E], field: str) -> E:
    """The member of `kind` whose value is `value` (or `value` itself if it is a member)."""
    try:
        return kind(value)
    except ValueError:
        options = ", ".join(str(m.value) for m in kind)
        raise InvalidField(field, f"{value!r} is not allowed; choose one of: {options}") from None


def require_bool(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidField(field, f"{value!r} must be yes or no (True or False)")
    return value


def require_instance(value: object, kind: type[T], field: str, what: str) -> T:
    if not isinstance(value, kind):
        raise InvalidField(field, f"must be {what}, not {type(value).__name__}")
    return value


def tuple_of(value: Any, kind: type[T], field: str, what: str) -> tuple[T, ...]:
    """A list or tuple of `kind` as a tuple (frozen objects hold no mutable lists)."""
    if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
        raise InvalidField(field, f"must be a list of {what}")
    for item in value:
        if not isinstance(item, kind):
            raise InvalidField(field, f"{item!r} does not belong here; give a list of {what}")
    return tuple(value)


def texts(value: Any, field: str, max_len: int = 60) -> tuple[str, ...]:
    """A list of short non-empty texts, stripped, as a tuple."""
    return tuple(require_text(v, field, max_len) for v in tuple_of(value, str, field, "texts"))
