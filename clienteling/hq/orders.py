"""Delivery orders: exactly-once placement with atomic stock reservation, and status flow.

No order waits for another unless both want the same stock row: a reservation is
one conditional UPDATE of that row (on PostgreSQL it holds the row's lock until
commit, so orders for the same item at the same store take turns there and
nowhere else). Rows are locked in one order (the shopper, then stock by item and
store) so two orders cannot wait for each other; should a deadlock with another
kind of write (an import's batch) still happen, the order is placed again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import (
    BigInteger,
    Connection,
    Float,
    Integer,
    String,
    and_,
    bindparam,
    case,
    insert,
    literal,
    null,
    or_,
    select,
    text,
    union_all,
    update,
)
from sqlalchemy.exc import OperationalError

from clienteling.domain.enums import Fulfilment, OrderStatus
from clienteling.domain.errors import DomainError
from clienteling.domain.geo import distance_km
from clienteling.domain.orders import HOLDS_RESERVATION, STOCK_LEFT, check_transition
from clienteling.protocol.errors import ErrorCode
from clienteling.protocol.orders import OrderRequest

from . import access, report_kept
from . import tables as t
from .auth import GRANTED, Principal
from .db import CLAIMED_VALUES, NAMED_LOCKS, Database, Writer
from .errors import ApiError, forbidden, no_shopper, not_found
from .feed import scope_of, shopper_in_scope
from .fleet import refuse_if_off
from .idempotency import first_and_home, hold, judge, remember, request_hash, stored
from .statements import Prepared, count, inserts, pipelined

S = t.stock.c
MAX_ALTERNATIVES = 6


def _by_distance(points: dict[str, tuple[float, float]], origin: str, store_ids) -> list:
    o = points.get(origin)

    def km(store_id: str) -> float | None:
        p = points.get(store_id)
        return None if o is None or p is None else _km(*o, *p)

    return sorted(((s, km(s)) for s in store_ids), key=lambda x: (x[1] is None, x[1] or 0.0, x[0]))


def _nearest_first(places: tuple, origin: str, store_ids) -> list[str]:
    """`store_ids` in `_by_distance`'s order, from the ranking of every store (`places`:
    `points.items()` as a tuple) kept by the places and the origin: an order sorted every
    store with stock for each of its lines, a distance looked up for each."""
    rank = _ranking(origin, places)
    try:
        return sorted(store_ids, key=rank.__getitem__)
    except KeyError:  # stock of a store HQ has no place for
        return [s for s, _ in _by_distance(dict(places), origin, store_ids)]


@lru_cache(maxsize=256)
def _ranking(origin: str, places: tuple) -> dict[str, int]:
    points = dict(places)
    return {s: k for k, (s, _km) in enumerate(_by_distance(points, origin, points))}


@lru_cache(maxsize=1 << 16)
def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Rounded distance between two places: every order sorts the stores by it (pure
    arithmetic, kept by the places' coordinates, so a moved store is measured afresh)."""
    return round(distance_km(lat1, lon1, lat2, lon2), 1)


def _reserve(w: Writer, store_id: str, sku: str, quantity: int, seq: int) -> bool:
    """Reserve units with one conditional update: never read-then-write. `seq` is a
    change-sequence value the transaction took (`Writer.take_seqs`)."""
    params = {"r_store": store_id, "r_sku": sku, "r_quantity": quantity, "r_seq": seq}
    return count(w.conn, _RESERVE, params) == 1


def _reserve_statement(_dialect: str):
    wanted = bindparam("r_quantity", type_=Integer())
    return (
        update(t.stock)
        .where(
            S.store_id == bindparam("r_store", type_=String()),
            S.sku == bindparam("r_sku", type_=String()),
            S.on_hand - S.reserved >= wanted,
        )
        .values(reserved=S.reserved + wanted, seq=bindparam("r_seq", type_=BigInteger()))
    )


_RESERVE = Prepared(_reserve_statement)


def _release(w: Writer, store_id: str, sku: str, quantity: int, *, consumed: bool) -> None:
    """Give units back (cancelled) or take them out of stock (shipped/collected)."""
    values: dict[str, Any] = {
        "reserved": case((S.reserved >= quantity, S.reserved - quantity), else_=0),
        "seq": w.next_seq(),
    }
    if consumed:
        values["on_hand"] = case((S.on_hand >= quantity, S.on_hand - quantity), else_=0)
    w.conn.execute(update(t.stock).where(S.store_id == store_id, S.sku == sku).values(**values))


def _lock_order(lines: list[dict]) -> list[dict]:
    """An order's lines in the order stock rows are locked: by item, then store."""
    return sorted(lines, key=lambda line: (line["sku"], line["source_store"]))


def _alternatives(conn: Connection, points, origin: str, sku: str, quantity: int) -> list[dict]:
    """Other stores with the item, nearest first; then other sizes/colours of the style."""
    p = t.products.c
    product = conn.execute(select(t.products).where(p.sku == sku)).first()
    if product is None:
        return []
    avail = S.on_hand - S.reserved
    same = conn.execute(
        select(S.store_id, avail.label("available")).where(S.sku == sku, avail >= quantity)
    ).all()
    stock_of = {r.store_id: r.available for r in same}
    out = [
        {
            "kind": "other_store",
            "sku": sku,
            "store_id": store,
            "available": stock_of[store],
            "colour": product.colour,
            "size": product.size,
            "distance_km": km,
        }
        for store, km in _by_distance(points, origin, stock_of)
    ][:MAX_ALTERNATIVES]
    variants = conn.execute(
        select(p.sku, p.colour, p.size, S.store_id, avail.label("available"))
        .join(t.stock, S.sku == p.sku)
        .where(p.style == product.style, p.sku != sku, avail >= quantity)
    ).all()
    dist = dict(_by_distance(points, origin, {v.store_id for v in variants}))
    variants = sorted(
        variants,
        key=lambda v: (
            v.colour != product.colour,
            v.store_id != origin,
            dist.get(v.store_id) or 0.0,
            v.sku,
        ),
    )
    out += [
        {
            "kind": "other_variant",
            "sku": v.sku,
            "store_id": v.store_id,
            "available": v.available,
            "colour": v.colour,
            "size": v.size,
            "distance_km": dist.get(v.store_id),
        }
        for v in variants[:MAX_ALTERNATIVES]
    ]
    return out


def place_order(db: Database, who: Principal, req: OrderRequest, now: datetime) -> tuple[int, Any]:
    """Place an order once: 201 with the order, or 409 with alternatives; a repeat replays.

    One write transaction, few round trips to the database (PostgreSQL): one for the
    locks, the reads and the change-sequence values (`_begin`), one conditional update
    per line, and one for the order's rows, the kept attributions and the commit.
    """
    who.require_associate("associate", "manager", what="placing an order")
    body = req.model_dump(mode="json")
    key, body_hash = str(req.order_id), request_hash(body)
    for attempt in range(ATTEMPTS):
        try:
            with db.write() as w:
                # The same order sent twice at once: the second waits here, then replays;
                # until commit the shopper cannot be erased (access.hold_shopper).
                found, seqs = _begin(w, key, req)
                if found.answered:
                    first, _home = first_and_home(w.conn, key, req.shopper_id)
                    return _as_now(w.conn, key, judge(first, key, "order", body_hash))
                if req.fulfilment == Fulfilment.SHIP_TO_ADDRESS:  # a store may not ship
                    refuse_if_off(w.conn, who.store_id, "ship_to_home")  # (fleet setting)
                if found.home is None:
                    raise no_shopper(w.conn, req.shopper_id)
                plan = _plan(who, req, found)
                return _place(w, who, req, plan, now, body_hash, seqs)
        except OperationalError as exc:
            if attempt + 1 == ATTEMPTS or not _deadlock(exc):
                raise
    raise AssertionError("unreachable")


ATTEMPTS = 3  # placing an order chosen as a deadlock's victim


def _begin(w: Writer, key: str, req: OrderRequest) -> tuple[_Read, list[int] | None]:
    """The order's first round trip (PostgreSQL: three statements in one pipeline, each
    run when the one before has ended): its locks (`_HOLD_ORDER`), then its reads
    (`_Read`, which see what the writes that held the locks before committed), then
    every change-sequence value it can use, one per line and one for the order
    (db.CLAIMED_VALUES). SQLite: writers take turns; the values are taken by `_place`."""
    skus = sorted({line.sku for line in req.lines})
    params = {"key": key, "shopper": req.shopper_id}
    params.update((f"sku{k}", sku) for k, sku in enumerate(skus))
    reads = _READS.get(len(skus))
    if reads is None:
        reads = _READS[len(skus)] = Prepared(lambda _d, n=len(skus): _reads(n))
    if w.dialect != "postgresql":
        hold(w, key, shopper_id=req.shopper_id)
        return _Read(reads.rows(w.conn, params)), None
    names = {
        "key": f"request:{key}",
        "shopper": f"shopper:{req.shopper_id}",
        "kept": report_kept.lock_name(req.shopper_id),
    }
    steps = [(_HOLD_ORDER, names), (reads, params), (_VALUES, {"n": len(req.lines) + 1})]
    _locked, rows, values = pipelined(w.conn, steps)
    return _Read(rows), w.claimed(v for (v,) in values)


# The order's locks, before it reads anything (idempotency.hold): its request id's (the
# same order sent twice at once: the second waits, then replays), its shopper's shared
# hold (access.hold_shopper: until commit the shopper cannot be erased), and the lock
# under which it decides the shopper's kept attributions (report_kept.lock_name; taken
# here, not in a round trip of its own before `report_kept.served`). Every order takes
# them in this order, before any stock row. Each subquery is a fence (OFFSET 0): the
# locks are taken in the order written.
_HOLD_ORDER = Prepared(
    lambda _d: text(
        "SELECT pg_advisory_xact_lock(:ns, hashtext(:kept)) FROM"
        " (SELECT pg_advisory_xact_lock_shared(:ns, hashtext(:shopper))"
        " FROM (SELECT pg_advisory_xact_lock(:ns, hashtext(:key)) OFFSET 0) k OFFSET 0) s"
    ).bindparams(ns=NAMED_LOCKS)
)
_VALUES = Prepared(lambda _d: CLAIMED_VALUES)


class _Read:
    """What an order reads before it reserves, in one statement (`_reads`): whether its
    id was answered already, the shopper's home store (None: HQ does not hold the
    shopper), every store's place, and its items with their stock in every store."""

    def __init__(self, rows: list[tuple]) -> None:
        self.answered = False
        self.home: str | None = None
        self.points: dict[str, tuple[float, float]] = {}
        self.products: dict[str, _Item] = {}  # the items HQ holds, by sku
        self.available: dict[str, dict[str, int]] = {}  # units free, by sku, then store
        # Plain tuples (tag, store_id, sku, currency, price_minor, n, latitude, longitude):
        # an order reads a row per store and one per store per item.
        for tag, store, sku, currency, price, n, lat, lon in rows:
            if tag == "i":
                if sku not in self.products:
                    self.products[sku] = _Item(price, currency)
                    self.available[sku] = {}
                if store is not None:
                    self.available[sku][store] = n
            elif tag == "s":
                self.points[store] = (lat, lon)
            else:
                self.home, self.answered = store, sku is not None


class _Item(NamedTuple):
    price_minor: int
    currency: str


def _reads(n_skus: int):
    p, s, i = t.products.c, t.stores.c, t.idempotency.c
    skus = [bindparam(f"sku{k}", type_=String()) for k in range(n_skus)]
    text_, number = null().cast(String()), null().cast(BigInteger())
    answered = select(i.kind).where(i.key == bindparam("key", type_=String()))
    home = select(t.shoppers.c.home_store).where(
        t.shoppers.c.shopper_id == bindparam("shopper", type_=String())
    )
    return union_all(
        select(
            literal("h").label("tag"),
            home.scalar_subquery().label("store_id"),
            answered.scalar_subquery().label("sku"),
            text_.label("currency"),
            number.label("price_minor"),
            number.label("n"),
            null().cast(Float()).label("latitude"),
            null().cast(Float()).label("longitude"),
        ),
        select(literal("s"), s.store_id, text_, text_, number, number, s.latitude, s.longitude),
        select(
            literal("i"),
            S.store_id,
            p.sku,
            p.currency,
            p.price_minor,
            (S.on_hand - S.reserved).cast(BigInteger()),
            null().cast(Float()),
            null().cast(Float()),
        )
        .select_from(t.products.outerjoin(t.stock, S.sku == p.sku))
        .where(p.sku.in_(skus)),
    )


_READS: dict[int, Prepared] = {}  # by the number of items an order names


def _deadlock(exc: OperationalError) -> bool:
    """PostgreSQL broke a deadlock by rolling this transaction back (SQLSTATE 40P01)."""
    return getattr(exc.orig, "sqlstate", None) == "40P01"


def _as_now(conn: Connection, order_id: str, first: tuple[int, Any]) -> tuple[int, Any]:
    """A placed order's answer, first or repeated: the order as it is now, with its feed
    sequence value `seq`, so a terminal never replaces a newer copy with an older one
    (a resend after the order was cancelled answers "cancelled", not the first "reserved")."""
    status, _answer = first
    if status != 201:
        return first  # refused (409 out of stock): the first answer stands
    row = conn.execute(select(t.orders).where(t.orders.c.order_id == order_id)).first()
    return (status, order_json(row, with_seq=True)) if row is not None else first


@dataclass
class _Plan:
    points: dict[str, tuple[float, float]]
    products: dict[str, Any]
    origin: str
    candidates: list[list[str]]  # per line: source stores to try, nearest first
    home: str | None  # the shopper's home store
    short_here: bool  # the ordering store lacked the units of a line (a saved sale)


def _plan(who: Principal, req: OrderRequest, found: _Read) -> _Plan:
    """Validate the order against HQ's data (`_Read`) and list the stores to try for each
    line."""
    points, home, products, available = found.points, found.home, found.products, found.available
    for store in [req.pickup_store, *(line.source_store for line in req.lines)]:
        if store is not None and store not in points:
            raise not_found(f"store {store}")
    skus = {line.sku for line in req.lines}
    missing = sorted(skus - products.keys())
    if missing:
        raise not_found(f"item {', '.join(missing)}")
    origin = req.pickup_store or who.store_id
    places = tuple(points.items())
    candidates, wanted = [], {}
    for line in req.lines:
        wanted[line.sku] = wanted.get(line.sku, 0) + line.quantity
        if line.source_store:
            candidates.append([line.source_store])
            continue
        having = [s for s, n in available[line.sku].items() if n >= line.quantity]
        candidates.append(_nearest_first(places, origin, having))
    here = {sku: stores.get(who.store_id, 0) for sku, stores in available.items()}
    short_here = any(here[sku] < quantity for sku, quantity in wanted.items())
    return _Plan(points, products, origin, candidates, home, short_here)


def _place(
    w: Writer,
    who: Principal,
    req: OrderRequest,
    plan: _Plan,
    now: datetime,
    body_hash: str,
    seqs: list[int] | None,
) -> tuple[int, Any]:
    conn, points, products, origin = w.conn, plan.points, plan.products, plan.origin
    key = str(req.order_id)
    if seqs is None:  # every value this order can use: one per line, one for the order
        seqs = list(w.take_seqs(len(req.lines) + 1))
    filled, unfilled = [], []
    # All lines or none: with several, a savepoint gives back what the filled ones took
    # (never released: the transaction's end discards it, one round trip fewer).
    savepoint = len(req.lines) > 1
    if savepoint:
        conn.exec_driver_sql("SAVEPOINT order_lines")
    # Item by item in one order for every order: two orders never hold each other's rows.
    by_item = sorted(zip(req.lines, plan.candidates, strict=True), key=lambda lc: lc[0].sku)
    sources: dict[int, str] = {}
    for k, (line, candidates) in enumerate(by_item):
        # The conditional update re-checks each store: the plan may be a moment old.
        source = next(
            (s for s in candidates if _reserve(w, s, line.sku, line.quantity, seqs[k])), None
        )
        if source is not None:
            sources[id(line)] = source
    for line in req.lines:
        if id(line) in sources:
            filled.append((line, sources[id(line)]))
        else:
            unfilled.append(line)
    if unfilled:
        if savepoint:
            # Give back what the filled lines took.
            conn.exec_driver_sql("ROLLBACK TO SAVEPOINT order_lines")
        details = [
            {
                "sku": line.sku,
                "quantity": line.quantity,
                "source_store": line.source_store,
                "alternatives": _alternatives(conn, points, origin, line.sku, line.quantity),
            }
            for line in unfilled
        ]
        conn.execute(insert(t.order_facts), _facts(who, req, products, now, "refused", False))
        report_kept.served(conn, [req.shopper_id], now, held=True)  # (`_HOLD_ORDER`)
        names = ", ".join(line.sku for line in unfilled)
        answer = {
            "error": {
                "code": ErrorCode.OUT_OF_STOCK,
                "message": f"not enough stock for {names}; pick an alternative",
                "details": details,
            }
        }
        access.note(conn, who, {req.shopper_id: plan.home}, "order", now)
        remember(conn, key, "order", body_hash, 409, answer, now, req.shopper_id)
        return 409, answer
    lines = [
        {
            "sku": line.sku,
            "quantity": line.quantity,
            "source_store": source,
            "unit_price_minor": products[line.sku].price_minor,
            "currency": products[line.sku].currency,
        }
        for line, source in filled
    ]
    stamp = now.isoformat()
    row = {
        "order_id": key,
        "shopper_id": req.shopper_id,
        "store_id": who.store_id,
        "associate_id": who.actor_id,
        "fulfilment": req.fulfilment.value,
        "pickup_store": req.pickup_store,
        "address": req.address.model_dump() if req.address else None,
        "lines": lines,
        "status": OrderStatus.RESERVED.value,
        "history": [
            {"status": "placed", "at": stamp, "actor": who.actor_id},
            {"status": "reserved", "at": stamp, "actor": "hq"},
        ],
        "created_at": now,
        "updated_at": now,
    }
    answer = order_json(row)
    involved = {who.store_id, req.pickup_store, *(source for _, source in filled)} - {None}
    visits = access.visits(who, {req.shopper_id: plan.home}, "order", now)
    rows = inserts(
        conn,
        [
            (t.orders, [{**row, "seq": seqs[-1]}]),
            (t.order_stores, [{"order_id": key, "store_id": s} for s in sorted(involved)]),
            (t.order_facts, [_facts(who, req, products, now, "confirmed", plan.short_here)]),
            (t.shopper_access, visits),
            (t.idempotency, [stored(key, "order", body_hash, 201, answer, now, req.shopper_id)]),
        ],
    )
    # The order's rows, then its serving's kept attributions (which read the order's facts
    # just written; the lock is `_HOLD_ORDER`'s), then the commit: one round trip. Nothing
    # below may write: the transaction has ended when this returns (PostgreSQL).
    steps = [*rows, *report_kept.served_one(conn, req.shopper_id, now)]
    pipelined(conn, steps, commit=True)
    return 201, {**answer, "seq": seqs[-1]}


def _facts(who: Principal, req: OrderRequest, products, now, outcome: str, saved: bool) -> dict:
    """What store activity reports count about this order (tables.order_facts)."""
    return {
        "order_id": str(req.order_id),
        "store_id": who.store_id,
        "associate_id": who.actor_id,
        "shopper_id": req.shopper_id,
        "created_at": now,
        "outcome": outcome,
        "fulfilment": req.fulfilment.value,
        "value_minor": sum(products[x.sku].price_minor * x.quantity for x in req.lines),
        "currency": products[req.lines[0].sku].currency,
        "saved_oos": saved,
        "status": OrderStatus.RESERVED.value if outcome == "confirmed" else outcome,
    }


def _facts_status(w: Writer, order_id: str, status: str, now: datetime) -> None:
    done = {"completed_at": now} if status in DONE else {}
    w.conn.execute(
        update(t.order_facts)
        .where(t.order_facts.c.order_id == order_id)
        .values(status=status, **done)
    )


DONE = (OrderStatus.DELIVERED.value, OrderStatus.COLLECTED.value)


def order_json(row: Any, *, with_seq: bool = False) -> dict[str, Any]:
    m = dict(row._mapping) if hasattr(row, "_mapping") else dict(row)
    if not with_seq:
        m.pop("seq", None)
    for k in ("created_at", "updated_at"):
        if isinstance(m[k], datetime):
            m[k] = m[k].isoformat()
    return m


def _visible(conn: Connection, who: Principal, order_id: str, shopper_id: str) -> bool:
    if who.chain_wide:
        return True
    involved = conn.execute(
        select(t.order_stores.c.store_id).where(
            t.order_stores.c.order_id == order_id, t.order_stores.c.store_id == who.store_id
        )
    ).first()
    if involved:
        return True
    scope = scope_of(conn, who.store_id)
    return bool(
        conn.execute(
            select(shopper_in_scope(scope, t.shoppers.c.shopper_id)).where(
                t.shoppers.c.shopper_id == shopper_id
            )
        ).scalar()
    )


def get_order(db: Database, who: Principal, order_id: str) -> dict[str, Any]:
    with db.read() as conn:
        row = conn.execute(select(t.orders).where(t.orders.c.order_id == order_id)).first()
        if row is None or not _visible(conn, who, order_id, row.shopper_id):
            raise not_found(f"order {order_id}")
        return order_json(row)


def list_orders(
    db: Database,
    who: Principal,
    *,
    shopper_id: str | None,
    store_id: str | None,
    since: datetime | None,
    limit: int,
    now: datetime,
) -> list[dict[str, Any]]:
    """The newest orders first: a shopper's, a store's, or both at once; with neither,
    the caller's store's (a chain-wide token: every store's)."""
    o = t.orders.c
    if not shopper_id and not store_id:
        store_id = who.store_id
    query = select(t.orders).order_by(o.created_at.desc()).limit(limit)
    if since is not None:
        query = query.where(o.created_at >= since)
    if shopper_id:
        query = query.where(o.shopper_id == shopper_id)
    with db.read() as conn:
        homes = {shopper_id: access.known(conn, shopper_id)} if shopper_id else {}
        if store_id:
            who.require_store(store_id, "listing another store's orders")
            query = query.join(t.order_stores, t.order_stores.c.order_id == o.order_id).where(
                t.order_stores.c.store_id == store_id
            )
            found = [order_json(r) for r in conn.execute(query)]
        else:
            rows = conn.execute(query).all()
            found = [order_json(r) for r in rows if _visible(conn, who, r.order_id, r.shopper_id)]
    if homes:
        access.note_read(db, who, homes, "list_orders", now)
    return found


def change_status(
    db: Database, who: Principal, order_id: str, new: OrderStatus, note: str, now: datetime
) -> dict[str, Any]:
    """Move an order along its flow; cancelling releases stock, shipping/collecting consumes it."""
    at_terminal = who.kind in ("session", GRANTED)  # an associate, signed in or by their grant
    allowed = ("associate", "manager") if at_terminal else ("manager", "integration")
    who.require(*allowed, what="changing an order's status")
    with db.write() as w:
        # The order's row stays locked to commit: two changes of one order take turns.
        row = w.conn.execute(
            select(t.orders).where(t.orders.c.order_id == order_id).with_for_update()
        ).first()
        if row is None or not _visible(w.conn, who, order_id, row.shopper_id):
            raise not_found(f"order {order_id}")
        if not who.chain_wide and who.store_id not in {
            row.store_id,
            row.pickup_store,
            *(line["source_store"] for line in row.lines),
        }:
            raise forbidden("only the stores that take part in an order can change its status")
        current = OrderStatus(row.status)
        if current == new:
            return order_json(row)  # a repeated request: already done
        try:
            check_transition(Fulfilment(row.fulfilment), current, new)
        except DomainError as exc:
            raise ApiError(409, ErrorCode.INVALID_TRANSITION, str(exc)) from None
        held = current in HOLDS_RESERVATION
        if held and (new == OrderStatus.CANCELLED or new in STOCK_LEFT):
            for line in _lock_order(row.lines):
                _release(
                    w,
                    line["source_store"],
                    line["sku"],
                    line["quantity"],
                    consumed=new in STOCK_LEFT,
                )
        entry = {"status": new.value, "at": now.isoformat(), "actor": who.actor_id}
        if note:
            entry["note"] = note
        history = [*row.history, entry]
        w.conn.execute(
            update(t.orders)
            .where(t.orders.c.order_id == order_id)
            .values(status=new.value, history=history, updated_at=now, seq=w.next_seq())
        )
        _facts_status(w, order_id, new.value, now)
        row = w.conn.execute(select(t.orders).where(t.orders.c.order_id == order_id)).first()
        return order_json(row)


def cancel_open_orders(w: Writer, shopper_id: str, actor: str, now: datetime) -> int:
    """Cancel every open order of a shopper, releasing its reservations (used by erasure)."""
    o = t.orders.c
    open_rows = w.conn.execute(
        select(t.orders)
        .where(
            o.shopper_id == shopper_id,
            or_(*(o.status == s.value for s in HOLDS_RESERVATION), o.status == "placed"),
        )
        .order_by(o.order_id)
        .with_for_update()
    ).all()
    for row in open_rows:
        for line in _lock_order(row.lines):
            if OrderStatus(row.status) in HOLDS_RESERVATION:
                _release(w, line["source_store"], line["sku"], line["quantity"], consumed=False)
        history = [*row.history, {"status": "cancelled", "at": now.isoformat(), "actor": actor}]
        w.conn.execute(
            update(t.orders)
            .where(and_(o.order_id == row.order_id))
            .values(status="cancelled", history=history, updated_at=now, seq=w.next_seq())
        )
        _facts_status(w, row.order_id, "cancelled", now)
    return len(open_rows)
