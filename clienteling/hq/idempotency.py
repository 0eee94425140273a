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

from sqlalchemy import Connection, insert, select

from clienteling.protocol.errors import ErrorCode

from . import tables as t
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
    if row is None:
        return None
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


def hold(w: Writer, key: str) -> None:
    """Until commit, the one write transaction working on request id `key` (others with
    the same id wait, then replay its answer; other ids do not wait)."""
    w.serialise(f"request:{key}")


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
    conn.execute(
        insert(t.idempotency).values(
            key=key,
            kind=kind,
            request_hash=body_hash,
            status_code=status,
            response=response,
            created_at=now,
            shopper_id=shopper_id,
        )
    )


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
