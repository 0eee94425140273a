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
    # Seconds between a process's reads of the feed's watermark while requests wait and it
    # hears of no commit: the safety net for a commit announcement it missed (hq/live.py).
    changes_recheck: float = 2.0
    # Streams of change notices (`GET /v1/changes/stream`) per HQ process; past it a new
    # one is refused with 503 and Retry-After `stream_retry_after` seconds.
    max_streams: int = 5_000
    stream_retry_after: int = 30
    # Seconds between a stream's heartbeats; also how soon a stream whose credential
    # ended at HQ (terminal revoked, session ended) is ended.
    stream_heartbeat: float = 15.0
    # Changes of the chain-wide collections (stores, products, stock) each HQ process keeps
    # in memory to answer polls without the database (hq/ring.py). A stock row in page form
    # takes about 0.6 KB with its entry, a product's 1 KB: 20,000 are 12-20 MB a process. At
    # one change a second that is hours of changes, at a busy chain's ten a second half an
    # hour: a terminal polling every 30 s, or back from a short outage, finds its cursor in
    # it. A larger step of the watermark (an import) is not read into it.
    # CLIENTELING_HQ_CHANGES_RING.
    changes_ring: int = 20_000

    @classmethod
    def from_env(cls) -> HQSettings:
        """The defaults, with the ones a retailer sets in the environment (each process of
        `serve --workers N` reads the same): CLIENTELING_WRITE_GRANT_HOURS,
        CLIENTELING_HQ_MAX_WAITING, CLIENTELING_HQ_CHANGES_RECHECK,
        CLIENTELING_HQ_MAX_STREAMS, CLIENTELING_HQ_STREAM_HEARTBEAT and
        CLIENTELING_HQ_CHANGES_RING."""
        values = {}
        for name, field, unit, high in _FROM_ENV:
            text = os.environ.get(name)
            if not text:
                continue
            try:
                value = float(text)
            except ValueError:
                value = -1.0
            if not 0 < value <= high or (field in _COUNTS and value != int(value)):
                raise ValueError(f"{name}={text!r}: give {unit}, more than 0")
            values[field] = int(value) if field in _COUNTS else value
        return cls(**values)


_FROM_ENV = (  # variable, HQSettings field, what it counts, the most it takes
    ("CLIENTELING_WRITE_GRANT_HOURS", "write_grant_hours", "hours (72 = 3 days)", 24 * 365),
    ("CLIENTELING_HQ_MAX_WAITING", "max_waiting", "requests", 1_000_000),
    ("CLIENTELING_HQ_CHANGES_RECHECK", "changes_recheck", "seconds", 3600),
    ("CLIENTELING_HQ_MAX_STREAMS", "max_streams", "streams", 1_000_000),
    ("CLIENTELING_HQ_STREAM_HEARTBEAT", "stream_heartbeat", "seconds", 30),
    ("CLIENTELING_HQ_CHANGES_RING", "changes_ring", "a whole number of changes", 10_000_000),
)
_COUNTS = ("max_waiting", "max_streams", "changes_ring")  # whole numbers
