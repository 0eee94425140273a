"""The HQ web application: FastAPI routes over the HQ modules."""

import dataclasses
import json
import logging
import secrets
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import partial
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import InterfaceError, OperationalError
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from clienteling import __version__
from clienteling.protocol import writes as pw
from clienteling.protocol.auth import (
    WRITE_GRANT,
    EnrollRequest,
    EnrollResponse,
    SignInRequest,
    SignInResponse,
)
from clienteling.protocol.changes import ChangesIn
from clienteling.protocol.errors import ErrorCode
from clienteling.protocol.fields import SEARCH, WIRE_MAX, Id, Time
from clienteling.protocol.fleet import FLEET_SETTINGS_PATH
from clienteling.protocol.orders import OrderRequest, StatusUpdate
from clienteling.protocol.poll import (
    CHANGES_PATH,
    CURSORS_PATTERN,
    DEFAULT_CHANGES,
    MAX_WAIT,
    SETTINGS_REVISION_PATTERN,
)
from clienteling.protocol.reports import (
    DEFAULT_RECORDS_PAGE,
    MAX_RECORDS_PAGE,
    RECORDS_PATH,
    STORE_ACTIVITY_PATH,
    KpiKey,
    RecordsPage,
    StoreActivityReport,
)
from clienteling.protocol.scan_settings import SCAN_SETTINGS_PATH, ScanSettings
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

from . import (
    access,
    auth,
    changes,
    credentials,
    erasure,
    feed,
    fleet,
    live,
    orders,
    poll,
    report_served,
    reports,
    routing,
    scan_settings,
    shoppers,
    training_results,
    writes,
)
from .auth import Principal
from .db import Database
from .errors import ApiError, invalid, not_found, without_words
from .settings import HQSettings, read_db_url

log = logging.getLogger("clienteling.hq")
_METHODS = ("GET", "POST", "PUT", "DELETE")


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _check_feed(collection: str, who: Principal) -> None:
    if collection not in COLLECTIONS:
        raise not_found(f"collection {collection!r} (known: {', '.join(COLLECTIONS)})")
    if who.kind not in (auth.DEVICE, "session"):
        raise ApiError(403, ErrorCode.FORBIDDEN, "the change feed is for terminals")


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


class _BodyTooLarge(Exception):
    """Raised into the app by `BodyLimit`'s receive once a body passes the limit."""


class BodyLimit:
    """Refuses a request body over the limit: at once when its declared length is over,
    and as soon as the bytes received pass it when it streams (chunked, or longer than
    declared). The app never gets more than the limit, HQ's memory stays flat, and the
    answer is 413 with the usual error body for every route.

    Plain ASGI: responses pass through untouched. As an `@app.middleware("http")`
    function it re-streamed every response body, which cost more than reading a
    5,000-row sync page from the database.
    """

    def __init__(self, app: ASGIApp, settings: HQSettings) -> None:
        self.app, self.settings = app, settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        importing = scope["path"].startswith(f"{API_PREFIX}/import/")
        limit = self.settings.max_import_bytes if importing else self.settings.max_body_bytes
        length = Headers(scope=scope).get("content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            await self._refuse(scope, receive, send, limit, importing)
            return
        received, over, started = 0, False, False

        async def counted() -> Message:
            nonlocal received, over
            if over:
                raise _BodyTooLarge
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    over = True
                    raise _BodyTooLarge
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            if over and not started:
                # Whatever the app made of the refused read (FastAPI answers 400 "There
                # was an error parsing the body") is not the answer.
                raise _BodyTooLarge
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except _BodyTooLarge:
            if started:
                raise
        if over and not started:
            await self._refuse(scope, receive, send, limit, importing)

    @staticmethod
    async def _refuse(
        scope: Scope, receive: Receive, send: Send, limit: int, importing: bool
    ) -> None:
        message = (
            f"the file is larger than {limit} bytes; split it into several imports"
            if importing
            else f"the request body is larger than {limit} bytes"
        )
        err = ApiError(413, ErrorCode.PAYLOAD_TOO_LARGE, message)
        # The rest of the body is not read: the connection closes after the answer.
        await JSONResponse(err.body(), status_code=413, headers={"Connection": "close"})(
            scope, receive, send
        )


class Unexpected:
    """One log line per unexpected error, and a 500 answer carrying the same error id.

    The line has the id, the method, the route's template, and the error's types and
    places in our code (`without_words`): never its message, the request's body, its
    query or the statement's parameters, which hold shoppers' data. A handler for
    Exception would not do: Starlette re-raises after it, and uvicorn logs the whole
    traceback, messages included, a second time.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception as exc:
            error_id = secrets.token_hex(6)
            route = getattr(scope.get("route"), "path", None) or "(no route)"
            log.error(
                "unexpected error %s in %s %s: %s",
                error_id,
                scope["method"],
                route,
                without_words(exc),
            )
            if started:
                return  # the answer is under way; uvicorn closes the connection
            err = ApiError(
                500,
                ErrorCode.INTERNAL,
                f"HQ hit an unexpected error (error id {error_id}); try again shortly",
                {"error_id": error_id},
            )
            if isinstance(exc, OperationalError | InterfaceError):  # the database went away
                err.status, err.code = 503, ErrorCode.UNAVAILABLE
                err.message = f"HQ cannot reach its database (error id {error_id}); try again"
            await JSONResponse(err.body(), status_code=err.status)(scope, receive, send)


class _AccessWithoutQuery(logging.Filter):
    """uvicorn's access log (off in `serve`, on in a plain `uvicorn` run) names each
    request's path with its query, and a search's query is a phone, an e-mail or a
    loyalty id: the line keeps the path only."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


ACCESS_WITHOUT_QUERY = _AccessWithoutQuery()


def create_app(
    db: Database, settings: HQSettings | None = None, clock: Callable[[], datetime] = _utcnow
) -> FastAPI:
    settings = settings or HQSettings()
    app = FastAPI(
        title="Clienteling HQ",
        version=__version__,
        description="Sync, orders and stock for Clienteling terminals. See docs/api.md.",
    )
    app.state.db = db
    get, post, put, delete = (partial(routing.route, app, m) for m in _METHODS)

    routing.install(app)

    app.add_middleware(BodyLimit, settings=settings)
    app.add_middleware(Unexpected)  # outermost: it answers for everything inside
    logging.getLogger("uvicorn.access").addFilter(ACCESS_WITHOUT_QUERY)

    chain = fleet.chain_columns()

    def _resolve(request: Request, *, grants: bool) -> Principal:
        header = request.headers.get("authorization", "")
        token = header[7:].strip() if header.lower().startswith("bearer ") else None
        grant = request.headers.get(WRITE_GRANT)
        if grant is not None and not grants:
            raise ApiError(
                403, ErrorCode.FORBIDDEN, "a write grant sends queued writes, nothing else"
            )
        now = clock()
        said = fleet.reported(request.headers)
        with db.read() as conn:
            # One statement: credential, stored versions (`row`), chain policy; a grant: two.
            who = device = auth.resolve(conn, token, now, chain)
            if grant is not None:
                who = auth.resolve_grant(conn, device, grant.strip(), now)
        credentials.note_use(db, device, now)
        terminal = who.kind in fleet.TERMINAL_KINDS and who.device_id is not None
        if terminal:  # what it runs is noted first: refused or not, HQ knows it is out there
            stored, policy = device.row, fleet.chain_policy(device.row)
            fleet.note_versions(db, who, said, stored, now)
            fleet.refuse_old(said, policy)
        return who

    def principal(request: Request) -> Principal:
        return _resolve(request, grants=False)

    def writer(request: Request) -> Principal:
        """The caller of a route that takes queued writes: also a terminal sending an
        associate's write with their write grant (WRITE_GRANT), with nobody signed in."""
        return _resolve(request, grants=True)

    Who = Annotated[Principal, Depends(principal)]
    Writer = Annotated[Principal, Depends(writer)]

    @get("/healthz")
    def healthz():
        with db.read() as conn:
            seq = feed.high_water(conn)
        # HQ's time lets a terminal's doctor see a clock that is off (grants and codes expire).
        now = clock().isoformat()
        return {"status": "ok", "version": __version__, "high_water": seq, "time": now}

    # --- enrollment and sessions ---------------------------------------------

    @post(f"{API_PREFIX}/enroll", response_model=EnrollResponse, status_code=201)
    def enroll(body: EnrollRequest, request: Request, response: Response):
        with db.read() as conn:
            fleet.refuse_old(fleet.reported(request.headers), fleet.effective(conn))
        answer = auth.enroll(db, body.code, body.terminal_name, clock())
        with db.read() as conn:
            answer["scan_settings"] = scan_settings.for_terminal(conn)
        response.headers["Cache-Control"] = "no-store"  # a credential and the chain's keys
        return answer

    @get(f"{API_PREFIX}{SCAN_SETTINGS_PATH}", response_model=ScanSettings)
    def terminal_scan_settings(who: Who, response: Response):
        if who.kind != auth.DEVICE:
            raise ApiError(
                403,
                ErrorCode.FORBIDDEN,
                "the chain's scan settings are for enrolled terminals, with their credential",
            )
        with db.read() as conn:
            answer = scan_settings.for_terminal(conn)
        response.headers["Cache-Control"] = "no-store"
        return answer

    @get(f"{API_PREFIX}{FLEET_SETTINGS_PATH}")
    def terminal_fleet_settings(who: Who, response: Response):
        """The fleet settings for the caller's store (a terminal), at every sync run."""
        if who.kind not in fleet.TERMINAL_KINDS:
            raise ApiError(403, ErrorCode.FORBIDDEN, "the fleet settings are for terminals")
        with db.read() as conn:
            values = fleet.effective(conn, who.store_id)
        response.headers["Cache-Control"] = "no-store"
        return {"settings": values}

    @post(f"{API_PREFIX}/sessions", response_model=SignInResponse, status_code=201)
    def sign_in(body: SignInRequest, who: Who):
        if who.kind != auth.DEVICE:
            raise ApiError(
                403,
                ErrorCode.FORBIDDEN,
                "associates sign in on an enrolled terminal, with its credential",
            )
        with db.read() as conn:  # the store's (or chain's) offline write grant lifetime
            hours = fleet.effective(conn, who.store_id)["offline_grant_hours"]
        chosen = dataclasses.replace(settings, write_grant_hours=hours) if hours else settings
        return auth.sign_in(db, who, body.employee_id, body.pin, chosen, clock())

    @delete(f"{API_PREFIX}/sessions/current", status_code=204)
    def sign_out(request: Request, who: Who):
        who.require_associate("associate", "manager", "trainee", what="signing out")
        auth.sign_out(db, request.headers["authorization"][7:].strip(), clock())
        return Response(status_code=204)

    # --- a store's terminals --------------------------------------------------

    @get(f"{API_PREFIX}/devices")
    def list_devices(who: Who):
        who.require("manager", what="listing terminals")
        with db.read() as conn:
            wanted = fleet.effective(conn)["wanted_app_version"]
            devices = credentials.list_devices(conn, who.store_id)
        listed = fleet.with_versions(devices, wanted, clock())
        return {"devices": listed, "wanted_app_version": wanted}

    @post(f"{API_PREFIX}/devices/{{device_id}}/revoke")
    def revoke_device(device_id: Id, who: Who):
        who.require("manager", what="revoking terminals")
        with db.read() as conn:
            found = credentials.device(conn, device_id)
        if found is None:
            raise not_found(f"terminal {device_id!r}")
        who.require_store(found["store_id"], "revoking a terminal")
        detail = {"from_device": who.device_id} if who.device_id else {}
        return credentials.revoke_device(
            db, device_id, clock(), actor_kind=who.kind, actor_id=who.actor_id, detail=detail
        )

    # --- change feed ---------------------------------------------------------

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
    app.state.changes = signal

    @get(f"{API_PREFIX}{CHANGES_PATH}")
    async def changes_since(
        who: Who,
        cursors: Annotated[str, Query(json_schema_extra={"pattern": CURSORS_PATTERN})],
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_CHANGES,
        wait: Annotated[int, Query(ge=0, le=MAX_WAIT)] = 0,
        known: Annotated[
            str | None, Query(alias="settings", pattern=SETTINGS_REVISION_PATTERN)
        ] = None,
    ):
        return await poll.answer(db, signal, who, cursors, limit, wait, known)

    # --- orders ----------------------------------------------------------------

    @post(f"{API_PREFIX}/orders", status_code=201)
    def place_order(body: OrderRequest, who: Writer):
        status, answer = orders.place_order(db, who, body, clock())
        return JSONResponse(answer, status_code=status)

    @get(f"{API_PREFIX}/orders/{{order_id}}")
    def get_order(order_id: Id, who: Who):
        return orders.get_order(db, who, order_id)

    @get(f"{API_PREFIX}/orders")
    def list_orders(
        who: Who,
        shopper_id: Id | None = None,
        store_id: Id | None = None,
        since: Time | None = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ):
        who.require("associate", "manager", "trainee", "integration", what="listing orders")
        return {
            "orders": orders.list_orders(
                db,
                who,
                shopper_id=shopper_id,
                store_id=store_id,
                since=since,
                limit=limit,
                now=clock(),
            )
        }

    @post(f"{API_PREFIX}/orders/{{order_id}}/status")
    def order_status(order_id: Id, body: StatusUpdate, who: Writer):
        return orders.change_status(db, who, order_id, body.status, body.note, clock())

    # --- terminal writes -------------------------------------------------------

    def created(result: tuple[int, object]) -> JSONResponse:
        return JSONResponse(result[1], status_code=result[0])

    @post(f"{API_PREFIX}/notes", status_code=201)
    def add_note(body: pw.NoteIn, who: Writer):
        return created(writes.add_note(db, who, body, clock()))

    @put(f"{API_PREFIX}/shoppers/{{shopper_id}}/preferences", status_code=201)
    def set_preferences(shopper_id: Id, body: pw.PreferencesIn, who: Writer):
        return created(writes.set_preferences(db, who, shopper_id, body, clock()))

    @put(f"{API_PREFIX}/shoppers/{{shopper_id}}/consent", status_code=201)
    def set_consent(shopper_id: Id, body: pw.ConsentIn, who: Writer):
        return created(writes.set_consent(db, who, shopper_id, body, clock()))

    @post(f"{API_PREFIX}/shoppers/{{shopper_id}}/changes", status_code=201)
    def record_changes(shopper_id: Id, body: ChangesIn, who: Writer):
        return created(changes.record_changes(db, who, shopper_id, body, clock()))

    @post(f"{API_PREFIX}/wishlist", status_code=201)
    def add_wishlist(body: pw.WishlistIn, who: Writer):
        return created(writes.add_wishlist(db, who, body, clock()))

    @delete(f"{API_PREFIX}/wishlist/{{item_id}}", status_code=204)
    def remove_wishlist(item_id: Id, who: Writer):
        writes.remove_wishlist(db, who, item_id)
        return Response(status_code=204)

    @post(f"{API_PREFIX}/tasks", status_code=201)
    def add_task(body: pw.TaskIn, who: Writer):
        return created(writes.add_task(db, who, body, clock()))

    @post(f"{API_PREFIX}/tasks/{{task_id}}/complete")
    def complete_task(task_id: Id, who: Writer):
        return writes.complete_task(db, who, task_id, clock())

    @post(f"{API_PREFIX}/feedback", status_code=201)
    def add_feedback(body: pw.FeedbackIn, who: Writer):
        return created(writes.add_feedback(db, who, body, clock()))

    @post(f"{API_PREFIX}/activity")
    def record_activity(body: pw.ActivityBatch, who: Writer):
        return writes.record_activity(db, who, body, clock())

    # --- training results (docs/training.md, "Results for managers") ----------------

    @post(f"{API_PREFIX}/training-results", status_code=201)
    def record_training_result(body: pw.TrainingResultIn, who: Writer):
        return created(training_results.record(db, who, body, clock()))

    @get(f"{API_PREFIX}/training-results", response_model=pw.TrainingResults)
    def list_training_results(
        who: Who,
        store_id: Id | None = None,
        employee_id: Id | None = None,
        since: Time | None = None,
        limit: Annotated[int, Query(ge=1, le=training_results.LIMIT)] = 100,
    ):
        found = training_results.list_results(
            db, who, store_id, employee_id=employee_id, since=since, limit=limit
        )
        return {"results": found}

    # --- on demand, erasure, stock ---------------------------------------------

    @get(f"{API_PREFIX}/shoppers")
    def search_shoppers(who: Who, q: Annotated[SEARCH, Query()]):
        return {"shoppers": shoppers.search(db, who, q, clock())}

    @get(f"{API_PREFIX}/shoppers/{{shopper_id}}")
    def get_shopper(shopper_id: Id, who: Who):
        return shoppers.get_shopper(db, who, shopper_id, clock())

    @delete(f"{API_PREFIX}/shoppers/{{shopper_id}}")
    def erase_shopper(shopper_id: Id, who: Who):
        return {"erased": shopper_id, "removed": erasure.erase(db, who, shopper_id, clock())}

    @get(f"{API_PREFIX}/shopper-access")
    def shopper_access(
        who: Who,
        store_id: Id | None = None,
        since: Time | None = None,
        limit: Annotated[int, Query(ge=1, le=access.AUDIT_LIMIT)] = 100,
    ):
        return {
            "accesses": access.list_access(db, who, store_id=store_id, since=since, limit=limit)
        }

    @get(f"{API_PREFIX}/stock/{{sku}}")
    def live_stock(sku: Id, who: Who):
        return shoppers.live_stock(db, who, sku)

    # --- store activity for managers (docs/kpis.md) -------------------------------

    From = Annotated[date, Query(alias="from", description="first day, YYYY-MM-DD")]
    To = Annotated[date, Query(description="last day, YYYY-MM-DD (included)")]

    @get(STORE_ACTIVITY_PATH, response_model=StoreActivityReport, response_model_by_alias=True)
    def store_activity(store: Id, start: From, to: To, who: Who):
        return reports.store_activity(db, who, store, start, to, clock())

    @get(RECORDS_PATH, response_model=RecordsPage, response_model_by_alias=True)
    def store_activity_records(
        store: Id,
        start: From,
        to: To,
        kpi: Annotated[KpiKey, Query(description="a KPI key (docs/kpis.md)")],
        who: Who,
        associate: Id | None = None,
        day: date | None = None,
        limit: Annotated[int, Query(ge=1, le=MAX_RECORDS_PAGE)] = DEFAULT_RECORDS_PAGE,
        offset: Annotated[int, Query(ge=0, le=WIRE_MAX)] = 0,
        per: Annotated[
            Literal["record", "shopper"],
            Query(description="shopper: one row per served shopper (shoppers_served, conversion)"),
        ] = "record",
    ):
        if per == "shopper":  # the served shoppers, each converted or not
            return report_served.served_shoppers(
                db, who, store, start, to, kpi, associate, day, limit, offset
            )
        return reports.records(db, who, store, start, to, kpi, associate, day, limit, offset)

    # --- back-office import ------------------------------------------------------

    @post(f"{API_PREFIX}/import/{{kind}}")
    async def import_csv(kind: str, request: Request, who: Who):
        from . import importing

        who.require("integration", what="importing data")
        if kind not in importing.KINDS:
            raise not_found(f"import kind {kind!r} (known: {', '.join(importing.KINDS)})")
        from starlette.concurrency import run_in_threadpool

        with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as spool:
            async for chunk in request.stream():  # BodyLimit stops it past max_import_bytes
                spool.write(chunk)
            spool.seek(0)
            try:
                report = await run_in_threadpool(
                    importing.import_csv, db, kind, spool, actor=who.actor_id
                )
            except importing.ImportStopped as exc:
                raise ApiError(503, ErrorCode.UNAVAILABLE, str(exc), exc.report.as_json()) from None
        if report.refused:
            raise invalid(f"the file was not imported: {report.refused}", report.as_json())
        return report.as_json()

    return app


def app_from_env() -> FastAPI:
    """Factory for uvicorn workers (`serve --workers N`): the database from CLIENTELING_HQ_DB,
    the read replica (`--read-db`) from CLIENTELING_HQ_READ_DB."""
    import os

    db = Database(os.environ["CLIENTELING_HQ_DB"], read_url=read_db_url())
    return create_app(db, HQSettings.from_env())
