"""What a scan does, without Qt: a real HQ on loopback, a real enrolled terminal cache."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from clienteling.api.client import Policy
from clienteling.domain.enums import Fulfilment
from clienteling.hq import auth, migrate
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from clienteling.hq.seed import loyalty_id
from clienteling.scan import DEMO_LOYALTY, ScanConfig, encode_enrollment, encode_order_tracking
from clienteling.security.vault import MemoryVault
from clienteling.services import scanning as sc
from clienteling.services.desk import Desk, OrderDraft
from clienteling.services.scanning import Scans, WedgeSettings
from clienteling.services.terminal import Terminal
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
    """This chain's loyalty cards are the demo chain's: say so in the terminal's scan.json."""
    sc.save_scan_config(home, ScanConfig(loyalty_formats=(DEMO_LOYALTY,)))


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
    code = auth.create_enrollment_code(db, STORE, 1, datetime.now(UTC))
    terminal = Terminal.enroll(tmp_path / "terminal", MemoryVault(), w.hq.url, code, "till 1")
    demo_formats(terminal.home)
    w.desk = Desk(terminal, policy=FAST)
    w.desk.sync()
    w.desk.sign_in(ASSOCIATE, PIN)
    yield w
    w.stop_hq()
    w.desk.close()
    db.dispose()


def test_a_loyalty_card_of_this_store_opens_the_shopper_from_the_cache(world):
    scans = Scans(world.desk)
    world.stop_hq()  # the cache answers alone
    out = scans.resolve(HERE_CARD)
    assert out.action == sc.SHOPPER and out.shopper_id == "sh4" and not out.fetched
    assert out.shopper_name == "Ana Moreira" and out.raw == HERE_CARD
    assert scans.resolve(HERE_CARD.lower()).shopper_id == "sh4"  # the prefix in any case


def test_a_card_outside_the_cache_is_fetched_from_hq_and_cached(world):
    desk = world.desk
    assert desk.profile("sh5") is None  # Madrid is outside this terminal's scope
    out = Scans(desk).resolve(FAR_CARD)
    assert out.action == sc.SHOPPER and out.shopper_id == "sh5" and out.fetched
    assert out.shopper_name == "Lucía Ruiz"
    profile = desk.profile("sh5")
    assert profile is not None and [p["purchase_id"] for p in profile.purchases] == ["p5"]
    assert [h.shopper_id for h in desk.search(FAR_CARD)] == ["sh5"]  # searchable from now on
    world.stop_hq()
    again = Scans(desk).resolve(FAR_CARD)  # offline now: the cache has them
    assert again.action == sc.SHOPPER and not again.fetched


def test_a_card_outside_the_cache_offline_says_so(world):
    world.stop_hq()
    out = Scans(world.desk).resolve(FAR_CARD)
    assert out.action == sc.SHOPPER_MISSING and out.offline and out.loyalty_id == FAR_CARD


def test_a_card_hq_does_not_know(world):
    out = Scans(world.desk).resolve(NOBODY_CARD)
    assert out.action == sc.SHOPPER_MISSING and not out.offline


def test_signed_in_offline_no_hq_lookup(world):
    world.desk.sign_out()
    world.stop_hq()
    world.desk.sign_in(ASSOCIATE, PIN)  # offline, with the PIN used here before
    out = Scans(world.desk).resolve(FAR_CARD)
    assert out.action == sc.SHOPPER_MISSING and out.offline


def test_product_codes_in_every_form_find_the_item(world):
    gtin = gtin_of(world.db, "ST1-BLK-M")  # 13 digits, as the catalog has it
    scans = Scans(world.desk)
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
    config = ScanConfig(product_url_prefixes=("https://shop.example.com/p/",))
    out = sc.resolve_scan(world.desk, "https://shop.example.com/p/ST1-BLK-L?ref=qr", config)
    assert out.action == sc.PRODUCT and out.sku == "ST1-BLK-L"
    missing = sc.resolve_scan(world.desk, "https://shop.example.com/p/NOPE-1", config)
    assert missing.action == sc.PRODUCT_MISSING and missing.code == "NOPE-1"


def test_an_unknown_product_and_a_pallet_label(world):
    scans = Scans(world.desk)
    out = scans.resolve("4006381333931")  # a valid EAN-13 that is not in this catalog
    assert out.action == sc.PRODUCT_MISSING and out.code == "04006381333931"
    sscc = scans.resolve("(00)106141411234567897")
    assert sscc.action == sc.PRODUCT_MISSING and sscc.code is None


def test_order_tracking_codes(world):
    desk = world.desk
    draft = OrderDraft("sh1", [("ST1-BLK-M", 1, STORE)], Fulfilment.PICK_UP, pickup_store=STORE)
    placed = desk.place_order(draft)
    assert placed.state == "confirmed"
    scans = Scans(desk)
    out = scans.resolve(encode_order_tracking(placed.order_id))
    assert out.action == sc.ORDER and out.order.order_id == placed.order_id
    assert out.order.state in ("confirmed", "queued") and out.order.shopper_name == "Ana Silva"

    world.stop_hq()
    queued = desk.place_order(draft)
    assert queued.state == "queued"
    out = scans.resolve(encode_order_tracking(queued.order_id))
    assert out.action == sc.ORDER and out.order.state == "queued"  # from the outbox

    missing = scans.resolve(encode_order_tracking(str(uuid.uuid4())))
    assert missing.action == sc.ORDER_MISSING and missing.offline
    world.start_hq()
    missing = scans.resolve(encode_order_tracking(str(uuid.uuid4())))
    assert missing.action == sc.ORDER_MISSING and not missing.offline


def test_enrollment_signup_and_refusals(world):
    scans = Scans(world.desk)
    hq_url = world.desk.terminal.config.hq_url
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
    home = tmp_path / "terminal"
    home.mkdir()
    assert sc.scan_config(home) == ScanConfig()  # production, nothing configured
    monkeypatch.setenv("CLIENTELING_HOME", str(tmp_path))
    demo = tmp_path / "demo"
    demo.mkdir()
    assert sc.scan_config(demo).loyalty_formats == (DEMO_LOYALTY,)  # the training terminal
    (home / "scan.json").write_text(
        json.dumps(
            {
                "loyalty_formats": [{"prefix": "2", "length": 13, "check": "gs1"}],
                "product_url_prefixes": ["https://shop.example.com/p"],
                "tracking_url_prefix": "https://track.example.com/o/",
            }
        )
    )
    config = sc.scan_config(home)
    assert config.loyalty_formats[0].prefix == "2"
    assert config.product_url_prefixes == ("https://shop.example.com/p/",)
    assert sc.config_from_json(sc.config_to_json(config)) == config
    (home / "scan.json").write_text('{"loyalty_formats": [{"prefix": "??", "length": 3}]}')
    assert sc.scan_config(home) == ScanConfig()  # unusable: standard codes still work


def test_wedge_settings_live_next_to_the_terminal_config(tmp_path):
    home = tmp_path / "terminal"
    assert sc.wedge_settings(home) == WedgeSettings()
    mine = WedgeSettings(max_median_gap_ms=45, timeout_ms=120, prefix="~", suffixes=("\t",))
    sc.save_wedge_settings(home, mine)
    assert sc.wedge_settings(home) == mine
    assert json.loads((home / "scanner.json").read_text())["prefix"] == "~"
    (home / "scanner.json").write_text('{"max_median_gap_ms": 900}')  # gap above the timeout
    assert sc.wedge_settings(home) == WedgeSettings()
