"""Retail barcodes: EAN-13, EAN-8, UPC-A, UPC-E and GTIN-14, all returned as 14-digit GTINs."""

from __future__ import annotations

from clienteling.domain.codes import is_valid_gtin

from .checks import is_digits, require_gs1_check
from .rejections import Reject, RejectCode
from .results import ProductCode, Symbology

_BY_LENGTH = {12: Symbology.UPC_A, 13: Symbology.EAN_13, 14: Symbology.GTIN_14}


def expand_upc_e(code: str) -> str:
    """The 12-digit UPC-A a UPC-E (number system, six digits, check digit) stands for.

    The last of the six digits says where the zeros that UPC-E suppresses go
    (GS1 General Specifications, UPC-E): 0-2 the manufacturer ends in it and
    "00"; 3 and 4 the manufacturer keeps three or four digits; 5-9 the item
    number is "0000" and that digit.
    """
    if len(code) != 8 or not is_digits(code) or code[0] not in "01":
        raise Reject(
            RejectCode.BAD_LENGTH, f"{code!r} is not a UPC-E: eight digits starting with 0 or 1"
        )
    system, d, check = code[0], code[1:7], code[7]
    last = d[5]
    if last in "012":
        middle = d[0:2] + last + "0000" + d[2:5]
    elif last == "3":
        middle = d[0:3] + "00000" + d[3:5]
    elif last == "4":
        middle = d[0:4] + "00000" + d[4]
    else:
        middle = d[0:5] + "0000" + last
    return system + middle + check


def product_code(digits: str, hint: Symbology | None = None) -> ProductCode:
    """The product code `digits` are, check digit verified; `hint` comes from a ]E0/]E4 prefix."""
    if not is_digits(digits):
        raise Reject(RejectCode.BAD_CHARACTERS, "a product barcode has digits only")
    if len(digits) == 8:
        return _eight_digits(digits, hint)
    symbology = _BY_LENGTH.get(len(digits))
    if symbology is None:
        raise Reject(
            RejectCode.BAD_LENGTH,
            f"{len(digits)} digits is not a product barcode: those have 8, 12, 13 or 14 digits",
        )
    if symbology is Symbology.EAN_13 and digits[0] == "0":
        symbology = Symbology.UPC_A  # the same bars: a UPC-A is an EAN-13 starting with 0
    require_gs1_check(digits, symbology.value)
    return ProductCode(gtin=digits.zfill(14), symbology=symbology, scanned=digits)


def _eight_digits(digits: str, hint: Symbology | None) -> ProductCode:
    """EAN-8 or UPC-E: a UPC-E starts with 0 or 1, an EAN-8 with 0 or 1 is rare (in-store use).

    Without a symbology identifier, eight digits starting with 0 or 1 are a
    UPC-E unless only the EAN-8 reading has a right check digit.
    """
    if digits[0] in "01" and hint is not Symbology.EAN_8:
        upc_a = expand_upc_e(digits)
        if hint is Symbology.UPC_E or is_valid_gtin(upc_a) or not is_valid_gtin(digits):
            require_gs1_check(upc_a, Symbology.UPC_E.value, shown=digits)
            return ProductCode(gtin=upc_a.zfill(14), symbology=Symbology.UPC_E, scanned=digits)
    require_gs1_check(digits, Symbology.EAN_8.value)
    return ProductCode(gtin=digits.zfill(14), symbology=Symbology.EAN_8, scanned=digits)
