"""Store activity for managers on the wire (docs/kpis.md, docs/api.md "Store activity").

    GET /v1/reports/store-activity?store=&from=&to=            -> StoreActivityReport
    GET /v1/reports/store-activity/records?store=&from=&to=&kpi=[&associate=][&day=]
                                              [&per=shopper][&limit=&offset=] -> RecordsPage

`from` and `to` are days (YYYY-MM-DD) in the store's time zone, both included.
Every KPI value is keyed by its stable key (clienteling.domain.kpis.KEYS); money is
in minor units of `currency`; a value is None when there is nothing to compute it
from (an average over no rows). Only the store's managers and integration tokens
may ask (403 otherwise). This API only grows: fields are added, never renamed.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from clienteling.domain.kpis import KEYS, MAX_PERIOD_DAYS, Kpi

from .version import API_PREFIX

STORE_ACTIVITY_PATH = f"{API_PREFIX}/reports/store-activity"
RECORDS_PATH = f"{STORE_ACTIVITY_PATH}/records"
MAX_RECORDS_PAGE = 1000
DEFAULT_RECORDS_PAGE = 200


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


FIRST_DAY, LAST_DAY = date(1971, 1, 1), date(9998, 12, 31)  # days a report may cover


class PeriodError(ValueError):
    """What is wrong with a period, and the query field (`from` or `to`) it is about."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def check_period(start: date, end: date) -> None:
    """PeriodError (a ValueError) saying what is wrong with a period, in words."""
    for name, day in (("from", start), ("to", end)):
        if not FIRST_DAY <= day <= LAST_DAY:
            raise PeriodError(
                name,
                f"{day.isoformat()} is out of range; give a day from "
                f"{FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}",
            )
    if start > end:
        raise PeriodError(
            "from",
            f"{start.isoformat()} is after to ({end.isoformat()}); "
            "give the first day, then the last",
        )
    days = (end - start).days + 1
    if days > MAX_PERIOD_DAYS:
        raise PeriodError(
            "to",
            f"the period has {days} days; one report covers at most {MAX_PERIOD_DAYS}, "
            "ask for a shorter one",
        )


class Period(Strict):
    """Days in the store's time zone, both included."""

    from_: date = Field(alias="from")
    to: date

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        check_period(self.from_, self.to)
        return self

    @property
    def days(self) -> int:
        return (self.to - self.from_).days + 1

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        return Period(from_=self.from_ - timedelta(days=self.days), to=self.from_ - timedelta(1))


class KpiInfo(Strict):
    """A KPI's definition as HQ computed it (the same words as domain/kpis.py)."""

    key: str
    name: str
    definition: str
    unit: str  # count, money, percent, hours, score
    group: str  # engagement, orders, outcomes
    parts: bool = False
    attributed: bool = False

    @classmethod
    def of(cls, k: Kpi) -> KpiInfo:
        return cls(
            key=k.key,
            name=k.name,
            definition=k.definition,
            unit=k.unit.value,
            group=k.group.value,
            parts=k.parts,
            attributed=k.attributed,
        )


class Figures(Strict):
    """One value per KPI key (every key of KEYS is present), and the breakdowns of the
    KPIs that have parts (csat_distribution: "1".."5" -> count; channel_mix: channel ->
    money)."""

    values: dict[str, float | None]
    parts: dict[str, dict[str, float]] = Field(default_factory=dict)

    def value(self, key: str) -> float | None:
        return self.values.get(key)


class AssociateFigures(Strict):
    associate_id: str
    name: str
    role: str  # associate, manager, trainee
    home_store: str  # another store: they worked here too and are counted here for that work
    figures: Figures


class DayFigures(Strict):
    day: date
    values: dict[str, float | None]  # DAILY_KEYS


class PeriodFigures(Strict):
    from_: date = Field(alias="from")
    to: date
    figures: Figures

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class NotSeenShopper(Strict):
    """A regular of the store not served and not buying for a while, who agreed to be
    contacted: `contact` lists only the channels they consented to."""

    shopper_id: str
    first_name: str
    last_name: str
    tier: str
    contact: list[str]  # "email", "sms"
    purchases: int
    lifetime_value: int  # minor units of the report's currency
    last_purchase_at: datetime | None = None
    last_served_at: datetime | None = None


class StoreActivityReport(Strict):
    store_id: str
    store_name: str
    timezone: str
    currency: str
    from_: date = Field(alias="from")
    to: date
    as_of: datetime  # when HQ computed it (UTC)
    conversion_window_days: int  # the chain's N
    kpis: list[KpiInfo]  # every KPI, in display order
    totals: Figures  # the store's, each sale once
    associates: list[AssociateFigures]  # everyone with activity here, by name
    daily: list[DayFigures]  # every day of the period, in order
    previous: PeriodFigures  # the same length just before
    not_seen: list[NotSeenShopper]

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def associate(self, associate_id: str) -> AssociateFigures | None:
        return next((a for a in self.associates if a.associate_id == associate_id), None)


class RecordKind(StrEnum):
    ORDER = "order"  # order_id: open the order
    ORDER_REFUSED = "order_refused"  # HQ refused it; order_id is the terminal's id
    PURCHASE = "purchase"
    NOTE = "note"
    PROFILE_OPENED = "profile_opened"
    PREFERENCE_EDIT = "preference_edit"
    TASK = "task"
    FEEDBACK = "feedback"
    SHOPPER_SERVED = "shopper_served"  # per=shopper: one served shopper; detail says converted


class RecordRow(Strict):
    """One record behind a number; shopper_id opens the shopper, order_id the order."""

    kind: RecordKind
    record_id: str
    at: datetime
    shopper_id: str | None = None
    associate_id: str | None = None  # the author, or for a purchase the one it goes to
    store_id: str | None = None
    order_id: str | None = None
    value_minor: int | None = None  # an order's or a purchase's value
    currency: str | None = None
    channel: str | None = None  # a purchase's
    status: str | None = None  # an order's or a task's
    score: int | None = None  # a rating's
    detail: str | None = None  # a note's reason, an edited field, a task's due time


class RecordsPage(Strict):
    store_id: str
    from_: date = Field(alias="from")
    to: date
    kpi: str
    associate_id: str | None = None
    total: int  # records behind the number (the page may hold fewer)
    offset: int
    records: list[RecordRow]

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


KpiKey = Literal[KEYS]  # type: ignore[valid-type]  # a query's kpi: one of the keys


def known_kpi(key: str) -> str:
    if key not in KEYS:
        raise ValueError(f"unknown KPI {key!r}; one of: {', '.join(KEYS)}")
    return key
