"""The checks of guided scenarios: each reads the real state of the training terminal (its
outbox, its cache) and of the training HQ's database, and says whether what the trainee
was asked to do (or a mistake) has happened since the scenario started.

A check is `fn(world, params) -> bool`, registered in CHECKS with the parameters it
takes. `world.baseline` is taken when the scenario starts (after its setup), so earlier
work never counts. Writes count once they are in the outbox (saved on the terminal)
or at HQ; "confirmed" checks want HQ's answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from clienteling.cache import outbox
from clienteling.domain.enums import Fulfilment, OrderStatus
from clienteling.hq import tables as t
from clienteling.protocol.writes import NOTE_REASONS

LIVE = (outbox.PENDING, outbox.DELIVERED)  # saved and not refused or set aside


@dataclass(frozen=True)
class Baseline:
    """Where the state stood when the scenario started."""

    hq_seq: int  # HQ's change counter: synced rows written since have a higher seq
    outbox_n: int  # the terminal's last outbox entry
    order_ids: frozenset[str]
    profile_change_id: int
    shopper_tombstones: frozenset[str]


@dataclass
class World:
    """What the checks read: the training terminal's services, the training HQ and the
    baseline. Made afresh for each round of checks (reads are kept for the round)."""

    services: Any  # clienteling.services.terminal.TerminalServices
    hq: Any  # clienteling.demo.embedded_hq.EmbeddedHQ
    baseline: Baseline
    online: bool
    seen: dict = field(default_factory=dict)  # what earlier rounds saw (kept by the coach)
    _memo: dict = field(default_factory=dict)

    def _once(self, key: str, read: Callable[[], Any]) -> Any:
        if key not in self._memo:
            self._memo[key] = read()
        return self._memo[key]

    # --- the terminal ---------------------------------------------------------------------

    def entries(self, kind: str) -> list[outbox.Record]:
        """Outbox entries of `kind` made since the start, oldest first."""

        def read():
            with self.services.orders.cache.read() as conn:
                found = outbox.records(conn, kinds=(kind,))
            return [r for r in found if r.n > self.baseline.outbox_n]

        return self._once(f"outbox:{kind}", read)

    # --- the training HQ --------------------------------------------------------------------

    def hq_rows(self, table, *where) -> list:
        with self.hq.db.read() as conn:
            return conn.execute(select(table).where(*where)).all()

    def new_rows(self, name: str) -> list:
        """Rows of a synced table written at HQ since the start."""
        table = getattr(t, name)
        return self._once(
            f"hq:{name}", lambda: self.hq_rows(table, table.c.seq > self.baseline.hq_seq)
        )

    def new_orders(self) -> list:
        def read():
            rows = self.hq_rows(t.orders, t.orders.c.seq > self.baseline.hq_seq)
            return [r for r in rows if r.order_id not in self.baseline.order_ids]

        return self._once("hq:orders", read)

    def product(self, sku: str):
        def read():
            rows = self.hq_rows(t.products, t.products.c.sku == sku)
            return rows[0] if rows else None

        return self._once(f"product:{sku}", read)

    def profile_changes(self, shopper_id: str) -> list:
        c = t.profile_changes.c
        return self._once(
            f"changes:{shopper_id}",
            lambda: self.hq_rows(
                t.profile_changes,
                c.id > self.baseline.profile_change_id,
                c.shopper_id == shopper_id,
            ),
        )


def take_baseline(services, hq) -> Baseline:
    with services.orders.cache.read() as conn:
        last = conn.execute("SELECT coalesce(max(n), 0) FROM outbox").fetchone()[0]
    with hq.db.read() as conn:
        seq = conn.execute(select(t.change_counter.c.value)).scalar() or 0
        orders = frozenset(conn.execute(select(t.orders.c.order_id)).scalars())
        change = conn.execute(select(func.max(t.profile_changes.c.id))).scalar() or 0
        gone = frozenset(
            conn.execute(
                select(t.tombstones.c.key).where(t.tombstones.c.collection == "shoppers")
            ).scalars()
        )
    return Baseline(seq, last, orders, change, gone)


# --- notes, tasks, preferences, consent --------------------------------------------------------


def _notes(world: World) -> list[tuple[str, str, str]]:
    """(note id, shopper, reason) of every note made since the start: saved here or at HQ."""
    out = {r.note_id: (r.note_id, r.shopper_id, r.reason) for r in world.new_rows("notes")}
    for e in world.entries("note"):
        if e.state in LIVE:
            out.setdefault(e.id, (e.id, e.body["shopper_id"], e.body["reason"]))
    return list(out.values())


def note_added(world: World, p: Mapping[str, Any]) -> bool:
    """A note on the shopper (with the reason, when one is asked for)."""
    return any(
        s == p["shopper"] and (not p.get("reason") or r == p["reason"]) for _, s, r in _notes(world)
    )


def note_on_other_shopper(world: World, p: Mapping[str, Any]) -> bool:
    return any(s != p["shopper"] for _, s, _ in _notes(world))


def task_added(world: World, p: Mapping[str, Any]) -> bool:
    """A follow-up for the shopper (with a due date, when `due` is true)."""
    tasks = {r.task_id: (r.shopper_id, r.due_at) for r in world.new_rows("tasks")}
    for e in world.entries("task"):
        if e.state in LIVE:
            tasks.setdefault(e.id, (e.body["shopper_id"], e.body.get("due_at")))
    return any(s == p["shopper"] and (due or not p.get("due")) for s, due in tasks.values())


def _changed_fields(world: World, shopper_id: str) -> dict[str, Any]:
    """The profile fields changed since the start (field -> last value): at HQ or queued."""
    out = {r.field: r.value for r in world.profile_changes(shopper_id)}
    for e in world.entries("changes"):
        if e.state in LIVE and e.shopper_id == shopper_id:
            for change in e.body.get("changes", []):
                out.setdefault(change["field"], change.get("value"))
    return out


def preferences_recorded(world: World, p: Mapping[str, Any]) -> bool:
    """At least `sizes` sizes and `lists` of the preference lists (brands, colours, styles,
    fit) of the shopper were recorded."""
    fields = _changed_fields(world, p["shopper"])
    sizes = sum(1 for f, v in fields.items() if f.startswith("sizes.") and v)
    lists = sum(1 for f, v in fields.items() if f in ("brands", "colours", "styles", "fit") and v)
    return sizes >= int(p.get("sizes", 1)) and lists >= int(p.get("lists", 0))


def profile_of_other_shopper_changed(world: World, p: Mapping[str, Any]) -> bool:
    """Sizes, preferences or consent of another shopper than `shopper` were changed."""
    c = t.profile_changes.c
    rows = world._once(
        "changes:others",
        lambda: world.hq_rows(
            t.profile_changes,
            c.id > world.baseline.profile_change_id,
            c.shopper_id != p["shopper"],
        ),
    )
    queued = [
        e for e in world.entries("changes") if e.state in LIVE and e.shopper_id != p["shopper"]
    ]
    return bool(rows or queued)


def consent_changed(world: World, p: Mapping[str, Any]) -> bool:
    """The shopper's consent (`field`: profiling, email, sms; any when not given) was changed."""
    wanted = {"profiling": "consent.profiling", "email": "consent.marketing_email"}
    wanted["sms"] = "consent.marketing_sms"
    names = [wanted[p["field"]]] if p.get("field") else list(wanted.values())
    return any(name in _changed_fields(world, p["shopper"]) for name in names)


# --- orders -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Order:
    order_id: str
    shopper_id: str
    fulfilment: str
    pickup_store: str | None
    skus: tuple[str, ...]
    sources: tuple[str | None, ...]
    record: outbox.Record | None  # its outbox entry, when placed on this terminal
    confirmed: bool  # HQ has it
    cancelled: bool = False  # HQ has it cancelled (a wrong order put right)


def _orders(world: World) -> list[_Order]:
    """Orders placed since the start: HQ's (confirmed) and the terminal's live entries."""

    def read():
        entries = {e.id: e for e in world.entries("order")}
        out = {}
        for r in world.new_orders():
            out[r.order_id] = _Order(
                r.order_id, r.shopper_id, r.fulfilment, r.pickup_store,
                tuple(x["sku"] for x in r.lines), tuple(x.get("source_store") for x in r.lines),
                entries.get(r.order_id), True, r.status == OrderStatus.CANCELLED,
            )  # fmt: skip
        for e in entries.values():
            if e.id in out or e.state not in LIVE:
                continue
            b, lines = e.body, e.body["lines"]
            out[e.id] = _Order(
                e.id, b["shopper_id"], b["fulfilment"], b.get("pickup_store"),
                tuple(x["sku"] for x in lines), tuple(x.get("source_store") for x in lines),
                e, False,
            )  # fmt: skip
        return list(out.values())

    return world._once("orders", read)


def _matches(world: World, o: _Order, p: Mapping[str, Any]) -> bool:
    if o.shopper_id != p["shopper"] or o.cancelled:
        return False
    if p.get("fulfilment") and o.fulfilment != p["fulfilment"]:
        return False
    if p.get("pickup_store") and o.pickup_store != p["pickup_store"]:
        return False
    if p.get("confirmed") and not o.confirmed:
        return False
    if p.get("sku") and p["sku"] not in o.skus:
        return False
    if p.get("style"):
        styles = {getattr(world.product(s), "style", None) for s in o.skus}
        if p["style"] not in styles:
            return False
    return True


def order_placed(world: World, p: Mapping[str, Any]) -> bool:
    """An order for the shopper, not cancelled (of `sku`, or of any item of `style`;
    `fulfilment` ship or pickup; `pickup_store`; `confirmed`: HQ accepted it). Mistakes
    count cancelled orders too: they were placed."""
    return any(_matches(world, o, p) for o in _orders(world))


def order_other_size(world: World, p: Mapping[str, Any]) -> bool:
    """An order for the shopper of the wanted style in another size than `sku`'s."""
    wanted = world.product(p["sku"])
    if wanted is None:
        return False
    for o in _orders(world):
        if o.shopper_id != p["shopper"]:
            continue
        for sku in o.skus:
            got = world.product(sku)
            if got is not None and got.style == wanted.style and got.size != wanted.size:
                return True
    return False


def order_wrong_fulfilment(world: World, p: Mapping[str, Any]) -> bool:
    """An order for the shopper of `sku` with another fulfilment (or pick-up store)."""
    for o in _orders(world):
        if o.shopper_id != p["shopper"] or p["sku"] not in o.skus:
            continue
        if o.fulfilment != p["fulfilment"]:
            return True
        if p.get("pickup_store") and o.pickup_store != p["pickup_store"]:
            return True
    return False


def _failed_first(o: _Order) -> bool:
    """The order could not reach HQ when it was placed (a try failed, or it still waits)."""
    r = o.record
    return r is not None and (
        r.attempts > 0 or r.last_error is not None or r.state == outbox.PENDING
    )


def order_queued_offline(world: World, p: Mapping[str, Any]) -> bool:
    """An order for the shopper placed while HQ could not be reached: it waits in the outbox
    (or a try to send it failed). Each one seen waiting is remembered for the next check."""
    waiting = [o for o in _orders(world) if o.shopper_id == p["shopper"] and _failed_first(o)]
    world.seen.setdefault("queued_orders", set()).update(o.order_id for o in waiting)
    return bool(waiting)


def order_sent_online(world: World, p: Mapping[str, Any]) -> bool:
    """An order for the shopper that reached HQ at once (placed before the network was cut)."""
    queued = world.seen.get("queued_orders", set())
    return any(
        o.shopper_id == p["shopper"] and o.record is not None and not _failed_first(o)
        and o.record.state == outbox.DELIVERED and o.order_id not in queued
        for o in _orders(world)
    )  # fmt: skip


def order_confirmed_after_outage(world: World, p: Mapping[str, Any]) -> bool:
    """An order that waited in the outbox is now confirmed by HQ, and the terminal knows it."""
    queued = world.seen.get("queued_orders", set())
    return any(
        o.shopper_id == p["shopper"] and o.confirmed and o.record is not None
        and o.record.state == outbox.DELIVERED
        and (o.order_id in queued or o.record.attempts > 0)
        for o in _orders(world)
    )  # fmt: skip


def order_refused(world: World, p: Mapping[str, Any]) -> bool:
    """HQ refused an order for the shopper (of `sku`, when given) for want of stock."""
    for e in world.entries("order"):
        answer = e.answer if isinstance(e.answer, dict) else {}
        code = (answer.get("error") or {}).get("code") if isinstance(answer, dict) else None
        if e.shopper_id == p["shopper"] and code == "out_of_stock":
            if not p.get("sku") or any(x["sku"] == p["sku"] for x in e.body["lines"]):
                return True
    return False


def order_after_refusal(world: World, p: Mapping[str, Any]) -> bool:
    """After a refusal, HQ accepted another order for the shopper (an alternative)."""
    refused = [
        e.n for e in world.entries("order")
        if e.shopper_id == p["shopper"] and e.state in (outbox.PARKED, outbox.WITHDRAWN)
    ]  # fmt: skip
    if not refused:
        return False
    return any(
        o.shopper_id == p["shopper"] and o.confirmed and o.record is not None
        and o.record.n > min(refused)
        for o in _orders(world)
    )  # fmt: skip


# --- the network, shoppers ---------------------------------------------------------------------


def network_cut(world: World, p: Mapping[str, Any]) -> bool:
    return not world.online


def network_back(world: World, p: Mapping[str, Any]) -> bool:
    return world.online


def signed_in_as(world: World, p: Mapping[str, Any]) -> bool:
    """Someone of `role` (manager, associate) is signed in on the training terminal."""
    session = world.services.sessions.current
    return session is not None and session.role == p["role"]


def shopper_on_terminal(world: World, p: Mapping[str, Any]) -> bool:
    """The shopper (not on this terminal at the start) is now: their card was scanned, or
    HQ's search found them, and the terminal keeps them."""
    with world.services.orders.cache.read() as conn:
        row = conn.execute(
            "SELECT 1 FROM shoppers WHERE shopper_id = ?", (p["shopper"],)
        ).fetchone()
    return row is not None


def shopper_erased(world: World, p: Mapping[str, Any]) -> bool:
    """HQ erased the shopper since the start (their tombstone is new)."""
    return p["shopper"] in _erased(world)


def other_shopper_erased(world: World, p: Mapping[str, Any]) -> bool:
    return any(key != p["shopper"] for key in _erased(world))


def _erased(world: World) -> set[str]:
    def read():
        c = t.tombstones.c
        rows = world.hq_rows(t.tombstones, c.collection == "shoppers")
        return {r.key for r in rows} - world.baseline.shopper_tombstones

    return world._once("erased", read)


@dataclass(frozen=True)
class CheckDef:
    fn: Callable[[World, Mapping[str, Any]], bool]
    required: frozenset[str]
    optional: frozenset[str] = frozenset()


def _def(fn, required=("shopper",), optional=()) -> CheckDef:
    return CheckDef(fn, frozenset(required), frozenset(optional))


# The values a parameter may take, where only some make sense (checked on load).
PARAM_VALUES: dict[str, tuple] = {
    "reason": NOTE_REASONS,
    "fulfilment": tuple(f.value for f in Fulfilment),
    "field": ("profiling", "email", "sms"),
    "role": ("associate", "manager"),
    "confirmed": (True, False),
    "due": (True, False),
}


CHECKS: dict[str, CheckDef] = {
    "note_added": _def(note_added, optional=("reason",)),
    "note_on_other_shopper": _def(note_on_other_shopper),
    "task_added": _def(task_added, optional=("due",)),
    "preferences_recorded": _def(preferences_recorded, optional=("sizes", "lists")),
    "profile_of_other_shopper_changed": _def(profile_of_other_shopper_changed),
    "consent_changed": _def(consent_changed, optional=("field",)),
    "order_placed": _def(
        order_placed, optional=("sku", "style", "fulfilment", "pickup_store", "confirmed")
    ),
    "order_other_size": _def(order_other_size, ("shopper", "sku")),
    "order_wrong_fulfilment": _def(
        order_wrong_fulfilment, ("shopper", "sku", "fulfilment"), ("pickup_store",)
    ),
    "order_queued_offline": _def(order_queued_offline),
    "order_sent_online": _def(order_sent_online),
    "order_confirmed_after_outage": _def(order_confirmed_after_outage),
    "order_refused": _def(order_refused, optional=("sku",)),
    "order_after_refusal": _def(order_after_refusal),
    "network_cut": _def(network_cut, ()),
    "network_back": _def(network_back, ()),
    "signed_in_as": _def(signed_in_as, ("role",)),
    "shopper_on_terminal": _def(shopper_on_terminal),
    "shopper_erased": _def(shopper_erased),
    "other_shopper_erased": _def(other_shopper_erased),
}
