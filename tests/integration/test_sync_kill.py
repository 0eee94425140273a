"""kill -9 the terminal while it syncs: every restart resumes, nothing is lost or doubled."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import time

from clienteling.cache.apply import in_bulk, position_of
from clienteling.cache.schema import INDEXES
from clienteling.cache.shoppers import find_shoppers
from clienteling.cache.store import open_cache
from clienteling.hq.seed import seed_chain
from clienteling.protocol.sync import COLLECTIONS
from tests.cache_access import writer_of
from tests.hq_live import LiveHQ
from tests.integration.test_sync import cache_rows, hq_scoped

KEY = bytes(range(32))
CHILD = [sys.executable, "-m", "tests.integration.sync_child"]


def run_child(
    path, url, token, kill_at_page: int | None = None, rnd=None, page=20, collections=()
) -> str:
    """Run a sync; kill -9 it a moment after its `kill_at_page`-th page (None: let it end)."""
    env = {**os.environ, "CLIENTELING_TEST_CACHE_KEY": KEY.hex()}
    proc = subprocess.Popen(
        [*CHILD, str(path), url, token, str(page), *collections],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    lines = []
    if kill_at_page is not None:
        for line in proc.stdout:
            lines.append(line)
            if len(lines) == kill_at_page:
                time.sleep(rnd.uniform(0, 0.03))  # mid-fetch, mid-apply or mid-commit
                proc.kill()  # SIGKILL: no cleanup, no flush
                break
    out, _ = proc.communicate(timeout=300)
    return "".join(lines) + out


def pages_in(out: str) -> int:
    """Pages a run applied, by the line the child prints after each."""
    return sum(line.startswith("page ") for line in out.splitlines())


def test_kill_nine_during_sync_resumes_to_hq_state(hq_db, tmp_path):
    seed_chain(hq_db, shoppers=1500, products=120, stores=3, seed=4)
    path = tmp_path / "cache.db"
    open_cache(path, KEY).close()
    kills = 12 if hq_db.dialect == "sqlite" else 6
    rnd = random.Random(20261123)
    with LiveHQ(hq_db) as hq:
        device = hq.enroll("BR-SP-01")
        # A whole sync of this chain, on a cache of its own: how many pages it applies.
        whole = tmp_path / "whole.db"
        open_cache(whole, KEY).close()
        pages = pages_in(run_child(whole, hq.url, device))
        # One kill aimed into each stretch of the sync, none into its last fifth: a run
        # goes on for a moment after the page it is killed at (and may apply one more
        # page than it reports), so no run can reach the end before its kill.
        stretch = (pages - pages // 5 - 3) // kills
        assert stretch >= 3, f"a sync of {pages} pages is too short for {kills} kills"
        # Pages the killed runs reported. A restarted run also reports a page for each
        # collection it had finished, so this runs ahead of the sync: kills land early.
        applied = 0
        caught_loading = set()  # collections a kill caught in their first (bulk) load
        for k in range(kills):
            target = 3 + k * stretch + rnd.randrange(stretch)
            out = run_child(path, hq.url, device, max(1, target - applied), rnd)
            assert "done" not in out  # killed while it was syncing
            applied += pages_in(out)
            killed = open_cache(path, KEY)
            caught_loading |= {n for n in COLLECTIONS if in_bulk(writer_of(killed), n)}
            killed.close()
        assert "shoppers" in caught_loading
        assert "done" in run_child(path, hq.url, device)
    cache = open_cache(path, KEY)
    try:
        conn = writer_of(cache)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert cache_rows(cache) == hq_scoped(hq_db, "BR-SP-01")
        assert not any(in_bulk(conn, name) for name in COLLECTIONS)
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {re.match(r"CREATE (?:UNIQUE )?INDEX (\w+)", ddl)[1] for ddl in INDEXES} <= names
        # The search index holds every cached shopper exactly once.
        shoppers = conn.execute("SELECT count(*) FROM shoppers").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM shopper_search").fetchone()[0] == shoppers
        someone = conn.execute("SELECT shopper_id, last_name FROM shoppers LIMIT 1").fetchone()
        assert someone[0] in [h.shopper_id for h in find_shoppers(conn, someone[1], limit=300)]
    finally:
        cache.close()


def test_kill_nine_during_stock_first_load_in_key_order_resumes_from_its_last_key(hq_db, tmp_path):
    """Stock's first load comes in key order from a snapshot (protocol KEY_ORDER): a
    kill mid-way resumes after the last key applied, and the load ends as HQ is."""
    seed_chain(hq_db, shoppers=20, products=120, stores=3, seed=5)  # 360 stock rows
    path = tmp_path / "cache.db"
    open_cache(path, KEY).close()
    rnd = random.Random(20261203)
    with LiveHQ(hq_db) as hq:
        device = hq.enroll("BR-SP-01")
        keys = []  # where each kill left the load
        while True:
            out = run_child(path, hq.url, device, rnd.randint(2, 5), rnd, 5, ["stock"])
            killed = open_cache(path, KEY)
            snapshot = position_of(writer_of(killed), "stock").snapshot
            killed.close()
            if "done" in out or snapshot is None:
                break
            keys.append(snapshot.key)
        assert len(keys) >= 3 and keys == sorted(set(keys))  # each restart went on from its key
        assert "done" in run_child(path, hq.url, device, page=5, collections=["stock"])
    cache = open_cache(path, KEY)
    try:
        assert writer_of(cache).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert cache_rows(cache)["stock"] == hq_scoped(hq_db, "BR-SP-01")["stock"]
        assert position_of(writer_of(cache), "stock").snapshot is None
        assert not in_bulk(writer_of(cache), "stock")
    finally:
        cache.close()
