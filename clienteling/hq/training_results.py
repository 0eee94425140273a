"""Training results: each finished training scenario, sent by the trainee from a store
terminal as their own write, and read by the managers of that store (docs/training.md,
"Results for managers").

A result is ids and counts only. It lives in its own table, which no sale, activity or
other figure reads: training never counts as work done in the store.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from clienteling.protocol.writes import TrainingResultIn

from . import tables as t
from .auth import Principal
from .db import Database, Writer
from .errors import forbidden
from .idempotency import once

# Who records a result: whoever trained, in whatever role they now work.
RECORDERS = ("associate", "manager", "trainee")
LIMIT = 500  # rows a GET /v1/training-results page may ask for


def record(db: Database, who: Principal, body: TrainingResultIn, now: datetime):
    """Keep one finished scenario, once per client id. Only the trainee themselves may send
    it, signed in at a terminal (or with their write grant): a result naming anyone else is
    refused (403), whatever the caller's role."""

    what = "recording a training result"
    who.require_associate(*RECORDERS, what=what)
    if body.employee_id != who.actor_id:  # checked before a repeat gets the first answer
        raise forbidden(
            f"a training result is recorded by the trainee themselves; {who.actor_id} "
            "cannot record another associate's result"
        )

    def apply(w: Writer):
        w.conn.execute(
            t.training_results.insert().values(
                result_id=str(body.result_id),
                associate_id=who.actor_id,
                store_id=who.store_id,
                device_id=who.device_id,
                scenario_id=body.scenario_id,
                seconds=body.seconds,
                hints=body.hints,
                mistakes=body.mistakes,
                finished_at=body.finished_at,
                recorded_at=now,
            )
        )
        return {"id": str(body.result_id)}

    return once(
        db,
        who,
        "training_result",
        str(body.result_id),
        body,
        apply,
        now,
        roles=RECORDERS,
        what=what,
    )


def list_results(
    db: Database,
    who: Principal,
    store_id: str | None,
    *,
    employee_id: str | None = None,
    since: datetime | None = None,
    limit: int = 100,
) -> list[dict]:
    """A store's training results, newest first: for its managers (their own store only) and
    integration tokens (any store, or the chain without `store_id`)."""
    who.require("manager", "integration", what="reading training results")
    store_id = store_id or who.store_id
    who.require_store(store_id, "reading another store's training results")
    r, a = t.training_results.c, t.associates.c
    query = select(
        r.result_id,
        r.associate_id.label("employee_id"),
        a.name,
        r.store_id,
        r.scenario_id,
        r.seconds,
        r.hints,
        r.mistakes,
        r.finished_at,
        r.recorded_at,
    ).outerjoin(t.associates, a.associate_id == r.associate_id)
    if store_id is not None:
        query = query.where(r.store_id == store_id)
    if employee_id is not None:
        query = query.where(r.associate_id == employee_id)
    if since is not None:
        query = query.where(r.recorded_at >= since)
    query = query.order_by(r.recorded_at.desc(), r.result_id).limit(limit)
    with db.read() as conn:
        return [dict(row._mapping) for row in conn.execute(query)]
