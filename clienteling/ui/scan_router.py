"""One door for every scan: wedge scanner, camera, pasted or dropped picture -> `outcome`.

    router = ScanRouter(runner)
    router.set_scans(scans, store_name)
    scan_filter.scanned.connect(router.handle)     # text from a scanner or the camera
    router.handle_image(qimage) / router.handle_file(path)
    router.outcome.connect(window.route_scan)      # a ScanOutcome, on the UI thread
    router.message.connect(banner.show_message)    # (text, kind) when there is nothing to open

Resolving (cache reads, maybe an HQ look-up) and decoding pictures run on the
task runner; the words for each outcome are here so every screen says the same.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QObject, Signal
from PySide6.QtGui import QImage

from clienteling.services import scanning as sc
from clienteling.services.scanning import ScanOutcome, Scans

from .camera import decode_frame
from .tasks import TaskRunner


def _local_date(day: date) -> str:
    """A label's date as it is (no time zone shift), in the locale's short format."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _codes_in(image: QImage) -> list[str]:
    return [c.scan_text for c in decode_frame(image)]


class ScanRouter(QObject):
    """Turns scanned text and pictures into `outcome(ScanOutcome)` or `message(text, kind)`."""

    outcome = Signal(object)  # ScanOutcome
    message = Signal(str, str)  # text, kind ("info" or "error")

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.scans: Scans | None = None
        self.store_name = ""
        self.last: ScanOutcome | None = None

    def set_scans(self, scans: Scans, store_name: str) -> None:
        self.scans, self.store_name = scans, store_name

    # --- sources -----------------------------------------------------------------------------

    def handle(self, text: str) -> None:
        """A code's text (a scanner burst, a camera code): resolve it off the UI thread."""
        if self.scans is None:
            return
        self.runner.run(
            self.scans.resolve, text, key="scan", done=self._resolved, failed=self._failed
        )

    def handle_image(self, image: QImage) -> None:
        """A pasted picture: decode it off the UI thread, then act on its first good code."""
        if self.scans is None or image.isNull():
            return
        self.message.emit(self.tr("Reading the picture…"), "info")
        self.runner.run(
            _codes_in, image.copy(), key="scan-image", done=self._codes, failed=self._failed
        )

    def handle_file(self, path: Path) -> None:
        """A dropped image file: decoded off the UI thread like a pasted picture."""
        if self.scans is None:
            return
        self.message.emit(self.tr("Reading the picture…"), "info")
        self.runner.run(
            self.scans.codes_in_image,
            Path(path),
            key="scan-image",
            done=self._codes,
            failed=self._failed,
        )

    def _codes(self, found: list[str]) -> None:
        if not found:
            self.message.emit(
                self.tr("No barcode or QR code was found in the picture. Try a sharper one."),
                "error",
            )
            return
        self.runner.run(
            self.scans.resolve_first, found, key="scan", done=self._resolved, failed=self._failed
        )

    def _resolved(self, outcome: ScanOutcome | None) -> None:
        if outcome is None:
            return
        self.last = outcome
        self.outcome.emit(outcome)

    def _failed(self, why: str) -> None:
        self.message.emit(self.tr("The scan could not be used: {why}").format(why=why), "error")

    # --- words ---------------------------------------------------------------------------------

    def reject_text(self, code: str | None, reason: str = "") -> str:
        """The associate's words for a refused code, by its RejectCode value."""
        words = {
            "empty": self.tr("The scan was empty. Scan the code again."),
            "too_long": self.tr("The code is far too long to be one this store uses."),
            "bad_encoding": self.tr(
                "The scanner sent something that is not text. Check the scanner's settings."
            ),
            "control_char": self.tr(
                "The scanner sent a control character inside the code. "
                "Check the scanner's settings."
            ),
            "unknown_format": self.tr("This is not a code this store uses."),
            "check_digit": self.tr(
                "The check digit is wrong: scan it again, or type the number carefully."
            ),
            "bad_length": self.tr("The code has the wrong number of characters."),
            "bad_characters": self.tr("The code has characters that do not belong in it."),
            "bad_date": self.tr("The label holds a date that does not exist."),
            "unknown_ai": self.tr("The label holds GS1 data this app does not read."),
            "duplicate_ai": self.tr("The label holds the same GS1 field twice."),
            "bad_value": self.tr("The code is incomplete or damaged."),
            "bad_signature": self.tr(
                "This shopper code was altered or does not come from our app."
            ),
            "expired": self.tr(
                "This shopper code has expired: ask the shopper to open it again in the app."
            ),
            "not_configured": self.tr(
                "This terminal is not set up to check this kind of shopper code."
            ),
        }
        return words.get(code or "", reason or self.tr("This is not a code this store uses."))

    def describe(self, outcome: ScanOutcome) -> str:
        """One line: what the scan was read as (the settings screen's test field)."""
        scan = outcome.scan
        kind = {
            "product": self.tr("Product barcode"),
            "gs1": self.tr("GS1 label"),
            "digital_link": self.tr("GS1 Digital Link"),
            "retailer_url": self.tr("Our product page"),
            "loyalty": self.tr("Loyalty card"),
            "signed_shopper": self.tr("Shopper code from our app"),
            "order": self.tr("Order tracking code"),
            "enrollment": self.tr("Terminal enrollment code"),
            "signup": self.tr("Shopper sign-up code"),
            "rejected": self.tr("Not accepted"),
        }.get(scan.kind, scan.kind)
        if outcome.action == sc.REJECTED:
            return f"{kind}: {self.reject_text(outcome.reject_code, outcome.reason)}"
        value = (
            getattr(scan, "gtin", None)
            or getattr(scan, "sku", None)
            or getattr(scan, "loyalty_id", None)
            or getattr(scan, "order_id", None)
            or getattr(scan, "store_id", None)
            or getattr(scan, "hq_url", None)
            or ""
        )
        return f"{kind}: {value}" if value else kind

    def outcome_text(self, outcome: ScanOutcome) -> tuple[str, str] | None:
        """(text, kind) to show for outcomes that open nothing; None when a screen opens."""
        action = outcome.action
        if action == sc.SHOPPER_MISSING:
            if outcome.offline:
                return (
                    self.tr(
                        "Loyalty card {card}: this shopper is not in this store's list; "
                        "connect to HQ to look them up."
                    ).format(card=outcome.loyalty_id),
                    "error",
                )
            return (
                self.tr("No shopper has the loyalty card {card}.").format(card=outcome.loyalty_id),
                "error",
            )
        if action == sc.PRODUCT_MISSING:
            if outcome.code is None:
                return (self.tr("This GS1 label has no product number (GTIN) to look up."), "error")
            return (
                self.tr(
                    "No product with the code {code} is in the catalog on this terminal."
                ).format(code=outcome.code),
                "error",
            )
        if action == sc.ORDER_MISSING:
            short = (outcome.order_id or "")[:8]
            if outcome.offline:
                return (
                    self.tr(
                        "Order {order} is not on this terminal; connect to HQ to look it up."
                    ).format(order=short),
                    "error",
                )
            return (self.tr("HQ knows no order {order}.").format(order=short), "error")
        if action == sc.ENROLLMENT:
            return (
                self.tr(
                    "This is a terminal enrollment code. This terminal is already enrolled "
                    "with {store}: scan the code on the new terminal instead."
                ).format(store=self.store_name),
                "info",
            )
        if action == sc.SIGNUP:
            return (
                self.tr(
                    "This is a shopper sign-up code: the shopper scans it with their phone "
                    "to join the loyalty programme."
                ),
                "info",
            )
        if action == sc.REJECTED:
            return (self.reject_text(outcome.reject_code, outcome.reason), "error")
        return None

    def product_details(self, outcome: ScanOutcome) -> str:
        """Lot, serial and expiry read from the label, for the product screen; '' if none."""
        parts = []
        if outcome.lot:
            parts.append(self.tr("Lot {lot}").format(lot=outcome.lot))
        if outcome.serial:
            parts.append(self.tr("Serial {serial}").format(serial=outcome.serial))
        if outcome.expiry:
            parts.append(self.tr("Expires {date}").format(date=_local_date(outcome.expiry)))
        return "  ·  ".join(parts)
