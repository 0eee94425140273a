"""Interpreting scanned payloads: pure functions from the scanner's text to typed results.

    interpret(raw, config=None, *, now=None) -> Scan   never raises; Rejected says why not
    describe(scan) -> dict                             JSON-ready, for the support command
    summary(scan) -> str                               one line of English

and the writers of the app's own codes (encode_order_tracking, encode_enrollment,
encode_signup, encode_signed_shopper_code). Formats, settings and rejection
codes: docs/scanning.md. No Qt and no I/O here; scanners and cameras live elsewhere.

Submodules not imported here (they load Pillow, qrcode or zxing-cpp):
qr (QR symbols and PNGs sized for receipt printers and A4), slip (the
order-tracking slip as PNG/PDF), image (decode_image: codes in a picture),
wedge (keyboard-wedge burst detection, pure).
"""

from .app_codes import encode_enrollment, encode_order_tracking, encode_signup
from .checks import CheckAlgorithm
from .config import DEMO_LOYALTY, LoyaltyFormat, ScanConfig
from .describe import describe, summary
from .payload import interpret
from .product import expand_upc_e
from .rejections import RejectCode, Rejected
from .results import (
    DigitalLink,
    Enrollment,
    Gs1Element,
    Gs1ElementString,
    Gs1Value,
    LoyaltyCode,
    Measure,
    OrderTracking,
    ProductCode,
    RetailerProductUrl,
    Scan,
    ShopperSignUp,
    SignedShopperCode,
    Symbology,
)
from .shopper_codes import encode_signed_shopper_code

__all__ = [
    "DEMO_LOYALTY",
    "CheckAlgorithm",
    "DigitalLink",
    "Enrollment",
    "Gs1Element",
    "Gs1ElementString",
    "Gs1Value",
    "LoyaltyCode",
    "LoyaltyFormat",
    "Measure",
    "OrderTracking",
    "ProductCode",
    "RejectCode",
    "Rejected",
    "RetailerProductUrl",
    "Scan",
    "ScanConfig",
    "ShopperSignUp",
    "SignedShopperCode",
    "Symbology",
    "describe",
    "encode_enrollment",
    "encode_order_tracking",
    "encode_signed_shopper_code",
    "encode_signup",
    "expand_upc_e",
    "interpret",
    "summary",
]
