"""What every benchmark measures the same way: the raw SQLite limit, percentiles, peak RSS."""

from __future__ import annotations

import resource
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import sqlcipher3

Table = tuple[str, int, Iterable[Sequence[tuple]]]  # name, column count, chunks of rows


def raw_executemany(tables: Iterable[Table], key: bytes | None = None) -> tuple[int, float]:
    """Rows and seconds to executemany the rows into plain SQLite tables (WAL, NORMAL).

    The rows come in chunks, one transaction each; only the inserts are timed.
    With `key`, the file is a SQLCipher one (what encryption alone costs).
    """
    path = Path(tempfile.mkdtemp()) / "raw.db"
    if key is None:
        conn = sqlite3.connect(path, isolation_level=None)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    rows, spent = 0, 0.0
    for name, width, chunks in tables:
        conn.execute(f"CREATE TABLE {name} ({', '.join(f'c{i}' for i in range(width))})")
        insert = f"INSERT INTO {name} VALUES ({','.join('?' * width)})"
        for chunk in chunks:
            started = time.perf_counter()
            conn.execute("BEGIN")
            conn.executemany(insert, chunk)
            conn.execute("COMMIT")
            spent += time.perf_counter() - started
            rows += len(chunk)
    conn.close()
    path.unlink()
    return rows, spent


def pct(values: list[float], p: float) -> float:
    """The p-th quantile (0..1) of the values, nearest rank."""
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))]


def rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory so far, in MB (of this process, or its children)."""
    return resource.getrusage(who).ru_maxrss / 1024
