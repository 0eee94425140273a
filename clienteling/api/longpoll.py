"""A client for long polls that can be ended from another thread: `LongPollClient`.

A long poll (`GET /v1/changes?wait=25`) blocks its thread in a socket read
for up to 25 s, and httpx's sync client cannot cancel a request. The long
poll therefore gets a client of its own connections (never the terminal's
shared pool, so cancelling it ends nothing else) whose network backend keeps
the sockets it opened: `cancel()` shuts them down (`SHUT_RDWR` wakes a read
blocked in another thread, where `close` would not), so the waiting request
ends at once with a transport error, and refuses new connections until
`resume()`. The app uses it so that quitting, or HQ going offline, never
waits for HQ's answer.
"""

from __future__ import annotations

import socket
import ssl
import threading
from dataclasses import replace
from typing import Any

import httpcore
import httpx
import truststore

from .client import CONNECTION_LIMITS, HQClient


class _Stream(httpcore.NetworkStream):
    """A socket stream its backend can shut down from another thread."""

    def __init__(self, inner: httpcore.NetworkStream, backend: _CancellableBackend) -> None:
        self._inner, self._backend = inner, backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._backend.forget(self)
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        self._inner = self._inner.start_tls(ssl_context, server_hostname, timeout)
        return self

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)

    def shut_down(self) -> None:
        sock = self._inner.get_extra_info("socket")
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed, or never connected


class _CancellableBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()
        self._open: set[_Stream] = set()
        self._lock = threading.Lock()
        self.cancelled = False

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        if self.cancelled:
            raise httpcore.ConnectError("the long poll was cancelled")
        inner = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        stream = _Stream(inner, self)
        with self._lock:
            self._open.add(stream)
            cancelled = self.cancelled
        if cancelled:  # cancelled while connecting
            stream.shut_down()
        return stream

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise httpcore.ConnectError("long polls go over TCP")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)

    def forget(self, stream: _Stream) -> None:
        with self._lock:
            self._open.discard(stream)

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            streams = list(self._open)
        for stream in streams:
            stream.shut_down()

    def resume(self) -> None:
        self.cancelled = False


class LongPollClient(HQClient):
    """An `HQClient` like `like` (address, credential, connectivity tracker, headers), on
    connections of its own, one attempt per call (the caller backs off), whose request
    under way `cancel()` ends from any thread."""

    def __init__(self, like: HQClient) -> None:
        self.backend = _CancellableBackend()
        verify = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        transport = httpx.HTTPTransport(verify=verify, limits=CONNECTION_LIMITS)
        pool = getattr(transport, "_pool", None)
        if not isinstance(pool, httpcore.ConnectionPool) or not hasattr(pool, "_network_backend"):
            raise RuntimeError("this httpx cannot carry a cancellable long poll")
        pool._network_backend = self.backend
        super().__init__(
            str(like._http.base_url),
            like.token,
            policy=replace(like.policy, attempts=1),
            transport=transport,
            renew=like.renew,
            connectivity=like.connectivity,
            training=like.training,
        )
        for name, value in like._http.headers.items():
            self._http.headers.setdefault(name, value)

    def cancel(self) -> None:
        """End the request under way now (it raises HQUnreachable) and refuse new ones."""
        self.backend.cancel()

    def resume(self) -> None:
        """Accept requests again after `cancel()`."""
        self.backend.resume()
