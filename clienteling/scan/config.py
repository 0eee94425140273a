"""What a chain tells the scanner about its own codes: loyalty numbers, web addresses, keys.

A `ScanConfig` is built once (by the composition root, from the chain's
settings) and passed to `interpret`; it is checked when built so a wrong
setting fails at start-up, not at the counter.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clienteling.domain import scan_settings as rules
from clienteling.domain.errors import InvalidField

from .checks import CheckAlgorithm

DEFAULT_MAX_LENGTH = 4096
# int() refuses more than 4300 digits, and no code this app reads comes near this.
_LENGTH_LIMIT = 4300


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
        prefix, length, check = rules.loyalty_format(self.prefix, self.length, self.check)
        object.__setattr__(self, "prefix", prefix)
        object.__setattr__(self, "length", length)
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
    - signup_url: the chain's sign-up web page (https); sign-up QR codes open it with
      ?store=...&associate=... (None: the clienteling://signup form).
    - max_length: longer payloads are refused before they are parsed.

    The checks are clienteling.domain.scan_settings', the ones HQ applies when the
    chain's settings are set.
    """

    loyalty_formats: tuple[LoyaltyFormat, ...] = ()
    product_url_prefixes: tuple[str, ...] = ()
    tracking_url_prefix: str | None = None
    shopper_code_keys: tuple[bytes, ...] = field(default=(), repr=False)  # secrets: never logged
    max_length: int = DEFAULT_MAX_LENGTH
    signup_url: str | None = None

    def __post_init__(self) -> None:
        if not all(isinstance(f, LoyaltyFormat) for f in self.loyalty_formats):
            raise InvalidField("loyalty_formats", "must be a tuple of LoyaltyFormat")
        prefixes = tuple(
            rules.url_prefix(p, "product_url_prefixes") for p in self.product_url_prefixes
        )
        object.__setattr__(self, "loyalty_formats", tuple(self.loyalty_formats))
        object.__setattr__(self, "product_url_prefixes", prefixes)
        if self.tracking_url_prefix is not None:
            tracking = rules.url_prefix(self.tracking_url_prefix, "tracking_url_prefix")
            object.__setattr__(self, "tracking_url_prefix", tracking)
        keys = tuple(rules.shopper_code_key(key) for key in self.shopper_code_keys)
        object.__setattr__(self, "shopper_code_keys", keys)
        if self.signup_url is not None:
            object.__setattr__(self, "signup_url", rules.signup_url(self.signup_url))
        most = self.max_length
        if isinstance(most, bool) or not isinstance(most, int) or not 64 <= most <= _LENGTH_LIMIT:
            raise InvalidField("max_length", f"{most!r} is not between 64 and {_LENGTH_LIMIT}")


# The demo chain's cards (clienteling.hq.seed.people.loyalty_id): "LY", ten digits, Luhn.
DEMO_LOYALTY = LoyaltyFormat(prefix="LY", length=13, check=CheckAlgorithm.MOD10)
