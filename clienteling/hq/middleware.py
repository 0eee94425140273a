"""HQ's middleware and log filter: the body limit (413), the one answer and log line for
an unexpected error (500/503), and uvicorn's access log without queries."""

import logging
import secrets

from fastapi.responses import JSONResponse
from sqlalchemy.exc import InterfaceError, OperationalError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from clienteling.protocol.errors import ErrorCode
from clienteling.protocol.version import API_PREFIX

from .errors import ApiError, without_words
from .settings import HQSettings

log = logging.getLogger("clienteling.hq")


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
        length = chunked = None
        for name, value in scope["headers"]:
            if name == b"content-length" and length is None:
                length = value.decode("latin-1")
            elif name == b"transfer-encoding":
                chunked = value
        if length is None and chunked is None:
            # No body (RFC 9112 6.3): nothing to count, and the answer is not watched.
            await self.app(scope, receive, send)
            return
        importing = scope["path"].startswith(f"{API_PREFIX}/import/")
        limit = self.settings.max_import_bytes if importing else self.settings.max_body_bytes
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
