"""The store's activity as this terminal holds it: the latest report HQ sent per period, and
the engagement records the cache can count by itself while HQ cannot be reached.

`save` / `latest`: one report per (store, period) in `activity_reports` (cache v8), with
HQ's "as of" time, replaced by the next one; with it, the trainees' results HQ gave for the
same period (kept in the body under `TRAINEES`, split off again by `latest`), so the view
shows them offline beside the figures as it does online. `people`: names and roles of the
associates the cache knows. `engagement_rows`: the store's notes and
follow-ups synced from HQ, and the writes made on this terminal (notes, follow-ups,
profile edits, visit ratings) that HQ may not have yet, one row per record, each with its
author and when it was made. Reading and writing run on the caller's connection.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlcipher3

from .store import transaction


@dataclass(frozen=True)
class SavedReport:
    store_id: str
    period: str  # today, 7d, 30d, custom
    day_from: str  # YYYY-MM-DD, first day
    day_to: str  # YYYY-MM-DD, last day (included)
    as_of: str  # ISO 8601: when HQ computed it
    saved_at: str  # ISO 8601: when this terminal kept it
    body: dict[str, Any]  # the report as HQ sent it
    trainees: list[dict[str, Any]] | None = None  # trainees' results kept with it (None: none)


TRAINEES = "_kept_trainees"  # the key of the trainees' results inside a kept body


def save(
    conn: sqlcipher3.Connection,
    store_id: str,
    period: str,
    day_from: str,
    day_to: str,
    as_of: str,
    body: dict[str, Any],
    trainees: list[dict[str, Any]] | None = None,
) -> None:
    """Keep `body` as the latest report of the store for `period` (on the writer), with
    the trainees' results of the period when HQ gave them."""
    if trainees is not None:
        body = {**body, TRAINEES: trainees}
    with transaction(conn):
        conn.execute(
            "INSERT INTO activity_reports (store_id, period, day_from, day_to, as_of, saved_at,"
            " body) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (store_id, period) DO UPDATE SET"
            " day_from = excluded.day_from, day_to = excluded.day_to, as_of = excluded.as_of,"
            " saved_at = excluded.saved_at, body = excluded.body",
            (
                store_id,
                period,
                day_from,
                day_to,
                as_of,
                datetime.now(UTC).isoformat(),
                json.dumps(body, ensure_ascii=False),
            ),
        )


def latest(conn: sqlcipher3.Connection, store_id: str, period: str) -> SavedReport | None:
    row = conn.execute(
        "SELECT store_id, period, day_from, day_to, as_of, saved_at, body FROM activity_reports"
        " WHERE store_id = ? AND period = ?",
        (store_id, period),
    ).fetchone()
    if row is None:
        return None
    body = json.loads(row[6])
    trainees = body.pop(TRAINEES, None)
    return SavedReport(*row[:6], body, trainees)


def people(conn: sqlcipher3.Connection, associate_ids: list[str]) -> dict[str, tuple[str, str]]:
    """associate id -> (name, role) for those the cache knows."""
    ids = [i for i in dict.fromkeys(associate_ids) if i]
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    found = conn.execute(
        f"SELECT associate_id, name, role FROM associates WHERE associate_id IN ({marks})", ids
    )
    return {r[0]: (r[1], r[2]) for r in found}


@dataclass(frozen=True)
class EngagementRow:
    """One engagement record the cache holds: what it was, by whom, about whom, when."""

    id: str
    kind: str  # note, task, task_done, changes, preferences, feedback
    associate_id: str | None
    shopper_id: str | None
    at: str  # ISO 8601
    score: int | None = None  # a visit rating's score
    here_only: bool = False  # made on this terminal and not (yet) synced back from HQ


_KINDS = ("note", "task", "task_done", "changes", "preferences", "feedback")


def engagement_rows(
    conn: sqlcipher3.Connection, store_id: str, start: str, end: str
) -> list[EngagementRow]:
    """The engagement records of the store made in [start, end) (ISO 8601 instants)."""
    found: dict[tuple[str, str], EngagementRow] = {}
    for note_id, shopper_id, associate_id, at in conn.execute(
        "SELECT note_id, shopper_id, associate_id, created_at FROM notes"
        " WHERE store_id = ? AND created_at >= ? AND created_at < ?",
        (store_id, start, end),
    ):
        found[("note", note_id)] = EngagementRow(note_id, "note", associate_id, shopper_id, at)
    for task_id, shopper_id, associate_id, created, done in conn.execute(
        "SELECT task_id, shopper_id, associate_id, created_at, done_at FROM tasks"
        " WHERE store_id = ? AND ((created_at >= ? AND created_at < ?)"
        " OR (done_at >= ? AND done_at < ?))",
        (store_id, start, end, start, end),
    ):
        if created and start <= created < end:
            found[("task", task_id)] = EngagementRow(
                task_id, "task", associate_id, shopper_id, created
            )
        if done and start <= done < end:
            found[("task_done", task_id)] = EngagementRow(
                task_id, "task_done", associate_id, shopper_id, done
            )
    marks = ",".join("?" * len(_KINDS))
    for id_, kind, shopper_id, author, at, body, path in conn.execute(
        f"SELECT id, kind, shopper_id, author_id, created_at, body, path FROM outbox"
        f" WHERE kind IN ({marks}) AND state != 'withdrawn' AND created_at >= ?"
        f" AND created_at < ? ORDER BY n",
        (*_KINDS, start, end),
    ):
        data = json.loads(body) if body else {}
        key_id = path.split("/")[-2] if kind == "task_done" else id_  # /tasks/{id}/complete
        if (kind, key_id) in found:
            continue  # HQ has it and sent it back: counted once
        score = data.get("score") if kind == "feedback" else None
        found[(kind, key_id)] = EngagementRow(
            key_id, kind, author, shopper_id, at, score, here_only=True
        )
    return sorted(found.values(), key=lambda r: r.at)
