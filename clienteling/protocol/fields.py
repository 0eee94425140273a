"""The value types request fields share: text, ids, times and counters a database can hold.

HQ checks every request with them (a 422 naming the field) and the terminal
checks its writes with the same models before it queues them, so what cannot
be stored is refused at the boundary, once, the same way on SQLite and
PostgreSQL:

- NUL (U+0000) anywhere: PostgreSQL's text and jsonb refuse it (HQ answered
  500) and SQLite stored it silently;
- any other control character in one-line text (names, ids, codes), and any
  but newline and tab in free text (notes, comments);
- a time without its UTC offset, or one that leaves the years 1..9999 once
  moved to UTC (0001-01-01T00:00+05:00 is the year 0 in UTC);
- a whole number beyond signed 64 bits, the largest a BIGINT holds.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, StringConstraints
from pydantic_core import PydanticCustomError

MAX_INT = 2**63 - 1  # signed 64 bits: a BIGINT, and the change sequence
MIN_INT = -(2**63)
MAX_ID = 64  # every id column at HQ is VARCHAR(64)

# C0 and C1 controls and DEL; lone surrogates cannot be encoded for any database.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

CONTROL_CHARACTER = "control_character"  # the error type of a refused character
TIME_OUT_OF_RANGE = "time_out_of_range"
TIME_WITHOUT_OFFSET = "time_without_offset"
NUMBER_OUT_OF_RANGE = "number_out_of_range"


def _refuse(found: re.Match[str]) -> PydanticCustomError:
    return PydanticCustomError(
        CONTROL_CHARACTER,
        "has a character that cannot be stored ({code}); remove it",
        {"code": f"U+{ord(found.group()):04X}"},
    )


def check_line(value: str) -> str:
    """One-line text: no control character at all."""
    found = _CONTROL.search(value)
    if found:
        raise _refuse(found)
    return value


def check_free_text(value: str) -> str:
    """Free text: lines and tabs, but no other control character."""
    found = _CONTROL_BUT_LINES.search(value)
    if found:
        raise _refuse(found)
    return value


def check_time(value: datetime) -> datetime:
    """A time with its UTC offset that stays within the years 1..9999 in UTC."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise PydanticCustomError(TIME_WITHOUT_OFFSET, "give the time with its UTC offset")
    try:
        value.astimezone(UTC)
    except OverflowError:
        raise PydanticCustomError(
            TIME_OUT_OF_RANGE, "is outside the years 1 to 9999 once moved to UTC"
        ) from None
    return value


def check_json(value: Any) -> Any:
    """A JSON value HQ can store as it is: text as free text (keys as one line),
    whole numbers within 64 bits, finite numbers."""
    if isinstance(value, str):
        return check_free_text(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        if not MIN_INT <= value <= MAX_INT:
            raise PydanticCustomError(NUMBER_OUT_OF_RANGE, "has a whole number beyond 64 bits")
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise PydanticCustomError(NUMBER_OUT_OF_RANGE, "has a number that is not finite")
        return value
    if isinstance(value, dict):
        for key, item in value.items():
            check_line(str(key))
            check_json(item)
        return value
    if isinstance(value, list):
        for item in value:
            check_json(item)
        return value
    return value


# One line of text (a name, a title, a code); constrain its length with Field().
Line = Annotated[str, AfterValidator(check_line)]
# Free text (a note, a comment): lines and tabs allowed.
FreeText = Annotated[str, AfterValidator(check_free_text)]
# An id as HQ keeps it: 1 to 64 characters of one line.
Id = Annotated[str, StringConstraints(min_length=1, max_length=MAX_ID), AfterValidator(check_line)]
# A time with its UTC offset, within the years 1..9999 in UTC.
Time = Annotated[datetime, AfterValidator(check_time)]
# A JSON object kept as it is (an activity event's payload).
JsonObject = Annotated[dict[str, Any], AfterValidator(check_json)]
