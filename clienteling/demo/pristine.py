"""The training chain as it was made: a copy of the training HQ's database and of the training
terminal's files (cache with its outbox, settings), kept in the training folder, and put back
by `reset` in place of the trainee's changes (no new seed run)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from clienteling import paths

FOLDER = "pristine"
HQ_FILE = "demo-hq.db"
SETTINGS = "settings.json"


def folder(home: Path) -> Path:
    return home / FOLDER


def kept(home: Path) -> bool:
    return (folder(home) / HQ_FILE).exists()


def _sidecars(path: Path) -> tuple[Path, ...]:
    return (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))


def keep_hq(home: Path) -> None:
    """A consistent copy of the training HQ's database, through SQLite's backup API (the HQ
    may be serving meanwhile)."""
    target = folder(home)
    target.mkdir(mode=0o700, exist_ok=True)
    partial = target / (HQ_FILE + ".part")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(home / HQ_FILE)
    copy = sqlite3.connect(partial)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    partial.replace(target / HQ_FILE)


def keep_terminal(home: Path) -> None:
    """The terminal's files, copied while its cache is closed."""
    target = folder(home)
    target.mkdir(mode=0o700, exist_ok=True)
    for path in (*paths.cache_files(home), home / SETTINGS):
        kept_copy = target / path.name
        kept_copy.unlink(missing_ok=True)
        if path.exists():
            shutil.copy2(path, kept_copy)


def forget_terminal(home: Path) -> None:
    """The kept terminal no longer matches (it was enrolled again): a reset enrolls afresh."""
    for path in (*paths.cache_files(home), home / SETTINGS):
        (folder(home) / path.name).unlink(missing_ok=True)


def put_back_hq(home: Path) -> None:
    """The HQ's database as it was made; only while the HQ has it closed."""
    live = home / HQ_FILE
    for side in _sidecars(live):
        side.unlink(missing_ok=True)
    shutil.copy2(folder(home) / HQ_FILE, live)


def put_back_terminal(home: Path) -> None:
    """The terminal's files as they were kept; only while its cache is closed."""
    for path in (*paths.cache_files(home), home / SETTINGS):
        path.unlink(missing_ok=True)
        kept_copy = folder(home) / path.name
        if kept_copy.exists():
            shutil.copy2(kept_copy, path)


class NothingKept(RuntimeError):
    """Training never started here: there is no starting state to go back to."""


def put_back(home: Path) -> None:
    """The whole training folder back to its starting state, while no training app runs."""
    if not kept(home):
        raise NothingKept(f"no training chain was made in {home} yet: run clienteling --training")
    put_back_hq(home)
    put_back_terminal(home)
