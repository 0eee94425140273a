"""The orders screen's logic: orders of today and of a shopper, with the outbox's word on them.

An order placed here is first an outbox entry (queued), then HQ's answer:
confirmed (it is in the cache's `orders` table) or refused (parked, with the
alternatives HQ offered). Withdrawing and re-placing are the associate's next
actions on the ones HQ has not accepted.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlcipher3

from clienteling.cache import outbox
from clienteling.cache import queries as q
from clienteling.cache.store import Cache
from clienteling.domain.countries import COMMON_MISTAKES, is_country
from clienteling.domain.enums import Fulfilment
from clienteling.sync.engine import SyncEngine

from .ordering import CONFIRMED, QUEUED, REJECTED, OrderDraft

# Orders HQ still holds stock for or has not finished: the associate may cancel them.
CANCELLABLE = ("placed", "reserved", "picked", "ready_for_pickup")
WITHDRAWN = outbox.WITHDRAWN


@dataclass
class OrderRow:
    """One line of the orders screen."""

    order_id: str
    shopper_id: str
    shopper_name: str
    created_at: str
    state: str  # queued, rejected or confirmed
    status: str | None  # HQ's status once confirmed (reserved, shipped...)
    fulfilment: str
    lines: list[dict[str, Any]]
    pickup_store: str | None = None
    reason: str = ""  # why it waits or was refused
    alternatives: list[dict[str, Any]] = field(default_factory=list)
    cancelling: bool = False  # a cancel request waits in the outbox

    @property
    def actions(self) -> tuple[str, ...]:
        """What the associate can do next: 'alternative', 'cancel'."""
        if self.state == REJECTED:
            return ("alternative", "cancel") if self.alternatives else ("cancel",)
        if self.state == QUEUED:
            return ("cancel",)
        if self.status in CANCELLABLE and not self.cancelling:
            return ("cancel",)
        return ()


def alternatives_of(answer: dict[str, Any] | None) -> list[dict[str, Any]]:
    """HQ's alternatives from a refusal, each marked with the SKU of the line it replaces."""
    error = (answer or {}).get("error", {})
    out = []
    for line in error.get("details") or []:
        if isinstance(line, dict):
            out += [{**a, "line_sku": line.get("sku")} for a in line.get("alternatives", [])]
    return out


def today_start(conn: sqlcipher3.Connection, store_id: str, now: datetime | None = None) -> str:
    """Midnight of the store's today, in UTC ISO form (orders' times compare as text)."""
    row = conn.execute("SELECT timezone FROM stores WHERE store_id = ?", (store_id,)).fetchone()
    try:
        zone = ZoneInfo(row[0]) if row and row[0] else UTC
    except ZoneInfoNotFoundError:
        zone = UTC
    local = (now or datetime.now(UTC)).astimezone(zone)
    midnight = datetime.combine(local.date(), time(0), tzinfo=zone)
    return midnight.astimezone(UTC).isoformat()


def order_rows(
    conn: sqlcipher3.Connection,
    store_id: str,
    *,
    shopper_id: str | None = None,
    since: str | None = None,
    limit: int = 200,
) -> list[OrderRow]:
    """Orders of a shopper (any time), or of this store since `since`; newest first.

    Orders this terminal placed that HQ has not accepted come from the outbox.
    """
    if shopper_id is not None:
        placed = q.rows(
            conn,
            "SELECT * FROM orders WHERE shopper_id = ? ORDER BY created_at DESC LIMIT ?",
            (shopper_id, limit),
        )
        where, args = "shopper_id = ?", [shopper_id]
    else:
        since = since or today_start(conn, store_id)
        placed = q.rows(
            conn,
            "SELECT * FROM orders WHERE store_id = ? AND created_at >= ? "
            "ORDER BY created_at DESC LIMIT ?",
            (store_id, since, limit),
        )
        where, args = "created_at >= ?", [since]
    waiting = conn.execute(
        "SELECT id, kind, state, last_error, answer, body, created_at, path FROM outbox "  # noqa: S608 - `where` is fixed text
        f"WHERE kind IN ('order', 'order-status') AND state IN ('pending', 'parked') AND {where} "
        "ORDER BY n DESC",
        args,
    ).fetchall()
    cancelling = {
        path.split("/")[2]  # /orders/{id}/status
        for _id, kind, state, *_rest, path in waiting
        if kind == "order-status" and state == outbox.PENDING
    }
    out = [
        OrderRow(
            o["order_id"],
            o["shopper_id"],
            "",
            o["created_at"],
            CONFIRMED,
            o["status"],
            o["fulfilment"],
            o["lines"],
            o["pickup_store"],
            cancelling=o["order_id"] in cancelling,
        )
        for o in placed
    ]
    known = {o.order_id for o in out}
    for order_id, kind, state, error, answer, raw, created, _path in waiting:
        if kind != "order" or order_id in known:
            continue
        body = json.loads(raw)
        refused = state == outbox.PARKED
        parsed = json.loads(answer) if answer else None
        out.append(
            OrderRow(
                order_id,
                body["shopper_id"],
                "",
                created,
                REJECTED if refused else QUEUED,
                None,
                body["fulfilment"],
                body["lines"],
                body.get("pickup_store"),
                reason=error or "",
                alternatives=alternatives_of(parsed) if refused else [],
            )
        )
    out.sort(key=lambda r: _utc(r.created_at), reverse=True)
    out = out[:limit]
    names = _shopper_names(conn, {r.shopper_id for r in out})
    for r in out:
        r.shopper_name = names.get(r.shopper_id, r.shopper_id)
    return out


def _utc(iso: str) -> datetime:
    stamp = datetime.fromisoformat(iso)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def _shopper_names(conn: sqlcipher3.Connection, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = conn.execute(
        f"SELECT shopper_id, first_name, last_name FROM shoppers "  # noqa: S608 - marks only
        f"WHERE shopper_id IN ({','.join('?' * len(ids))})",
        list(ids),
    )
    return {r[0]: f"{r[1]} {r[2]}".strip() for r in rows}


def queued_order_ids(conn: sqlcipher3.Connection) -> list[str]:
    """Orders of this terminal still waiting for HQ."""
    rows = conn.execute(
        "SELECT id FROM outbox WHERE kind = 'order' AND state = 'pending' ORDER BY n"
    ).fetchall()
    return [r[0] for r in rows]


# --- the associate's next actions ---------------------------------------------------------


def withdraw(cache: Cache, order_id: str) -> bool:
    """Set aside an order HQ has not accepted (queued or refused); False if it was sent meanwhile.

    A queued order being sent at this very moment may still reach HQ; it then
    shows as confirmed and can be cancelled there.
    """
    with cache.lock:
        return outbox.withdraw(cache.writer, order_id, "order")


def request_cancel(cache: Cache, order: OrderRow, engine: SyncEngine | None = None) -> bool:
    """Ask HQ to cancel a confirmed order (through the outbox); True once HQ has done it."""
    entry = str(uuid.uuid4())
    with cache.lock:
        outbox.enqueue(
            cache.writer,
            id=entry,
            kind="order-status",
            shopper_id=order.shopper_id,
            method="POST",
            path=f"/orders/{order.order_id}/status",
            body={"status": "cancelled", "note": "cancelled in store"},
        )
    if engine is None:
        return False
    engine.push()
    with cache.lock:
        state = outbox.entry_state(cache.writer, entry)
    if state is None or state["state"] != outbox.DELIVERED:
        return False
    try:
        engine.pull(collections=("orders", "stock"))
    except Exception:  # noqa: S110 - HQ has it; the next sync brings the new status here
        pass
    return True


def sent_body(conn: sqlcipher3.Connection, order_id: str) -> dict[str, Any] | None:
    """The request this terminal queued for an order, with HQ's answer if it refused it."""
    row = conn.execute(
        "SELECT body, answer FROM outbox WHERE id = ? AND kind = 'order'", (order_id,)
    ).fetchone()
    if row is None:
        return None
    body = json.loads(row[0])
    body["_alternatives"] = alternatives_of(json.loads(row[1]) if row[1] else None)
    return body


def draft_with(body: dict[str, Any], alternative: dict[str, Any]) -> OrderDraft:
    """The refused order again, with one line replaced by the alternative HQ offered."""
    target = alternative.get("line_sku")
    skus = [line["sku"] for line in body["lines"]]
    if target not in skus:
        target = alternative["sku"] if alternative["sku"] in skus else skus[0]
    lines = [
        (
            (alternative["sku"], line["quantity"], alternative["store_id"])
            if line["sku"] == target
            else (line["sku"], line["quantity"], line.get("source_store"))
        )
        for line in body["lines"]
    ]
    return OrderDraft(
        body["shopper_id"],
        lines,
        Fulfilment(body["fulfilment"]),
        address=body.get("address"),
        pickup_store=body.get("pickup_store"),
        note=body.get("note", ""),
    )


# --- the delivery address as the associate types it ----------------------------------------

ADDRESS_FIELDS = ("line1", "line2", "city", "postcode", "region", "country")
_LIMITS = {"line1": 200, "line2": 200, "city": 120, "postcode": 20, "region": 120}


def address_problems(fields: dict[str, str]) -> dict[str, str]:
    """What is wrong per field, as a code the screen words: missing, too_long, country.

    {} when the address can be sent. Optional fields (line2, region) may be empty.
    """
    problems = {}
    value = clean_address(fields)
    for key in ("line1", "city", "postcode", "country"):
        if not value[key]:
            problems[key] = "missing"
    for key, most in _LIMITS.items():
        if len(value[key]) > most:
            problems[key] = "too_long"
    country = value["country"]
    if country and (country in COMMON_MISTAKES or not is_country(country)):
        problems["country"] = "country"
    return problems


def clean_address(fields: dict[str, str]) -> dict[str, str]:
    value = {k: (fields.get(k) or "").strip() for k in ADDRESS_FIELDS}
    value["country"] = value["country"].upper()
    return value
