"""The settings revision token of `GET /v1/changes` (docs/api.md, "One request per poll").

A terminal fetches its chain's scan settings (hq/scan_settings.py) and its store's
fleet settings (hq/fleet.py: the chain's values and the store's own). Every write of
either takes a change-sequence value and keeps it for its scope in
`settings_revisions`: "scan", "chain", or the store's id. A store's token is the
highest of its three, so it changes whenever anything the store's terminals fetch
does, and a terminal fetches the settings only when it differs from the one it
last applied. Taking the value is what wakes waiting long polls: the watermark
rises as for any commit (hq/live.py), and the poll answers when the token it reads
differs from the one the terminal sent.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from . import tables as t
from .db import Writer

SCAN = "scan"
CHAIN = "chain"  # hq/fleet.py's scope of the chain's values


def touch(w: Writer, scope: str) -> None:
    """Note, in the write `w`, that the settings of `scope` change."""
    w.upsert(t.settings_revisions, [{"scope": scope}], key=["scope"])


def token_of(store_id, label: str = "settings"):
    """The store's token as a scalar subquery (one primary-key probe per scope), to fold
    into another statement. `store_id`: the store's id, or the column that holds it in
    the statement it goes into (hq/poll.py: the credential's row)."""
    r = t.settings_revisions.c
    return (
        select(func.coalesce(func.max(r.seq), 0))
        .where(r.scope.in_((SCAN, CHAIN, store_id)))
        .scalar_subquery()
        .label(label)
    )


def token(conn: Connection, store_id: str) -> str:
    """The store's token: opaque text, equal for equal settings revisions."""
    return str(conn.execute(select(token_of(store_id))).scalar_one())
