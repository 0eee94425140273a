"""Practice material for training: loyalty cards of practice shoppers and product tags, as a PDF
for a 58 or 80 mm receipt printer (one card after another, a page each) or A4 (a grid to cut).

    write_practice_cards(path, cards, tags, paper="a4", store_name="") -> pages written

Every card and tag carries "TRAINING" reversed (white on black) at its top and foot, like the
training order slip (clienteling.scan.slip), so nobody takes one for a real card or price.

- A loyalty card's QR holds the card number exactly as the chain prints it (LY + 11 digits):
  what the app's scanner reads as that shopper's card.
- A tag has the GTIN as an EAN-13 (clienteling.scan.ean13) and as a GS1 Digital Link QR
  (https://id.gs1.org/01/<GTIN-14>), both of which the app reads as that product.

The page is drawn in printer dots (QPdfWriter at the printer's resolution: 203 dpi for receipt
printers, 300 for A4), and every module and bar is a whole number of dots, so a bar prints
exactly as wide as it is meant to be. Sizes (docs/training.md, "Practice cards"): EAN-13
modules of 3 dots (0.375 mm) on 58 mm paper, 4 dots (0.50 mm / 0.34 mm) on 80 mm and A4;
QR modules as the slip's (clienteling.scan.qr), quiet zones kept.

The words are the app's, translated (context PracticeCards); product names, money and sizes
as the app shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from clienteling.scan.ean13 import (
    QUIET_LEFT,
    QUIET_RIGHT,
    WIDTH,
    ean13_digits,
    ean13_modules,
    guard_modules,
)
from clienteling.scan.qr import A4, RECEIPT_58, RECEIPT_80, PrintMedium, module_dots, qr_matrix

from . import formats

DIGITAL_LINK = "https://id.gs1.org/01/"  # GS1's resolver: what a phone opens, what we read


@dataclass(frozen=True)
class ShopperCard:
    name: str
    loyalty_id: str


@dataclass(frozen=True)
class ProductTag:
    sku: str
    gtin: str
    name: str
    colour: str
    size: str
    price_minor: int
    currency: str

    @property
    def qr_payload(self) -> str:
        return DIGITAL_LINK + self.gtin.zfill(14)


@dataclass(frozen=True)
class Paper:
    key: str
    medium: PrintMedium
    bar_dots: int  # an EAN-13 module, in printer dots
    qr_max_mm: float  # the widest a card's QR may be

    @property
    def dpi(self) -> int:
        return self.medium.dpi

    def dots(self, mm: float) -> int:
        return round(mm * self.dpi / 25.4)


PAPERS = {
    "58mm": Paper("58mm", RECEIPT_58, 3, 30),
    "80mm": Paper("80mm", RECEIPT_80, 4, 36),
    "a4": Paper("a4", A4, 4, 30),
}
_A4_MARGIN_MM, _A4_GAP_MM = 10, 6
_FONT = "DejaVu Sans"


class CardsNotWritten(OSError):
    """The PDF could not be written (the folder is missing or not writable)."""


def _labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "card_band": translate("PracticeCards", "TRAINING · not a real card"),
        "tag_band": translate("PracticeCards", "TRAINING · not for sale"),
        "loyalty": translate("PracticeCards", "Loyalty card"),
        "card_hint": translate(
            "PracticeCards", "Practice shopper: scan at the till to open the profile"
        ),
        "variant": translate("PracticeCards", "Colour {colour} · Size {size}"),
    }


# --- blocks: a card is a column of them ------------------------------------------------------


@dataclass
class _Text:
    text: str
    size: float  # x the paper's text size
    bold: bool = False


@dataclass
class _Band:
    text: str


@dataclass
class _Gap:
    size: float  # x the paper's text size


@dataclass
class _Qr:
    payload: str
    max_mm: float


@dataclass
class _Bars:
    gtin13: str


@dataclass
class _Row:
    blocks: list = field(default_factory=list)  # side by side when they fit, else stacked


class _Layout:
    """Measures and draws blocks in printer dots on one paint device."""

    def __init__(self, paper: Paper, device) -> None:
        self.paper, self.device = paper, device
        self.text_dots = paper.dots(3.0 if paper.key != "a4" else 3.4)
        self.margin = paper.dots(1.5 if paper.key != "a4" else 3)
        self._symbols: dict[str, object] = {}

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(_FONT)
        font.setPixelSize(max(6, round(self.text_dots * size)))
        font.setBold(bold)
        return font

    def _qr(self, block: _Qr, width: int) -> tuple[object, int]:
        symbol = self._symbols.get(block.payload)
        if symbol is None:  # made once: blocks are measured more than once
            symbol = qr_matrix(block.payload, self.paper.medium.error_correction)
            self._symbols[block.payload] = symbol
        room = min(width, self.paper.dots(block.max_mm))
        return symbol, module_dots(symbol.size, self.paper.medium, room)

    def _bars_size(self) -> tuple[int, int]:
        module = self.paper.bar_dots
        bars = round(self.paper.dots(14 if self.paper.key == "a4" else 11))
        return (QUIET_LEFT + WIDTH + QUIET_RIGHT) * module, bars + module * 9

    def size(self, block, width: int) -> tuple[int, int]:
        """(width, height) the block takes in a column `width` dots wide."""
        if isinstance(block, _Gap):
            return width, round(self.text_dots * block.size)
        if isinstance(block, _Text | _Band):
            font = self._font_of(block, width)
            metrics = QFontMetrics(font, self.device)
            inner = width - 2 * self.margin
            flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter)
            height = metrics.boundingRect(QRect(0, 0, inner, 10**6), flags, block.text).height()
            return width, height + (metrics.height() // 2 if isinstance(block, _Band) else 0)
        if isinstance(block, _Qr):
            symbol, module = self._qr(block, width - 2 * self.margin)
            return symbol.size * module, symbol.size * module
        if isinstance(block, _Bars):
            return self._bars_size()
        sizes = [self.size(b, width) for b in block.blocks]
        if self._side_by_side(block, width):
            return width, max(h for _, h in sizes)
        return width, sum(h for _, h in sizes)

    def _font_of(self, block: _Text | _Band, width: int) -> QFont:
        """A text's font; a band's the largest of three sizes that keeps it on one line."""
        if isinstance(block, _Text):
            return self.font(block.size, block.bold)
        for size in (1.1, 0.9, 0.75):
            font = self.font(size, True)
            if (
                QFontMetrics(font, self.device).horizontalAdvance(block.text)
                <= width - 2 * self.margin
            ):
                break
        return font

    def _side_by_side(self, row: _Row, width: int) -> bool:
        widths = [self.size(b, width)[0] for b in row.blocks]
        return sum(widths) + self.margin * (len(widths) + 1) <= width

    def height(self, blocks: list, width: int) -> int:
        return sum(self.size(b, width)[1] for b in blocks)

    def draw(self, painter: QPainter, blocks: list, x: int, y: int, width: int) -> int:
        for block in blocks:
            y += self._draw(painter, block, x, y, width)
        return y

    def _draw(self, painter: QPainter, block, x: int, y: int, width: int) -> int:
        w, h = self.size(block, width)
        if isinstance(block, _Text | _Band):
            band = isinstance(block, _Band)
            font = self._font_of(block, width)
            if band:
                painter.fillRect(QRect(x, y, width, h), QColor("black"))
            painter.setFont(font)
            painter.setPen(QColor("white" if band else "black"))
            flags = int(
                Qt.TextFlag.TextWordWrap
                | Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignVCenter
            )
            inner = QRect(x + self.margin, y, width - 2 * self.margin, h)
            painter.drawText(inner, flags, block.text)
        elif isinstance(block, _Qr):
            symbol, module = self._qr(block, width - 2 * self.margin)
            self._paint_qr(painter, symbol, module, x + (width - w) // 2, y)
        elif isinstance(block, _Bars):
            self._paint_bars(painter, block.gtin13, x + (width - w) // 2, y)
        elif isinstance(block, _Row):
            if self._side_by_side(block, width):
                widths = [self.size(b, width)[0] for b in block.blocks]
                space = (width - sum(widths)) // (len(widths) + 1)
                left = x + space
                for b, bw in zip(block.blocks, widths, strict=True):
                    bh = self.size(b, width)[1]
                    # the column the child measured itself in: its width and margins
                    self._draw(
                        painter, b, left - self.margin, y + (h - bh) // 2, bw + 2 * self.margin
                    )
                    left += bw + space
            else:
                self.draw(painter, block.blocks, x, y, width)
        return h

    @staticmethod
    def _paint_qr(painter: QPainter, symbol, module: int, x: int, y: int) -> None:
        side = symbol.size * module
        painter.fillRect(QRect(x, y, side, side), QColor("white"))
        black = QColor("black")
        for row, modules in enumerate(symbol.rows):
            for column, dark in enumerate(modules):
                if dark:
                    painter.fillRect(
                        QRect(x + column * module, y + row * module, module, module), black
                    )

    def _paint_bars(self, painter: QPainter, digits: str, x: int, y: int) -> None:
        """The EAN-13 with its digits under it: the first left of the start guard, then two
        groups of six; guard bars run down between the groups, as on any product."""
        module = self.paper.bar_dots
        total_w, total_h = self._bars_size()
        painter.fillRect(QRect(x, y, total_w, total_h), QColor("white"))
        digit_h = module * 9
        bar_h = total_h - digit_h
        guards = guard_modules()
        black = QColor("black")
        left = x + QUIET_LEFT * module
        modules = ean13_modules(digits)
        start = 0
        while start < len(modules):  # each bar one rectangle: a run of dark modules
            if modules[start] != "1":
                start += 1
                continue
            end = start
            while end < len(modules) and modules[end] == "1":
                end += 1
            long = start in guards
            height = bar_h + (digit_h // 2 if long else 0)
            painter.fillRect(QRect(left + start * module, y, (end - start) * module, height), black)
            start = end
        font = QFont(_FONT)
        font.setPixelSize(round(digit_h * 0.8))
        painter.setFont(font)
        painter.setPen(black)
        base = QRect(0, y + bar_h, 0, digit_h)
        centre = int(Qt.AlignmentFlag.AlignCenter)
        painter.drawText(base.adjusted(x, 0, left - module, 0), centre, digits[0])
        for group, first in ((digits[1:7], 3), (digits[7:], 50)):
            box = base.adjusted(left + first * module, 0, left + (first + 42) * module, 0)
            painter.drawText(box, centre, group)


# --- the cards ---------------------------------------------------------------------------------


def _card(card: ShopperCard, labels: dict[str, str], store_name: str, paper: Paper) -> list:
    heading = labels["loyalty"] + (f" · {store_name}" if store_name else "")
    return [
        _Band(labels["card_band"]),
        _Gap(0.4),
        _Text(heading, 0.8),
        _Text(card.name, 1.3, bold=True),
        _Gap(0.3),
        _Qr(card.loyalty_id, paper.qr_max_mm),
        _Text(card.loyalty_id, 1.0, bold=True),
        _Text(labels["card_hint"], 0.7),
        _Gap(0.4),
        _Band(labels["card_band"]),
    ]


def _tag(tag: ProductTag, labels: dict[str, str], paper: Paper) -> list:
    codes = _Row([_Qr(tag.qr_payload, min(paper.qr_max_mm, 22))])
    digits = ean13_digits(tag.gtin)
    if digits is not None:  # a GTIN-14 of a case has no EAN-13: its QR only
        codes.blocks.insert(0, _Bars(digits))
    return [
        _Band(labels["tag_band"]),
        _Gap(0.4),
        _Text(tag.name, 1.2, bold=True),
        _Text(labels["variant"].format(colour=tag.colour, size=tag.size), 0.9),
        _Text(formats.money(tag.price_minor, tag.currency), 1.7, bold=True),
        _Gap(0.3),
        codes,
        _Gap(0.4),
        _Band(labels["tag_band"]),
    ]


def write_practice_cards(
    path: str | Path,
    cards: list[ShopperCard],
    tags: list[ProductTag],
    paper: str = "a4",
    store_name: str = "",
) -> int:
    """Write the PDF; returns its number of pages. Needs a QGuiApplication (fonts)."""
    chosen = PAPERS[paper]
    labels = _labels()
    shoppers = [_card(c, labels, store_name, chosen) for c in cards]
    products = [_tag(t, labels, chosen) for t in tags]
    writer = QPdfWriter(str(path))
    writer.setResolution(chosen.dpi)
    writer.setCreator("Clienteling training")
    writer.setTitle(labels["card_band"])
    layout = _Layout(chosen, writer)
    if chosen.key == "a4":
        return _grid(writer, layout, shoppers, products)
    return _roll(writer, layout, shoppers + products)


def _page(writer: QPdfWriter, width: int, height: int, dpi: int) -> None:
    size = QPageSize(
        QSizeF(width / dpi, height / dpi),
        QPageSize.Unit.Inch,
        "",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))


class _Pages:
    """The painter on the writer: the first page begins it, later ones are new pages; it is
    ended however drawing ends (a painter left active on a deleted writer crashes Qt)."""

    def __init__(self, writer: QPdfWriter) -> None:
        self.writer, self.painter, self.count = writer, QPainter(), 0

    def next(self) -> QPainter:
        if self.count == 0:
            if not self.painter.begin(self.writer):
                raise CardsNotWritten(
                    "the PDF could not be written there; choose a folder you can write in"
                )
        elif not self.writer.newPage():
            raise CardsNotWritten("the PDF could not be written (is the disk full?)")
        self.count += 1
        return self.painter

    def __enter__(self) -> _Pages:
        return self

    def __exit__(self, *exc) -> None:
        if self.painter.isActive():
            self.painter.end()


def _roll(writer: QPdfWriter, layout: _Layout, cards: list[list]) -> int:
    """Receipt paper: each card a page of the printable width and its own height."""
    width = layout.paper.medium.width_dots
    feed = layout.paper.dots(6)  # paper after a card, to tear it off
    with _Pages(writer) as pages:
        for blocks in cards:
            height = layout.height(blocks, width) + feed
            _page(writer, width, height, layout.paper.dpi)
            painter = pages.next()
            painter.fillRect(QRect(0, 0, width, height), QColor("white"))
            layout.draw(painter, blocks, 0, 0, width)
    return pages.count


def _grid(writer: QPdfWriter, layout: _Layout, *groups: list[list]) -> int:
    """A4: two columns of cards with a dashed cut line around each; cards, then tags."""
    paper = layout.paper
    page_w, page_h = paper.dots(210), paper.dots(297)
    margin, gap = paper.dots(_A4_MARGIN_MM), paper.dots(_A4_GAP_MM)
    cell_w = (page_w - 2 * margin - gap) // 2
    cut = paper.dots(1.5)  # outside the card: cutting on it leaves the card whole
    pen = QPen(QColor(150, 150, 150), max(1, paper.dots(0.2)), Qt.PenStyle.DashLine)
    _page(writer, page_w, page_h, paper.dpi)
    with _Pages(writer) as pages:
        painter, y = None, page_h  # no page yet: the first card starts one
        for cards in groups:  # tags go on under the cards while a row of them fits
            if not cards:
                continue
            cell_h = max(layout.height(b, cell_w) for b in cards)
            for i, blocks in enumerate(cards):
                if i % 2 == 0 and y + cell_h > page_h - margin:
                    painter, y = pages.next(), margin
                    painter.fillRect(QRect(0, 0, page_w, page_h), QColor("white"))
                x = margin + (i % 2) * (cell_w + gap)
                layout.draw(painter, blocks, x, y, cell_w)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRect(x - cut, y - cut, cell_w + 2 * cut, cell_h + 2 * cut))
                if i % 2 == 1 or i == len(cards) - 1:
                    y += cell_h + gap
    return pages.count
