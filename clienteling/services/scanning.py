"""What a scan does: the scanned text, interpreted with the chain's settings, resolved to a thing.

    scans = Scans(desk)                      # one per open terminal (the window makes it)
    outcome = scans.resolve(raw)             # blocking: cache reads, maybe one HQ call
    outcome.action                           # what the screen should do, see ScanOutcome

Qt-free; the UI calls `resolve` from its task runner and decides what to show.

The chain's scan settings come from HQ (services/scan_settings.py, one place:
`scan_config(home, vault)`): `<terminal home>/scan.json` for loyalty card
formats, product page, tracking and sign-up addresses, the vault for the keys
of signed shopper codes. The keyboard-wedge settings are
`<terminal home>/scanner.json` (`wedge_settings`, `save_wedge_settings`).
Both files live next to `terminal.json`, never in the cache. Format:
docs/scanning.md, "What a scan does".
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from pathlib import Path

import sqlcipher3

from clienteling.api.errors import HQAnswered, HQError, HQUnreachable
from clienteling.cache import queries as q
from clienteling.cache.apply import apply_rows
from clienteling.cache.store import transaction
from clienteling.domain.errors import InvalidField
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
from clienteling.sync.engine import Connectivity

from .desk import Desk
from .ordering import CONFIRMED
from .orders import OrderRow, order_rows
from .scan_settings import (
    SCAN_CONFIG_FILE,
    config_from_json,
    config_to_json,
    save_scan_config,
    scan_config,
    write_atomically,
)

log = logging.getLogger(__name__)

WEDGE_FILE = "scanner.json"

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


# --- the keyboard-wedge scanner's settings ----------------------------------------------------

_WEDGE_FIELDS = {f.name for f in fields(WedgeSettings)}


def wedge_settings(home: Path) -> WedgeSettings:
    """This terminal's scanner settings (scanner.json); the defaults when none or unusable."""
    path = home / WEDGE_FILE
    if not path.exists():
        return WedgeSettings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        values = {k: v for k, v in data.items() if k in _WEDGE_FIELDS}
        if "suffixes" in values:
            values["suffixes"] = tuple(values["suffixes"])
        return WedgeSettings(**values)
    except (OSError, ValueError, TypeError, AttributeError, InvalidField) as exc:
        log.error("%s is not usable (%s); using the default scanner settings", path, exc)
        return WedgeSettings()


def save_wedge_settings(home: Path, settings: WedgeSettings) -> None:
    """Write scanner.json (next to terminal.json); the settings were checked when made."""
    data = asdict(settings)
    data["suffixes"] = list(settings.suffixes)
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomically(home / WEDGE_FILE, json.dumps(data, indent=2))


# --- resolving a scan ---------------------------------------------------------------------------


@dataclass
class Scans:
    """Scans for one terminal: interpretation with its chain's settings, then look-ups."""

    desk: Desk
    config: ScanConfig | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _read_at: int = -1  # the terminal's scan_settings_changes when `config` was read

    @property
    def home(self) -> Path:
        return self.desk.terminal.home

    def chain_config(self) -> ScanConfig:
        """The chain's settings with the vault's keys; read again after HQ changed them."""
        terminal = self.desk.terminal
        with self._lock:
            changes = terminal.scan_settings_changes
            if self.config is None or self._read_at != changes:
                self.config = scan_config(self.home, terminal.vault)
                self._read_at = changes
            return self.config

    def signup_code(self, associate_id: str | None) -> str:
        """The sign-up QR payload for this store and `associate_id`: the chain's sign-up page
        with ?store=..&associate=.., or clienteling://signup?... when HQ set none."""
        url = self.chain_config().signup_url
        return encode_signup(self.desk.store_id, associate_id, url=url)

    def interpret(self, raw: str) -> Scan:
        return interpret(raw, self.chain_config())

    def wedge_settings(self) -> WedgeSettings:
        return wedge_settings(self.home)

    def save_wedge_settings(self, settings: WedgeSettings) -> None:
        save_wedge_settings(self.home, settings)

    def resolve(self, raw: str) -> ScanOutcome:
        """The scanned text interpreted and looked up; never raises for a bad code."""
        return resolve_scan(self.desk, raw, self.chain_config())

    @staticmethod
    def codes_in_image(source: Path | bytes) -> list[str]:
        """The codes in a dropped image file (or its bytes), top to bottom, as scan texts.

        Raises ValueError with a sentence for the associate when the file cannot be read.
        """
        from clienteling.scan.image import ImageError, decode_image  # loads Pillow, zxing-cpp

        try:
            return [c.scan_text for c in decode_image(source)]
        except ImageError as exc:
            raise ValueError(str(exc)) from None

    def resolve_first(self, texts: list[str]) -> ScanOutcome | None:
        """Several codes at once (a picture): the first this store uses, else the first refusal."""
        outcomes = []
        for text in texts:
            outcome = self.resolve(text)
            if outcome.action != REJECTED:
                return outcome
            outcomes.append(outcome)
        return outcomes[0] if outcomes else None


def resolve_scan(desk: Desk, raw: str, config: ScanConfig | None = None) -> ScanOutcome:
    """Interpret `raw` with `config` (the chain's, see `scan_config`) and resolve it here.

    - loyalty / signed shopper code: the shopper from the cache; when not
      cached and signed in online, looked up at HQ and cached (`fetched`);
      otherwise SHOPPER_MISSING (`offline` when HQ could not be asked);
    - product code, GS1 (01), Digital Link, retailer URL: the product by GTIN
      or SKU, with lot, serial and expiry carried along;
    - order tracking: the order from the cache or the outbox, else from HQ;
    - enrollment, sign-up: what the code is for;
    - anything else: REJECTED with the parser's code and reason.
    """
    scan = interpret(raw, config or scan_config(desk.terminal.home, desk.terminal.vault))
    return replace(_resolve(desk, scan), raw=raw if isinstance(raw, str) else "")


def _resolve(desk: Desk, scan: Scan) -> ScanOutcome:
    if isinstance(scan, Rejected):
        return ScanOutcome(REJECTED, scan, reject_code=scan.code.value, reason=scan.reason)
    if isinstance(scan, LoyaltyCode | SignedShopperCode):
        return _shopper(desk, scan, scan.loyalty_id)
    if isinstance(scan, ProductCode | Gs1ElementString | DigitalLink | RetailerProductUrl):
        return _product(desk, scan)
    if isinstance(scan, OrderTracking):
        return _order(desk, scan)
    if isinstance(scan, Enrollment):
        same = scan.hq_url.rstrip("/") == desk.terminal.config.hq_url.rstrip("/")
        return ScanOutcome(ENROLLMENT, scan, hq_url=scan.hq_url, same_hq=same)
    if isinstance(scan, ShopperSignUp):
        return ScanOutcome(SIGNUP, scan, store_id=scan.store_id)
    raise AssertionError(f"unhandled scan {scan!r}")  # pragma: no cover - every kind is above


# --- shoppers --------------------------------------------------------------------------------


def _cached_shopper(conn: sqlcipher3.Connection, loyalty_id: str) -> tuple[str, str] | None:
    row = conn.execute(
        "SELECT shopper_id, first_name, last_name FROM shoppers "
        "WHERE loyalty_id = ? OR loyalty_id = ? LIMIT 1",
        (loyalty_id, loyalty_id.upper()),
    ).fetchone()
    return (row[0], f"{row[1] or ''} {row[2] or ''}".strip()) if row else None


def _shopper(desk: Desk, scan: Scan, loyalty_id: str) -> ScanOutcome:
    found = _cached_shopper(desk.reader(), loyalty_id)
    if found is not None:
        return ScanOutcome(
            SHOPPER, scan, shopper_id=found[0], shopper_name=found[1], loyalty_id=loyalty_id
        )
    session = desk.session
    if session is None or not session.token:
        # Signed in offline (or not at all): HQ only answers an associate's session.
        return ScanOutcome(SHOPPER_MISSING, scan, loyalty_id=loyalty_id, offline=True)
    try:
        fetched = fetch_shopper(desk, loyalty_id)
    except HQUnreachable:
        desk.connectivity = Connectivity.OFFLINE
        return ScanOutcome(SHOPPER_MISSING, scan, loyalty_id=loyalty_id, offline=True)
    except HQError as exc:
        log.info("looking up loyalty %s at HQ: %s", loyalty_id, exc)
        return ScanOutcome(SHOPPER_MISSING, scan, loyalty_id=loyalty_id, offline=False)
    desk.connectivity = Connectivity.ONLINE
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


_SHOPPER_CHILDREN = ("purchases", "notes", "wishlist", "tasks")


def fetch_shopper(desk: Desk, loyalty_id: str) -> tuple[str, str] | None:
    """Ask HQ for the holder of a loyalty id outside this terminal's cache and cache them.

    Returns (shopper id, name), or None when HQ knows no such card. Raises
    HQError (HQUnreachable when offline).
    """
    client = desk.engine().client
    hits = client.search_shoppers(loyalty_id)
    wanted = loyalty_id.upper()
    hit = next((h for h in hits if (h.get("loyalty_id") or "").upper() == wanted), None)
    if hit is None:
        return None
    record = client.shopper(hit["shopper_id"])
    cache = desk.terminal.cache
    with cache.lock, transaction(cache.writer) as conn:
        apply_rows(conn, "shoppers", [record], [])
        for child in _SHOPPER_CHILDREN:
            rows = [r for r in record.get(child) or [] if isinstance(r, dict)]
            if rows:
                apply_rows(conn, child, rows, [])
    name = f"{record.get('first_name') or ''} {record.get('last_name') or ''}".strip()
    return record["shopper_id"], name


# --- products --------------------------------------------------------------------------------


def gtin_forms(gtin: str) -> list[str]:
    """A GTIN-14 as catalogs store it: 14, 13 (EAN), 12 (UPC-A) or 8 (EAN-8) digits."""
    forms = [gtin]
    for cut in (1, 2, 6):
        if len(gtin) > cut and set(gtin[:cut]) == {"0"}:
            forms.append(gtin[cut:])
    return forms


def _product(desk: Desk, scan: Scan) -> ScanOutcome:
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
    marks = ",".join("?" * len(codes))
    row = (
        desk.reader()
        .execute(
            f"SELECT sku, name FROM products WHERE gtin IN ({marks}) OR sku IN ({marks}) LIMIT 1",  # noqa: S608 - marks only
            [*codes, *codes],
        )
        .fetchone()
    )
    if row is None:
        return ScanOutcome(PRODUCT_MISSING, scan, code=shown, lot=lot, serial=serial, expiry=expiry)
    return ScanOutcome(
        PRODUCT,
        scan,
        sku=row[0],
        product_name=row[1] or "",
        code=shown,
        lot=lot,
        serial=serial,
        expiry=expiry,
    )


# --- orders ----------------------------------------------------------------------------------


def find_order(conn: sqlcipher3.Connection, store_id: str, order_id: str) -> OrderRow | None:
    """An order from the cache (HQ confirmed it) or the outbox (placed here, not accepted yet)."""
    row = conn.execute("SELECT shopper_id FROM orders WHERE order_id = ?", (order_id,)).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT shopper_id FROM outbox WHERE id = ? AND kind = 'order'", (order_id,)
        ).fetchone()
    if row is None:
        return None
    return next(
        (r for r in order_rows(conn, store_id, shopper_id=row[0]) if r.order_id == order_id), None
    )


def _order(desk: Desk, scan: OrderTracking) -> ScanOutcome:
    order_id = scan.order_id
    found = find_order(desk.reader(), desk.store_id, order_id)
    if found is not None:
        return ScanOutcome(ORDER, scan, order=found, order_id=order_id)
    session = desk.session
    if session is None or not session.token:
        return ScanOutcome(ORDER_MISSING, scan, order_id=order_id, offline=True)
    try:
        answer = desk.engine().client.order(order_id)
    except HQUnreachable:
        desk.connectivity = Connectivity.OFFLINE
        return ScanOutcome(ORDER_MISSING, scan, order_id=order_id, offline=True)
    except HQAnswered:
        return ScanOutcome(ORDER_MISSING, scan, order_id=order_id)
    except HQError:
        return ScanOutcome(ORDER_MISSING, scan, order_id=order_id, offline=True)
    shopper = q.shopper(desk.reader(), answer.get("shopper_id", ""))
    name = f"{shopper['first_name']} {shopper['last_name']}".strip() if shopper else ""
    row = OrderRow(
        answer["order_id"],
        answer.get("shopper_id", ""),
        name or answer.get("shopper_id", ""),
        answer.get("created_at", ""),
        CONFIRMED,
        answer.get("status"),
        answer.get("fulfilment", ""),
        answer.get("lines") or [],
        answer.get("pickup_store"),
    )
    return ScanOutcome(ORDER, scan, order=row, order_id=order_id, fetched=True)


__all__ = [
    "ENROLLMENT",
    "ORDER",
    "ORDER_MISSING",
    "PRODUCT",
    "PRODUCT_MISSING",
    "REJECTED",
    "SCAN_CONFIG_FILE",
    "SHOPPER",
    "SHOPPER_MISSING",
    "SIGNUP",
    "InvalidField",
    "ScanOutcome",
    "Scans",
    "WedgeSettings",
    "config_from_json",
    "config_to_json",
    "fetch_shopper",
    "find_order",
    "resolve_scan",
    "save_scan_config",
    "save_wedge_settings",
    "scan_config",
    "wedge_settings",
]
