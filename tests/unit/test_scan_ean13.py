"""EAN-13 modules (practice tags): what zxing-cpp reads back is the GTIN, the app reads it as
that product, and GTINs that no EAN-13 can carry are told apart."""

from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image

from clienteling.scan import ProductCode, ScanConfig, interpret
from clienteling.scan.ean13 import (
    QUIET_LEFT,
    QUIET_RIGHT,
    WIDTH,
    check_digit,
    ean13_digits,
    ean13_modules,
    guard_modules,
)


def picture(modules: str, dots: int = 3) -> Image.Image:
    row = "0" * QUIET_LEFT + modules + "0" * QUIET_RIGHT
    image = Image.new("L", (len(row) * dots, 40), 255)
    for i, m in enumerate(row):
        if m == "1":
            image.paste(0, (i * dots, 0, (i + 1) * dots, 40))
    return image


@pytest.mark.parametrize(
    "gtin", ["2000000000008", "4006381333931", "9780306406157", "5901234123457", "7501031311309"]
)
def test_every_first_digit_reads_back(gtin):
    modules = ean13_modules(gtin)
    assert len(modules) == WIDTH and set(modules) == {"0", "1"}
    assert modules[:3] == "101" and modules[45:50] == "01010" and modules[-3:] == "101"
    assert {modules[i] for i in guard_modules()} <= {"0", "1"}
    read = zxingcpp.read_barcodes(picture(modules), formats=zxingcpp.BarcodeFormat.EAN13)
    assert [r.text for r in read] == [gtin]
    scan = interpret("]E0" + read[0].text, ScanConfig())
    assert isinstance(scan, ProductCode) and scan.gtin == gtin.zfill(14)


def test_all_ten_parities_read_back():
    for first in range(10):
        body = f"{first}12345678901"
        gtin = body + check_digit(body)
        read = zxingcpp.read_barcodes(picture(ean13_modules(gtin)))
        assert [r.text for r in read] == [gtin]


def test_gtins_an_ean13_carries():
    assert ean13_digits("02000000000008") == "2000000000008"  # GTIN-14 with a leading 0
    assert ean13_digits("036000291452") == "0036000291452"  # UPC-A
    assert ean13_digits("96385074") == "0000096385074"  # EAN-8, padded
    assert ean13_digits("12000000000005") is None  # a case's GTIN-14: not on an EAN-13
    assert ean13_digits("2000000000009") is None  # wrong check digit
    assert ean13_digits("20000000000A8") is None
    with pytest.raises(ValueError, match="EAN-13"):
        ean13_modules("2000000000009")
