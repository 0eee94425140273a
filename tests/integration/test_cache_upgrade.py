"""A terminal upgraded from the previous release: its cache, made by schema v6 with queued and
parked orders in the outbox, is opened by this version, migrated in place with a backup beside
it, and its queued orders reach a real HQ (SQLite and PostgreSQL) exactly once each, while the
parked one stays parked with its reason."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import func, select

from clienteling import paths
from clienteling.app import open_terminal
from clienteling.cache import outbox
from clienteling.cache.schema import MIGRATIONS
from clienteling.cache.store import connect
from clienteling.hq import tables as t
from clienteling.security.vault import cache_key
from tests.hq_live import World, set_stock, small_chain
from tests.ui.conftest import FAST

STORE = "BR-SP-01"
ASSOCIATE = f"{STORE}-associate"
PREVIOUS = 6  # the previous release's cache schema
REFUSED = "HQ has no product ST9-XXX-Z; take it out of the order"


def order(sku: str = "ST1-BLK-S") -> dict:
    return {
        "order_id": str(uuid.uuid4()),
        "shopper_id": "sh1",
        "fulfilment": "pickup",
        "pickup_store": STORE,
        "lines": [{"sku": sku, "quantity": 1}],
    }


def previous_release_cache(path, key, queued: list[dict], parked: dict) -> None:
    """The cache as the previous release left it: schema v6, production, with its outbox."""
    conn = connect(path, key)
    for number, migration in enumerate(MIGRATIONS[:PREVIOUS]):
        conn.execute("BEGIN IMMEDIATE")
        migration(conn)
        conn.execute(f"PRAGMA user_version = {number + 1}")
        conn.execute("COMMIT")
    conn.execute("INSERT INTO meta (key, value) VALUES ('mode', 'production')")
    for body in [*queued, parked]:
        outbox.enqueue(
            conn,
            id=body["order_id"],
            kind="order",
            shopper_id=body["shopper_id"],
            method="POST",
            path="/orders",
            body=body,
            author_id=ASSOCIATE,
            signed_in="offline",
        )
    n = conn.execute("SELECT n FROM outbox WHERE id = ?", (parked["order_id"],)).fetchone()[0]
    answer = {"error": {"code": "invalid_request", "message": REFUSED}}
    conn.execute(  # as the previous release parked it (its outbox had no failure codes)
        "UPDATE outbox SET state = 'parked', answer_status = 422, last_error = ?, answer = ? "
        "WHERE n = ?",
        (REFUSED, json.dumps(answer), n),
    )
    assert conn.execute("PRAGMA user_version").fetchone()[0] == PREVIOUS
    conn.close()


@pytest.fixture
def world(hq_db):
    small_chain(hq_db)
    set_stock(hq_db, STORE, "ST1-BLK-S", 10)
    w = World(hq_db)
    w.start_hq()
    yield w
    w.stop_hq()
    if w.services is not None:
        w.services.close()


def orders_at_hq(db, order_ids) -> dict[str, int]:
    o = t.orders.c
    with db.read() as conn:
        rows = conn.execute(
            select(o.order_id, func.count()).where(o.order_id.in_(order_ids)).group_by(o.order_id)
        ).all()
    return dict(rows)


def test_a_v6_cache_with_queued_orders_migrates_with_a_backup_and_delivers_them_once(
    world, tmp_path
):
    home = tmp_path / "terminal"
    services = world.enroll_terminal(home, STORE, policy=FAST)
    vault = services.sessions.vault
    services.sessions.sign_in(ASSOCIATE, "2468")  # online once: HQ gave a write grant
    services.close()
    world.services = None
    file = home / paths.CACHE_FILE
    for part in paths.cache_files(home):  # the previous release's cache stands in its place
        part.unlink(missing_ok=True)

    queued, parked = [order(), order()], order("ST9-XXX-Z")
    previous_release_cache(file, cache_key(vault, create=False), queued, parked)

    services = world.services = open_terminal(home, vault, policy=FAST)  # the new version
    assert services.syncing.cache.schema_version() == len(MIGRATIONS)
    backup = file.with_name(f"{file.name}.v{PREVIOUS}.bak")
    assert backup.exists()  # the file as it was, before the migration

    before = services.syncing.status()
    assert before.queued == 2 and before.parked == 1
    services.syncing.sync()  # nobody signed in: sent with the associate's write grant
    services.syncing.sync()  # again: nothing is sent twice
    ids = [b["order_id"] for b in queued]
    assert orders_at_hq(world.db, ids) == dict.fromkeys(ids, 1)
    assert orders_at_hq(world.db, [parked["order_id"]]) == {}
    after = services.syncing.status()
    assert after.queued == 0 and after.parked == 1 and after.delivered == 2
    assert [(p.id, p.reason) for p in after.refused] == [(parked["order_id"], REFUSED)]
    with world.db.read() as conn:
        authors = (
            conn.execute(select(t.orders.c.associate_id).where(t.orders.c.order_id.in_(ids)))
            .scalars()
            .all()
        )
    assert authors == [ASSOCIATE, ASSOCIATE]  # as the associate who took them, not the till

    # Restarted once more (a second open of the migrated cache): still once each.
    services.close()
    services = world.services = open_terminal(home, vault, policy=FAST)
    services.syncing.sync()
    assert orders_at_hq(world.db, ids) == dict.fromkeys(ids, 1)
    assert services.syncing.status().parked == 1
