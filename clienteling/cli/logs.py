"""The terminal's log files: `logs/clienteling.log` in its folder, rotated (5 files of
1 MB), warnings and what the terminal does at INFO. What is logged never holds shopper
data or secrets (tests/integration/test_terminal_logs.py reads these files too);
`clienteling doctor --bundle` packs them for support."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_DIR = "logs"
LOG_FILE = "clienteling.log"
MAX_BYTES = 1_000_000
KEEP = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_files(home: Path) -> list[Path]:
    folder = home / LOG_DIR
    return sorted(folder.glob(LOG_FILE + "*")) if folder.is_dir() else []


def start(home: Path) -> logging.Handler | None:
    """Log to the terminal's folder; None (and nothing logged to file) when it cannot be
    written (a read-only or full disk must not stop the app)."""
    root = logging.getLogger()
    for handler in list(root.handlers):  # one terminal's files per process
        kept = getattr(handler, "clienteling_home", None)
        if kept == home:
            return handler
        if kept is not None:
            root.removeHandler(handler)
            handler.close()
    try:
        folder = home / LOG_DIR
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
        )
    except OSError:
        return None
    handler.clienteling_home = home
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    for noisy in ("httpx", "httpcore", "uvicorn.access"):  # a line per request: not here
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return handler


def stop() -> None:
    """Close the terminal's log files (tests, and before a folder is moved)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "clienteling_home", None) is not None:
            root.removeHandler(handler)
            handler.close()
