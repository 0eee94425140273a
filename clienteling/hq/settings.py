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


def read_db_url() -> str | None:
    """CLIENTELING_HQ_READ_DB: a PostgreSQL streaming replica for feed and search reads
    (`serve --read-db`), or None."""
    return os.environ.get("CLIENTELING_HQ_READ_DB") or None


@dataclass(frozen=True)
class HQSettings:
    session_hours: float = 12.0  # one shift
    # How long a terminal may send an associate's offline writes after their last online
    # sign-in there, with nobody signed in (CLIENTELING_WRITE_GRANT_HOURS).
    write_grant_hours: float = 72.0
    enrollment_code_hours: float = 24.0
    pin_attempts: int = 5
    lockout_minutes: int = 15
    max_body_bytes: int = 2 * 1024 * 1024
    max_import_bytes: int = 512 * 1024 * 1024
    # Requests waiting for a change (`GET /v1/changes?wait=`) per HQ process; past it they
    # are answered at once, as without `wait`.
    max_waiting: int = 10_000

    @classmethod
    def from_env(cls) -> HQSettings:
        """The defaults, with the ones a retailer sets in the environment: the write grant's
        lifetime in CLIENTELING_WRITE_GRANT_HOURS (hours, more than 0)."""
        hours = os.environ.get("CLIENTELING_WRITE_GRANT_HOURS")
        if not hours:
            return cls()
        try:
            value = float(hours)
        except ValueError:
            value = -1.0
        if not 0 < value <= 24 * 365:
            raise ValueError(
                f"CLIENTELING_WRITE_GRANT_HOURS={hours!r}: give hours, more than 0 (72 = 3 days)"
            )
        return cls(write_grant_hours=value)
