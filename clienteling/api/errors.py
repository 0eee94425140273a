"""What can go wrong talking to HQ, as exceptions a screen or the outbox can act on."""

from __future__ import annotations

from typing import Any

from clienteling.domain.said import Said, by_hq


class HQError(Exception):
    """Base: `message` is plain words for the associate (a `Said`: HQ's code and details, or
    our own code, for the screens to say it in the associate's language)."""

    retryable = False

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class HQUnreachable(HQError):
    """No answer from HQ (network down, timeout): work offline, retry later."""

    retryable = True


class HQBusy(HQError):
    """HQ asked to slow down or is temporarily failing (429, 5xx)."""

    retryable = True

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class HQFailed(HQBusy):
    """HQ answered this request with a server error (500): it is there, but this request
    failed on its side, maybe for good (a write HQ cannot store). Retried a few times."""


class HQAnswered(HQError):
    """HQ answered with an error that retrying the same request will not change."""

    def __init__(self, status: int, code: str, message: str, details: Any = None) -> None:
        super().__init__(by_hq(message, code, details, status))
        self.status, self.code, self.details = status, code, details


class UpgradeRequired(HQError):
    """HQ no longer accepts this terminal's version (426): `message` says what to install.
    Not retried, and not a refusal of the write in hand: queued writes stay queued."""

    def __init__(self, message: str, details: Any = None) -> None:
        super().__init__(by_hq(message, "upgrade_required", details))
        self.details = details


class SignInNeeded(HQAnswered):
    """The session expired or ended: sign in again (the work is kept)."""


class DeviceRefused(HQAnswered):
    """HQ does not accept the terminal's credential (revoked, or another HQ): enroll it again."""


class OutOfStock(HQAnswered):
    """An order line cannot be filled; `details` lists the alternatives per line."""


def unreadable_page(collection: str) -> HQBusy:
    """A sync page that is not JSON or not a page (cut short on the way): fetch it again."""
    return HQBusy(
        Said(
            f"HQ sent a {collection} page that could not be read; the sync will try again",
            "page_unreadable",
        )
    )
