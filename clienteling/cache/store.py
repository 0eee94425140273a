"""The terminal's cache file: SQLCipher-encrypted SQLite, WAL, versioned migrations.

One writer connection per process (the sync engine and the outbox write
through it); readers open their own connections. Errors are typed and say
what to do; nothing here deletes a file that may still hold queued orders.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from clienteling.domain.said import Said

from .schema import MIGRATIONS

# What `Cache.read()` and `Cache.write()` hand out, for the annotations of code that passes
# a connection on to the cache's functions without importing the driver.
Connection = sqlcipher3.Connection


class CacheError(RuntimeError):
    """The cache cannot be used; the message says why and what to do."""


class WrongKey(CacheError):
    """The file exists but the key from the keyring does not open it."""


class CorruptCache(CacheError):
    """The file is damaged."""


class DiskFull(CacheError):
    """The disk has no room for the write."""


def _raw_key(key: bytes) -> str:
    if len(key) != 32:
        raise CacheError("the cache key must be 32 bytes")
    return f"\"x'{key.hex()}'\""


def connect(path: Path, key: bytes, *, readonly: bool = False) -> sqlcipher3.Connection:
    """Open the file with the key and check that the key fits."""
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    try:
        conn = sqlcipher3.connect(
            uri, uri=True, check_same_thread=False, timeout=10, isolation_level=None
        )
    except sqlcipher3.Error as exc:  # a folder or a file this user may not open
        raise translate(exc) from None
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported by us, not on stderr
    conn.execute(f"PRAGMA key = {_raw_key(key)}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise WrongKey(
                Said(
                    f"the cache {path.name} cannot be opened with this terminal's key (the key "
                    "was lost or replaced); the terminal will sync again from HQ — queued "
                    "orders in that file are kept aside, see docs/offline.md",
                    "cache_wrong_key",
                )
            ) from None
        raise translate(exc) from None  # damaged, or a file the terminal may not open
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA foreign_keys = ON")
    if readonly:
        # Readers serve searches: a 32 MB page cache keeps the search index
        # decrypted in memory (search p99 3.8 -> 3.2 ms at 107k shoppers).
        conn.execute("PRAGMA cache_size = -32768")
    else:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        # No commit checkpoints by itself: an order saved at the counter must not
        # pay for copying the sync's pages into the file (up to 0.5 s seen).
        # The sync engine checkpoints as it goes (Cache.checkpoint).
        conn.execute("PRAGMA wal_autocheckpoint = 0")
    return conn


@contextmanager
def transaction(conn: sqlcipher3.Connection) -> Iterator[sqlcipher3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT; rolled back on any error, database errors made explicit."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:  # SQLite already rolled back after some errors (disk full)
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlcipher3.Error):
            raise translate(exc) from exc
        raise


def translate(exc: sqlcipher3.Error) -> CacheError:
    """Map low-level errors to ones the terminal can explain."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(
            Said(
                "the terminal's disk is full: free some space; nothing queued was lost",
                "disk_full",
            )
        )
    if "malformed" in text or "not a database" in text:
        return CorruptCache(
            Said(f"the cache is damaged ({exc}); the terminal will sync again", "cache_damaged")
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return CacheError(
            Said(f"the terminal cannot write its data file ({exc})", "cache_unwritable")
        )
    if "disk i/o" in text:
        return CacheError(Said(f"the disk failed under the terminal's data ({exc})", "cache_io"))
    if "locked" in text or "busy" in text:
        return CacheError(Said(f"another program holds the terminal's data ({exc})", "cache_busy"))
    return CacheError(Said(f"the terminal's data could not be used ({exc})", "cache_failed"))


class Cache:
    """An open cache: one writer connection, and a read-only connection per thread.

    Everything the terminal reads or writes goes through `read()` and `write()`:

        with cache.read() as conn:     # this thread's reader; one snapshot for the block
            ...
        with cache.write() as conn:    # the one writer, held for the block
            with transaction(conn):
                ...

    Readers never wait behind the writer (WAL), so a search does not wait for
    a sync page. Reader connections are kept per native thread id: the task
    runner's threads never expire, so there are as many readers as threads.
    (A threading.local did not work: Qt gives every task a fresh Python thread
    state, so each task opened, and kept, a reader of its own.)
    """

    def __init__(self, path: Path, key: bytes, writer: sqlcipher3.Connection) -> None:
        self.path, self._key = path, key
        self._writer = writer
        self._lock = threading.RLock()
        self._readers: dict[int, sqlcipher3.Connection] = {}
        self._readers_lock = threading.Lock()
        self._closed = False

    @contextmanager
    def write(self) -> Iterator[sqlcipher3.Connection]:
        """The writer connection, for this thread alone until the block ends."""
        with self._lock:
            yield self._writer

    @contextmanager
    def read(self) -> Iterator[sqlcipher3.Connection]:
        """This thread's read-only connection; the block reads one consistent snapshot."""
        conn = self._reader()
        if conn.in_transaction:  # a read inside a read: same snapshot
            yield conn
            return
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

    def _reader(self) -> sqlcipher3.Connection:
        me = threading.get_ident()
        with self._readers_lock:
            conn = self._readers.get(me)
            if conn is None:
                conn = self._readers[me] = connect(self.path, self._key, readonly=True)
        return conn

    def checkpoint(self) -> None:
        """Copy what the WAL holds into the file, without waiting for readers."""
        with self.write() as conn:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def schema_version(self) -> int:
        with self.write() as conn:
            return conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        """Checkpoint and close; closing again does nothing."""
        with self._readers_lock:
            for conn in self._readers.values():
                conn.close()
            self._readers.clear()
        with self._lock:
            if self._closed:
                return
            self._closed = True
            try:
                self._writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self._writer.close()


def open_cache(
    path: Path,
    key: bytes,
    *,
    on_backup: Callable[[Path], None] | None = None,
    mode: str = "production",
) -> Cache:
    """Open (or create) the cache and bring its schema up to date, backing it up first.
    `mode` ("production" or "training") must be the one the cache was made in."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fresh = not path.exists()
    conn = connect(path, key)
    cache = Cache(path, key, conn)
    version = cache.schema_version()
    target = len(MIGRATIONS)
    if version > target:
        conn.close()
        raise CacheError(
            Said(
                f"the cache was written by a newer Clienteling (schema {version}); update this "
                "terminal",
                "cache_newer",
            )
        )
    if version < target:
        if not fresh and version > 0:
            backup = _backup(cache, version)
            if on_backup:
                on_backup(backup)
        try:
            for number in range(version, target):
                conn.execute("BEGIN IMMEDIATE")
                MIGRATIONS[number](conn)
                conn.execute(f"PRAGMA user_version = {number + 1}")
                conn.execute("COMMIT")
        except sqlcipher3.Error as exc:
            conn.execute("ROLLBACK")
            conn.close()
            raise translate(exc) from exc
    _claim_mode(cache, mode, fresh)
    return cache


KEPT_ASIDE = ".unreadable-"  # what a kept file's name adds to the cache's: `set_aside`


def set_aside(path: Path, stamp: str) -> Path:
    """Move a cache file that cannot be opened (its key was lost or replaced, or it is
    damaged), with its WAL and shared-memory files, to `<name>.unreadable-<stamp>` beside
    it: never deleted, since its queued orders can still be read with the old key."""
    target = path.with_name(f"{path.name}{KEPT_ASIDE}{stamp}")
    for suffix in ("", "-wal", "-shm"):
        found = path.with_name(path.name + suffix)
        if found.exists():
            found.replace(target.with_name(target.name + suffix))
    return target


def _backup(cache: Cache, version: int) -> Path:
    """Copy the (still encrypted) file before an upgrade: a failed migration loses nothing."""
    with cache.write() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = cache.path.with_name(f"{cache.path.name}.v{version}.bak")
    shutil.copy2(cache.path, target)
    return target


MODE_KEY = "mode"  # in meta: "production" or "training", written when the cache is made


class WrongModeCache(CacheError):
    """A training cache opened by a production terminal, or the other way round."""


def _claim_mode(cache: Cache, mode: str, fresh: bool) -> None:
    """A new cache is marked with `mode`; a cache of the other mode is refused, so a
    production terminal never works on training data, nor training on production data.
    A cache made before the mark existed is production's."""
    with cache.write() as conn, transaction(conn):
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (MODE_KEY,)).fetchone()
        found = row[0] if row else (mode if fresh else "production")
        if row is None:
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (MODE_KEY, found))
    if found != mode:
        cache.close()
        raise WrongModeCache(
            Said(
                f"this cache holds {found} data; a {mode} terminal does not open it",
                "cache_training" if found == "training" else "cache_production",
            )
        )


@dataclass(frozen=True)
class CacheHealth:
    """What support needs to know of a cache file (clienteling.services.doctor)."""

    encrypted: bool  # the file does not read as plain SQLite
    schema: int  # its schema version (0 when it could not be read)
    mode: str | None  # "production", "training", or None when unknown
    problems: tuple[str, ...]  # integrity and page-authentication errors (empty: sound)
    size: int  # bytes, WAL included


def inspect(path: Path, key: bytes) -> CacheHealth:
    """Check an existing cache: encrypted, opens with `key` (WrongKey / CorruptCache when not),
    every page authenticated (`cipher_integrity_check`) and the database sound (`quick_check`).
    Reads only; safe while the terminal runs (WAL readers do not block it)."""
    with path.open("rb") as f:
        encrypted = f.read(16) != b"SQLite format 3\x00"
    size = sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    conn = connect(path, key, readonly=True)
    try:
        schema = conn.execute("PRAGMA user_version").fetchone()[0]
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [str(r[0]) for r in conn.execute("PRAGMA quick_check") if r[0] != "ok"]
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (MODE_KEY,)).fetchone()
        except sqlcipher3.Error:
            row = None
    except sqlcipher3.DatabaseError as exc:
        raise CorruptCache(
            Said(f"the cache {path.name} is damaged: {exc}", "cache_damaged")
        ) from None
    finally:
        conn.close()
    return CacheHealth(encrypted, schema, row[0] if row else None, tuple(problems[:20]), size)
