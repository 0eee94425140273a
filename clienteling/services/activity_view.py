"""The manager's store activity view on a terminal: HQ's report for a period, kept for
offline viewing, the engagement the cache can count by itself, and the store's terminals.

- `load` asks HQ for the report (`fetch`, the HQ client call), keeps it in the cache as the
  latest of its period (cache.reports) and returns it; when HQ cannot be reached it returns
  the latest report kept for that period with its "as of" time, and the store's engagement
  counted from this terminal's cache, marked as such (`Offline`).
- `fleet` lists the store's terminals as HQ knows them: what each last told HQ (app
  version, last sync, queued and refused writes) and whether HQ heard from it lately
  (online); for this terminal, what it knows of itself now. A terminal that never told HQ
  (an older release) has None there: the screen says "not reported".

Only managers (domain.roles, Action.STORE_ACTIVITY); HQ checks again. Qt-free; every method
may block.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from clienteling import __version__
from clienteling.api.errors import HQAnswered, HQBusy, HQError, HQUnreachable
from clienteling.cache import day, reports
from clienteling.cache.reports import EngagementRow
from clienteling.domain.enums import Connectivity
from clienteling.domain.roles import Action, require
from clienteling.domain.said import Said
from clienteling.protocol.reports import (
    DEFAULT_RECORDS_PAGE,
    AssociateFigures,
    Figures,
    RecordsPage,
    StoreActivityReport,
)

from .activity import StoreActivity
from .management import Management, TerminalRow
from .syncing import Syncing
from .training_results import TrainingResults, scenario_titles

TODAY, WEEK, MONTH, CUSTOM = "today", "7d", "30d", "custom"
PERIODS = (TODAY, WEEK, MONTH, CUSTOM)
_LENGTH = {TODAY: 1, WEEK: 7, MONTH: 30}

# Engagement figures the cache can count by itself (offline), by the kinds of its records.
# Keys are domain.kpis' (their definitions apply, over what this terminal holds).
LOCAL_KPIS = {
    "notes_added": ("note",),
    "followups_created": ("task",),
    "followups_done": ("task_done",),
    "feedback_captured": ("feedback",),
}
LOCAL_AVERAGES = ("csat_average",)  # the visit ratings' average, from the same records


def period_days(period: str, today: date, first: date | None = None, last: date | None = None):
    """(first day, last day) of a period ending today; `custom` takes `first` and `last`.
    ValueError in plain words for a custom period that is not one."""
    if period == CUSTOM:
        if first is None or last is None:
            raise ValueError(Said("choose the first and the last day of the period", "period_open"))
        if last < first:
            raise ValueError(
                Said("the last day is before the first: choose them again", "period_reversed")
            )
        if (last - first).days > 366:
            raise ValueError(Said("choose a period of at most a year", "period_too_long"))
        return first, last
    return today - timedelta(days=_LENGTH[period] - 1), today


def previous_days(first: date, last: date) -> tuple[date, date]:
    """The period of the same length just before."""
    length = (last - first).days + 1
    return first - timedelta(days=length), first - timedelta(days=1)


@dataclass(frozen=True)
class Offline:
    """The store's engagement counted on this terminal from its cache while HQ is away:
    notes and follow-ups synced from HQ (as of the last sync) and the writes made here."""

    totals: dict[str, float | None]
    per_associate: dict[str, dict[str, float | None]]
    records: dict[str, list[EngagementRow]]  # per figure, the records it counted
    synced_at: str | None  # the last sync: what the synced part is as of
    people: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (name, role)

    def associates(self) -> list[AssociateFigures]:
        """Each associate's figures counted here, as the view's associates table shows
        them (by name; an author the cache does not know by their id)."""
        out = []
        for who, figures in self.per_associate.items():
            name, role = self.people.get(who, (who or "—", "associate"))
            out.append(
                AssociateFigures(
                    associate_id=who, name=name, role=role or "associate", home_store="",
                    figures=Figures(values=dict(figures)),
                )
            )  # fmt: skip
        return sorted(out, key=lambda a: (a.name.casefold(), a.associate_id))

    def records_of(self, key: str, associate_id: str | None = None) -> list[EngagementRow]:
        """The records a figure counted (of one associate: those they made)."""
        rows = self.records.get(key, [])
        if associate_id is None:
            return rows
        return [r for r in rows if (r.associate_id or "") == associate_id]


@dataclass
class ActivityView:
    period: str
    first: date
    last: date
    report: StoreActivityReport | None  # HQ's report (fresh or kept)
    as_of: str | None  # when HQ computed it
    from_hq: bool  # fresh from HQ now (False: the copy kept on this terminal, or none)
    offline: Offline | None = None  # counted from the cache (HQ could not be reached)
    why: str = ""  # why HQ was not asked or did not answer, in words
    extra: dict[str, Any] = field(default_factory=dict)
    # Trainees' finished scenarios in the period (never counted in any figure); offline,
    # those HQ gave with the kept report; None when there are none to show (not asked, or
    # a training terminal, which has none of its own).
    training: list[TrainingRow] | None = None


@dataclass(frozen=True)
class TrainingRow:
    """A trainee's finished scenario, beside the figures (never counted in them)."""

    employee_id: str
    name: str
    scenario_id: str
    scenario_title: str  # English, as the scenario file has it (the UI translates it)
    seconds: int
    hints: int
    mistakes: int
    finished_at: str


@dataclass(frozen=True)
class FleetRow:
    """A terminal of the store; None where nobody reported the figure."""

    terminal: TerminalRow
    app_version: str | None
    last_sync: str | None  # ISO 8601
    queued: int | None
    parked: int | None
    online: bool | None

    # The terminal's own fields, as the manager's terminals list reads them.
    behind = property(lambda self: self.terminal.behind)  # older than the chain wants
    device_id = property(lambda self: self.terminal.device_id)
    name = property(lambda self: self.terminal.name)
    created_at = property(lambda self: self.terminal.created_at)
    last_used_at = property(lambda self: self.terminal.last_used_at)
    heard_at = property(lambda self: self.terminal.heard_at)
    revoked = property(lambda self: self.terminal.revoked)
    this_one = property(lambda self: self.terminal.this_one)


Fetch = Callable[[str, date, date], dict[str, Any]]


class ActivityViews:
    """The store activity view's service for one terminal, on services.activity (HQ's
    report and records) and the manager's services (the store's terminals, the cache)."""

    def __init__(
        self,
        management: Management,
        syncing: Syncing,
        store_id: str,
        activity: StoreActivity | None = None,
        *,
        training: bool = False,  # the training terminal: its exports say so
        training_results: TrainingResults | None = None,  # a production terminal's
    ):
        self.management, self.syncing, self.store_id = management, syncing, store_id
        self.training = training
        self.training_results = training_results
        self.activity = activity or StoreActivity(management.sessions, store_id)
        self.fetch: Fetch = self._ask_hq  # (store, first day, last day) -> HQ's report

    def _ask_hq(self, store_id: str, first: date, last: date) -> dict[str, Any]:
        if self.management.sessions.client() is None:
            raise HQUnreachable(
                Said(
                    "you signed in while HQ could not be reached; sign out and in again once "
                    "it answers",
                    "signed_in_offline",
                )
            )
        report = self.activity.report(first, last)
        return report.model_dump(mode="json", by_alias=True)

    def records(
        self,
        kpi: str,
        first: date,
        last: date,
        associate_id: str | None = None,
        offset: int = 0,
        limit: int = DEFAULT_RECORDS_PAGE,
        day: date | None = None,
    ) -> tuple[RecordsPage, dict[str, str]]:
        """A page of the records behind one number (the store's, or one associate's), and the
        names of the shoppers and associates it names that this terminal knows."""
        self._require()
        page = self.activity.records(
            first, last, kpi, associate_id=associate_id, day=day, limit=limit, offset=offset
        )
        ids = [r.shopper_id for r in page.records if r.shopper_id]
        people = [r.associate_id for r in page.records if r.associate_id]
        return page, self.names(ids, people)

    def names(self, shopper_ids: list[str], associate_ids: list[str]) -> dict[str, str]:
        """id -> name for the shoppers and associates this terminal's cache knows."""
        with self.cache.read() as conn:
            found = day.shopper_names(conn, shopper_ids)
            found.update(day.associate_names(conn, associate_ids))
        return found

    @property
    def cache(self):
        return self.management.cache

    def _require(self) -> None:
        require(self.management.sessions.signed_in().role, Action.STORE_ACTIVITY)

    # --- the report ----------------------------------------------------------------------

    def trainees(self, first: date, last: date) -> list[TrainingRow] | None:
        """The store's trainees' scenarios finished in the period, newest first, from HQ;
        None when HQ could not be asked (or on a training terminal)."""
        if self.training_results is None:
            return None
        try:
            rows = self.training_results.results(limit=500)
        except (PermissionError, HQError):
            return None
        titles = scenario_titles()
        return [
            TrainingRow(
                r.employee_id,
                r.name or "",
                r.scenario_id,
                titles.get(r.scenario_id, ""),
                r.seconds,
                r.hints,
                r.mistakes,
                r.finished_at.isoformat(),
            )
            for r in rows
            if first <= r.finished_at.date() <= last
        ]

    def load(self, period: str, first: date, last: date, token: Any = None) -> ActivityView:
        self._require()
        if token is not None:
            token.progress(1)
        try:
            body = self.fetch(self.store_id, first, last)
        except (HQUnreachable, HQBusy) as exc:
            why = getattr(exc, "message", "") or "HQ could not be reached"
        except HQAnswered as exc:
            raise PermissionError(exc.message) from None
        else:
            report = StoreActivityReport.model_validate(body)
            as_of = report.as_of.isoformat()
            training = self.trainees(report.from_, report.to)
            kept_training = None if training is None else [asdict(t) for t in training]
            with self.cache.write() as conn:
                reports.save(
                    conn, self.store_id, period, first.isoformat(), last.isoformat(), as_of,
                    body, kept_training,
                )  # fmt: skip
            view = ActivityView(period, report.from_, report.to, report, as_of, True)
            view.training = training
            return view
        if token is not None:
            token.progress(2)
        with self.cache.read() as conn:
            kept = reports.latest(conn, self.store_id, period)
        view = ActivityView(period, first, last, None, None, False, why=why)
        if kept is not None:
            view.report, view.as_of = StoreActivityReport.model_validate(kept.body), kept.as_of
            view.first, view.last = (
                date.fromisoformat(kept.day_from),
                date.fromisoformat(kept.day_to),
            )
            if kept.trainees is not None:  # as HQ gave them with the kept report
                view.training = [TrainingRow(**t) for t in kept.trainees]
        view.offline = self.offline(first, last)
        return view

    def offline(self, first: date, last: date) -> Offline:
        """The store's engagement in [first, last] (local days) counted from the cache."""
        start = datetime.combine(first, time(0)).astimezone().astimezone(UTC)
        end = datetime.combine(last + timedelta(days=1), time(0)).astimezone().astimezone(UTC)
        with self.cache.read() as conn:
            rows = reports.engagement_rows(conn, self.store_id, start.isoformat(), end.isoformat())
            people = reports.people(conn, [r.associate_id for r in rows if r.associate_id])
        synced = self.syncing.status().synced_at
        synced_at = min((s for s in synced.values() if s), default=None)
        return replace(count_engagement(rows, synced_at), people=people)

    # --- the store's terminals -----------------------------------------------------------

    def fleet(self) -> list[FleetRow]:
        self._require()
        terminals = self.management.terminals()
        status = self.syncing.status()
        online = status.connectivity == Connectivity.ONLINE
        return [
            FleetRow(t, __version__, status.last_sync, status.queued, status.parked, online)
            if t.this_one
            else FleetRow(t, t.app_version, t.last_sync, t.queued, t.parked, t.online)
            for t in terminals
        ]

    def revoke(self, device_id: str) -> TerminalRow:
        return self.management.revoke(device_id)


def count_engagement(rows: list[EngagementRow], synced_at: str | None) -> Offline:
    """Totals and per-associate figures of LOCAL_KPIS over `rows`, plus the visit ratings'
    average (`csat_average`); each figure keeps the records it counted."""
    records: dict[str, list[EngagementRow]] = defaultdict(list)
    per: dict[str, Counter] = defaultdict(Counter)
    scores: dict[str, list[int]] = defaultdict(list)
    kind_to_kpi = {kind: kpi for kpi, kinds in LOCAL_KPIS.items() for kind in kinds}
    for row in rows:
        kpi = kind_to_kpi.get(row.kind)
        if kpi is None:
            continue
        records[kpi].append(row)
        who = row.associate_id or ""
        per[who][kpi] += 1
        if row.kind == "feedback" and row.score is not None:  # csat_average
            scores[who].append(row.score)
            records["csat_average"].append(row)
    totals: dict[str, float | None] = {
        k: float(sum(c[k] for c in per.values())) for k in LOCAL_KPIS
    }
    every = [s for values in scores.values() for s in values]
    totals["csat_average"] = sum(every) / len(every) if every else None
    per_associate = {}
    for who, counts in per.items():
        figures: dict[str, float | None] = {k: float(counts[k]) for k in LOCAL_KPIS}
        mine = scores.get(who, [])
        figures["csat_average"] = sum(mine) / len(mine) if mine else None
        per_associate[who] = figures
    return Offline(totals, per_associate, dict(records), synced_at)
