"""Import rules for shoppers and their purchases, and keeping terminals' scope right.

A terminal holds its region's shoppers plus anyone who bought at its store (see
hq/feed.py). When an import widens that scope (a first purchase at a store outside
the shopper's region, a shopper moving to another region), the shopper's rows
get fresh sequence values, so the terminals that now see the shopper receive
them on their next sync instead of only the rows written from now on.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select

from clienteling.domain.codes import normalize_email, normalize_phone
from clienteling.domain.enums import Channel, Language
from clienteling.domain.errors import InvalidField
from clienteling.domain.folding import name_key

from .. import report_kept
from .. import tables as t
from ..db import Writer
from .cells import (
    INT64_MAX,
    RowProblem,
    amount,
    aware_time,
    control_problem,
    currency,
    domain_rules,
    flag,
    one_of,
    text,
    whole,
)
from .rows import MAX_QUANTITY, Batch, known_skus

LANGUAGES = tuple(x.value for x in Language)
CHANNELS = tuple(x.value for x in Channel)
STORELESS = (Channel.WEB.value, Channel.APP.value, Channel.MARKETPLACE.value)
CONSENTS = ("consent_email", "consent_sms", "consent_profiling")
# A purchase's own fields, which every line of it must repeat unchanged.
PURCHASE_FIELDS = ("store_id", "channel", "purchased_at", "currency")
# What a terminal holds about a shopper besides the shopper row; all scoped by shopper.
SHOPPER_ROWS = (t.purchases, t.notes, t.wishlist, t.tasks, t.orders)


def bring_into_scope(w: Writer, shopper_ids: Iterable[str], *, shopper_row: bool = True) -> None:
    """Restamp the shoppers' rows so terminals that newly see them receive them."""
    ids = sorted(set(shopper_ids))
    if not ids:
        return
    for table in ((t.shoppers,) if shopper_row else ()) + SHOPPER_ROWS:
        w.touch(table, table.c.shopper_id.in_(ids))


# --- shoppers ------------------------------------------------------------------------


def parse_shopper(v: dict[str, str], extras: dict[str, str]) -> dict[str, Any]:
    c = t.shoppers.c
    row: dict[str, Any] = {
        name: text(v, name, c[name]) for name in ("external_id", "first_name", "last_name")
    }
    row["email"] = None
    if v.get("email"):
        if control_problem(v["email"]):
            raise RowProblem("email", f"{v['email']!r} is not an e-mail address")
        with domain_rules():
            row["email"] = normalize_email(v["email"], field="email")
    # Normalised once the home store's country is known; digits 0-9 as everywhere.
    row["phone"] = v.get("phone") or None
    if row["phone"] and (not row["phone"].isascii() or control_problem(row["phone"])):
        raise RowProblem("phone", f"{row['phone']!r} is not a phone number written with 0-9")
    row["loyalty_id"] = text(v, "loyalty_id", c.loyalty_id, required=False)
    row["home_store"] = text(v, "home_store", c.home_store)
    row["language"] = one_of(v, "language", LANGUAGES)
    for name in CONSENTS:
        row[name] = flag(v, name)
    row["attributes"] = extras
    return row


def write_shoppers(w: Writer, batch: Batch) -> None:
    c, s = t.shoppers.c, t.stores.c
    items = batch.items
    stores = {
        r.store_id: r
        for r in w.conn.execute(
            select(s.store_id, s.region, s.country).where(
                s.store_id.in_({i.data["home_store"] for i in items})
            )
        )
    }
    stored = {
        r.external_id: r
        for r in w.conn.execute(
            select(c.shopper_id, c.external_id, c.home_region, c.attributes, c.created_at)
            .add_columns(*(c[name] for name in CONSENTS))
            .where(c.external_id.in_({i.data["external_id"] for i in items}))
        )
    }
    loyalty = {i.data["loyalty_id"] for i in items} - {None}
    owner = {  # loyalty id -> the external id of its holder (or its HQ id if it has none)
        r.loyalty_id: r.external_id or f"with HQ id {r.shopper_id}"
        for r in w.conn.execute(
            select(c.loyalty_id, c.external_id, c.shopper_id).where(c.loyalty_id.in_(loyalty))
        )
    }
    claimed: dict[str, str] = {}  # loyalty id -> external id, among this batch's good rows
    rows: dict[str, dict[str, Any]] = {}
    moved: set[str] = set()
    for item in items:
        d, ext = item.data, item.data["external_id"]
        store = stores.get(d["home_store"])
        if store is None:
            batch.reject(item, "home_store", f"unknown store {d['home_store']}")
            continue
        phone = None
        if d["phone"]:
            try:
                phone = normalize_phone(d["phone"], store.country, field="phone")
            except InvalidField as exc:
                batch.reject(item, "phone", exc.reason)
                continue
        lid = d["loyalty_id"]
        holders = ({owner.get(lid), claimed.get(lid)} - {None, ext}) if lid else set()
        if holders:
            batch.reject(item, "loyalty_id", f"{lid} already belongs to shopper {min(holders)}")
            continue
        old, prev = stored.get(ext), rows.get(ext)
        if prev is not None and prev["loyalty_id"] != lid:
            claimed.pop(prev["loyalty_id"], None)  # an earlier line gave this shopper another
        if lid:
            claimed[lid] = ext
        earlier = prev or (old._mapping if old is not None else {})
        rows[ext] = row = {
            "shopper_id": earlier.get("shopper_id") or uuid.uuid4().hex,
            "external_id": ext,
            "loyalty_id": lid,
            "first_name": d["first_name"],
            "last_name": d["last_name"],
            "emails": [d["email"]] if d["email"] else [],
            "phones": [phone] if phone else [],
            "primary_email": d["email"].lower() if d["email"] else None,
            "primary_phone": phone,
            "name_key": name_key(d["first_name"], d["last_name"]),
            "language": d["language"],
            "home_store": d["home_store"],
            "home_region": store.region,
            # An empty consent cell changes nothing; a new shopper has not consented.
            **{k: bool(earlier.get(k)) if d[k] is None else d[k] for k in CONSENTS},
            "attributes": {
                **((old.attributes or {}) if old is not None else {}),
                **d["attributes"],
            },
            "created_at": earlier.get("created_at") or batch.now,
        }
        if old is not None and old.home_region != store.region:
            moved.add(row["shopper_id"])
    w.upsert(t.shoppers, list(rows.values()), ["shopper_id"])
    bring_into_scope(w, moved, shopper_row=False)  # the upsert restamped the shopper rows


# --- purchases -----------------------------------------------------------------------


def parse_purchase(v: dict[str, str], extras: dict[str, str]) -> dict[str, Any]:
    c = t.purchases.c
    row: dict[str, Any] = {
        "external_id": text(v, "external_id", c.external_id),
        "shopper_external_id": text(v, "shopper_external_id", t.shoppers.c.external_id),
        "store_id": text(v, "store_id", c.store_id, required=False),
        "channel": one_of(v, "channel", CHANNELS),
    }
    if row["store_id"] is None and row["channel"] not in STORELESS:
        raise RowProblem(
            "store_id", "is empty; only web, app and marketplace purchases may have no store"
        )
    row["purchased_at"] = aware_time(v, "purchased_at")
    row["sku"] = text(v, "sku", t.products.c.sku)
    row["quantity"] = whole(v, "quantity", -MAX_QUANTITY, MAX_QUANTITY)
    if row["quantity"] == 0:
        raise RowProblem("quantity", "is 0; a sale is positive, a return negative")
    row["currency"] = currency(v)
    row["unit_price_minor"] = amount(
        v, "unit_price", row["currency"], "is negative; write a return as a negative quantity"
    )
    return row


def write_purchases(w: Writer, batch: Batch) -> None:
    sh, p, st = t.shoppers.c, t.purchases.c, t.stores.c
    items = batch.items
    shoppers = {
        r.external_id: r
        for r in w.conn.execute(
            select(sh.shopper_id, sh.external_id, sh.home_region).where(
                sh.external_id.in_({i.data["shopper_external_id"] for i in items})
            )
        )
    }
    regions = dict(
        w.conn.execute(
            select(st.store_id, st.region).where(
                st.store_id.in_({i.data["store_id"] for i in items} - {None})
            )
        ).all()
    )
    skus = known_skus(w, {i.data["sku"] for i in items})
    stored = {
        r.external_id: r
        for r in w.conn.execute(
            select(p.purchase_id, p.external_id, p.shopper_id, p.lines)
            .add_columns(*(p[name] for name in PURCHASE_FIELDS))
            .where(p.external_id.in_({i.data["external_id"] for i in items}))
        )
    }
    # Where these shoppers had bought before this batch, to spot first visits.
    bought = {
        (r.shopper_id, r.store_id)
        for r in w.conn.execute(
            select(p.shopper_id, p.store_id)
            .where(
                p.shopper_id.in_([s.shopper_id for s in shoppers.values()]),
                p.store_id.in_(list(regions)),
            )
            .distinct()
        )
    }
    purchases: dict[str, dict[str, Any]] = {}
    newcomers: set[str] = set()
    for item in items:
        d, ext = item.data, item.data["external_id"]
        shopper = shoppers.get(d["shopper_external_id"])
        purchase = purchases.get(ext) or _copy(stored.get(ext))
        problem = _reference_problem(d, shopper, regions, skus) or _mismatch(
            purchase, shopper.shopper_id, d
        )
        if problem:
            batch.reject(item, *problem)
            continue
        if purchase is None:
            purchase = {
                "purchase_id": uuid.uuid4().hex,
                "external_id": ext,
                "shopper_id": shopper.shopper_id,
                "lines": [],
                **{name: d[name] for name in PURCHASE_FIELDS},
            }
        line = {k: d[k] for k in ("sku", "quantity", "unit_price_minor")}
        # One line per item: a line for the same sku replaces the earlier one (re-import).
        lines = [old for old in purchase["lines"] if old["sku"] != d["sku"]]
        same = [i for i, old in enumerate(purchase["lines"]) if old["sku"] == d["sku"]]
        lines.insert(same[0] if same else len(lines), line)
        if abs(_total(lines)) > INT64_MAX:
            batch.reject(item, "quantity", f"makes purchase {ext}'s total too large to store")
            continue
        purchase["lines"] = lines
        purchases[ext] = purchase
        visit = (shopper.shopper_id, d["store_id"])
        if d["store_id"] is not None and visit not in bought:
            bought.add(visit)
            if regions[d["store_id"]] != shopper.home_region:
                newcomers.add(shopper.shopper_id)
    rows = [{**pur, "total_minor": _total(pur["lines"])} for pur in purchases.values()]
    w.upsert(t.purchases, rows, ["purchase_id"])
    bring_into_scope(w, newcomers)
    report_kept.refresh(w.conn, {row["shopper_id"] for row in rows})


def _total(lines: list[dict[str, int]]) -> int:
    return sum(x["quantity"] * x["unit_price_minor"] for x in lines)


def _copy(row: Any) -> dict[str, Any] | None:
    if row is None:
        return None
    purchase = {k: row._mapping[k] for k in ("purchase_id", "external_id", "shopper_id")}
    purchase["lines"] = [dict(x) for x in row.lines]
    return purchase | {name: row._mapping[name] for name in PURCHASE_FIELDS}


def _reference_problem(d, shopper, regions, skus) -> tuple[str, str] | None:
    if shopper is None:
        return "shopper_external_id", f"unknown shopper {d['shopper_external_id']}"
    if d["store_id"] is not None and d["store_id"] not in regions:
        return "store_id", f"unknown store {d['store_id']}"
    if d["sku"] not in skus:
        return "sku", f"unknown item {d['sku']}"
    return None


def _mismatch(purchase, shopper_id: str, d: dict[str, Any]) -> tuple[str, str] | None:
    """Lines of one purchase (in the file or already stored) must agree on its own fields."""
    if purchase is None:
        return None
    ext = d["external_id"]
    if purchase["shopper_id"] != shopper_id:
        return "shopper_external_id", f"purchase {ext} belongs to another shopper"
    for name in PURCHASE_FIELDS:
        if purchase[name] != d[name]:
            was = purchase[name]
            was = was.isoformat() if isinstance(was, datetime) else was or "(none)"
            return name, f"purchase {ext} has {name} {was}; all lines of a purchase share it"
    return None
