"""Stateless HQ processes: two `clienteling-hq serve` processes on one PostgreSQL database,
each on its own port (as two back ends of a load balancer), keep nothing in their memory
that must agree. A PIN lock-out reached by attempts spread over both holds on both; an
order race for the last units spread over both oversells nothing; a terminal long-polling
one process is woken by a write through the other (LISTEN/NOTIFY: the processes' fallback
re-read of the watermark is set to an hour here, so only the notification can wake it).
And `serve --workers 2` (uvicorn's workers on one port) serves the same race."""

from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from clienteling.hq import auth, migrate
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from clienteling.protocol.sync import COLLECTIONS
from tests.conftest import create_pg_database
from tests.hq_live import ServedHQ, set_stock, small_chain

STORE, SKU = "BR-SP-01", "ST1-BLK-M"
BOUND = 120  # seconds any one step may take on a loaded machine before the test gives up


@pytest.fixture(scope="module")
def chain():
    url, drop = create_pg_database()
    db = Database(url)
    try:
        migrate.upgrade(db)
        chain = small_chain(db)
        chain["db"], chain["url"] = db, url
        yield chain
    finally:
        db.dispose()
        drop()


@pytest.fixture(scope="module")
def served(chain):
    # Only a notification wakes a waiting request within a test (no re-read for an hour),
    # and one request may wait per process (a second one is answered at once: how the test
    # sees that the first is waiting).
    env = {"CLIENTELING_HQ_CHANGES_RECHECK": "3600", "CLIENTELING_HQ_MAX_WAITING": "1"}
    with ServedHQ(chain["url"], processes=2, env=env) as hq:
        yield hq


def enroll(url: str, db: Database, name: str) -> str:
    code = auth.create_enrollment_code(db, STORE, 1, datetime.now(UTC))
    r = httpx.post(f"{url}/v1/enroll", json={"code": code, "terminal_name": name})
    r.raise_for_status()
    return r.json()["device_token"]


def client(url: str, token: str) -> httpx.Client:
    return httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=BOUND)


def sign_in(url: str, device: str, employee_id: str, pin: str) -> httpx.Response:
    with client(url, device) as c:
        return c.post("/v1/sessions", json={"employee_id": employee_id, "pin": pin})


def test_a_lock_out_reached_over_both_processes_holds_on_both(chain, served):
    a, b = served.urls
    emp = chain["staff"][STORE]["associate"]
    device = enroll(a, chain["db"], "till lock")
    limit = 5  # HQSettings.pin_attempts
    for i in range(limit):  # the wrong PINs alternate between the processes
        r = sign_in(served.urls[i % 2], device, emp, f"{1000 + i}")
        assert r.status_code == 401, r.text
    for url in (a, b):
        r = sign_in(url, device, emp, "2468")  # the right PIN, on either, after the limit
        assert r.status_code == 423, r.text
        assert r.json()["error"]["code"] == "locked_out"
    with chain["db"].read() as conn:
        row = conn.execute(select(t.associates).where(t.associates.c.associate_id == emp)).one()
    assert row.failed_attempts == limit and row.locked_until is not None
    auth.set_pin(chain["db"], emp, "2468")  # the others' tests sign this associate in


def race_for_last_units(urls: list[str], session: str, units: int, orders: int) -> list[int]:
    """`orders` one-unit orders at once, spread over `urls`; their status codes."""
    go = threading.Barrier(orders)

    def place(i: int) -> int:
        body = {
            "order_id": str(uuid.uuid4()),
            "shopper_id": "sh1",
            "lines": [{"sku": SKU, "quantity": 1, "source_store": STORE}],
            "fulfilment": "pickup",
            "pickup_store": STORE,
        }
        with client(urls[i % len(urls)], session) as c:
            go.wait(BOUND)
            return c.post("/v1/orders", json=body).status_code

    with ThreadPoolExecutor(orders) as pool:
        return list(pool.map(place, range(orders)))


def stock_level(db: Database) -> tuple[int, int]:
    with db.read() as conn:
        row = conn.execute(
            select(t.stock.c.on_hand, t.stock.c.reserved).where(
                t.stock.c.store_id == STORE, t.stock.c.sku == SKU
            )
        ).one()
    return row.on_hand, row.reserved


def check_race(chain, urls: list[str], name: str) -> None:
    db = chain["db"]
    set_stock(db, STORE, SKU, on_hand=4)
    device = enroll(urls[0], db, name)
    session = sign_in(urls[0], device, chain["staff"][STORE]["manager"], "2468")
    assert session.status_code == 201, session.text
    codes = race_for_last_units(urls, session.json()["session_token"], 4, 24)
    assert set(codes) <= {201, 409}, codes
    assert codes.count(201) == 4  # every unit sold once, none twice
    assert stock_level(db) == (4, 4)


def test_an_order_race_over_both_processes_oversells_nothing(chain, served):
    check_race(chain, served.urls, "till race")


def wait_slot_taken(url: str, token: str, cursors: str) -> None:
    """Until the process at `url` has its one waiting request (a probe's own `wait` is then
    refused: it is answered at once, `waited` false)."""
    deadline = time.monotonic() + BOUND
    with client(url, token) as c:
        while time.monotonic() < deadline:
            r = c.get("/v1/changes", params={"cursors": cursors, "wait": 1})
            r.raise_for_status()
            if not r.json()["waited"]:
                return
    raise AssertionError("the long poll never started waiting")


def test_a_long_poll_on_one_process_is_woken_by_a_write_through_the_other(chain, served):
    a, b = served.urls
    db = chain["db"]
    waiter, prober = enroll(a, db, "till wait"), enroll(a, db, "till probe")
    with client(a, waiter) as c:  # the waiter's terminal is up to date
        top = c.get("/healthz").json()["high_water"]
        cursors = ",".join(f"{n}:{top}" for n in COLLECTIONS)
        assert c.get("/v1/changes", params={"cursors": cursors}).json()["unchanged"]
    answers: list[dict] = []

    def long_poll() -> None:
        """Asks again while it is refused a wait (the prober held the process's one slot)."""
        deadline = time.monotonic() + BOUND
        with client(a, waiter) as c:
            while time.monotonic() < deadline:
                r = c.get("/v1/changes", params={"cursors": cursors, "wait": 25})
                answers.append(r.json())
                if not answers[-1]["unchanged"]:
                    return

    thread = threading.Thread(target=long_poll, daemon=True)
    thread.start()
    wait_slot_taken(a, prober, cursors)
    # A write through the other process: an order reserves a unit (a stock change).
    set_stock(db, STORE, SKU, on_hand=9)  # (before the long poll's cursors: not in its answer)
    writer = enroll(b, db, "till write")
    session = sign_in(b, writer, chain["staff"][STORE]["associate"], "2468")
    assert session.status_code == 201, session.text
    codes = race_for_last_units([b], session.json()["session_token"], 1, 1)
    assert codes == [201]
    thread.join(BOUND)
    answer = answers[-1]
    assert answer["waited"] is True and answer["unchanged"] is False, answer
    stock = answer["collections"]["stock"]
    rows = [dict(zip(stock["columns"], r, strict=True)) for r in stock["rows"]]
    assert any(r["sku"] == SKU and r["reserved"] >= 1 for r in rows), rows


def test_serve_with_two_workers_runs_two_processes_and_oversells_nothing(chain):
    with ServedHQ(chain["url"], processes=1, workers=2) as hq:
        assert len(workers_of(hq._procs[0].pid)) == 2
        check_race(chain, hq.urls, "till workers")


def workers_of(parent: int) -> list[int]:
    """The uvicorn worker processes `parent` started (multiprocessing's spawned children)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            stat = (proc / "stat").read_text()
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == parent and b"spawn_main" in cmdline:
            found.append(int(proc.name))
    return found
