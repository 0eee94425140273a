"""What each column of an import must hold, and how a batch of good rows is written.

Every kind has a pure `parse` (one CSV row -> typed values, or RowProblem naming
the column) and a `write` that checks references with one query per table and
batch, then upserts. `write` runs inside the batch's write transaction, and batches
of imports take turns (csv_import holds the "import" lock), so the checks cannot
race another import or an erasure (which holds it too). Orders and edits do not wait
for an import: they never delete the rows an import's checks look up.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

import phonenumbers
from sqlalchemy import select

from clienteling.domain.codes import check_gtin

from .. import tables as t
from ..db import Writer
from .cells import INT32_MAX, RowProblem, amount, currency, degrees, domain_rules, text, whole


@dataclass
class Parsed:
    """A row that passed its own checks: where it was and its typed values."""

    line: int
    data: dict[str, Any]


@dataclass
class Batch:
    """Good rows on their way into one write transaction, and what the writer refused."""

    items: list[Parsed]
    now: datetime
    rejected: list[tuple[int, str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def reject(self, item: Parsed, column: str, reason: str) -> None:
        self.rejected.append((item.line, column, reason))


# --- shared ------------------------------------------------------------------------

MAX_QUANTITY = 100_000


@cache
def _timezones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def last_good(items: list[Parsed], *key: str) -> list[dict[str, Any]]:
    """The last row per key: a later line of the file overwrites an earlier one."""
    return list({tuple(i.data[k] for k in key): dict(i.data) for i in items}.values())


# --- stores, products, stock ---------------------------------------------------------


def parse_store(v: dict[str, str], extras: dict[str, str]) -> dict[str, Any]:
    c = t.stores.c
    row = {name: text(v, name, c[name]) for name in ("store_id", "name", "region")}
    row["address"] = text(v, "address", c.address, required=False, multiline=True) or ""
    row["city"] = text(v, "city", c.city)
    row["country"] = v.get("country", "").upper()
    if not row["country"]:
        raise RowProblem("country", "is empty")
    if row["country"] not in phonenumbers.SUPPORTED_REGIONS:
        raise RowProblem("country", f"{v.get('country')!r} is not an ISO country code like BR")
    row["latitude"] = degrees(v, "latitude", 90)
    row["longitude"] = degrees(v, "longitude", 180)
    row["currency"] = currency(v)
    row["timezone"] = text(v, "timezone", c.timezone)
    if row["timezone"] not in _timezones():
        raise RowProblem("timezone", f"{row['timezone']!r} is not a time zone like Europe/Madrid")
    row["attributes"] = extras
    return row


def write_stores(w: Writer, batch: Batch) -> None:
    rows = last_good(batch.items, "store_id")
    c = t.stores.c
    stored = {
        r.store_id: r
        for r in w.conn.execute(
            select(c.store_id, c.region, c.attributes).where(
                c.store_id.in_([r["store_id"] for r in rows])
            )
        )
    }
    for row in rows:
        old = stored.get(row["store_id"])
        if old is None:
            continue
        row["attributes"] = {**(old.attributes or {}), **row["attributes"]}
        if old.region != row["region"]:
            batch.warnings.append(
                f"store {row['store_id']} moved from region {old.region} to {row['region']}: "
                "re-import its shoppers so that they move too; its terminals get the new "
                "region's shoppers only after a full re-sync"
            )
    w.upsert(t.stores, rows, ["store_id"])


def parse_product(v: dict[str, str], extras: dict[str, str]) -> dict[str, Any]:
    c = t.products.c
    row: dict[str, Any] = {"sku": text(v, "sku", c.sku)}
    with domain_rules():
        row["gtin"] = check_gtin(v.get("gtin", ""), field="gtin")
    for name in ("style", "name", "brand", "category"):
        row[name] = text(v, name, c[name])
    for name in ("colour", "size"):
        row[name] = text(v, name, c[name], required=False) or ""
    row["currency"] = currency(v)
    row["price_minor"] = amount(v, "price", row["currency"])
    row["attributes"] = extras
    return row


def write_products(w: Writer, batch: Batch) -> None:
    c = t.products.c
    gtins = {i.data["gtin"] for i in batch.items}
    owner = dict(w.conn.execute(select(c.gtin, c.sku).where(c.gtin.in_(gtins))).all())
    claimed: dict[str, str] = {}  # gtin -> sku, among this batch's good rows
    given: dict[str, str] = {}  # sku -> gtin, the same the other way round
    good = []
    for item in batch.items:
        sku, gtin = item.data["sku"], item.data["gtin"]
        holders = {owner.get(gtin), claimed.get(gtin)} - {None, sku}
        if holders:
            batch.reject(item, "gtin", f"{gtin} already belongs to item {min(holders)}")
            continue
        claimed.pop(given.get(sku, gtin), None)  # an earlier line gave this sku another
        claimed[gtin], given[sku] = sku, gtin
        good.append(item)
    rows = last_good(good, "sku")
    stored = dict(
        w.conn.execute(select(c.sku, c.attributes).where(c.sku.in_([r["sku"] for r in rows]))).all()
    )
    for row in rows:
        row["attributes"] = {**(stored.get(row["sku"]) or {}), **row["attributes"]}
    w.upsert(t.products, rows, ["sku"])


def parse_stock(v: dict[str, str], extras: dict[str, str]) -> dict[str, Any]:
    row = {
        "store_id": text(v, "store_id", t.stock.c.store_id),
        "sku": text(v, "sku", t.stock.c.sku),
        "on_hand": whole(v, "on_hand", -INT32_MAX, INT32_MAX),
    }
    if row["on_hand"] < 0:
        raise RowProblem("on_hand", "on_hand is negative")
    return row


def write_stock(w: Writer, batch: Batch) -> None:
    stores = set(
        w.conn.execute(
            select(t.stores.c.store_id).where(
                t.stores.c.store_id.in_({i.data["store_id"] for i in batch.items})
            )
        ).scalars()
    )
    skus = known_skus(w, {i.data["sku"] for i in batch.items})
    good = []
    for item in batch.items:
        if item.data["store_id"] not in stores:
            batch.reject(item, "store_id", f"unknown store {item.data['store_id']}")
        elif item.data["sku"] not in skus:
            batch.reject(item, "sku", f"unknown item {item.data['sku']}")
        else:
            good.append(item)
    # `reserved` is left out: new rows get its default (0), existing rows keep theirs.
    # Rows lock in the order orders lock them (by item, then store: hq/orders.py), so a
    # batch and an order of several lines never wait for each other in a circle.
    rows = sorted(
        ({**row, "as_of": batch.now} for row in last_good(good, "store_id", "sku")),
        key=lambda row: (row["sku"], row["store_id"]),
    )
    w.upsert(t.stock, rows, ["store_id", "sku"])


def known_skus(w: Writer, skus: set[str]) -> set[str]:
    c = t.products.c
    return set(w.conn.execute(select(c.sku).where(c.sku.in_(skus))).scalars())
