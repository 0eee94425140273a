"""The app's own QR codes, as `clienteling:` URIs, and the functions that write them.

    clienteling://order/<order UUID>
    clienteling://enroll?hq=<HQ address, percent-encoded>&code=<one-time code>
    clienteling://signup?store=<store id>[&associate=<employee id>]
    <the chain's sign-up page>?store=<store id>[&associate=<employee id>]

Order tracking may also be an https address, ScanConfig.tracking_url_prefix
followed by the order UUID; shopper sign-up the chain's sign-up page,
ScanConfig.signup_url + ?store=<store id>[&associate=<employee id>], which a
shopper's phone camera opens. Parameters this version does not know are
ignored, so a newer app can add some; a parameter given twice is refused.
The `encode_*` functions raise InvalidField for values no code can carry.
"""

from __future__ import annotations

import re
import uuid
from urllib.parse import parse_qsl, quote, urlencode

from clienteling.domain import scan_settings as rules
from clienteling.domain._checks import require_id
from clienteling.domain.errors import InvalidField
from clienteling.domain.hq_address import is_hq_url

from .checks import is_domain_id
from .rejections import Reject, RejectCode
from .results import Enrollment, OrderTracking, ShopperSignUp
from .urls import split_url

SCHEME = "clienteling"
_PREFIX = f"{SCHEME}://"
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# What HQ hands out (ABCD-EFGH-JKLM-NPQR) and what its enroll request accepts (4-64 characters).
_ENROLL_CODE = re.compile(r"(?=.{4,64}\Z)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")


def is_app_uri(text: str) -> bool:
    return text[: len(_PREFIX)].lower() == _PREFIX


def parse_app_uri(text: str) -> OrderTracking | Enrollment | ShopperSignUp:
    """The app code `text` (a clienteling:// URI) stands for."""
    parts = split_url(text)
    what = parts.netloc.lower()
    if what == "order":
        return _order(parts.path[1:] if parts.path.startswith("/") else "")
    params = _params(parts.query)
    if what == "enroll":
        return _enrollment(params)
    if what == "signup":
        return _signup(params)
    raise Reject(
        RejectCode.UNKNOWN_FORMAT,
        "a Clienteling code this version of the app does not know; update the app",
    )


def parse_tracking_url(text: str, prefix: str | None) -> OrderTracking | None:
    if prefix is None or text[: len(prefix)].lower() != prefix.lower():
        return None
    return _order(text[len(prefix) :])


def parse_signup_url(text: str, signup_url: str | None) -> ShopperSignUp | None:
    """The chain's sign-up page with its store (and associate) parameters, else None."""
    if signup_url is None or text[: len(signup_url)].lower() != signup_url.lower():
        return None
    rest = text[len(signup_url) :]
    if rest.startswith("/?"):  # the page's address written with a final "/"
        rest = rest[1:]
    if rest and not rest.startswith(("?", "#")):
        return None  # another page under the same address
    return _signup(_params(split_url(text).query))


def _order(text: str) -> OrderTracking:
    if not _UUID.fullmatch(text):
        raise Reject(RejectCode.BAD_VALUE, "an order code without a valid order number")
    return OrderTracking(order_id=str(uuid.UUID(text)))


def _params(query: str) -> dict[str, str]:
    params: dict[str, str] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key in params:
            raise Reject(RejectCode.BAD_VALUE, "an app code with a parameter given twice")
        params[key] = value
    return params


def _enrollment(params: dict[str, str]) -> Enrollment:
    hq_url, code = params.get("hq", ""), params.get("code", "")
    if not is_hq_url(hq_url) or not _ENROLL_CODE.fullmatch(code):
        raise Reject(
            RejectCode.BAD_VALUE,
            "an enrollment code without a valid HQ address or one-time code; ask HQ for a new one",
        )
    return Enrollment(hq_url=hq_url, code=code.upper())


def _signup(params: dict[str, str]) -> ShopperSignUp:
    store, associate = params.get("store", ""), params.get("associate")
    if not is_domain_id(store) or (associate is not None and not is_domain_id(associate)):
        raise Reject(RejectCode.BAD_VALUE, "a sign-up code without a valid store or employee id")
    return ShopperSignUp(store_id=store, associate_id=associate)


# --- writing codes ------------------------------------------------------------------


def encode_order_tracking(order_id: str | uuid.UUID, url_prefix: str | None = None) -> str:
    """clienteling://order/<uuid>, or url_prefix + uuid (an https tracking page)."""
    canonical = str(order_id) if isinstance(order_id, uuid.UUID) else str(order_id).lower()
    if not _UUID.fullmatch(canonical):
        raise InvalidField("order_id", f"{order_id!r} is not a UUID (8-4-4-4-12 hex digits)")
    if url_prefix is None:
        return f"{_PREFIX}order/{canonical}"
    return url_prefix + ("" if url_prefix.endswith("/") else "/") + canonical


def encode_enrollment(hq_url: str, code: str) -> str:
    if not isinstance(hq_url, str) or not is_hq_url(hq_url):
        raise InvalidField("hq_url", f"{hq_url!r}: https with a host (http only to this machine)")
    if not isinstance(code, str) or not _ENROLL_CODE.fullmatch(code):
        raise InvalidField("code", f"{code!r}: 4-64 letters and digits in groups joined by '-'")
    query = urlencode({"hq": hq_url, "code": code.upper()}, quote_via=quote, safe="")
    return f"{_PREFIX}enroll?{query}"


def encode_signup(store_id: str, associate_id: str | None = None, *, url: str | None = None) -> str:
    """The sign-up QR payload: `url` (the chain's https sign-up page) with ?store=..&associate=..,
    or clienteling://signup?... when the chain has no sign-up page configured."""
    params = {"store": require_id(store_id, "store_id")}
    if associate_id is not None:
        params["associate"] = require_id(associate_id, "employee_id")
    if url is None:
        return f"{_PREFIX}signup?{urlencode(params)}"
    return f"{rules.signup_url(url)}?{urlencode(params)}"
