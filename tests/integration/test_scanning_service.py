"""What a scan does, without Qt: a real HQ on loopback, a real enrolled terminal cache."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlalchemy import select

from clienteling.api.client import Policy
from clienteling.app import home_dir
from clienteling.domain.enums import Fulfilment
from clienteling.hq import migrate
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from clienteling.hq.seed import loyalty_id
from clienteling.scan import DEMO_LOYALTY, ScanConfig, encode_enrollment, encode_order_tracking
from clienteling.services import scanning as sc
from clienteling.services.orders import OrderDraft
from clienteling.services.scan_settings import scan_config
from clienteling.services.scanning import WedgeSettings
from clienteling.settings import SettingsFile, scan_config_from_json, scan_config_to_json
from tests.hq_live import World, add_purchase, add_shopper, set_stock, small_chain

FAST = Policy(deadline=2, attempt_timeout=1, connect_timeout=0.3, attempts=1)
STORE = "BR-SP-01"
ASSOCIATE = f"{STORE}-associate"
PIN = "2468"
HERE_CARD = loyalty_id(4)  # Ana Moreira, a shopper of this store
FAR_CARD = loyalty_id(5)  # Lucía Ruiz of Madrid: outside this terminal's scope
NOBODY_CARD = loyalty_id(6)


def scan_chain(db: Database) -> None:
    """The small chain plus two card holders: one of this store, one of Madrid."""
    small_chain(db)
    add_shopper(db, "sh4", STORE, last_name="Moreira", loyalty_id=HERE_CARD)
    add_shopper(db, "sh5", "ES-MD-01", last_name="Ruiz", first_name="Lucía", loyalty_id=FAR_CARD)
    add_purchase(db, "p5", "sh5", "ES-MD-01", "ST1-BLK-S")
    set_stock(db, STORE, "ST1-BLK-M", 2)


def demo_formats(home) -> None:
    """This chain's loyalty cards are the demo chain's: say so in the terminal's scan settings."""
    SettingsFile(home).save_scan(ScanConfig(loyalty_formats=(DEMO_LOYALTY,)))


def gtin_of(db: Database, sku: str) -> str:
    with db.read() as conn:
        return conn.execute(select(t.products.c.gtin).where(t.products.c.sku == sku)).scalar_one()


@pytest.fixture
def world(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'hq.db'}")
    migrate.upgrade(db)
    scan_chain(db)
    w = World(db)
    w.start_hq()
    w.home = tmp_path / "terminal"
    services = w.enroll_terminal(w.home, STORE, policy=FAST)
    demo_formats(w.home)
    services.syncing.sync()
    services.sessions.sign_in(ASSOCIATE, PIN)
    yield w
    w.stop_hq()
    services.close()
    db.dispose()


def test_a_loyalty_card_of_this_store_opens_the_shopper_from_the_cache(world):
    scans = world.services.scans
    world.stop_hq()  # the cache answers alone
    out = scans.resolve(HERE_CARD)
    assert out.action == sc.SHOPPER and out.shopper_id == "sh4" and not out.fetched
    assert out.shopper_name == "Ana Moreira" and out.raw == HERE_CARD
    assert scans.resolve(HERE_CARD.lower()).shopper_id == "sh4"  # the prefix in any case


def test_a_card_outside_the_cache_is_fetched_from_hq_and_cached(world):
    services = world.services
    assert services.profiles.profile("sh5") is None  # Madrid is outside this terminal's scope
    out = services.scans.resolve(FAR_CARD)
    assert out.action == sc.SHOPPER and out.shopper_id == "sh5" and out.fetched
    assert out.shopper_name == "Lucía Ruiz"
    profile = services.profiles.profile("sh5")
    assert profile is not None and [p.purchase_id for p in profile.purchases] == ["p5"]
    # searchable from now on
    assert [h.shopper_id for h in services.lookup.search(FAR_CARD)] == ["sh5"]
    world.stop_hq()
    again = services.scans.resolve(FAR_CARD)  # offline now: the cache has them
    assert again.action == sc.SHOPPER and not again.fetched


def test_a_card_outside_the_cache_offline_says_so(world):
    world.stop_hq()
    out = world.services.scans.resolve(FAR_CARD)
    assert out.action == sc.SHOPPER_MISSING and out.offline and out.loyalty_id == FAR_CARD


def test_a_card_hq_does_not_know(world):
    out = world.services.scans.resolve(NOBODY_CARD)
    assert out.action == sc.SHOPPER_MISSING and not out.offline


def test_signed_in_offline_no_hq_lookup(world):
    sessions = world.services.sessions
    sessions.sign_out()
    world.stop_hq()
    sessions.sign_in(ASSOCIATE, PIN)  # offline, with the PIN used here before
    world.start_hq()  # HQ is back, but this session has no token to ask it with
    out = world.services.scans.resolve(FAR_CARD)
    assert out.action == sc.SHOPPER_MISSING and out.offline


def test_product_codes_in_every_form_find_the_item(world):
    gtin = gtin_of(world.db, "ST1-BLK-M")  # 13 digits, as the catalog has it
    scans = world.services.scans
    forms = [
        gtin,
        "0" + gtin,  # GTIN-14
        f"]E0{gtin}",
        f"(01)0{gtin}(17)261231(10)LOT7",
        f"https://id.gs1.org/01/0{gtin}/10/LOT7?17=261231",
    ]
    for text in forms:
        out = scans.resolve(text)
        assert out.action == sc.PRODUCT and out.sku == "ST1-BLK-M", text
        assert out.product_name == "Shirt ST1"
    labelled = scans.resolve(f"(01)0{gtin}(17)261231(10)LOT7")
    assert labelled.lot == "LOT7" and labelled.expiry == date(2026, 12, 31)
    assert labelled.kind == "gs1"


def test_retailer_product_urls_when_configured(world):
    scans = world.services.scans
    SettingsFile(world.home).save_scan(
        ScanConfig(product_url_prefixes=("https://shop.example.com/p/",))
    )
    scans.forget()  # as a sync does when HQ changed the chain's settings
    out = scans.resolve("https://shop.example.com/p/ST1-BLK-L?ref=qr")
    assert out.action == sc.PRODUCT and out.sku == "ST1-BLK-L"
    missing = scans.resolve("https://shop.example.com/p/NOPE-1")
    assert missing.action == sc.PRODUCT_MISSING and missing.code == "NOPE-1"


def test_an_unknown_product_and_a_pallet_label(world):
    scans = world.services.scans
    out = scans.resolve("4006381333931")  # a valid EAN-13 that is not in this catalog
    assert out.action == sc.PRODUCT_MISSING and out.code == "04006381333931"
    sscc = scans.resolve("(00)106141411234567897")
    assert sscc.action == sc.PRODUCT_MISSING and sscc.code is None


def test_order_tracking_codes(world):
    services = world.services
    draft = OrderDraft("sh1", [("ST1-BLK-M", 1, STORE)], Fulfilment.PICK_UP, pickup_store=STORE)
    placed = services.orders.place(draft)
    assert placed.state == "confirmed"
    scans = services.scans
    out = scans.resolve(encode_order_tracking(placed.order_id))
    assert out.action == sc.ORDER and out.order.order_id == placed.order_id
    assert out.order.state in ("confirmed", "queued") and out.order.shopper_name == "Ana Silva"

    world.stop_hq()
    queued = services.orders.place(draft)
    assert queued.state == "queued"
    out = scans.resolve(encode_order_tracking(queued.order_id))
    assert out.action == sc.ORDER and out.order.state == "queued"  # from the outbox

    missing = scans.resolve(encode_order_tracking(str(uuid.uuid4())))
    assert missing.action == sc.ORDER_MISSING and missing.offline
    world.start_hq()
    missing = scans.resolve(encode_order_tracking(str(uuid.uuid4())))
    assert missing.action == sc.ORDER_MISSING and not missing.offline


def test_enrollment_signup_and_refusals(world):
    scans = world.services.scans
    hq_url = world.services.terminal.hq_url
    out = scans.resolve(encode_enrollment(hq_url, "ABCD-EFGH-JKLM-NPQR"))
    assert out.action == sc.ENROLLMENT and out.same_hq
    assert scans.resolve("clienteling://signup?store=BR-SP-01").action == sc.SIGNUP
    bad = scans.resolve("4006381333932")
    assert bad.action == sc.REJECTED and bad.reject_code == "check_digit"
    assert "check digit" in bad.reason
    assert scans.resolve("HELLO-WORLD").reject_code == "unknown_format"
    assert scans.resolve_first(["HELLO", HERE_CARD]).shopper_id == "sh4"
    assert scans.resolve_first(["HELLO"]).reject_code == "unknown_format"
    assert scans.resolve_first([]) is None


def test_scan_config_comes_from_one_place(tmp_path, monkeypatch):
    monkeypatch.setenv("CLIENTELING_HOME", str(tmp_path))
    home = home_dir()
    home.mkdir()
    # production, nothing configured
    assert scan_config(SettingsFile(home)) == ScanConfig()
    demo = home_dir(training=True)
    demo.mkdir()
    # the training terminal
    assert scan_config(SettingsFile(demo, training=True)).loyalty_formats == (DEMO_LOYALTY,)
    hand_made = {
        "loyalty_formats": [{"prefix": "2", "length": 13, "check": "gs1"}],
        "product_url_prefixes": ["https://shop.example.com/p"],
        "tracking_url_prefix": "https://track.example.com/o/",
    }
    (home / "settings.json").write_text(json.dumps({"scan": hand_made}))
    config = scan_config(SettingsFile(home))
    assert config.loyalty_formats[0].prefix == "2"
    assert config.product_url_prefixes == ("https://shop.example.com/p/",)
    assert scan_config_from_json(scan_config_to_json(config)) == config
    (home / "settings.json").write_text(
        '{"scan": {"loyalty_formats": [{"prefix": "??", "length": 3}]}}'
    )
    assert scan_config(SettingsFile(home)) == ScanConfig()  # unusable: standard codes still work
    # An older terminal's scan.json is the same settings, moved into settings.json.
    (home / "settings.json").unlink()
    (home / "scan.json").write_text(json.dumps(hand_made))
    assert scan_config(SettingsFile(home)) == config
    assert not (home / "scan.json").exists()
    assert json.loads((home / "settings.json").read_text())["scan"] == hand_made


def test_wedge_settings_live_next_to_the_terminal_config(tmp_path):
    home = tmp_path / "terminal"
    assert SettingsFile(home).scanner() == WedgeSettings()
    mine = WedgeSettings(max_median_gap_ms=45, timeout_ms=120, prefix="~", suffixes=("\t",))
    SettingsFile(home).save_scanner(mine)
    assert SettingsFile(home).scanner() == mine
    assert json.loads((home / "settings.json").read_text())["scanner"]["prefix"] == "~"
    # gap above the timeout
    (home / "settings.json").write_text('{"scanner": {"max_median_gap_ms": 900}}')
    assert SettingsFile(home).scanner() == WedgeSettings()


def test_the_wedge_settings_of_an_open_terminal(world):
    scans = world.services.scans
    assert scans.wedge_settings() == WedgeSettings()
    mine = WedgeSettings(max_median_gap_ms=45, timeout_ms=120, prefix="~", suffixes=("\t",))
    with pytest.raises(PermissionError, match="only a manager can change the scanner settings"):
        scans.save_wedge_settings(mine)  # the associate is signed in: managers set it up
    assert scans.wedge_settings() == WedgeSettings()
    world.services.sessions.sign_in(f"{STORE}-manager", PIN)
    scans.save_wedge_settings(mine)
    assert scans.wedge_settings() == mine
    # the terminal's own settings file, next to the rest of its settings
    sections = json.loads((world.home / "settings.json").read_text())
    assert sections["scanner"]["prefix"] == "~" and "terminal" in sections and "scan" in sections
