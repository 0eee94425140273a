"""Barcodes in a picture (a screenshot the shopper shows, a photo, a camera frame), via zxing-cpp.

    decode_image(path_or_bytes) -> list[DecodedCode]   every code found, top to bottom
    decode_pixels(image) -> list[DecodedCode]          an already-loaded PIL image or QImage

Each DecodedCode has the code's `format` ("QR Code", "EAN-13", ...), its
`text` and the AIM symbology identifier; `scan_text` (identifier + text, GS1
separators as GS) is what a keyboard-wedge scanner set to send identifiers
would type, and what `interpret` reads best: "]d2" says GS1 DataMatrix, "]E0"
EAN/UPC.

Limits, checked before any pixel is decoded: files of at most 20 MB and
images of at most 20 megapixels (a phone photo is 12). Anything else, or a
file that is not an image, raises ImageError with a sentence to show.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

from clienteling.domain.said import Said

MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_PIXELS = 20_000_000


class ImageError(ValueError):
    """The image cannot be read: too big, not an image, or not there."""


@dataclass(frozen=True)
class DecodedCode:
    format: str  # zxing-cpp's name: "QR Code", "EAN-13", "Data Matrix", "Code 128", ...
    text: str  # the content; GS1 data as element string with GS separators
    symbology: str  # AIM identifier, e.g. "]Q1", "]d2", "]E0" ("" when the reader gives none)
    gs1: bool = False  # the symbol starts with FNC1: its text is a GS1 element string

    @property
    def scan_text(self) -> str:
        """The code as `interpret` should read it: identifier + content.

        zxing-cpp 3.1 labels some GS1 DataMatrix symbols "]d8" rather than "]d2";
        a leading GS (FNC1 in first position) keeps such data GS1 for `interpret`."""
        fnc1 = "\x1d" if self.gs1 and self.symbology not in _GS1_IDENTIFIERS else ""
        return self.symbology + fnc1 + self.text


_GS1_IDENTIFIERS = ("]C1", "]e0", "]d2", "]Q3", "]J1")


def decode_image(source: str | os.PathLike[str] | bytes) -> list[DecodedCode]:
    """Every barcode zxing-cpp finds in an image file (path) or its content (bytes)."""
    from PIL import Image, UnidentifiedImageError

    name = "the image" if isinstance(source, bytes | bytearray) else str(source)
    data = _read(source, name)
    try:
        with Image.open(io.BytesIO(data)) as image:  # reads the header only
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise ImageError(
                    Said(
                        f"{name} is {width} x {height} pixels ({width * height / 1e6:.0f} MP); "
                        f"images over {MAX_IMAGE_PIXELS // 1_000_000} MP are refused: crop or "
                        "shrink it",
                        "image_too_big",
                    )
                )
            image.load()
            return decode_pixels(_grey(image))
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise ImageError(
            Said(f"{name} is not an image this app can read (PNG, JPEG, ...)", "not_an_image")
        ) from None
    except (OSError, SyntaxError, ValueError) as exc:
        if isinstance(exc, ImageError):
            raise
        raise ImageError(Said(f"{name} is damaged or cut short: {exc}", "image_damaged")) from None


def _read(source: str | os.PathLike[str] | bytes, name: str) -> bytes:
    if isinstance(source, bytes | bytearray):
        if len(source) > MAX_IMAGE_BYTES:
            raise ImageError(_too_big(name, len(source)))
        return bytes(source)
    path = Path(source)
    try:
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_IMAGE_BYTES:
                raise ImageError(_too_big(name, size))
            data = f.read(MAX_IMAGE_BYTES + 1)
    except IsADirectoryError:
        raise ImageError(Said(f"{name} is a folder, not an image", "not_an_image")) from None
    except FileNotFoundError:
        raise ImageError(Said(f"{name} does not exist", "image_unreadable")) from None
    except PermissionError:
        raise ImageError(
            Said(f"{name} cannot be read: permission denied", "image_unreadable")
        ) from None
    except OSError as exc:
        raise ImageError(
            Said(f"{name} cannot be read: {exc.strerror or exc}", "image_unreadable")
        ) from None
    if len(data) > MAX_IMAGE_BYTES:  # grew while we read it
        raise ImageError(_too_big(name, len(data)))
    return data


def _too_big(name: str, size: int) -> Said:
    return Said(
        f"{name} is {size / 1024 / 1024:.1f} MB; images over "
        f"{MAX_IMAGE_BYTES // 1024 // 1024} MB are refused",
        "image_too_big",
    )


def _grey(image):
    """8-bit grey; transparent pixels become white (screenshots with an alpha channel)."""
    from PIL import Image

    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("L")
    return image.convert("L")


def decode_pixels(image: object) -> list[DecodedCode]:
    """Codes in a PIL image (grey or RGB) or a QImage, ordered top to bottom, left to right."""
    import zxingcpp

    found = zxingcpp.read_barcodes(image, text_mode=zxingcpp.TextMode.Plain)
    found.sort(key=lambda b: (b.position.top_left.y, b.position.top_left.x))
    return [
        DecodedCode(
            format=str(b.format),
            text=b.text,
            symbology=b.symbology_identifier or "",
            gs1=b.content_type == zxingcpp.ContentType.GS1,
        )
        for b in found
        if b.valid
    ]
