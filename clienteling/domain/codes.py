"""Product and contact codes: GTIN check digits, phone numbers in E.164, e-mail addresses."""

from __future__ import annotations

import re

import phonenumbers

from .errors import InvalidField

GTIN_LENGTHS = (8, 12, 13, 14)


def gtin_check_digit(body: str) -> int:
    """Check digit for the GTIN body (all digits but the last), GS1 mod-10 weights 3/1."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


def is_valid_gtin(code: str) -> bool:
    return (
        isinstance(code, str)
        and code.isascii()
        and code.isdigit()
        and len(code) in GTIN_LENGTHS
        and gtin_check_digit(code[:-1]) == int(code[-1])
    )


def check_gtin(code: str, field: str = "gtin") -> str:
    """Return the GTIN unchanged, or raise naming what is wrong with it."""
    code = code.strip() if isinstance(code, str) else code
    if code == "":
        raise InvalidField(field, "is empty; scan or type the barcode")
    if not isinstance(code, str) or not code.isascii() or not code.isdigit():
        raise InvalidField(field, f"{code!r} is not a GTIN: digits only")
    if len(code) not in GTIN_LENGTHS:
        raise InvalidField(field, f"{code!r} has {len(code)} digits; a GTIN has 8, 12, 13 or 14")
    if gtin_check_digit(code[:-1]) != int(code[-1]):
        raise InvalidField(field, f"{code!r} has a wrong check digit")
    return code


def with_check_digit(body: str) -> str:
    return body + str(gtin_check_digit(body))


def luhn_check_digit(body: str) -> str:
    """The Luhn (mod 10) check digit of a string of digits, as on payment and loyalty cards."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def normalize_phone(raw: str, default_region: str | None = None, field: str = "phone") -> str:
    """Normalise a phone number to E.164 (+5511987654321).

    default_region (ISO country, e.g. "BR") is used for numbers written without a
    country code, as shoppers usually give them in store.
    """
    if not isinstance(raw, str) or not raw.strip():
        raise InvalidField(field, "is empty; type the number")
    # phonenumbers only knows upper-case regions; "br" would fail every local number.
    region = default_region.strip().upper() if isinstance(default_region, str) else None
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidField(field, f"{raw!r} is not a phone number ({exc})") from None
    if not phonenumbers.is_possible_number(number):
        raise InvalidField(field, f"{raw!r} has the wrong number of digits for its country")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$")


def normalize_email(raw: str, field: str = "email") -> str:
    """Trim and lower-case the domain; reject what cannot be an address."""
    if not isinstance(raw, str) or not _EMAIL.match(raw.strip()) or len(raw.strip()) > 254:
        raise InvalidField(field, f"{raw!r} is not an e-mail address")
    local, domain = raw.strip().rsplit("@", 1)
    return f"{local}@{domain.lower()}"
