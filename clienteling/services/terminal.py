"""The services of one open terminal, as the screens and the command line receive them.

The composition root (clienteling.app) builds each once, with the parts it
needs (cache, vault, HQ client, sync engine), and hands this bundle over.
Each service is narrow; none reaches through another to the parts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from clienteling.settings import TerminalSettings

from .activity import StoreActivity
from .day import Day
from .engagement import Engagement
from .fleet_settings import FleetSettings
from .lookup import Lookup
from .management import Management
from .orders import OrderRow, Orders
from .products import Catalog
from .profiles import Profiles
from .scanning import Scans
from .sessions import Sessions
from .syncing import Syncing
from .training_results import TrainingResults


@dataclass
class TerminalServices:
    terminal: TerminalSettings
    sessions: Sessions
    lookup: Lookup
    profiles: Profiles
    engagement: Engagement
    catalog: Catalog
    orders: Orders
    scans: Scans
    syncing: Syncing
    management: Management
    closing: Callable[[], None]
    day: Day | None = None  # the signed-in associate's day, for the home screen
    training: bool = False  # the training terminal (its HQ is the embedded one on 127.0.0.1)
    training_results: TrainingResults | None = None  # a production terminal's; None in training
    activity: StoreActivity | None = None  # the store's activity, for its managers
    fleet: FleetSettings | None = None  # the store's settings from HQ (idle lock, features...)
    # Where the cache was kept when its key no longer opened it or it was damaged: this
    # start made a new one, which the first sync fills (app.open_terminal).
    cache_kept_aside: Path | None = None

    @property
    def store_id(self) -> str:
        return self.terminal.store_id

    @property
    def store_name(self) -> str:
        return self.terminal.store_name

    def sign_out(self, held_cancels: list[OrderRow]) -> None:
        """End the session; the cancels still in their undo window go first, as the
        associate who confirmed them (signing out is not an undo)."""
        self.orders.cancel_held(held_cancels)
        self.sessions.sign_out()

    def close(self) -> None:
        """Close the cache and the HQ connections (once every task has ended)."""
        self.closing()
