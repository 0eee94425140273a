"""Error codes every HQ error carries, so the terminal can act on them.

The body of every error answer is {"error": {"code", "message", "details"}};
`message` is plain words an associate or support person can act on.
"""

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict


class ErrorCode(StrEnum):
    INVALID_REQUEST = "invalid_request"
    UNAUTHENTICATED = "unauthenticated"
    SESSION_EXPIRED = "session_expired"
    SESSION_REVOKED = "session_revoked"  # ended at HQ: PIN changed, terminal revoked, disabled
    DEVICE_REVOKED = "device_revoked"  # the terminal's credential was revoked: enroll again
    GRANT_ENDED = "grant_ended"  # the write grant expired or was revoked: the write is set aside
    WRONG_CREDENTIALS = "wrong_credentials"
    LOCKED_OUT = "locked_out"
    CODE_UNKNOWN = "code_unknown"
    CODE_EXPIRED = "code_expired"
    CODE_USED = "code_used"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    SHOPPER_UNKNOWN = "shopper_unknown"  # HQ knows no shopper by that id (made up, or erased)
    METHOD_NOT_ALLOWED = "method_not_allowed"  # 405; the Allow header lists the path's methods
    OUT_OF_STOCK = "out_of_stock"
    IDEMPOTENCY_MISMATCH = "idempotency_mismatch"
    INVALID_TRANSITION = "invalid_transition"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    SHOPPER_ERASED = "shopper_erased"  # 410: the shopper was erased; the write is set aside
    INTERNAL = "internal"
    UNAVAILABLE = "unavailable"  # the database stopped answering; try again later
    UPGRADE_REQUIRED = "upgrade_required"  # 426: this terminal's version is too old for HQ
    FEATURE_OFF = "feature_off"  # 403: the chain switched this off for the store (fleet setting)


class ErrorDetail(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: ErrorCode
    message: str
    # 422: a list of field_detail()s ({field, reason, type, and the limits the type names});
    # 409 out_of_stock: lines to replace
    details: Any = None


class ErrorBody(BaseModel):
    """The body of every error answer HQ gives (docs/api.md, "Errors")."""

    model_config = ConfigDict(extra="forbid")

    error: ErrorDetail


# The values of a refusal's context (pydantic's `ctx`) a 422's detail repeats: the limits
# a terminal says in the associate's language, and a refused character's code point.
DETAIL_VALUES = ("max_length", "min_length", "ge", "gt", "le", "lt", "pattern", "code")


def field_detail(err: Mapping[str, Any]) -> dict[str, Any]:
    """One refused field of a 422's `details`, from a pydantic error: `field` (its dotted
    place in the request), `reason` (the model's English words), `type` (the error type,
    "string_too_long", "missing"...) and the limits the type names (`max_length`...)."""
    field = ".".join(str(x) for x in err.get("loc", ()) if x not in ("body", "query", "path"))
    detail: dict[str, Any] = {
        "field": field,
        "reason": str(err.get("msg", "invalid")).removeprefix("Value error, "),
        "type": str(err.get("type", "")),
    }
    ctx = err.get("ctx") or {}
    for key in DETAIL_VALUES:
        if key in ctx:
            value = ctx[key]
            plain = isinstance(value, int | float | str) and not isinstance(value, bool)
            detail[key] = value if plain else str(value)
    return detail
