"""A real HQ on 127.0.0.1 (uvicorn in a thread) and small helpers to fill it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from datetime import UTC, datetime
from typing import Any

import httpx
import uvicorn

from clienteling.hq import auth
from clienteling.hq import tables as t
from clienteling.hq.app import KEEP_ALIVE_SECONDS, create_app
from clienteling.hq.db import Database
from clienteling.hq.settings import HQSettings
from tests.cache_access import writer_of

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


class LiveHQ:
    """uvicorn serving the HQ app on a free loopback port."""

    def __init__(
        self,
        db: Database,
        settings: HQSettings | None = None,
        port: int = 0,
        access_log: bool = False,
        clock=None,  # HQ's clock (default: the real one); a wrong one for clock-skew checks
    ) -> None:
        self.db = db
        extra = {"clock": clock} if clock else {}
        self.app = create_app(db, settings or HQSettings(), **extra)
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=port,
            log_level="warning",
            access_log=access_log,
            lifespan="off",
            # A stopped HQ goes: a long poll under way (up to 25 s) is cut, not waited for.
            timeout_graceful_shutdown=1,
            timeout_keep_alive=KEEP_ALIVE_SECONDS,  # as HQ serves
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveHQ:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("HQ did not start")
            time.sleep(0.01)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30)

    def enroll(self, store_id: str, name: str = "counter-1") -> str:
        code = auth.create_enrollment_code(self.db, store_id, 24, datetime.now(UTC))
        with self.client() as c:
            r = c.post("/v1/enroll", json={"code": code, "terminal_name": name})
        r.raise_for_status()
        return r.json()["device_token"]

    def sign_in(self, device_token: str, employee_id: str, pin: str = "2468") -> str:
        with self.client(device_token) as c:
            r = c.post("/v1/sessions", json={"employee_id": employee_id, "pin": pin})
        r.raise_for_status()
        return r.json()["session_token"]


class ServedHQ:
    """`clienteling-hq serve` processes on one database, each on its own loopback port:
    requests spread over them race across processes as behind a load balancer."""

    def __init__(
        self, url: str, processes: int = 2, *, workers: int = 1, env: dict | None = None
    ) -> None:
        """`workers` > 1: each process is `serve --workers N` (uvicorn's workers on one
        port); `env`: more environment for the processes (HQSettings.from_env)."""
        self.db_url, self.processes, self.workers = url, processes, workers
        self.env = {**os.environ, **(env or {})}
        self.urls: list[str] = []
        self._procs: list[subprocess.Popen] = []
        self._logs: list = []

    def __enter__(self) -> ServedHQ:
        for _ in range(self.processes):
            port = free_port()
            self._logs.append(tempfile.TemporaryFile())
            command = ["serve", "--port", str(port), "--db", self.db_url]
            command += ["--workers", str(self.workers)] if self.workers > 1 else []
            self._procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "clienteling.hq.cli", *command],
                    stdout=subprocess.DEVNULL,
                    stderr=self._logs[-1],
                    stdin=subprocess.DEVNULL,
                    env=self.env,
                )
            )
            self.urls.append(f"http://127.0.0.1:{port}")
        deadline = time.monotonic() + 180  # a loaded machine starts Python slowly
        for url, proc, log in zip(self.urls, self._procs, self._logs, strict=True):
            while True:
                if proc.poll() is not None:
                    log.seek(0)
                    why = log.read().decode(errors="replace")[-2000:]
                    self.__exit__()
                    raise RuntimeError(f"HQ did not start: {why}")
                try:
                    if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    self.__exit__()
                    raise RuntimeError("HQ did not start within 180 s")
                time.sleep(0.1)
        return self

    def __exit__(self, *exc) -> None:
        for proc in self._procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in self._procs:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
        for log in self._logs:
            log.close()


def page_rows(page: dict[str, Any]) -> list[dict[str, Any]]:
    """A sync page's upserts as one dict per row, nested values decoded."""
    nested = set(page.get("json_text", ()))
    out = []
    for row in page["rows"]:
        item = dict(zip(page["columns"], row, strict=True))
        for name in nested:
            if item[name] is not None:
                item[name] = json.loads(item[name])
        out.append(item)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class World:
    """An HQ that can be stopped and started again on the same port, and one enrolled
    terminal's services (`services`, made by `enroll_terminal`)."""

    def __init__(self, db: Database, port: int | None = None) -> None:
        self.db, self.port = db, port or free_port()
        self.hq: LiveHQ | None = None
        self.services = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def enroll_terminal(self, home, store_id: str, policy=None, vault=None):
        """Enroll a terminal in `home` with this HQ (running) and open its services."""
        from clienteling.app import open_terminal
        from clienteling.security.vault import MemoryVault
        from clienteling.services.enrollment import enroll
        from clienteling.settings import SettingsFile

        vault = vault or MemoryVault()
        code = auth.create_enrollment_code(self.db, store_id, 1, datetime.now(UTC))
        enroll(SettingsFile(home), vault, self.url, code, "till 1")
        self.services = open_terminal(home, vault, policy=policy)
        return self.services

    def start_hq(self, clock=None) -> None:
        self.hq = LiveHQ(self.db, port=self.port, clock=clock).__enter__()

    def stop_hq(self) -> None:
        if self.hq is not None:
            self.hq.__exit__(None, None, None)
            self.hq = None


# --- filling HQ through its own writer -----------------------------------------

STORES = {
    # store_id: (region, city, country, lat, lon, currency, timezone)
    "BR-SP-01": ("BR-SP", "São Paulo", "BR", -23.561, -46.656, "BRL", "America/Sao_Paulo"),
    "BR-SP-02": ("BR-SP", "Campinas", "BR", -22.907, -47.063, "BRL", "America/Sao_Paulo"),
    "BR-RJ-01": ("BR-RJ", "Rio de Janeiro", "BR", -22.970, -43.182, "BRL", "America/Sao_Paulo"),
    "ES-MD-01": ("ES-MD", "Madrid", "ES", 40.420, -3.705, "EUR", "Europe/Madrid"),
}


def store_row(store_id: str) -> dict:
    """One of STORES as HQ's stores table holds it."""
    region, city, country, lat, lon, cur, tz = STORES[store_id]
    return {
        "store_id": store_id,
        "name": f"Store {city}",
        "region": region,
        "address": "Rua 1",
        "city": city,
        "country": country,
        "latitude": lat,
        "longitude": lon,
        "currency": cur,
        "timezone": tz,
        "attributes": {},
    }


def add_stores(db: Database, ids=tuple(STORES)) -> None:
    rows = [store_row(sid) for sid in ids]
    with db.write() as w:
        w.upsert(t.stores, rows, ["store_id"])


def add_style(
    db: Database, style: str, colours=("BLK",), sizes=("S", "M", "L"), price_minor: int = 18900
) -> list[str]:
    from clienteling.domain.codes import with_check_digit

    rows = []
    for ci, colour in enumerate(colours):
        for si, size in enumerate(sizes):
            n = zlib.crc32(f"{style}{colour}{size}".encode()) % 10**8
            rows.append(
                {
                    "sku": f"{style}-{colour}-{size}",
                    "gtin": with_check_digit(f"789{ci}{si}{n:08d}"[:12]),
                    "style": style,
                    "name": f"Shirt {style}",
                    "brand": "Aurora",
                    "category": "tops",
                    "colour": colour,
                    "size": size,
                    "price_minor": price_minor,
                    "currency": "EUR",
                    "attributes": {},
                }
            )
    with db.write() as w:
        w.upsert(t.products, rows, ["sku"])
    return [r["sku"] for r in rows]


def set_stock(db: Database, store_id: str, sku: str, on_hand: int, reserved: int = 0) -> None:
    with db.write() as w:
        w.upsert(
            t.stock,
            [
                {
                    "store_id": store_id,
                    "sku": sku,
                    "on_hand": on_hand,
                    "reserved": reserved,
                    "as_of": NOW,
                }
            ],
            ["store_id", "sku"],
        )


def add_shopper(
    db: Database, shopper_id: str, home_store: str, last_name: str = "Silva", **extra
) -> None:
    row = {
        "shopper_id": shopper_id,
        "external_id": f"X-{shopper_id}",
        "loyalty_id": f"LY{shopper_id}",
        "first_name": "Ana",
        "last_name": last_name,
        "emails": [f"{shopper_id}@example.com"],
        "phones": ["+5511987654321"],
        "primary_email": f"{shopper_id}@example.com",
        "primary_phone": "+5511987654321",
        "language": "pt",
        "tier": "gold",
        "segments": [],
        "home_store": home_store,
        "home_region": STORES[home_store][0],
        "consent_email": True,
        "consent_sms": False,
        "consent_profiling": True,
        "preferences": {},
        "address": None,
        "attributes": {},
        "created_at": NOW,
        **extra,
    }
    with db.write() as w:
        w.upsert(t.shoppers, [row], ["shopper_id"])


def add_purchase(
    db: Database,
    purchase_id: str,
    shopper_id: str,
    store_id: str | None,
    sku: str,
    channel: str = "store",
) -> None:
    with db.write() as w:
        w.upsert(
            t.purchases,
            [
                {
                    "purchase_id": purchase_id,
                    "external_id": purchase_id,
                    "shopper_id": shopper_id,
                    "store_id": store_id,
                    "channel": channel,
                    "purchased_at": NOW,
                    "currency": "BRL",
                    "total_minor": 18900,
                    "lines": [{"sku": sku, "quantity": 1, "unit_price_minor": 18900}],
                }
            ],
            ["purchase_id"],
        )


def add_staff(db: Database, store_id: str, pin: str = "2468") -> dict[str, str]:
    """One associate, trainee and manager for the store; returns role -> employee id."""
    ids = {}
    for role in ("associate", "trainee", "manager"):
        emp = f"{store_id}-{role}"
        auth.add_associate(db, emp, f"{role.title()} of {store_id}", role, store_id, pin)
        ids[role] = emp
    return ids


def small_chain(db: Database) -> dict:
    """Four stores, one style in three sizes, two shoppers, staff for two stores."""
    add_stores(db)
    skus = add_style(db, "ST1")
    staff = {s: add_staff(db, s) for s in ("BR-SP-01", "ES-MD-01")}
    add_shopper(db, "sh1", "BR-SP-01")
    add_shopper(db, "sh2", "ES-MD-01", last_name="García")
    return {"skus": skus, "staff": staff}


def queue_order(cache, body: dict) -> None:
    """Put an order into a terminal's outbox, as the order screen does."""
    from clienteling.cache import outbox

    outbox.enqueue(
        writer_of(cache),
        id=body["order_id"],
        kind="order",
        shopper_id=body["shopper_id"],
        method="POST",
        path="/orders",
        body=body,
    )
