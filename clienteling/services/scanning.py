"""What a scan does: the scanned text, interpreted with the chain's settings, resolved to a thing.

    outcome = scans.resolve(raw)             # blocking: cache reads, maybe one HQ call
    outcome.action                           # what the screen should do, see ScanOutcome

Qt-free; the UI calls `resolve` from its task runner and decides what to show.
The chain's scan settings come from HQ (services/scan_settings.py): the
settings' "scan" section, and the vault for the keys of signed shopper codes.
This device's keyboard-wedge scanner has its own section ("scanner"). Format:
docs/scanning.md, "What a scan does".
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from clienteling.api.errors import HQAnswered, HQBusy, HQError, HQUnreachable
from clienteling.cache import catalog, shoppers
from clienteling.cache.store import Cache
from clienteling.domain.roles import Action, require
from clienteling.domain.said import Said
from clienteling.scan import (
    DigitalLink,
    Enrollment,
    Gs1ElementString,
    LoyaltyCode,
    OrderTracking,
    ProductCode,
    Rejected,
    RetailerProductUrl,
    Scan,
    ScanConfig,
    ShopperSignUp,
    SignedShopperCode,
    encode_signup,
    interpret,
)
from clienteling.scan.wedge import WedgeSettings
from clienteling.security.vault import Vault
from clienteling.settings import SettingsFile

from .fleet_settings import FleetSettings
from .orders import OrderRow, Orders
from .scan_settings import scan_config
from .sessions import Sessions

log = logging.getLogger(__name__)

# What the screen does with an outcome (ScanOutcome.action).
SHOPPER = "shopper"  # open the shopper's profile
SHOPPER_MISSING = "shopper_missing"  # not here; `offline` says whether HQ could be asked
PRODUCT = "product"  # the product and stock screen on `sku`
PRODUCT_MISSING = "product_missing"
ORDER = "order"  # the orders screen on `order`
ORDER_MISSING = "order_missing"
ENROLLMENT = "enrollment"  # an enrollment code; this terminal is enrolled already
SIGNUP = "signup"  # a shopper sign-up code: for the shopper's phone, not for the till
REJECTED = "rejected"  # not a code this store uses; `reject_code` says why


@dataclass(frozen=True)
class ScanOutcome:
    """What a scan turned out to be here, with what the screen needs to show it."""

    action: str
    scan: Scan
    raw: str = ""  # the text as scanned
    shopper_id: str | None = None
    shopper_name: str = ""
    loyalty_id: str | None = None
    fetched: bool = False  # the shopper came from HQ just now (and is cached from now on)
    offline: bool = False  # SHOPPER_MISSING / ORDER_MISSING: HQ could not be asked
    sku: str | None = None
    product_name: str = ""
    code: str | None = None  # the GTIN or SKU as scanned (PRODUCT_MISSING shows it)
    lot: str | None = None
    serial: str | None = None
    expiry: date | None = None
    order: OrderRow | None = None
    order_id: str | None = None
    hq_url: str | None = None
    same_hq: bool = False  # ENROLLMENT: the code is for the HQ this terminal uses
    store_id: str | None = None
    reject_code: str | None = None  # a clienteling.scan.RejectCode value
    reason: str = ""  # English, for the log and the support command; the UI words it

    @property
    def kind(self) -> str:
        """The interpretation's kind (product, gs1, loyalty, order, ... rejected)."""
        return self.scan.kind


@dataclass(frozen=True)
class WedgeSetup:
    """The keyboard-wedge scanner setup a terminal uses, and where it comes from."""

    settings: WedgeSettings
    own: bool  # this terminal's own (a manager saved it here); else the store's from HQ


# --- resolving a scan ---------------------------------------------------------------------------


class Scans:
    """Scans for one terminal: interpretation with its chain's settings, then look-ups."""

    def __init__(
        self,
        cache: Cache,
        settings: SettingsFile,
        vault: Vault,
        sessions: Sessions,
        orders: Orders,
        *,
        store_id: str,
        hq_url: str,
        fleet: FleetSettings | None = None,
    ) -> None:
        self.fleet = fleet  # the store's scanner settings from HQ
        self.cache, self.settings, self.vault = cache, settings, vault
        self.sessions, self.orders = sessions, orders
        self.store_id, self.hq_url = store_id, hq_url
        self._config: ScanConfig | None = None
        self._lock = threading.Lock()

    def chain_config(self) -> ScanConfig:
        """The chain's settings with the vault's keys; read again after `forget`."""
        with self._lock:
            if self._config is None:
                self._config = scan_config(self.settings, self.vault)
            return self._config

    def forget(self) -> None:
        """HQ changed the chain's scan settings: read them again for the next scan."""
        with self._lock:
            self._config = None

    def signup_code(self, associate_id: str | None) -> str:
        """The sign-up QR payload for this store and `associate_id`: the chain's sign-up page
        with ?store=..&associate=.., or clienteling://signup?... when HQ set none."""
        url = self.chain_config().signup_url
        return encode_signup(self.store_id, associate_id, url=url)

    def interpret(self, raw: str) -> Scan:
        return interpret(raw, self.chain_config())

    def wedge_settings(self) -> WedgeSettings:
        """The scanner setup in use: this terminal's own when a manager saved one here (a
        scanner unlike the store's), else the store's from HQ (fleet settings
        scanner_prefix, scanner_suffix, scanner_gap_ms), read again at every call."""
        if self.settings.scanner_own() or self.fleet is None:
            return self.settings.scanner()
        return self.fleet.wedge()

    def wedge_setup(self) -> WedgeSetup:
        """The scanner setup in use and whether it is this terminal's own."""
        own = self.settings.scanner_own()
        return WedgeSetup(self.wedge_settings(), own)

    def save_wedge_settings(self, settings: WedgeSettings | None) -> WedgeSetup:
        """Keep this terminal's own scanner settings (None: drop them, the store's apply
        again); the setup now in use. PermissionError unless a manager is signed in
        (domain.roles: the scanner is set up by managers)."""
        session = self.sessions.current
        require(session.role if session else None, Action.SCANNER_SETTINGS)
        self.settings.save_scanner(settings)
        return self.wedge_setup()

    def resolve(self, raw: str) -> ScanOutcome:
        """The scanned text interpreted and looked up; never raises for a bad code.

        - loyalty / signed shopper code: the shopper from the cache; when not
          cached and signed in online, looked up at HQ and cached (`fetched`);
          otherwise SHOPPER_MISSING (`offline` when HQ could not be asked);
        - product code, GS1 (01), Digital Link, retailer URL: the product by GTIN
          or SKU, with lot, serial and expiry carried along;
        - order tracking: the order from the cache or the outbox, else from HQ;
        - enrollment, sign-up: what the code is for;
        - anything else: REJECTED with the parser's code and reason.
        """
        scan = self.interpret(raw)
        return replace(self._resolve(scan), raw=raw if isinstance(raw, str) else "")

    @staticmethod
    def codes_in_image(source: Path | bytes) -> list[str]:
        """The codes in a dropped image file (or its bytes), top to bottom, as scan texts.

        Raises ValueError with a sentence for the associate when the file cannot be read.
        """
        from clienteling.scan.image import ImageError, decode_image  # loads Pillow, zxing-cpp

        try:
            return [c.scan_text for c in decode_image(source)]
        except ImageError as exc:
            raise ValueError(exc.args[0] if exc.args else str(exc)) from None

    def resolve_first(self, texts: list[str]) -> ScanOutcome | None:
        """Several codes at once (a picture): the first this store uses, else the first refusal."""
        outcomes = []
        for text in texts:
            outcome = self.resolve(text)
            if outcome.action != REJECTED:
                return outcome
            outcomes.append(outcome)
        return outcomes[0] if outcomes else None

    def _resolve(self, scan: Scan) -> ScanOutcome:
        if isinstance(scan, Rejected):
            return ScanOutcome(REJECTED, scan, reject_code=scan.code.value, reason=scan.reason)
        if isinstance(scan, LoyaltyCode | SignedShopperCode):
            return self._shopper(scan, scan.loyalty_id)
        if isinstance(scan, ProductCode | Gs1ElementString | DigitalLink | RetailerProductUrl):
            return self._product(scan)
        if isinstance(scan, OrderTracking):
            return self._order(scan)
        if isinstance(scan, Enrollment):
            same = scan.hq_url.rstrip("/") == self.hq_url.rstrip("/")
            return ScanOutcome(ENROLLMENT, scan, hq_url=scan.hq_url, same_hq=same)
        if isinstance(scan, ShopperSignUp):
            return ScanOutcome(SIGNUP, scan, store_id=scan.store_id)
        raise AssertionError(f"unhandled scan {scan!r}")  # pragma: no cover - every kind is above

    # --- shoppers ------------------------------------------------------------------------------

    def _shopper(self, scan: Scan, loyalty_id: str) -> ScanOutcome:
        with self.cache.read() as conn:
            found = shoppers.shopper_by_loyalty(conn, loyalty_id)
        if found is not None:
            return ScanOutcome(
                SHOPPER,
                scan,
                shopper_id=found.shopper_id,
                shopper_name=found.full_name,
                loyalty_id=loyalty_id,
            )
        if self.sessions.client() is None:
            # Signed in offline (or not at all): HQ only answers an associate's session.
            return ScanOutcome(SHOPPER_MISSING, scan, loyalty_id=loyalty_id, offline=True)
        try:
            fetched = self.fetch_shopper(loyalty_id)
        except (HQUnreachable, HQBusy):  # HQ could not be asked (a busy HQ did not answer)
            return ScanOutcome(SHOPPER_MISSING, scan, loyalty_id=loyalty_id, offline=True)
        except HQError as exc:
            # Not the card's number, nor HQ's words, which may quote it.
            log.info("looking up a loyalty card at HQ failed (%s)", exc.__class__.__name__)
            return ScanOutcome(SHOPPER_MISSING, scan, loyalty_id=loyalty_id, offline=False)
        if fetched is None:
            return ScanOutcome(SHOPPER_MISSING, scan, loyalty_id=loyalty_id)
        return ScanOutcome(
            SHOPPER,
            scan,
            shopper_id=fetched[0],
            shopper_name=fetched[1],
            loyalty_id=loyalty_id,
            fetched=True,
        )

    def fetch_shopper(self, loyalty_id: str) -> tuple[str, str] | None:
        """Ask HQ for the holder of a loyalty id outside this terminal's cache and cache them.

        Returns (shopper id, name), or None when HQ knows no such card. Raises
        HQError (HQUnreachable when offline or when nobody is signed in online).
        """
        client = self.sessions.client()
        if client is None:
            raise HQUnreachable(
                Said("sign in online to look shoppers up at HQ", "needs_online_sign_in")
            )
        hits = client.search_shoppers(loyalty_id)
        wanted = loyalty_id.upper()
        hit = next((h for h in hits if (h.get("loyalty_id") or "").upper() == wanted), None)
        if hit is None:
            return None
        record = client.shopper(hit["shopper_id"])
        with self.cache.write() as conn:
            shoppers.keep_fetched(conn, record)
        name = f"{record.get('first_name') or ''} {record.get('last_name') or ''}".strip()
        return record["shopper_id"], name

    # --- products ------------------------------------------------------------------------------

    def _product(self, scan: Scan) -> ScanOutcome:
        lot = serial = None
        expiry = None
        if isinstance(scan, RetailerProductUrl):
            codes, shown = [scan.sku, scan.sku.upper()], scan.sku
        else:
            gtin = scan.gtin
            if gtin is None:  # GS1 data without a GTIN (an SSCC pallet label, a GLN)
                return ScanOutcome(PRODUCT_MISSING, scan)
            codes, shown = gtin_forms(gtin), gtin
        if isinstance(scan, Gs1ElementString | DigitalLink):
            lot, serial, expiry = scan.lot, scan.serial, scan.expiry
        with self.cache.read() as conn:
            found = catalog.product_by_codes(conn, codes)
        if found is None:
            return ScanOutcome(
                PRODUCT_MISSING, scan, code=shown, lot=lot, serial=serial, expiry=expiry
            )
        return ScanOutcome(
            PRODUCT,
            scan,
            sku=found.sku,
            product_name=found.name or "",
            code=shown,
            lot=lot,
            serial=serial,
            expiry=expiry,
        )

    # --- orders --------------------------------------------------------------------------------

    def _order(self, scan: OrderTracking) -> ScanOutcome:
        order_id = scan.order_id
        found = self.orders.find(order_id)
        if found is not None:
            return ScanOutcome(ORDER, scan, order=found, order_id=order_id)
        client = self.sessions.client()
        if client is None:
            return ScanOutcome(ORDER_MISSING, scan, order_id=order_id, offline=True)
        try:
            answer = client.order(order_id)
        except HQAnswered:
            return ScanOutcome(ORDER_MISSING, scan, order_id=order_id)
        except HQError:
            return ScanOutcome(ORDER_MISSING, scan, order_id=order_id, offline=True)
        row = self.orders.row_from_hq(answer)
        return ScanOutcome(ORDER, scan, order=row, order_id=order_id, fetched=True)


def gtin_forms(gtin: str) -> list[str]:
    """A GTIN-14 as catalogs store it: 14, 13 (EAN), 12 (UPC-A) or 8 (EAN-8) digits."""
    forms = [gtin]
    for cut in (1, 2, 6):
        if len(gtin) > cut and set(gtin[:cut]) == {"0"}:
            forms.append(gtin[cut:])
    return forms


__all__ = [
    "ENROLLMENT",
    "ORDER",
    "ORDER_MISSING",
    "PRODUCT",
    "PRODUCT_MISSING",
    "REJECTED",
    "SHOPPER",
    "SHOPPER_MISSING",
    "SIGNUP",
    "ScanOutcome",
    "Scans",
    "WedgeSettings",
    "WedgeSetup",
    "gtin_forms",
]
