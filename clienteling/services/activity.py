"""Store activity for managers (docs/kpis.md): the report of a period and the records
behind each number, from HQ, and their export as CSV. The command line
(`clienteling report store-activity`) and the manager's screens both use it.

Only a manager signed in online may ask (domain.roles Action.STORE_ACTIVITY);
HQ checks again and refuses anyone but the store's managers. Qt-free; every
method may block on HQ.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from clienteling.api.client import HQClient
from clienteling.api.errors import HQAnswered
from clienteling.domain.kpis import KEYS
from clienteling.domain.roles import Action, require
from clienteling.domain.said import Said
from clienteling.protocol.reports import RecordsPage, StoreActivityReport, check_period

from .sessions import Sessions

CSV_COLUMNS = ("associate_id", "kpi", "value")
# Figures that count shoppers, not records: their drill-down lists the shoppers.
PER_SHOPPER = ("shoppers_served", "conversion")


class StoreActivity:
    """The store's activity for one terminal's signed-in manager."""

    def __init__(self, sessions: Sessions, store_id: str) -> None:
        self.sessions, self.store_id = sessions, store_id

    def _hq(self) -> HQClient:
        require(self.sessions.signed_in().role, Action.STORE_ACTIVITY)
        client = self.sessions.client()
        if client is None:
            raise PermissionError(
                Said(
                    "the store's activity comes from HQ: you signed in while HQ could not be "
                    "reached; sign out and in again once it answers",
                    "signed_in_offline",
                )
            )
        return client

    def report(self, start: date, end: date) -> StoreActivityReport:
        """The store's report for the days `start`-`end` (both included, the store's time).
        ValueError for a period HQ would refuse; PermissionError with HQ's words when it
        refuses the caller."""
        check_period(start, end)
        client = self._hq()
        try:
            answer = client.store_activity(self.store_id, start, end)
        except HQAnswered as exc:
            if exc.status == 422:
                raise ValueError(exc.message) from None
            raise PermissionError(exc.message) from None
        return StoreActivityReport.model_validate(answer)

    def records(
        self,
        start: date,
        end: date,
        kpi: str,
        *,
        associate_id: str | None = None,
        day: date | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> RecordsPage:
        """The records behind one number (of the store, or of one associate; of one day).
        Shoppers served and conversion count shoppers: their records are the served
        shoppers, one each, saying whether they converted (RecordKind.SHOPPER_SERVED)."""
        check_period(start, end)
        client = self._hq()
        try:
            answer = client.store_activity_records(
                self.store_id, start, end, kpi,
                associate_id=associate_id, day=day, limit=limit, offset=offset,
                per_shopper=kpi in PER_SHOPPER,
            )  # fmt: skip
        except HQAnswered as exc:
            if exc.status == 422:
                raise ValueError(exc.message) from None
            raise PermissionError(exc.message) from None
        return RecordsPage.model_validate(answer)


def csv_rows(
    report: StoreActivityReport, associate_id: str | None = None
) -> list[tuple[str, str, str]]:
    """(associate_id, kpi, value) rows: the store's totals (associate_id "") then each
    associate's, one row per KPI in KEYS order; only one associate's with `associate_id`
    (KeyError when they have no activity in the report). Empty value: nothing to compute."""
    people = report.associates
    if associate_id is not None:
        found = report.associate(associate_id)
        if found is None:
            raise KeyError(f"{associate_id} has no activity in {report.store_id} in this period")
        people = [found]
    rows = []
    if associate_id is None:
        rows += [("", key, _cell(report.totals.value(key))) for key in KEYS]
    for person in people:
        rows += [(person.associate_id, key, _cell(person.figures.value(key))) for key in KEYS]
    return rows


def _cell(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


def csv_text(report: StoreActivityReport, associate_id: str | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows(report, associate_id))
    return buffer.getvalue()


def write_csv(report: StoreActivityReport, path: Path, associate_id: str | None = None) -> int:
    """Write the CSV export (UTF-8); returns the rows written (header not counted)."""
    text = csv_text(report, associate_id)
    Path(path).write_text(text, encoding="utf-8", newline="")
    return text.count("\n") - 1
