"""Store activity for managers (docs/kpis.md): the report and the records behind each
KPI, or the served shoppers behind shoppers served and conversion (`per=shopper`)."""

from datetime import date
from typing import Annotated, Literal

from fastapi import Query

from clienteling.protocol.fields import WIRE_MAX, Id
from clienteling.protocol.reports import (
    DEFAULT_RECORDS_PAGE,
    MAX_RECORDS_PAGE,
    RECORDS_PATH,
    STORE_ACTIVITY_PATH,
    KpiKey,
    RecordsPage,
    StoreActivityReport,
)

from . import report_served, reports
from .routing import Shared


def add_routes(shared: Shared) -> None:
    db, clock, get = shared.db, shared.clock, shared.get
    Who = shared.who

    From = Annotated[date, Query(alias="from", description="first day, YYYY-MM-DD")]
    To = Annotated[date, Query(description="last day, YYYY-MM-DD (included)")]

    @get(STORE_ACTIVITY_PATH, response_model=StoreActivityReport, response_model_by_alias=True)
    def store_activity(store: Id, start: From, to: To, who: Who):
        return reports.store_activity(db, who, store, start, to, clock())

    @get(RECORDS_PATH, response_model=RecordsPage, response_model_by_alias=True)
    def store_activity_records(
        store: Id,
        start: From,
        to: To,
        kpi: Annotated[KpiKey, Query(description="a KPI key (docs/kpis.md)")],
        who: Who,
        associate: Id | None = None,
        day: date | None = None,
        limit: Annotated[int, Query(ge=1, le=MAX_RECORDS_PAGE)] = DEFAULT_RECORDS_PAGE,
        offset: Annotated[int, Query(ge=0, le=WIRE_MAX)] = 0,
        per: Annotated[
            Literal["record", "shopper"],
            Query(description="shopper: one row per served shopper (shoppers_served, conversion)"),
        ] = "record",
    ):
        if per == "shopper":  # the served shoppers, each converted or not
            return report_served.served_shoppers(
                db, who, store, start, to, kpi, associate, day, limit, offset
            )
        return reports.records(db, who, store, start, to, kpi, associate, day, limit, offset)
