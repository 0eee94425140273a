"""First answers to idempotent requests: a repeated key gets the first answer again.

Each stored answer names the shopper whose data it holds (`shopper_id`): erasing the
shopper redacts it (hq/erasure.py), and a repeat of it then answers 410 shopper_erased.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, literal, select, text

from clienteling.protocol.errors import ErrorCode

from . import tables as t
from .db import NAMED_LOCKS, serialise
from .errors import ERASED_STATUS, ApiError, shopper_erased

if TYPE_CHECKING:
    from pydantic import BaseModel

    from .auth import Principal
    from .db import Database, Writer


def request_hash(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def replay(conn: Connection, key: str, kind: str, body_hash: str) -> tuple[int, Any] | None:
    """The stored first answer for key, None if the key is new; 422 if the body differs,
    410 if the shopper it was about has been erased.

    Call inside a write transaction after `hold(w, key)`: requests with the same key
    then take turns, so none can slip in between this check and `remember`.
    """
    row = conn.execute(select(t.idempotency).where(t.idempotency.c.key == key)).first()
    return None if row is None else judge(row, key, kind, body_hash)


def judge(row: Any, key: str, kind: str, body_hash: str) -> tuple[int, Any]:
    """The first answer a stored row (kind, request_hash, status_code, response) gives a
    repeat of `key`; 422 if the body differs, 410 if its shopper has been erased."""
    if row.kind != kind or row.request_hash != body_hash:
        raise ApiError(
            422,
            ErrorCode.IDEMPOTENCY_MISMATCH,
            f"the id {key} was already used for a different {row.kind}; "
            "send a new id for a new request",
        )
    if row.status_code == ERASED_STATUS:
        raise shopper_erased()
    return row.status_code, row.response


def hold(w: Writer, key: str, *, shopper_id: str | None = None) -> None:
    """Until commit, the one write transaction working on request id `key` (others with
    the same id wait, then replay its answer; other ids do not wait). With `shopper_id`,
    then also the shopper's shared hold (access.hold_shopper), in the same statement."""
    if shopper_id is None or w.dialect != "postgresql":
        w.serialise(f"request:{key}")
        if shopper_id is not None:
            serialise(w.conn, f"shopper:{shopper_id}", shared=True)
        return
    # The subquery is a fence (OFFSET 0): the request's lock is held before the shopper's.
    w.conn.execute(_HOLD_BOTH, {"key": f"request:{key}", "shopper": f"shopper:{shopper_id}"})


_HOLD_BOTH = text(
    "SELECT pg_advisory_xact_lock_shared(:ns, hashtext(:shopper))"
    " FROM (SELECT pg_advisory_xact_lock(:ns, hashtext(:key)) OFFSET 0) k"
).bindparams(ns=NAMED_LOCKS)


def first_and_home(conn: Connection, key: str, shopper_id: str) -> tuple[Any, str | None]:
    """In one statement: the stored first answer of `key` (a row for `judge`, None if the
    key is new) and the shopper's home store (None: HQ does not hold the shopper).
    Call after `hold`, as `replay`."""
    i, s = t.idempotency.c, t.shoppers.c
    one = select(literal(1).label("one")).subquery()
    home = select(s.home_store).where(s.shopper_id == shopper_id).scalar_subquery()
    row = conn.execute(
        select(i.kind, i.request_hash, i.status_code, i.response, home.label("home")).select_from(
            one.outerjoin(t.idempotency, i.key == key)
        )
    ).one()
    return (row if row.kind is not None else None), row.home


def remember(
    conn: Connection,
    key: str,
    kind: str,
    body_hash: str,
    status: int,
    response: Any,
    now: datetime,
    shopper_id: str | None = None,
) -> None:
    row = stored(key, kind, body_hash, status, response, now, shopper_id)
    conn.execute(insert(t.idempotency), row)


def stored(
    key: str,
    kind: str,
    body_hash: str,
    status: int,
    response: Any,
    now: datetime,
    shopper_id: str | None = None,
) -> dict[str, Any]:
    """The row `remember` writes, to write beside others (statements.all_at_once)."""
    return {
        "key": key,
        "kind": kind,
        "request_hash": body_hash,
        "status_code": status,
        "response": response,
        "created_at": now,
        "shopper_id": shopper_id,
    }


def once(
    db: Database,
    who: Principal,
    kind: str,
    key: str,
    body: BaseModel,
    apply: Callable[[Writer], Any],
    now: datetime,
    *,
    roles: tuple[str, ...],
    what: str | None = None,
    shopper_id: str | None = None,
) -> tuple[int, Any]:
    """Run `apply` in one write transaction, once per client id (`key`): a repeat gets the
    first answer. Only an associate signed in at a terminal, in one of `roles`. The answer
    is stored as about `shopper_id` (by default the body's own `shopper_id`)."""
    who.require_associate(*roles, what=what or f"saving a {kind}")
    body_hash = request_hash(body.model_dump(mode="json"))
    with db.write() as w:
        hold(w, key)
        first = replay(w.conn, key, kind, body_hash)
        if first is not None:
            return first
        answer = apply(w)
        whose = shopper_id or getattr(body, "shopper_id", None)
        remember(w.conn, key, kind, body_hash, 201, answer, now, whose)
    return 201, answer
