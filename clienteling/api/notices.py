"""HQ's stream of change notices, read by the terminal: `open_notices`.

`GET /v1/changes/stream` (docs/api.md, "Change notices") is a response HQ never
finishes: server-sent events, one `ready` when it opens, one `changes` after each
rise of the feed that touches this terminal's scope, a comment line every
`heartbeat` seconds, and `ended` when HQ ends it. A notice holds no rows; the
terminal fetches them with its usual `GET /v1/changes`.

It goes through the client's own connections and headers (a `LongPollClient`'s,
so `cancel()` from another thread ends it at once), one attempt: the caller backs
off. A stream silent for three heartbeats is taken for dead (a network that dropped
it without a word) and ends with HQUnreachable.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import orjson

from clienteling.domain.said import Said
from clienteling.protocol.poll import CHANGES_STREAM_PATH
from clienteling.protocol.version import API_PREFIX

from .client import HQClient, _error_from
from .errors import HQBusy, HQError, HQUnreachable

SILENT_HEARTBEATS = 3  # heartbeats missed in a row before the stream is taken for dead
FIRST_HEARTBEAT = 15.0  # seconds, until HQ's `ready` says its own


@dataclass(frozen=True)
class Notice:
    """One event: `kind` ("ready", "changes", "ended") and its data."""

    kind: str
    data: dict[str, Any]


def parse_events(lines: Iterator[str]) -> Iterator[Notice | None]:
    """Server-sent events from text lines; None for a comment (a heartbeat). Events
    without data, and data that is not a JSON object, are skipped."""
    kind, data = "message", []
    for line in lines:
        if not line:
            if data:
                try:
                    value = orjson.loads("\n".join(data))
                except orjson.JSONDecodeError:
                    value = None
                if isinstance(value, dict):
                    yield Notice(kind, value)
            kind, data = "message", []
            continue
        if line.startswith(":"):
            yield None
            continue
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "event":
            kind = value
        elif field == "data":
            data.append(value)


@contextmanager
def open_notices(client: HQClient) -> Iterator[Iterator[Notice | None]]:
    """Open HQ's stream of notices with `client`'s credential and headers; yields the
    events as they come (None: a heartbeat). HQAnswered 404 from an HQ without the
    stream, HQBusy when it holds its most (its Retry-After kept), HQUnreachable when
    the stream breaks or goes silent."""
    client._guard()
    p = client.policy
    headers = {"Authorization": f"Bearer {client.token}"} if client.token else {}
    headers["Accept"] = "text/event-stream"
    silent = FIRST_HEARTBEAT * SILENT_HEARTBEATS
    timeout = httpx.Timeout(p.attempt_timeout, connect=p.connect_timeout, read=silent)
    try:
        with client._http.stream(
            "GET", f"{API_PREFIX}{CHANGES_STREAM_PATH}", headers=headers, timeout=timeout
        ) as response:
            if response.status_code >= 400:
                response.read()
                raise _error_from(response)
            if not response.headers.get("content-type", "").startswith("text/event-stream"):
                raise HQBusy(
                    Said("HQ answered the stream with something else; trying again", "hq_busy")
                )
            client.connectivity.note(None)
            yield parse_events(response.iter_lines())
    except (httpx.TransportError, httpx.TimeoutException, httpx.StreamError) as exc:
        error = HQUnreachable(
            Said(f"HQ's stream of changes broke ({exc.__class__.__name__})", "unreachable")
        )
        client.connectivity.note(error)
        raise error from None
    except HQError as error:
        client.connectivity.note(error)
        raise
