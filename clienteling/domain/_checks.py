"""Small validation helpers of the domain's rules (order transitions, scanned codes).

Each returns the value (an enum member for a choice) or raises InvalidField
naming the field and saying what to do.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import TypeVar

from .errors import InvalidField

E = TypeVar("E", bound=Enum)

# \Z, not $: "$" also matches before a trailing newline, and "E1\n" is not an id.
_ID = re.compile(r"[A-Za-z0-9_\-]{1,64}\Z")


def require_id(value: object, field: str) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise InvalidField(field, f"{value!r} is not an id: 1-64 letters, digits, '-' or '_'")
    return value


def require_choice(value: object, kind: type[E], field: str) -> E:
    """The member of `kind` whose value is `value` (or `value` itself if it is a member)."""
    try:
        return kind(value)
    except ValueError:
        options = ", ".join(str(m.value) for m in kind)
        raise InvalidField(field, f"{value!r} is not allowed; choose one of: {options}") from None
