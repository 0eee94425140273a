"""Why a scan was not accepted: a stable machine code and a sentence an associate can act on.

The UI translates by `RejectCode`, so the values below are part of the app's
contract (docs/scanning.md lists them): add new codes, never rename one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar


class RejectCode(StrEnum):
    EMPTY = "empty"  # nothing but blanks was scanned
    TOO_LONG = "too_long"  # over ScanConfig.max_length; not parsed at all
    BAD_ENCODING = "bad_encoding"  # bytes that are not UTF-8, or not text at all
    CONTROL_CHAR = "control_char"  # a control character other than GS inside the payload
    UNKNOWN_FORMAT = "unknown_format"  # not a code this store uses
    CHECK_DIGIT = "check_digit"  # a GTIN, SSCC, GLN or loyalty number with a wrong check digit
    BAD_LENGTH = "bad_length"  # a number or field with the wrong number of characters
    BAD_CHARACTERS = "bad_characters"  # letters where digits belong, characters GS1 forbids
    BAD_DATE = "bad_date"  # a GS1 date (YYMMDD) that is not a real date
    UNKNOWN_AI = "unknown_ai"  # a GS1 Application Identifier this app does not read
    DUPLICATE_AI = "duplicate_ai"  # the same GS1 AI twice in one code
    BAD_VALUE = "bad_value"  # a recognised code with a missing or malformed part
    BAD_SIGNATURE = "bad_signature"  # a signed shopper code that was altered or not ours
    EXPIRED = "expired"  # a signed shopper code past its expiry
    NOT_CONFIGURED = "not_configured"  # a code this terminal has no settings (key) to check


@dataclass(frozen=True)
class Rejected:
    """The payload was not accepted; `reason` is plain English, `code` is for translation."""

    kind: ClassVar[str] = "rejected"
    code: RejectCode
    reason: str


class Reject(Exception):
    """Raised inside the parsers; `interpret` turns it into a `Rejected` result."""

    def __init__(self, code: RejectCode, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason

    def result(self) -> Rejected:
        return Rejected(code=self.code, reason=self.reason)
