"""HQClient.probe: one light look at HQ's health check, against a real HQ on loopback and
stand-in servers that answer the way a struggling or older HQ would."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from clienteling.api.client import HQClient, Policy
from clienteling.domain.enums import Connectivity
from tests.hq_live import LiveHQ, free_port

FAST = Policy(deadline=2, attempt_timeout=1, connect_timeout=0.3, attempts=1)


class Answering:
    """A loopback HTTP server answering every GET with one status code."""

    def __init__(self, status: int) -> None:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Answering:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_probe_online_then_offline_when_hq_stops(hq_db):
    hq = LiveHQ(hq_db).__enter__()
    try:
        client = HQClient(hq.url, policy=FAST)
        assert client.connectivity.state == Connectivity.UNKNOWN  # nothing tried yet
        assert client.probe() == Connectivity.ONLINE
        assert client.connectivity.state == Connectivity.ONLINE
    finally:
        hq.__exit__(None, None, None)
    assert client.probe() == Connectivity.OFFLINE
    assert client.connectivity.state == Connectivity.OFFLINE
    client.close()


def test_nothing_listening_is_offline():
    client = HQClient(f"http://127.0.0.1:{free_port()}", policy=FAST)
    assert client.probe() == Connectivity.OFFLINE
    client.close()


@pytest.mark.parametrize(
    ("status", "state"),
    [
        (500, Connectivity.DEGRADED),  # HQ is there, its health check fails: not offline
        (503, Connectivity.DEGRADED),
        (502, Connectivity.DEGRADED),  # the proxy in front of HQ answers, HQ does not
        (404, Connectivity.ONLINE),  # an older HQ without /healthz still answered
    ],
)
def test_a_server_error_is_degraded_never_offline(status, state):
    with Answering(status) as server:
        client = HQClient(server.url, policy=FAST)
        assert client.probe() == state
        assert client.connectivity.state == state
        client.close()
