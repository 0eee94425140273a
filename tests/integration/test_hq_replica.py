"""Feed and search reads from a real PostgreSQL streaming replica (`serve --read-db`).

The test's own primary and standby (tests/integration/replica_cluster.py): replay on
the standby is paused to make it lag while writers go on committing on the primary,
and terminals page the feed through a real HQ on 127.0.0.1, from the replica and the
primary in turn. No change may be lost or served twice; search answers from the
replica (a shopper added while replay is paused is not found until it resumes).
"""

from __future__ import annotations

import itertools
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import select

from clienteling.hq import auth, feed, migrate
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from clienteling.hq.replica import APPLICATION_NAME
from clienteling.protocol.poll import format_cursors
from tests.conftest import REQUIRE_PG, create_pg_database
from tests.hq_live import (
    LiveHQ,
    add_shopper,
    add_staff,
    add_stores,
    add_style,
    free_port,
    set_stock,
    small_chain,
)
from tests.integration import replica_cluster

STORE = "BR-SP-01"
WATCHED = ("products", "stock", "shoppers")  # what the terminals follow


@pytest.fixture(scope="module")
def pair():
    why = replica_cluster.missing()
    if why is not None:
        if REQUIRE_PG:
            pytest.fail(f"CLIENTELING_REQUIRE_PG=1 but {why}")
        pytest.skip(why)
    started = replica_cluster.Pair()
    started.start()
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def hq_db(pair):
    """A migrated HQ database on the primary, read through the standby."""
    name = pair.create_database()
    db = Database(pair.url(name), pool_size=5, read_url=pair.url(name, standby=True))
    try:
        migrate.upgrade(db)
        pair.caught_up()
        yield db
    finally:
        pair.resume()  # a failed test leaves replay paused
        db.dispose()
        pair.drop_database(name)


# --- terminals ---------------------------------------------------------------------------


class Terminal:
    """A terminal's feed state: cursors, the rows it holds (key -> seq) and every change
    it was served, read through HQ's HTTP API by `/v1/changes` and per-collection pages."""

    def __init__(self, url: str, token: str) -> None:
        self.client = httpx.Client(
            base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=60
        )
        self.cursors = dict.fromkeys(WATCHED, 0)
        self.rows: dict[str, dict[tuple, int]] = {name: {} for name in WATCHED}
        self.served: Counter = Counter()

    def close(self) -> None:
        self.client.close()

    def _apply(self, name: str, page: dict, after: int) -> None:
        assert page["next_cursor"] >= after, f"{name}: the cursor went back"
        keys = feed.FEED[name].key.split(",")
        where = [page["columns"].index(k) for k in keys] if page["rows"] else []
        for row in page["rows"]:
            key, seq = tuple(row[i] for i in where), row[-1]
            assert after < seq <= page["next_cursor"], f"{name}: {seq} outside its page"
            self.served[(name, key, seq)] += 1
            self.rows[name][key] = seq
        for key in page["tombstones"]:
            self.served[(name, (key,), "deleted")] += 1
            self.rows[name].pop((key,), None)
        self.cursors[name] = page["next_cursor"]

    def poll(self) -> bool:
        """One `/v1/changes` request; whether more is waiting."""
        r = self.client.get("/v1/changes", params={"cursors": format_cursors(self.cursors)})
        r.raise_for_status()
        answer = r.json()
        for name, page in answer["collections"].items():
            self._apply(name, page, self.cursors[name])
        return answer["has_more"]

    def page(self, name: str, limit: int = 7) -> bool:
        """One small page of one collection; whether more is waiting."""
        after = self.cursors[name]
        r = self.client.get(f"/v1/sync/{name}", params={"after": after, "limit": limit})
        r.raise_for_status()
        page = r.json()
        self._apply(name, page, after)
        return page["has_more"]

    def step(self, rng: random.Random) -> None:
        if rng.random() < 0.5:
            self.poll()
        else:
            self.page(rng.choice(WATCHED))

    def drain(self, top: int = 0) -> None:
        """Poll until nothing more is waiting and every cursor is at `top` or above (a
        lagging replica may answer up to a lower watermark than the primary's)."""
        for _ in range(1000):
            if not self.poll() and min(self.cursors.values()) >= top:
                return
        raise AssertionError(f"the feed did not come to {top}: {self.cursors}")

    def duplicates(self) -> list:
        return [change for change, times in self.served.items() if times > 1]


def in_scope(db: Database) -> dict[str, dict[tuple, int]]:
    """What a terminal of STORE must hold, read on the primary: key -> seq per collection."""
    out = {}
    with db.read() as conn:
        scope = feed.scope_of(conn, STORE)
        for name in WATCHED:
            coll = feed.FEED[name]
            cols = [coll.table.c[k] for k in coll.key.split(",")]
            rows = conn.execute(
                select(*cols, coll.table.c.seq).where(coll.where(scope, conn.dialect.name))
            ).all()
            out[name] = {tuple(r[:-1]): r[-1] for r in rows}
    return out


class Writers:
    """A thread writing through HQ's writer until stopped: new items, stock counts, new
    shoppers in and out of the store's region, and items deleted (tombstones)."""

    def __init__(self, db: Database, skus: list[str]) -> None:
        self.db, self.skus = db, skus
        self.stop = threading.Event()
        self.rounds = 0
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        rng = random.Random(7)
        try:
            for n in itertools.count():
                if self.stop.is_set():
                    return
                style = f"R{n:04d}"
                made = add_style(self.db, style, sizes=("M",))
                set_stock(self.db, STORE, rng.choice(self.skus), rng.randint(0, 9))
                home = STORE if n % 2 else "ES-MD-01"
                add_shopper(self.db, f"rs{n}", home, last_name=f"Lag{n}")
                if n % 3 == 0:  # an item nobody stocks, deleted again
                    with self.db.write() as w:
                        w.conn.execute(t.products.delete().where(t.products.c.sku == made[0]))
                        w.tombstone("products", made)
                self.rounds += 1
                time.sleep(0.01)
        except BaseException as exc:  # reported by the test
            self.error = exc

    def __enter__(self) -> Writers:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join(60)

    def wait_rounds(self, more: int) -> None:
        target = self.rounds + more
        deadline = time.monotonic() + 60
        while self.rounds < target and self.error is None:
            assert time.monotonic() < deadline, "the writers stopped"
            time.sleep(0.02)
        assert self.error is None, self.error


def top_of(db: Database) -> int:
    with db.read() as conn:
        return feed.high_water(conn)


def test_terminals_never_lose_or_repeat_a_change_while_the_replica_lags(pair, hq_db):
    db = hq_db
    small_chain(db)
    skus = add_style(db, "SK", sizes=("S", "M", "L", "XL"))
    for sku in skus:
        set_stock(db, STORE, sku, 5)
    rng = random.Random(17)
    with LiveHQ(db) as hq, Writers(db, skus) as writers:
        pair.caught_up()
        terminals = [Terminal(hq.url, hq.enroll(STORE, f"till {i}")) for i in range(3)]
        try:
            # Caught up: the replica answers.
            writers.wait_rounds(3)
            for _ in range(6):
                for terminal in terminals:
                    terminal.step(rng)
            assert db.replica.counts["replica"] > 0

            # Lagging: replay stops, the primary goes on. Terminals keep up through the
            # primary; one terminal starts from nothing and reads the replica's part first.
            pair.pause()
            paused_at = top_of(db)
            late = Terminal(hq.url, hq.enroll(STORE, "late till"))
            terminals.append(late)
            from_replica = db.replica.counts["replica"]
            writers.wait_rounds(3)
            for _ in range(8):
                for terminal in terminals:
                    terminal.step(rng)
                writers.wait_rounds(1)
            late.drain()
            assert db.replica.counts["replica"] > from_replica  # the late terminal's first pages
            assert db.replica.counts["lagging"] > 0
            for terminal in terminals:  # fresh despite the lag: served past the pause
                terminal.drain()
                assert max(terminal.cursors.values()) > paused_at

            # Replay resumes while the writers write; then everything settles.
            pair.resume()
            for _ in range(6):
                for terminal in terminals:
                    terminal.step(rng)
                writers.wait_rounds(1)
            writers.stop.set()
            writers.thread.join(60)
            assert writers.error is None, writers.error
            pair.caught_up()
            final = top_of(db)
            for terminal in terminals:
                terminal.drain(final)
            truth = in_scope(db)
            for terminal in terminals:
                assert terminal.duplicates() == []
                for name in WATCHED:
                    assert terminal.rows[name] == truth[name], f"{name}: {terminal.cursors}"
            assert db.replica.counts["replica"] > from_replica
        finally:
            for terminal in terminals:
                terminal.close()


def test_the_naive_routing_loses_changes_on_a_lagging_replica(pair, hq_db):
    """The same reads, served from the replica up to the primary's watermark whatever the
    replica holds: a terminal's cursor passes changes the replica has not replayed, and
    they never come. (What the test above would catch.)"""
    db = hq_db
    add_stores(db)
    with LiveHQ(db) as hq:
        pair.caught_up()
        terminal = Terminal(hq.url, hq.enroll(STORE))
        try:
            terminal.drain()
            db.replica.unsafe_ignore_lag = True
            pair.pause()
            made = add_style(db, "NV", sizes=("S", "M"))
            terminal.drain()
            pair.resume()
            pair.caught_up()
            terminal.drain()
            held = {key[0] for key in terminal.rows["products"]}
            assert not held & set(made), "the naive routing was expected to lose these"
        finally:
            db.replica.unsafe_ignore_lag = False
            terminal.close()


def _replica_sessions(pair, database: str) -> int:
    """HQ's connections to the database on the standby."""
    with pair.admin(standby=True) as conn:
        return conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s AND datname = %s",
            (APPLICATION_NAME, database),
        ).fetchone()[0]


def test_search_reads_the_replica(pair, hq_db):
    db = hq_db
    small_chain(db)
    database = db.engine.url.database
    with LiveHQ(db) as hq:
        device = hq.enroll(STORE)
        session = hq.sign_in(device, f"{STORE}-associate")
        pair.caught_up()
        pair.pause()
        add_shopper(db, "zz1", "ES-MD-01", last_name="Zebedeu")
        with hq.client(session) as c:
            found = c.get("/v1/shoppers", params={"q": "Zebedeu"}).json()["shoppers"]
            assert found == []  # the replica has not replayed the shopper yet
            assert _replica_sessions(pair, database) > 0
            pair.resume()
            pair.caught_up()
            found = c.get("/v1/shoppers", params={"q": "Zebedeu"}).json()["shoppers"]
            assert [s["shopper_id"] for s in found] == ["zz1"]


def test_serve_read_db_with_workers_reads_the_replica(pair, hq_db):
    """`clienteling-hq serve --read-db URL --workers 2`: the workers get the replica too."""
    db = hq_db
    add_stores(db)
    add_staff(db, STORE)
    code = auth.create_enrollment_code(db, STORE, 1, datetime.now(UTC))
    pair.caught_up()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    standby = pair.url(db.engine.url.database, standby=True)
    env = {k: v for k, v in os.environ.items() if k != "CLIENTELING_HQ_READ_DB"}
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "clienteling.hq.cli", "serve", "--port", str(port),
             "--db", db.url, "--read-db", standby, "--workers", "2"],
            stdout=subprocess.DEVNULL, stderr=log, stdin=subprocess.DEVNULL, env=env,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 90
            while True:
                assert proc.poll() is None, "HQ stopped"
                try:
                    if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline, "HQ did not start"
                time.sleep(0.2)
            with httpx.Client(base_url=url, timeout=60) as c:
                r = c.post("/v1/enroll", json={"code": code, "terminal_name": "t"})
                device = r.json()["device_token"]
                r = c.post(
                    "/v1/sessions",
                    json={"employee_id": f"{STORE}-associate", "pin": "2468"},
                    headers={"Authorization": f"Bearer {device}"},
                )
                session = {"Authorization": f"Bearer {r.json()['session_token']}"}
                pair.caught_up()
                pair.pause()
                add_shopper(db, "zz2", "ES-MD-01", last_name="Zacarias")
                for _ in range(4):  # whichever worker answers
                    r = c.get("/v1/shoppers", params={"q": "Zacarias"}, headers=session)
                    assert r.json()["shoppers"] == []
                pair.resume()
                pair.caught_up()
                r = c.get("/v1/shoppers", params={"q": "Zacarias"}, headers=session)
                assert [s["shopper_id"] for s in r.json()["shoppers"]] == ["zz2"]
        finally:
            proc.terminate()
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)


# --- without the test's own cluster (the shared PostgreSQL) -----------------------------


@pytest.fixture
def shared_pg():
    url, drop = create_pg_database()
    try:
        yield url
    finally:
        drop()


def _page(hq: LiveHQ, token: str) -> dict:
    with hq.client(token) as c:
        r = c.get("/v1/sync/stores", params={"after": 0})
    r.raise_for_status()
    return r.json()


def test_a_replica_that_does_not_answer_leaves_reads_on_the_primary(shared_pg):
    nowhere = f"postgresql://postgres@127.0.0.1:{free_port()}/nothing"
    db = Database(shared_pg, pool_size=3, read_url=nowhere)
    try:
        migrate.upgrade(db)
        small_chain(db)
        with LiveHQ(db) as hq:
            device = hq.enroll(STORE)
            assert len(_page(hq, device)["rows"]) == 4
            session = hq.sign_in(device, f"{STORE}-associate")
            with hq.client(session) as c:
                found = c.get("/v1/shoppers", params={"q": "Silva"}).json()["shoppers"]
            assert [s["shopper_id"] for s in found] == ["sh1"]
        assert db.replica.counts["failed"] >= 1
        assert db.replica.counts["replica"] == 0
    finally:
        db.dispose()


def test_a_read_database_that_is_not_a_standby_is_not_used(shared_pg):
    """The primary itself (or a promoted replica) as --read-db: nothing says what it holds
    against the primary's watermark, so HQ reads the primary."""
    db = Database(shared_pg, pool_size=3, read_url=shared_pg)
    try:
        migrate.upgrade(db)
        add_stores(db)
        with LiveHQ(db) as hq:
            assert len(_page(hq, hq.enroll(STORE))["rows"]) == 4
        assert db.replica.counts["not_standby"] >= 1
        assert db.replica.counts["replica"] == 0
    finally:
        db.dispose()


def test_read_db_needs_postgresql(tmp_path):
    with pytest.raises(ValueError, match="PostgreSQL"):
        Database(f"sqlite:///{tmp_path / 'hq.db'}", read_url="postgresql://x@127.0.0.1/y")
