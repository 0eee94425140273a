"""The durable outbox: every local write is committed here before anything says "saved".

`enqueue` is the only way in; the sync engine moves entries on (`due`,
`delivered`, `retry_later`, `hq_answers`, `park`) and the associate may `withdraw` one.

Entries are delivered in the order they were made, per shopper: an entry
waits while an earlier entry of the same shopper is still pending. A
permanently rejected entry is parked with its reason (never retried forever,
never dropped silently).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlcipher3

from clienteling.domain.said import HQ, Said

from .store import transaction

PENDING, DELIVERED, PARKED = "pending", "delivered", "parked"
WITHDRAWN = "withdrawn"  # set aside by the associate: never sent, or refused and not retried


@dataclass(frozen=True, slots=True)
class Record:
    """An outbox entry with where it stands: pending, delivered (with HQ's answer), parked
    (with the reason) or withdrawn."""

    n: int
    id: str
    kind: str
    shopper_id: str | None
    method: str
    path: str
    body: dict[str, Any]
    state: str
    attempts: int  # failed tries of any kind (the back-off grows with them)
    server_errors: int  # of which HQ answered with a server error (500)
    last_error: str | None  # a Said (code and values) when the failure had a code (v10)
    answer_status: int | None
    answer: Any
    created_at: str
    updated_at: str
    author_id: str | None  # the associate who made it (None: made before authors were kept)
    signed_in: str | None  # how they were signed in when they made it: "online" or "offline"


_RECORD = (
    "n, id, kind, shopper_id, method, path, body, state, attempts, server_errors, last_error, "
    "answer_status, answer, created_at, updated_at, author_id, signed_in, "
    "last_error_code, last_error_values"
)


def _record(row: tuple) -> Record:
    *values, code, said_values = row
    values[6] = json.loads(values[6])
    values[12] = json.loads(values[12]) if values[12] else None
    if values[10] is not None and code:  # entries that failed before v10 keep their words
        values[10] = Said(values[10], code, **(json.loads(said_values) if said_values else {}))
    return Record(*values)


def _failure(words: str | None) -> dict[str, Any]:
    """The columns of a failure: its words, and its code and values when it is a Said."""
    said = isinstance(words, Said) and bool(words.code)
    return {
        "last_error": words,
        "last_error_code": words.code if said else None,
        "last_error_values": (
            json.dumps(words.values, ensure_ascii=False, default=str) if said else None
        ),
    }


def _now() -> str:
    return datetime.now(UTC).isoformat()


def enqueue(
    conn: sqlcipher3.Connection,
    *,
    id: str,
    kind: str,
    shopper_id: str | None,
    method: str,
    path: str,
    body: dict[str, Any],
    author_id: str | None = None,
    signed_in: str | None = None,
) -> None:
    """Commit the entry durably (synchronous=FULL) before returning. `author_id` is the
    associate who made it, `signed_in` how ("online" or "offline")."""
    now = _now()
    conn.execute("PRAGMA synchronous = FULL")
    try:
        with transaction(conn):
            conn.execute(
                "INSERT INTO outbox (id, kind, shopper_id, method, path, body, created_at, "
                "updated_at, author_id, signed_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    id,
                    kind,
                    shopper_id,
                    method,
                    path,
                    json.dumps(body, ensure_ascii=False, separators=(",", ":")),
                    now,
                    now,
                    author_id,
                    signed_in,
                ),
            )
    finally:
        conn.execute("PRAGMA synchronous = NORMAL")


def due(conn: sqlcipher3.Connection, now: datetime, limit: int = 100) -> list[Record]:
    """Entries to send now: the oldest pending one of each shopper, if its time has come.

    The time is tested before the limit: entries waiting out a back-off never
    hide one that is due, however many there are.
    """
    rows = conn.execute(
        f"SELECT {_RECORD} FROM outbox o WHERE state = 'pending' "
        "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
        "AND (shopper_id IS NULL OR NOT EXISTS ("
        " SELECT 1 FROM outbox e WHERE e.state = 'pending' AND e.shopper_id = o.shopper_id"
        " AND e.n < o.n)) ORDER BY n LIMIT ?",
        (now.isoformat(), limit),
    ).fetchall()
    return [_record(r) for r in rows]


def _update(conn: sqlcipher3.Connection, n: int, **values: Any) -> None:
    values["updated_at"] = _now()
    cols = ", ".join(f"{k} = ?" for k in values)
    conn.execute(f"UPDATE outbox SET {cols} WHERE n = ?", (*values.values(), n))


def delivered(conn: sqlcipher3.Connection, n: int, status: int, answer: Any) -> None:
    _update(
        conn,
        n,
        state=DELIVERED,
        answer_status=status,
        **_failure(None),
        answer=json.dumps(answer, ensure_ascii=False),
    )


def answered(conn: sqlcipher3.Connection, n: int, status: int, answer: Any) -> None:
    """Keep HQ's answer on the entry, whatever state it is in."""
    _update(conn, n, answer_status=status, answer=json.dumps(answer, ensure_ascii=False))


def retry_later(
    conn: sqlcipher3.Connection,
    n: int,
    error: str,
    at: datetime,
    *,
    server_error: bool = False,
    unreachable: bool = False,
) -> None:
    """Keep it pending until `at`; `server_error`: HQ answered this try with a 500;
    `unreachable`: no answer from HQ at all, so it is due again as soon as HQ answers
    (`hq_answers`), whichever comes first."""
    with transaction(conn):
        conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, server_errors = server_errors + ? "
            "WHERE n = ?",
            (int(server_error), n),
        )
        _update(
            conn, n, **_failure(error), next_attempt_at=at.isoformat(), unreachable=int(unreachable)
        )


def waits_for_hq(conn: sqlcipher3.Connection) -> bool:
    """Whether an entry waits only because HQ could not be reached (`hq_answers` has work)."""
    return (
        conn.execute(
            "SELECT 1 FROM outbox WHERE state = ? AND unreachable = 1 LIMIT 1", (PENDING,)
        ).fetchone()
        is not None
    )


def hq_answers(conn: sqlcipher3.Connection) -> int:
    """HQ answered again: entries that wait only because it could not be reached are due
    now (their back-off was for the outage, which is over). Entries HQ itself asked to
    wait (busy, server errors) keep theirs. Returns how many."""
    return conn.execute(
        "UPDATE outbox SET next_attempt_at = NULL, unreachable = 0, updated_at = ? "
        "WHERE state = ? AND unreachable = 1",
        (_now(), PENDING),
    ).rowcount


# What a later entry's path looks like when it acts on what an earlier entry made (the
# earlier entry's id is the id of what it made): it cannot go to HQ without it.
DEPENDENT_PATHS = ("/wishlist/{id}", "/tasks/{id}/complete", "/orders/{id}/status")


def park(
    conn: sqlcipher3.Connection, n: int, status: int | None, reason: str, answer: Any
) -> list[str]:
    """Set the entry aside with HQ's reason; so are the later entries that act on what it
    would have made (removing that wishlist item, completing that follow-up, cancelling that
    order). Returns the ids of those dependents. The shopper's other entries move on."""
    with transaction(conn):
        _update(
            conn,
            n,
            state=PARKED,
            answer_status=status,
            **_failure(reason),
            answer=json.dumps(answer, ensure_ascii=False),
        )
        row = conn.execute("SELECT id, shopper_id FROM outbox WHERE n = ?", (n,)).fetchone()
        paths = [p.format(id=row[0]) for p in DEPENDENT_PATHS]
        marks = ",".join("?" * len(paths))
        dependents = [
            r[0]
            for r in conn.execute(
                f"SELECT id FROM outbox WHERE state = ? AND n > ? AND shopper_id IS ? "
                f"AND path IN ({marks})",
                (PENDING, n, row[1], *paths),
            )
        ]
        why = _failure(Said(f"it acts on a write HQ refused: {reason}", "acts_on_refused"))
        for dependent in dependents:
            conn.execute(
                "UPDATE outbox SET state = ?, last_error = ?, last_error_code = ?, "
                "last_error_values = ?, updated_at = ? WHERE id = ?",
                (PARKED, *why.values(), _now(), dependent),
            )
    return dependents


ERASED_REASON = (
    "HQ erased this shopper's data (a privacy request), so this write was set aside and "
    "will not be sent; the shopper is no longer on this terminal"
)
_ERASED = _failure(Said(ERASED_REASON, f"{HQ}shopper_erased"))


def set_aside_erased(conn: sqlcipher3.Connection, shopper_ids: list[str]) -> int:
    """Park every pending entry of shoppers HQ erased, with the reason, inside the caller's
    transaction; returns how many."""
    marks = ",".join("?" * len(shopper_ids))
    return conn.execute(
        f"UPDATE outbox SET state = ?, last_error = ?, last_error_code = ?, "
        f"last_error_values = ?, updated_at = ? WHERE shopper_id IN ({marks}) AND state = ?",
        (PARKED, *_ERASED.values(), _now(), *shopper_ids, PENDING),
    ).rowcount


def withdraw(conn: sqlcipher3.Connection, id: str, kind: str) -> bool:
    """Set aside a pending or parked entry; False if it was delivered (or set aside) meanwhile.

    An entry being sent at this very moment may still reach HQ; its answer
    then marks it delivered.
    """
    with transaction(conn):
        done = conn.execute(
            "UPDATE outbox SET state = ?, updated_at = ? WHERE id = ? AND kind = ? "
            "AND state IN (?, ?)",
            (WITHDRAWN, _now(), id, kind, PENDING, PARKED),
        ).rowcount
    return done == 1


def depth(conn: sqlcipher3.Connection, *, without: tuple[str, ...] = ()) -> dict[str, int]:
    """Entries per state, leaving out the kinds in `without`."""
    where = f"WHERE kind NOT IN ({','.join('?' * len(without))})" if without else ""
    counts = dict(
        conn.execute(f"SELECT state, count(*) FROM outbox {where} GROUP BY state", without)
    )
    return {s: counts.get(s, 0) for s in (PENDING, DELIVERED, PARKED)}


# --- reading entries back ------------------------------------------------------------------


def record(conn: sqlcipher3.Connection, id: str) -> Record | None:
    row = conn.execute(f"SELECT {_RECORD} FROM outbox WHERE id = ?", (id,)).fetchone()
    return _record(row) if row else None


def records(
    conn: sqlcipher3.Connection,
    *,
    kinds: tuple[str, ...] | None = None,
    states: tuple[str, ...] | None = None,
    shopper_id: str | None = None,
    since: str | None = None,
    newest_first: bool = False,
) -> list[Record]:
    """Entries (of these kinds, in these states, of one shopper, made since `since`: each
    when given), in the order they were made."""
    where, args = ["true"], []
    if kinds is not None:
        where.append(f"kind IN ({','.join('?' * len(kinds))})")
        args += kinds
    if states is not None:
        where.append(f"state IN ({','.join('?' * len(states))})")
        args += states
    if shopper_id is not None:
        where.append("shopper_id = ?")
        args.append(shopper_id)
    if since is not None:
        where.append("created_at >= ?")
        args.append(since)
    order = "DESC" if newest_first else ""
    found = conn.execute(
        f"SELECT {_RECORD} FROM outbox WHERE {' AND '.join(where)} ORDER BY n {order}", args
    )
    return [_record(r) for r in found]
