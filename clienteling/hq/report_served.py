"""The served shoppers behind "shoppers served" and "conversion": one row per shopper.

`GET /v1/reports/store-activity/records?...&kpi=conversion&per=shopper` (docs/api.md).
Both figures count distinct shoppers (report_sql `_served` and `daily`): a shopper served
three times in a day is one of the day's served shoppers, and converted when a purchase in
any channel followed one of those servings within the chain's N days. The per-record
listing (`per=record`, hq/reports.py) gives the servings themselves; this one gives the
shoppers, so a drill-down lists exactly as many rows as the number's denominator, each
saying whether the shopper converted (the numerator).

Read from the same served rows and the same "converted" test as the figures
(report_sql.touches and report_sql.converted); each row names the shopper's last serving
in the scope (when, by whom). Kept apart from hq/reports.py on purpose: it only reads.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import case, func, select

from clienteling.protocol import reports as r

from . import report_sql as q
from . import reports
from . import tables as t
from .auth import Principal
from .db import Database
from .errors import invalid

PER_SHOPPER_KPIS = ("shoppers_served", "conversion")
CONVERTED, NOT_CONVERTED = "converted", "not converted"


def served_shoppers(
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
    """A page of the shoppers served in the period (or one day of it; by one associate),
    oldest last serving first, each with `detail` "converted" or "not converted"."""
    reports.require_reader(who, store_id)
    with db.read() as conn:
        store = reports._store(conn, store_id)
        p = reports.period(start, end)
        if kpi not in PER_SHOPPER_KPIS:
            message = f"per=shopper lists the shoppers of {', '.join(PER_SHOPPER_KPIS)} only"
            raise invalid(f"per: {message}", [{"field": "per", "reason": message}])
        if day is not None and not p.from_ <= day <= p.to:
            message = f"{day.isoformat()} is not in the period"
            raise invalid(f"day: {message}", [{"field": "day", "reason": message}])
        w = reports._window(conn, store, r.Period(from_=day, to=day) if day else p, db.dialect)
        served = q.touches(w).subquery("served")
        won = case((q.converted(w, served), 1), else_=0)
        rows = select(served.c.shopper_id, served.c.associate_id, served.c.at, won.label("won"))
        if associate_id is not None:
            rows = rows.where(served.c.associate_id == associate_id)
        each = rows.subquery("each")
        shoppers = (
            select(
                each.c.shopper_id,
                func.max(each.c.at).label("at"),
                func.max(each.c.won).label("won"),
            )
            .group_by(each.c.shopper_id)
            .subquery("shoppers")
        )
        total = conn.execute(select(func.count()).select_from(shoppers)).scalar_one()
        page = conn.execute(
            select(shoppers)
            .order_by(shoppers.c.at, shoppers.c.shopper_id)
            .limit(limit)
            .offset(offset)
        ).all()
        last_by = _last_servers(conn, each, [row.shopper_id for row in page])
    return r.RecordsPage(
        store_id=store_id,
        from_=p.from_,
        to=p.to,
        kpi=kpi,
        associate_id=associate_id,
        total=total,
        offset=offset,
        records=[
            r.RecordRow(
                kind=r.RecordKind.SHOPPER_SERVED,
                record_id=row.shopper_id,
                at=_time(row.at),
                shopper_id=row.shopper_id,
                associate_id=last_by.get(row.shopper_id),
                store_id=store_id,
                detail=CONVERTED if row.won else NOT_CONVERTED,
            )
            for row in page
        ],
    )


def _last_servers(conn, each, shopper_ids: list[str]) -> dict[str, str | None]:
    """shopper -> the associate of their last serving in the scope (ties: the greater id)."""
    if not shopper_ids:
        return {}
    found: dict[str, tuple] = {}
    for shopper_id, associate_id, at in conn.execute(
        select(each.c.shopper_id, each.c.associate_id, each.c.at).where(
            each.c.shopper_id.in_(shopper_ids)
        )
    ):
        key = (str(at), associate_id or "")
        if shopper_id not in found or key > found[shopper_id][0]:
            found[shopper_id] = (key, associate_id)
    return {s: a for s, (_k, a) in found.items()}


def _time(at) -> datetime:
    if isinstance(at, str):  # SQLite: max() over a union gives the stored text
        return t.UTCDateTime().process_result_value(datetime.fromisoformat(at), None)
    return at
