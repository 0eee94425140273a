"""Every file location of the terminal, from one place.

CLIENTELING_HOME overrides the data directory. Training data lives in its own
folder, `training/`, beside the production terminal's `terminal/`: training
never opens a production cache, and the cache itself says which mode wrote it
(see clienteling.training).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def data_root() -> Path:
    home = os.environ.get("CLIENTELING_HOME")
    return Path(home) if home else Path(platformdirs.user_data_dir("clienteling", appauthor=False))


def production_dir() -> Path:
    return data_root() / "terminal"


def training_dir() -> Path:
    return data_root() / "training"


def training_results_dir(home: Path) -> Path:
    """The one-way hand-off of finished training scenarios, beside the terminal's folder
    `home` (training's or production's; `<data dir>/training-results/`): training writes
    there, the production terminal takes from there, neither opens the other's folder."""
    return home.parent / "training-results"


def training_policy_file(home: Path) -> Path:
    """Whether the store lets its terminals train (fleet setting `training`), beside the
    terminal's folder `home`: the production terminal writes it when HQ's settings come,
    training reads it before it starts (neither opens the other's folder)."""
    return home.parent / "training-policy.json"


def ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


CACHE_FILE = "cache.db"


def cache_files(home: Path) -> tuple[Path, ...]:
    """The terminal's cache in `home`: the encrypted file and its WAL and shared-memory files."""
    main = home / CACHE_FILE
    return (main, main.with_name(CACHE_FILE + "-wal"), main.with_name(CACHE_FILE + "-shm"))
