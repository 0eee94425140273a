"""A shopper's profile as the associate should see it: what the last sync brought, plus what
this terminal wrote that HQ has not confirmed or the sync has not brought back yet.

Unsent writes show at once, marked WAITING (or REFUSED with HQ's reason); once
HQ has one and the next sync brings the row back, the synced row replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from clienteling.cache import catalog, day, orders, outbox, shoppers
from clienteling.cache.apply import sync_states
from clienteling.cache.rows import preferences as read_preferences
from clienteling.cache.store import Cache, Connection
from clienteling.domain.catalog import Product
from clienteling.domain.engagement import Feedback, Note, Task, WishlistItem
from clienteling.domain.enums import Channel, TaskStatus, WriteState
from clienteling.domain.orders import DeliveryOrder
from clienteling.domain.purchases import Purchase
from clienteling.domain.shoppers import Shopper

from .field_changes import with_changes
from .writes import refusal, write_state

# The kinds of profile edits, and the synced collection that brings each back from HQ.
EDIT_KINDS = {
    "changes": "shoppers",  # field changes: sizes, preferences, consent
    "preferences": "shoppers",  # queued by a terminal before edits went field by field
    "wishlist": "wishlist",
    "wishlist_remove": "wishlist",
    "task": "tasks",
    "task_done": "tasks",
    "feedback": None,  # not synced back: the profile keeps what was recorded here
}


@dataclass(frozen=True)
class Recommendation:
    sku: str
    name: str
    size: str
    reason: str  # in English, for the command line and logs; screens word it from the fields
    bought_name: str = ""  # the item bought that this suggestion follows
    size_in_stock: str | None = None  # the shopper's size, in stock here
    colour: str = ""


@dataclass
class Profile:
    shopper: Shopper
    purchases: list[Purchase]
    lifetime_value: dict[str, int]  # currency -> minor units, returns deducted
    last_visit: str | None  # the last purchase in a store (ISO 8601)
    notes: list[Note]  # newest first; unsent ones first of all
    wishlist: list[WishlistItem]
    open_orders: list[DeliveryOrder]
    tasks: list[Task]  # open first, by due date
    recommendations: list[Recommendation] = field(default_factory=list)
    feedback: list[Feedback] = field(default_factory=list)  # recorded here, newest first
    preferences_state: WriteState | None = None  # None: as synced
    preferences_refused: str | None = None
    # The catalog's products behind the SKUs of purchases and open orders (names to show);
    # a SKU missing here is an item this terminal's catalog does not have.
    products: dict[str, Product] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)  # associate id -> name (note authors)

    @property
    def channels(self) -> set[str]:
        return {p.channel for p in self.purchases}


def lifetime_value(purchases: list[Purchase]) -> dict[str, int]:
    out: dict[str, int] = {}
    for p in purchases:
        out[p.currency] = out.get(p.currency, 0) + p.total_minor
    return out


def last_store_visit(purchases: list[Purchase]) -> str | None:
    visits = [p.purchased_at for p in purchases if p.channel == Channel.STORE]
    return max(visits) if visits else None


def recommendations(
    profile: Profile, others: list[tuple[str, str, object]], limit: int = 5
) -> list[Recommendation]:
    """Other colours and sizes of styles the shopper bought, in their size, in stock here.

    `others` is what cache.catalog.same_style_in_stock found. Only used with
    profiling consent. Simple on purpose: an associate can explain every
    suggestion to the shopper.
    """
    sizes = profile.shopper.preferences.sizes
    out, seen = [], set()
    for bought_name, category, product in others:
        wanted = sizes.get(category)
        if (wanted and product.size != wanted) or product.sku in seen:
            continue
        seen.add(product.sku)
        reason = f"bought {bought_name}"
        if wanted:
            reason += f"; size {wanted} in stock here"
        out.append(
            Recommendation(
                product.sku,
                product.name,
                product.size,
                reason,
                bought_name,
                wanted,
                product.colour,
            )
        )
        if len(out) == limit:
            break
    return out


_NEVER = datetime.max.replace(tzinfo=UTC)  # a task without a due date comes last


def _stamp(iso: str | None) -> datetime | None:
    if not iso:
        return None
    moment = datetime.fromisoformat(iso)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _synced_back(
    record: outbox.Record, collection: str | None, synced: dict[str, datetime | None]
) -> bool:
    """A write HQ has whose collection was synced since it was delivered: the synced row
    shows it now (or shows what HQ did with it since)."""
    if record.state != outbox.DELIVERED or collection is None:
        return False
    last_sync = synced.get(collection)
    return last_sync is not None and last_sync >= _stamp(record.updated_at)


def _refused(record: outbox.Record) -> str | None:
    return refusal(record) if record.state == outbox.PARKED else None


def waiting_note(record: outbox.Record, store_id: str) -> Note:
    """A note saved here that HQ has not confirmed yet."""
    body = record.body
    return Note(
        note_id=record.id,
        shopper_id=record.shopper_id or "",
        reason=body.get("reason", ""),
        text=body.get("text", ""),
        created_at=record.created_at,
        store_id=store_id,
        associate_id=record.author_id,
        state=write_state(record),
        refused=_refused(record),
    )


class Profiles:
    """Profiles for the screens of one terminal. Methods may block: run them off the UI thread."""

    def __init__(self, cache: Cache, store_id: str) -> None:
        self.cache, self.store_id = cache, store_id

    def on_terminal(self, shopper_id: str) -> bool:
        """Whether the shopper is still on this terminal (not erased, still in its list)."""
        with self.cache.read() as conn:
            return shoppers.shopper(conn, shopper_id) is not None

    def profile(self, shopper_id: str) -> Profile | None:
        """The profile with this terminal's unsent writes; None if the shopper is not cached."""
        with self.cache.read() as conn:
            shopper = shoppers.shopper(conn, shopper_id)
            if shopper is None:
                return None
            purchases = shoppers.purchases_of(conn, shopper_id)
            profile = Profile(
                shopper=shopper,
                purchases=purchases,
                lifetime_value=lifetime_value(purchases),
                last_visit=last_store_visit(purchases),
                notes=shoppers.notes_of(conn, shopper_id),
                wishlist=shoppers.wishlist_of(conn, shopper_id, self.store_id),
                open_orders=orders.open_orders_of(conn, shopper_id),
                tasks=shoppers.tasks_of(conn, shopper_id),
            )
            profile.products = catalog.products_by_sku(
                conn,
                [line.sku for p in purchases for line in p.lines]
                + [line.sku for o in profile.open_orders for line in o.lines],
            )
            if shopper.consent_profiling:
                bought = {sku for p in purchases for sku in p.bought_skus}
                found = catalog.same_style_in_stock(conn, bought, self.store_id)
                profile.recommendations = recommendations(profile, found)
            synced = {name: _stamp(at) for name, (_cursor, at) in sync_states(conn).items()}
            # Delivered notes too: one a sync run sent after it pulled is not in the synced
            # notes until the next pull, and must not vanish meanwhile.
            notes = outbox.records(
                conn, kinds=("note",), shopper_id=shopper_id, newest_first=True,
                states=(outbox.PENDING, outbox.PARKED, outbox.DELIVERED),
            )  # fmt: skip
            edits = outbox.records(
                conn, kinds=tuple(EDIT_KINDS), shopper_id=shopper_id,
                states=(outbox.PENDING, outbox.PARKED, outbox.DELIVERED),
            )  # fmt: skip
            sent = {n.note_id for n in profile.notes}
            mine = [
                waiting_note(r, self.store_id)
                for r in notes
                if r.id not in sent and not _synced_back(r, "notes", synced)
            ]
            delivered = [n for n in mine if n.state == WriteState.SENT]
            if delivered:  # among the sent ones, newest first
                profile.notes = sorted(
                    profile.notes + delivered, key=lambda n: _stamp(n.created_at), reverse=True
                )
            profile.notes[:0] = [n for n in mine if n.state != WriteState.SENT]
            profile.people = day.associate_names(conn, [n.associate_id for n in profile.notes])
            for record in edits:
                if _synced_back(record, EDIT_KINDS[record.kind], synced):
                    continue  # the synced row shows it now
                self._apply(conn, profile, record)
        # By the moment each is due: HQ's rows are in UTC, this terminal's in its own offset.
        profile.tasks.sort(key=lambda t: (t.done, _stamp(t.due_at) or _NEVER))
        return profile

    def _apply(self, conn: Connection, p: Profile, record: outbox.Record) -> None:
        body, kind = record.body, record.kind
        state, refused = write_state(record), _refused(record)
        marks = {"state": state, "refused": refused}
        if kind == "changes":
            if state != WriteState.REFUSED:
                p.shopper = with_changes(p.shopper, body.get("changes") or ())
            p.preferences_state = None if state == WriteState.SENT else state
            p.preferences_refused = refused
        elif kind == "preferences":
            if state != WriteState.REFUSED:
                prefs = {k: v for k, v in body.items() if k != "change_id"}
                p.shopper = replace(p.shopper, preferences=read_preferences(prefs))
            p.preferences_state = None if state == WriteState.SENT else state
            p.preferences_refused = refused
        elif kind == "wishlist":
            if state == WriteState.SENT and any(w.item_id == body["item_id"] for w in p.wishlist):
                return
            item = catalog.product(conn, body["sku"])
            p.wishlist.insert(
                0,
                WishlistItem(
                    item_id=body["item_id"],
                    shopper_id=body["shopper_id"],
                    sku=body["sku"],
                    added_at=record.created_at,
                    name=item.name if item else None,
                    size=item.size if item else None,
                    colour=item.colour if item else None,
                    available_here=catalog.available_at(conn, body["sku"], self.store_id),
                    store_id=self.store_id,
                    **marks,
                ),
            )
        elif kind == "wishlist_remove":
            item_id = record.path.rsplit("/", 1)[-1]
            if state == WriteState.REFUSED:
                p.wishlist[:] = [replace(w, **marks) if w.item_id == item_id else w
                                 for w in p.wishlist]  # fmt: skip
            else:
                p.wishlist[:] = [w for w in p.wishlist if w.item_id != item_id]
        elif kind == "task":
            if state == WriteState.SENT and any(t.task_id == body["task_id"] for t in p.tasks):
                return
            p.tasks.append(
                Task(
                    task_id=body["task_id"],
                    shopper_id=body["shopper_id"],
                    title=body["title"],
                    created_at=record.created_at,
                    due_at=body.get("due_at"),
                    store_id=self.store_id,
                    **marks,
                )
            )
        elif kind == "task_done":
            task_id = record.path.split("/")[-2]
            for i, t in enumerate(p.tasks):
                if t.task_id == task_id:
                    done = {}
                    if state != WriteState.REFUSED:
                        done = {
                            "status": TaskStatus.DONE,
                            "done_at": t.done_at or record.created_at,
                        }
                    p.tasks[i] = replace(t, **marks, **done)
        elif kind == "feedback":
            p.feedback.insert(
                0,
                Feedback(
                    feedback_id=body["feedback_id"],
                    score=body["score"],
                    created_at=record.created_at,
                    comment=body.get("comment", ""),
                    **marks,
                ),
            )
