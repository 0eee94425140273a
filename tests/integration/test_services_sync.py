"""The terminal's services as the screens call them, without Qt: catalog and stock, scans,
syncing and the settings file, on a real HQ on loopback (SQLite) and a real enrolled terminal;
online, and offline with the HQ stopped. The world: services_world.py.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from clienteling.app import open_terminal
from clienteling.domain.enums import Connectivity
from clienteling.hq import auth
from clienteling.hq import scan_settings as hq_settings
from clienteling.hq import tables as t
from clienteling.scan import DEMO_LOYALTY, LoyaltyFormat, ScanConfig
from clienteling.scan.qr import qr_png
from clienteling.scan.wedge import WedgeSettings
from clienteling.security.vault import MemoryVault
from clienteling.services.enrollment import enroll
from clienteling.services.terminal import TerminalServices
from clienteling.settings import SettingsFile, TerminalSettings
from tests.hq_live import set_stock
from tests.integration.services_world import (
    ASSOCIATE,
    FAST,
    PIN,
    STORE,
    World,
    gtin_of,
    overloaded,
    signed_in,
    sqlite_world,
    unknown_at_hq,
)


@pytest.fixture
def world(tmp_path):
    """On an HQ with SQLite."""
    with sqlite_world(tmp_path) as w:
        yield w


# --- catalog -------------------------------------------------------------------------------


def test_find_products_by_sku_gtin_style_and_name(world):
    catalog, db = world.services.catalog, world.db
    world.stop_hq()  # the cache answers alone
    [by_sku] = catalog.find_products("st1-blk-m")
    assert (by_sku.style, by_sku.sku, by_sku.exact) == ("ST1", "ST1-BLK-M", True)
    assert by_sku.sizes == ("S", "M", "L") and by_sku.colours == ("BLK",)
    gtin = gtin_of(db, "LN2-WHT-40")
    for typed in (gtin, "0" + gtin, f" {gtin} "):
        [hit] = catalog.find_products(typed)
        assert (hit.sku, hit.exact) == ("LN2-WHT-40", True), typed
    [style] = catalog.find_products("LN2")
    assert style.exact and style.name == "Linen Trousers"
    assert style.sizes == ("38", "40", "42") and style.colours == ("NVY", "WHT")
    assert (style.price_minor, style.currency) == (25900, "EUR")
    assert [(h.style, h.exact) for h in catalog.find_products("shi")] == [("ST1", False)]
    assert [h.style for h in catalog.find_products("trou")] == ["LN2"]  # a word of the name
    assert catalog.find_products("rousers") == []  # words start with what was typed
    assert catalog.find_products("%") == [] and catalog.find_products("  ") == []


def test_product_stock_live_from_hq_or_cached_when_hq_is_down(world):
    catalog, db = world.services.catalog, world.db
    set_stock(db, STORE, "ST1-BLK-M", 7, reserved=1)  # after the terminal's last sync
    live = catalog.product_stock("ST1-BLK-M")
    assert live.live and live.stock.here.on_hand == 7 and live.stock.here.available == 6
    assert live.grid.cell("BLK", "M").available == 6  # the grid shows HQ's figure too
    by_gtin = catalog.product_stock(gtin_of(db, "ST1-BLK-M"))  # HQ knows it by GTIN too
    assert by_gtin.live and by_gtin.stock.product.sku == "ST1-BLK-M"
    assert by_gtin.stock.here.available == 6
    cached = catalog.product_stock("ST1-BLK-M", live=False)
    assert not cached.live and cached.stock.here.available == 2
    assert cached.grid.cell("BLK", "M").available == 2
    world.stop_hq()
    offline = catalog.product_stock("ST1-BLK-M")
    assert not offline.live and offline.stock.here.available == 2
    assert world.services.syncing.status().connectivity == Connectivity.OFFLINE

    elsewhere = catalog.product_stock("ST1-BLK-L")
    view = elsewhere.stock
    assert view.here is None
    assert [s.store_id for s in view.others] == ["BR-SP-02", "ES-MD-01"]  # nearest first
    assert view.others[0].distance_km < 100 < view.others[1].distance_km
    assert view.nearest_with_stock(2).store_id == "ES-MD-01"
    assert view.others[0].store_name == "Store Campinas"
    assert catalog.product_stock("NOPE") is None


def test_the_grid_of_a_style_here(world):
    catalog = world.services.catalog
    grid = catalog.product_stock(gtin_of(world.db, "LN2-NVY-40"), live=False).grid
    assert (grid.style, grid.name) == ("LN2", "Linen Trousers")
    assert grid.colours == ["NVY", "WHT"] and grid.sizes == ["38", "40", "42"]
    cell = grid.cell("NVY", "40")
    assert (cell.sku, cell.on_hand, cell.reserved, cell.available) == ("LN2-NVY-40", 3, 1, 2)
    none_here = grid.cell("WHT", "42")
    assert none_here.on_hand is None and none_here.available == 0  # no stock line here
    assert grid.total_here == 2 and grid.find("LN2-WHT-38").size == "38"
    assert grid.cell("RED", "40") is None


def test_items_to_choose_and_the_sizes_of_each_category(world):
    catalog = world.services.catalog
    items = catalog.find_items("LN2-WHT-40")
    assert items[0].sku == "LN2-WHT-40"  # the one scanned first
    assert [i.sku for i in items[1:]] == [
        "LN2-NVY-38", "LN2-NVY-40", "LN2-NVY-42", "LN2-WHT-38", "LN2-WHT-42",
    ]  # fmt: skip
    assert {i.sku: i.available_here for i in items}["LN2-NVY-40"] == 2
    assert [i.sku for i in catalog.find_items("shirt", limit=2)] == ["ST1-BLK-S", "ST1-BLK-M"]
    assert catalog.size_choices() == {"tops": ["S", "M", "L"], "trousers": ["38", "40", "42"]}


# --- scans --------------------------------------------------------------------------------


def test_scans_read_the_chains_settings_again_after_hq_changed_them(world):
    services = signed_in(world)
    scans = services.scans
    assert scans.signup_code(ASSOCIATE) == (
        f"clienteling://signup?store={STORE}&associate={ASSOCIATE}"
    )
    assert scans.resolve("LY00000123455").action == "rejected"  # no loyalty format yet
    hq_settings.set_settings(
        world.db,
        {
            "signup_url": "https://join.example.com/signup",
            "loyalty_formats": [{"prefix": "LY", "length": 13, "check": "mod10"}],
        },
        datetime.now(UTC),
    )
    services.syncing.sync()  # tells the scans to read the settings again
    assert scans.chain_config().signup_url == "https://join.example.com/signup"
    assert scans.signup_code(ASSOCIATE).startswith(
        f"https://join.example.com/signup?store={STORE}&associate="
    )
    assert scans.resolve("LY00000123455").kind == "loyalty"


def test_codes_in_a_picture_open_the_first_the_store_uses(world):
    scans = world.services.scans
    gtin = gtin_of(world.db, "LN2-WHT-40")
    texts = scans.codes_in_image(qr_png(gtin))
    assert texts == [f"]Q1{gtin}"]  # with the symbology identifier a scanner sends
    out = scans.resolve_first(["not a code", *texts])
    assert out.action == "product" and out.sku == "LN2-WHT-40"
    with pytest.raises(ValueError):
        scans.codes_in_image(b"this is not a picture")


def test_a_card_looked_up_while_hq_is_overloaded_says_hq_could_not_be_asked(world):
    services = signed_in(world)
    card = "LY00000123455"
    SettingsFile(world.home).save_scan(ScanConfig(loyalty_formats=(DEMO_LOYALTY,)))
    services.scans.forget()
    with overloaded(world):
        out = services.scans.resolve(card)
    assert out.action == "shopper_missing" and out.offline  # not "HQ knows no such card"


# --- syncing -------------------------------------------------------------------------------


def second_terminal(world: World, home: Path) -> TerminalServices:
    """Another till of the store, enrolled and opened but never synced."""
    vault = MemoryVault()
    code = auth.create_enrollment_code(world.db, STORE, 1, datetime.now(UTC))
    enroll(SettingsFile(home), vault, world.url, code, "till 2")
    return open_terminal(home, vault, policy=FAST)


def test_first_sync_and_the_status_of_a_terminal(world, tmp_path):
    fresh = second_terminal(world, tmp_path / "till2")
    try:
        assert not fresh.syncing.first_sync_done()
        before = fresh.syncing.status()
        assert before.last_sync_age is None and set(before.synced_at.values()) == {None}
        assert fresh.sessions.associates() == []  # nobody to sign in before the first sync
        seen = []
        applied = fresh.syncing.pull(seen.append)
        assert applied > 0 and seen[-1].total_done == applied
        assert [p.total_done for p in seen] == sorted(p.total_done for p in seen)
        assert {p.collection for p in seen} >= {"stores", "products", "shoppers", "associates"}
        assert fresh.syncing.first_sync_done()
        status = fresh.syncing.status()
        assert status.connectivity == Connectivity.ONLINE
        assert all(cursor > 0 for name, cursor in status.cursors.items() if name != "orders")
        assert status.last_sync_age is not None and status.last_sync_age >= 0
        assert status.age_of("shoppers") is not None
        assert fresh.syncing.pull() == 0  # nothing new
        assert fresh.syncing.device_known()
    finally:
        fresh.close()


def test_status_counts_waiting_sent_and_refused_writes(world):
    services = signed_in(world)
    unknown_at_hq(world, "sh10")  # the terminal still shows them: HQ refuses what is about them
    refused = services.engagement.record_feedback("sh10", 2)
    services.engagement.add_note("sh1", "gift", "a tie")
    world.stop_hq()
    services.engagement.add_task("sh1", "tie in blue?")
    services.engagement.add_task("sh3", "ask about the hem")
    status = services.syncing.sync()
    assert status.connectivity == Connectivity.OFFLINE  # a state, not an error
    assert (status.queued, status.delivered, status.parked) == (2, 1, 1)
    assert [(p.id, p.kind) for p in status.refused] == [(refused.id, "feedback")]
    assert status.refused[0].reason == refused.reason and "shopper sh10" in refused.reason


def test_connectivity_online_degraded_offline(world):
    syncing = world.services.syncing
    assert syncing.sync().connectivity == Connectivity.ONLINE
    world.stop_hq()
    assert syncing.sync().connectivity == Connectivity.OFFLINE
    assert not syncing.device_known()
    with overloaded(world):
        assert syncing.sync().connectivity == Connectivity.DEGRADED
        assert not syncing.refresh_scan_settings()
    world.start_hq()
    assert syncing.sync().connectivity == Connectivity.ONLINE


def test_a_retired_terminal_is_no_longer_known(world):
    assert world.services.syncing.device_known()
    with world.db.write() as w:
        w.conn.execute(update(t.devices).values(revoked_at=datetime.now(UTC)))
    assert not world.services.syncing.device_known()
    status = world.services.syncing.sync()  # HQ refuses it: the cache keeps working
    assert status.connectivity == Connectivity.ONLINE
    assert world.services.lookup.search("silva")[0].shopper_id == "sh1"


# --- settings ------------------------------------------------------------------------------

OLD_TERMINAL = {
    "hq_url": "https://hq.example.com",
    "store_id": STORE,
    "store_name": "Store São Paulo",
    "device_id": "dev-1",
    "terminal_name": "till 1",
    "idle_lock_minutes": 2.5,
}
OLD_SCAN = {
    "loyalty_formats": [{"prefix": "LY", "length": 13, "check": "mod10"}],
    "product_url_prefixes": ["https://shop.example.com/p/"],
    "signup_url": "https://join.example.com/signup",
    "hq_revision": 4,
}
OLD_SCANNER = {"max_median_gap_ms": 45, "timeout_ms": 120, "prefix": "~", "suffixes": ["\t"]}


def old_terminal_home(home: Path) -> None:
    """The three files an older terminal kept its settings in."""
    home.mkdir(parents=True)
    for name, value in (
        ("terminal.json", OLD_TERMINAL),
        ("scan.json", OLD_SCAN),
        ("scanner.json", OLD_SCANNER),
    ):
        (home / name).write_text(json.dumps(value), encoding="utf-8")


def test_an_older_terminals_three_files_become_one_settings_file(tmp_path):
    home = tmp_path / "terminal"
    old_terminal_home(home)
    settings = SettingsFile(home)
    assert settings.enrolled
    assert settings.terminal() == TerminalSettings(**OLD_TERMINAL)
    assert sorted(p.name for p in home.iterdir()) == ["settings.json"]
    stored = json.loads((home / "settings.json").read_text(encoding="utf-8"))
    assert stored == {"terminal": OLD_TERMINAL, "scan": OLD_SCAN, "scanner": OLD_SCANNER}
    config = settings.scan()
    assert config.loyalty_formats == (LoyaltyFormat("LY", 13, "mod10"),)
    assert config.signup_url == OLD_SCAN["signup_url"]
    assert settings.scan_section()["hq_revision"] == 4
    assert settings.scanner() == WedgeSettings(
        max_median_gap_ms=45, timeout_ms=120, prefix="~", suffixes=("\t",)
    )
    # Read again by another SettingsFile (the next start): the same values, nothing moved.
    again = SettingsFile(home)
    assert again.terminal().idle_lock_minutes == 2.5 and again.scan() == config


def test_settings_file_sections_kept_over_an_older_file_and_defaults(tmp_path):
    home = tmp_path / "terminal"
    home.mkdir()
    assert not SettingsFile(home).enrolled
    assert SettingsFile(home).scan() == ScanConfig()
    assert SettingsFile(home, training=True).scan().loyalty_formats == (DEMO_LOYALTY,)
    settings = SettingsFile(home)
    settings.save_scanner(WedgeSettings(prefix="#"))
    (home / "scanner.json").write_text(json.dumps(OLD_SCANNER))  # left over from a copy
    assert settings.scanner().prefix == "#"  # the settings file wins
    assert not (home / "scanner.json").exists()
    settings.save_terminal(TerminalSettings(**OLD_TERMINAL))
    settings.forget_terminal()
    assert not settings.enrolled and settings.scanner().prefix == "#"


def test_an_older_terminal_opens_with_its_settings(world, tmp_path):
    """An enrolled terminal of the previous version: its files move, and it works."""
    services = world.services
    services.close()
    sections = json.loads((world.home / "settings.json").read_text())
    (world.home / "settings.json").unlink()
    (world.home / "terminal.json").write_text(json.dumps(sections["terminal"]))
    (world.home / "scanner.json").write_text(json.dumps(OLD_SCANNER))
    world.services = reopened = open_terminal(world.home, world.vault, policy=FAST)
    assert reopened.store_id == STORE and reopened.store_name == "Store São Paulo"
    assert reopened.scans.wedge_settings().prefix == "~"
    assert {p.name for p in world.home.glob("*.json")} == {"settings.json"}
    assert reopened.syncing.sync().connectivity == Connectivity.ONLINE
    assert reopened.sessions.sign_in(ASSOCIATE, PIN).online


@pytest.mark.parametrize("address", ["http://hq.example.com", "ftp://hq", "https://"])
def test_enrolling_refuses_an_hq_address_that_is_not_https(tmp_path, address):
    from clienteling.security.vault import MemoryVault
    from clienteling.services.enrollment import enroll
    from clienteling.settings import SettingsFile

    with pytest.raises(ValueError, match="not an HQ address"):
        enroll(SettingsFile(tmp_path), MemoryVault(), address, "ABCD-EFGH-JKLM-NPQR", "till")
    assert not (tmp_path / "settings.json").exists()
