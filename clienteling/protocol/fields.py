"""The value types request fields share: text, ids, times and counters a database can hold.

HQ checks every request with them (a 422 naming the field) and the terminal
checks its writes with the same models before it queues them, so what cannot
be stored is refused at the boundary, once, the same way on SQLite and
PostgreSQL:

- NUL (U+0000) anywhere: PostgreSQL's text and jsonb refuse it (HQ answered
  500) and SQLite stored it silently;
- any other control character in one-line text (names, ids, codes), and any
  but newline and tab in free text (notes, comments);
- a time without its UTC offset, or one outside the years 2..9998, so that
  none leaves the years 1..9999 once moved to UTC (0001-01-01T00:00+05:00 is
  the year 0 in UTC);
- a whole number beyond signed 64 bits, the largest a BIGINT holds;
- text with nothing but spaces where a value is needed (a name, an id, a note).

Lengths count the text as sent; what is stored is the text without the spaces
around it. Each text type carries its rule as a JSON Schema `pattern` in the
OpenAPI document, so the document says exactly what HQ accepts.
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    GetJsonSchemaHandler,
    StringConstraints,
    TypeAdapter,
    ValidationError,
)
from pydantic.json_schema import JsonSchemaValue, WithJsonSchema
from pydantic_core import CoreSchema, PydanticCustomError

MAX_INT = 2**63 - 1  # signed 64 bits: a BIGINT, and the change sequence
MIN_INT = -(2**63)
# A whole number in a request: at most 2**53 - 1 either way, the largest every JSON
# reader (and a JSON Schema validator comparing in floating point) holds exactly.
WIRE_MAX = 2**53 - 1
MAX_ID = 64  # every id column at HQ is VARCHAR(64)

# C0 and C1 controls and DEL; lone surrogates cannot be encoded for any database.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

CONTROL_CHARACTER = "control_character"  # the error type of a refused character
TIME_OUT_OF_RANGE = "time_out_of_range"
TIME_WITHOUT_OFFSET = "time_without_offset"
NUMBER_OUT_OF_RANGE = "number_out_of_range"
BLANK = "blank"
NOT_TEXT = "not_text"
NOT_A_NUMBER = "not_a_number"

# The same rules as JSON Schema patterns (ECMA-262 and Python read them alike).
# Controls, for one line and for free text; the spaces Python's str.strip() removes
# that are not controls (it also removes tab, newline and the other controls).
_C = r"\x00-\x1f\x7f-\x9f"
_CF = r"\x00-\x08\x0b-\x1f\x7f-\x9f"
_S = r" \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
SPACES = " \xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
LINE_PATTERN = rf"^[^{_C}]*$"
FILLED_LINE_PATTERN = rf"^[^{_C}]*[^{_C}{_S}][^{_C}]*$"
FREE_PATTERN = rf"^[^{_CF}]*$"
FILLED_FREE_PATTERN = rf"^[^{_CF}]*[^{_C}{_S}][^{_CF}]*$"


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
    """A time with its UTC offset in the years 2..9998, so that it stays within the years
    1..9999 (what a database holds) in UTC whatever its offset."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise PydanticCustomError(TIME_WITHOUT_OFFSET, "give the time with its UTC offset")
    if not 2 <= value.year <= 9998:
        raise PydanticCustomError(TIME_OUT_OF_RANGE, "give a time in the years 2 to 9998")
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


class _Pattern:
    """Puts a rule HQ checks in code into the JSON Schema as `pattern`."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    def __get_pydantic_json_schema__(
        self, core: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core)
        schema["pattern"] = self.pattern
        return schema

    def __hash__(self) -> int:
        return hash(self.pattern)


def pattern_schema(pattern: str) -> _Pattern:
    """Annotated metadata: `pattern` in the JSON Schema, checked in code by the type."""
    return _Pattern(pattern)


def _filled(value: str) -> str:
    """Text with something besides spaces, stored without the spaces around it."""
    if not value.strip():
        raise PydanticCustomError(BLANK, "is empty; type a value")
    return value.strip()


def _text_or_time(value: Any) -> Any:
    """A time on the wire is ISO 8601 text: never a number of seconds, nor its text."""
    number = isinstance(value, bool | int | float)
    if isinstance(value, str):
        try:
            float(value)
            number = True
        except ValueError:
            pass
    if number:
        raise PydanticCustomError(NOT_TEXT, "give the time as ISO 8601 text with its offset")
    return value


def _whole_number(value: Any) -> Any:
    """A whole number as JSON says it (5 or 5.0), never text ("5") nor true/false."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError(NOT_A_NUMBER, "give a whole number")
    if isinstance(value, float):
        if not value.is_integer():
            raise PydanticCustomError(NOT_A_NUMBER, "give a whole number")
        return int(value)
    return value


def whole(ge: int = -WIRE_MAX, le: int = WIRE_MAX) -> Any:
    """A whole number in a request body, from `ge` to `le`."""
    return Annotated[int, Field(ge=ge, le=le), BeforeValidator(_whole_number)]


def text(max_length: int, *, filled: bool = True, lines: bool = False) -> Any:
    """Text of at most `max_length` characters as sent: one line (`lines`: free text,
    with newlines and tabs); `filled`: not empty nor only spaces. Stored stripped."""
    check = check_free_text if lines else check_line
    if filled:
        pattern = FILLED_FREE_PATTERN if lines else FILLED_LINE_PATTERN
        return Annotated[
            str,
            StringConstraints(min_length=1, max_length=max_length),
            _Pattern(pattern),
            AfterValidator(check),
            AfterValidator(_filled),
        ]
    pattern = FREE_PATTERN if lines else LINE_PATTERN
    return Annotated[
        str,
        StringConstraints(max_length=max_length),
        _Pattern(pattern),
        AfterValidator(check),
        AfterValidator(str.strip),
    ]


def _first(exc: ValidationError) -> PydanticCustomError:
    """The first refusal of an inner value, as its own kind (a control character stays
    one), named by the object that holds it."""
    first = exc.errors()[0]
    reason = first["msg"].removeprefix("Value error, ")
    return PydanticCustomError(first["type"], "{reason}", {"reason": reason})


def mapping(key: Any, value: Any, most: int) -> Any:
    """A JSON object of at most `most` entries, keys and values of the given types. A
    refusal names the object, never the key (it may hold what cannot be shown)."""
    keys, values = TypeAdapter(key), TypeAdapter(value)

    def check(given: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for name, item in given.items():
            try:
                out[keys.validate_python(name)] = values.validate_python(item)
            except ValidationError as exc:
                raise _first(exc) from None
        return out

    schema = {
        "type": "object",
        "maxProperties": most,
        "propertyNames": keys.json_schema(),
        "additionalProperties": values.json_schema(),
    }
    return Annotated[
        dict[str, Any], Field(max_length=most), AfterValidator(check), WithJsonSchema(schema)
    ]


# One line of text, maybe empty; give it a length with text() where it is stored.
Line = Annotated[str, _Pattern(LINE_PATTERN), AfterValidator(check_line)]
# Free text (a note, a comment): lines and tabs allowed.
FreeText = Annotated[str, _Pattern(FREE_PATTERN), AfterValidator(check_free_text)]
# An id as HQ keeps it: 1 to 64 characters of one line, not only spaces.
Id = text(MAX_ID)
# A shopper search: 2 to 100 characters once the spaces around are gone, so two that
# are not spaces (and at most 100 as sent).
SEARCH = Annotated[
    str,
    StringConstraints(min_length=2, max_length=100),
    _Pattern(rf"^[^{_C}]*[^{_C}{_S}][^{_C}]*[^{_C}{_S}][^{_C}]*$"),
    AfterValidator(check_line),
    AfterValidator(str.strip),
]
# A time with its UTC offset in the years 2..9998, sent as ISO 8601 text.
Time = Annotated[
    datetime,
    _Pattern(
        "^(000[2-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])-"
    ),
    BeforeValidator(_text_or_time),
    AfterValidator(check_time),
]
# A JSON object kept as it is (an activity event's payload).
JsonObject = Annotated[dict[str, Any], AfterValidator(check_json)]
