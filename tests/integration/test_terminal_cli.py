"""`clienteling` commands as separate processes: a real HQ, a real keyring, a real cache file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime

from sqlalchemy import select

from clienteling.hq import auth
from clienteling.hq import tables as t
from tests.hq_live import LiveHQ, set_stock, small_chain


def term(home, *args: str, pin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "CLIENTELING_HOME": str(home)}
    env.pop("CLIENTELING_PIN", None)
    if pin:
        env["CLIENTELING_PIN"] = pin
    return subprocess.run(
        [sys.executable, "-m", "clienteling.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_enroll_sync_find_stock_order_status(hq_db, tmp_path, secret_service):
    small_chain(hq_db)
    set_stock(hq_db, "BR-SP-02", "ST1-BLK-M", 2)
    home = tmp_path / "terminal"
    not_yet = term(home, "find", "silva")
    assert not_yet.returncode == 1 and "not enrolled" in not_yet.stderr
    with LiveHQ(hq_db) as hq:
        code = auth.create_enrollment_code(hq_db, "BR-SP-01", 1, datetime.now(UTC))
        r = term(home, "enroll", "--hq", hq.url, "--code", code, "--name", "till 1")
        assert r.returncode == 0, r.stderr
        again = term(home, "enroll", "--hq", hq.url, "--code", code)
        assert again.returncode == 1 and "already used" in again.stderr
        assert term(home, "sync").returncode == 0
        # Connectivity: unknown until something is tried; --probe asks HQ's health check.
        untried = term(home, "status")
        assert ": unknown (not tried; --probe asks HQ)" in untried.stdout.splitlines()[0]
        probed = json.loads(term(home, "status", "--probe", "--json").stdout)
        assert probed["connectivity"] == "online"
        found = json.loads(term(home, "find", "silva", "--json").stdout)
        assert [f["shopper_id"] for f in found] == ["sh1"]
        assert found[0]["tier"] == "gold"  # codes for programs, words for people:
        assert "  Gold  " in term(home, "find", "silva").stdout
        said = term(home, "stock", "ST1-BLK-M").stdout.replace("\u00a0", " ")
        assert said.startswith("Shirt ST1 — Black, M  €189.00  (SKU ST1-BLK-M, live)")
        stock = json.loads(term(home, "stock", "ST1-BLK-M", "--json").stdout)
        assert stock["live"] and stock["stores"][0] == {
            **stock["stores"][0],
            "store_id": "BR-SP-02",
            "available": 2,
        }
        args = (
            "order",
            "--shopper",
            "LYsh1",
            "--sku",
            "ST1-BLK-M",
            "--pickup",
            "BR-SP-01",
            "--associate",
            "BR-SP-01-associate",
            "--json",
        )
        wrong = term(home, *args, pin="1111")
        assert wrong.returncode == 1 and "PIN is wrong" in wrong.stderr
        placed = term(home, *args, pin="2468")
        assert placed.returncode == 0, placed.stderr
        order = json.loads(placed.stdout)
        assert order["state"] == "confirmed" and len(order["order_id"]) == 36
    # HQ is gone: stock from the cache, orders queue, the PIN works offline.
    offline_stock = json.loads(term(home, "stock", "ST1-BLK-M", "--json").stdout)
    assert offline_stock["live"] is False
    assert offline_stock["confirmed_at"] is not None  # as of this terminal's last sync
    queued = term(home, *args, pin="2468")
    assert queued.returncode == 0, queued.stderr
    assert json.loads(queued.stdout)["state"] == "queued"
    status = json.loads(term(home, "status", "--json").stdout)
    assert status["connectivity"] == "unknown"  # nothing tried by this command
    assert json.loads(term(home, "status", "--probe", "--json").stdout)["connectivity"] == (
        "offline"
    )
    assert status["outbox"] == {"pending": 1, "delivered": 1, "parked": 0}
    assert status["collections"]["shoppers"]["age_seconds"] is not None
    assert status["collections"]["shoppers"]["rows"] == 1  # the region's one shopper (sh1)
    assert status["collections"]["stock"]["rows"] == 1
    missing = term(
        home,
        "order",
        "--shopper",
        "nobody",
        "--sku",
        "X",
        "--pickup",
        "BR-SP-01",
        "--associate",
        "BR-SP-01-associate",
        pin="2468",
    )
    assert missing.returncode == 1 and "no shopper nobody" in missing.stderr
    # HQ is back: `clienteling sync`, with nobody signed in, sends the queued order as the
    # associate who placed it (with the write grant HQ gave them at their online sign-in).
    port = int(hq.url.rsplit(":", 1)[1])
    with LiveHQ(hq_db, port=port):
        synced = term(home, "sync")
        assert synced.returncode == 0, synced.stderr
        assert "sent 1 queued writes" in synced.stdout
    status = json.loads(term(home, "status", "--json").stdout)
    assert status["outbox"] == {"pending": 0, "delivered": 2, "parked": 0}
    queued_id = json.loads(queued.stdout)["order_id"]
    with hq_db.read() as conn:
        author = conn.execute(
            select(t.orders.c.associate_id).where(t.orders.c.order_id == queued_id)
        ).scalar_one()
    assert author == "BR-SP-01-associate"


def test_scan_explains_a_code_and_refuses_with_the_reason(tmp_path):
    gs1 = term(tmp_path, "scan", "]C1010950600013435217261231\x1d10ABC", "--json")
    assert gs1.returncode == 0, gs1.stderr
    data = json.loads(gs1.stdout)
    assert data["kind"] == "gs1"
    values = {e["ai"]: e["value"] for e in data["fields"]["elements"]}
    assert values == {"01": "09506000134352", "17": "2026-12-31", "10": "ABC"}
    bad = term(tmp_path, "scan", "4006381333932")
    assert bad.returncode == 1 and "check digit wrong: expected 1, got 2" in bad.stdout
    card = term(tmp_path, "--demo", "scan", "LY00000123455", "--json")
    assert json.loads(card.stdout)["kind"] == "loyalty"


def test_find_searches_every_store_at_hq_online_and_keeps_what_it_found(
    hq_db, tmp_path, secret_service
):
    small_chain(hq_db)  # García (sh2) is Madrid's: outside a São Paulo terminal's cache
    home = tmp_path / "terminal"
    with LiveHQ(hq_db) as hq:
        code = auth.create_enrollment_code(hq_db, "BR-SP-01", 1, datetime.now(UTC))
        assert term(home, "enroll", "--hq", hq.url, "--code", code).returncode == 0
        assert term(home, "sync").returncode == 0
        here = term(home, "find", "garcia")
        assert here.returncode == 1 and "--associate" in here.stdout
        online = term(home, "find", "GARCÍA", "--associate", "BR-SP-01-associate", pin="2468")
        assert online.returncode == 0, online.stderr
        assert online.stdout.startswith("sh2  Ana García  Gold  Store Madrid")
        assert "from HQ" in online.stdout
        again = json.loads(term(home, "find", "garcia", "--json").stdout)  # now in the cache
        assert [(f["shopper_id"], f["from_hq"]) for f in again] == [("sh2", False)]
    offline = term(home, "find", "garcia")
    assert offline.returncode == 0 and offline.stdout.startswith("sh2  Ana García")
    unknown = term(home, "find", "nobody", "--associate", "BR-SP-01-associate", pin="2468")
    assert unknown.returncode == 1 and "HQ could not be asked" in unknown.stdout
