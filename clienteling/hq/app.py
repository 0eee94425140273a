"""The HQ web application: `create_app` wires the middleware, the caller dependencies
and the routes over the HQ modules. The routes of a terminal's own life (enrollment,
sessions, devices), of the change feed, and of store activity are in routes_terminals,
routes_feed and routes_reports; the middleware in middleware.py."""

import logging
import tempfile
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import JSONResponse, Response

from clienteling import __version__
from clienteling.protocol import writes as pw
from clienteling.protocol.changes import ChangesIn
from clienteling.protocol.errors import ErrorCode
from clienteling.protocol.fields import SEARCH, Id, Time
from clienteling.protocol.orders import OrderRequest, StatusUpdate
from clienteling.protocol.version import API_PREFIX

from . import (
    access,
    changes,
    erasure,
    feed,
    orders,
    routes_feed,
    routes_reports,
    routes_terminals,
    routing,
    shoppers,
    training_results,
    writes,
)
from .auth import Principal
from .callers import Callers
from .callers import dependency as caller_dependency
from .db import Database
from .errors import ApiError, invalid, not_found
from .middleware import ACCESS_WITHOUT_QUERY, BodyLimit, Unexpected
from .settings import HQSettings, read_db_url

# Seconds HQ keeps an idle connection open (uvicorn's `timeout_keep_alive`, 5 s by
# default): longer than a terminal's 30 s poll plus its jitter, so each poll reuses the
# connection of the one before (no new TCP, nor TLS at the proxy, each poll), and longer
# than the terminal's own expiry (api/client.py KEEP_IDLE_SECONDS, 60 s), so HQ never
# closes a connection the terminal is about to reuse. Everything that serves HQ uses it.
KEEP_ALIVE_SECONDS = 75


def _utcnow() -> datetime:
    return datetime.now(UTC)


def create_app(
    db: Database, settings: HQSettings | None = None, clock: Callable[[], datetime] = _utcnow
) -> FastAPI:
    settings = settings or HQSettings()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if db.dialect == "postgresql":
            # As many threads for sync routes as the pool keeps connections (hq/db.py).
            from anyio.to_thread import current_default_thread_limiter

            current_default_thread_limiter().total_tokens = db.request_threads
        yield

    app = FastAPI(
        title="Clienteling HQ",
        version=__version__,
        description="Sync, orders and stock for Clienteling terminals. See docs/api.md.",
        lifespan=lifespan,
    )
    app.state.db = db

    routing.install(app)

    app.add_middleware(BodyLimit, settings=settings)
    app.add_middleware(Unexpected)  # outermost: it answers for everything inside
    logging.getLogger("uvicorn.access").addFilter(ACCESS_WITHOUT_QUERY)

    callers = Callers(db, clock)
    # The caller is read from the headers here and identified in the route's own thread
    # (hq/callers.py `Caller`); `Writer`: also a terminal sending an associate's write with
    # their write grant (WRITE_GRANT), with nobody signed in.
    principal = caller_dependency(callers, grants=False)
    writer = caller_dependency(callers, grants=True)

    Who = Annotated[Principal, Depends(principal)]
    Writer = Annotated[Principal, Depends(writer)]
    shared = routing.Shared(app, db, settings, clock, Who, Writer, callers)
    get, post, put, delete = shared.get, shared.post, shared.put, shared.delete

    @get("/healthz")
    def healthz():
        with db.read() as conn:
            seq = feed.high_water(conn)
        # HQ's time lets a terminal's doctor see a clock that is off (grants and codes expire).
        now = clock().isoformat()
        return {"status": "ok", "version": __version__, "high_water": seq, "time": now}

    routes_terminals.add_routes(shared)  # enrollment, scan and fleet settings, sessions, devices
    routes_feed.add_routes(shared)  # sync pages, estimates, /v1/changes

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

    routes_reports.add_routes(shared)  # store activity for managers (docs/kpis.md)

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
