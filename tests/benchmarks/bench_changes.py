"""Fleet benchmark: N terminals polling HQ, one request per poll vs one per collection.

N simulated terminals (asyncio, in this process; `--client raw`, the default: HTTP/1.1
by hand, each terminal keeping one connection from poll to poll as terminals do, or a
connection a request with `--no-keep-alive`; `--client httpx`: httpx.AsyncClient pools
of 50), each with its own device credential, its own store (its scope) and its own cursors,
poll HQ (`clienteling-hq serve`, its own process) every `--poll` seconds, starts
spread over the period, while a trickle of stock changes commits (one a second,
written by this process through its own Database, which NOTIFYs as an HQ process
does). Phases, each with the same terminals, in the same run:

- loopback: each terminal asks /healthz on the same schedule (the bare HTTP round
  trip to HQ: one tiny read), and a closed loop of 50 clients gives its rate;
- per-collection: each poll is one GET /v1/sync/{collection} for each of the 10
  collections, in turn (terminals before /v1/changes);
- one request: each poll is one GET /v1/changes with the 10 cursors;
- long poll: each terminal keeps one GET /v1/changes?wait=25 open; the time from
  a stock change's commit to its arrival at each terminal is the change's delay.
- stream: each terminal keeps HQ's stream of change notices open
  (GET /v1/changes/stream, on a bare asyncio connection of its own); the time from
  a stock change's commit to the notice carrying its row at each terminal is the
  change's delay (the terminal applies such a notice with no request).

The long poll and stream phases also give HQ's CPU time per change committed.
`--cpu-per-request N`: HQ's CPU a request with one client asking back to back (/healthz,
a poll with nothing new, a poll with stock changes), and beside it the same polls' own
work with no HTTP and no credential (`poll.read_changes` in this process, with its own
ring of recent changes): the statements of a poll and the Python around them.

Figures: requests/s, p50/p99 latency (and each as a ratio to the loopback figure),
HQ's CPU (its process and children, % of one core and of the machine, and CPU time
per request: the figure a loaded machine disturbs least), and the
simulated terminals' own CPU (this process): on a small machine they compete with
HQ for the same cores, and their own queueing is part of the latency measured.

Where a request's time went: the terminals' own loop lag (a task sleeping 10 ms in
this process), each HQ process's event-loop thread's share of the phase on a CPU and
runnable but waiting for one (/proc/PID/schedstat), the machine's accept-queue
overflows; with `--timed`, HQ served through hq_timed.py, also HQ's own time a request
(from the app's call to its answer's last byte) and its event loop's lag.

    python tests/benchmarks/bench_changes.py [--db postgresql://postgres@127.0.0.1/postgres]
        [--terminals 500,2000] [--poll 30] [--seconds 40]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import secrets
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import httpx
import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from clienteling.hq import auth, live, migrate, poll, ring
from clienteling.hq import tables as t
from clienteling.hq.credentials import USE_NOTED_EVERY
from clienteling.hq.db import Database
from clienteling.protocol.poll import DEFAULT_CHANGES, format_cursors
from clienteling.protocol.sync import COLLECTIONS
from tests.benchmarks.bench_hq import fill_shoppers, make_db
from tests.benchmarks.limits import pct
from tests.hq_live import NOW, STORES, add_stores, add_style, free_port

TICK = os.sysconf("SC_CLK_TCK")
STORES_LIST = list(STORES)
PHASES = ("loopback", "per-collection", "one request", "long poll", "stream")
POOL = 50  # terminals sharing one httpx.AsyncClient


def cpu_seconds(pid: int) -> float:
    """User + system CPU of the process and its descendants so far."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        times[int(entry)] = (int(fields[11]) + int(fields[12])) / TICK
    tree, grew = {pid}, True
    while grew:
        more = {p for p, pp in parents.items() if pp in tree} - tree
        tree |= more
        grew = bool(more)
    return sum(times.get(p, 0.0) for p in tree)


def loop_threads(pid: int) -> dict[int, tuple[float, float]]:
    """For HQ's process and each worker process (its children): its main thread's (the
    event loop's) seconds on a CPU and seconds runnable but waiting for one
    (/proc/PID/schedstat), so far."""
    pids = {pid}
    with contextlib.suppress(OSError):
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids |= {int(c) for c in children}
    out = {}
    for p in pids:
        with contextlib.suppress(OSError):
            run, wait, _ = Path(f"/proc/{p}/schedstat").read_text().split()
            out[p] = (int(run) / 1e9, int(wait) / 1e9)
    return out


def listen_overflows() -> int:
    """The machine's count of connections dropped because a listening socket's accept
    queue was full (TcpExt ListenOverflows): a client whose connection is dropped tries
    again after 1 s, then 3 s, 7 s ... (any process's sockets: others' count too)."""
    lines = Path("/proc/net/netstat").read_text().splitlines()
    for names, values in zip(lines[::2], lines[1::2], strict=False):
        if names.startswith("TcpExt:"):
            return int(dict(zip(names.split(), values.split(), strict=True))["ListenOverflows"])
    return 0


def start_hq(db_url: str, workers: int, timed: bool = False) -> tuple[subprocess.Popen, str]:
    """`clienteling-hq serve` in its own process; up to 3 minutes to answer (a loaded
    machine starts several workers slowly). `timed`: the same app through hq_timed.py,
    which also records HQ's own time a request and its event loop's lag."""
    port = free_port()
    if timed:
        argv = [str(Path(__file__).with_name("hq_timed.py")), str(port), str(workers)]
    else:
        argv = ["-m", "clienteling.hq.cli", "serve", "--port", str(port)]
        argv += ["--workers", str(workers)]
    proc = subprocess.Popen(
        [sys.executable, *argv],
        env={**os.environ, "CLIENTELING_HQ_DB": db_url},
        stdout=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()  # not kill: uvicorn stops its workers on SIGTERM
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
    raise SystemExit("HQ did not start")


def make_devices(db: Database, n: int) -> list[tuple[str, str]]:
    """n terminals spread over the stores: (token, store_id) each. Each as HQ keeps a
    terminal that has been polling for a while: what it reports (these simulated
    terminals send no version headers) noted at a time spread over the last
    `USE_NOTED_EVERY`, so about one poll in ten notes it again (hq/fleet.py
    `note_versions`), as in a fleet that runs, not one whose every terminal calls for
    the first time."""
    stores = list(STORES)
    now = datetime.now(UTC)
    out, rows = [], []
    for i in range(n):
        token = f"dev_{secrets.token_urlsafe(24)}"
        store = stores[i % len(stores)]
        rows.append(
            {
                "device_id": f"bench-{i:05d}",
                "store_id": store,
                "name": f"bench {i}",
                "token_hash": auth.digest(token),
                "created_at": now,
                "last_used_at": now - random.random() * USE_NOTED_EVERY,
                "protocol": 0,
                "versions_at": now - random.random() * USE_NOTED_EVERY,
            }
        )
        out.append((token, store))
    with db.write_unsequenced() as conn:
        conn.execute(t.devices.insert(), rows)
    return out


def set_stock(db: Database, store: str, sku: str, on_hand: int) -> None:
    with db.write() as w:
        row = {"store_id": store, "sku": sku, "on_hand": on_hand, "reserved": 0, "as_of": NOW}
        w.upsert(t.stock, [row], ["store_id", "sku"])


class Trickle:
    """A stock change every `every` seconds; remembers when each value committed."""

    def __init__(self, db: Database, skus: list[str], every: float = 1.0) -> None:
        self.db, self.skus, self.every = db, skus, every
        self.committed: dict[int, float] = {}
        self.value = 1_000_000
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        while not self._stop.wait(self.every):
            self.value += 1
            set_stock(self.db, random.choice(list(STORES)), random.choice(self.skus), self.value)
            self.committed[self.value] = time.monotonic()

    def stop(self) -> None:
        self._stop.set()
        if self.thread.is_alive():
            self.thread.join()


class LoopLag:
    """How late this process's event loop wakes a task that sleeps 10 ms: a simulated
    terminal's request waits that long on its own side, which is not HQ's time."""

    def __init__(self) -> None:
        self.lags: list[float] = []
        self._task: asyncio.Task | None = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(0.01)
            self.lags.append(loop.time() - before - 0.01)

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()


def hq_stats(url: str) -> dict:
    """What hq_timed.py recorded since the last ask (one process's)."""
    return httpx.get(f"{url}/_bench/stats", timeout=60).json()


class RawClient:
    """One simulated terminal's GETs, HTTP/1.1 by hand, at a fraction of httpx's CPU (on
    two cores the simulated terminals' CPU is taken from HQ, and a client loop that lags
    adds its own wait to every latency it measures).

    `keep_alive` (what a terminal does: api/client.py keeps an idle connection 60 s, HQ
    75 s): one connection, reused from poll to poll, each answer read by its
    Content-Length; one HQ closed meanwhile is opened again once. Without: a connection a
    request (`Connection: close`), as terminals did when both sides let an idle
    connection go after 5 s."""

    opened = 0  # connections opened, all clients (the tool's own count)
    closed = 0  # connections closed by the tool or found closed
    reopened = 0  # of which after HQ had closed a kept one

    def __init__(self, url: str, keep_alive: bool = True, timeout: float = 60) -> None:
        host, port = url.removeprefix("http://").split(":")
        self.host, self.port, self.timeout = host, int(port), timeout
        self.keep_alive = keep_alive
        self._conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self, path: str, params=None, headers=None) -> tuple[int, bytes]:
        try:
            return await asyncio.wait_for(self._get(path, params, headers), self.timeout)
        except BaseException:
            self.close()  # a request cut halfway leaves the connection unusable
            raise

    def close(self) -> None:
        if self._conn is not None:
            self._conn[1].close()
            self._conn = None
            RawClient.closed += 1

    async def _get(self, path, params, headers) -> tuple[int, bytes]:
        if params:
            path += "?" + urlencode(params)
        head = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
        close = "" if self.keep_alive else "Connection: close\r\n"
        request = f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n{head}{close}\r\n".encode()
        while True:
            kept = self._conn is not None
            if not kept:
                self._conn = await asyncio.open_connection(self.host, self.port)
                RawClient.opened += 1
            reader, writer = self._conn
            try:
                writer.write(request)
                status_line = await reader.readline()
                if not status_line:
                    raise ConnectionResetError("HQ closed the connection")
                status = int(status_line.split()[1])
                length, closes = None, not self.keep_alive
                while (line := await reader.readline()) not in (b"\r\n", b""):
                    name, _, value = line.partition(b":")
                    name = name.strip().lower()
                    if name == b"content-length":
                        length = int(value)
                    elif name == b"connection" and value.strip().lower() == b"close":
                        closes = True
                if length is None:
                    body, closes = await reader.read(), True
                else:
                    body = await reader.readexactly(length)
            except (OSError, asyncio.IncompleteReadError) as exc:
                self.close()
                if kept:  # HQ closed the kept connection: once on a new one
                    RawClient.reopened += 1
                    continue
                raise ConnectionResetError(str(exc)) from None
            if closes:
                self.close()
            return status, body


class Fleet:
    def __init__(
        self,
        url: str,
        devices: list[tuple[str, str]],
        top: int,
        client: str = "raw",
        keep_alive: bool = True,
    ) -> None:
        self.url, self.devices, self.client = url, devices, client
        # One event loop for every phase, so that a terminal's kept connection (opened in
        # the loopback phase) carries it into the next, as a running terminal's does.
        self.runner = asyncio.Runner()
        self.raw = [RawClient(url, keep_alive) for _ in devices]
        self.cursors = [dict.fromkeys(COLLECTIONS, top) for _ in devices]
        self.latencies: list[float] = []
        self.requests = 0
        self.errors = 0
        self.lag = LoopLag()  # started once a phase's pools are made (that takes a while)

    async def _get(self, http, i: int, path: str, params=None) -> dict:
        started = time.monotonic()
        headers = {"Authorization": f"Bearer {self.devices[i][0]}"}
        try:
            if isinstance(http, RawClient):
                status, body = await http.get(path, params, headers)
            else:
                r = await http.get(path, params=params, headers=headers)
                status, body = r.status_code, r.content
        except (httpx.TransportError, OSError, TimeoutError, ValueError, IndexError):
            self.errors += 1
            return {}
        self.latencies.append(time.monotonic() - started)
        self.requests += 1
        if status != 200:
            self.errors += 1
            return {}
        return orjson.loads(body)

    def close(self) -> None:
        for raw in self.raw:
            raw.close()
        self.runner.close()

    @contextlib.asynccontextmanager
    async def pools(self):
        """Each terminal's client: its own RawClient, or one httpx.AsyncClient pool per
        POOL terminals (httpcore looks through its pool's connections on every request,
        and one pool of 2,000 made the terminals' side the bottleneck of the measure)."""
        if self.client == "raw":
            self.lag.start()
            yield self.raw
            return
        limits = httpx.Limits(
            max_connections=POOL, max_keepalive_connections=None, keepalive_expiry=3
        )
        async with contextlib.AsyncExitStack() as stack:
            pools = [
                await stack.enter_async_context(
                    httpx.AsyncClient(base_url=self.url, limits=limits, timeout=60)
                )
                for _ in range(0, len(self.devices), POOL)
            ]
            self.lag.start()
            yield [pools[i // POOL] for i in range(len(self.devices))]

    async def poll_once(self, http, i: int, kind: str, end: float) -> None:
        """One poll of terminal i; no request starts after `end` (the phase's end)."""
        cursors = self.cursors[i]
        if kind == "loopback":
            await self._get(http, i, "/healthz")
        elif kind == "per-collection":
            for name in COLLECTIONS:
                while time.monotonic() < end:
                    page = await self._get(http, i, f"/v1/sync/{name}", {"after": cursors[name]})
                    if not page:
                        break
                    cursors[name] = page["next_cursor"]
                    if not page["has_more"]:
                        break
        else:
            while time.monotonic() < end:
                answer = await self._get(
                    http, i, "/v1/changes", {"cursors": format_cursors(cursors)}
                )
                if not answer:
                    break
                for name, page in answer["collections"].items():
                    cursors[name] = page["next_cursor"]
                if not answer["has_more"]:
                    break

    async def polling(self, kind: str, period: float, seconds: float) -> None:
        async with self.pools() as pools:
            end = time.monotonic() + seconds

            async def terminal(i: int) -> None:
                http = pools[i]
                await asyncio.sleep(random.random() * min(period, seconds))
                while time.monotonic() < end:
                    started = time.monotonic()
                    await self.poll_once(http, i, kind, end)
                    pause = min(period - (time.monotonic() - started), end - time.monotonic())
                    await asyncio.sleep(max(0.0, pause))

            await asyncio.gather(*(terminal(i) for i in range(len(self.devices))))

    async def long_polling(self, seconds: float, trickle: Trickle) -> list[float]:
        """Every terminal waits on HQ; the delays from commit to arrival of each change."""
        delays: list[float] = []
        # Changes from before (earlier phases) come with each terminal's first answer: only
        # those committed once every terminal is waiting count.
        counted_from = time.monotonic() + 5
        async with self.pools() as pools:
            end = time.monotonic() + seconds

            async def terminal(i: int) -> None:
                http = pools[i]
                await asyncio.sleep(random.random() * 2)
                cursors = self.cursors[i]
                while time.monotonic() < end:
                    wait = max(1, min(25, int(end - time.monotonic())))
                    params = {"cursors": format_cursors(cursors), "wait": wait}
                    answer = await self._get(http, i, "/v1/changes", params)
                    now = time.monotonic()
                    if not answer:
                        await asyncio.sleep(1)
                        continue
                    for name, page in answer["collections"].items():
                        cursors[name] = page["next_cursor"]
                    stock = answer["collections"]["stock"]
                    if stock["rows"]:
                        at = stock["columns"].index("on_hand")
                        for row in stock["rows"]:
                            when = trickle.committed.get(row[at])
                            if when is not None and when >= counted_from:
                                delays.append(now - when)

            await asyncio.gather(*(terminal(i) for i in range(len(self.devices))))
        return delays


async def _stream_one(url: str, token: str, ends: dict, on_event) -> str:
    """One terminal's stream until `ends["at"]` (which may move): `on_event(kind, data,
    arrived)` for each `ready`, `changes` and `ended` event. Returns how it ended: "held"
    (to the end), "connect" (no connection), "status NNN" (HQ refused it), "closed" (the
    connection closed), "ended" (HQ ended the response) or "bad answer"."""
    host, port = url.removeprefix("http://").split(":")
    try:
        reader, writer = await asyncio.open_connection(host, int(port))
    except OSError:
        return "connect"
    try:
        writer.write(
            f"GET /v1/changes/stream HTTP/1.1\r\nHost: {host}\r\n"
            f"Authorization: Bearer {token}\r\nAccept: text/event-stream\r\n\r\n".encode()
        )
        status = await reader.readline()
        if b" 200 " not in status:
            parts = status.split()
            return f"status {parts[1].decode() if len(parts) > 1 else '?'}"
        while (await reader.readline()) not in (b"\r\n", b""):
            pass  # headers
        while (left := ends["at"] - time.monotonic()) > 0:
            try:
                size = await asyncio.wait_for(reader.readline(), left)
            except TimeoutError:
                continue  # the end may have moved
            if not size:
                return "closed"
            chunk = await reader.readexactly(int(size, 16) + 2)
            arrived = time.monotonic()
            if size.strip() == b"0":
                return "ended"  # HQ ended the response (after an `ended` event)
            # A chunk may hold several events (HQ sends a stream's waiting notices in one
            # write), each `field: value` lines ending with an empty line.
            for block in chunk[:-2].split(b"\n\n"):
                kind = data = None
                for line in block.split(b"\n"):
                    if line.startswith(b"event: "):
                        kind = line[7:].decode()
                    elif line.startswith(b"data: "):
                        data = line[6:]
                if kind in ("changes", "ready", "ended") and data is not None:
                    on_event(kind, orjson.loads(data), arrived)
        return "held"
    except (OSError, asyncio.IncompleteReadError):
        return "closed"
    except ValueError:
        return "bad answer"
    finally:
        writer.close()


async def streaming(
    fleet: Fleet, seconds: float, trickle: Trickle, hq_pid: int, open_over: float = 5.0
) -> tuple[list[float], int, dict]:
    """Every terminal holds a stream open. Once every one has had its `ready` (opening
    thousands of streams on a loaded machine takes a while), for `seconds`: the delays
    from a stock change's commit to the notice that carries its row, at each terminal;
    notices without rows (to fetch); changes committed and HQ's CPU seconds."""
    fleet.lag.start()
    n = len(fleet.devices)
    delays: list[float] = []
    without_rows = 0
    steady: dict = {}
    ready: set[int] = set()
    all_open = asyncio.Event()
    ends = {"at": time.monotonic() + 300 + seconds}  # a bound for opening them all
    counted = {"from": float("inf")}

    def on_event(i: int, kind: str, data: dict, arrived: float) -> None:
        nonlocal without_rows
        if kind == "ended":
            reason = data.get("reason", "?")
            steady.setdefault("ended", {}).setdefault(reason, 0)
            steady["ended"][reason] += 1
            return
        if kind == "ready":
            ready.add(i)
            if len(ready) == n:
                all_open.set()
            return
        pages = data.get("pages")
        if pages is None:
            without_rows += 1
            return
        stock = pages.get("stock")
        if not stock:
            return
        at = stock["columns"].index("on_hand")
        for row in stock["rows"]:
            when = trickle.committed.get(row[at])
            if when is not None and when >= counted["from"]:
                delays.append(arrived - when)

    async def measure() -> None:
        try:
            await asyncio.wait_for(all_open.wait(), ends["at"] - time.monotonic())
        except TimeoutError:
            steady["opened"] = len(ready)
            return
        steady["opening"] = time.monotonic() - started
        counted["from"] = time.monotonic() + 1
        await asyncio.sleep(1)
        cpu0, n0 = cpu_seconds(hq_pid), len(trickle.committed)
        await asyncio.sleep(seconds)
        steady["cpu_seconds"] = cpu_seconds(hq_pid) - cpu0
        steady["changes"] = len(trickle.committed) - n0
        ends["at"] = time.monotonic() + 3  # the last changes arrive

    async def terminal(i: int) -> None:
        # Opened over `open_over` seconds, not all at once; opened again as a terminal
        # does (sync/follow.py): 1 s, 2 s, 4 s ... up to a minute, each times 0.5-1.5 at
        # random, and after HQ's Retry-After (30 s) when it holds its most streams.
        await asyncio.sleep(i * open_over / n)
        failures = 0
        while time.monotonic() < ends["at"]:
            how = await _stream_one(
                fleet.url, fleet.devices[i][0], ends, lambda *a, i=i: on_event(i, *a)
            )
            if how == "held":
                break
            fleet.errors += 1
            failures += 1
            steady.setdefault("failed", {}).setdefault(how, 0)
            steady["failed"][how] += 1
            pause = min(60.0, 2.0 ** min(failures - 1, 16)) * (0.5 + random.random())
            if how == "status 503":
                pause = max(pause, 30.0)
            await asyncio.sleep(pause)

    started = time.monotonic()
    await asyncio.gather(measure(), *(terminal(i) for i in range(n)))
    return delays, without_rows, steady


def cpu_per_request(url: str, pid: int, token: str, top: int, n: int) -> dict[str, float]:
    """HQ's CPU time per request (ms), one client asking back to back, for /healthz, a
    poll with nothing new and a poll whose stock has changes after its cursors: the figure
    a loaded machine disturbs least (queueing is not in it)."""
    at_top = dict.fromkeys(COLLECTIONS, top)
    with_changes = {**at_top, "stock": max(0, top - 5)}  # the last values: stock rows
    asks = {
        "/healthz": ("/healthz", None),
        "poll, nothing new": ("/v1/changes", {"cursors": format_cursors(at_top)}),
        "poll, stock changed": ("/v1/changes", {"cursors": format_cursors(with_changes)}),
    }
    out = {}
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=60) as c:
        for name, (path, params) in asks.items():
            # One connection for all, as a terminal keeping it; then a new one each.
            for label, headers in (("", None), (", new connection", {"Connection": "close"})):
                for _ in range(10):  # warm
                    c.get(path, params=params, headers=headers).raise_for_status()
                before = cpu_seconds(pid)
                for _ in range(n):
                    c.get(path, params=params, headers=headers).raise_for_status()
                out[name + label] = (cpu_seconds(pid) - before) * 1000 / n
    return out


def poll_work_cpu(db: Database, store: str, top: int, n: int) -> dict[str, float]:
    """The polls of `cpu_per_request` with no HTTP and no credential: their statements and
    the Python around them (`poll.read_changes` in a connection of this process, with a
    ring of recent changes as each HQ process keeps), CPU ms each in this process: the
    floor of a poll as it is written, beside what HQ spends on one over HTTP."""
    at_top = dict.fromkeys(COLLECTIONS, top)
    asks = {
        "poll, nothing new, no HTTP": at_top,
        "poll, stock changed, no HTTP": {**at_top, "stock": max(0, top - 5)},
    }
    recent, out = ring.Ring(), {}

    def polls(cursors: dict[str, int], count: int) -> None:
        for _ in range(count):
            with db.statements_read() as conn:
                poll.read_changes(conn, store, cursors, DEFAULT_CHANGES, ring=recent)

    for name, cursors in asks.items():
        polls(cursors, 10)  # warm: the ring, the statements
        before = time.process_time()
        polls(cursors, n)
        out[name] = (time.process_time() - before) * 1000 / n
    return out


async def closed_loop_rate(url: str, token: str, clients: int, seconds: float) -> float:
    """Requests/s of /healthz from `clients` clients asking back to back."""
    done = 0
    async with httpx.AsyncClient(base_url=url, timeout=60) as http:
        end = time.monotonic() + seconds

        async def client() -> None:
            nonlocal done
            while time.monotonic() < end:
                (await http.get("/healthz")).raise_for_status()
                done += 1

        await asyncio.gather(*(client() for _ in range(clients)))
    return done / seconds


async def _lagged(lag: LoopLag, work):
    try:
        return await work
    finally:
        lag.stop()


def run_phase(
    fleet: Fleet, hq_pid: int, kind: str, period: float, seconds: float, trickle, timed=False
):
    fleet.latencies, fleet.requests, fleet.errors = [], 0, 0
    if timed:
        hq_stats(fleet.url)  # starts HQ's record again
    print(f"  ({len(fleet.devices):,} terminals, {kind}: starts)", flush=True)
    lag = fleet.lag = LoopLag()
    sched0, overflows0 = loop_threads(hq_pid), listen_overflows()
    cpu0, mine0, t0 = cpu_seconds(hq_pid), time.process_time(), time.monotonic()
    opened0, reopened0 = RawClient.opened, RawClient.reopened
    changes_before = len(trickle.committed)
    fetches, steady = 0, {}
    if kind == "long poll":
        delays = fleet.runner.run(_lagged(lag, fleet.long_polling(seconds, trickle)))
    elif kind == "stream":
        delays, fetches, steady = fleet.runner.run(
            _lagged(lag, streaming(fleet, seconds, trickle, hq_pid))
        )
    else:
        delays = []
        fleet.runner.run(_lagged(lag, fleet.polling(kind, period, seconds)))
    wall = time.monotonic() - t0
    cpu = (cpu_seconds(hq_pid) - cpu0) / wall
    sched1 = loop_threads(hq_pid)
    # Each HQ process's event loop thread: share of the phase on a CPU, and runnable but
    # waiting for one (what a loaded machine takes from HQ).
    loops = [
        ((sched1[p][0] - sched0[p][0]) / wall, (sched1[p][1] - sched0[p][1]) / wall)
        for p in sched1
        if p in sched0 and (p != hq_pid or len(sched1) == 1) and sched1[p][0] > sched0[p][0]
    ]
    hq = hq_stats(fleet.url) if timed else None
    return {
        "overflows": listen_overflows() - overflows0,
        "opened": (RawClient.opened - opened0, RawClient.reopened - reopened0),
        "loops": loops,
        "client_lag": lag.lags,
        "hq": hq,
        "client_cpu": (time.process_time() - mine0) / wall,
        "kind": kind,
        "rps": fleet.requests / wall,
        "p50": pct(fleet.latencies, 0.5) * 1000 if fleet.latencies else 0.0,
        "p99": pct(fleet.latencies, 0.99) * 1000 if fleet.latencies else 0.0,
        "errors": fleet.errors,
        "cpu": cpu,
        "delays": delays,
        "changes": len(trickle.committed) - changes_before,
        "cpu_seconds": cpu * wall,
        "fetches": fetches,
        "steady": steady,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=None, help="PostgreSQL admin URL (default: SQLite file)")
    ap.add_argument("--terminals", default="500,2000")
    ap.add_argument("--poll", type=float, default=30.0)
    ap.add_argument("--seconds", type=float, default=40.0)
    ap.add_argument("--shoppers", type=int, default=20_000)
    ap.add_argument("--change-every", type=float, default=1.0, help="seconds between changes")
    ap.add_argument(
        "--cpu-per-request", type=int, default=0, help="also HQ's CPU a request, N requests each"
    )
    ap.add_argument("--workers", type=int, default=1, help="HQ's uvicorn workers (serve --workers)")
    ap.add_argument(
        "--timed",
        action="store_true",
        help="serve HQ through hq_timed.py: also HQ's own time a request and its loop's lag",
    )
    ap.add_argument(
        "--client",
        choices=("raw", "httpx"),
        default="raw",
        help="the terminals' HTTP: HTTP/1.1 by hand (raw), or httpx pools of 50",
    )
    ap.add_argument(
        "--keep-alive",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="raw: each terminal keeps one connection from poll to poll, as terminals do "
        "(--no-keep-alive: a connection a request)",
    )
    ap.add_argument("--db-prefix", default="clienteling_bench", help="the database's name prefix")
    ap.add_argument(
        "--phases",
        default=",".join(PHASES),
        help=f"which phases, in this order (loopback always): {', '.join(PHASES)}",
    )
    args = ap.parse_args()
    url, drop = make_db(args.db, args.db_prefix)
    db = Database(url)
    try:
        migrate.upgrade(db)
        add_stores(db)
        skus = [s for k in range(20) for s in add_style(db, f"S{k:02d}")]
        for store in STORES:
            for sku in skus:
                set_stock(db, store, sku, 5)
        fill_shoppers(db, args.shoppers)
        sizes = [int(n) for n in args.terminals.split(",")]
        trickle = Trickle(db, skus, args.change_every)
        devices = make_devices(db, max(sizes))
        signal = live.ChangeSignal(db, 0)  # this process NOTIFYs its commits, as HQ's do
        phases = ["loopback", *(p for p in args.phases.split(",") if p and p != "loopback")]
        unknown = set(phases) - set(PHASES)
        if unknown:
            raise SystemExit(f"unknown phases {sorted(unknown)}; known: {', '.join(PHASES)}")
        proc, hq = start_hq(url, args.workers, args.timed)
        cores = os.cpu_count() or 1
        print(
            f"HQ on {db.dialect} ({args.workers} worker(s)), {cores} cores, poll every "
            f"{args.poll:.0f} s, {args.seconds:.0f} s a phase, a stock change every "
            f"{args.change_every:g} s; terminals' connections: "
            + (
                ("kept from poll to poll" if args.keep_alive else "a new one a request")
                if args.client == "raw"
                else "httpx pools"
            )
            + f"; load average {os.getloadavg()[0]:.1f} at the start"
        )
        try:
            rate = asyncio.run(closed_loop_rate(hq, devices[0][0], 50, 5))
            print(f"bare loopback /healthz, 50 clients back to back: {rate:,.0f} requests/s")
            if args.cpu_per_request:
                set_stock(db, STORES_LIST[0], skus[0], 4)  # stock values at the top
                with db.read() as conn:
                    from clienteling.hq import feed

                    top = feed.high_water(conn)
                cpu = cpu_per_request(hq, proc.pid, devices[0][0], top, args.cpu_per_request)
                cpu |= poll_work_cpu(db, devices[0][1], top, args.cpu_per_request)
                print(
                    f"HQ CPU a request, one client, {args.cpu_per_request} each: "
                    + ", ".join(f"{k} {v:.2f} ms" for k, v in cpu.items())
                )
            for n in sizes:
                trickle = Trickle(db, skus, args.change_every)
                trickle.thread.start()
                with db.read() as conn:
                    from clienteling.hq import feed

                    top = feed.high_water(conn)
                fleet = Fleet(hq, devices[:n], top, args.client, args.keep_alive)
                results = {}
                try:
                    for kind in phases:
                        results[kind] = run_phase(
                            fleet, proc.pid, kind, args.poll, args.seconds, trickle, args.timed
                        )
                    if args.cpu_per_request:
                        # Again after the phases: with every terminal's connection open
                        # and idle on HQ (kept), or none (a connection a request).
                        trickle.stop()
                        set_stock(db, STORES_LIST[0], skus[0], 4)  # stock values at the top
                        with db.read() as conn:
                            now_top = feed.high_water(conn)
                        cpu = cpu_per_request(
                            hq, proc.pid, devices[0][0], now_top, args.cpu_per_request
                        )
                        cpu |= poll_work_cpu(db, devices[0][1], now_top, args.cpu_per_request)
                        held = RawClient.opened - RawClient.closed
                        print(
                            f"HQ CPU a request, one client, after the phases, {held:,} "
                            "terminals' connections idle: "
                            + ", ".join(f"{k} {v:.2f} ms" for k, v in cpu.items())
                        )
                finally:
                    fleet.close()
                trickle.stop()
                base = results["loopback"]
                print(f"\n{n:,} terminals (load average {os.getloadavg()[0]:.1f} at the end)")
                for kind, r in results.items():
                    if kind in ("long poll", "stream"):
                        kind = f"{kind}*"
                    print(
                        f"  {kind:15} {r['rps']:8.1f} req/s  p50 {r['p50']:7.1f} ms "
                        f"({r['p50'] / max(base['p50'], 1e-9):5.2f}x loopback)  "
                        f"p99 {r['p99']:7.1f} ms ({r['p99'] / max(base['p99'], 1e-9):5.2f}x)  "
                        f"HQ CPU {r['cpu'] * 100:5.1f}% of a core "
                        f"({r['cpu'] * 100 / cores:4.1f}% of the machine, "
                        + (
                            f"{r['cpu'] * 1000 / r['rps']:5.2f} ms a request)  "
                            if r["rps"]
                            else "no requests)  "
                        )
                        + f"terminals' CPU {r['client_cpu'] * 100:5.1f}%  errors {r['errors']}"
                    )
                for kind, r in results.items():
                    lags = r["client_lag"]
                    line = (
                        f"  {kind:15} terminals' loop lag p50 {pct(lags, 0.5) * 1000:6.1f} ms "
                        f"p99 {pct(lags, 0.99) * 1000:6.1f} ms max {max(lags) * 1000:6.1f} ms "
                        f"({len(lags)} samples)"
                        if lags
                        else f"  {kind:15} terminals' loop lag: none measured"
                    )
                    line += f"; accept queue overflows {r['overflows']}"
                    if args.client == "raw":
                        line += "; connections opened {:,} (after HQ closed one: {:,})".format(
                            *r["opened"]
                        )
                    line += "; HQ loop thread(s) on a CPU / waiting for one: " + ", ".join(
                        f"{run * 100:.0f}% / {wait * 100:.0f}%" for run, wait in r["loops"]
                    )
                    if r["hq"]:
                        times, hq_lags = r["hq"]["times"], r["hq"]["lags"]
                        if times:
                            line += (
                                f"; HQ's own time p50 {pct(times, 0.5) * 1000:6.1f} ms "
                                f"p99 {pct(times, 0.99) * 1000:6.1f} ms ({len(times)} answers)"
                            )
                        if hq_lags:
                            line += (
                                f"; HQ loop lag p50 {pct(hq_lags, 0.5) * 1000:5.1f} ms "
                                f"p99 {pct(hq_lags, 0.99) * 1000:6.1f} ms "
                                f"max {max(hq_lags) * 1000:6.1f} ms"
                            )
                        line += f"; most in flight {r['hq']['most_in_flight']}"
                    print(line)
                print(
                    "  * a long poll's latency is mostly its wait for a change (wait= up to 25 s); "
                    "the stream makes no request after it opens"
                )
                for kind, what in (("long poll", "a long-polling"), ("stream", "a streaming")):
                    r = results.get(kind)
                    if not r:
                        continue
                    d = r["delays"]
                    per = r["cpu_seconds"] * 1000 / max(r["changes"], 1)
                    figures = (
                        f"p50 {pct(d, 0.5) * 1000:.0f} ms, p99 {pct(d, 0.99) * 1000:.0f} ms, "
                        f"max {max(d) * 1000:.0f} ms"
                        if d
                        else "none arrived"
                    )
                    print(
                        f"  change at {what} terminal: {len(d):,} arrivals of {r['changes']} "
                        f"changes to {n:,} terminals, {figures}; HQ CPU {per:,.0f} ms a change"
                        + (f"; notices without rows {r['fetches']}" if kind == "stream" else "")
                    )
                    st = r.get("steady")
                    if st and "changes" in st:
                        print(
                            f"    every stream open after {st['opening']:.0f} s; then "
                            f"{st['changes']} changes (expected arrivals "
                            f"{st['changes'] * n:,}), HQ CPU "
                            f"{st['cpu_seconds'] * 1000 / max(st['changes'], 1):,.0f} ms a "
                            "change (heartbeats included)"
                        )
                    elif st and "opened" in st:
                        print(f"    only {st['opened']:,} streams opened")
                    if st and st.get("failed"):
                        print(f"    failed opens or breaks, by how: {st['failed']}")
                    if st and st.get("ended"):
                        print(f"    streams HQ ended, by reason: {st['ended']}")
        finally:
            proc.terminate()
            proc.wait(20)
            signal.stop()
            trickle.stop()
    finally:
        db.dispose()
        drop()


if __name__ == "__main__":
    main()
