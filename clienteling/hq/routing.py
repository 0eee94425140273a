"""How HQ's routes are declared and how its framework-level refusals answer.

Each route is added with `route`, which takes its error answers from the table in
clienteling/protocol/answers.py, so the OpenAPI document lists exactly what the
route can answer. Refusals made before a route runs (an unknown path, a method the
path does not have, a body that is not JSON, a value the request model refuses)
answer with the same error body as everything else.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.routing import Match, Route

from clienteling.protocol.answers import responses
from clienteling.protocol.errors import ErrorCode, field_detail

from .callers import CALLER
from .db import Database
from .errors import ApiError
from .settings import HQSettings


def route(app: FastAPI, method: str, path: str, **kwargs: Any):
    """`app.get(path)` and the like, with the route's error answers declared, and the
    route's caller identified in its own thread (`identified_first`)."""
    answers = {**responses(method, path), **kwargs.pop("responses", {})}
    declare = app.api_route(path, methods=[method], responses=answers, **kwargs)
    return lambda endpoint: declare(identified_first(endpoint))


def _caller_parameters(endpoint: Callable) -> list[str]:
    """The parameters of `endpoint` annotated with a caller dependency (hq/callers.py
    `dependency`: `Who`, `Writer`)."""
    names = []
    for name, parameter in inspect.signature(endpoint).parameters.items():
        for extra in getattr(parameter.annotation, "__metadata__", ()):
            if getattr(getattr(extra, "dependency", None), "gives_caller", False):
                names.append(name)
    return names


def identified_first(endpoint: Callable) -> Callable:
    """`endpoint` with its caller parameters (a `Caller` each, read from the headers on
    the event loop) identified as their `Principal` before it runs: for a plain (sync)
    route in the same worker thread as the route, one thread hop per request where a
    dependency in a thread of its own made two; for an async route in a thread hop of
    its own before it. FastAPI reads the wrapper's signature as the endpoint's own
    (`functools.wraps`), so the OpenAPI document does not change."""
    names = _caller_parameters(endpoint)
    if not names:
        return endpoint
    if inspect.iscoroutinefunction(endpoint):

        @functools.wraps(endpoint)
        async def identified_async(**values: Any) -> Any:
            for name in names:
                values[name] = await run_in_threadpool(values[name].principal)
            return await endpoint(**values)

        return identified_async

    def identified_then_run(values: dict[str, Any]) -> Any:
        for name in names:
            values[name] = values[name].principal()
        return endpoint(**values)

    @functools.wraps(endpoint)
    async def identified(**values: Any) -> Any:
        return await run_in_threadpool(identified_then_run, values)

    return identified


@dataclass(frozen=True)
class Shared:
    """What each group of routes (routes_*.py) is added with: `create_app` makes one.

    `who` and `writer` are the caller dependencies, to annotate a route's parameter
    with: `Annotated[Principal, Depends(principal)]`, and the same for a route that
    takes queued writes (a terminal's write grant too); the route gets the `Principal`
    (`identified_first`). A group's module adds its
    routes in its `add_routes(shared)`, called where they stand among the others:
    the order routes are added in is the order they match in and the OpenAPI
    document lists them in.
    """

    app: FastAPI
    db: Database
    settings: HQSettings
    clock: Callable[[], datetime]
    who: Any
    writer: Any
    callers: Any  # hq/callers.py: for a route that reads the caller's credential itself

    def get(self, path: str, **kwargs: Any):
        return route(self.app, "GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any):
        return route(self.app, "POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any):
        return route(self.app, "PUT", path, **kwargs)

    def delete(self, path: str, **kwargs: Any):
        return route(self.app, "DELETE", path, **kwargs)


def field_errors(exc: RequestValidationError) -> tuple[str, list[dict]]:
    details = [field_detail(err) for err in exc.errors()]
    first = details[0] if details else {"field": "", "reason": "invalid request"}
    message = f"{first['field']}: {first['reason']}" if first["field"] else first["reason"]
    return message, details


def allowed_methods(app: FastAPI, scope: dict) -> list[str]:
    """The methods the request's path has, over every route that matches it."""
    methods: set[str] = set()
    for candidate in app.router.routes:
        if isinstance(candidate, Route) and candidate.methods:
            if candidate.matches({**scope, "method": "GET"})[0] != Match.NONE:
                methods |= candidate.methods
    return sorted(methods)


def _refusal(request: Request, exc: HTTPException) -> ApiError:
    if exc.status_code == 405:
        allow = ", ".join(allowed_methods(request.app, request.scope))
        return ApiError(
            405,
            ErrorCode.METHOD_NOT_ALLOWED,
            f"{request.method} is not a method of this path; it has {allow}",
            headers={"Allow": allow},
        )
    if exc.status_code == 404:
        return ApiError(404, ErrorCode.NOT_FOUND, f"{request.url.path} was not found")
    if exc.status_code == 400:  # FastAPI: a body it could not read as JSON text
        return ApiError(422, ErrorCode.INVALID_REQUEST, "the body is not JSON in UTF-8")
    return ApiError(exc.status_code, ErrorCode.INVALID_REQUEST, str(exc.detail))


def install(app: FastAPI) -> None:
    """Every refusal answers {"error": {code, message, details}}."""

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError):
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        caller = request.scope.get(CALLER)
        if caller is not None:
            # The route's caller is identified in the route's thread, which a refused
            # body or query never reaches: a bad credential answers first, as it did
            # when the credential was read before the request's values.
            try:
                await run_in_threadpool(caller.principal)
            except ApiError as err:
                return JSONResponse(err.body(), status_code=err.status, headers=err.headers)
        message, details = field_errors(exc)
        return JSONResponse(
            ApiError(422, ErrorCode.INVALID_REQUEST, message, details).body(), status_code=422
        )

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException):
        err = _refusal(request, exc)
        return JSONResponse(err.body(), status_code=err.status, headers=err.headers)
