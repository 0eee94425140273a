"""The chain's scan settings and the one set of rules they must follow.

HQ checks them when an administrator sets them (`clienteling-hq scan-settings`)
and the terminal's scanner checks them again when it builds its ScanConfig
(clienteling.scan.config), with these same functions: a setting HQ accepts
is one every terminal can use, and a wrong one fails where it was typed.

    check_settings({"loyalty_formats": [...], "product_url_prefixes": [...],
                    "tracking_url_prefix": ..., "signup_url": ...}) -> the same, normalised

Each check raises InvalidField naming the setting and saying what is wrong.
The signing keys of shopper codes are secrets and never travel in these
settings; `shopper_code_key` checks one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from .errors import InvalidField

MIN_KEY_BYTES = 16
MAX_LOYALTY_LENGTH = 64
MAX_URL = 500  # characters; what HQ stores, and far more than any QR code should carry
_PREFIX = re.compile(r"[A-Z0-9]{0,16}")
SETTINGS = ("loyalty_formats", "product_url_prefixes", "tracking_url_prefix", "signup_url")


class CheckAlgorithm(StrEnum):
    NONE = "none"
    MOD10 = "mod10"  # Luhn, as on payment cards
    GS1 = "gs1"  # GS1 mod 10, weights 3/1 from the right, as on GTINs
    MOD11 = "mod11"  # weights 2..7 from the right; a remainder giving 10 is written "X"


def check_algorithm(value: object) -> CheckAlgorithm:
    try:
        return CheckAlgorithm(value)
    except ValueError:
        options = ", ".join(a.value for a in CheckAlgorithm)
        raise InvalidField("loyalty check", f"{value!r}: choose one of {options}") from None


def loyalty_format(
    prefix: object, length: object, check: object
) -> tuple[str, int, CheckAlgorithm]:
    """A loyalty card format as (upper-case prefix, length, check algorithm)."""
    cleaned = prefix.upper() if isinstance(prefix, str) else None
    if cleaned is None or not _PREFIX.fullmatch(cleaned):
        raise InvalidField("loyalty prefix", f"{prefix!r}: 0-16 letters or digits")
    algorithm = check_algorithm(check)
    if isinstance(length, bool) or not isinstance(length, int):
        raise InvalidField("loyalty length", f"{length!r} is not a whole number")
    if not 1 + (algorithm is not CheckAlgorithm.NONE) <= length - len(cleaned):
        raise InvalidField("loyalty length", f"{length!r}: no digits after the prefix")
    if length > MAX_LOYALTY_LENGTH:
        raise InvalidField("loyalty length", f"{length} is over {MAX_LOYALTY_LENGTH} characters")
    return cleaned, length, algorithm


def _web_address(value: object, field: str, schemes: tuple[str, ...]):
    if not isinstance(value, str) or any(ch.isspace() for ch in value) or len(value) > MAX_URL:
        raise InvalidField(field, f"{value!r} is not a web address")
    try:
        parts = urlsplit(value)
        has_host = bool(parts.hostname)
    except ValueError:  # a broken [IPv6] host
        raise InvalidField(field, f"{value!r} is not a web address") from None
    if not has_host or parts.scheme.lower() not in schemes:
        kind = "an https" if schemes == ("https",) else "an http(s)"
        raise InvalidField(field, f"{value!r} is not {kind} address with a host")
    return parts


def url_prefix(value: object, field: str) -> str:
    """An http(s) address with a host, ending in "/" so "/p" cannot match "/products"."""
    parts = _web_address(value, field, ("http", "https"))
    if parts.query or parts.fragment:
        raise InvalidField(field, f"{value!r}: a prefix has no query (?) or fragment (#)")
    return value if value.endswith("/") else value + "/"


def signup_url(value: object) -> str:
    """The chain's sign-up web page: https (a phone opens it), without query or fragment.

    Sign-up QR codes add `?store=...&associate=...` to it.
    """
    field = "signup_url"
    parts = _web_address(value, field, ("https",))
    if parts.username is not None or parts.password is not None:
        raise InvalidField(field, f"{value!r}: no user name or password in the address")
    if parts.query or parts.fragment or value.endswith(("?", "#")):
        raise InvalidField(
            field,
            f"{value!r}: no query (?) or fragment (#); the code adds ?store=...&associate=...",
        )
    if not value.isascii():
        raise InvalidField(field, f"{value!r}: write an international domain as punycode")
    return value


def shopper_code_key(key: object) -> bytes:
    if not isinstance(key, bytes) or len(key) < MIN_KEY_BYTES:
        raise InvalidField("shopper_code_keys", f"each key is {MIN_KEY_BYTES}+ bytes")
    return key


def check_settings(data: object) -> dict[str, Any]:
    """The chain's non-secret scan settings, checked and normalised (JSON-ready).

    `data` holds any of SETTINGS; a missing one is empty (no formats, no
    prefixes, no tracking or sign-up page). Anything else is refused, signing
    keys included: they are secrets and are set apart.
    """
    if not isinstance(data, Mapping):
        raise InvalidField("scan settings", "must be one JSON object")
    unknown = sorted(str(k) for k in data if k not in SETTINGS)
    if unknown:
        keys = "shopper_code_keys" in unknown
        hint = "; keys are added apart, never with the settings" if keys else ""
        raise InvalidField(
            "scan settings", f"unknown setting {unknown[0]!r} (known: {', '.join(SETTINGS)}){hint}"
        )
    formats = data.get("loyalty_formats") or []
    if not isinstance(formats, list | tuple):
        raise InvalidField("loyalty_formats", "must be a list of {prefix, length, check}")
    loyalty = []
    for item in formats:
        if not isinstance(item, Mapping) or set(item) - {"prefix", "length", "check"}:
            raise InvalidField("loyalty_formats", "each is {prefix, length, check}")
        prefix, length, check = loyalty_format(
            item.get("prefix", ""), item.get("length"), item.get("check", "none")
        )
        loyalty.append({"prefix": prefix, "length": length, "check": check.value})
    prefixes = data.get("product_url_prefixes") or []
    if not isinstance(prefixes, list | tuple):
        raise InvalidField("product_url_prefixes", "must be a list of web addresses")
    tracking = data.get("tracking_url_prefix")
    if tracking is not None:
        tracking = url_prefix(tracking, "tracking_url_prefix")
    signup = data.get("signup_url")
    return {
        "loyalty_formats": loyalty,
        "product_url_prefixes": [url_prefix(p, "product_url_prefixes") for p in prefixes],
        "tracking_url_prefix": tracking,
        "signup_url": None if signup is None else signup_url(signup),
    }
