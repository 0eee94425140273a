"""The change feed's routes: GET /v1/sync/{collection} (a page, a first load in key
order), its estimate, GET /v1/changes (every collection after the terminal's
cursors, long-polled) and GET /v1/changes/stream (notices of changes, hq/stream.py)."""

import json
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.responses import Response, StreamingResponse

from clienteling.protocol.errors import ErrorCode
from clienteling.protocol.fields import WIRE_MAX, Id
from clienteling.protocol.poll import (
    CHANGES_PATH,
    CHANGES_STREAM_PATH,
    CURSORS_PATTERN,
    DEFAULT_CHANGES,
    MAX_WAIT,
    SETTINGS_REVISION_PATTERN,
)
from clienteling.protocol.sync import (
    COLLECTIONS,
    DEFAULT_PAGE,
    KEY_ORDER,
    MAX_PAGE,
    NEXT_CURSOR,
    NEXT_SNAPSHOT,
    Snapshot,
    SyncEstimate,
)
from clienteling.protocol.version import API_PREFIX

from . import feed, live, poll, ring, stream
from .auth import Principal
from .callers import Presented
from .errors import ApiError, invalid, not_found
from .routing import Shared


def _check_feed(collection: str, who: Principal) -> None:
    if collection not in COLLECTIONS:
        raise not_found(f"collection {collection!r} (known: {', '.join(COLLECTIONS)})")
    poll.for_terminals(who)


def _key_order_wanted(
    collection: str, after: int, key_order: bool, top: int | None, key: list[str] | None
) -> tuple[bool, Snapshot | None]:
    """Whether a page request is for a first load in key order, and the snapshot
    whose next page it asks for (None: a new load). 422 for a mix that is neither."""
    if not key_order and top is None and key is None:
        return False, None
    if collection not in KEY_ORDER:
        raise invalid(f"{collection} is not served in key order; ask without key_order")
    if after != 0:
        raise invalid("a first load in key order starts at after=0")
    if top is None and key is None:
        return True, None
    names = KEY_ORDER[collection]
    if top is None or key is None or len(key) != len(names):
        raise invalid(
            f"the page after a {collection} snapshot needs snapshot=TOP and key= once for "
            f"each of {', '.join(names)}"
        )
    return True, Snapshot(top, tuple(key))


def add_routes(shared: Shared) -> None:
    """The feed's routes, and the process's change signal (`app.state.changes`)."""
    db, settings, get = shared.db, shared.settings, shared.get
    Who = shared.who

    @get(f"{API_PREFIX}/sync/{{collection}}")
    def sync_page(
        collection: str,
        who: Who,
        after: Annotated[int, Query(ge=0, le=WIRE_MAX)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
        key_order: bool = False,
        snapshot: Annotated[int | None, Query(ge=0, le=WIRE_MAX)] = None,
        key: Annotated[list[Id] | None, Query()] = None,
    ):
        _check_feed(collection, who)
        in_key_order, since = _key_order_wanted(collection, after, key_order, snapshot, key)
        try:
            page = feed.sync_page(db, who.store_id, collection, after, limit, in_key_order, since)
        except ValueError as exc:  # a snapshot's top HQ never gave
            raise invalid(f"{exc}: start the first load again without it") from None
        headers = {}
        if page["has_more"]:
            headers[NEXT_CURSOR] = str(page["next_cursor"])
        if page.get("snapshot"):
            # ASCII: a header carries no other text, and keys may hold any.
            headers[NEXT_SNAPSHOT] = json.dumps(page["snapshot"], separators=(",", ":"))
        return Response(feed.page_json(page), media_type="application/json", headers=headers)

    @get(f"{API_PREFIX}/sync/{{collection}}/estimate")
    def sync_estimate(
        collection: str, who: Who, after: Annotated[int, Query(ge=0, le=WIRE_MAX)] = 0
    ) -> SyncEstimate:
        _check_feed(collection, who)
        changes = feed.sync_estimate(db, who.store_id, collection, after)
        return SyncEstimate(collection=collection, after=after, changes=changes)

    signal = live.ChangeSignal(db, settings.max_waiting, settings.changes_recheck)
    shared.app.state.changes = signal

    callers = shared.callers
    flights = shared.app.state.poll_reads = poll.Flights()
    recent = shared.app.state.poll_ring = ring.Ring(settings.changes_ring)

    async def poller(request: Request) -> Presented:
        """The poll's caller as presented (no database: refusals that need none come
        here); `poll.answer` reads the credential in the poll's own read."""
        return callers.presented(request.headers, grants=False)

    @get(f"{API_PREFIX}{CHANGES_PATH}")
    async def changes_since(
        presented: Annotated[Presented, Depends(poller)],
        cursors: Annotated[str, Query(json_schema_extra={"pattern": CURSORS_PATTERN})],
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_CHANGES,
        wait: Annotated[int, Query(ge=0, le=MAX_WAIT)] = 0,
        known: Annotated[
            str | None, Query(alias="settings", pattern=SETTINGS_REVISION_PATTERN)
        ] = None,
    ):
        return await poll.answer(
            db, signal, flights, callers, presented, cursors, limit, wait, known, recent
        )

    hub = stream.StreamHub(db, signal, settings.max_streams, settings.stream_heartbeat)
    shared.app.state.streams = hub

    @get(
        f"{API_PREFIX}{CHANGES_STREAM_PATH}",
        response_class=StreamingResponse,
        responses={200: {"content": {"text/event-stream": {}}, "description": STREAM_DOC}},
    )
    async def changes_stream(who: Who):
        poll.for_terminals(who)
        busy = {"Retry-After": str(settings.stream_retry_after)}
        if hub.full:
            raise ApiError(
                503,
                ErrorCode.UNAVAILABLE,
                f"this HQ process holds {hub.max_streams} streams, its most; long-poll "
                "GET /v1/changes or open the stream again later",
                headers=busy,
            )
        opened = await hub.open(who)
        if opened is None:
            raise ApiError(
                503, ErrorCode.UNAVAILABLE, "HQ cannot follow its changes now", headers=busy
            )
        return StreamingResponse(
            hub.body(opened),
            media_type="text/event-stream",
            # No proxy may hold the notices back or keep them.
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )


STREAM_DOC = (
    "Server-sent events until either side ends the stream: `ready` (`high_water`, "
    "`heartbeat` seconds), then `changes` (`high_water`, the `collections` with a change in "
    "this terminal's scope, `settings`: whether its settings changed) after each rise of "
    "the feed, a comment line every `heartbeat` seconds, and `ended` (`reason`) when HQ "
    "ends it. A notice carries no rows: fetch them with GET /v1/changes."
)
