"""What terminals write besides orders: notes, preferences, consent, wishlist, tasks,
feedback and activity. Each is idempotent by the client's id."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select, update

from clienteling.protocol import writes as p

from . import access, report_kept
from . import tables as t
from .auth import Principal
from .changes import set_consent, set_preferences  # noqa: F401 (merged per field there)
from .db import Database, Writer
from .errors import not_found
from .fleet import refuse_if_off
from .idempotency import once

WRITERS = ("associate", "manager")


def _once(
    db: Database,
    who: Principal,
    kind: str,
    key: str,
    body: BaseModel,
    apply: Callable[[Writer], dict[str, Any]],
    now: datetime,
    *,
    roles: tuple[str, ...] = WRITERS,
) -> tuple[int, Any]:
    """Run `apply` once per client id; a repeat gets the first answer."""
    return once(db, who, kind, key, body, apply, now, roles=roles)


def add_note(db: Database, who: Principal, note: p.NoteIn, now: datetime):
    def apply(w: Writer):
        access.served(w.conn, who, note.shopper_id, "note", now)
        w.insert(
            t.notes,
            [
                {
                    "note_id": str(note.note_id),
                    "shopper_id": note.shopper_id,
                    "store_id": who.store_id,
                    "associate_id": who.actor_id,
                    "reason": note.reason,
                    "text": note.text,
                    "created_at": now,
                }
            ],
        )
        report_kept.served(w.conn, [note.shopper_id], now)
        return {"id": str(note.note_id)}

    return _once(db, who, "note", str(note.note_id), note, apply, now)


def add_wishlist(db: Database, who: Principal, item: p.WishlistIn, now: datetime):
    def apply(w: Writer):
        access.served(w.conn, who, item.shopper_id, "wishlist", now)
        if (
            w.conn.execute(select(t.products.c.sku).where(t.products.c.sku == item.sku)).first()
            is None
        ):
            raise not_found(f"item {item.sku}")
        w.insert(
            t.wishlist,
            [
                {
                    "item_id": str(item.item_id),
                    "shopper_id": item.shopper_id,
                    "sku": item.sku,
                    "store_id": who.store_id,
                    "associate_id": who.actor_id,
                    "added_at": now,
                }
            ],
        )
        return {"id": str(item.item_id)}

    return _once(db, who, "wishlist", str(item.item_id), item, apply, now)


def remove_wishlist(db: Database, who: Principal, item_id: str) -> None:
    """Removing is naturally idempotent: removing a removed item is a no-op."""
    who.require_associate(*WRITERS, what="removing a wishlist item")
    with db.write() as w:
        gone = w.conn.execute(t.wishlist.delete().where(t.wishlist.c.item_id == item_id)).rowcount
        if gone:
            w.tombstone("wishlist", [item_id])


def add_task(db: Database, who: Principal, task: p.TaskIn, now: datetime):
    def apply(w: Writer):
        access.served(w.conn, who, task.shopper_id, "task", now)
        w.insert(
            t.tasks,
            [
                {
                    "task_id": str(task.task_id),
                    "shopper_id": task.shopper_id,
                    "store_id": who.store_id,
                    "associate_id": who.actor_id,
                    "title": task.title,
                    "due_at": task.due_at,
                    "status": "open",
                    "created_at": now,
                    "done_at": None,
                }
            ],
        )
        return {"id": str(task.task_id)}

    return _once(db, who, "task", str(task.task_id), task, apply, now)


def complete_task(db: Database, who: Principal, task_id: str, now: datetime) -> dict:
    """Completing a done task again changes nothing (idempotent)."""
    who.require_associate(*WRITERS, what="completing a task")
    with db.write() as w:
        row = w.conn.execute(
            select(t.tasks).where(t.tasks.c.task_id == task_id).with_for_update()
        ).first()
        if row is None:
            raise not_found(f"task {task_id}")
        who.require_store(row.store_id, "completing another store's task")
        if row.status != "done":
            w.conn.execute(
                update(t.tasks)
                .where(t.tasks.c.task_id == task_id)
                .values(status="done", done_at=now, seq=w.next_seq())
            )
        return {"id": task_id, "status": "done"}


def add_feedback(db: Database, who: Principal, fb: p.FeedbackIn, now: datetime):
    def apply(w: Writer):
        refuse_if_off(w.conn, who.store_id, "feedback_capture")  # after a repeat's replay
        access.served(w.conn, who, fb.shopper_id, "feedback", now)
        w.insert(
            t.feedback,
            [
                {
                    "feedback_id": str(fb.feedback_id),
                    "shopper_id": fb.shopper_id,
                    "store_id": who.store_id,
                    "associate_id": who.actor_id,
                    "score": fb.score,
                    "comment": fb.comment,
                    "created_at": now,
                }
            ],
        )
        return {"id": str(fb.feedback_id)}

    return _once(db, who, "feedback", str(fb.feedback_id), fb, apply, now)


def record_activity(db: Database, who: Principal, batch: p.ActivityBatch, now: datetime) -> dict:
    """Store activity events; ids already stored are skipped, so a resend is harmless.
    An event about a shopper HQ does not know refuses the batch (404 shopper_unknown)."""
    who.require_associate("associate", "manager", "trainee", what="recording activity")
    ids = [str(e.event_id) for e in batch.events]
    with db.write() as w:
        w.serialise(f"activity:{who.device_id}")  # a resend waits for the first, then skips
        homes = access.home_stores(
            w.conn, [e.shopper_id for e in batch.events if e.shopper_id], hold=True
        )
        access.note(w.conn, who, homes, "activity", now)
        known = set(
            w.conn.execute(
                select(t.activity.c.event_id).where(t.activity.c.event_id.in_(ids))
            ).scalars()
        )
        first: dict[str, p.ActivityEvent] = {}  # an id twice in the batch: its first event
        for e in batch.events:
            if str(e.event_id) not in known:
                first.setdefault(str(e.event_id), e)
        fresh = list(first.values())
        if fresh:
            w.conn.execute(
                t.activity.insert(),
                [
                    {
                        "event_id": str(e.event_id),
                        "store_id": who.store_id,
                        "associate_id": who.actor_id,
                        "device_id": who.device_id,
                        "kind": e.kind,
                        "shopper_id": e.shopper_id,
                        "payload": e.payload,
                        "at": e.at,
                    }
                    for e in fresh
                ],
            )
            opened = [e for e in fresh if e.kind == "profile_opened" and e.shopper_id]
            if opened:  # captured offline, an event may come days late: see report_kept
                report_kept.served(
                    w.conn, [e.shopper_id for e in opened], min(e.at for e in opened)
                )
    return {"stored": len(fresh), "already_stored": len(known)}
