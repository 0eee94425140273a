"""The HQ's error answers: one exception type, turned into {"error": {...}} by the app."""

from __future__ import annotations

import os
import traceback
from typing import Any

from sqlalchemy import Connection, select

from clienteling.protocol.errors import ErrorCode


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: ErrorCode,
        message: str,
        details: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}


def forbidden(reason: str) -> ApiError:
    return ApiError(403, ErrorCode.FORBIDDEN, reason)


def not_found(what: str) -> ApiError:
    return ApiError(404, ErrorCode.NOT_FOUND, f"{what} was not found")


# What a request about an erased shopper gets, a repeat of one made before the erasure too.
ERASED_STATUS = 410


def shopper_erased() -> ApiError:
    return ApiError(ERASED_STATUS, ErrorCode.SHOPPER_ERASED, ERASED_MESSAGE)


ERASED_MESSAGE = (
    "this shopper's data was erased at HQ; nothing about them is kept or sent, "
    "so the request was not carried out"
)


def no_shopper(conn: Connection, shopper_id: str) -> ApiError:
    """A request about a shopper HQ does not hold: 410 shopper_erased if they were
    erased, else 404 shopper_unknown (made up or mistyped)."""
    from . import tables as t

    erased = conn.execute(
        select(t.tombstones.c.key).where(
            t.tombstones.c.collection == "shoppers", t.tombstones.c.key == shopper_id
        )
    ).first()
    return shopper_erased() if erased else shopper_unknown(shopper_id)


def shopper_unknown(shopper_id: str) -> ApiError:
    return ApiError(
        404,
        ErrorCode.SHOPPER_UNKNOWN,
        f"HQ knows no shopper {shopper_id}; search for the shopper again",
        {"shopper_id": shopper_id},
    )


def invalid(message: str, details: Any = None) -> ApiError:
    return ApiError(422, ErrorCode.INVALID_REQUEST, message, details)


def without_words(exc: BaseException) -> str:
    """An unexpected error for the log: the types along its chain and where each was
    raised in our code, never its message.

    Messages quote values: a database error names the row it refused (a shopper's
    e-mail, a note's text), SQLAlchemy's adds the statement's parameters. Types and
    code locations are what finding the fault needs.
    """
    parts, seen = [], set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        frames = traceback.extract_tb(exc.__traceback__)
        shown = [f for f in frames if f.filename.startswith(_OURS)]
        if frames and (not shown or shown[-1] is not frames[-1]):
            shown.append(frames[-1])  # where a library raised it
        at = ", ".join(f"{_short(f.filename)}:{f.lineno} {f.name}" for f in shown)
        kind = type(exc)
        name = kind.__qualname__
        if kind.__module__ != "builtins":
            name = f"{kind.__module__}.{name}"
        parts.append(f"{name} at {at}" if at else name)
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return "; from ".join(parts)


# The clienteling package, spelled as its code objects name their files.
_OURS = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


def _short(filename: str) -> str:
    if filename.startswith(_OURS):
        return "clienteling/" + filename[len(_OURS) :].replace(os.sep, "/")
    return filename.replace(os.sep, "/").rsplit("site-packages/", 1)[-1]
