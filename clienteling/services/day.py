"""The signed-in associate's day on this terminal, as the home screen shows it.

- the shoppers they opened here, newest first;
- their follow-ups due today (local time) or overdue, including ones saved here that HQ has
  not confirmed, without the ones marked done here;
- their writes HQ does not have: queued, refused by HQ, or set aside.

Qt-free; every method may block: the UI runs them on its task runner.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from clienteling.cache import day, outbox
from clienteling.cache.store import Cache
from clienteling.domain.roles import Action
from clienteling.protocol.writes import ActivityBatch, ActivityEvent

from .sessions import Sessions
from .writes import ACTIVITY, Writes, refusal

RECENT_SHOWN = 10
SET_ASIDE_SHOWN_DAYS = 7  # writes the associate set aside stay on home this long

# Where a write stands, as home says it.
QUEUED, REFUSED, SET_ASIDE = "queued", "refused", "set_aside"
ORDER_KINDS = ("order", "order-status")  # they open on the orders screen


@dataclass(frozen=True)
class RecentShopper:
    shopper_id: str
    name: str
    tier: str
    opened_at: str  # ISO 8601


@dataclass(frozen=True)
class FollowUp:
    task_id: str
    shopper_id: str
    shopper_name: str
    title: str
    due_at: str  # ISO 8601
    overdue: bool  # due before today
    waiting: bool = False  # saved here, HQ has not confirmed it yet


@dataclass(frozen=True)
class PendingWrite:
    id: str
    kind: str  # the outbox kind: note, task, changes, order, ...
    shopper_id: str | None
    shopper_name: str
    state: str  # QUEUED, REFUSED or SET_ASIDE
    reason: str | None  # HQ's words (refused, set aside by HQ)
    created_at: str

    @property
    def is_order(self) -> bool:
        return self.kind in ORDER_KINDS


@dataclass
class Today:
    recent: list[RecentShopper] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    writes: list[PendingWrite] = field(default_factory=list)


def _stamp(iso: str | None) -> datetime | None:
    if not iso:
        return None
    moment = datetime.fromisoformat(iso)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _local_midnight(now: datetime) -> datetime:
    local = now.astimezone()
    return datetime.combine(local.date(), time(0), tzinfo=local.tzinfo)


def _state(record: outbox.Record) -> str:
    if record.state == outbox.PENDING:
        return QUEUED
    if record.state == outbox.PARKED and record.last_error == outbox.ERASED_REASON:
        return SET_ASIDE
    return REFUSED if record.state == outbox.PARKED else SET_ASIDE


class Day:
    """The home screen's lists for whoever is signed in on this terminal."""

    def __init__(self, cache: Cache, sessions: Sessions, writes: Writes | None = None) -> None:
        self.cache, self.sessions, self.writes = cache, sessions, writes

    def opened(self, shopper_id: str, now: datetime | None = None) -> None:
        """The signed-in associate opened this shopper's profile (nothing when nobody is):
        kept for their home screen, and queued for HQ as their `profile_opened` event (the
        store activity's shoppers served; the next sync sends it, nobody waits)."""
        session = self.sessions.current
        if session is None:
            return
        when = now or datetime.now(UTC)
        with self.cache.write() as conn:
            day.record_open(conn, session.employee_id, shopper_id, when.isoformat())
        if self.writes is None:
            return
        event_id = str(uuid.uuid4())
        event = ActivityEvent(
            event_id=event_id, kind="profile_opened", shopper_id=shopper_id, at=when
        )
        self.writes.submit(
            id=event_id,
            kind=ACTIVITY,
            shopper_id=shopper_id,
            method="POST",
            path="/activity",
            body=ActivityBatch(events=[event]).model_dump(mode="json"),
            action=Action.RECORD_ACTIVITY,
            deliver=False,
        )

    def today(self, now: datetime | None = None) -> Today:
        """The lists for the associate signed in now (empty when nobody is)."""
        session = self.sessions.current
        if session is None:
            return Today()
        me = session.employee_id
        now = now or datetime.now(UTC)
        today_starts = _local_midnight(now)
        tomorrow = today_starts + timedelta(days=1)
        with self.cache.read() as conn:
            opens = day.recent_opens(conn, me)[:RECENT_SHOWN]
            synced = day.open_tasks_of(conn, me)
            entries = [
                r
                for r in outbox.records(
                    conn,
                    states=(outbox.PENDING, outbox.PARKED, outbox.DELIVERED, outbox.WITHDRAWN),
                    since=(now - timedelta(days=SET_ASIDE_SHOWN_DAYS)).isoformat(),
                )
                if r.author_id in (me, None) and r.kind != ACTIVITY
            ]
            older = outbox.records(conn, states=(outbox.PENDING, outbox.PARKED))
            older = [r for r in older if r.kind != ACTIVITY]  # bookkeeping, not their work
            # Queued and refused writes stay however old; set aside ones for a week.
            seen = {r.id for r in entries}
            entries += [r for r in older if r.id not in seen and r.author_id in (me, None)]
            entries.sort(key=lambda r: r.n)
            shoppers = [s for s, _at in opens] + [t.shopper_id for t in synced]
            shoppers += [r.shopper_id for r in entries if r.shopper_id]
            names = day.shopper_names(conn, shoppers)
            tiers = day.shopper_tiers(conn, [s for s, _at in opens])
        recent = [RecentShopper(s, names.get(s, ""), tiers.get(s, ""), at) for s, at in opens]
        return Today(
            recent,
            self._follow_ups(synced, entries, names, today_starts, tomorrow),
            self._writes(entries, names),
        )

    @staticmethod
    def _follow_ups(synced, entries, names, today_starts, tomorrow) -> list[FollowUp]:
        done_here = {
            r.path.split("/")[-2]
            for r in entries
            if r.kind == "task_done" and r.state in (outbox.PENDING, outbox.DELIVERED)
        }
        have = {t.task_id for t in synced}
        due: list[tuple[datetime, FollowUp]] = []

        def consider(task_id, shopper_id, title, due_at, waiting) -> None:
            at = _stamp(due_at)
            if at is None or at >= tomorrow or task_id in done_here:
                return
            item = FollowUp(
                task_id,
                shopper_id,
                names.get(shopper_id, ""),
                title,
                due_at,
                at < today_starts,
                waiting,
            )
            due.append((at, item))

        for t in synced:
            consider(t.task_id, t.shopper_id, t.title, t.due_at, False)
        for r in entries:
            if r.kind == "task" and r.id not in have and r.state != outbox.WITHDRAWN:
                if r.state == outbox.PARKED:
                    continue  # refused: it shows among the writes, not as a follow-up
                body = r.body
                consider(
                    r.id,
                    body.get("shopper_id", ""),
                    body.get("title", ""),
                    body.get("due_at"),
                    r.state == outbox.PENDING,
                )
        due.sort(key=lambda pair: pair[0])
        return [item for _at, item in due]

    @staticmethod
    def _writes(entries, names) -> list[PendingWrite]:
        out = [
            PendingWrite(
                r.id,
                r.kind,
                r.shopper_id,
                names.get(r.shopper_id or "", ""),
                _state(r),
                refusal(r) if r.state == outbox.PARKED else None,
                r.created_at,
            )
            for r in entries
            if r.state != outbox.DELIVERED
        ]
        out.reverse()  # newest first
        return out
