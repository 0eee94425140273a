"""Orders HQ confirmed, as the sync brought them (orders placed here and not yet accepted by
HQ are outbox entries: cache.outbox)."""

from __future__ import annotations

import sqlcipher3

from clienteling.domain.orders import DeliveryOrder

from . import rows
from .rows import dicts

# Orders HQ has not finished: shown on the shopper's profile.
OPEN_STATUSES = ("placed", "reserved", "picked", "shipped", "ready_for_pickup")


def orders_of_shopper(
    conn: sqlcipher3.Connection, shopper_id: str, limit: int = 200
) -> list[DeliveryOrder]:
    """Every order of the shopper, newest first."""
    found = conn.execute(
        "SELECT * FROM orders WHERE shopper_id = ? ORDER BY created_at DESC LIMIT ?",
        (shopper_id, limit),
    )
    return [rows.order(r) for r in dicts(found, "orders")]


def orders_of_store(
    conn: sqlcipher3.Connection, store_id: str, since: str, limit: int = 200
) -> list[DeliveryOrder]:
    """Orders placed in the store since `since` (ISO 8601 UTC), newest first."""
    found = conn.execute(
        "SELECT * FROM orders WHERE store_id = ? AND created_at >= ? "
        "ORDER BY created_at DESC LIMIT ?",
        (store_id, since, limit),
    )
    return [rows.order(r) for r in dicts(found, "orders")]


def open_orders_of(conn: sqlcipher3.Connection, shopper_id: str) -> list[DeliveryOrder]:
    found = conn.execute(
        f"SELECT * FROM orders WHERE shopper_id = ? AND status IN "
        f"({','.join('?' * len(OPEN_STATUSES))}) ORDER BY created_at DESC",
        (shopper_id, *OPEN_STATUSES),
    )
    return [rows.order(r) for r in dicts(found, "orders")]


def shopper_of_order(conn: sqlcipher3.Connection, order_id: str) -> str | None:
    """Whose order this is: from the orders HQ confirmed, or from an order queued here."""
    row = conn.execute("SELECT shopper_id FROM orders WHERE order_id = ?", (order_id,)).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT shopper_id FROM outbox WHERE id = ? AND kind = 'order'", (order_id,)
        ).fetchone()
    return row[0] if row else None
