"""HQ counts a request body as it arrives and stops at the limit: a body over it, declared or
streamed (chunked, no Content-Length), is answered 413 with the usual error body on every
route that reads one, and never read whole. On SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from clienteling.hq import auth
from clienteling.hq.settings import HQSettings
from tests.hq_live import LiveHQ, small_chain

MiB = 1024 * 1024
STORE = "BR-SP-01"


def rss_bytes() -> int:
    """This process's resident memory (LiveHQ serves from a thread of this process)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


class PeakRSS:
    """The highest resident memory seen while the block runs (sampled every 5 ms)."""

    def __enter__(self) -> PeakRSS:
        self.start = self.peak = rss_bytes()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, rss_bytes())
            time.sleep(0.005)

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_bytes())

    @property
    def growth(self) -> int:
        return self.peak - self.start


class Stream:
    """A body made only as it is sent: `size` bytes in 64 KiB chunks, counting what was
    taken. The same chunk object every time, so the sender holds no more than one."""

    def __init__(self, size: int, chunk: bytes = b"x" * (64 * 1024)) -> None:
        self.size, self.chunk, self.sent = size, chunk, 0

    def __iter__(self) -> Iterator[bytes]:
        while self.sent < self.size:
            piece = self.chunk[: self.size - self.sent]
            self.sent += len(piece)
            yield piece


def test_a_streamed_body_of_hundreds_of_mib_is_stopped_at_the_limit(hq_db):
    """The review's case: 256 MiB chunked to the unauthenticated enrollment took HQ from 80
    to 866 MB and was answered 422 once read. Now: 413 after about the limit."""
    small_chain(hq_db)
    body = Stream(320 * MiB)
    with LiveHQ(hq_db) as hq, hq.client() as c:
        c.get("/healthz")  # the server's own first allocations happen before measuring
        with PeakRSS() as memory:
            r = c.post(
                "/v1/enroll", content=iter(body), headers={"Content-Type": "application/json"}
            )
    assert r.status_code == 413, r.text[:200]
    assert r.json()["error"]["code"] == "payload_too_large"
    assert "larger than 2097152 bytes" in r.json()["error"]["message"]
    assert body.sent < 64 * MiB, f"{body.sent / MiB:.0f} MiB of {body.size / MiB:.0f} MiB sent"
    assert memory.growth < 50 * MiB, f"HQ's process grew by {memory.growth / MiB:.0f} MiB"


SMALL = HQSettings(max_body_bytes=4096, max_import_bytes=8192)


@pytest.fixture
def small_hq(hq_db):
    chain = small_chain(hq_db)
    with LiveHQ(hq_db, SMALL) as hq:
        device = hq.enroll(STORE)
        hq.tokens = {
            "device": device,
            "associate": hq.sign_in(device, chain["staff"][STORE]["associate"]),
            "integration": auth.create_api_token(
                hq_db, "erp", "integration", None, datetime.now(UTC)
            ),
        }
        yield hq


def routes_that_read_a_body(app) -> list[tuple[str, str]]:
    """Routes with a JSON body, and the CSV import (which streams its own). A route that
    takes no body never reads one: it answers as usual and the connection closes."""
    out = []
    for route in app.routes:
        if getattr(route, "body_field", None) is None and route.path != "/v1/import/{kind}":
            continue
        for method in route.methods:
            path = route.path.replace("{kind}", "stock").replace("{", "").replace("}", "")
            out.append((method, path))
    return sorted(out)


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_every_route_that_reads_a_body_answers_413_past_the_limit(small_hq, declared):
    routes = routes_that_read_a_body(small_hq.app)
    assert ("POST", "/v1/import/stock") in routes and ("POST", "/v1/training-results") in routes
    assert len(routes) == 14, routes  # a new route with a body: it is checked below too
    for method, path in routes:
        importing = path.startswith("/v1/import/")
        limit = SMALL.max_import_bytes if importing else SMALL.max_body_bytes
        token = small_hq.tokens["integration" if importing else "associate"]
        if path == "/v1/sessions":
            token = small_hq.tokens["device"]
        body = Stream(limit + 1, b"{" * 1000)
        content = b"".join(body) if declared else iter(body)
        with small_hq.client(token) as c:
            r = c.request(method, path, content=content)
        assert r.status_code == 413, (method, path, r.status_code, r.text[:200])
        error = r.json()["error"]
        assert error["code"] == "payload_too_large", (method, path)
        assert f"larger than {limit} bytes" in error["message"]
        # At the limit exactly, the body is read and judged as usual.
        with small_hq.client(token) as c:
            r = c.request(method, path, content=iter(Stream(limit, b" " * 1000)))
        assert r.status_code != 413, (method, path)


def test_an_import_under_its_own_limit_streams_through(small_hq):
    csv = b"store_id,sku,on_hand\n" + b"BR-SP-01,ST1-BLK-M,3\n" * 300  # over max_body_bytes
    assert SMALL.max_body_bytes < len(csv) <= SMALL.max_import_bytes
    with small_hq.client(small_hq.tokens["integration"]) as c:
        r = c.post("/v1/import/stock", content=iter([csv[:5000], csv[5000:]]))
    assert r.status_code == 200, r.text
    assert r.json()["rows_read"] == 300
