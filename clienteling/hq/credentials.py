"""Terminals' and back-office tokens' credentials: their last use, listing and revoking them.

Lists show ids, names, store and times, never a token or its digest. A
revocation takes effect on the next request: `auth.resolve` reads the
credential on every call (nothing is cached), and the sessions opened on a
revoked terminal are ended with it and refused (`session_revoked`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Connection, Row, or_, select, update

from . import tables as t
from .auth import DEVICE, END_DEVICE_REVOKED, Principal, audit, end_sessions_of
from .db import Database

# A credential's last use is written at most this often: a write on every request
# would queue every call behind the database's writer.
USE_NOTED_EVERY = timedelta(minutes=5)

_DEVICE_FIELDS = (
    *("device_id", "name", "store_id", "created_at", "last_used_at"),
    *("app_version", "cache_schema", "protocol", "versions_at"),  # what it said it runs
    *("last_sync_at", "queued_writes", "parked_writes"),  # where it said it stands
)
_TOKEN_FIELDS = ("token_id", "name", "role", "store_id", "created_at", "last_used_at")
_REVOKED_FIELDS = ("revoked_at", "revoked_by")


def note_use(db: Database, who: Principal, now: datetime) -> None:
    """Record that a terminal or an API token was used (sessions are not tracked)."""
    if who.kind == DEVICE:
        key = t.devices.c.device_id
    elif who.kind == "token":
        key = t.api_tokens.c.token_id
    else:
        return
    if who.last_used_at is not None and now - who.last_used_at < USE_NOTED_EVERY:
        return
    with db.write_unsequenced() as conn:
        conn.execute(update(key.table).where(key == who.actor_id).values(last_used_at=now))


def _out(row: Row, fields: tuple[str, ...]) -> dict:
    return {name: getattr(row, name) for name in fields + _REVOKED_FIELDS}


# --- terminals ------------------------------------------------------------------------


def list_devices(conn: Connection, store_id: str | None = None) -> list[dict]:
    """The terminals (of one store, or all), oldest first, revoked ones included."""
    q = select(t.devices).order_by(t.devices.c.store_id, t.devices.c.created_at)
    if store_id is not None:
        q = q.where(t.devices.c.store_id == store_id)
    return [_out(row, _DEVICE_FIELDS) for row in conn.execute(q)]


def device(conn: Connection, device_id: str) -> dict | None:
    row = conn.execute(select(t.devices).where(t.devices.c.device_id == device_id)).first()
    return None if row is None else _out(row, _DEVICE_FIELDS)


def revoke_device(
    db: Database,
    device_id: str,
    now: datetime,
    *,
    actor_kind: str,
    actor_id: str,
    detail: dict | None = None,
) -> dict:
    """Revoke a terminal and end its sessions, in one transaction, audited.

    Returns the terminal as `list_devices` shows it, with `sessions_ended` and
    `already` (revoked before: nothing changes, no new audit entry).
    ValueError when there is no such terminal.
    """
    d = t.devices.c
    with db.write_unsequenced() as conn:
        done = conn.execute(
            update(t.devices)
            .where(d.device_id == device_id, d.revoked_at.is_(None))
            .values(revoked_at=now, revoked_by=actor_id[:64])
        ).rowcount
        ended = 0
        if done:
            ended = end_sessions_of(conn, now, END_DEVICE_REVOKED, device_id=device_id)
        row = conn.execute(select(t.devices).where(d.device_id == device_id)).first()
        if row is None:
            raise ValueError(f"no terminal with id {device_id!r} (see: device list)")
        if done:
            audit(
                conn,
                now,
                actor_kind,
                actor_id,
                "revoke_device",
                "device",
                device_id,
                {"store_id": row.store_id, "sessions_ended": ended, **(detail or {})},
            )
    return {**_out(row, _DEVICE_FIELDS), "sessions_ended": ended, "already": not done}


# --- back-office API tokens -----------------------------------------------------------


def list_tokens(conn: Connection) -> list[dict]:
    """Every API token, oldest first, revoked ones included; never the token itself."""
    q = select(t.api_tokens).order_by(t.api_tokens.c.created_at, t.api_tokens.c.token_id)
    return [_out(row, _TOKEN_FIELDS) for row in conn.execute(q)]


def _token_to_revoke(conn: Connection, name_or_id: str) -> str:
    """The token id meant by an id or a name; ValueError when none or several match."""
    c = t.api_tokens.c
    rows = conn.execute(
        select(c.token_id, c.name, c.revoked_at)
        .where(or_(c.token_id == name_or_id, c.name == name_or_id))
        .order_by(c.created_at)
    ).all()
    by_id = [r for r in rows if r.token_id == name_or_id]
    if by_id:
        return by_id[0].token_id
    live = [r for r in rows if r.revoked_at is None]
    if len(live) > 1:
        ids = ", ".join(r.token_id for r in live)
        raise ValueError(f"{len(live)} tokens are named {name_or_id!r} ({ids}); give the id")
    if live:
        return live[0].token_id
    if rows:
        return rows[-1].token_id  # only revoked ones: say so
    raise ValueError(f"no API token with id or name {name_or_id!r} (see: api-token list)")


def revoke_token(
    db: Database, name_or_id: str, now: datetime, *, actor_kind: str, actor_id: str
) -> dict:
    """Revoke an API token by id or name, audited; returns it as `list_tokens` shows it,
    with `already` true when it had been revoked before."""
    c = t.api_tokens.c
    with db.write_unsequenced() as conn:
        token_id = _token_to_revoke(conn, name_or_id)
        done = conn.execute(
            update(t.api_tokens)
            .where(c.token_id == token_id, c.revoked_at.is_(None))
            .values(revoked_at=now, revoked_by=actor_id[:64])
        ).rowcount
        row = conn.execute(select(t.api_tokens).where(c.token_id == token_id)).one()
        if done:
            audit(
                conn,
                now,
                actor_kind,
                actor_id,
                "revoke_token",
                "api_token",
                token_id,
                {"role": row.role, "store_id": row.store_id},
            )
    return {**_out(row, _TOKEN_FIELDS), "already": not done}
