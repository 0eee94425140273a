"""Error codes every HQ error carries, so the terminal can act on them.

The body of every error answer is {"error": {"code", "message", "details"}};
`message` is plain words an associate or support person can act on.
"""

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
    details: Any = None  # 422: a list of {field, reason}; 409 out_of_stock: lines to replace


class ErrorBody(BaseModel):
    """The body of every error answer HQ gives (docs/api.md, "Errors")."""

    model_config = ConfigDict(extra="forbid")

    error: ErrorDetail
