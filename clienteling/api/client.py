"""The one door to HQ: every request goes through `HQClient`.

It knows the overall deadline per request (httpx's read timeout resets per
chunk, so it alone is not a deadline), retries with exponential backoff and
jitter that honour Retry-After, maps answers to typed errors, verifies TLS
with the operating system's trust store, and never turns verification off.
"""

from __future__ import annotations

import json
import logging
import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
import truststore

from clienteling import __version__
from clienteling.domain.enums import Connectivity
from clienteling.domain.hq_address import TrainingAddressRefused, is_training_hq_url
from clienteling.domain.said import Said
from clienteling.protocol.auth import WRITE_GRANT
from clienteling.protocol.fleet import FLEET_SETTINGS_PATH
from clienteling.protocol.poll import CHANGES_PATH, decode_poll, format_cursors
from clienteling.protocol.reports import RECORDS_PATH, STORE_ACTIVITY_PATH
from clienteling.protocol.scan_settings import SCAN_SETTINGS_PATH
from clienteling.protocol.sync import (
    NEXT_CURSOR,
    NEXT_SNAPSHOT,
    Position,
    Snapshot,
    decode_page,
    next_position,
)
from clienteling.protocol.version import (
    API_PREFIX,
    APP_VERSION_HEADER,
    CACHE_SCHEMA_HEADER,
    LAST_SYNC_HEADER,
    PARKED_HEADER,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    QUEUED_HEADER,
)

from .connectivity import ConnectivityTracker
from .errors import (
    DeviceRefused,
    HQAnswered,
    HQBusy,
    HQError,
    HQFailed,
    HQUnreachable,
    OutOfStock,
    SignInNeeded,
    UpgradeRequired,
    unreadable_page,
)

RETRY_STATUSES = {429, 502, 503, 504, 500}
HEALTH_PATH = "/healthz"  # HQ's light health check: no credential, one small read
PROBE_TIMEOUT = 2.0  # seconds a probe waits for HQ at most
CERTIFICATE_REFUSED = "HQ's certificate was refused (TLS)"
# Seconds an idle connection to HQ is kept for the next request (httpx: 5 s): more than
# the 30 s between timer syncs and probes, so each reuses the connection of the one
# before (no new TCP and TLS handshake each time), and less than HQ's keep-alive (75 s,
# hq/app.py KEEP_ALIVE_SECONDS) so the terminal lets a connection go before HQ does. One
# closed anyway (a proxy's shorter idle timeout, HQ restarted) fails at its first use
# and the request is sent again on a new one (`Policy.attempts`).
KEEP_IDLE_SECONDS = 60.0
CONNECTION_LIMITS = httpx.Limits(keepalive_expiry=KEEP_IDLE_SECONDS)


class _AddressWithoutQuery(logging.Filter):
    """httpx logs every request's address at INFO, and a search's query string is a
    phone, an e-mail or a loyalty id: the logged address stops before the query."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                str(a).split("?", 1)[0] if isinstance(a, httpx.URL) and a.query else a
                for a in record.args
            )
        return True


ADDRESS_WITHOUT_QUERY = _AddressWithoutQuery()


PIN_CHECK_SECONDS = 10.0  # more time for a sign-in's answer: HQ hashes the PIN slowly
# More time for a report: HQ computes it over a period's rows (the manager sees it working);
# a screen's short read timeout would call a busy HQ unreachable.
REPORT_SECONDS = 20.0


@dataclass(frozen=True)
class Policy:
    deadline: float = 15.0  # seconds for one call, retries included
    attempt_timeout: float = 10.0
    connect_timeout: float = 3.0
    attempts: int = 4
    backoff: float = 0.25  # first pause; doubles each retry
    max_pause: float = 8.0


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _error_from(response: httpx.Response) -> Exception:
    try:
        err = response.json().get("error", {})
    except ValueError:
        err = {}
    code = err.get("code", "")
    message = err.get("message") or f"HQ answered {response.status_code}"
    details = err.get("details")
    status = response.status_code
    if status == 500:
        return HQFailed(
            Said(f"HQ failed on this request ({code or 'server error'}); trying again", "hq_failed")
        )
    if status in RETRY_STATUSES:
        return HQBusy(
            Said(message if status == 429 else "HQ is having trouble; trying again", "hq_busy"),
            _retry_after(response),
        )
    if (
        status == 401
        and code in ("session_expired", "unauthenticated", "session_revoked")
        and response.request.headers.get("authorization", "").startswith("Bearer ses_")
    ):
        return SignInNeeded(status, code, message, details)
    if status == 401 and response.request.headers.get("authorization", "").startswith(
        "Bearer dev_"
    ):
        return DeviceRefused(status, code, message, details)
    if status == 426:
        return UpgradeRequired(message, details)
    if status == 409 and code == "out_of_stock":
        return OutOfStock(status, code, message, details)
    return HQAnswered(status, code, message, details)


def _unreachable(exc: Exception) -> Said:
    return Said(f"HQ cannot be reached ({exc.__class__.__name__})", "unreachable")


def _health_status(status: int) -> Said:
    return Said(f"HQ answered its health check with {status}", "hq_busy")


@dataclass(frozen=True)
class Health:
    """HQ's answer to its health check (`HQClient.health`)."""

    version: str | None
    hq_time: datetime | None  # HQ's clock when it answered; None when it did not say
    round_trip: float  # seconds
    tls: bool


def _hq_time(stamp: Any, date_header: str | None) -> datetime | None:
    """HQ's clock from its health check's `time`, else from the HTTP Date header."""
    if isinstance(stamp, str):
        try:
            when = datetime.fromisoformat(stamp)
        except ValueError:
            when = None
        if when is not None and when.tzinfo is not None:
            return when
    if date_header:
        try:
            return parsedate_to_datetime(date_header)
        except (TypeError, ValueError):
            return None
    return None


class HQClient:
    """Talks to one HQ with one credential (a device token or an associate session).

    A terminal makes one client, with its device credential, and keeps it:
    `acting_as(token)` gives a client with another credential (an associate's
    session) over the same connections. `renew`, when given, is asked for a
    fresh session token when HQ says the session expired (it signs the
    associate in again, or returns None when that cannot happen now); the
    request is then sent once more with it. Every request's outcome is noted
    in `connectivity`.

    `training`: the client of a training terminal, which refuses (TrainingAddressRefused)
    any HQ but the embedded one on 127.0.0.1, whatever its settings say, and checks it
    again before each request.
    """

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        policy: Policy | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        renew: Callable[[], str | None] | None = None,
        connectivity: ConnectivityTracker | None = None,
        training: bool = False,
    ) -> None:
        if training and not is_training_hq_url(base_url):
            raise TrainingAddressRefused(base_url)
        self.training = training
        self.policy = policy or Policy()
        self.token = token
        self.renew = renew
        self.connectivity = connectivity or ConnectivityTracker()
        self._sleep = sleep
        self._owner = True  # closes the connections; a client acting as someone else does not
        self._grant: dict[str, str] = {}  # WRITE_GRANT header, on a client sending for an author
        logging.getLogger("httpx").addFilter(ADDRESS_WITHOUT_QUERY)
        verify: ssl.SSLContext | bool = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        self._http = httpx.Client(
            base_url=base_url.rstrip("/"),
            verify=verify,
            transport=transport,
            limits=CONNECTION_LIMITS,  # unused with a `transport`: it brings its own
            timeout=httpx.Timeout(self.policy.attempt_timeout, connect=self.policy.connect_timeout),
            # What this terminal runs, on every request (HQ keeps it; GET /v1/devices).
            headers={
                "User-Agent": "clienteling-terminal",
                APP_VERSION_HEADER: __version__,
                PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            },
        )

    def report_cache_schema(self, version: int) -> None:
        """Tell HQ the cache's schema on every request from now on (the composition root,
        once the cache is open and migrated)."""
        self._http.headers[CACHE_SCHEMA_HEADER] = str(version)

    def report_state(self, last_sync: str | None, queued: int, parked: int) -> None:
        """Tell HQ where this terminal stands on every request from now on: when it last
        finished a sync (ISO 8601 UTC; None: never) and how many writes wait for HQ or were
        refused by it. Counts only: nothing of what the writes hold."""
        headers = self._http.headers
        headers[QUEUED_HEADER], headers[PARKED_HEADER] = str(queued), str(parked)
        if last_sync:
            headers[LAST_SYNC_HEADER] = last_sync
        else:
            headers.pop(LAST_SYNC_HEADER, None)

    def acting_as(
        self, token: str | None, renew: Callable[[], str | None] | None = None
    ) -> HQClient:
        """A client with `token` as its credential, over this client's connections."""
        view = object.__new__(HQClient)
        view.__dict__.update(self.__dict__)
        view.token, view.renew, view._owner, view._grant = token, renew, False, {}
        return view

    def with_grant(self, grant: str) -> HQClient:
        """This terminal's client sending an associate's queued writes as theirs, with the
        write grant HQ gave them at their last online sign-in here (writes only)."""
        view = self.acting_as(self.token)
        view._grant = {WRITE_GRANT: grant}
        return view

    def _guard(self) -> None:
        """A training client sends nothing anywhere but to the training HQ."""
        if self.training and not is_training_hq_url(str(self._http.base_url)):
            raise TrainingAddressRefused(str(self._http.base_url))

    def close(self) -> None:
        if self._owner:
            self._http.close()

    def __enter__(self) -> HQClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        retry: bool = True,
        waits: float = 0.0,
    ) -> httpx.Response:
        """Send one request; retry only what is safe to repeat (GETs and id-keyed writes).
        `waits`: seconds HQ may hold the request on purpose (a long poll), added to the
        time allowed."""
        try:
            response = self._request(
                method, path, json=json, params=params, retry=retry, waits=waits
            )
        except HQError as error:
            self.connectivity.note(error)
            raise
        self.connectivity.note(None)
        return response

    def _request(
        self,
        method: str,
        path: str,
        *,
        json: Any,
        params: dict[str, Any] | None,
        retry: bool,
        waits: float = 0.0,
    ) -> httpx.Response:
        self._guard()
        p = self.policy
        if waits:
            p = replace(p, deadline=p.deadline + waits, attempt_timeout=p.attempt_timeout + waits)
        start = time.monotonic()
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        headers |= self._grant
        attempt, renewed = 0, False
        while True:
            attempt += 1
            remaining = p.deadline - (time.monotonic() - start)
            timeout = httpx.Timeout(
                max(0.1, min(p.attempt_timeout, remaining)),
                connect=min(p.connect_timeout, max(0.1, remaining)),
            )
            try:
                response = self._http.request(
                    method, path, json=json, params=params, headers=headers, timeout=timeout
                )
                if response.status_code < 400:
                    return response
                error = _error_from(response)
                # A session HQ ended on purpose (PIN changed, terminal revoked) is not
                # renewed with the PIN held here: it may be the PIN that was replaced.
                if (
                    isinstance(error, SignInNeeded)
                    and error.code != "session_revoked"
                    and self.renew
                    and not renewed
                ):
                    renewed = True
                    token = self.renew()
                    if token:
                        self.token = token
                        headers = {"Authorization": f"Bearer {token}"} | self._grant
                        attempt -= 1  # the new session gets the attempts the old one had
                        continue
            except (httpx.TransportError, httpx.TimeoutException) as exc:
                error = HQUnreachable(
                    Said(
                        f"HQ cannot be reached ({exc.__class__.__name__}); working offline",
                        "unreachable",
                    )
                )
            if not (retry and error.retryable) or attempt >= p.attempts:
                raise error
            pause = min(p.max_pause, p.backoff * 2 ** (attempt - 1)) * (0.5 + random.random())
            if isinstance(error, HQBusy) and error.retry_after is not None:
                pause = max(pause, error.retry_after)
            if time.monotonic() - start + pause >= p.deadline:
                raise error
            self._sleep(pause)

    def probe(self, timeout: float = PROBE_TIMEOUT) -> Connectivity:
        """One light look at HQ (GET /healthz, one attempt, no retry), noted in
        `connectivity`: answered (ONLINE), a server error (DEGRADED: HQ is there but
        failing), or no answer in `timeout` seconds (OFFLINE)."""
        self._guard()
        p = self.policy
        limit = httpx.Timeout(
            min(p.attempt_timeout, timeout), connect=min(p.connect_timeout, timeout)
        )
        error: HQError | None = None
        try:
            response = self._http.get(HEALTH_PATH, timeout=limit)
        except (httpx.TransportError, httpx.TimeoutException) as exc:
            error = HQUnreachable(_unreachable(exc))
        else:
            if response.status_code >= 500 or response.status_code == 429:
                error = HQBusy(_health_status(response.status_code))
        return self.connectivity.note_probe(error)

    def health(self, timeout: float = PROBE_TIMEOUT) -> Health:
        """HQ's health check as support sees it: version, HQ's clock and the round trip.
        Raises HQUnreachable (no answer, or TLS refused) or HQBusy (a server error)."""
        self._guard()
        started = time.monotonic()
        try:
            response = self._http.get(HEALTH_PATH, timeout=httpx.Timeout(timeout))
        except (httpx.TransportError, httpx.TimeoutException) as exc:
            cause = exc.__context__ or exc.__cause__
            if isinstance(cause, ssl.SSLError):
                raise HQUnreachable(Said(CERTIFICATE_REFUSED, "certificate_refused")) from None
            raise HQUnreachable(_unreachable(exc)) from None
        round_trip = time.monotonic() - started
        if response.status_code != 200:
            raise HQBusy(_health_status(response.status_code))
        try:
            body = response.json()
        except ValueError:
            body = {}
        body = body if isinstance(body, dict) else {}
        return Health(
            version=str(body.get("version") or "") or None,
            hq_time=_hq_time(body.get("time"), response.headers.get("date")),
            round_trip=round_trip,
            tls=str(response.url).startswith("https://"),
        )

    def get_json(self, path: str, **params: Any) -> Any:
        return self.request("GET", f"{API_PREFIX}{path}", params=params or None).json()

    def send_json(self, method: str, path: str, body: Any) -> tuple[int, Any]:
        """An id-keyed write (idempotent at HQ, so retrying is safe)."""
        r = self.request(method, f"{API_PREFIX}{path}", json=body)
        return r.status_code, (r.json() if r.content else None)

    # The calls the terminal makes -------------------------------------------------

    def enroll(self, code: str, terminal_name: str) -> dict[str, Any]:
        r = self.request(
            "POST",
            f"{API_PREFIX}/enroll",
            json={"code": code, "terminal_name": terminal_name},
            retry=False,
        )
        return r.json()

    def sign_in(self, employee_id: str, pin: str) -> dict[str, Any]:
        r = self.request(
            "POST",
            f"{API_PREFIX}/sessions",
            json={"employee_id": employee_id, "pin": pin},
            retry=False,
            # HQ checks the PIN with a deliberately slow hash (scrypt, 128 MiB): on a busy
            # HQ that takes seconds. A screen's short read timeout would turn a slow answer
            # into "HQ cannot be reached"; an HQ that is down still fails at connect.
            waits=PIN_CHECK_SECONDS,
        )
        return r.json()

    def sync_page(self, collection: str, after: int, limit: int) -> dict[str, Any]:
        raw, _ = self.sync_page_bytes(collection, Position(after), limit)
        return read_page(collection, raw)

    def sync_page_bytes(
        self, collection: str, at: Position, limit: int, *, key_order: bool = False
    ) -> tuple[bytes, Position | None]:
        """The page at `at` as HQ sent it (`read_page` reads it), and where the next
        page starts when more follow (its NEXT_CURSOR and NEXT_SNAPSHOT headers), so
        that the next fetch need not wait for this page to be decoded. None: no
        more, or not said. `key_order` asks for a new first load in key order
        (protocol KEY_ORDER); an HQ that has none answers in change order."""
        params: dict[str, Any] = {"after": at.after, "limit": limit}
        if at.snapshot is not None:
            params |= {"snapshot": at.snapshot.top, "key": list(at.snapshot.key)}
        elif key_order:
            params["key_order"] = "true"
        r = self.request("GET", f"{API_PREFIX}/sync/{collection}", params=params)
        return r.content, _ahead(collection, r.headers)

    def changes(self, cursors: dict[str, int], limit: int, wait: int = 0) -> dict[str, dict]:
        """`GET /v1/changes`: each collection's page after its cursor, in one request
        (HQAnswered 404 from an HQ without it). `wait`: seconds HQ may wait for a change."""
        return self.changes_waited(cursors, limit, wait)[0]

    def changes_waited(
        self, cursors: dict[str, int], limit: int, wait: int = 0
    ) -> tuple[dict[str, dict], bool | None]:
        """`changes`, and whether HQ waited (None: an HQ that does not say, so does not wait)."""
        return self.changes_polled(cursors, limit, wait)[:2]

    def changes_polled(
        self, cursors: dict[str, int], limit: int, wait: int = 0, settings: str | None = None
    ) -> tuple[dict[str, dict], bool | None, str | None]:
        """`changes_waited`, and HQ's settings token (None: an HQ that gives none).
        `settings`: the token this terminal has; HQ answers a long poll at once when
        its own differs (a settings change wakes it as a change does)."""
        params: dict[str, Any] = {"cursors": format_cursors(cursors), "limit": limit}
        if wait:
            params["wait"] = wait
        if settings is not None:
            params["settings"] = settings
        r = self.request("GET", f"{API_PREFIX}{CHANGES_PATH}", params=params, waits=wait)
        try:
            return decode_poll(r.content, cursors)
        except ValueError:
            raise unreadable_page("changes") from None

    def sync_estimate(self, collection: str, after: int) -> int:
        return int(self.get_json(f"/sync/{collection}/estimate", after=after)["changes"])

    def live_stock(self, sku_or_gtin: str) -> dict[str, Any]:
        return self.get_json(f"/stock/{sku_or_gtin}")

    def search_shoppers(self, query: str) -> list[dict[str, Any]]:
        return self.get_json("/shoppers", q=query)["shoppers"]

    def shopper(self, shopper_id: str) -> dict[str, Any]:
        return self.get_json(f"/shoppers/{shopper_id}")

    def order(self, order_id: str) -> dict[str, Any]:
        return self.get_json(f"/orders/{order_id}")

    def store_activity(self, store_id: str, start: date, end: date) -> dict[str, Any]:
        """GET /v1/reports/store-activity: the store's report as HQ sends it (managers of the
        store only; protocol.reports.StoreActivityReport reads it)."""
        params = {"store": store_id, "from": start.isoformat(), "to": end.isoformat()}
        return self.request("GET", STORE_ACTIVITY_PATH, params=params, waits=REPORT_SECONDS).json()

    def store_activity_records(
        self,
        store_id: str,
        start: date,
        end: date,
        kpi: str,
        *,
        associate_id: str | None = None,
        day: date | None = None,
        limit: int = 200,
        offset: int = 0,
        per_shopper: bool = False,
    ) -> dict[str, Any]:
        """The records behind one number of the report (protocol.reports.RecordsPage);
        `per_shopper`: one row per served shopper (shoppers_served, conversion)."""
        params: dict[str, Any] = {"store": store_id, "from": start.isoformat(),
                                  "to": end.isoformat(), "kpi": kpi, "limit": limit,
                                  "offset": offset}  # fmt: skip
        if associate_id:
            params["associate"] = associate_id
        if day:
            params["day"] = day.isoformat()
        if per_shopper:
            params["per"] = "shopper"
        return self.request("GET", RECORDS_PATH, params=params, waits=REPORT_SECONDS).json()

    def fleet_settings(self) -> dict[str, Any]:
        """The fleet settings for this terminal's store (GET /v1/terminal/settings)."""
        return self.get_json(FLEET_SETTINGS_PATH)["settings"]

    def scan_settings(self) -> dict[str, Any]:
        """The chain's scan settings with the shopper code keys (device credential only)."""
        return self.get_json(SCAN_SETTINGS_PATH)


def _ahead(collection: str, headers: httpx.Headers) -> Position | None:
    """Where the next page starts, as the response headers say; None when they do not."""
    cursor = headers.get(NEXT_CURSOR, "")
    if not cursor.isdigit():
        return None
    snapshot = headers.get(NEXT_SNAPSHOT)
    if snapshot is None:
        return Position(int(cursor))
    try:
        return Position(int(cursor), Snapshot.from_json(json.loads(snapshot), collection))
    except ValueError:
        return None  # read from the page itself once it is decoded


def read_page(collection: str, raw: bytes, ahead: Position | None = None) -> dict[str, Any]:
    """A fetched page as a dict; HQBusy (fetch it again) when it is not a whole page:
    not JSON, not a page, not of this collection, or ending elsewhere than the
    headers said (`ahead`)."""
    try:
        page = decode_page(raw)
        if page["collection"] != collection:
            raise ValueError("another collection's page")
        following = next_position(page)
    except ValueError:
        raise unreadable_page(collection) from None
    if ahead is not None and ahead != following:
        raise unreadable_page(collection)
    return page


__all__ = ["HQAnswered", "HQClient", "Policy", "read_page"]
