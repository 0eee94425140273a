"""The HQ's error answers: one exception type, turned into {"error": {...}} by the app."""

from __future__ import annotations

from typing import Any

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


def invalid(message: str, details: Any = None) -> ApiError:
    return ApiError(422, ErrorCode.INVALID_REQUEST, message, details)
