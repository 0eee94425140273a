"""Profile edits: sizes and preferences, wishlist, follow-up tasks and quick CSAT.

Each edit goes into the durable outbox first (like notes), is shown on the
profile at once, marked "waiting to send", and is sent to HQ when it can be
reached. Once HQ has it and the next sync brings the row back, the synced row
replaces the local one. Qt-free; every method may block: the UI runs them on
its task runner.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

import sqlcipher3
from pydantic import ValidationError

from clienteling.cache import outbox
from clienteling.protocol.writes import FeedbackIn, PreferencesIn, TaskIn, WishlistIn

from . import products
from .desk import Desk
from .lookup import Profile
from .sending import Saved, queue_and_send

__all__ = ["Engagement", "ItemChoice", "ProfileView", "Saved", "split_list"]

# The synced collection that brings each kind of edit back from HQ.
_COLLECTION = {
    "preferences": "shoppers",
    "wishlist": "wishlist",
    "wishlist_remove": "wishlist",
    "task": "tasks",
    "task_done": "tasks",
}
_KINDS = ("preferences", "wishlist", "wishlist_remove", "task", "task_done", "feedback")
FOLLOW_UP_HOUR = time(10, 0)  # a due date means "that morning" in the store's local time


@dataclass(frozen=True)
class ItemChoice:
    """One variant the wishlist picker offers."""

    sku: str
    name: str
    colour: str
    size: str
    available_here: int


@dataclass
class ProfileView:
    """The profile with this terminal's unsent edits applied (optimistic)."""

    profile: Profile
    preferences_state: str | None = None  # None: as synced; "waiting" or "refused"
    preferences_refused: str | None = None
    feedback: list[dict[str, Any]] = field(default_factory=list)  # newest first


def split_list(text: str | list[str]) -> list[str]:
    """'Linen, navy ,, wool' -> ['Linen', 'navy', 'wool'] (duplicates dropped, order kept)."""
    items = text if isinstance(text, list) else text.replace(";", ",").split(",")
    return list(dict.fromkeys(i.strip() for i in items if i.strip()))


def _plain(exc: ValidationError, words: dict[str, str]) -> ValueError:
    fields = [str(e["loc"][0]) for e in exc.errors() if e["loc"]]
    for name in fields:
        if name in words:
            return ValueError(words[name])
    return ValueError("; ".join(e["msg"] for e in exc.errors()))


def _stamp(iso: str | None) -> datetime | None:
    if not iso:
        return None
    moment = datetime.fromisoformat(iso)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class Engagement:
    """The profile's edits for the screens of one terminal (wraps its `Desk`)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # --- reading ------------------------------------------------------------------------

    def profile(self, shopper_id: str) -> ProfileView | None:
        """The profile as the associate should see it: synced rows plus unsent edits."""
        profile = self.desk.profile(shopper_id)
        if profile is None:
            return None
        conn = self.desk.reader()
        view = ProfileView(profile)
        for entry in self._local_edits(conn, shopper_id):
            self._apply(conn, view, entry)
        profile.tasks.sort(key=lambda t: (t["status"] == "done", t.get("due_at") or "~"))
        return view

    def _local_edits(self, conn: sqlcipher3.Connection, shopper_id: str) -> list[dict]:
        """This shopper's edits HQ has not confirmed, or that the last sync has not brought back."""
        synced = {
            name: _stamp(at)
            for name, at in conn.execute("SELECT collection, synced_at FROM sync_state")
        }
        marks = ",".join("?" * len(_KINDS))
        rows = conn.execute(
            "SELECT id, kind, state, last_error, body, path, created_at, updated_at FROM outbox "  # noqa: S608 - marks only
            f"WHERE shopper_id = ? AND kind IN ({marks}) AND state != ? ORDER BY n",
            (shopper_id, *_KINDS, outbox.WITHDRAWN),
        ).fetchall()
        out = []
        for id_, kind, state, error, body, path, created, updated in rows:
            if state == outbox.DELIVERED and kind != "feedback":
                last_sync = synced.get(_COLLECTION[kind])
                if last_sync is not None and last_sync >= _stamp(updated):
                    continue  # the synced row shows it now
            out.append(
                {
                    "id": id_,
                    "kind": kind,
                    "state": {
                        outbox.PENDING: "waiting",
                        outbox.PARKED: "refused",
                        outbox.DELIVERED: "sent",
                    }[state],
                    "refused": error if state == outbox.PARKED else None,
                    "body": json.loads(body),
                    "path": path,
                    "created_at": created,
                }
            )
        return out

    def _apply(self, conn: sqlcipher3.Connection, view: ProfileView, edit: dict) -> None:
        p, body, kind, state = view.profile, edit["body"], edit["kind"], edit["state"]
        if kind == "preferences":
            if state != "refused":
                p.shopper["preferences"] = {k: v for k, v in body.items() if k != "change_id"}
            view.preferences_state = None if state == "sent" else state
            view.preferences_refused = edit["refused"]
        elif kind == "wishlist":
            if state == "sent" and any(w["item_id"] == body["item_id"] for w in p.wishlist):
                return
            p.wishlist.insert(0, self._wish_row(conn, body, edit))
        elif kind == "wishlist_remove":
            item_id = edit["path"].rsplit("/", 1)[-1]
            if state == "refused":
                _mark(p.wishlist, "item_id", item_id, edit)
            else:
                p.wishlist[:] = [w for w in p.wishlist if w["item_id"] != item_id]
        elif kind == "task":
            if state == "sent" and any(t["task_id"] == body["task_id"] for t in p.tasks):
                return
            p.tasks.append(
                {
                    "task_id": body["task_id"],
                    "shopper_id": body["shopper_id"],
                    "store_id": self.desk.store_id,
                    "title": body["title"],
                    "due_at": body.get("due_at"),
                    "status": "open",
                    "created_at": edit["created_at"],
                    "done_at": None,
                    "state": state,
                    "refused": edit["refused"],
                }
            )
        elif kind == "task_done":
            task_id = edit["path"].split("/")[-2]
            row = _mark(p.tasks, "task_id", task_id, edit)
            if row is not None and state != "refused":
                row["status"] = "done"
                row["done_at"] = row.get("done_at") or edit["created_at"]
        elif kind == "feedback":
            view.feedback.insert(
                0,
                {
                    "feedback_id": body["feedback_id"],
                    "score": body["score"],
                    "comment": body.get("comment", ""),
                    "created_at": edit["created_at"],
                    "state": state,
                    "refused": edit["refused"],
                },
            )

    def _wish_row(self, conn: sqlcipher3.Connection, body: dict, edit: dict) -> dict:
        product = conn.execute(
            "SELECT p.name, p.size, p.colour, coalesce(s.on_hand - s.reserved, 0) FROM products p "
            "LEFT JOIN stock s ON s.sku = p.sku AND s.store_id = ? WHERE p.sku = ?",
            (self.desk.store_id, body["sku"]),
        ).fetchone() or (None, None, None, 0)
        return {
            "item_id": body["item_id"],
            "shopper_id": body["shopper_id"],
            "sku": body["sku"],
            "store_id": self.desk.store_id,
            "added_at": edit["created_at"],
            "name": product[0],
            "size": product[1],
            "colour": product[2],
            "available_here": product[3],
            "in_stock_here": (product[3] or 0) > 0,
            "state": edit["state"],
            "refused": edit["refused"],
        }

    def size_choices(self) -> dict[str, list[str]]:
        """Every catalog category with its sizes in rail order, for the sizes editor."""
        rows = self.desk.reader().execute(
            "SELECT DISTINCT category, size FROM products WHERE category IS NOT NULL "
            "AND category != '' AND size IS NOT NULL AND size != ''"
        )
        out: dict[str, set[str]] = {}
        for category, size in rows:
            out.setdefault(category, set()).add(size)
        return {c: sorted(s, key=products.size_key) for c, s in sorted(out.items())}

    def find_items(self, query: str, limit: int = 60) -> list[ItemChoice]:
        """Variants (colour and size) for what was typed or scanned, the exact one first."""
        conn = self.desk.reader()
        out: list[ItemChoice] = []
        for hit in products.find_products(conn, query, limit=15):
            grid = products.style_grid(conn, hit.style, self.desk.store_id)
            if grid is None:
                continue
            cells = sorted(
                grid.cells.values(),
                key=lambda c: (
                    not (hit.exact and c.sku == hit.sku),
                    c.colour,
                    products.size_key(c.size),
                ),
            )
            out += [ItemChoice(c.sku, grid.name, c.colour, c.size, c.available) for c in cells]
            if len(out) >= limit:
                break
        return out[:limit]

    # --- writing ------------------------------------------------------------------------

    def save_preferences(
        self,
        shopper_id: str,
        sizes: dict[str, str],
        fit: str = "",
        brands: str | list[str] = "",
        colours: str | list[str] = "",
        styles: str | list[str] = "",
    ) -> Saved:
        """Replace the shopper's sizes and preferences; ValueError in plain words if invalid."""
        change_id = str(uuid.uuid4())
        sizes = {c.strip(): s.strip() for c, s in sizes.items() if c.strip() and s.strip()}
        try:
            body = PreferencesIn(
                change_id=change_id,
                sizes=sizes,
                fit=fit,
                brands=split_list(brands),
                colours=split_list(colours),
                styles=split_list(styles),
            ).model_dump(mode="json")
        except ValidationError as exc:
            raise _plain(
                exc,
                {
                    "sizes": "a size is at most 16 characters (at most 30 categories)",
                    "fit": "the fit is at most 40 characters",
                    "brands": "at most 30 brands",
                    "colours": "at most 30 colours",
                    "styles": "at most 30 styles",
                },
            ) from None
        return self._send(
            change_id, "preferences", shopper_id, "PUT", f"/shoppers/{shopper_id}/preferences", body
        )

    def add_to_wishlist(self, shopper_id: str, sku: str) -> Saved:
        item_id = str(uuid.uuid4())
        try:
            body = WishlistIn(item_id=item_id, shopper_id=shopper_id, sku=sku).model_dump(
                mode="json"
            )
        except ValidationError as exc:
            raise _plain(exc, {"sku": "choose an item first"}) from None
        return self._send(item_id, "wishlist", shopper_id, "POST", "/wishlist", body)

    def remove_from_wishlist(self, shopper_id: str, item_id: str) -> Saved:
        """Take the item off; an addition HQ never got is simply not sent."""
        cache = self.desk.terminal.cache
        with cache.lock:
            if outbox.withdraw(cache.writer, item_id, "wishlist"):
                return Saved(item_id, "sent")  # nothing left to tell HQ
        return self._send(
            str(uuid.uuid4()), "wishlist_remove", shopper_id, "DELETE", f"/wishlist/{item_id}", {}
        )

    def add_task(self, shopper_id: str, title: str, due: date | None = None) -> Saved:
        """A follow-up for this shopper, due on `due` (that morning, local time) if given."""
        task_id = str(uuid.uuid4())
        due_at = datetime.combine(due, FOLLOW_UP_HOUR).astimezone() if due else None
        try:
            body = TaskIn(
                task_id=task_id, shopper_id=shopper_id, title=title, due_at=due_at
            ).model_dump(mode="json")
        except ValidationError as exc:
            raise _plain(
                exc, {"title": "write what to follow up (at most 200 characters)"}
            ) from None
        return self._send(task_id, "task", shopper_id, "POST", "/tasks", body)

    def complete_task(self, shopper_id: str, task_id: str) -> Saved:
        return self._send(
            str(uuid.uuid4()), "task_done", shopper_id, "POST", f"/tasks/{task_id}/complete", {}
        )

    def record_feedback(self, shopper_id: str, score: int, comment: str = "") -> Saved:
        """The shopper's satisfaction with this visit, 1 (poor) to 5 (great)."""
        feedback_id = str(uuid.uuid4())
        try:
            body = FeedbackIn(
                feedback_id=feedback_id, shopper_id=shopper_id, score=score, comment=comment
            ).model_dump(mode="json")
        except ValidationError as exc:
            raise _plain(
                exc,
                {
                    "score": "choose a score from 1 to 5",
                    "comment": "the comment is at most 2000 characters",
                },
            ) from None
        return self._send(feedback_id, "feedback", shopper_id, "POST", "/feedback", body)

    def _send(
        self, id_: str, kind: str, shopper_id: str, method: str, path: str, body: dict
    ) -> Saved:
        """Queue durably; signed in online, deliver now and bring the synced row back."""
        engine = self.desk.writer_engine()
        saved = queue_and_send(
            self.desk.terminal.cache,
            engine,
            id=id_,
            kind=kind,
            shopper_id=shopper_id,
            method=method,
            path=path,
            body=body,
            collection=_COLLECTION.get(kind),
        )
        if engine is not None:
            self.desk.connectivity = engine.connectivity
        return saved


def _mark(rows: list[dict], key: str, value: str, edit: dict) -> dict | None:
    row = next((r for r in rows if r[key] == value), None)
    if row is not None:
        row["state"] = edit["state"]
        row["refused"] = edit["refused"]
    return row
