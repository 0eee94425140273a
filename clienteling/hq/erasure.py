"""Erasing a shopper: every table HQ keeps their data in, and what happens to each.

What stays is what the books and stock need, with nothing that identifies the
person: orders keep their lines, stores and status, without the delivery address
or the notes on their history. Stored first answers of the shopper's writes
(`idempotency`) are redacted, so a terminal that resends such a write gets 410
shopper_erased, never the data back. Terminals drop the shopper, their rows and
their search terms on the tombstones. The tables are listed in docs/security.md
("Erasure"); a test reads every column of every table for the erased data.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Table, select, update

from . import report_kept
from . import tables as t
from .access import hold_shopper
from .auth import Principal, audit
from .db import IMPORT_LOCK, Database, Writer
from .errors import ERASED_STATUS, no_shopper, shopper_erased
from .orders import cancel_open_orders

# Rows about the shopper alone: deleted, and tombstoned for terminals where they sync.
DELETED: tuple[tuple[str, Table, str | None], ...] = (
    ("purchases", t.purchases, "purchase_id"),
    ("notes", t.notes, "note_id"),
    ("wishlist", t.wishlist, "item_id"),
    ("tasks", t.tasks, "task_id"),
    ("feedback", t.feedback, None),  # not synced
    ("profile_changes", t.profile_changes, None),  # not synced
)


def erase(db: Database, who: Principal, shopper_id: str, now: datetime) -> dict[str, int]:
    """Erase a shopper everywhere HQ keeps them, in one transaction; counts per table.
    An audit entry records who erased which id, nothing else."""
    if who.kind == "session":
        who.require("manager", what="erasing a shopper")
    else:
        who.require("manager", "integration", what="erasing a shopper")
    counts: dict[str, int] = {}
    with db.write() as w:
        w.serialise(IMPORT_LOCK)  # no import batch checks this shopper while they go
        # A write about them waits, then finds them gone; one already running ends first.
        hold_shopper(w.conn, shopper_id, erasing=True)
        row = w.conn.execute(
            select(t.shoppers.c.home_store).where(t.shoppers.c.shopper_id == shopper_id)
        ).first()
        if row is None:
            raise no_shopper(w.conn, shopper_id)
        who.require_store(row.home_store, "erasing a shopper of another store")
        for name, table, key in DELETED:
            counts[name] = _delete(w, name, table, key, shopper_id)
        counts["orders_cancelled"] = cancel_open_orders(w, shopper_id, who.actor_id, now)
        counts["orders_anonymised"] = _anonymise_orders(w, shopper_id)
        counts["answers_redacted"] = redact_answers(w, shopper_id)
        w.conn.execute(
            update(t.activity)
            .where(t.activity.c.shopper_id == shopper_id)
            .values(shopper_id=None, payload={})
        )
        # Their purchases and events went: so do the kept rows made of them (their orders
        # stay servings, as their facts stay).
        report_kept.refresh(w.conn, [shopper_id])
        w.conn.execute(t.shoppers.delete().where(t.shoppers.c.shopper_id == shopper_id))
        # The tombstone also tells later requests about this id that it was erased (410).
        w.tombstone("shoppers", [shopper_id])
        audit(w.conn, now, who.kind, who.actor_id, "erase", "shopper", shopper_id, counts)
    return counts


def _delete(w: Writer, name: str, table: Table, key: str | None, shopper_id: str) -> int:
    where = table.c.shopper_id == shopper_id
    if key is None:
        return w.conn.execute(table.delete().where(where)).rowcount
    keys = list(w.conn.execute(select(table.c[key]).where(where)).scalars())
    w.conn.execute(table.delete().where(where))
    w.tombstone(name, keys)
    return len(keys)


def _anonymise_orders(w: Writer, shopper_id: str) -> int:
    """Orders stay for stock and the books: no delivery address, no free-text notes on
    their history. Terminals forget them (tombstones)."""
    rows = w.conn.execute(
        select(t.orders.c.order_id, t.orders.c.history).where(t.orders.c.shopper_id == shopper_id)
    ).all()
    for r in rows:
        history = [{k: v for k, v in step.items() if k != "note"} for step in r.history]
        w.conn.execute(
            update(t.orders)
            .where(t.orders.c.order_id == r.order_id)
            .values(address=None, history=history)
        )
    w.tombstone("orders", [r.order_id for r in rows])
    return len(rows)


def redact_answers(w: Writer, shopper_id: str) -> int:
    """The stored first answers of the shopper's writes lose their content: a repeat of
    any of them answers 410 shopper_erased (idempotency.replay)."""
    return w.conn.execute(
        update(t.idempotency)
        .where(t.idempotency.c.shopper_id == shopper_id)
        .values(status_code=ERASED_STATUS, response=shopper_erased().body())
    ).rowcount
