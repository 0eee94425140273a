"""HQ as `clienteling-hq serve` runs it, wrapped to measure itself (benchmarks only).

`python tests/benchmarks/hq_timed.py PORT WORKERS` serves the app of CLIENTELING_HQ_DB
through uvicorn as `serve` does, inside a plain ASGI wrapper that records, per request,
the time from the app's call to the last byte of its answer (HQ's own time for it, the
accept queue and the parsing before the call not in it), and the lag of the process's
event loop (a task that sleeps 10 ms and records how late it wakes). `GET
/_bench/stats` answers what was recorded since the last ask (and starts again), for the
process that answers it. Nothing here is part of HQ: it lets bench_changes.py tell HQ's
time from the time a request waited on the terminals' side.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

LAG_EVERY = 0.01


class Timed:
    def __init__(self, app) -> None:
        self.app = app
        self.times: list[float] = []
        self.lags: list[float] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self._lagging = False

    async def _lag(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(LAG_EVERY)
            self.lags.append(loop.time() - before - LAG_EVERY)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if not self._lagging:
            self._lagging = True
            asyncio.get_running_loop().create_task(self._lag())
        if scope["path"] == "/_bench/stats":
            body = orjson.dumps(
                {
                    "pid": os.getpid(),
                    "times": self.times,
                    "lags": self.lags,
                    "most_in_flight": self.most_in_flight,
                }
            )
            self.times, self.lags, self.most_in_flight = [], [], self.in_flight
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"application/json")],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return None
        if scope["path"].endswith("/stream"):
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)

        async def timed_send(message) -> None:
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                self.times.append(time.perf_counter() - started)

        try:
            await self.app(scope, receive, timed_send)
        finally:
            self.in_flight -= 1


def factory():
    from clienteling.hq.app import app_from_env

    return Timed(app_from_env())


def main() -> None:
    import uvicorn

    from clienteling.hq import migrate
    from clienteling.hq.app import KEEP_ALIVE_SECONDS
    from clienteling.hq.db import Database

    port, workers = int(sys.argv[1]), int(sys.argv[2])
    db = Database(os.environ["CLIENTELING_HQ_DB"])
    migrate.upgrade(db)
    db.dispose()
    uvicorn.run(
        "tests.benchmarks.hq_timed:factory",
        factory=True,
        host="127.0.0.1",
        port=port,
        workers=workers if workers > 1 else None,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=3,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,  # as `clienteling-hq serve`
    )


if __name__ == "__main__":
    main()
