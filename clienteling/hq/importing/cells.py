"""What one CSV cell may hold: the single place where import cells become values.

Every kind of import reads its cells through these functions, so one rule holds
for all of them and for both databases:

- digits are ASCII `0-9` only (`\\d` and `int()` would also take Arabic-Indic or
  full-width digits);
- numbers, times and texts are checked against the limits of *both* databases
  before anything is written: 64-bit integers, years 1 to 9999 in UTC, the
  column's length, no NUL (PostgreSQL refuses it, SQLite would store it) and no
  other control characters;
- a bad cell raises RowProblem naming its column, with the reason in words for
  the person fixing the file; nothing here touches the database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Column

from clienteling.domain.errors import InvalidField
from clienteling.domain.money import Money, check_currency

INT64_MAX = 2**63 - 1  # BIGINT on PostgreSQL, INTEGER on SQLite
INT32_MAX = 2**31 - 1  # INTEGER on PostgreSQL
MAX_EXTRA = 1000  # characters in a cell kept in `attributes`
NOT_UTF8 = "not valid UTF-8: save the file as UTF-8"
TIME_EXAMPLE = "2026-11-01T10:00:00-03:00"

_WHOLE = re.compile(r"[+-]?[0-9]{1,18}")
_DIGITS = re.compile(r"[+-]?[0-9]+")
_DEGREES = re.compile(r"[+-]?[0-9]{1,3}(\.[0-9]{1,15})?")
# An ISO 8601 date and time as a spreadsheet or an ERP writes it, ASCII only:
# 2026-11-01T10:00, 2026-11-01 10:00:00.5Z, 2026-11-01T10:00:00-03:00.
_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.,][0-9]{1,6})?)?"
    r"(Z|[+-][0-9]{2}(:?[0-9]{2})?)?"
)
_LINE_BREAKS = "\t\n\r"


class RowProblem(ValueError):
    """A row cannot be imported; `column` names the culprit ("" for the whole line)."""

    def __init__(self, column: str, reason: str) -> None:
        super().__init__(f"{column}: {reason}")
        self.column = column
        self.reason = reason


@contextmanager
def domain_rules() -> Iterator[None]:
    """Turn a domain validation error into a row problem on the same column."""
    try:
        yield
    except InvalidField as exc:
        raise RowProblem(exc.field, exc.reason) from None


def undecodable(value: str) -> bool:
    """Bytes that were not UTF-8 arrive as lone surrogates (errors="surrogateescape")."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def control_problem(value: str, *, line_breaks: bool = True) -> str | None:
    """Why a cell's characters cannot be stored, or None.

    Refused everywhere: bytes that were not UTF-8, NUL, and the control characters
    (C0, DEL, C1). Tab, CR and LF are allowed only where `line_breaks` says so.
    """
    if value.isprintable():  # the common case, at C speed
        return None
    if undecodable(value):
        return NOT_UTF8
    for ch in value:
        if ch == "\x00":
            return "contains a NUL character"
        if unicodedata.category(ch) == "Cc" and (ch not in _LINE_BREAKS or not line_breaks):
            what = (
                "a line break or tab"
                if ch in _LINE_BREAKS
                else f"control character U+{ord(ch):04X}"
            )
            return f"contains {what}"
    return None


def text(
    v: dict[str, str], name: str, col: Column, *, required: bool = True, multiline: bool = False
) -> str | None:
    """A text cell no longer than its column; one line unless `multiline`."""
    value = v.get(name, "")
    if not value:
        if required:
            raise RowProblem(name, "is empty")
        return None
    limit = getattr(col.type, "length", None)
    if limit and len(value) > limit:
        raise RowProblem(name, f"is longer than {limit} characters")
    problem = control_problem(value, line_breaks=multiline)
    if problem:
        raise RowProblem(name, problem)
    return value


def extra_cell(name: str, value: str) -> str:
    """A cell of a column kept in `attributes`."""
    if len(value) > MAX_EXTRA:
        raise RowProblem(name, f"is longer than {MAX_EXTRA} characters")
    problem = control_problem(value)
    if problem:
        raise RowProblem(name, problem)
    return value


def whole(v: dict[str, str], name: str, low: int, high: int) -> int:
    """An integer of ASCII digits with an optional sign, within low..high."""
    value = v.get(name, "")
    if not value:
        raise RowProblem(name, "is empty")
    if not _WHOLE.fullmatch(value):
        if _DIGITS.fullmatch(value):
            raise RowProblem(name, f"{value} is outside {low}..{high}")
        raise RowProblem(name, f"{value!r} is not a whole number written with digits 0-9")
    number = int(value)
    if not low <= number <= high:
        raise RowProblem(name, f"{value} is outside {low}..{high}")
    return number


def degrees(v: dict[str, str], name: str, limit: int) -> float:
    value = v.get(name, "")
    if not _DEGREES.fullmatch(value):
        raise RowProblem(name, f"{value!r} is not a number of degrees like -23.5613")
    number = float(value)
    if not -limit <= number <= limit:
        raise RowProblem(name, f"{value} is outside -{limit}..{limit}")
    return number


def aware_time(v: dict[str, str], name: str) -> datetime:
    """An ISO 8601 time with a UTC offset that both databases can hold in UTC."""
    value = v.get(name, "")
    if not value:
        raise RowProblem(name, "is empty")
    if not _TIME.fullmatch(value):
        raise RowProblem(name, f"{value!r} is not an ISO 8601 time like {TIME_EXAMPLE}")
    try:
        at = datetime.fromisoformat(value.replace(",", "."))
    except ValueError:  # month 13, hour 25, 30 February, offset +24:00
        raise RowProblem(name, f"{value!r} is not a real date and time") from None
    if at.tzinfo is None or at.utcoffset() is None:
        raise RowProblem(name, f"{value!r} has no UTC offset; write it like {TIME_EXAMPLE}")
    try:
        at.astimezone(UTC)  # stored in UTC: 0001-01-01T00:00+05:00 would be the year 0
    except OverflowError:
        raise RowProblem(name, f"{value!r} is outside the years 1 to 9999 in UTC") from None
    return at


def flag(v: dict[str, str], name: str) -> bool | None:
    """true / false (any case); empty means "not said"."""
    value = v.get(name, "").lower()
    if not value:
        return None
    if value not in ("true", "false"):
        raise RowProblem(name, f"{v[name]!r} is neither true nor false")
    return value == "true"


def currency(v: dict[str, str], name: str = "currency") -> str:
    with domain_rules():
        return check_currency(v.get(name, ""), field=name)


def amount(v: dict[str, str], name: str, code: str, negative: str = "is negative") -> int:
    """A non-negative price in minor units, parsed without float rounding (ASCII digits,
    at most 15 before the point, so far inside a 64-bit integer)."""
    if not v.get(name):
        raise RowProblem(name, "is empty")
    with domain_rules():
        minor = Money.parse(v[name], code, field=name).amount_minor
    if minor < 0:
        raise RowProblem(name, negative)
    return minor


def one_of(v: dict[str, str], name: str, allowed: tuple[str, ...]) -> str:
    value = v.get(name, "").lower()
    if not value:
        raise RowProblem(name, "is empty")
    if value not in allowed:
        raise RowProblem(name, f"{v.get(name, '')!r} is not one of {', '.join(allowed)}")
    return value
