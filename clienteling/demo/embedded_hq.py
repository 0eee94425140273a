"""The demo's HQ: the real HQ service on 127.0.0.1 over a generated chain in the demo folder."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from clienteling.hq import auth, migrate, scan_settings
from clienteling.hq import tables as t
from clienteling.hq.app import KEEP_ALIVE_SECONDS, create_app
from clienteling.hq.db import Database
from clienteling.hq.seed import DemoAssociate, seed_chain

Progress = Callable[[str, int, int], None]


class EmbeddedHQ:
    """Start with `start()`; it binds only to the loopback address."""

    def __init__(
        self,
        folder: Path,
        *,
        shoppers: int = 3000,
        products: int = 600,
        stores: int = 8,
        seed: int = 7,
    ) -> None:
        self.folder = folder
        self.sizes = {"shoppers": shoppers, "products": products, "stores": stores, "seed": seed}
        self.db: Database | None = None
        self.url: str | None = None
        self.associates: list[DemoAssociate] = []
        self.port = 0  # chosen on the first start, kept for good: the terminal knows the address
        self._server = None
        self._thread: threading.Thread | None = None

    def start(self, progress: Progress | None = None) -> str:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.db = Database(str(self.folder / "demo-hq.db"))
        migrate.upgrade(self.db)
        with self.db.read() as conn:
            empty = conn.execute(select(func.count()).select_from(t.stores)).scalar_one() == 0
        if empty:
            # Follow-ups around the day the chain is made: a trainee's home has some due today.
            report = seed_chain(
                self.db, progress=progress, follow_ups_at=datetime.now(UTC), **self.sizes
            )
            self.associates = report.associates
        else:
            self.associates = seed_chain_associates(self.sizes["seed"], self.db)
        # The demo chain's scan settings (also in a demo HQ seeded before there were any).
        scan_settings.ensure_demo(self.db, datetime.now(UTC))
        self._serve()
        self.url = f"http://127.0.0.1:{self.port}"
        return self.url

    def _serve(self) -> None:
        """Serve the HQ on 127.0.0.1 (the port of the first start, once there was one)."""
        import uvicorn

        config = uvicorn.Config(
            create_app(self.db),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_keep_alive=KEEP_ALIVE_SECONDS,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="demo-hq", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the demo HQ did not start")
            time.sleep(0.02)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]

    @property
    def online(self) -> bool:
        return self._server is not None

    def cut_off(self) -> None:
        """The outage: the HQ stops answering (its port is closed); its data stays as it is."""
        if self._server is not None:
            self._server.should_exit = True
            self._thread.join(10)
            self._server = None

    def restore(self) -> None:
        """The end of the outage: the same HQ on the same address again."""
        if self._server is None and self.db is not None:
            self._serve()

    def replace_data(self, put_back: Callable[[], None]) -> None:
        """Swap the HQ's database file (`put_back` does it) while the HQ is stopped and the file
        closed; the HQ then serves the new data on the same address."""
        self.cut_off()
        self.db.dispose()
        put_back()
        self.db = Database(str(self.folder / "demo-hq.db"))
        self._serve()

    def enrollment_code(self, store_id: str) -> str:
        """A one-time code for a training terminal of `store_id`."""
        return auth.create_enrollment_code(self.db, store_id, 1, datetime.now(UTC))

    def stop(self) -> None:
        self.cut_off()
        if self.db is not None:
            self.db.dispose()


def seed_chain_associates(seed: int, db: Database) -> list[DemoAssociate]:
    """The demo associates of an already seeded demo database (PINs are derived from the seed)."""
    from clienteling.hq.seed import demo_associates

    with db.read() as conn:
        stores = [
            r.store_id
            for r in conn.execute(select(t.stores.c.store_id).order_by(t.stores.c.store_id))
        ]
    return demo_associates(seed, stores)
