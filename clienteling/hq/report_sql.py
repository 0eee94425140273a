"""The SQL behind store activity reports, the same on SQLite and PostgreSQL.

Each figure is an aggregate over one source of rows (domain/kpis.py says what each
means); `Window` is a store and a span of UTC time. The records behind a number
(`hq/reports.py`) are read from the same sources, so a drill-down lists exactly
the rows the number counted.

"Served" rows (touches): profile-opened events, notes and orders, each with the
store and associate that made it. Attribution (kpis.ATTRIBUTION): for each
purchase, the touches of its shopper in the N days before it, newest first (ties:
kind, then id, descending); the first one takes the purchase whole. Each purchase's
newest touch is kept as it is written (tables.attributions, hq/report_kept.py), so the
report reads it instead of matching purchases against touches.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Interval,
    Select,
    String,
    and_,
    case,
    cast,
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
K, S = t.attributions.c, t.servings.c
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
    per_associate: bool = True  # False: the store's figures only (the previous period)
    zone: ZoneInfo | None = None  # the store's: counts() then gives the daily conversion

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

    # By shopper (every store's): the (shopper, time) index, not the one by kind, which
    # SQLite would otherwise pick and read every store's events of that kind with.
    kind = A.kind if shoppers is None else A.kind.concat("")
    return union_all(
        narrow(
            select(
                A.event_id.label("rid"),
                literal(PROFILE_OPENED).label("kind"),
                A.store_id,
                A.associate_id,
                A.shopper_id,
                A.at.label("at"),
            ).where(kind == PROFILE_OPENED, A.shopper_id.is_not(None)),
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
    shopper_id, total_minor, channel, purchased_at, store_id (where bought), associate_id,
    served_at. Read from the kept attributions (hq/report_kept.py): each purchase's last
    serving anywhere, which takes it when it is less than N days older."""
    return select(
        K.purchase_id,
        K.shopper_id,
        K.total_minor,
        K.channel,
        K.purchased_at,
        K.store_id,
        K.associate_id,
        K.served_at,
    ).where(
        K.served_store == w.store_id,
        w.within(K.purchased_at),
        K.served_at > w.shift(K.purchased_at, -w.days),
    )


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


def _both(conn, w: Window, query: Select, group) -> list:
    """Rows per associate and the store's row (`who` None), in one statement: a source
    made a CTE is computed once for both."""
    store = query.add_columns(cast(literal(None), String).label("who"))
    if not w.per_associate:
        return list(conn.execute(store))
    per = query.add_columns(cast(group, String).label("who")).group_by(group)
    return list(conn.execute(union_all(per, store)))


def counts(conn, w: Window) -> tuple[Per, dict, dict[str, tuple[int, int]]]:
    """Every figure of the window, per associate and for the store (None), and when the
    window has a zone each local day's shoppers served and converted (for `daily`)."""
    out: Per = {}
    parts: dict[str | None, dict[str, dict[str, float]]] = {}

    def simple(key: str, table, who_col, at_col, *where) -> None:
        q = select(func.count().label("n")).select_from(table).where(*where, w.within(at_col))
        for r in _both(conn, w, q, who_col):
            _add(out, r.who, **{key: r.n})

    simple("profiles_opened", t.activity, A.associate_id, A.at,
           A.store_id == w.store_id, A.kind == PROFILE_OPENED)  # fmt: skip
    simple("notes_added", t.notes, N.associate_id, N.created_at, N.store_id == w.store_id)
    simple("followups_created", t.tasks, TK.associate_id, TK.created_at,
           TK.store_id == w.store_id)  # fmt: skip
    simple("feedback_captured", t.feedback, FB.associate_id, FB.created_at,
           FB.store_id == w.store_id)  # fmt: skip
    edits = preference_edits(w).subquery()
    for r in _both(
        conn, w, select(func.count().label("n")).select_from(edits), edits.c.associate_id
    ):
        _add(out, r.who, preference_edits=r.n)
    q = select(
        func.count().label("n"),
        func.sum(case((on_time(TK.done_at, TK.due_at), 1), else_=0)).label("on_time"),
    ).where(TK.store_id == w.store_id, TK.status == "done", w.within(TK.done_at))
    for r in _both(conn, w, q, TK.associate_id):
        _add(out, r.who, followups_done=r.n, followups_done_on_time=r.on_time or 0)
    q = select(func.count().label("n"), func.sum(FB.score).label("s")).where(
        FB.store_id == w.store_id, w.within(FB.created_at)
    )
    for r in _both(conn, w, q, FB.associate_id):
        _add(out, r.who, csat_average=(r.s / r.n) if r.n else None, csat_distribution=r.n)
    q = select(FB.score, func.count().label("n")).where(
        FB.store_id == w.store_id, w.within(FB.created_at)
    )
    for r in conn.execute(q.add_columns(FB.associate_id).group_by(FB.score, FB.associate_id)):
        for who in (r.associate_id, None):
            dist = parts.setdefault(who, {}).setdefault("csat_distribution", {})
            dist[str(r.score)] = dist.get(str(r.score), 0) + r.n
    _orders(conn, w, out)
    days = _served(conn, w, out)
    _influenced(conn, w, out, parts)
    return out, parts, days


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
    for r in _both(conn, w, q, F.associate_id):
        _add(
            out,
            r.who,
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


def _served(conn, w: Window, out: Per) -> dict[str, tuple[int, int]]:
    """Shoppers served, conversion and served lifetime value per associate and for the
    store, and (when the window has a zone) each local day's served and converted
    shoppers: one statement over the kept servings, each shopper's lifetime value
    summed once."""
    # Conversion: each kept serving (hq/report_kept.py) holds its shopper's first purchase
    # at or after it; the serving converted when that purchase is less than N days later.
    converts = and_(S.next_purchase_at.is_not(None), S.next_purchase_at < w.shift(S.at, w.days))
    each = (
        select(
            S.associate_id,
            S.shopper_id,
            S.at,
            case((converts, 1), else_=0).label("conv"),
        )
        .where(S.store_id == w.store_id, w.within(S.at))
        .subquery("each")
    )
    cols = [each.c.associate_id, each.c.shopper_id, each.c.conv]
    daily = w.zone is not None and w.per_associate
    if daily:
        cols.append(local_day(w, each.c.at, w.zone).label("day"))
    served = select(*cols).cte("served")
    conv, shopper = served.c.conv, served.c.shopper_id
    pairs = (
        select(served.c.associate_id, shopper, func.max(conv).label("conv"))
        .group_by(served.c.associate_id, shopper)
        .cte("pairs")
    )
    people = (
        select(  # everything the shopper bought before the period's end
            pairs.c.shopper_id,
            func.max(pairs.c.conv).label("conv"),
            select(func.coalesce(func.sum(P.total_minor), 0))
            .where(P.shopper_id == pairs.c.shopper_id, P.purchased_at < w.at(w.end))
            .scalar_subquery()
            .label("ltv"),
        )
        .group_by(pairs.c.shopper_id)
        .cte("people")
    )
    none = cast(literal(None), String)
    parts = [
        select(
            literal("store").label("what"),
            none.label("who"),
            func.count().label("n"),
            func.coalesce(func.sum(people.c.conv), 0).label("c"),
            func.coalesce(func.sum(people.c.ltv), 0).label("v"),
        ).select_from(people)
    ]
    if w.per_associate:
        parts.append(
            select(
                literal("associate"),
                cast(pairs.c.associate_id, String),
                func.count(),
                func.coalesce(func.sum(pairs.c.conv), 0),
                func.coalesce(func.sum(people.c.ltv), 0),
            )
            .select_from(pairs.join(people, people.c.shopper_id == pairs.c.shopper_id))
            .group_by(pairs.c.associate_id)
        )
    if daily:
        day = served.c.day
        parts.append(
            select(
                literal("day"),
                cast(day, String),
                func.count(distinct(shopper)),
                func.count(distinct(case((conv == 1, shopper), else_=None))),
                literal(0),
            ).group_by(day)
        )
    days: dict[str, tuple[int, int]] = {}
    store = None
    for r in conn.execute(union_all(*parts)):
        n, c, v = int(r.n), int(r.c or 0), int(r.v or 0)  # PostgreSQL: numeric sums
        if r.what == "day":
            days[r.who] = (n, c)
        elif r.what == "store":
            store = (n, c, v)
        else:
            _served_figures(out, r.who, n, c, v)
    if store is not None:  # last: an associate row without an associate is not the store's
        _served_figures(out, None, *store)
    return days


def _served_figures(out: Per, who: str | None, n: int, c: int, v: int) -> None:
    _add(
        out,
        who,
        shoppers_served=n,
        conversion=(100.0 * c / n) if n else None,
        served_lifetime_value=(v / n) if n else None,
    )


def _influenced(conn, w: Window, out: Per, parts) -> None:
    """Every attributed figure in one statement, the attributed purchases computed once:
    count and value per channel, and buyers and repeat buyers, per associate and store."""
    won = attributed(w).cte("won")
    none = cast(literal(None), String)
    who = cast(won.c.associate_id, String)
    money = select(won.c.channel, func.count().label("n"), func.sum(won.c.total_minor).label("v"))
    buyers = select(won.c.associate_id, won.c.shopper_id).distinct().subquery("buyers")
    again = (
        select(func.count())
        .where(P.shopper_id == buyers.c.shopper_id, w.within(P.purchased_at))
        .scalar_subquery()
    )
    people = select(
        none.label("channel"),
        func.count(distinct(buyers.c.shopper_id)).label("n"),
        func.count(distinct(case((again > 1, buyers.c.shopper_id), else_=None))).label("v"),
    )
    parts_of = [
        money.add_columns(none.label("who"), literal("money").label("what")).group_by(
            won.c.channel
        ),
        people.add_columns(none.label("who"), literal("people").label("what")),
    ]
    if w.per_associate:
        parts_of += [
            money.add_columns(who.label("who"), literal("money").label("what")).group_by(
                won.c.channel, won.c.associate_id
            ),
            people.add_columns(
                cast(buyers.c.associate_id, String).label("who"), literal("people").label("what")
            ).group_by(buyers.c.associate_id),
        ]
    totals: dict[str | None, list[int]] = {None: [0, 0]}
    for r in conn.execute(union_all(*parts_of)):
        n, v = int(r.n), int(r.v or 0)  # PostgreSQL: the union's column is numeric
        if r.what == "people":
            _add(out, r.who, repeat_rate=(100.0 * v / n) if n else None)
            continue
        got = totals.setdefault(r.who, [0, 0])
        got[0], got[1] = got[0] + n, got[1] + v
        parts.setdefault(r.who, {}).setdefault("channel_mix", {})[r.channel] = v
    for who_id, (n, value) in totals.items():
        _add(
            out,
            who_id,
            influenced_purchases=n,
            influenced_sales=value,
            average_ticket=(value / n) if n else None,
            channel_mix=value,
        )


# --- daily series ------------------------------------------------------------------------


def offsets(zone: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """The zone's UTC offset (minutes) from each instant on, between start and end: the
    first from `start`, then one at each change (found day by day, then to the hour)."""

    def minutes(at: datetime) -> int:
        return int(at.astimezone(zone).utcoffset().total_seconds() // 60)

    out = [(start, minutes(start))]
    at = start
    while at < end:
        nxt = at + timedelta(days=1)
        if minutes(nxt) != out[-1][1]:
            hour = at
            while minutes(hour) == out[-1][1]:
                hour += timedelta(hours=1)
            out.append((hour, minutes(hour)))
        at = nxt
    return out


def local_day(w: Window, column: Any, zone: ZoneInfo) -> ColumnElement:
    """The day (YYYY-MM-DD) at the store of a stored UTC time."""
    if w.dialect == "postgresql":
        return func.to_char(func.timezone(zone.key, column), "YYYY-MM-DD")
    runs = offsets(zone, w.start - timedelta(days=1), w.end + timedelta(days=1))
    days = [func.date(column, f"{m:+d} minutes") for _at, m in runs]
    if len(runs) == 1:
        return days[0]
    whens = [(column < w.at(nxt), day) for (nxt, _m), day in zip(runs[1:], days, strict=False)]
    return case(*whens, else_=days[-1])


def daily(
    conn, w: Window, zone: ZoneInfo, day_list: list[str], served: dict[str, tuple[int, int]]
) -> dict[str, dict]:
    """day -> orders_placed, orders_value, conversion, csat_average (None: nothing);
    `served`: each day's shoppers served and converted, from counts()."""
    out = {
        day: {"orders_placed": 0, "orders_value": 0, "conversion": None, "csat_average": None}
        for day in day_list
    }
    day = local_day(w, F.created_at, zone).label("day")
    q = (
        select(
            day,
            func.count().label("n"),
            func.sum(case((F.outcome == CONFIRMED, F.value_minor), else_=0)).label("v"),
        )
        .where(F.store_id == w.store_id, w.within(F.created_at))
        .group_by(day)
    )
    for r in conn.execute(q):
        out[r.day].update(orders_placed=r.n, orders_value=r.v or 0)
    for day_, (n, c) in served.items():
        out[day_]["conversion"] = 100.0 * c / n if n else None
    day = local_day(w, FB.created_at, zone).label("day")
    q = (
        select(day, func.avg(FB.score * 1.0).label("a"))
        .where(FB.store_id == w.store_id, w.within(FB.created_at))
        .group_by(day)
    )
    for r in conn.execute(q):
        out[r.day]["csat_average"] = float(r.a) if r.a is not None else None
    return out
