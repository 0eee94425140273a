"""QR codes the app prints: the module matrix and PNG images sized for the printer they go to.

    qr_matrix(payload, error_correction="M") -> QrSymbol   dark/light modules, quiet zone included
    qr_image(payload, medium=RECEIPT_80) -> PIL image        one module = whole printer dots
    write_qr_png(payload, path, medium=RECEIPT_80) -> Path   PNG with the printer's dpi recorded

Why these choices (docs/scanning.md, "QR generation"):

- Error correction M (15 %) on receipts: thermal paper prints crisp black, and
  a lower level keeps the symbol small enough for modules of 0.5 mm on 48 mm
  of paper. Q (25 %) on A4: room is plentiful, and sheets are folded, taped
  to counters and photographed from across the desk.
- A quiet zone of 4 modules on every side, as ISO/IEC 18004 requires; readers
  find the finder patterns far less reliably without it.
- Module sizes are whole printer dots, so every module prints the same width:
  203 dpi receipt printers have 0.125 mm dots, 3 dots (0.375 mm) is the
  smallest module phone cameras read reliably.

Pure apart from the file written by write_qr_png; no Qt (ui/ may paint a
QrSymbol with QPainter).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import qrcode
import qrcode.constants
from PIL import Image
from qrcode.image.pil import PilImage

QUIET_ZONE = 4  # modules, ISO/IEC 18004

_LEVELS = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}
_MAX_PAYLOAD = 1024  # characters; every code the app writes is far shorter


class QrTooLarge(ValueError):
    """The payload needs a symbol too big for the paper at the smallest readable module."""


@dataclass(frozen=True)
class PrintMedium:
    """Where a code is printed: resolution, the width the code may take, its module size.

    `module_dots` is the preferred module size in printer dots; a bigger symbol
    shrinks its modules down to `min_module_dots` before QrTooLarge is raised.
    """

    name: str
    dpi: int
    width_dots: int  # printable width: the whole slip is this wide; the code at most this
    module_dots: int
    min_module_dots: int
    error_correction: str

    def mm(self, dots: int) -> float:
        return dots * 25.4 / self.dpi


# 58 mm paper: 48 mm printable = 384 dots at 203 dpi; 80 mm paper: 72 mm = 576 dots.
RECEIPT_58 = PrintMedium("58 mm receipt", 203, 384, 4, 3, "M")  # 0.50 mm modules
RECEIPT_80 = PrintMedium("80 mm receipt", 203, 576, 5, 3, "M")  # 0.63 mm modules
RECEIPT_DOTS_PER_CHARACTER = 12  # a thermal printer's font A: 12 x 24 dots at 203 dpi


def receipt_medium(characters: int) -> PrintMedium:
    """A receipt printer that prints `characters` a line (fleet setting `receipt_width`):
    32 is a 58 mm printer (384 dots), 42 an 80 mm one in its 42-column mode, 48 the
    same paper's full width (576 dots). The slip is drawn that wide, so its text wraps
    where the printer's lines end."""
    if characters * RECEIPT_DOTS_PER_CHARACTER == RECEIPT_58.width_dots:
        return RECEIPT_58
    if characters * RECEIPT_DOTS_PER_CHARACTER == RECEIPT_80.width_dots:
        return RECEIPT_80
    dots = characters * RECEIPT_DOTS_PER_CHARACTER
    module = RECEIPT_80.module_dots if dots >= RECEIPT_80.width_dots else RECEIPT_58.module_dots
    return PrintMedium(f"{characters}-character receipt", 203, dots, module, 3, "M")


# A4 at 300 dpi, 190 mm within 10 mm margins; codes of 1 mm modules, at least 0.5 mm.
A4 = PrintMedium("A4", 300, 2244, 12, 6, "Q")


@dataclass(frozen=True)
class QrSymbol:
    """A QR code as rows of modules (True = dark), quiet zone included."""

    rows: tuple[tuple[bool, ...], ...]
    version: int  # 1-40: the symbol is 17 + 4 x version modules wide, before the quiet zone
    error_correction: str
    quiet_zone: int

    @property
    def size(self) -> int:
        return len(self.rows)


def _qr(payload: str, error_correction: str, quiet_zone: int, box: int = 1) -> qrcode.QRCode:
    if not isinstance(payload, str) or not payload:
        raise ValueError("a QR code needs some text")
    if len(payload) > _MAX_PAYLOAD:
        raise QrTooLarge(f"{len(payload)} characters is too long for a printed code")
    if error_correction not in _LEVELS:
        raise ValueError(f"error correction {error_correction!r}: choose L, M, Q or H")
    if quiet_zone < QUIET_ZONE:
        raise ValueError(f"a quiet zone of {quiet_zone} modules is under the {QUIET_ZONE} needed")
    qr = qrcode.QRCode(error_correction=_LEVELS[error_correction], box_size=box, border=quiet_zone)
    qr.add_data(payload)
    qr.make(fit=True)
    return qr


def qr_matrix(payload: str, error_correction: str = "M", quiet_zone: int = QUIET_ZONE) -> QrSymbol:
    """The smallest QR symbol holding `payload` (UTF-8) at that error correction level."""
    qr = _qr(payload, error_correction, quiet_zone)
    rows = tuple(tuple(bool(m) for m in row) for row in qr.get_matrix())
    return QrSymbol(rows, qr.version, error_correction, quiet_zone)


def module_dots(symbol_size: int, medium: PrintMedium, max_dots: int | None = None) -> int:
    """The module size in dots for a symbol `symbol_size` modules wide (quiet zone included)."""
    room = medium.width_dots if max_dots is None else min(max_dots, medium.width_dots)
    for dots in range(medium.module_dots, medium.min_module_dots - 1, -1):
        if symbol_size * dots <= room:
            return dots
    smallest = medium.mm(medium.min_module_dots)
    raise QrTooLarge(
        f"a {symbol_size}-module code does not fit {medium.name} paper with modules of "
        f"{smallest:.2f} mm; shorten what it holds"
    )


def qr_image(
    payload: str, medium: PrintMedium = RECEIPT_80, *, max_dots: int | None = None
) -> Image.Image:
    """A black-and-white ("1") image of the code, one module = module_dots(...) printer dots."""
    size = qr_matrix(payload, medium.error_correction).size
    box = module_dots(size, medium, max_dots)
    qr = _qr(payload, medium.error_correction, QUIET_ZONE, box)
    image = qr.make_image(image_factory=PilImage).get_image()
    image.info["dpi"] = (medium.dpi, medium.dpi)
    return image


def qr_png(payload: str, medium: PrintMedium = RECEIPT_80) -> bytes:
    buffer = io.BytesIO()
    qr_image(payload, medium).save(buffer, "PNG", dpi=(medium.dpi, medium.dpi))
    return buffer.getvalue()


def write_qr_png(payload: str, path: str | Path, medium: PrintMedium = RECEIPT_80) -> Path:
    """Write the code as PNG (dpi recorded, so it prints at its size); returns the path."""
    path = Path(path)
    path.write_bytes(qr_png(payload, medium))
    return path
