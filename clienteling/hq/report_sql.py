"""The SQL behind store activity reports, the same on SQLite and PostgreSQL.

Each figure is an aggregate over one source of rows (domain/kpis.py says what each
means); `Window` is a store and a span of UTC time. The records behind a number
(`hq/reports.py`) are read from the same sources, so a drill-down lists exactly
the rows the number counted.

"Served" rows (touches): profile-opened events, notes and orders, each with the
store and associate that made it. Attribution (kpis.ATTRIBUTION): for each
purchase, the touches of its shopper in the N days before it, newest first (ties:
kind, then id, descending); the first one takes the purchase whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Interval,
    Select,
    and_,
    case,
    distinct,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql.elements import ColumnElement

from clienteling.protocol.changes import LISTS, SIZES

from . import tables as t

A, N, F, P = t.activity.c, t.notes.c, t.order_facts.c, t.purchases.c
TK, FB, PC, D = t.tasks.c, t.feedback.c, t.profile_changes.c, t.devices.c
PREFERENCE_FIELDS = ("fit", *LISTS)
PROFILE_OPENED = "profile_opened"
CONFIRMED, REFUSED = "confirmed", "refused"


@dataclass(frozen=True)
class Window:
    store_id: str
    start: datetime  # UTC, included
    end: datetime  # UTC, excluded
    days: int  # the chain's conversion window N
    dialect: str

    def at(self, value: datetime) -> ColumnElement:
        return literal(value, t.UTCDateTime())

    def shift(self, column: Any, days: int) -> ColumnElement:
        """A time column moved by whole days, comparable with stored times."""
        if self.dialect == "sqlite":
            moved = func.strftime("%Y-%m-%d %H:%M:%f", column, f"{days:+d} days")
            return moved.op("||")("000")  # microseconds, as SQLAlchemy stores them
        return column + literal(timedelta(days=days), Interval())

    def hours(self, later: Any, earlier: Any) -> ColumnElement:
        if self.dialect == "sqlite":
            return (func.julianday(later) - func.julianday(earlier)) * 24.0
        return func.extract("epoch", later - earlier) / 3600.0

    def within(self, column: Any, start: datetime | None = None) -> ColumnElement:
        return and_(column >= self.at(start or self.start), column < self.at(self.end))


# --- sources ---------------------------------------------------------------------------


def touches(
    w: Window,
    *,
    store: bool = True,
    start: datetime | None = None,
    shoppers: Select | None = None,
) -> Select:
    """Served rows (rid, kind, store_id, associate_id, shopper_id, at): of the window's
    store (store=False: every store's), from `start` (default the window's) to its end."""

    def narrow(query: Select, store_col, shopper_col, at_col) -> Select:
        query = query.where(w.within(at_col, start))
        if store:
            query = query.where(store_col == w.store_id)
        if shoppers is not None:
            query = query.where(shopper_col.in_(shoppers))
        return query

    return union_all(
        narrow(
            select(
                A.event_id.label("rid"),
                literal(PROFILE_OPENED).label("kind"),
                A.store_id,
                A.associate_id,
                A.shopper_id,
                A.at.label("at"),
            ).where(A.kind == PROFILE_OPENED, A.shopper_id.is_not(None)),
            A.store_id,
            A.shopper_id,
            A.at,
        ),
        narrow(
            select(
                N.note_id,
                literal("note"),
                N.store_id,
                N.associate_id,
                N.shopper_id,
                N.created_at,
            ),
            N.store_id,
            N.shopper_id,
            N.created_at,
        ),
        narrow(
            select(
                F.order_id,
                literal("order"),
                F.store_id,
                F.associate_id,
                F.shopper_id,
                F.created_at,
            ),
            F.store_id,
            F.shopper_id,
            F.created_at,
        ),
    )


def converted(w: Window, served) -> ColumnElement:
    """A purchase in any channel within N days after the served row."""
    return exists().where(
        P.shopper_id == served.c.shopper_id,
        P.purchased_at >= served.c.at,
        P.purchased_at < w.shift(served.c.at, w.days),
    )


def attributed(w: Window) -> Select:
    """The purchases of the window that go to the store's associates: purchase_id,
    shopper_id, total_minor, channel, purchased_at, store (where bought), associate_id,
    served_at."""
    since = w.start - timedelta(days=w.days)
    ours = touches(w, start=since).subquery("ours")
    shoppers = select(ours.c.shopper_id)
    bought = (
        select(P.purchase_id, P.shopper_id, P.total_minor, P.channel, P.purchased_at, P.store_id)
        .where(w.within(P.purchased_at), P.shopper_id.in_(shoppers))
        .subquery("bought")
    )
    every = touches(w, store=False, start=since, shoppers=shoppers).subquery("every")
    ranked = (
        select(
            bought,
            every.c.store_id.label("served_store"),
            every.c.associate_id,
            every.c.at.label("served_at"),
            func.row_number()
            .over(
                partition_by=bought.c.purchase_id,
                order_by=(every.c.at.desc(), every.c.kind.desc(), every.c.rid.desc()),
            )
            .label("rn"),
        )
        .join(
            every,
            and_(
                every.c.shopper_id == bought.c.shopper_id,
                every.c.at <= bought.c.purchased_at,
                every.c.at > w.shift(bought.c.purchased_at, -w.days),
            ),
        )
        .subquery("ranked")
    )
    return select(
        ranked.c.purchase_id,
        ranked.c.shopper_id,
        ranked.c.total_minor,
        ranked.c.channel,
        ranked.c.purchased_at,
        ranked.c.store_id,
        ranked.c.associate_id,
        ranked.c.served_at,
    ).where(ranked.c.rn == 1, ranked.c.served_store == w.store_id)


def preference_edits(w: Window) -> Select:
    return (
        select(
            PC.id,
            PC.shopper_id,
            PC.associate_id,
            PC.field,
            PC.captured_at.label("at"),
        )
        .join(t.devices, D.device_id == PC.device_id)
        .where(
            D.store_id == w.store_id,
            w.within(PC.captured_at),
            or_(PC.field.in_(PREFERENCE_FIELDS), PC.field.like(f"{SIZES}%")),
        )
    )


def done_tasks(w: Window) -> Select:
    return select(t.tasks).where(
        TK.store_id == w.store_id, TK.status == "done", w.within(TK.done_at)
    )


def on_time(column_done, column_due) -> ColumnElement:
    return or_(column_due.is_(None), column_done <= column_due)


# --- aggregates -------------------------------------------------------------------------

Per = dict[str | None, dict[str, Any]]  # associate id (None: the store) -> key -> value


def _add(out: Per, who: str | None, **values: Any) -> None:
    out.setdefault(who, {}).update(values)


def _both(conn, query: Select, group) -> list:
    """Rows per associate, then the store's row (associate None)."""
    rows = list(conn.execute(query.add_columns(group).group_by(group)))
    rows += list(conn.execute(query.add_columns(literal(None).label("who"))))
    return rows


def counts(conn, w: Window) -> tuple[Per, dict[str | None, dict[str, float]]]:
    """Every figure of the window, per associate and for the store (None)."""
    out: Per = {}
    parts: dict[str | None, dict[str, dict[str, float]]] = {}

    def simple(key: str, table, who_col, at_col, *where) -> None:
        q = select(func.count().label("n")).select_from(table).where(*where, w.within(at_col))
        for r in _both(conn, q, who_col):
            _add(out, r[-1], **{key: r.n})

    simple("profiles_opened", t.activity, A.associate_id, A.at,
           A.store_id == w.store_id, A.kind == PROFILE_OPENED)  # fmt: skip
    simple("notes_added", t.notes, N.associate_id, N.created_at, N.store_id == w.store_id)
    simple("followups_created", t.tasks, TK.associate_id, TK.created_at,
           TK.store_id == w.store_id)  # fmt: skip
    simple("feedback_captured", t.feedback, FB.associate_id, FB.created_at,
           FB.store_id == w.store_id)  # fmt: skip
    edits = preference_edits(w).subquery()
    for r in _both(conn, select(func.count().label("n")).select_from(edits), edits.c.associate_id):
        _add(out, r[-1], preference_edits=r.n)
    q = select(
        func.count().label("n"),
        func.sum(case((on_time(TK.done_at, TK.due_at), 1), else_=0)).label("on_time"),
    ).where(TK.store_id == w.store_id, TK.status == "done", w.within(TK.done_at))
    for r in _both(conn, q, TK.associate_id):
        _add(out, r[-1], followups_done=r.n, followups_done_on_time=r.on_time or 0)
    q = select(func.count().label("n"), func.sum(FB.score).label("s")).where(
        FB.store_id == w.store_id, w.within(FB.created_at)
    )
    for r in _both(conn, q, FB.associate_id):
        _add(out, r[-1], csat_average=(r.s / r.n) if r.n else None, csat_distribution=r.n)
    q = select(FB.score, func.count().label("n")).where(
        FB.store_id == w.store_id, w.within(FB.created_at)
    )
    for r in conn.execute(q.add_columns(FB.associate_id).group_by(FB.score, FB.associate_id)):
        for who in (r.associate_id, None):
            dist = parts.setdefault(who, {}).setdefault("csat_distribution", {})
            dist[str(r.score)] = dist.get(str(r.score), 0) + r.n
    _orders(conn, w, out)
    _served(conn, w, out)
    _influenced(conn, w, out, parts)
    return out, parts


def _orders(conn, w: Window, out: Per) -> None:
    ok = F.outcome == CONFIRMED

    def total(cond, value=1):
        return func.coalesce(func.sum(case((cond, value), else_=0)), 0)

    done = and_(ok, F.completed_at.is_not(None))
    q = select(
        func.count().label("placed"),
        total(ok).label("confirmed"),
        total(F.outcome == REFUSED).label("refused"),
        total(and_(ok, F.status == "cancelled")).label("cancelled"),
        total(ok, F.value_minor).label("value"),
        total(and_(ok, F.saved_oos)).label("saved"),
        total(and_(ok, F.saved_oos), F.value_minor).label("saved_value"),
        total(and_(ok, F.fulfilment == "ship")).label("home"),
        total(and_(ok, F.fulfilment == "pickup")).label("pickup"),
        total(done).label("completed"),
        func.sum(case((done, w.hours(F.completed_at, F.created_at)), else_=None)).label("hours"),
    ).where(F.store_id == w.store_id, w.within(F.created_at))
    for r in _both(conn, q, F.associate_id):
        _add(
            out,
            r[-1],
            orders_placed=r.placed,
            orders_confirmed=r.confirmed,
            orders_refused=r.refused,
            orders_cancelled=r.cancelled,
            orders_value=r.value,
            saved_sales=r.saved,
            saved_sales_value=r.saved_value,
            fulfilment_home=r.home,
            fulfilment_pickup=r.pickup,
            order_to_delivery_hours=(r.hours / r.completed) if r.completed else None,
        )


def _served(conn, w: Window, out: Per) -> None:
    served = touches(w).subquery("served")
    yes = converted(w, served)
    q = select(
        func.count(distinct(served.c.shopper_id)).label("served"),
        func.count(distinct(case((yes, served.c.shopper_id), else_=None))).label("converted"),
    )
    for r in _both(conn, q, served.c.associate_id):
        _add(
            out,
            r[-1],
            shoppers_served=r.served,
            conversion=(100.0 * r.converted / r.served) if r.served else None,
        )
    pairs = select(served.c.associate_id, served.c.shopper_id).distinct().subquery("pairs")
    value = (
        select(P.shopper_id, func.sum(P.total_minor).label("ltv"))
        .where(P.shopper_id.in_(select(served.c.shopper_id)), P.purchased_at < w.at(w.end))
        .group_by(P.shopper_id)
        .subquery("value")
    )
    per = (
        select(pairs.c.associate_id, func.count().label("n"), func.sum(value.c.ltv).label("v"))
        .select_from(pairs.outerjoin(value, value.c.shopper_id == pairs.c.shopper_id))
        .group_by(pairs.c.associate_id)
    )
    for r in conn.execute(per):
        _add(out, r.associate_id, served_lifetime_value=(r.v or 0) / r.n)
    shoppers = select(served.c.shopper_id).distinct().subquery("shoppers")
    total = select(func.count().label("n"), func.sum(value.c.ltv).label("v")).select_from(
        shoppers.outerjoin(value, value.c.shopper_id == shoppers.c.shopper_id)
    )
    r = conn.execute(total).one()
    _add(out, None, served_lifetime_value=((r.v or 0) / r.n) if r.n else None)


def _influenced(conn, w: Window, out: Per, parts) -> None:
    won = attributed(w).subquery("won")
    q = select(func.count().label("n"), func.sum(won.c.total_minor).label("v"))
    for r in _both(conn, q, won.c.associate_id):
        value = r.v or 0
        _add(
            out,
            r[-1],
            influenced_purchases=r.n,
            influenced_sales=value,
            average_ticket=(value / r.n) if r.n else None,
            channel_mix=value,
        )
    q = select(won.c.associate_id, won.c.channel, func.sum(won.c.total_minor).label("v"))
    for r in conn.execute(q.group_by(won.c.associate_id, won.c.channel)):
        for who in (r.associate_id, None):
            mix = parts.setdefault(who, {}).setdefault("channel_mix", {})
            mix[r.channel] = mix.get(r.channel, 0) + r.v
    buyers = select(won.c.associate_id, won.c.shopper_id).distinct().subquery("buyers")
    again = (
        select(func.count())
        .where(P.shopper_id == buyers.c.shopper_id, w.within(P.purchased_at))
        .scalar_subquery()
    )
    q = select(
        func.count(distinct(buyers.c.shopper_id)).label("n"),
        func.count(distinct(case((again > 1, buyers.c.shopper_id), else_=None))).label("rep"),
    )
    for r in _both(conn, q, buyers.c.associate_id):
        _add(out, r[-1], repeat_rate=(100.0 * r.rep / r.n) if r.n else None)


# --- daily series ------------------------------------------------------------------------


def days_table(w: Window, bounds: list[tuple[str, datetime, datetime]]):
    return union_all(
        *(
            select(
                literal(day).label("day"),
                w.at(start).label("start"),
                w.at(end).label("end"),
            )
            for day, start, end in bounds
        )
    ).subquery("days")


def daily(conn, w: Window, bounds: list[tuple[str, datetime, datetime]]) -> dict[str, dict]:
    """day -> orders_placed, orders_value, conversion, csat_average (None: nothing)."""
    out = {
        day: {"orders_placed": 0, "orders_value": 0, "conversion": None, "csat_average": None}
        for day, _s, _e in bounds
    }
    days = days_table(w, bounds)
    inside = lambda col: and_(col >= days.c.start, col < days.c.end)  # noqa: E731
    q = (
        select(
            days.c.day,
            func.count().label("n"),
            func.sum(case((F.outcome == CONFIRMED, F.value_minor), else_=0)).label("v"),
        )
        .select_from(days.join(t.order_facts, inside(F.created_at)))
        .where(F.store_id == w.store_id)
        .group_by(days.c.day)
    )
    for r in conn.execute(q):
        out[r.day].update(orders_placed=r.n, orders_value=r.v or 0)
    served = touches(w).subquery("served")
    yes = converted(w, served)
    q = (
        select(
            days.c.day,
            func.count(distinct(served.c.shopper_id)).label("n"),
            func.count(distinct(case((yes, served.c.shopper_id), else_=None))).label("c"),
        )
        .select_from(days.join(served, inside(served.c.at)))
        .group_by(days.c.day)
    )
    for r in conn.execute(q):
        out[r.day]["conversion"] = 100.0 * r.c / r.n if r.n else None
    q = (
        select(days.c.day, func.avg(FB.score * 1.0).label("a"))
        .select_from(days.join(t.feedback, inside(FB.created_at)))
        .where(FB.store_id == w.store_id)
        .group_by(days.c.day)
    )
    for r in conn.execute(q):
        out[r.day]["csat_average"] = float(r.a) if r.a is not None else None
    return out
