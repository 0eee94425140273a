"""The world the services tests share: the chain at a real HQ on loopback and one enrolled,
synced terminal of BR-SP-01 (its services in `world.services`), with helpers to sign in, look at
HQ's rows and put HQ behind an overloaded proxy."""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from sqlalchemy import select

from clienteling.api.client import Policy
from clienteling.domain.codes import with_check_digit
from clienteling.hq import migrate
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from clienteling.security.vault import MemoryVault
from clienteling.services.terminal import TerminalServices
from tests.hq_live import (
    NOW,
    World,
    add_purchase,
    add_shopper,
    set_stock,
    small_chain,
)

# Give up on a stopped HQ quickly: the tests stop it on purpose.
FAST = Policy(deadline=2, attempt_timeout=1, connect_timeout=0.3, attempts=1)
STORE = "BR-SP-01"
ASSOCIATE, TRAINEE, MANAGER = (f"{STORE}-{role}" for role in ("associate", "trainee", "manager"))
PIN = "2468"
ABREU_PHONE = "+5511912340010"


# --- the chain and the terminal ----------------------------------------------------------


def buy(db: Database, purchase_id: str, shopper_id: str, store_id: str | None, **values) -> None:
    """A purchase with the given values (a store purchase of one shirt in BRL otherwise)."""
    row = {
        "purchase_id": purchase_id,
        "external_id": purchase_id,
        "shopper_id": shopper_id,
        "store_id": store_id,
        "channel": "store",
        "purchased_at": NOW,
        "currency": "BRL",
        "total_minor": 18900,
        "lines": [{"sku": "ST1-BLK-S", "quantity": 1, "unit_price_minor": 18900}],
        **values,
    }
    with db.write() as w:
        w.upsert(t.purchases, [row], ["purchase_id"])


def add_linen(db: Database) -> list[str]:
    """A second style with another name, numbered sizes and two colours."""
    rows = [
        {
            "sku": f"LN2-{colour}-{size}",
            "gtin": with_check_digit(f"7895{zlib.crc32(f'{colour}{size}'.encode()):08d}"[:12]),
            "style": "LN2",
            "name": "Linen Trousers",
            "brand": "Aurora",
            "category": "trousers",
            "colour": colour,
            "size": size,
            "price_minor": 25900,
            "currency": "EUR",
            "attributes": {},
        }
        for colour in ("NVY", "WHT")
        for size in ("42", "38", "40")
    ]
    with db.write() as w:
        w.upsert(t.products, rows, ["sku"])
    return [r["sku"] for r in rows]


def chain(db: Database) -> None:
    """The small chain, with purchases, stock and shoppers the screens tell apart."""
    small_chain(db)
    add_linen(db)
    add_shopper(
        db,
        "sh3",
        STORE,
        last_name="Gonçalves",
        consent_profiling=False,
        preferences={"sizes": {"tops": "M"}},
    )
    # A shopper whose loyalty id starts like Ana Silva's, and whose name sorts first.
    add_shopper(
        db,
        "sh10",
        STORE,
        last_name="Abreu",
        loyalty_id="LYsh10",
        phones=[ABREU_PHONE],
        primary_phone=ABREU_PHONE,
    )
    add_purchase(db, "p1", "sh1", STORE, "ST1-BLK-S")
    # Bought on the web after the store visit: the last store visit stays p1's.
    buy(db, "p2", "sh1", None, channel="web", purchased_at=NOW + timedelta(days=3))
    add_purchase(db, "p3", "sh3", STORE, "ST1-BLK-S")
    # A purchase in euros and a return in reais.
    buy(db, "p4", "sh10", STORE, currency="EUR", total_minor=25900)
    buy(db, "p5", "sh10", STORE, total_minor=18900)
    buy(
        db,
        "p6",
        "sh10",
        STORE,
        total_minor=-18900,
        lines=[{"sku": "ST1-BLK-S", "quantity": -1, "unit_price_minor": 18900}],
        purchased_at=NOW + timedelta(days=1),
    )
    set_stock(db, STORE, "ST1-BLK-M", 2)
    set_stock(db, "BR-SP-02", "ST1-BLK-L", 1)
    set_stock(db, "ES-MD-01", "ST1-BLK-L", 5)
    set_stock(db, STORE, "LN2-NVY-40", 3, reserved=1)


@contextmanager
def terminal_world(db: Database, tmp_path: Path) -> Iterator[World]:
    """The chain at HQ, running; one terminal of BR-SP-01 enrolled and synced, nobody signed in."""
    chain(db)
    w = World(db)
    w.start_hq()
    w.home, w.vault = tmp_path / "terminal", MemoryVault()
    services = w.enroll_terminal(w.home, STORE, policy=FAST, vault=w.vault)
    services.syncing.sync()
    try:
        yield w
    finally:
        w.stop_hq()
        w.services.close()


@contextmanager
def sqlite_world(tmp_path: Path) -> Iterator[World]:
    """terminal_world on an HQ with SQLite."""
    db = Database(f"sqlite:///{tmp_path / 'hq.db'}")
    migrate.upgrade(db)
    try:
        with terminal_world(db, tmp_path) as w:
            yield w
    finally:
        db.dispose()


def signed_in(world: World, employee_id: str = ASSOCIATE) -> TerminalServices:
    world.services.sessions.sign_in(employee_id, PIN)
    return world.services


def moment(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def hq_rows(db: Database, table, **where) -> list:
    with db.read() as conn:
        query = select(table)
        for column, value in where.items():
            query = query.where(table.c[column] == value)
        return conn.execute(query).all()


def erase_at_hq(world: World, shopper_id: str) -> None:
    """A manager erases the shopper at HQ; the terminal has not synced since, so it still
    shows them and its writes about them are refused by HQ."""
    token = world.hq.sign_in(world.hq.enroll(STORE), MANAGER)
    with world.hq.client(token) as client:
        assert client.delete(f"/v1/shoppers/{shopper_id}").status_code == 200


def unknown_at_hq(world: World, shopper_id: str) -> None:
    """HQ no longer holds the shopper, though nobody erased them (HQ restored from an older
    backup): the terminal still shows them and HQ refuses writes about them (404)."""
    with world.db.write() as w:
        w.conn.execute(t.shoppers.delete().where(t.shoppers.c.shopper_id == shopper_id))


def offline_session(world: World) -> TerminalServices:
    """The associate signed in online once (so the PIN works offline), then again with HQ down."""
    services = signed_in(world)
    services.sessions.sign_out()
    world.stop_hq()
    services.sessions.sign_in(ASSOCIATE, PIN)
    return services


class _Overloaded(BaseHTTPRequestHandler):
    """What a proxy in front of a struggling HQ answers."""

    def _busy(self):
        self.send_response(503)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = _busy

    def log_message(self, *args):
        pass


@contextmanager
def overloaded(world: World) -> Iterator[None]:
    """HQ down behind a proxy that answers 503 on HQ's address."""
    world.stop_hq()
    busy = ThreadingHTTPServer(("127.0.0.1", world.port), _Overloaded)
    threading.Thread(target=busy.serve_forever, daemon=True).start()
    try:
        yield
    finally:
        busy.shutdown()
        busy.server_close()


class _Garbled(BaseHTTPRequestHandler):
    """What a proxy that cuts answers short sends: sync pages that end mid-row."""

    page = b""

    def do_GET(self):
        if not self.path.startswith("/v1/sync/"):
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.page)))
        self.end_headers()
        self.wfile.write(self.page)

    def log_message(self, *args):
        pass


@contextmanager
def garbled(world: World, page: bytes) -> Iterator[None]:
    """HQ down behind a proxy on HQ's address that answers every sync page with `page`."""
    world.stop_hq()
    handler = type("Garbled", (_Garbled,), {"page": page})
    proxy = ThreadingHTTPServer(("127.0.0.1", world.port), handler)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    try:
        yield
    finally:
        proxy.shutdown()
        proxy.server_close()


def gtin_of(db: Database, sku: str) -> str:
    return hq_rows(db, t.products, sku=sku)[0].gtin
