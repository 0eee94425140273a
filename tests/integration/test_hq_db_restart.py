"""HQ on PostgreSQL after its database ended every session (as a restart does): the next
requests are answered, none refused for a connection the database had closed.

HQ does not check each pooled connection with a round trip before a request uses it
(hq/db.py `watch_disconnects`): this is what that check was there for.
"""

from __future__ import annotations

import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest
from sqlalchemy import select

from clienteling.hq import tables as t
from tests.conftest import PG_ADMIN_URL
from tests.hq_live import LiveHQ, set_stock, small_chain


def end_every_session(db) -> None:
    """What a restart does to HQ's connections: PostgreSQL ends each one (it says so on
    the socket and closes it). Returns once none is left."""
    name = db.engine.url.database
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )
        deadline = time.monotonic() + 30
        while conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (name,)
        ).fetchone()[0]:
            assert time.monotonic() < deadline, "PostgreSQL did not end the sessions"
            time.sleep(0.05)


def order(sku: str) -> dict:
    return {
        "order_id": str(uuid.uuid4()),
        "shopper_id": "sh1",
        "lines": [{"sku": sku, "quantity": 1}],
        "fulfilment": "pickup",
        "pickup_store": "BR-SP-01",
    }


def test_after_the_database_ended_every_session_the_next_requests_are_answered(hq_db):
    if hq_db.dialect != "postgresql":
        pytest.skip("a SQLite file has no sessions to end")
    chain = small_chain(hq_db)
    set_stock(hq_db, "BR-SP-01", "ST1-BLK-M", 50)
    with LiveHQ(hq_db) as live:
        device = live.enroll("BR-SP-01")
        session = live.sign_in(device, chain["staff"]["BR-SP-01"]["associate"])

        def place(_) -> int:
            with live.client(session) as c:
                return c.post("/v1/orders", json=order("ST1-BLK-M")).status_code

        with ThreadPoolExecutor(6) as pool:  # several pooled connections, all used just now
            assert set(pool.map(place, range(12))) == {201}
        pooled = hq_db.engine.pool.checkedin()
        assert pooled >= 2

        end_every_session(hq_db)

        # Every pooled connection is handed out again, one after the other, then some.
        bodies = [order("ST1-BLK-M") for _ in range(pooled + 2)]
        with live.client(session) as c:
            answers = [c.post("/v1/orders", json=body).status_code for body in bodies]
            health = c.get("/healthz").status_code
        with ThreadPoolExecutor(6) as pool:  # and at once
            answers += list(pool.map(place, range(12)))
    assert set(answers) == {201} and health == 200
    with hq_db.read() as conn:
        stored = set(conn.execute(select(t.orders.c.order_id)).scalars())
    assert {body["order_id"] for body in bodies} <= stored
