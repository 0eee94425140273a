"""`interpret`: from what a scanner sent to a typed result, or a reason it was refused.

Order of recognition (the first that claims the text decides):
1. a GS1 symbology identifier (]C1, ]e0, ]d2, ]Q3, ]J1): GS1 element string;
   ]E0/]E4 (EAN/UPC): product code; any other identifier is removed;
2. clienteling:// app codes; CLT1.S. signed shopper codes;
3. http(s) addresses: order tracking, the chain's sign-up page, the chain's product pages,
   GS1 Digital Link;
4. GS1 element strings, bracketed "(01)..." or with GS separators;
5. the chain's loyalty card numbers (before what follows: configuration wins);
6. GS1 data sent without identifier or GS: AI 00, 01 or 02 first, longer than a GTIN;
7. product codes (8, 12, 13 or 14 digits).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from .app_codes import is_app_uri, parse_app_uri, parse_signup_url, parse_tracking_url
from .checks import is_digits
from .config import ScanConfig
from .digital_link import parse_digital_link
from .gs1 import GS, is_bracketed, parse_bracketed, parse_element_string
from .product import product_code
from .rejections import Reject, RejectCode
from .results import Scan, Symbology
from .shopper_codes import parse_loyalty, parse_signed
from .urls import host_of, is_web_address, parse_retailer_url, split_url

_DEFAULT_CONFIG = ScanConfig()
# Blanks a scanner or a copy-paste adds around a code (CR/LF/TAB suffixes, NBSP, BOM);
# not str.strip(), which would also take GS, the FNC1 separator.
_BLANKS = " \t\n\r\x0b\x0c\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007" + (
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)
# Control characters other than GS: no code this app reads has one inside, NUL included.
_CONTROL = re.compile(r"[\x00-\x1c\x1e\x1f\x7f-\x9f]")
_SYMBOLOGY_ID = re.compile(r"\][A-Za-z][0-9A-Za-z]")
_GS1_IDENTIFIERS = {"]C1", "]e0", "]d2", "]Q3", "]J1"}
_PRODUCT_HINTS = {"]E0": Symbology.UPC_E, "]E4": Symbology.EAN_8}


def interpret(
    raw: str | bytes, config: ScanConfig | None = None, *, now: datetime | None = None
) -> Scan:
    """What the scanned payload `raw` is; never raises, whatever `raw` holds.

    `now` (default: the current time) decides whether a signed shopper code has
    expired and the century of GS1 two-digit years; a naive value is taken as UTC.
    """
    config = config or _DEFAULT_CONFIG
    now = now or datetime.now(UTC)
    now = now if now.tzinfo is not None else now.replace(tzinfo=UTC)
    try:
        return _recognise(clean_payload(raw, config.max_length), config, now)
    except Reject as reject:
        return reject.result()


def clean_payload(raw: object, max_length: int) -> str:
    """The payload as text, trimmed; refused if too long, not UTF-8, blank or with controls."""
    if isinstance(raw, bytes | bytearray | memoryview):
        raw = _decode(bytes(raw), max_length)
    if not isinstance(raw, str):
        raise Reject(RejectCode.BAD_ENCODING, "the scanner sent something that is not text")
    if len(raw) > max_length:
        raise _too_long(len(raw), "characters", max_length)
    text = raw.lstrip(_BLANKS).rstrip(_BLANKS + GS)  # a GS at the end separates nothing
    if not text:
        raise Reject(RejectCode.EMPTY, "nothing was scanned; scan the code again")
    control = _CONTROL.search(text)
    if control is not None:
        raise Reject(
            RejectCode.CONTROL_CHAR,
            f"the scan has a control character inside (U+{ord(control.group()):04X}), which no "
            "store code has; scan again, or check the scanner's prefix and suffix settings",
        )
    return text


def _decode(data: bytes, max_length: int) -> str:
    if len(data) > 4 * max_length:  # UTF-8 takes at most 4 bytes a character
        raise _too_long(len(data), "bytes", max_length)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise Reject(
            RejectCode.BAD_ENCODING,
            "the scanner sent bytes that are not UTF-8 text; check its character set setting",
        ) from None


def _too_long(length: int, unit: str, max_length: int) -> Reject:
    return Reject(
        RejectCode.TOO_LONG,
        f"too long to be a code ({length} {unit}, at most {max_length} characters)",
    )


def _recognise(text: str, config: ScanConfig, now: datetime) -> Scan:
    identifier = text[:3] if _SYMBOLOGY_ID.match(text) else ""
    text = text[len(identifier) :]
    if not text:
        raise Reject(RejectCode.EMPTY, "the scanner sent its code type but no data; scan again")
    if identifier in _GS1_IDENTIFIERS:
        return parse_element_string(text, now.date())
    if identifier in _PRODUCT_HINTS:
        return product_code(text, _PRODUCT_HINTS[identifier])
    if is_app_uri(text):
        return parse_app_uri(text)
    signed = parse_signed(text, config.shopper_code_keys, now)
    if signed is not None:
        return signed
    if is_web_address(text):
        return _web_address(text, config, now.date())
    return _plain(text, config, now.date())


def _web_address(text: str, config: ScanConfig, today: date) -> Scan:
    parts = split_url(text)
    found = (
        parse_tracking_url(text, config.tracking_url_prefix)
        or parse_signup_url(text, config.signup_url)
        or parse_retailer_url(text, config.product_url_prefixes)
        or parse_digital_link(text, parts, today)
    )
    if found is None:
        raise Reject(
            RejectCode.UNKNOWN_FORMAT,
            f"a link to {host_of(parts)}, not a code this store uses",
        )
    return found


def _plain(text: str, config: ScanConfig, today: date) -> Scan:
    if is_bracketed(text):
        return parse_bracketed(text, today)
    if GS in text:
        return parse_element_string(text, today)
    loyalty = parse_loyalty(text, config.loyalty_formats)
    if loyalty is not None:
        return loyalty
    if _starts_like_gs1(text):
        return parse_element_string(text, today)
    if is_digits(text):
        return product_code(text)
    raise Reject(RejectCode.UNKNOWN_FORMAT, "not a code this store uses")


def _starts_like_gs1(text: str) -> bool:
    """GS1 data sent without identifier: AI 00, 01 or 02 first and longer than any GTIN."""
    return len(text) > 14 and text[:2] in ("00", "01", "02")
