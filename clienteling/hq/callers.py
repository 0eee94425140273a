"""Who is calling, in three steps every route's caller goes through (`create_app`'s
`Who` and `Writer`, and `GET /v1/changes`, which runs the middle one inside its own read):

1. `presented`: what the request carries (bearer credential, write grant, the versions
   and sync state a terminal reports), read from its headers with no database: a
   request without credentials, or with a write grant where none is taken, is refused
   here.
2. `identify`: the credential read in the caller's connection, in one statement (a
   grant: two) with the stored versions, the chain's fleet policy and whatever else the
   caller asks for (`also`): revocation, roles and the device are checked on every
   request, nothing is cached (hq/auth.py `resolve`).
3. `settle`: the credential's use and the terminal's report noted (rarely a write), and
   426 for a terminal below the chain's minimum protocol.

A route's `Who`/`Writer` parameter takes the first step on the event loop (`dependency`)
and the other two in the route's own thread, just before the route (`Caller`,
hq/routing.py `route`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection
from starlette.datastructures import Headers
from starlette.requests import Request

from clienteling.protocol.auth import WRITE_GRANT
from clienteling.protocol.errors import ErrorCode

from . import auth, credentials, fleet
from .auth import Principal
from .db import Database
from .errors import ApiError


@dataclass(frozen=True)
class Presented:
    """What one request presents: read once, before any database work."""

    token: str
    grant: str | None
    said: fleet.Reported
    now: datetime


class Callers:
    """The three steps over one database and clock; `create_app` makes one."""

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self.db, self.clock = db, clock
        self.chain = fleet.chain_columns()  # the chain's policy, read with every credential

    def presented(self, headers: Headers, *, grants: bool) -> Presented:
        header = headers.get("authorization", "")
        token = header[7:].strip() if header[:7].lower() == "bearer " else ""
        grant = headers.get(WRITE_GRANT)
        if grant is not None and not grants:
            raise ApiError(
                403, ErrorCode.FORBIDDEN, "a write grant sends queued writes, nothing else"
            )
        if not token:
            auth.resolve(None, None, self.clock())  # 401: the request had no credentials
        return Presented(token, grant, fleet.reported(headers), self.clock())

    def identify(
        self, conn: Connection, p: Presented, also: tuple = ()
    ) -> tuple[Principal, Principal]:
        """(who, the terminal or token whose credential came): one statement, with the
        chain's policy and `also` in `device.row`; a write grant adds one."""
        who = device = auth.resolve(conn, p.token, p.now, (*self.chain, *also))
        if p.grant is not None:
            who = auth.resolve_grant(conn, device, p.grant.strip(), p.now)
        return who, device

    def settle(self, who: Principal, device: Principal, p: Presented) -> None:
        credentials.note_use(self.db, device, p.now)
        if who.kind in fleet.TERMINAL_KINDS and who.device_id is not None:
            # What it runs is noted first: refused or not, HQ knows it is out there.
            fleet.note_versions(self.db, who, p.said, device.row, p.now)
            fleet.refuse_old(p.said, fleet.chain_policy(device.row))

    def resolve(self, headers: Headers, *, grants: bool) -> Principal:
        """The three steps, the credential read in a connection of its own (its one or two
        statements each on their own: no transaction, `Database.statements_read`)."""
        return self.identified(self.presented(headers, grants=grants))

    def identified(self, p: Presented) -> Principal:
        """The last two steps for what a request presented (blocking: a request thread)."""
        with self.db.statements_read() as conn:
            who, device = self.identify(conn, p)
        self.settle(who, device, p)
        return who


@dataclass(frozen=True)
class Caller:
    """A route's caller as its request presents it: what `create_app`'s `Who` and `Writer`
    give, on the event loop, with no database. The route's wrapper (hq/routing.py
    `route`) turns it into the `Principal` in the route's own thread, just before the
    route runs: one thread hop per request, not one for the credential and one for the
    route. A request refused with 422 before its route ran is identified first, so a bad
    credential still answers 401 (or 426) before a bad body (`routing.install`)."""

    presented: Presented
    callers: Callers

    def principal(self) -> Principal:
        return self.callers.identified(self.presented)


CALLER = "clienteling.caller"  # the request's `Caller`, in its ASGI scope


def dependency(callers: Callers, *, grants: bool) -> Callable:
    """The dependency a route's caller parameter is annotated with (`Who`, `Writer`): the
    request's `Caller`, read from its headers on the event loop (refusals that need no
    database: 401 without credentials, 403 for a write grant where none is taken)."""

    async def caller(request: Request) -> Caller:
        found = Caller(callers.presented(request.headers, grants=grants), callers)
        request.scope[CALLER] = found
        return found

    caller.gives_caller = True  # type: ignore[attr-defined]  # what routing.route looks for
    return caller
