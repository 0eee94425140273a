"""Check characters of the numbers a scanner reads, and the shared digits and id tests.

The GS1 and Luhn check digits come from `clienteling.domain.codes`; mod 11 is
here because only loyalty numbers use it.
"""

from __future__ import annotations

import re

from clienteling.domain._checks import require_id
from clienteling.domain.codes import gtin_check_digit, luhn_check_digit
from clienteling.domain.errors import InvalidField
from clienteling.domain.scan_settings import CheckAlgorithm  # the chain's settings name it

from .rejections import Reject, RejectCode

# [0-9], not \d or str.isdigit(): those also take "²" and Arabic-Indic digits, which int() refuses
# or reads differently from what is printed under the bars.
_DIGITS = re.compile(r"[0-9]+")


def is_digits(text: str) -> bool:
    return _DIGITS.fullmatch(text) is not None


def is_domain_id(value: str) -> bool:
    """The domain's id rule (SKU, store, employee, loyalty id): 1-64 of A-Z a-z 0-9 - _."""
    try:
        require_id(value, "id")
    except InvalidField:
        return False
    return True


def mod11_check_char(body: str) -> str:
    total = sum(int(ch) * (2 + i % 6) for i, ch in enumerate(reversed(body)))
    check = (11 - total % 11) % 11
    return "X" if check == 10 else str(check)


def check_char(algorithm: CheckAlgorithm, body: str) -> str:
    """The check character `algorithm` appends to the digits `body` ("" for NONE)."""
    if algorithm is CheckAlgorithm.MOD10:
        return luhn_check_digit(body)
    if algorithm is CheckAlgorithm.GS1:
        return str(gtin_check_digit(body))
    if algorithm is CheckAlgorithm.MOD11:
        return mod11_check_char(body)
    return ""


def require_check(
    algorithm: CheckAlgorithm, code: str, what: str, shown: str | None = None
) -> None:
    """Raise a check_digit rejection unless the last character of `code` checks.

    The message names `what` and `shown` (the code as printed, when it differs
    from the digits checked, as for a UPC-E).
    """
    if algorithm is CheckAlgorithm.NONE:
        return
    expected = check_char(algorithm, code[:-1])
    if code[-1].upper() != expected:
        raise Reject(
            RejectCode.CHECK_DIGIT,
            f"{what} {shown or code}: check digit wrong: expected {expected}, got {code[-1]}; "
            "scan it again or type it carefully",
        )


def require_gs1_check(code: str, what: str, shown: str | None = None) -> None:
    require_check(CheckAlgorithm.GS1, code, what, shown)
