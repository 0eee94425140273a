"""Push benchmark: how soon a change written at HQ is in a long-polling terminal's cache.

One real terminal (its encrypted cache, `SyncEngine`, and the app's long poll,
`sync/follow.py` `Follower` on its own thread, exactly as the app runs it) follows
`clienteling-hq serve` (its own process) on loopback. Another terminal of the store
writes notes through HQ's API, one at a time with a short random gap between them
(the follower is back waiting by then, as between real changes). For each note the
figure is the time from the moment its POST is sent to the moment the terminal's
cache holds it (the follower's apply has committed): the write's own round trip,
HQ waking the waiting request, the read of the change, the answer and the apply.
Beside it, in the same run, the bare loopback round trip (GET /healthz, one tiny
read), before and after the changes.

    python tests/benchmarks/bench_push.py [--changes 50]
        [--db postgresql://postgres@127.0.0.1/postgres]

SQLite by default (a file in a temporary folder); with a PostgreSQL URL it creates and
drops its own database. Bounded: each change is given up after 30 s.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from clienteling.api.client import HQClient
from clienteling.api.longpoll import LongPollClient
from clienteling.cache.store import open_cache
from clienteling.hq import auth, migrate
from clienteling.hq.db import Database
from clienteling.sync.engine import SyncEngine
from clienteling.sync.follow import Follower
from tests.benchmarks.bench_hq import make_db, start_hq
from tests.benchmarks.limits import pct
from tests.hq_live import small_chain

STORE = "BR-SP-01"
KEY = bytes(range(32))
GIVE_UP = 30.0  # seconds for one change to arrive


def enroll(db: Database, url: str, name: str) -> str:
    code = auth.create_enrollment_code(db, STORE, 1, datetime.now(UTC))
    r = httpx.post(f"{url}/v1/enroll", json={"code": code, "terminal_name": name}, timeout=30)
    r.raise_for_status()
    return r.json()["device_token"]


def loopback(url: str, n: int) -> list[float]:
    """Seconds of n sequential GET /healthz on one kept-alive connection."""
    out = []
    with httpx.Client(base_url=url, timeout=10) as c:
        c.get("/healthz")
        for _ in range(n):
            t0 = time.perf_counter()
            c.get("/healthz").raise_for_status()
            out.append(time.perf_counter() - t0)
    return out


def ms(values: list[float], p: float) -> str:
    return f"{pct(values, p / 100) * 1000:,.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default=None, help="PostgreSQL admin URL (default: SQLite file)")
    ap.add_argument("--changes", type=int, default=50)
    ap.add_argument("--gap", type=float, default=0.3, help="seconds between changes (0.5-1.5x)")
    args = ap.parse_args()

    url_db, drop = make_db(args.db)
    db = Database(url_db)
    migrate.upgrade(db)
    chain = small_chain(db)
    proc, url = start_hq(url_db, 1)
    folder = Path(tempfile.mkdtemp(prefix="bench-push-"))
    follower = None
    try:
        device = enroll(db, url, "following")
        writer_device = enroll(db, url, "writing")
        with httpx.Client(base_url=url, timeout=30) as c:
            r = c.post(
                "/v1/sessions",
                json={"employee_id": chain["staff"][STORE]["associate"], "pin": "2468"},
                headers={"Authorization": f"Bearer {writer_device}"},
            )
            r.raise_for_status()
            session = r.json()["session_token"]

        client = HQClient(url, device)
        cache = open_cache(folder / "cache.db", KEY)
        engine = SyncEngine(cache, client)
        engine.pull()  # the first load
        arrived: dict[str, float] = {}
        lock = threading.Condition()

        def applied(followed) -> None:
            now = time.perf_counter()
            if "notes" not in followed.collections:
                return
            with cache.read() as conn:
                ids = [r[0] for r in conn.execute("SELECT note_id FROM notes")]
            with lock:
                for note_id in ids:
                    arrived.setdefault(note_id, now)
                lock.notify_all()

        follower = Follower(engine, LongPollClient(client))
        run = follower.start()
        thread = threading.Thread(target=follower.run, args=(run, applied), name="follow")
        thread.start()

        before = loopback(url, 100)
        delays, writes, lost = [], [], 0
        rng = random.Random(7)
        with httpx.Client(
            base_url=url, headers={"Authorization": f"Bearer {session}"}, timeout=30
        ) as writer:
            writer.get("/healthz")
            time.sleep(1.0)  # the follower's first long poll is open
            for _ in range(args.changes):
                time.sleep(args.gap * (0.5 + rng.random()))
                note_id = str(uuid.uuid4())
                body = {"note_id": note_id, "shopper_id": "sh1", "reason": "gift", "text": "x"}
                t0 = time.perf_counter()
                writer.post("/v1/notes", json=body).raise_for_status()
                writes.append(time.perf_counter() - t0)
                with lock:
                    if not lock.wait_for(lambda n=note_id: n in arrived, GIVE_UP):
                        lost += 1
                        continue
                delays.append(arrived[note_id] - t0)
        after = loopback(url, 100)
        follower.stop()
        thread.join(10)
        client.close()
        cache.close()

        base = before + after
        kind = "PostgreSQL" if args.db else "SQLite"
        print(f"HQ: clienteling-hq serve, 1 process, {kind}; load average {os.getloadavg()}")
        print(
            f"write -> row in the terminal's cache, {len(delays)} changes ({lost} lost): "
            f"p50 {ms(delays, 50)}, p99 {ms(delays, 99)}, max {max(delays) * 1000:,.1f} ms"
        )
        print(f"  the write's own round trip (POST /v1/notes): p50 {ms(writes, 50)}, "
              f"p99 {ms(writes, 99)}")  # fmt: skip
        print(
            f"bare loopback round trip (GET /healthz), same run, {len(base)}: "
            f"p50 {ms(base, 50)}, p99 {ms(base, 99)}"
        )
        print(f"long polls answered: {follower.polls}; failures in a row at the end: "
              f"{follower.failures}")  # fmt: skip
    finally:
        if follower is not None:
            follower.stop()
        proc.terminate()
        try:
            proc.wait(10)
        except Exception:
            proc.kill()
        db.dispose()
        drop()


if __name__ == "__main__":
    main()
