"""kill -9 the terminal while it queues and delivers orders: nothing lost, nothing twice."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time

from sqlalchemy import select

from clienteling.cache.store import open_cache
from clienteling.hq import tables as t
from tests.cache_access import writer_of
from tests.hq_live import LiveHQ, set_stock, small_chain

KEY = bytes(range(32))
KILLS = int(os.environ.get("CLIENTELING_KILLS", "100"))
CHILD = [sys.executable, "-m", "tests.integration.outbox_child"]


def run_child(path, url, token, rounds, kill_after=None) -> list[str]:
    env = {**os.environ, "CLIENTELING_TEST_CACHE_KEY": KEY.hex()}
    proc = subprocess.Popen(
        [*CHILD, str(path), url, token, str(rounds)], env=env, stdout=subprocess.PIPE, text=True
    )
    if kill_after is not None:
        time.sleep(kill_after)
        proc.kill()  # SIGKILL: no cleanup, no flush
    out, _ = proc.communicate(timeout=120)
    return out.split()


def test_kill_nine_loop_loses_nothing_and_duplicates_nothing(hq_db, tmp_path):
    small_chain(hq_db)
    set_stock(hq_db, "BR-SP-01", "ST1-BLK-S", 100_000)
    path = tmp_path / "cache.db"
    open_cache(path, KEY).close()
    # The terminal's outbox is under test; the PostgreSQL HQ gets a shorter loop.
    kills = KILLS if hq_db.dialect == "sqlite" else max(10, KILLS // 5)
    rnd = random.Random(20261122)
    saved: list[str] = []
    with LiveHQ(hq_db) as hq:
        token = hq.sign_in(hq.enroll("BR-SP-01"), "BR-SP-01-associate")
        for _ in range(kills):
            printed = run_child(path, hq.url, token, 1000, kill_after=rnd.uniform(0.4, 1.2))
            saved += [x for x in printed if len(x) == 36]
        tail = run_child(path, hq.url, token, 0)  # a clean run delivers what is left
        assert "drained" in tail
    cache = open_cache(path, KEY)
    queued = dict(writer_of(cache).execute("SELECT id, state FROM outbox").fetchall())
    assert writer_of(cache).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    cache.close()
    with hq_db.read() as conn:
        at_hq = conn.execute(select(t.orders.c.order_id)).scalars().all()
        reserved = conn.execute(
            select(t.stock.c.reserved).where(
                t.stock.c.store_id == "BR-SP-01", t.stock.c.sku == "ST1-BLK-S"
            )
        ).scalar_one()
    assert len(saved) > kills  # the children really worked between kills
    assert set(saved) <= set(queued)  # everything reported saved is in the outbox
    assert set(queued.values()) == {"delivered"}  # and was delivered
    assert sorted(at_hq) == sorted(queued)  # each exactly once at HQ
    assert reserved == len(at_hq)  # one reservation per order, none twice
