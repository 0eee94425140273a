"""EAN-13 as modules, for printing a product's GTIN as a 1D barcode (practice tags).

    ean13_digits(gtin) -> str | None     the 13 digits an EAN-13 of that GTIN carries
    ean13_modules(digits) -> str         95 modules, "1" a bar, "0" a space, guards included

The encoding is GS1's (General Specifications 5.2.1.2): a start guard 101, six
digits in sets A/B chosen by the first digit (which is not drawn as bars), the
centre guard 01010, six digits in set C, the end guard 101. Readers need a
quiet zone of 11 modules on the left and 7 on the right (QUIET_LEFT/RIGHT).
"""

from __future__ import annotations

from .checks import is_digits

QUIET_LEFT, QUIET_RIGHT = 11, 7
WIDTH = 95  # modules, guards included, quiet zones not

_SET_A = ("0001101", "0011001", "0010011", "0111101", "0100011",
          "0110001", "0101111", "0111011", "0110111", "0001011")  # fmt: skip
_SET_C = tuple("".join("1" if m == "0" else "0" for m in a) for a in _SET_A)
_SET_B = tuple(c[::-1] for c in _SET_C)
# Which set (A or B) each of the left six digits takes, by the first digit.
_PARITY = ("AAAAAA", "AABABB", "AABBAB", "AABBBA", "ABAABB",
           "ABBAAB", "ABBBAA", "ABABAB", "ABABBA", "ABBABA")  # fmt: skip


def check_digit(body: str) -> str:
    """The GS1 mod-10 check digit of `body` (weights 3, 1, ... from the right)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def ean13_digits(gtin: str) -> str | None:
    """The EAN-13 carrying `gtin` (8, 12, 13 or 14 digits, check digit included), or None when
    no EAN-13 can (a GTIN-14 of a case, starting with 1-9) or the check digit is wrong."""
    if not isinstance(gtin, str) or len(gtin) not in (8, 12, 13, 14) or not is_digits(gtin):
        return None
    if check_digit(gtin[:-1]) != gtin[-1]:
        return None
    padded = gtin.zfill(14)
    return padded[1:] if padded[0] == "0" else None


def ean13_modules(digits: str) -> str:
    """The 95 modules of the EAN-13 symbol for 13 digits (check digit included)."""
    if len(digits) != 13 or not is_digits(digits) or check_digit(digits[:12]) != digits[12]:
        raise ValueError(f"{digits!r} is not an EAN-13 (13 digits, the last its check digit)")
    parity = _PARITY[int(digits[0])]
    left = "".join(
        (_SET_A if p == "A" else _SET_B)[int(d)] for p, d in zip(parity, digits[1:7], strict=True)
    )
    right = "".join(_SET_C[int(d)] for d in digits[7:])
    return f"101{left}01010{right}101"


def guard_modules() -> frozenset[int]:
    """The modules (0-94) of the three guards, drawn longer than the digits' bars."""
    return frozenset((0, 1, 2, 45, 46, 47, 48, 49, 92, 93, 94))
