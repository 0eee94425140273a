"""What each column of an import must hold, and how a batch of good rows is written.

Every kind has a pure `parse` (one CSV row -> typed values, or RowProblem naming
the column) and a `write` that checks references with one query per table and
batch, then upserts. `write` runs inside the batch's write transaction: writers
are serialised (see hq/db.py), so nothing changes between the checks and the write
and the checks cannot race another import.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any

import phonenumbers
from sqlalchemy import Column, select

from clienteling.domain.codes import check_gtin
from clienteling.domain.errors import InvalidField
from clienteling.domain.money import Money, check_currency

from .. import tables as t
from ..db import Writer


class RowProblem(ValueError):
    """A row cannot be imported; `column` names the culprit ("" for the whole line)."""

    def __init__(self, column: str, reason: str) -> None:
        super().__init__(f"{column}: {reason}")
        self.column = column
        self.reason = reason


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


# --- single fields -----------------------------------------------------------------

_WHOLE = re.compile(r"^[+-]?\d{1,12}$")
_DEGREES = re.compile(r"^[+-]?\d{1,3}(\.\d{1,15})?$")
INT32_MAX = 2**31 - 1
MAX_QUANTITY = 100_000


@contextmanager
def domain_rules() -> Iterator[None]:
    """Turn a domain validation error into a row problem on the same column."""
    try:
        yield
    except InvalidField as exc:
        raise RowProblem(exc.field, exc.reason) from None


def text(v: dict[str, str], name: str, col: Column, *, required: bool = True) -> str | None:
    value = v.get(name, "")
    if not value:
        if required:
            raise RowProblem(name, "is empty")
        return None
    limit = getattr(col.type, "length", None)
    if limit and len(value) > limit:
        raise RowProblem(name, f"is longer than {limit} characters")
    return value


def whole(v: dict[str, str], name: str) -> int:
    value = v.get(name, "")
    if not _WHOLE.match(value):
        raise RowProblem(name, f"{value!r} is not a whole number" if value else "is empty")
    return int(value)


def degrees(v: dict[str, str], name: str, limit: int) -> float:
    value = v.get(name, "")
    if not _DEGREES.match(value):
        raise RowProblem(name, f"{value!r} is not a number of degrees like -23.5613")
    number = float(value)
    if not -limit <= number <= limit:
        raise RowProblem(name, f"{value} is outside -{limit}..{limit}")
    return number


def aware_time(v: dict[str, str], name: str) -> datetime:
    value = v.get(name, "")
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        raise RowProblem(
            name, f"{value!r} is not an ISO 8601 time like 2026-11-01T10:00:00-03:00"
        ) from None
    if at.tzinfo is None or at.utcoffset() is None:
        raise RowProblem(
            name, f"{value!r} has no UTC offset; write it like 2026-11-01T10:00:00-03:00"
        )
    try:
        at.astimezone(UTC)  # stored in UTC: 0001-01-01T00:00+05:00 would be the year 0
    except OverflowError:
        raise RowProblem(name, f"{value!r} is outside the years 1 to 9999 in UTC") from None
    return at


def flag(v: dict[str, str], name: str) -> bool | None:
    """true / false (any case); empty means "not said"."""
    value = v.get(name, "").lower()
    if not value:
        return None
    if value not in ("true", "false"):
        raise RowProblem(name, f"{v[name]!r} is neither true nor false")
    return value == "true"


def currency(v: dict[str, str], name: str = "currency") -> str:
    with domain_rules():
        return check_currency(v.get(name, ""), field=name)


def amount(v: dict[str, str], name: str, code: str, negative: str = "is negative") -> int:
    """A non-negative price in minor units, parsed without float rounding."""
    if not v.get(name):
        raise RowProblem(name, "is empty")
    with domain_rules():
        minor = Money.parse(v[name], code, field=name).amount_minor
    if minor < 0:
        raise RowProblem(name, negative)
    return minor


def one_of(v: dict[str, str], name: str, allowed: tuple[str, ...]) -> str:
    value = v.get(name, "").lower()
    if not value:
        raise RowProblem(name, "is empty")
    if value not in allowed:
        raise RowProblem(name, f"{v.get(name, '')!r} is not one of {', '.join(allowed)}")
    return value


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
    row["address"] = text(v, "address", c.address, required=False) or ""
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
        "on_hand": whole(v, "on_hand"),
    }
    if row["on_hand"] < 0:
        raise RowProblem("on_hand", "on_hand is negative")
    if row["on_hand"] > INT32_MAX:
        raise RowProblem("on_hand", f"is larger than {INT32_MAX}")
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
    rows = [{**row, "as_of": batch.now} for row in last_good(good, "store_id", "sku")]
    w.upsert(t.stock, rows, ["store_id", "sku"])


def known_skus(w: Writer, skus: set[str]) -> set[str]:
    c = t.products.c
    return set(w.conn.execute(select(c.sku).where(c.sku.in_(skus))).scalars())
