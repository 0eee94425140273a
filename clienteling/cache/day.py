"""What an associate's day on this terminal reads: the shoppers they opened here, their open
follow-ups, and the names of shoppers and associates the home screen shows.

The shoppers an associate opened are kept in `meta` (one key per associate, a short list,
newest first) rather than in a table of their own: they are this terminal's memory, never
sent to HQ, and a shopper no longer in the cache (erased, out of scope) is left out when the
list is read and dropped from it at the next open.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlcipher3

from clienteling.domain.engagement import Task

from . import rows
from .rows import dicts
from .store import transaction

RECENT_KEPT = 20  # shoppers remembered per associate
_RECENT = "recent:"  # meta key prefix, then the associate's id


def _recent(conn: sqlcipher3.Connection, associate_id: str) -> list[list[str]]:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_RECENT + associate_id,)).fetchone()
    return json.loads(row[0]) if row else []


def record_open(conn: sqlcipher3.Connection, associate_id: str, shopper_id: str, at: str) -> None:
    """Remember that the associate opened the shopper at `at` (ISO 8601), on the writer."""
    with transaction(conn):
        kept = [[shopper_id, at]] + [e for e in _recent(conn, associate_id) if e[0] != shopper_id]
        present = set(shopper_names(conn, [e[0] for e in kept]))
        kept = [e for e in kept if e[0] in present][:RECENT_KEPT]
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_RECENT + associate_id, json.dumps(kept)),
        )


def recent_opens(conn: sqlcipher3.Connection, associate_id: str) -> list[tuple[str, str]]:
    """(shopper id, opened at) the associate opened here, newest first, shoppers still cached."""
    kept = _recent(conn, associate_id)
    present = set(shopper_names(conn, [e[0] for e in kept]))
    return [(e[0], e[1]) for e in kept if e[0] in present]


def shopper_names(conn: sqlcipher3.Connection, shopper_ids: Iterable[str]) -> dict[str, str]:
    """shopper id -> "First Last" for those in the cache."""
    ids = list(dict.fromkeys(shopper_ids))
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    found = conn.execute(
        f"SELECT shopper_id, first_name, last_name FROM shoppers WHERE shopper_id IN ({marks})",
        ids,
    )
    return {r[0]: " ".join(p for p in (r[1], r[2]) if p) for r in found}


def shopper_tiers(conn: sqlcipher3.Connection, shopper_ids: Iterable[str]) -> dict[str, str]:
    ids = list(dict.fromkeys(shopper_ids))
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    found = conn.execute(
        f"SELECT shopper_id, tier FROM shoppers WHERE shopper_id IN ({marks})", ids
    )
    return {r[0]: r[1] for r in found}


def associate_names(conn: sqlcipher3.Connection, associate_ids: Iterable[str]) -> dict[str, str]:
    """associate id -> name, for those the cache knows."""
    ids = [i for i in dict.fromkeys(associate_ids) if i]
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    found = conn.execute(
        f"SELECT associate_id, name FROM associates WHERE associate_id IN ({marks})", ids
    )
    return {r[0]: r[1] for r in found}


def open_tasks_of(conn: sqlcipher3.Connection, associate_id: str) -> list[Task]:
    """The associate's open follow-ups as synced, by due date."""
    found = conn.execute(
        "SELECT * FROM tasks WHERE associate_id = ? AND status = 'open' ORDER BY due_at",
        (associate_id,),
    )
    return [rows.task(r) for r in dicts(found, "tasks")]
