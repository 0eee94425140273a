"""Money in integer minor units with an ISO 4217 currency."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InvalidField

# Minor-unit digits of the currencies the chain trades in (ISO 4217).
CURRENCY_DIGITS: dict[str, int] = {
    "BRL": 2,
    "EUR": 2,
    "USD": 2,
    "RUB": 2,
    "GBP": 2,
    "CHF": 2,
    "PLN": 2,
    "MXN": 2,
    "ARS": 2,
    "CLP": 0,
    "COP": 2,
    "PEN": 2,
    "UYU": 2,
    "JPY": 0,
    "KZT": 2,
    "AOA": 2,
    "MZN": 2,
    "CVE": 2,
    "CAD": 2,
    "AUD": 2,
}

# [0-9], not \d: \d also takes Arabic-Indic and full-width digits, which int() then reads.
_AMOUNT = re.compile(r"^(-?)([0-9]{1,15})(?:\.([0-9]{1,4}))?$")


def check_currency(code: str, field: str = "currency") -> str:
    """Return the upper-cased ISO code, or raise if the chain does not trade in it."""
    if not isinstance(code, str) or code.strip().upper() not in CURRENCY_DIGITS:
        raise InvalidField(field, f"unknown currency {code!r}; use an ISO 4217 code such as EUR")
    return code.strip().upper()


@dataclass(frozen=True, slots=True)
class Money:
    amount_minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount_minor, int) or isinstance(self.amount_minor, bool):
            raise InvalidField("amount", "must be a whole number of minor units")
        object.__setattr__(self, "currency", check_currency(self.currency))

    @classmethod
    def parse(cls, text: str, currency: str, field: str = "price") -> Money:
        """Parse a decimal amount in the major unit ("189.00") without float rounding."""
        currency = check_currency(currency)
        m = _AMOUNT.match(text.strip()) if isinstance(text, str) else None
        if not m:
            raise InvalidField(field, f"{text!r} is not an amount like 189.00")
        sign, whole, frac = m.group(1), m.group(2), m.group(3) or ""
        digits = CURRENCY_DIGITS[currency]
        if len(frac) > digits and frac[digits:].strip("0"):
            raise InvalidField(
                field, f"{text!r} has more decimals than {currency} allows ({digits})"
            )
        frac = (frac + "0" * digits)[:digits]
        minor = int(whole) * 10**digits + (int(frac) if frac else 0)
        return cls(-minor if sign else minor, currency)

    def to_decimal_string(self) -> str:
        digits = CURRENCY_DIGITS[self.currency]
        sign = "-" if self.amount_minor < 0 else ""
        whole, frac = divmod(abs(self.amount_minor), 10**digits)
        return f"{sign}{whole}.{frac:0{digits}d}" if digits else f"{sign}{whole}"

    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money) or other.currency != self.currency:
            raise InvalidField("currency", "cannot add amounts in different currencies")
        return Money(self.amount_minor + other.amount_minor, self.currency)

    def times(self, quantity: int) -> Money:
        return Money(self.amount_minor * quantity, self.currency)
