"""Connections to HQ kept between a terminal's polls: HQ (`clienteling-hq serve`, one
process or `--workers 2`) and the terminal's clients keep an idle connection longer than
the 5 s both used to, and a connection closed meanwhile (HQ restarted, a proxy's idle
timeout) costs the request nothing."""

from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Thread

import pytest

from clienteling.api.client import HEALTH_PATH, HQClient, Policy
from clienteling.api.longpoll import LongPollClient
from clienteling.domain.enums import Connectivity
from tests.hq_live import ServedHQ, World

OLD_KEEP_ALIVE = 5  # seconds uvicorn and httpx kept an idle connection before


def connection_of(response):
    """The connection a response came on (one object per TCP connection)."""
    return response.extensions["network_stream"]


@pytest.mark.parametrize("workers", [1, 2])
def test_polls_further_apart_than_before_reuse_one_connection(hq_db_url, workers):
    if workers > 1 and hq_db_url.startswith("sqlite"):
        pytest.skip("several workers serve PostgreSQL only")
    with ServedHQ(hq_db_url, processes=1, workers=workers) as hq:
        client = HQClient(hq.urls[0])
        follower = LongPollClient(client)  # the follower's own connections
        try:
            first = [c.request("GET", HEALTH_PATH) for c in (client, follower)]
            time.sleep(OLD_KEEP_ALIVE + 1.5)
            then = [c.request("GET", HEALTH_PATH) for c in (client, follower)]
        finally:
            follower.close()
            client.close()
    for before, after in zip(first, then, strict=True):
        assert after.status_code == 200
        assert connection_of(after) is connection_of(before)


def test_a_request_after_hq_restarted_gets_a_new_connection(hq_db):
    world = World(hq_db)
    world.start_hq()
    client = HQClient(world.url)
    try:
        before = client.request("GET", HEALTH_PATH)
        world.stop_hq()  # closes the idle connection the client keeps
        world.start_hq()  # same port
        after = client.request("GET", HEALTH_PATH)
    finally:
        client.close()
        world.stop_hq()
    assert after.status_code == 200
    assert connection_of(after) is not connection_of(before)
    assert client.connectivity.state == Connectivity.ONLINE


class ClosesKeptConnections:
    """A loopback server answering the first request of each connection and closing the
    connection, unanswered, when a second comes on it: a kept connection that went stale
    while the terminal's request was on its way (a proxy's idle timeout)."""

    def __init__(self) -> None:
        connections = self.connections = []

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keeps the connection open after an answer

            def setup(self):
                super().setup()
                self.answered = False
                connections.append(self)

            def do_GET(self):
                if self.answered:
                    self.close_connection = True
                    return
                self.answered = True
                body = b'{"status": "ok"}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> ClosesKeptConnections:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_a_kept_connection_closed_unanswered_is_retried_on_a_new_one():
    with ClosesKeptConnections() as server:
        policy = Policy(deadline=10, attempt_timeout=5, connect_timeout=2, attempts=2)
        client = HQClient(server.url, policy=policy, sleep=lambda _: None)
        try:
            first = client.request("GET", HEALTH_PATH)
            second = client.request("GET", HEALTH_PATH)
        finally:
            client.close()
    assert first.status_code == second.status_code == 200
    assert connection_of(second) is not connection_of(first)
    assert len(server.connections) == 2  # the stale one, then the new one
