"""Training reset: the kept copies of the generated chain and of the terminal are put back in
place of a trainee's changes, in the same process, on the same HQ address (no new seed run)."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from clienteling import paths
from clienteling.app import TrainingTerminal
from clienteling.cache.store import connect
from clienteling.domain.enums import Fulfilment
from clienteling.security.vault import cache_key
from clienteling.services.orders import OrderDraft
from tests.conftest import training_terminal

SMALL = {"shoppers": 40, "products": 20, "stores": 2, "seed": 7}


def table_sums(conn) -> dict[str, str]:
    """Every table's rows, in a fixed order, as one checksum per table."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    sums = {}
    for name in sorted(names):
        rows = sorted(repr(tuple(r)) for r in conn.execute(f'SELECT * FROM "{name}"'))
        sums[name] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    return sums


def hq_sums(home) -> dict[str, str]:
    conn = sqlite3.connect(home / "demo-hq.db")
    try:
        return table_sums(conn)
    finally:
        conn.close()


def cache_sums(training: TrainingTerminal) -> dict[str, str]:
    key = cache_key(training._vault(), create=False)
    conn = connect(paths.cache_files(training.home)[0], key, readonly=True)
    try:
        return table_sums(conn)
    finally:
        conn.close()


@pytest.fixture
def training(tmp_path):
    with training_terminal(tmp_path, SMALL, start=False) as terminal:
        yield terminal


def test_reset_puts_back_the_starting_state_after_a_note_and_an_order(training):
    services = training.start()
    home = training.home
    start_hq, start_cache = hq_sums(home), cache_sums(training)
    url = training.hq.url

    # The trainee works: first sync, sign-in, a note and an order, delivered to the HQ.
    services.syncing.sync()
    employee, pin = next(iter(training.pins.items()))
    services.sessions.sign_in(employee, pin)
    shopper = services.lookup.search("a")[0].shopper_id
    assert services.engagement.add_note(shopper, "browsing", "asked about coats").sent
    conn = sqlite3.connect(home / "demo-hq.db")
    sku, store = conn.execute(
        "SELECT sku, store_id FROM stock WHERE on_hand - reserved > 0 AND store_id = ?"
        " ORDER BY sku LIMIT 1",
        (services.store_id,),
    ).fetchone()
    conn.close()
    draft = OrderDraft(shopper, [(sku, 1, store)], Fulfilment.PICK_UP, pickup_store=store)
    placed = services.orders.place(draft)
    assert placed.order_id
    services.syncing.sync()
    changed_hq, changed_cache = hq_sums(home), cache_sums(training)
    assert changed_hq["notes"] != start_hq["notes"]
    assert changed_hq["orders"] != start_hq["orders"]
    assert changed_cache != start_cache

    again = training.reset()

    assert again is not services and training.hq.url == url
    assert hq_sums(home) == start_hq
    assert cache_sums(training) == start_cache
    assert again.syncing.device_known()  # the reset terminal is the HQ's known device
    assert again.sessions.current is None  # back at sign-in
    again.syncing.sync()
    again.sessions.sign_in(employee, pin)
    assert again.orders.rows() == []


def test_the_reset_command_puts_back_the_training_folder(training, capsys):
    from clienteling.cli import main

    assert main(["training", "reset"]) == 1  # nothing made yet
    assert "clienteling --training" in capsys.readouterr().err
    services = training.start()
    start_hq = hq_sums(training.home)
    services.syncing.sync()
    training.close()
    assert hq_sums(training.home) != start_hq  # the sync touched the HQ (its device was seen)
    assert main(["training", "reset", "--json"]) == 0
    assert '"reset": true' in capsys.readouterr().out
    assert hq_sums(training.home) == start_hq
