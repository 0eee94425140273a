"""Codes in pictures: zxing-cpp writes known vectors, decode_image reads, interpret types."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal

import pytest
import zxingcpp
from PIL import Image

from clienteling.cli import main
from clienteling.scan import (
    DEMO_LOYALTY,
    Gs1ElementString,
    LoyaltyCode,
    Measure,
    OrderTracking,
    ProductCode,
    ScanConfig,
    Symbology,
    encode_order_tracking,
    interpret,
)
from clienteling.scan.image import (
    MAX_IMAGE_BYTES,
    DecodedCode,
    ImageError,
    decode_image,
    decode_pixels,
)
from clienteling.scan.qr import qr_image

F = zxingcpp.BarcodeFormat
ORDER = "0b8f1c2e-3f4a-4b5c-8d9e-0f1a2b3c4d5e"


def barcode(content: str, fmt, scale: int = 3, **options) -> Image.Image:
    """zxing-cpp's own writer: a known symbol to read back."""
    written = zxingcpp.write_barcode_to_image(
        zxingcpp.create_barcode(content, fmt, **options), scale
    )
    view = memoryview(written)
    height, width = view.shape[:2]
    return Image.frombuffer("L", (width, height), bytes(view), "raw", "L", 0, 1).copy()


def png(image: Image.Image, fmt: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()


def read(image: Image.Image, config: ScanConfig | None = None):
    codes = decode_image(png(image))
    assert len(codes) == 1, codes
    return codes[0], interpret(codes[0].scan_text, config)


# --- known vectors, end to end ---------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "fmt", "symbology", "gtin"),
    [
        ("400638133393", F.EAN13, Symbology.EAN_13, "04006381333931"),
        ("03600029145", F.UPCA, Symbology.UPC_A, "00036000291452"),
        ("9638507", F.EAN8, Symbology.EAN_8, "00000096385074"),
        # zxing-cpp reports a UPC-E expanded to its UPC-A digits: same GTIN
        ("0425261", F.UPCE, Symbology.UPC_A, "00042100005264"),
        ("1950600013435", F.ITF14, Symbology.GTIN_14, "19506000134359"),
    ],
)
def test_retail_barcodes_read_as_products(content, fmt, symbology, gtin):
    code, scan = read(barcode(content, fmt))
    assert code.symbology.startswith("]")
    assert isinstance(scan, ProductCode)
    assert scan.gtin == gtin and scan.symbology is symbology


def test_gs1_datamatrix_reads_with_its_identifier_and_separators():
    code, scan = read(
        barcode("(01)09506000134352(17)261231(10)ABC123(21)XYZ", F.DataMatrix, gs1=True)
    )
    assert code.format == "Data Matrix" and code.gs1
    assert code.symbology in ("]d2", "]d8")  # zxing-cpp 3.1 says ]d8 for some GS1 symbols
    assert code.text == "0109506000134352172612311" + "0ABC123\x1d21XYZ"
    assert isinstance(scan, Gs1ElementString)
    assert (scan.gtin, scan.lot, scan.serial, scan.expiry) == (
        "09506000134352",
        "ABC123",
        "XYZ",
        date(2026, 12, 31),
    )


def test_gs1_128_with_weight_and_price():
    code, scan = read(
        barcode("(01)09506000134352(3103)000750(3922)1299(10)L1", F.Code128, gs1=True)
    )
    assert code.symbology == "]C1"
    assert scan.weight == Measure(Decimal("0.750"), "kg")
    assert scan.value("3922") == Decimal("12.99") and scan.lot == "L1"


def test_gs1_data_under_an_identifier_that_does_not_say_gs1():
    code = DecodedCode("Data Matrix", "010950600013435210ABC", "]d8", gs1=True)
    assert code.scan_text == "]d8\x1d010950600013435210ABC"
    assert interpret(code.scan_text).lot == "ABC"
    plain = DecodedCode("Data Matrix", "010950600013435210ABC", "]d2", gs1=True)
    assert plain.scan_text == "]d2010950600013435210ABC"


def test_gs1_qr_and_databar():
    _, qr = read(barcode("(01)09506000134352(10)ABC", F.QRCode, gs1=True))
    assert isinstance(qr, Gs1ElementString) and qr.lot == "ABC"
    code, bar = read(barcode("0950600013435", F.DataBar))
    assert code.symbology == "]e0" and bar.gtin == "09506000134352"


def test_code128_loyalty_card_with_the_chains_format():
    code, scan = read(barcode("LY0000000000" + "0", F.Code128), ScanConfig((DEMO_LOYALTY,)))
    assert code.symbology == "]C0"
    assert scan == LoyaltyCode("LY00000000000")
    _, unknown = read(barcode("HELLO-123", F.Code128))
    assert unknown.kind == "rejected" and unknown.code.value == "unknown_format"


def test_check_digit_errors_are_not_reported_as_codes():
    # zxing-cpp checks EAN/UPC check digits itself: a damaged label reads as nothing
    assert decode_image(png(Image.new("L", (200, 100), 255))) == []


# --- pictures as shoppers send them --------------------------------------------------------


def order_qr() -> Image.Image:
    return qr_image(encode_order_tracking(ORDER)).convert("L")


def test_screenshot_with_transparency_and_a_photo_as_jpeg():
    qr = order_qr()
    screenshot = Image.new("RGBA", (qr.width + 80, qr.height + 200), (0, 0, 0, 0))
    dark = Image.new("RGBA", qr.size, (0, 0, 0, 255))
    screenshot.paste(dark, (40, 100), mask=qr.point(lambda v: 255 - v))  # dark modules opaque
    _, scan = read(screenshot)
    assert scan == OrderTracking(ORDER)
    photo = Image.new("RGB", (1200, 900), (200, 190, 170))
    photo.paste(qr.resize((qr.width * 2, qr.height * 2)).rotate(8, fillcolor=255), (300, 150))
    _, scan = read(photo.convert("RGB"))
    assert scan == OrderTracking(ORDER)
    assert decode_image(png(photo, "JPEG"))[0].text == encode_order_tracking(ORDER)


def test_several_codes_come_top_to_bottom():
    sheet = Image.new("L", (600, 900), 255)
    sheet.paste(barcode("400638133393", F.EAN13), (50, 600))
    sheet.paste(order_qr(), (50, 50))
    codes = decode_image(png(sheet))
    assert [c.format for c in codes] == ["QR Code", "EAN-13"]


def test_decode_pixels_takes_a_loaded_image():
    assert decode_pixels(order_qr()) == [
        DecodedCode("QR Code", encode_order_tracking(ORDER), "]Q1", gs1=False)
    ]


def test_path_and_bytes_give_the_same(tmp_path):
    path = tmp_path / "code.png"
    order_qr().save(path)
    assert decode_image(path) == decode_image(str(path)) == decode_image(path.read_bytes())


# --- limits and clear errors ----------------------------------------------------------------


def test_refuses_images_over_20_megapixels_before_decoding(tmp_path):
    path = tmp_path / "huge.png"
    Image.new("1", (5000, 5000), 1).save(path)  # 25 MP but a small file
    assert path.stat().st_size < 1_000_000
    with pytest.raises(ImageError, match=r"5000 x 5000 pixels \(25 MP\).*over 20 MP"):
        decode_image(path)


def test_refuses_files_over_20_mb(tmp_path):
    path = tmp_path / "big.png"
    path.write_bytes(b"\0" * (MAX_IMAGE_BYTES + 1))
    with pytest.raises(ImageError, match=r"20\.0 MB; images over 20 MB"):
        decode_image(path)
    with pytest.raises(ImageError, match="over 20 MB"):
        decode_image(b"\0" * (MAX_IMAGE_BYTES + 1))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.png", "does not exist"),
        (lambda d: d, "is a folder"),
        (lambda d: _write(d / "notes.png", b"just some text"), "not an image"),
        (lambda d: _write(d / "cut.png", png(order_qr())[:200]), "damaged or cut short"),
        (lambda d: _write(d / "empty.png", b""), "not an image"),
    ],
)
def test_unreadable_files_give_a_sentence(tmp_path, make, message):
    with pytest.raises(ImageError, match=message):
        decode_image(make(tmp_path))


def _write(path, data):
    path.write_bytes(data)
    return path


# --- `clienteling scan --image FILE` ----------------------------------------------------------


def test_cli_scan_image_prints_each_code(tmp_path, capsys):
    path = tmp_path / "slip.png"
    sheet = Image.new("L", (600, 900), 255)
    sheet.paste(order_qr(), (50, 50))
    sheet.paste(barcode("400638133393", F.EAN13), (50, 600))
    sheet.save(path)
    assert main(["scan", "--image", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"QR Code: order {ORDER}",
        "EAN-13: EAN-13 product, GTIN 04006381333931",
    ]
    assert main(["scan", "--image", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["kind"] for d in data] == ["order", "product"]
    assert data[0]["symbology"] == "]Q1" and data[0]["fields"] == {"order_id": ORDER}


def test_cli_scan_image_without_codes_or_unreadable(tmp_path, capsys):
    blank = tmp_path / "blank.png"
    Image.new("L", (100, 100), 255).save(blank)
    assert main(["scan", "--image", str(blank)]) == 1
    assert capsys.readouterr().out.strip() == f"no code found in {blank}"
    assert main(["scan", "--image", str(blank), "--json"]) == 1
    assert json.loads(capsys.readouterr().out) == []
    assert main(["scan", "--image", str(tmp_path / "nope.png")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["scan", "--image", str(blank), "4006381333931"]) == 1
    assert "not both" in capsys.readouterr().err
    assert main(["scan"]) == 1


def test_cli_scan_image_with_only_rejected_codes_fails(tmp_path, capsys):
    path = tmp_path / "other.png"
    barcode("HELLO-123", F.Code128).save(path)
    assert main(["scan", "--image", str(path)]) == 1
    assert "not a code this store uses" in capsys.readouterr().out
