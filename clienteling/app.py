"""The composition root: paths, vault, cache, HQ client and services, built once and passed in.

Nothing else in the terminal picks a file location or a keyring backend.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from clienteling import paths
from clienteling.security.vault import Vault, open_vault
from clienteling.services.terminal import Terminal


def home_dir(demo: bool = False) -> Path:
    return paths.demo_dir() if demo else paths.production_dir()


def vault_for(home: Path, *, demo: bool = False) -> Vault:
    """One keyring service per data directory, so two terminals on a machine never share keys.

    Demo terminals may fall back to memory when no secure keyring exists.
    """
    tag = hashlib.sha256(str(home.resolve()).encode()).hexdigest()[:12]
    return open_vault(f"clienteling-{tag}", allow_insecure=demo)


def open_terminal(demo: bool = False) -> Terminal:
    home = home_dir(demo)
    return Terminal.open(home, vault_for(home, demo=demo))


# --- training mode --------------------------------------------------------------------------

_TERMINAL_FILES = ("terminal.json", "cache.db", "cache.db-wal", "cache.db-shm")


class DemoTerminal:
    """The training chain on an embedded HQ and one terminal enrolled with it.

    Made on the UI thread (cheap); `start` does the work and runs on a worker.
    The terminal lives in the demo folder, apart from any production data.
    """

    def __init__(self, home: Path | None = None) -> None:
        self.home = home or paths.demo_dir()
        self.hq = None
        self.desk = None
        self.pins: dict[str, str] = {}

    def start(self, progress=None):
        """Start the HQ (seeding it the first time), enroll or reopen the terminal; a Desk."""
        from clienteling.demo.embedded_hq import EmbeddedHQ
        from clienteling.services.desk import Desk

        report = progress or (lambda stage, done, total: None)
        paths.ensure(self.home)
        self.hq = EmbeddedHQ(self.home)
        url = self.hq.start(report)
        store = sorted({a.store_id for a in self.hq.associates})[0]
        report("terminal", 0, 0)
        terminal = self._terminal(url, store)
        self.pins = {
            a.employee_id: a.pin
            for a in self.hq.associates
            if a.store_id == terminal.config.store_id
        }
        self.desk = Desk(terminal)
        return self.desk

    def _terminal(self, url: str, store: str) -> Terminal:
        """Reopen the demo terminal (the HQ port changes each run) or enroll a fresh one."""
        from clienteling.api.errors import HQError
        from clienteling.cache.store import CacheError
        from clienteling.services.terminal import DEVICE_CREDENTIAL, NotEnrolled

        vault = vault_for(self.home, demo=True)
        try:
            terminal = Terminal.open(self.home, vault)
        except (NotEnrolled, CacheError, ValueError, TypeError):
            terminal = None
        if terminal is not None:
            terminal.config.hq_url = url
            terminal.config.save(self.home)
            usable = vault.get(DEVICE_CREDENTIAL) is not None
            if usable:
                try:  # the demo HQ may have been made again since: is this device known?
                    with terminal.client() as client:
                        client.sync_page("stores", 0, 1)
                except HQError:
                    usable = False
            if usable:
                return terminal
            terminal.close()
        # Demo only: a terminal that cannot be reopened is made again from the HQ.
        for name in _TERMINAL_FILES:
            (self.home / name).unlink(missing_ok=True)
        code = self.hq.enrollment_code(store)
        return Terminal.enroll(self.home, vault, url, code, "training terminal")

    def close(self) -> None:
        if self.desk is not None:
            self.desk.close()
            self.desk = None
        if self.hq is not None:
            self.hq.stop()
            self.hq = None
