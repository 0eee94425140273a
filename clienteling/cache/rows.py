"""Cache rows (and HQ's answers of the same shape) as the domain's typed rows.

A row is read as HQ sent it: JSON columns are decoded, columns the cache has
and a row type does not name are left out, and missing values take the row
type's defaults. Nothing here checks values again: HQ checked them on the way
in, and a screen must open even on an odd row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import sqlcipher3

from clienteling.domain.associates import Associate
from clienteling.domain.catalog import Product, StockLevel
from clienteling.domain.engagement import Note, Task, WishlistItem
from clienteling.domain.orders import Alternative, DeliveryOrder, OrderLine, StatusChange
from clienteling.domain.purchases import Purchase, PurchaseLine
from clienteling.domain.shoppers import (
    ADDRESS_FIELDS,
    Address,
    FieldChange,
    Preferences,
    Shopper,
)
from clienteling.domain.stores import Store

from .schema import JSON_COLUMNS


def dicts(cursor: sqlcipher3.Cursor, table: str) -> list[dict[str, Any]]:
    """The cursor's rows as dicts, the JSON columns of `table` (the rows' table) decoded."""
    cols = [d[0] for d in cursor.description]
    decode = JSON_COLUMNS[table].intersection(cols)
    out = []
    for values in cursor.fetchall():
        row = dict(zip(cols, values, strict=True))
        for c in decode:
            if isinstance(row[c], str):
                row[c] = json.loads(row[c])
        out.append(row)
    return out


def _pick(kind: type, row: Mapping[str, Any], **fixed: Any) -> dict[str, Any]:
    """The row's values for the fields of `kind` (a dataclass), None values dropped."""
    names = kind.__dataclass_fields__
    values = {k: v for k, v in row.items() if k in names and v is not None}
    return values | fixed


def _texts(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list | tuple) else ()


def address(value: Any) -> Address | None:
    if not isinstance(value, Mapping):
        return None
    return Address(**{k: str(value[k]) for k in ADDRESS_FIELDS if value.get(k) is not None})


def preferences(value: Any) -> Preferences:
    if not isinstance(value, Mapping):
        return Preferences()
    sizes = value.get("sizes")
    return Preferences(
        sizes=dict(sizes) if isinstance(sizes, Mapping) else {},
        fit=value.get("fit") or "",
        brands=_texts(value.get("brands")),
        colours=_texts(value.get("colours")),
        styles=_texts(value.get("styles")),
    )


def field_edits(value: Any) -> dict[str, Any]:
    """HQ's per-field stamps and recent history (shoppers.field_edits) as the row type's
    `history` and `versions`."""
    if not isinstance(value, Mapping):
        return {}
    fields = value.get("fields")
    stamps = fields if isinstance(fields, Mapping) else {}
    history = [
        FieldChange(
            field=str(h.get("field", "")),
            value=h.get("value"),
            at=str(h.get("at", "")),
            by_name=str(h.get("by_name") or h.get("by") or ""),
            applied=bool(h.get("applied", True)),
            was=h.get("was"),
        )
        for h in value.get("history") or ()
        if isinstance(h, Mapping)
    ]
    return {
        "history": tuple(history),
        "versions": {
            str(k): int(v.get("v", 0)) for k, v in stamps.items() if isinstance(v, Mapping)
        },
    }


def shopper(row: Mapping[str, Any]) -> Shopper:
    return Shopper(
        **(
            _pick(Shopper, row)
            | {
                "emails": _texts(row.get("emails")),
                "phones": _texts(row.get("phones")),
                "segments": _texts(row.get("segments")),
                "consent_email": bool(row.get("consent_email")),
                "consent_sms": bool(row.get("consent_sms")),
                "consent_profiling": bool(row.get("consent_profiling")),
                "preferences": preferences(row.get("preferences")),
                "address": address(row.get("address")),
                "attributes": row.get("attributes") or {},
                **field_edits(row.get("field_edits")),
            }
        )
    )


def purchase(row: Mapping[str, Any]) -> Purchase:
    lines = tuple(
        PurchaseLine(line["sku"], int(line["quantity"]), int(line.get("unit_price_minor") or 0))
        for line in row.get("lines") or ()
    )
    return Purchase(**(_pick(Purchase, row) | {"lines": lines}))


def order_lines(lines: Iterable[Mapping[str, Any]] | None) -> tuple[OrderLine, ...]:
    return tuple(OrderLine(**_pick(OrderLine, line)) for line in lines or ())


def order(row: Mapping[str, Any]) -> DeliveryOrder:
    """An order from the cache, or HQ's answer to placing one."""
    history = tuple(StatusChange(**_pick(StatusChange, h)) for h in row.get("history") or ())
    return DeliveryOrder(
        **(
            _pick(DeliveryOrder, row)
            | {
                "lines": order_lines(row.get("lines")),
                "address": address(row.get("address")),
                "history": history,
            }
        )
    )


def alternatives(answer: Mapping[str, Any] | None) -> list[Alternative]:
    """HQ's alternatives in a refusal, each marked with the SKU of the line it replaces."""
    error = (answer or {}).get("error") or {}
    out = []
    for line in error.get("details") or []:
        if not isinstance(line, Mapping):
            continue
        for a in line.get("alternatives") or []:
            if isinstance(a, Mapping):
                out.append(Alternative(**(_pick(Alternative, a) | {"line_sku": line.get("sku")})))
    return out


def note(row: Mapping[str, Any]) -> Note:
    return Note(**_pick(Note, row))


def task(row: Mapping[str, Any]) -> Task:
    return Task(**_pick(Task, row))


def wish(row: Mapping[str, Any]) -> WishlistItem:
    return WishlistItem(**_pick(WishlistItem, row))


def product(row: Mapping[str, Any]) -> Product:
    return Product(**(_pick(Product, row) | {"attributes": row.get("attributes") or {}}))


def store(row: Mapping[str, Any]) -> Store:
    return Store(**(_pick(Store, row) | {"attributes": row.get("attributes") or {}}))


def stock(row: Mapping[str, Any]) -> StockLevel:
    return StockLevel(**_pick(StockLevel, row))


def associate(row: Mapping[str, Any]) -> Associate:
    return Associate(**(_pick(Associate, row) | {"active": bool(row.get("active", True))}))
