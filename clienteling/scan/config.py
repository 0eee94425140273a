"""What a chain tells the scanner about its own codes: loyalty numbers, web addresses, keys.

A `ScanConfig` is built once (by the composition root, from the chain's
settings) and passed to `interpret`; it is checked when built so a wrong
setting fails at start-up, not at the counter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from clienteling.domain.errors import InvalidField

from .checks import CheckAlgorithm

DEFAULT_MAX_LENGTH = 4096
# int() refuses more than 4300 digits, and no code this app reads comes near this.
_LENGTH_LIMIT = 4300
_MIN_KEY_BYTES = 16
_PREFIX = re.compile(r"[A-Z0-9]{0,16}")


@dataclass(frozen=True)
class LoyaltyFormat:
    """A loyalty card number: `prefix`, then digits, `length` characters in all.

    The last character is the check character of `check` (none, mod10 = Luhn,
    gs1 = GS1 mod 10, mod11 with "X" for ten), computed over the digits after
    the prefix's last letter: all of them for a prefix of digits ("2" of an
    in-store EAN-13 card), those after "LY" for LY0000012345 + check. The
    prefix is letters or digits and is matched without regard to case.
    """

    prefix: str
    length: int
    check: CheckAlgorithm = CheckAlgorithm.NONE

    def __post_init__(self) -> None:
        prefix = self.prefix.upper() if isinstance(self.prefix, str) else None
        if prefix is None or not _PREFIX.fullmatch(prefix):
            raise InvalidField("loyalty prefix", f"{self.prefix!r}: 0-16 letters or digits")
        check = _check_algorithm(self.check)
        digits = self.length - len(prefix) if isinstance(self.length, int) else 0
        if isinstance(self.length, bool) or not 1 + (check is not CheckAlgorithm.NONE) <= digits:
            raise InvalidField("loyalty length", f"{self.length!r}: no digits after the prefix")
        if self.length > 64:
            raise InvalidField("loyalty length", f"{self.length} is over 64 characters")
        object.__setattr__(self, "prefix", prefix)
        object.__setattr__(self, "check", check)


@dataclass(frozen=True)
class ScanConfig:
    """The chain's settings for interpreting scans; the defaults recognise only standard codes.

    - loyalty_formats: the chain's loyalty card numbers (several while old cards are in use).
    - product_url_prefixes: web addresses whose next path segment is a SKU,
      e.g. "https://shop.example.com/p/" (a missing final "/" is added).
    - tracking_url_prefix: the https form of order tracking codes, followed by the order UUID.
    - shopper_code_keys: HMAC keys of signed shopper codes (CLT1.S...); the first
      signs, any verifies, so a key can be rotated. None configured: such codes are refused.
    - max_length: longer payloads are refused before they are parsed.
    """

    loyalty_formats: tuple[LoyaltyFormat, ...] = ()
    product_url_prefixes: tuple[str, ...] = ()
    tracking_url_prefix: str | None = None
    shopper_code_keys: tuple[bytes, ...] = ()
    max_length: int = DEFAULT_MAX_LENGTH

    def __post_init__(self) -> None:
        if not all(isinstance(f, LoyaltyFormat) for f in self.loyalty_formats):
            raise InvalidField("loyalty_formats", "must be a tuple of LoyaltyFormat")
        prefixes = tuple(_url_prefix(p, "product_url_prefixes") for p in self.product_url_prefixes)
        object.__setattr__(self, "loyalty_formats", tuple(self.loyalty_formats))
        object.__setattr__(self, "product_url_prefixes", prefixes)
        if self.tracking_url_prefix is not None:
            tracking = _url_prefix(self.tracking_url_prefix, "tracking_url_prefix")
            object.__setattr__(self, "tracking_url_prefix", tracking)
        for key in self.shopper_code_keys:
            if not isinstance(key, bytes) or len(key) < _MIN_KEY_BYTES:
                raise InvalidField("shopper_code_keys", f"each key is {_MIN_KEY_BYTES}+ bytes")
        object.__setattr__(self, "shopper_code_keys", tuple(self.shopper_code_keys))
        most = self.max_length
        if isinstance(most, bool) or not isinstance(most, int) or not 64 <= most <= _LENGTH_LIMIT:
            raise InvalidField("max_length", f"{most!r} is not between 64 and {_LENGTH_LIMIT}")


def _check_algorithm(value: object) -> CheckAlgorithm:
    try:
        return CheckAlgorithm(value)
    except ValueError:
        options = ", ".join(a.value for a in CheckAlgorithm)
        raise InvalidField("loyalty check", f"{value!r}: choose one of {options}") from None


def _url_prefix(value: object, field: str) -> str:
    """An http(s) address with a host, ending in "/" so "/p" cannot match "/products"."""
    if not isinstance(value, str) or any(ch.isspace() for ch in value):
        raise InvalidField(field, f"{value!r} is not a web address")
    try:
        parts = urlsplit(value)
        has_host = bool(parts.hostname)
    except ValueError:  # a broken [IPv6] host
        raise InvalidField(field, f"{value!r} is not a web address") from None
    if not has_host or parts.scheme.lower() not in ("http", "https"):
        raise InvalidField(field, f"{value!r} is not an http(s) address with a host")
    if parts.query or parts.fragment:
        raise InvalidField(field, f"{value!r}: a prefix has no query (?) or fragment (#)")
    return value if value.endswith("/") else value + "/"


# The demo chain's cards (clienteling.hq.seed_people.loyalty_id): "LY", ten digits, Luhn.
DEMO_LOYALTY = LoyaltyFormat(prefix="LY", length=13, check=CheckAlgorithm.MOD10)
