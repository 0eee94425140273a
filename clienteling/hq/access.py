"""Which shopper a request is about, and the audit of shoppers served away from home.

Every read or write about a shopper id first finds the shopper: an id HQ does not
know (made up, mistyped) answers 404 `shopper_unknown`, an erased shopper's 410
`shopper_erased`, and nothing is stored. Any store may serve any shopper of the
chain (travellers shop where they are); when the shopper's home store is not the
caller's, the access is recorded in `shopper_access`: who, from which store and
terminal, which shopper, what was done, and when. Ids only, never the shopper's
data. docs/security.md, "Serving travellers".
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from . import tables as t
from .auth import Principal
from .db import Database, serialise
from .errors import no_shopper
from .feed import jsonable

AUDIT_LIMIT = 500  # rows a GET /v1/shopper-access page may ask for


def home_stores(
    conn: Connection, shopper_ids: Iterable[str], *, hold: bool = False
) -> dict[str, str | None]:
    """Each shopper's home store; 404 shopper_unknown (410 shopper_erased) for the first
    id HQ does not hold.

    `hold` (in a write about the shoppers): until commit the shoppers cannot be
    erased (`hold_shopper`), so an erasure never misses a row written beside it;
    other writes about the same shoppers do not wait.
    """
    wanted = list(dict.fromkeys(shopper_ids))
    if hold:
        for shopper_id in sorted(wanted):
            hold_shopper(conn, shopper_id)
    s = t.shoppers.c
    query = select(s.shopper_id, s.home_store).where(s.shopper_id.in_(wanted))
    found = dict(conn.execute(query).all())
    for shopper_id in wanted:
        if shopper_id not in found:
            raise no_shopper(conn, shopper_id)
    return found


def hold_shopper(conn: Connection, shopper_id: str, *, erasing: bool = False) -> None:
    """Until commit: writes about the shopper hold this shared, an erasure alone
    (`erasing`). A write that comes second finds the shopper gone (410); an erasure
    that comes second erases what the writes before it committed. PostgreSQL; SQLite
    writers take turns anyway."""
    serialise(conn, f"shopper:{shopper_id}", shared=not erasing)


def known(conn: Connection, shopper_id: str, *, hold: bool = False) -> str | None:
    """The shopper's home store; 404 shopper_unknown when HQ does not know the id."""
    return home_stores(conn, [shopper_id], hold=hold)[shopper_id]


def away(who: Principal, homes: dict[str, str | None]) -> dict[str, str | None]:
    """The shoppers of `homes` served away from their home store by this caller."""
    if who.chain_wide or who.kind not in ("session", "grant", "token"):
        return {}  # integration tokens work for the chain; a bare terminal reads no shopper
    return {sid: home for sid, home in homes.items() if home != who.store_id}


def note(
    conn: Connection, who: Principal, homes: dict[str, str | None], action: str, now: datetime
) -> None:
    """Record the shoppers of another store this caller read or wrote (in the caller's
    transaction: a write and its record commit together)."""
    rows = visits(who, homes, action, now)
    if rows:
        conn.execute(t.shopper_access.insert(), rows)


def visits(
    who: Principal, homes: dict[str, str | None], action: str, now: datetime
) -> list[dict[str, Any]]:
    """The rows `note` writes (none when every shopper is the caller's store's)."""
    return [
        {
            "at": now,
            "actor_kind": who.kind,
            "associate_id": who.associate_id,
            "actor_id": who.actor_id,
            "store_id": who.store_id,
            "device_id": who.device_id,
            "shopper_id": shopper_id,
            "home_store": home,
            "action": action,
        }
        for shopper_id, home in away(who, homes).items()
    ]


def note_read(
    db: Database, who: Principal, homes: dict[str, str | None], action: str, now: datetime
) -> None:
    """`note` for a read: its own short transaction, only when there is something to note."""
    if away(who, homes):
        with db.write_unsequenced() as conn:
            note(conn, who, homes, action, now)


def served(conn: Connection, who: Principal, shopper_id: str, action: str, now: datetime) -> None:
    """Inside a write: the shopper must exist (and stays, until commit: `home_stores`);
    an access from another store is noted."""
    note(conn, who, {shopper_id: known(conn, shopper_id, hold=True)}, action, now)


def list_access(
    db: Database,
    who: Principal,
    *,
    store_id: str | None = None,
    since: datetime | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """The newest accesses first. A manager sees what their store's associates did (their
    token likewise); an integration token sees the chain's, or one store's."""
    if who.kind in ("session", "grant"):
        who.require("manager", what="reading the shopper access log")
    else:
        who.require("manager", "integration", what="reading the shopper access log")
    if who.store_id is not None:
        who.require_store(store_id or who.store_id, "reading another store's access log")
        store_id = who.store_id
    a = t.shopper_access.c
    query = select(t.shopper_access).order_by(a.at.desc(), a.id.desc()).limit(limit)
    if store_id is not None:
        query = query.where(a.store_id == store_id)
    if since is not None:
        query = query.where(a.at >= since)
    with db.read() as conn:
        return [{k: jsonable(v) for k, v in r._mapping.items()} for r in conn.execute(query)]
