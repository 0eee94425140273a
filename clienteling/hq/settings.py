"""HQ settings, each declared once with its type and default."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs


def default_db_url() -> str:
    """CLIENTELING_HQ_DB, else an SQLite file in the user's data directory."""
    url = os.environ.get("CLIENTELING_HQ_DB")
    if url:
        return url
    data = Path(platformdirs.user_data_dir("clienteling-hq", appauthor=False))
    data.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data / 'hq.db'}"


@dataclass(frozen=True)
class HQSettings:
    session_hours: float = 12.0  # one shift
    enrollment_code_hours: float = 24.0
    pin_attempts: int = 5
    lockout_minutes: int = 15
    max_body_bytes: int = 2 * 1024 * 1024
    max_import_bytes: int = 512 * 1024 * 1024
