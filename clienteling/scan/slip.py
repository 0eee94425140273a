"""The order-tracking slip: order number, items, fulfilment and the tracking QR, as PNG or PDF.
A training terminal's slip has the word TRAINING reversed (white on black) at its top and
its foot, so it is never mistaken for a real order.

    render_slip(slip, medium=RECEIPT_80) -> PIL image
    write_slip_png(slip, path, medium) / write_slip_pdf(slip, path, medium) -> Path
    write_marked_qr_png(payload, path, words, medium) -> Path   a code alone, words around it

Drawn with Pillow and saved as PDF by Pillow (a one-page raster PDF at the
printer's resolution) rather than with Qt's QPdfWriter: the slip stays pure
Python, testable and printable from headless tools, and receipt printers
print raster images anyway. The cost: the PDF's text is not selectable.

The caller passes the words already translated (SlipLabels, fulfilment text):
this module only lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .app_codes import encode_order_tracking
from .qr import A4, RECEIPT_80, PrintMedium, qr_image

_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")  # Latin, Cyrillic, Greek when installed


@dataclass(frozen=True)
class SlipLine:
    """One item: `name` as the shopper reads it ("Trail Runner 2 — Grey, 42"), and `code`,
    the small print under it ("SKU ST00038-GRY-42"; the bare SKU without one)."""

    sku: str
    name: str
    quantity: int
    code: str = ""


@dataclass(frozen=True)
class SlipLabels:
    heading: str = "Order"
    items: str = "Items"
    scan_hint: str = "Scan to follow your order"
    training: str = ""  # a training terminal's slip: this word, reversed, at its top and foot


@dataclass(frozen=True)
class OrderSlip:
    """What the slip shows; `fulfilment` is a sentence ("Pick up at Av. Paulista from 12 May")."""

    order_id: str
    lines: tuple[SlipLine, ...]
    fulfilment: str
    store_name: str = ""
    tracking_url_prefix: str | None = None
    labels: SlipLabels = SlipLabels()

    @property
    def payload(self) -> str:
        """What the slip's QR code holds (raises InvalidField for an order id that is no UUID)."""
        return encode_order_tracking(self.order_id, self.tracking_url_prefix)


@cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(_FONT_FILES[bold], size)
    except OSError:  # no DejaVu on this machine: Pillow's own font (Latin only)
        return ImageFont.load_default(size=size)


class _Page:
    """A column of text and images, drawn top to bottom."""

    def __init__(self, medium: PrintMedium, width: int, margin: int) -> None:
        self.medium, self.width, self.margin = medium, width, margin
        self.text_size = round(medium.dpi * 0.12 if medium is not A4 else medium.dpi * 0.15)
        self.items: list[tuple[str, object, bool]] = []

    def text(self, words: str, *, scale: float = 1.0, bold: bool = False) -> None:
        font = _font(round(self.text_size * scale), bold)
        for line in _wrap(words, font, self.width - 2 * self.margin):
            self.items.append(("text", (line, font), False))

    def gap(self, fraction: float = 0.5) -> None:
        self.items.append(("gap", round(self.text_size * fraction), False))

    def image(self, image: Image.Image) -> None:
        self.items.append(("image", image, True))

    def band(self, words: str) -> None:
        """`words` white on black across the whole width (wrapped when too long): the
        training marker."""
        room = self.width - 2 * self.margin
        font = _font(round(self.text_size * 1.2), True)
        if font.getlength(words) > room:
            font = _font(self.text_size, True)
        for line in _wrap(words, font, room):
            self.items.append(("band", (line, font), False))

    def render(self, min_height: int = 0) -> Image.Image:
        heights = [_height(kind, value) for kind, value, _ in self.items]
        height = max(min_height, sum(heights) + 2 * self.margin)
        page = Image.new("L", (self.width, height), 255)
        draw = ImageDraw.Draw(page)
        y = self.margin
        for (kind, value, centred), h in zip(self.items, heights, strict=True):
            if kind == "text":
                line, font = value
                draw.text((self.margin, y), line, font=font, fill=0)
            elif kind == "band":
                words, font = value
                draw.rectangle((0, y, self.width, y + h - 1), fill=0)
                x = max(self.margin, (self.width - font.getlength(words)) / 2)
                draw.text((x, y + h // 6), words, font=font, fill=255)
            elif kind == "image":
                x = (self.width - value.width) // 2 if centred else self.margin
                page.paste(value.convert("L"), (x, y))
            y += h
        return page


def _height(kind: str, value: object) -> int:
    if kind in ("text", "band"):
        _, font = value
        top, bottom = font.getmetrics()
        return top + bottom if kind == "text" else (top + bottom) * 4 // 3
    if kind == "image":
        return value.height
    return value


def _wrap(words: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Lines of `words` no wider than `width` pixels (a word longer than that is cut)."""
    lines: list[str] = []
    current = ""
    for word in words.split():
        candidate = f"{current} {word}".strip()
        if font.getlength(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while font.getlength(word) > width and len(word) > 1:
            cut = max(i for i in range(1, len(word) + 1) if font.getlength(word[:i]) <= width)
            lines.append(word[: max(cut, 1)])
            word = word[max(cut, 1) :]
        current = word
    if current or not lines:
        lines.append(current)
    return lines


def render_slip(slip: OrderSlip, medium: PrintMedium = RECEIPT_80) -> Image.Image:
    """The slip as an image at the printer's resolution: "1" for receipts, "L" for A4."""
    code = qr_image(slip.payload, medium, max_dots=medium.width_dots * 2 // 3)
    if medium is A4:
        margin = round(medium.dpi * 10 / 25.4)  # 10 mm
        page = _Page(medium, round(medium.dpi * 210 / 25.4), margin)
    else:
        page = _Page(medium, medium.width_dots, round(medium.dpi * 1.5 / 25.4))  # 1.5 mm
    if slip.labels.training:
        page.band(slip.labels.training)
        page.gap()
    if slip.store_name:
        page.text(slip.store_name, bold=True)
    page.text(f"{slip.labels.heading} {slip.order_id}", scale=0.9, bold=True)
    page.gap()
    page.text(slip.fulfilment)
    page.gap()
    page.text(slip.labels.items, bold=True)
    for line in slip.lines:
        page.text(f"{line.quantity} × {line.name}")
        page.text(line.code or line.sku, scale=0.75)
    page.gap()
    page.image(code)
    page.text(slip.labels.scan_hint, scale=0.8)
    page.gap()
    if slip.labels.training:
        page.band(slip.labels.training)
    if medium is A4:
        image = page.render(min_height=round(medium.dpi * 297 / 25.4))
        image.info["dpi"] = (medium.dpi, medium.dpi)
        return image
    # Thermal printers print dots: a hard threshold, not dithered grey edges.
    image = page.render().point(lambda v: 255 if v >= 128 else 0).convert("1", dither=0)
    image.info["dpi"] = (medium.dpi, medium.dpi)
    return image


def write_slip_png(slip: OrderSlip, path: str | Path, medium: PrintMedium = RECEIPT_80) -> Path:
    path = Path(path)
    render_slip(slip, medium).save(path, "PNG", dpi=(medium.dpi, medium.dpi))
    return path


def write_slip_pdf(slip: OrderSlip, path: str | Path, medium: PrintMedium = RECEIPT_80) -> Path:
    """A one-page PDF the size of the slip (A4, or the receipt's printable width)."""
    path = Path(path)
    render_slip(slip, medium).save(path, "PDF", resolution=float(medium.dpi))
    return path


def marked_qr_image(payload: str, words: str, medium: PrintMedium = A4) -> Image.Image:
    """A code alone (a sign-up poster's), with `words` reversed above and below it, as on a
    training slip: at least 8 cm wide on A4 so the words fit, the code's quiet zone kept."""
    code = qr_image(payload, medium)
    margin = round(medium.dpi * 3 / 25.4)
    least = round(medium.dpi * (80 if medium is A4 else 48) / 25.4)
    page = _Page(medium, min(max(code.width + 2 * margin, least), medium.width_dots), margin)
    page.band(words)
    page.gap()
    page.image(code)
    page.gap()
    page.band(words)
    image = page.render()
    image.info["dpi"] = (medium.dpi, medium.dpi)
    return image


def write_marked_qr_png(
    payload: str, path: str | Path, words: str, medium: PrintMedium = A4
) -> Path:
    """marked_qr_image as PNG, its dpi recorded; returns the path."""
    path = Path(path)
    marked_qr_image(payload, words, medium).save(path, "PNG", dpi=(medium.dpi, medium.dpi))
    return path
