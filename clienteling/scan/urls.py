"""Web addresses: splitting them safely, and the chain's own product pages.

A product page is one of ScanConfig.product_url_prefixes followed by the SKU
as the next path segment: "https://shop.example.com/p/SKU-123?utm=qr" gives
SKU-123. Prefixes are compared without regard to case.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, unquote, urlsplit

from .checks import is_domain_id
from .rejections import Reject, RejectCode
from .results import RetailerProductUrl

_END_OF_SEGMENT = re.compile(r"[/?#]")
_WEB_SCHEMES = ("http://", "https://")


def is_web_address(text: str) -> bool:
    return text[:8].lower().startswith(_WEB_SCHEMES)


def split_url(text: str) -> SplitResult:
    """urlsplit, with what it refuses (a broken [IPv6] host, a bad port) as a rejection."""
    try:
        parts = urlsplit(text)
        _ = parts.hostname, parts.port
    except ValueError:
        raise Reject(RejectCode.BAD_VALUE, "a web address that is not well formed") from None
    return parts


def host_of(parts: SplitResult) -> str:
    """The host for a message: shortened, and ASCII so any log or console can print it."""
    host = parts.hostname or "no host"
    host = host if len(host) <= 60 else host[:57] + "..."
    return host.encode("ascii", "backslashreplace").decode("ascii")


def parse_retailer_url(text: str, prefixes: tuple[str, ...]) -> RetailerProductUrl | None:
    for prefix in prefixes:
        if text[: len(prefix)].lower() == prefix.lower():
            return _product_page(text, prefix)
    return None


def _product_page(text: str, prefix: str) -> RetailerProductUrl:
    sku = unquote(_END_OF_SEGMENT.split(text[len(prefix) :], maxsplit=1)[0])
    if not is_domain_id(sku):
        raise Reject(
            RejectCode.BAD_VALUE,
            f"a page of the chain's shop ({prefix}) without a product number after it",
        )
    return RetailerProductUrl(sku=sku, prefix=prefix, url=text)
