"""Profile edits as field-level changes: what a terminal sends and how each field is named.

A terminal sends only the fields the associate changed, each with the moment it was
captured on the terminal and the version of the field it was based on. HQ applies a
change when it was captured after the field's current value, and otherwise keeps it in
the field's history; a change to another field never touches this one. The rules per
field: docs/offline.md, "Edits on two terminals".
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from clienteling.domain.codes import normalize_email, normalize_phone
from clienteling.domain.errors import InvalidField
from clienteling.domain.shoppers import ADDRESS_FIELDS

from .fields import (
    _C,
    _S,
    FILLED_LINE_PATTERN,
    LINE_PATTERN,
    Time,
    check_line,
    whole,
)

SIZES = "sizes."  # "sizes.<category>": one field per catalog category
LISTS = ("brands", "colours", "styles")
CONSENT = {  # field -> HQ's column
    "consent.marketing_email": "consent_email",
    "consent.marketing_sms": "consent_sms",
    "consent.profiling": "consent_profiling",
}
CONTACT = ("emails", "phones", "address")
FIELDS = ("fit", *LISTS, *CONSENT, *CONTACT)  # and sizes.<category>
MAX_CHANGES = 60


def is_field(name: str) -> bool:
    return name in FIELDS or (
        name.startswith(SIZES) and 0 < len(name) - len(SIZES) <= 60 and name.strip() == name
    )


def _line(value: Any, longest: int, what: str) -> str:
    """One line of 1-`longest` characters as sent, not only spaces; stored stripped."""
    if not isinstance(value, str) or not value.strip() or len(value) > longest:
        raise ValueError(f"{what} must be text of 1-{longest} characters")
    return check_line(value).strip()


def _texts(value: Any, longest: int, what: str, most: int = 30) -> list[str]:
    if not isinstance(value, list) or len(value) > most:
        raise ValueError(f"a list of at most {most} {what}")
    return list(dict.fromkeys(_line(v, longest, what) for v in value))


def check_value(field: str, value: Any) -> Any:
    """The field's value as HQ stores it; ValueError in plain words when it cannot be."""
    if field.startswith(SIZES):
        check_line(field[len(SIZES) :])
        return None if value is None else _line(value, 16, "a size")  # None: no size kept
    if field == "fit":
        return "" if value in (None, "") else _line(value, 40, "the fit")
    if field in LISTS:
        return _texts(value, 120, field)
    if field in CONSENT:
        if not isinstance(value, bool):
            raise ValueError("consent is true (given) or false (withdrawn)")
        return value
    try:
        if field == "emails":
            return [normalize_email(e) for e in _texts(value, 254, "e-mail addresses", 5)]
        if field == "phones":
            return [normalize_phone(p) for p in _texts(value, 30, "phone numbers", 5)]
    except InvalidField as exc:
        raise ValueError(str(exc)) from None
    if field == "address":
        if value is None:
            return None
        if not isinstance(value, dict) or set(value) - set(ADDRESS_FIELDS):
            raise ValueError(f"an address has only {', '.join(ADDRESS_FIELDS)}")
        kept = {}
        for name, line in value.items():
            if line is None:
                continue
            if not isinstance(line, str) or len(line) > 200:
                raise ValueError(f"{name}: an address line is text of at most 200 characters")
            if check_line(line).strip():
                kept[name] = line.strip()
        return kept
    raise ValueError(f"unknown field; known: {', '.join(FIELDS)} and sizes.<category>")


def _text(longest: int, **more: Any) -> dict[str, Any]:
    return {
        "type": "string",
        "minLength": 1,
        "maxLength": longest,
        "pattern": FILLED_LINE_PATTERN,
        **more,
    }


def _texts_schema(item: dict[str, Any], most: int) -> dict[str, Any]:
    return {"type": "array", "maxItems": most, "items": item}


def _case(names: str | tuple[str, ...], value: dict[str, Any] | None, needed: bool):
    field = {"const": names} if isinstance(names, str) else {"enum": list(names)}
    properties = {"field": field} | ({"value": value} if value is not None else {})
    return {"properties": properties, "required": ["value"] if needed else []}


_NULL = {"type": "null"}
# What `check_value` accepts, field by field, for the OpenAPI document. An e-mail address
# is `_EMAIL` of clienteling/domain/codes.py; a phone number one the phonenumbers library
# reads as possible (format "phone": no pattern can say it).
_EMAIL_PATTERN = rf"^[{_S}]*[^@{_C}{_S}]{{1,64}}@[^@.{_C}{_S}]+(\.[^@.{_C}{_S}]+)+[{_S}]*$"
# At most 30 characters of one line, besides: said in words, as a pattern or a length
# would make generators draw from them rather than from the format.
_PHONE = {
    "type": "string",
    "format": "phone",
    "description": "a phone number the phonenumbers library reads as possible "
    "(E.164, or national with the shopper's country); one line of at most 30 characters",
}
_VALUES = {
    "oneOf": [
        _case("fit", {"anyOf": [_NULL, {"const": ""}, _text(40)]}, False),
        _case(LISTS, _texts_schema(_text(120), 30), True),
        _case(tuple(CONSENT), {"type": "boolean"}, True),
        _case("emails", _texts_schema(_text(254, pattern=_EMAIL_PATTERN), 5), True),
        _case("phones", _texts_schema(_PHONE, 5), True),
        _case(
            "address",
            {
                "anyOf": [
                    _NULL,
                    {
                        "type": "object",
                        "additionalProperties": False,
                        "properties": {
                            name: {
                                "anyOf": [
                                    _NULL,
                                    {"type": "string", "maxLength": 200, "pattern": LINE_PATTERN},
                                ]
                            }
                            for name in ADDRESS_FIELDS
                        },
                    },
                ]
            },
            False,
        ),
        {
            "properties": {
                "field": {"pattern": r"^sizes\."},
                "value": {"anyOf": [_NULL, _text(16)]},
            }
        },
    ]
}
FIELD_PATTERN = (
    "^("
    + "|".join(name.replace(".", r"\.") for name in FIELDS)
    + rf"|sizes\.[^{_C}]{{0,59}}[^{_C}{_S}])$"
)


class FieldChange(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra=_VALUES)

    field: str = Field(min_length=1, max_length=80, pattern=FIELD_PATTERN)
    value: Any = None
    captured_at: Time  # when the associate made the change, on the terminal's clock
    # the field's version it was based on
    base_version: whole(0) = 0

    @field_validator("field")
    @classmethod
    def _known(cls, name: str) -> str:
        if not is_field(name):
            raise ValueError(
                f"{name!r} is not an editable field; known: {', '.join(FIELDS)} "
                "and sizes.<category>"
            )
        check_line(name)
        return name

    @field_validator("value")
    @classmethod
    def _fits(cls, value: Any, info: ValidationInfo) -> Any:
        name = info.data.get("field")
        return value if name is None else check_value(name, value)


class ChangesIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    change_id: UUID  # the idempotency key of the whole list
    changes: list[FieldChange] = Field(min_length=1, max_length=MAX_CHANGES)
