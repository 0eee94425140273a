"""Codes that identify a shopper: the chain's loyalty card numbers and signed shopper QR codes.

A signed shopper code is what the chain's shopper app shows on the phone:

    CLT1.S.<loyalty_id>.<expires, Unix seconds>.<HMAC-SHA256, base64url without padding>

The HMAC covers everything before its final "." and is keyed with one of
ScanConfig.shopper_code_keys, so a screenshot stops working after expiry
and a typed-in loyalty number cannot be turned into a code.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from datetime import UTC, datetime

from clienteling.domain.errors import InvalidField

from .checks import CheckAlgorithm, is_domain_id, require_check
from .config import LoyaltyFormat
from .rejections import Reject, RejectCode
from .results import LoyaltyCode, SignedShopperCode

SIGNED_PREFIX = "CLT1.S."
_LOYALTY_BODY = re.compile(r"[0-9]+[Xx]?")
_EXPIRY = re.compile(r"[0-9]{1,10}")  # up to the year 2286; datetime cannot go past 9999
_MAC = re.compile(r"[A-Za-z0-9_-]{43}")  # 32 bytes in base64url without "="


def parse_loyalty(text: str, formats: tuple[LoyaltyFormat, ...]) -> LoyaltyCode | None:
    """The loyalty card `text` is, None if it is not one of the chain's.

    A number that starts with a format's prefix of letters but has the wrong
    length or check digit is refused with that reason; after a prefix of
    digits only (or none) there is no telling, and the text goes on to be
    tried as other codes.
    """
    first_error: Reject | None = None
    for loyalty in formats:
        try:
            found = _loyalty(text, loyalty)
        except Reject as reject:
            first_error = first_error or reject
            continue
        if found is not None:
            return found
    if first_error is not None:
        raise first_error
    return None


def _loyalty(text: str, loyalty: LoyaltyFormat) -> LoyaltyCode | None:
    prefix = loyalty.prefix
    body = text[len(prefix) :]
    if text[: len(prefix)].upper() != prefix or not _LOYALTY_BODY.fullmatch(body):
        return None
    letters_end = _checked_from(prefix)
    mistake = _loyalty_mistake(text, text[letters_end:], loyalty)
    if mistake is not None:
        if letters_end == 0:  # no letters: it may well be another code made of digits
            return None
        raise mistake
    return LoyaltyCode(loyalty_id=prefix + body.upper())


def _checked_from(prefix: str) -> int:
    """Where the digits the check covers start: after the prefix's last letter."""
    letters = [i for i, ch in enumerate(prefix) if ch.isalpha()]
    return letters[-1] + 1 if letters else 0


def _loyalty_mistake(text: str, checked: str, loyalty: LoyaltyFormat) -> Reject | None:
    if len(text) != loyalty.length:
        return Reject(
            RejectCode.BAD_LENGTH,
            f"a loyalty card number ({loyalty.prefix or 'digits'}...) has {loyalty.length} "
            f"characters, this one {len(text)}",
        )
    if checked[-1] in "Xx" and loyalty.check is not CheckAlgorithm.MOD11:
        return Reject(RejectCode.BAD_CHARACTERS, f"loyalty card number {text}: digits only")
    try:
        require_check(loyalty.check, checked, "loyalty card number", shown=text)
    except Reject as reject:
        return reject
    return None


def parse_signed(text: str, keys: tuple[bytes, ...], now: datetime) -> SignedShopperCode | None:
    """The signed shopper code `text` is: signature checked first, then expiry."""
    if not text.startswith(SIGNED_PREFIX):
        return None
    if not keys:
        raise Reject(
            RejectCode.NOT_CONFIGURED,
            "a signed shopper code, but this terminal has no key to check it; ask HQ support",
        )
    loyalty_id, expiry, mac = _signed_parts(text)
    signed = text[: text.rindex(".")]
    if not any(hmac.compare_digest(_mac(key, signed), mac) for key in keys):
        raise Reject(
            RejectCode.BAD_SIGNATURE,
            "this shopper code was altered or is not from this chain; look the shopper up by name",
        )
    expires_at = datetime.fromtimestamp(int(expiry), UTC)
    if now >= expires_at:
        raise Reject(
            RejectCode.EXPIRED,
            f"this shopper code expired at {expires_at:%Y-%m-%d %H:%M} UTC; "
            "ask the shopper to open it again in the app",
        )
    return SignedShopperCode(loyalty_id=loyalty_id, expires_at=expires_at)


def _signed_parts(text: str) -> tuple[str, str, str]:
    parts = text[len(SIGNED_PREFIX) :].split(".")
    if (
        len(parts) != 3
        or not is_domain_id(parts[0])
        or not _EXPIRY.fullmatch(parts[1])
        or not _MAC.fullmatch(parts[2])
    ):
        raise Reject(
            RejectCode.BAD_VALUE,
            "this shopper code is incomplete or garbled; ask the shopper to show it again",
        )
    return parts[0], parts[1], parts[2]


def _mac(key: bytes, signed: str) -> str:
    digest = hmac.new(key, signed.encode("ascii"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def encode_signed_shopper_code(loyalty_id: str, expires_at: datetime, key: bytes) -> str:
    """The payload of a signed shopper QR for `loyalty_id`, valid until `expires_at` (aware)."""
    if not isinstance(loyalty_id, str) or not is_domain_id(loyalty_id):
        raise InvalidField("loyalty_id", f"{loyalty_id!r}: 1-64 letters, digits, '-' or '_'")
    if not isinstance(expires_at, datetime) or expires_at.utcoffset() is None:
        raise InvalidField("expires_at", "must be a date and time with its time zone")
    seconds = int(expires_at.timestamp())
    if not _EXPIRY.fullmatch(str(seconds)):
        raise InvalidField("expires_at", f"{expires_at.isoformat()} is before 1970 or after 2286")
    if not isinstance(key, bytes) or not key:
        raise InvalidField("key", "must be the chain's shopper code key (bytes)")
    signed = f"{SIGNED_PREFIX}{loyalty_id}.{seconds}"
    return f"{signed}.{_mac(key, signed)}"
