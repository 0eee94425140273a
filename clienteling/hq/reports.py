"""Store activity for managers: who may ask, the period in the store's time, the report
and the records behind each number (SQL in report_sql.py; definitions: domain/kpis.py).

Only the store's managers (signed in at a terminal, or a manager token of the store)
and integration tokens may read a store's activity. Training never reaches HQ, so
nothing here can count it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, String, and_, cast, func, literal, or_, select

from clienteling.domain import kpis as k
from clienteling.protocol import reports as r

from . import report_sql as q
from . import tables as t
from .auth import Principal
from .db import Database
from .errors import forbidden, invalid, not_found

WINDOW_SETTING = "conversion_window_days"


# --- settings ---------------------------------------------------------------------------


def conversion_window(conn: Connection) -> int:
    value = conn.execute(
        select(t.chain_settings.c.value).where(t.chain_settings.c.name == WINDOW_SETTING)
    ).scalar()
    return int(value) if value is not None else k.DEFAULT_CONVERSION_WINDOW_DAYS


def set_conversion_window(db: Database, days: int, actor: str, now: datetime) -> None:
    if not 1 <= days <= k.MAX_CONVERSION_WINDOW_DAYS:
        raise ValueError(
            f"the conversion window is 1 to {k.MAX_CONVERSION_WINDOW_DAYS} days; {days} given"
        )
    row = {"name": WINDOW_SETTING, "value": days, "updated_at": now, "updated_by": actor}
    c = t.chain_settings.c
    with db.write_unsequenced() as conn:
        conn.execute(t.chain_settings.delete().where(c.name == WINDOW_SETTING))
        conn.execute(t.chain_settings.insert().values(**row))


# --- who and when -----------------------------------------------------------------------


def require_reader(who: Principal, store_id: str) -> None:
    """The store's managers and integration tokens; 403 for everyone else."""
    what = "reading a store's activity"
    if who.role == "integration":
        who.require_store(store_id, what)
        return
    if who.role != "manager":
        caller = "a terminal with nobody signed in" if who.kind == "device" else who.role
        raise forbidden(f"{what} is for the store's managers, not for {caller}")
    if who.store_id != store_id:
        raise forbidden(f"{what}: a manager of {who.store_id} reads {who.store_id} only")


def _store(conn: Connection, store_id: str):
    if conn.dialect.name == "postgresql":
        # The correlated look-ups make PostgreSQL's cost estimates large enough to JIT-compile
        # each statement, which costs more than running it: not for this transaction.
        conn.exec_driver_sql("SET LOCAL jit = off")
        # Parallel workers each build their own copy of a join's inner side (the store's
        # purchases of the period, its served rows): more work in all, for statements of
        # tenths of a second, on a server that answers many at once.
        conn.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")
    row = conn.execute(select(t.stores).where(t.stores.c.store_id == store_id)).first()
    if row is None:
        raise not_found(f"store {store_id}")
    return row


def _bounds(zone: ZoneInfo, start: date, end: date) -> list[tuple[str, datetime, datetime]]:
    """Each day of the period: its ISO date and its start and end in UTC."""
    out, day = [], start
    while day <= end:
        nxt = day + timedelta(days=1)
        out.append(
            (
                day.isoformat(),
                datetime.combine(day, time(), zone).astimezone(ZoneInfo("UTC")),
                datetime.combine(nxt, time(), zone).astimezone(ZoneInfo("UTC")),
            )
        )
        day = nxt
    return out


def period(start: date, end: date) -> r.Period:
    try:
        r.check_period(start, end)
    except r.PeriodError as exc:
        raise invalid(f"{exc.field}: {exc}", [{"field": exc.field, "reason": str(exc)}]) from None
    return r.Period(from_=start, to=end)


def _window(conn: Connection, store, p: r.Period, dialect: str) -> q.Window:
    zone = ZoneInfo(store.timezone)
    days = _bounds(zone, p.from_, p.to)
    return q.Window(
        store.store_id, days[0][1], days[-1][2], conversion_window(conn), dialect, zone=zone
    )


# --- the report -------------------------------------------------------------------------


def _figures(per: dict, parts: dict, who: str | None) -> r.Figures:
    values = per.get(who, {})
    return r.Figures(
        values={key: _number(values.get(key)) for key in k.KEYS},
        parts={key: dict(sorted(v.items())) for key, v in parts.get(who, {}).items()},
    )


def _number(value: Any) -> float | None:
    if value is None:
        return None
    return float(value)


def _zeroes(per: dict) -> None:
    """Counts and sums with no rows are 0, averages None (kpis: "empty when none")."""
    averages = {"csat_average", "order_to_delivery_hours", "conversion", "average_ticket",
                "repeat_rate", "served_lifetime_value"}  # fmt: skip
    for values in per.values():
        for key in k.KEYS:
            if key not in values and key not in averages:
                values[key] = 0


def store_activity(
    db: Database, who: Principal, store_id: str, start: date, end: date, now: datetime
) -> r.StoreActivityReport:
    require_reader(who, store_id)  # who may ask, then about which store, then the period
    with db.read() as conn:
        store = _store(conn, store_id)
        p = period(start, end)
        w = _window(conn, store, p, db.dialect)
        per, parts, served_days = q.counts(conn, w)
        per.setdefault(None, {})
        _zeroes(per)
        prev = replace(_window(conn, store, p.previous(), db.dialect), per_associate=False)
        prev_per, prev_parts, _days = q.counts(conn, prev)
        prev_per.setdefault(None, {})
        _zeroes(prev_per)
        days = [d for d, _s, _e in _bounds(ZoneInfo(store.timezone), p.from_, p.to)]
        series = q.daily(conn, w, ZoneInfo(store.timezone), days, served_days)
        people = _people(conn, [a for a in per if a is not None])
        regulars = not_seen(conn, w)
    return r.StoreActivityReport(
        store_id=store.store_id,
        store_name=store.name,
        timezone=store.timezone,
        currency=store.currency,
        from_=p.from_,
        to=p.to,
        as_of=now,
        conversion_window_days=w.days,
        kpis=[r.KpiInfo.of(x) for x in k.KPIS.values()],
        totals=_figures(per, parts, None),
        associates=[
            r.AssociateFigures(
                associate_id=a,
                name=people.get(a, (a, "", ""))[0],
                role=people.get(a, (a, "", ""))[1],
                home_store=people.get(a, (a, "", ""))[2],
                figures=_figures(per, parts, a),
            )
            for a in sorted(people, key=lambda a: (people[a][0].casefold(), a))
        ],
        daily=[
            r.DayFigures(day=date.fromisoformat(day), values=values)
            for day, values in sorted(series.items())
        ],
        previous=r.PeriodFigures(
            from_=p.previous().from_,
            to=p.previous().to,
            figures=_figures(prev_per, prev_parts, None),
        ),
        not_seen=regulars,
    )


def _people(conn: Connection, ids: list[str]) -> dict[str, tuple[str, str, str]]:
    c = t.associates.c
    found = {
        row.associate_id: (row.name, row.role, row.home_store)
        for row in conn.execute(
            select(c.associate_id, c.name, c.role, c.home_store).where(c.associate_id.in_(ids))
        )
    }
    return {a: found.get(a, (a, "", "")) for a in ids}


def not_seen(conn: Connection, w: q.Window) -> list[r.NotSeenShopper]:
    """Regulars of the store (REGULAR_PURCHASES or more) who agreed to e-mail or SMS, with no
    purchase and no serving anywhere in the NOT_SEEN_DAYS before the period's end."""
    S, P = t.shoppers.c, t.purchases.c
    cutoff = w.end - timedelta(days=k.NOT_SEEN_DAYS)
    bought = (
        select(
            P.shopper_id,
            func.count().label("n"),
            func.sum(P.total_minor).label("ltv"),
            func.max(P.purchased_at).label("last"),
        )
        .join(t.shoppers, S.shopper_id == P.shopper_id)
        .where(
            S.home_store == w.store_id,
            or_(S.consent_email.is_(True), S.consent_sms.is_(True)),
            P.purchased_at < w.at(w.end),
        )
        .group_by(P.shopper_id)
        .having(and_(func.count() >= k.REGULAR_PURCHASES, func.max(P.purchased_at) < w.at(cutoff)))
        .subquery("bought")
    )
    # Last served anywhere: the newest kept serving (hq/report_kept.py), by its (shopper,
    # time) index: one row read per regular.
    sv = t.servings.c
    last = (
        select(func.max(sv.at))
        .where(sv.shopper_id == bought.c.shopper_id, sv.at < w.at(w.end))
        .scalar_subquery()
    )
    rows = conn.execute(
        select(
            bought,
            S.first_name,
            S.last_name,
            S.tier,
            S.consent_email,
            S.consent_sms,
            last.label("served"),
        )
        .join(t.shoppers, S.shopper_id == bought.c.shopper_id)
        .order_by(bought.c.ltv.desc(), bought.c.shopper_id)
    )
    out = []
    for row in rows:
        served = _utc(row.served)
        if served is not None and served >= cutoff:
            continue
        out.append(
            r.NotSeenShopper(
                shopper_id=row.shopper_id,
                first_name=row.first_name,
                last_name=row.last_name,
                tier=row.tier,
                contact=[
                    c for c, ok in (("email", row.consent_email), ("sms", row.consent_sms)) if ok
                ],
                purchases=row.n,
                lifetime_value=int(row.ltv or 0),
                last_purchase_at=row.last,
                last_served_at=served,
            )
        )
        if len(out) >= k.NOT_SEEN_LIMIT:
            break
    return out


def _utc(value):
    """A stored time read through max(): SQLite may give the stored text."""
    if isinstance(value, str):
        return t.UTCDateTime().process_result_value(datetime.fromisoformat(value), None)
    return value


# --- the records behind a number -----------------------------------------------------------


def records(
    db: Database,
    who: Principal,
    store_id: str,
    start: date,
    end: date,
    kpi: str,
    associate_id: str | None,
    day: date | None,
    limit: int,
    offset: int,
) -> r.RecordsPage:
    require_reader(who, store_id)
    with db.read() as conn:
        store = _store(conn, store_id)
        p = period(start, end)
        try:
            r.known_kpi(kpi)
        except ValueError as exc:
            raise invalid(f"kpi: {exc}", [{"field": "kpi", "reason": str(exc)}]) from None
        if day is not None and not p.from_ <= day <= p.to:
            message = f"{day.isoformat()} is not in the period"
            raise invalid(f"day: {message}", [{"field": "day", "reason": message}])
        w = _window(conn, store, r.Period(from_=day, to=day) if day else p, db.dialect)
        query, kind, who_col = _source(w, kpi)
        if associate_id is not None:
            query = query.where(who_col == associate_id)
        sub = query.subquery("records")
        total = conn.execute(select(func.count()).select_from(sub)).scalar_one()
        rows = conn.execute(
            select(sub).order_by(sub.c.at, sub.c.record_id).limit(limit).offset(offset)
        ).all()
    return r.RecordsPage(
        store_id=store_id,
        from_=p.from_,
        to=p.to,
        kpi=kpi,
        associate_id=associate_id,
        total=total,
        offset=offset,
        records=[_row(kind, row) for row in rows],
    )


_ORDERS = {
    "orders_placed": None,
    "orders_confirmed": q.F.outcome == q.CONFIRMED,
    "orders_refused": q.F.outcome == q.REFUSED,
    "orders_cancelled": and_(q.F.outcome == q.CONFIRMED, q.F.status == "cancelled"),
    "orders_value": q.F.outcome == q.CONFIRMED,
    "saved_sales": and_(q.F.outcome == q.CONFIRMED, q.F.saved_oos),
    "saved_sales_value": and_(q.F.outcome == q.CONFIRMED, q.F.saved_oos),
    "fulfilment_home": and_(q.F.outcome == q.CONFIRMED, q.F.fulfilment == "ship"),
    "fulfilment_pickup": and_(q.F.outcome == q.CONFIRMED, q.F.fulfilment == "pickup"),
    "order_to_delivery_hours": and_(q.F.outcome == q.CONFIRMED, q.F.completed_at.is_not(None)),
}
_ATTRIBUTED = ("influenced_sales", "influenced_purchases", "average_ticket", "repeat_rate",
               "channel_mix")  # fmt: skip
_SERVED = ("shoppers_served", "conversion", "served_lifetime_value")


def _source(w: q.Window, kpi: str):
    """The rows behind a KPI as (query with record_id and at, row kind, associate column)."""
    A, N, F, TK, FB = q.A, q.N, q.F, q.TK, q.FB
    if kpi == "profiles_opened":
        query = select(A.event_id.label("record_id"), A.at.label("at"), A.shopper_id,
                       A.associate_id, A.store_id).where(
            A.store_id == w.store_id, A.kind == q.PROFILE_OPENED, w.within(A.at))  # fmt: skip
        return query, "profile_opened", A.associate_id
    if kpi == "notes_added":
        query = select(N.note_id.label("record_id"), N.created_at.label("at"), N.shopper_id,
                       N.associate_id, N.store_id, N.reason.label("detail")).where(
            N.store_id == w.store_id, w.within(N.created_at))  # fmt: skip
        return query, "note", N.associate_id
    if kpi == "preference_edits":
        e = q.preference_edits(w).subquery()
        query = select(cast(e.c.id, String).label("record_id"), e.c.at, e.c.shopper_id,
                       e.c.associate_id, literal(w.store_id).label("store_id"),
                       e.c.field.label("detail"))  # fmt: skip
        return query, "preference_edit", e.c.associate_id
    if kpi.startswith("followups_"):
        at = TK.created_at if kpi == "followups_created" else TK.done_at
        query = select(TK.task_id.label("record_id"), at.label("at"), TK.shopper_id,
                       TK.associate_id, TK.store_id, TK.status,
                       TK.due_at).where(TK.store_id == w.store_id, w.within(at))  # fmt: skip
        if kpi != "followups_created":
            query = query.where(TK.status == "done")
        if kpi == "followups_done_on_time":
            query = query.where(q.on_time(TK.done_at, TK.due_at))
        return query, "task", TK.associate_id
    if kpi in ("feedback_captured", "csat_average", "csat_distribution"):
        query = select(FB.feedback_id.label("record_id"), FB.created_at.label("at"),
                       FB.shopper_id, FB.associate_id, FB.store_id, FB.score).where(
            FB.store_id == w.store_id, w.within(FB.created_at))  # fmt: skip
        return query, "feedback", FB.associate_id
    if kpi in _ORDERS:
        query = select(F.order_id.label("record_id"), F.created_at.label("at"), F.shopper_id,
                       F.associate_id, F.store_id, F.order_id, F.value_minor, F.currency,
                       F.status, F.outcome).where(F.store_id == w.store_id,
                                                  w.within(F.created_at))  # fmt: skip
        if _ORDERS[kpi] is not None:
            query = query.where(_ORDERS[kpi])
        return query, "order", F.associate_id
    if kpi in _ATTRIBUTED:
        won = q.attributed(w).subquery()
        query = select(won.c.purchase_id.label("record_id"), won.c.purchased_at.label("at"),
                       won.c.shopper_id, won.c.associate_id, won.c.store_id,
                       won.c.total_minor.label("value_minor"), won.c.channel)  # fmt: skip
        return query, "purchase", won.c.associate_id
    assert kpi in _SERVED, kpi
    served = q.touches(w).subquery()
    yes = q.converted(w, served)
    query = select(served.c.rid.label("record_id"), served.c.at, served.c.shopper_id,
                   served.c.associate_id, served.c.store_id, served.c.kind,
                   yes.label("converted"))  # fmt: skip
    return query, "served", served.c.associate_id


def _row(kind: str, row) -> r.RecordRow:
    m = dict(row._mapping)
    at = m["at"]
    if isinstance(at, str):  # SQLite: a time read through a union or a literal
        at = t.UTCDateTime().process_result_value(datetime.fromisoformat(at), None)
    out: dict[str, Any] = {
        "record_id": str(m["record_id"]),
        "at": at,
        "shopper_id": m.get("shopper_id"),
        "associate_id": m.get("associate_id"),
        "store_id": m.get("store_id"),
    }
    if kind == "order":
        out.update(
            kind=r.RecordKind.ORDER_REFUSED if m["outcome"] == q.REFUSED else r.RecordKind.ORDER,
            order_id=m["order_id"],
            value_minor=m["value_minor"],
            currency=m["currency"],
            status=m["status"],
        )
    elif kind == "task":
        due = m.get("due_at")
        out.update(
            kind=r.RecordKind.TASK, status=m["status"], detail=due.isoformat() if due else None
        )
    elif kind == "feedback":
        out.update(kind=r.RecordKind.FEEDBACK, score=m["score"])
    elif kind == "purchase":
        out.update(kind=r.RecordKind.PURCHASE, value_minor=m["value_minor"], channel=m["channel"])
    elif kind == "served":
        served = {"note": r.RecordKind.NOTE, "order": r.RecordKind.ORDER}
        out.update(
            kind=served.get(m["kind"], r.RecordKind.PROFILE_OPENED),
            order_id=m["record_id"] if m["kind"] == "order" else None,
            detail="converted" if m["converted"] else "not converted",
        )
    else:
        out.update(kind=r.RecordKind(kind), detail=m.get("detail"))
    return r.RecordRow(**out)
