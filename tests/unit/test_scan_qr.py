"""QR codes the app prints: every one decodes (zxing-cpp) back to its payload and its meaning."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from clienteling.domain.errors import InvalidField
from clienteling.hq.cli import enrollment_uri
from clienteling.scan import (
    DEMO_LOYALTY,
    Enrollment,
    OrderTracking,
    ScanConfig,
    ShopperSignUp,
    SignedShopperCode,
    encode_enrollment,
    encode_order_tracking,
    encode_signed_shopper_code,
    encode_signup,
    interpret,
)
from clienteling.scan.image import decode_image
from clienteling.scan.qr import (
    A4,
    QUIET_ZONE,
    RECEIPT_58,
    RECEIPT_80,
    QrTooLarge,
    module_dots,
    qr_image,
    qr_matrix,
    qr_png,
    write_qr_png,
)
from clienteling.scan.slip import (
    OrderSlip,
    SlipLabels,
    SlipLine,
    render_slip,
    write_slip_pdf,
    write_slip_png,
)

KEY = b"k" * 32
NOW = datetime(2026, 5, 1, tzinfo=UTC)
CONFIG = ScanConfig(
    loyalty_formats=(DEMO_LOYALTY,),
    tracking_url_prefix="https://track.example.com/o/",
    shopper_code_keys=(KEY,),
    signup_url="https://join.example.com/signup",
)
ORDER = "0b8f1c2e-3f4a-4b5c-8d9e-0f1a2b3c4d5e"
MEDIA = [RECEIPT_58, RECEIPT_80, A4]

PAYLOADS = {
    "order": encode_order_tracking(ORDER),
    "order_https": encode_order_tracking(ORDER, CONFIG.tracking_url_prefix),
    "enrollment": encode_enrollment("https://hq.example.com:8443/api", "ABCD-EFGH-JKLM-NPQR"),
    "enrollment_demo": encode_enrollment("http://127.0.0.1:8400", "WXYZ-2345"),
    "signup": encode_signup("BR-SP-01"),
    "signup_associate": encode_signup("BR-SP-01", "BR-SP-01-associate"),
    "signup_page": encode_signup("BR-SP-01", "BR-SP-01-associate", url=CONFIG.signup_url),
    "signed_shopper": encode_signed_shopper_code(
        "LY0000012345X", datetime(2026, 5, 2, tzinfo=UTC), KEY
    ),
    "digital_link": "https://id.gs1.org/01/09506000134352/10/ABC123?17=261231",
    "loyalty": "LY1234567890" + "3",
}


def decode_one(png: bytes) -> str:
    codes = decode_image(png)
    assert len(codes) == 1, codes
    assert codes[0].format == "QR Code"
    return codes[0]


@pytest.mark.parametrize("medium", MEDIA, ids=lambda m: m.name)
@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_every_generated_code_decodes_to_its_payload_and_meaning(name, medium):
    payload = PAYLOADS[name]
    meaning = interpret(payload, CONFIG, now=NOW)
    assert meaning.kind != "rejected", meaning
    code = decode_one(qr_png(payload, medium))
    assert code.text == payload
    assert interpret(code.scan_text, CONFIG, now=NOW) == meaning


def test_typed_values_survive_the_round_trip():
    def read(name):
        return interpret(decode_one(qr_png(PAYLOADS[name])).scan_text, CONFIG, now=NOW)

    assert read("order") == OrderTracking(ORDER)
    assert read("order_https") == OrderTracking(ORDER)
    assert read("enrollment") == Enrollment(
        "https://hq.example.com:8443/api", "ABCD-EFGH-JKLM-NPQR"
    )
    assert read("signup_associate") == ShopperSignUp("BR-SP-01", "BR-SP-01-associate")
    assert read("signup_page") == ShopperSignUp("BR-SP-01", "BR-SP-01-associate")
    assert PAYLOADS["signup_page"].startswith("https://join.example.com/signup?store=BR-SP-01&")
    signed = read("signed_shopper")
    assert isinstance(signed, SignedShopperCode) and signed.loyalty_id == "LY0000012345X"


ids = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_-]{0,30}", fullmatch=True)


@settings(max_examples=30, deadline=None)
@given(
    order=st.uuids(),
    store=ids,
    associate=st.none() | ids,
    code=st.from_regex(r"[A-Z0-9]{4}(-[A-Z0-9]{4}){0,3}", fullmatch=True),
)
def test_round_trip_of_generated_codes_for_any_values(order, store, associate, code):
    for payload in (
        encode_order_tracking(order),
        encode_signup(store, associate),
        encode_enrollment("https://hq.example.com", code),
    ):
        decoded = decode_one(qr_png(payload, RECEIPT_58))
        assert decoded.text == payload
        assert interpret(decoded.scan_text) == interpret(payload)
    page = encode_signup(store, associate, url=CONFIG.signup_url)
    decoded = decode_one(qr_png(page, RECEIPT_58))
    assert decoded.text == page
    assert interpret(decoded.scan_text, CONFIG) == ShopperSignUp(store, associate)


# --- the symbol and its size on paper ------------------------------------------------


def test_matrix_has_a_light_quiet_zone_of_four_modules():
    symbol = qr_matrix(PAYLOADS["order"], "M")
    assert symbol.quiet_zone == QUIET_ZONE == 4
    assert symbol.size == 17 + 4 * symbol.version + 2 * QUIET_ZONE
    assert all(len(row) == symbol.size for row in symbol.rows)
    for i in range(QUIET_ZONE):
        assert not any(symbol.rows[i]) and not any(symbol.rows[-1 - i])
        assert not any(row[i] or row[-1 - i] for row in symbol.rows)
    # the finder pattern's dark corner is where the quiet zone ends
    assert symbol.rows[QUIET_ZONE][QUIET_ZONE]


def test_higher_error_correction_needs_a_bigger_symbol():
    payload = PAYLOADS["enrollment"]
    sizes = [qr_matrix(payload, level).version for level in "LMQH"]
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]
    assert qr_matrix(payload, "Q").error_correction == "Q"


def test_media_choose_their_error_correction_and_module_size():
    assert RECEIPT_58.error_correction == RECEIPT_80.error_correction == "M"
    assert A4.error_correction == "Q"
    # 203 dpi: whole dots of 0.125 mm, never under 3 dots (0.375 mm)
    assert RECEIPT_58.mm(RECEIPT_58.min_module_dots) == pytest.approx(0.375, abs=0.01)
    assert RECEIPT_58.mm(module_dots(41, RECEIPT_58)) == pytest.approx(0.5, abs=0.01)
    assert RECEIPT_80.mm(module_dots(41, RECEIPT_80)) == pytest.approx(0.625, abs=0.01)
    assert A4.mm(module_dots(41, A4)) == pytest.approx(1.0, abs=0.05)


def test_order_code_fits_a_58_mm_receipt_with_room_to_spare():
    image = qr_image(PAYLOADS["order"], RECEIPT_58)
    symbol = qr_matrix(PAYLOADS["order"], "M")
    assert image.width == image.height == symbol.size * 4  # 0.5 mm modules
    assert image.width <= RECEIPT_58.width_dots // 2
    assert image.info["dpi"] == (203, 203)


def test_long_payloads_shrink_modules_then_are_refused():
    long = "https://shop.example.com/" + "x" * 600
    symbol = qr_matrix(long, "M")
    assert symbol.size * 4 > RECEIPT_58.width_dots >= symbol.size * 3
    assert module_dots(symbol.size, RECEIPT_58) == 3
    assert decode_one(qr_png(long, RECEIPT_58)).text == long
    with pytest.raises(QrTooLarge, match="58 mm receipt"):
        qr_image("https://shop.example.com/" + "x" * 990, RECEIPT_58)
    with pytest.raises(QrTooLarge):
        qr_matrix("x" * 2000)


@pytest.mark.parametrize(
    ("args", "message"),
    [(("",), "needs some text"), (("abc", "X"), "choose L, M, Q or H"), (("abc", "M", 2), "quiet")],
)
def test_matrix_refuses_what_it_cannot_print(args, message):
    with pytest.raises(ValueError, match=message):
        qr_matrix(*args)


def test_png_file_records_the_printer_resolution(tmp_path):
    path = write_qr_png(PAYLOADS["signup"], tmp_path / "signup.png", A4)
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert round(image.info["dpi"][0]) == 300
    assert decode_one(path.read_bytes()).text == PAYLOADS["signup"]


# --- the order-tracking slip ----------------------------------------------------------

SLIP = OrderSlip(
    order_id=ORDER,
    lines=(
        SlipLine("ST1-BLK-M", "Striped tee, black, M", 2),
        SlipLine("JK9-NVY-L", "Рубашка с длинным рукавом, тёмно-синяя, очень длинное имя", 1),
    ),
    fulfilment="Pick up at Av. Paulista (BR-SP-01) from 12 May",
    store_name="Loja Paulista",
)


@pytest.mark.parametrize("medium", MEDIA, ids=lambda m: m.name)
def test_slip_png_holds_the_tracking_code(medium, tmp_path):
    path = write_slip_png(SLIP, tmp_path / "slip.png", medium)
    with Image.open(path) as image:
        assert image.width == (medium.width_dots if medium is not A4 else 2480)
        if medium is A4:
            assert image.height == 3508  # 297 mm at 300 dpi
    code = decode_one(path.read_bytes())
    assert code.text == encode_order_tracking(ORDER)
    assert interpret(code.scan_text) == OrderTracking(ORDER)


def test_slip_with_https_tracking_and_translated_labels():
    slip = OrderSlip(
        ORDER,
        SLIP.lines,
        "Entrega em casa",
        tracking_url_prefix="https://track.example.com/o/",
        labels=SlipLabels("Pedido", "Itens", "Acompanhe seu pedido"),
    )
    buffer = io.BytesIO()
    render_slip(slip, RECEIPT_58).save(buffer, "PNG")
    assert decode_one(buffer.getvalue()).text == f"https://track.example.com/o/{ORDER}"


@pytest.mark.parametrize("medium", MEDIA, ids=lambda m: m.name)
def test_a_training_slip_says_so_at_its_top_and_foot(medium):
    """A black band the width of the paper (white words in it) above and below: a production
    slip has none, and the training slip's code still reads."""
    slip = dataclasses.replace(SLIP, labels=SlipLabels(training="TRAINING · not a real order"))

    def black_rows(image) -> list[int]:
        grey = image.convert("L")
        rows = []
        for y in range(grey.height):
            row = grey.crop((0, y, grey.width, y + 1))
            if sum(1 for v in row.get_flattened_data() if v < 128) > grey.width * 0.8:
                rows.append(y)
        return rows

    plain, marked = render_slip(SLIP, medium), render_slip(slip, medium)
    assert black_rows(plain) == []
    rows = black_rows(marked)
    assert rows and rows[0] < marked.height // 8  # at the top
    assert any(y > rows[0] + marked.height // 4 for y in rows)  # and again further down
    buffer = io.BytesIO()
    marked.save(buffer, "PNG")
    assert decode_one(buffer.getvalue()).text == encode_order_tracking(ORDER)


def test_receipt_slip_is_pure_black_and_white():
    image = render_slip(SLIP, RECEIPT_80)
    assert image.mode == "1"
    assert render_slip(SLIP, A4).mode == "L"


@pytest.mark.parametrize("medium", MEDIA, ids=lambda m: m.name)
def test_slip_pdf_is_one_page_of_the_slip_size(medium, tmp_path):
    path = write_slip_pdf(SLIP, tmp_path / "slip.pdf", medium)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 1000
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    width_mm = float(box.group(1)) * 25.4 / 72
    expected = 210 if medium is A4 else medium.width_dots * 25.4 / medium.dpi
    assert width_mm == pytest.approx(expected, abs=0.5)


def test_slip_refuses_an_order_id_that_is_not_a_uuid():
    with pytest.raises(InvalidField):
        render_slip(OrderSlip("ORDER-1", (), "x"))


def test_signup_and_enrollment_codes_for_posters():
    payload = encode_signup("BR-SP-01", "BR-SP-01-associate")
    assert interpret(decode_one(qr_png(payload, A4)).scan_text) == ShopperSignUp(
        "BR-SP-01", "BR-SP-01-associate"
    )


# --- HQ writes enrollment codes without importing the terminal's scanner -------------------


@pytest.mark.parametrize(
    "hq_url", ["https://hq.example.com", "https://hq.example.com:8443/api", "http://127.0.0.1:8400"]
)
def test_hq_enrollment_uri_is_what_the_terminal_writes_and_reads(hq_url):
    code = "abcd-efgh-jklm-npqr"
    assert enrollment_uri(hq_url, code) == encode_enrollment(hq_url, code)
    assert interpret(enrollment_uri(hq_url, code)) == Enrollment(hq_url, code.upper())


@pytest.mark.parametrize(
    "hq_url", ["http://hq.example.com", "ftp://hq", "https://", "https://u@hq", "https://hq/?a=1"]
)
def test_hq_refuses_addresses_the_terminal_would_refuse(hq_url):
    with pytest.raises(ValueError, match="--hq-url"):
        enrollment_uri(hq_url, "ABCD")
    assert interpret(f"clienteling://enroll?hq={hq_url}&code=ABCD").kind == "rejected"
