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

from .fields import MAX_INT, Time, check_line

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
    if not isinstance(value, str) or not value.strip() or len(value.strip()) > longest:
        raise ValueError(f"{what} must be text of 1-{longest} characters")
    return check_line(value.strip())


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
        return {k: check_line(str(v))[:200] for k, v in value.items() if v}
    raise ValueError(f"unknown field; known: {', '.join(FIELDS)} and sizes.<category>")


class FieldChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    field: str = Field(min_length=1, max_length=80)
    value: Any = None
    captured_at: Time  # when the associate made the change, on the terminal's clock
    base_version: int = Field(default=0, ge=0, le=MAX_INT)  # the field's version it was based on

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
