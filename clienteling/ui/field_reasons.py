"""What is wrong with a field a request model refused, in the associate's language.

HQ's 422 answers (and the terminal's own check of an order before it is sent) give each
refused field the model's English words, its pydantic error type and the limits that type
names (protocol.errors.field_detail). The common types are said here; any other one gets
a plain "this value is not accepted", never the model's English. Context "Texts".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

NOT_ACCEPTED = QT_TRANSLATE_NOOP("Texts", "this value is not accepted")

_NUMBER = QT_TRANSLATE_NOOP("Texts", "give a number")
_DATE = QT_TRANSLATE_NOOP("Texts", "give a date")
_TIME = QT_TRANSLATE_NOOP("Texts", "give a date and a time")
_CHOICE = QT_TRANSLATE_NOOP("Texts", "choose one of the values offered")

# By pydantic's error type (and the protocol's own types, protocol/fields.py); the
# placeholders are the limits field_detail copies from the error's context.
_REASONS = {
    "missing": QT_TRANSLATE_NOOP("Texts", "fill this in"),
    "blank": QT_TRANSLATE_NOOP("Texts", "fill this in"),
    "string_too_long": QT_TRANSLATE_NOOP("Texts", "at most {max_length} characters"),
    "string_too_short": QT_TRANSLATE_NOOP("Texts", "at least {min_length} characters"),
    "too_long": QT_TRANSLATE_NOOP("Texts", "at most {max_length} items"),
    "too_short": QT_TRANSLATE_NOOP("Texts", "at least {min_length} items"),
    "greater_than_equal": QT_TRANSLATE_NOOP("Texts", "at least {ge}"),
    "greater_than": QT_TRANSLATE_NOOP("Texts", "more than {gt}"),
    "less_than_equal": QT_TRANSLATE_NOOP("Texts", "at most {le}"),
    "less_than": QT_TRANSLATE_NOOP("Texts", "less than {lt}"),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP("Texts", "this is not written as expected"),
    "string_type": QT_TRANSLATE_NOOP("Texts", "give a text"),
    "int_parsing": QT_TRANSLATE_NOOP("Texts", "give a whole number"),
    "int_type": QT_TRANSLATE_NOOP("Texts", "give a whole number"),
    "int_from_float": QT_TRANSLATE_NOOP("Texts", "give a whole number"),
    "float_parsing": _NUMBER,
    "float_type": _NUMBER,
    "decimal_parsing": _NUMBER,
    "decimal_type": _NUMBER,
    "not_a_number": _NUMBER,
    "number_out_of_range": QT_TRANSLATE_NOOP("Texts", "this number is too large"),
    "bool_parsing": QT_TRANSLATE_NOOP("Texts", "answer yes or no"),
    "bool_type": QT_TRANSLATE_NOOP("Texts", "answer yes or no"),
    "date_parsing": _DATE,
    "date_from_datetime_parsing": _DATE,
    "date_type": _DATE,
    "datetime_parsing": _TIME,
    "datetime_from_date_parsing": _TIME,
    "datetime_type": _TIME,
    "time_without_offset": _TIME,
    "time_out_of_range": _TIME,
    "not_text": _TIME,
    "enum": _CHOICE,
    "literal_error": _CHOICE,
    "control_character": QT_TRANSLATE_NOOP(
        "Texts", "has a character that cannot be stored ({code}); remove it"
    ),
    "value_error": NOT_ACCEPTED,  # a model's own check: its words are English only
}


def field_reason(detail: Mapping[str, Any]) -> str:
    """What is wrong with one refused field ({type, max_length...}), in the associate's
    language; "this value is not accepted" for a type not known here, or none."""
    words = _REASONS.get(str(detail.get("type") or ""), NOT_ACCEPTED)
    return QCoreApplication.translate("Texts", words).format_map(_Limits(detail))


class _Limits(dict):
    """The limits a sentence names; one the detail lacks shows as nothing, not an error."""

    def __init__(self, detail: Mapping[str, Any]) -> None:
        super().__init__(detail)

    def __missing__(self, key: str) -> str:
        return ""
