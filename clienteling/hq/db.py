"""Connections to the HQ database and the one way to write to it.

Every write runs in `Database.write()`, which hands out change-sequence values.
A change feed reader that has seen value N must never later find a committed
change below N (docs/api.md, "Why the feed never skips a change").

On SQLite writers take turns (BEGIN IMMEDIATE): values come from the
`change_counter` row and become visible in the order they were taken.

On PostgreSQL writers do not wait for each other. Values come from the
sequence `change_seq` and may commit out of order, so readers serve only up
to a watermark (`feed_watermark`): before taking its first value, a write
transaction holds a shared advisory lock whose key is the lowest value it can
take (the sequence's next value at that moment), until it ends. Readers serve
values below the smallest key still locked (or below the sequence's next
value when that is lower): every such value has committed or never will.
"""

from __future__ import annotations

import logging
import select as _select
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    create_engine,
    event,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError

from . import tables as t

if TYPE_CHECKING:
    from .replica import Replica

T = TypeVar("T")


def normalise_url(url: str) -> str:
    """Accept plain `postgresql://` URLs and file paths; pick the psycopg 3 driver."""
    if "://" not in url:
        return f"sqlite:///{url}"
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def redacted(url: str) -> str:
    """The URL with its password hidden, for logs and messages."""
    return make_url(normalise_url(url)).render_as_string(hide_password=True)


class _NoRows(logging.Filter):
    """At DEBUG SQLAlchemy logs the rows it fetches: shoppers' names, phones, notes. HQ's
    engines (logger sqlalchemy.engine.Engine.hq) log statements (INFO) at most."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG


NO_ROWS = _NoRows()

# Request threads of one HQ process (anyio's limit for sync routes, `create_app`) and its
# pool of PostgreSQL connections: a connection for every request thread, kept open, and a
# few more for the threads outside requests (the feed's waker, a replica's checks, an
# import). A pool smaller than the threads opened and closed a PostgreSQL session every
# few dozen requests under load.
REQUEST_THREADS = 20
POOL_EXTRA = 10
# A pooled connection idle for longer is checked with a round trip before it is handed
# out (a firewall may have dropped it without a word); one used since is not (see
# `_checked_out`).
PING_AFTER_IDLE = 30.0


class Database:
    """The HQ database: SQLite (embedded, one store or the demo) or PostgreSQL."""

    def __init__(
        self, url: str, *, pool_size: int = REQUEST_THREADS, read_url: str | None = None
    ) -> None:
        self.url = normalise_url(url)
        self.request_threads = pool_size  # threads that may each hold a connection at once
        self.engine: Engine = self._make_engine(pool_size)
        self.dialect = self.engine.dialect.name
        # A streaming replica for feed and search reads (`serve --read-db`; hq/replica.py).
        self.replica: Replica | None = None
        if read_url:
            if self.dialect != "postgresql":
                self.engine.dispose()
                raise ValueError("a read replica (--read-db) needs HQ's database on PostgreSQL")
            from .replica import Replica

            self.replica = Replica(read_url, pool_size=pool_size)
        # One process writes to SQLite at a time; waiting here beats spinning on busy_timeout.
        self._sqlite_write_lock = threading.Lock()
        # Called after each write transaction that took change-sequence values commits, with
        # the highest value it took (hq/live.py wakes long-polling terminals with it).
        self.on_commit: list[Callable[[int], None]] = []
        self.on_dispose: list[Callable[[], None]] = []  # before the connections close

    def _make_engine(self, pool_size: int) -> Engine:
        engine = self._engine(pool_size)
        logging.getLogger(engine.logger.name).addFilter(NO_ROWS)
        return engine

    def _engine(self, pool_size: int) -> Engine:
        # Parameters stay out of logs and out of error messages: they are shoppers' data.
        quiet: dict[str, Any] = {"hide_parameters": True, "logging_name": "hq"}
        if self.url.startswith("sqlite"):
            engine = create_engine(
                self.url, connect_args={"check_same_thread": False, "timeout": 30}, **quiet
            )

            @event.listens_for(engine, "connect")
            def _on_connect(dbapi_conn, _record):
                dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.execute("PRAGMA busy_timeout=30000")
                cur.close()

            @event.listens_for(engine, "begin")
            def _on_begin(conn):
                mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
                conn.exec_driver_sql(f"BEGIN {mode}")

            return engine
        # Every connection opened is kept (no overflow closed after use): a pool that closed
        # those past a smaller kept number started and ended a PostgreSQL backend every few
        # requests under a steady fleet of polling terminals (docs/benchmarks.md, fleet).
        engine = create_engine(self.url, pool_size=pool_size + POOL_EXTRA, max_overflow=0, **quiet)
        watch_disconnects(engine)
        return engine

    def dispose(self) -> None:
        for hook in list(self.on_dispose):
            hook()
        self.engine.dispose()
        if self.replica is not None:
            self.replica.dispose()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def statements_read(self) -> Iterator[Connection]:
        """A connection for reads that are each one statement and need no snapshot or lock
        shared between them (a request's credential): on PostgreSQL outside a transaction,
        as psycopg sends BEGIN and COMMIT in round trips of their own (three for one
        statement). Each statement still sees everything committed before it started."""
        if self.dialect != "postgresql":
            with self.read() as conn:
                yield conn
            return
        with self.engine.connect() as conn:
            yield conn.execution_options(isolation_level="AUTOCOMMIT")

    def feed_read(
        self,
        fn: Callable[[Connection], T],
        *,
        after: int,
        needs: int = 0,
        store_id: str | None = None,
    ) -> T:
        """`fn(conn)` for a change feed read: on the read replica when there is one and it
        holds something after `after` (and the value `needs`), else here. `feed.high_water`
        on `conn` is the watermark to serve up to (hq/replica.py)."""
        if self.replica is None:
            with self.read() as conn:
                return fn(conn)
        return self.replica.feed_read(self, fn, after=after, needs=needs, store_id=store_id)

    def search_read(self, fn: Callable[[Connection], T]) -> T:
        """`fn(conn)` for a read that may lag (shopper search): on the read replica when
        there is one that answers, else here."""
        if self.replica is None:
            with self.read() as conn:
                return fn(conn)
        return self.replica.search_read(self, fn)

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One atomic write transaction; commits on leaving, rolls back on error.

        On PostgreSQL it locks nothing shared: rows lock as statements touch them,
        and the first sequence value it takes claims a place below the feed's
        watermark until it ends (see the module's docstring).
        """
        if self.dialect == "sqlite":
            with self._sqlite_write_lock, self.engine.connect() as conn:
                conn = conn.execution_options(sqlite_begin="IMMEDIATE")
                with conn.begin():
                    writer = Writer(conn)
                    yield writer
        else:
            with self.engine.connect() as conn, conn.begin():
                writer = Writer(conn)
                yield writer
        if writer.last_seq:
            self._committed(writer.last_seq)

    def _committed(self, last_seq: int) -> None:
        for hook in list(self.on_commit):
            try:
                hook(last_seq)
            except Exception:  # a listener's fault never fails a committed write
                logging.getLogger("clienteling.hq").exception("after-commit hook failed")

    @contextmanager
    def write_unsequenced(self) -> Iterator[Connection]:
        """A short write transaction for rows outside the change feed (sign-in attempts,
        sessions, credentials' last use, the audit log): it takes no sequence values.

        On SQLite it is still the one writer. On PostgreSQL, as every write,
        statements that must be atomic per row (a sign-in attempt) make
        themselves so with a conditional UPDATE, which holds that row's lock
        until commit.
        """
        if self.dialect == "sqlite":
            with self._sqlite_write_lock, self.engine.connect() as conn:
                conn = conn.execution_options(sqlite_begin="IMMEDIATE")
                with conn.begin():
                    yield conn
        else:
            with self.engine.connect() as conn, conn.begin():
                yield conn


def watch_disconnects(engine: Engine) -> None:
    """Hand out only connections PostgreSQL still holds open, without a round trip for
    each (`pool_pre_ping` made one on every checkout: two per order).

    A server that restarts or ends a session (shutdown, `pg_terminate_backend`, a crash)
    sends its last message and closes the socket, which makes an idle connection's socket
    readable: such a connection is checked with a round trip, as is one idle longer than
    `PING_AFTER_IDLE`; one that fails is replaced by a fresh connection before the
    request sees it (the pool tries again on `DisconnectionError`). A connection lost
    while in use fails its statement; SQLAlchemy then drops every connection opened
    before it (`is_disconnect`), and the request answers 503.
    """

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_conn, record):
        if record is not None:
            record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_conn, record, _proxy):
        since = record.info.get("idle_since")
        if since is None:  # just opened
            return
        if time.monotonic() - since < PING_AFTER_IDLE and not _readable(dbapi_conn):
            return
        try:
            alive = engine.dialect.do_ping(dbapi_conn)
            dbapi_conn.rollback()  # the ping's transaction, so the request starts afresh
        except Exception as exc:
            raise DisconnectionError("the database closed this connection") from exc
        if not alive:
            raise DisconnectionError("the database closed this connection")


def _readable(dbapi_conn) -> bool:
    """Whether an idle connection's socket has something to read: the server said its last
    word (or anything else unasked), or closed it."""
    try:
        fd = dbapi_conn.fileno()
    except Exception:
        return True  # closed on our side
    poll = _select.poll()
    poll.register(fd, _select.POLLIN)
    return bool(poll.poll(0))


# Advisory lock keys (bigint form) of the claims on change-sequence values: this prefix in
# the top 16 bits, the lowest value the transaction can take below. pg_locks shows such a
# key as classid = key >> 32, objid = key & 0xffffffff, objsubid = 1.
CLAIM_PREFIX = 0x434C  # "CL"
_CLAIM_BASE = CLAIM_PREFIX << 48
# The first values of a transaction, in one statement: the claim on the sequence's next
# value (the lowest this transaction can take), then the values. The subquery is an
# optimisation fence (OFFSET 0) and a value is made only for a row it produced, so the
# lock is held before the first nextval.
CLAIMED_VALUES = text(
    "SELECT nextval('change_seq') FROM"
    " (SELECT pg_advisory_xact_lock_shared("
    ":base + CASE WHEN is_called THEN last_value + 1 ELSE last_value END"
    ") FROM change_seq OFFSET 0) c"
    " CROSS JOIN generate_series(1, :n)"
).bindparams(base=_CLAIM_BASE)
NEXT_VALUE = text("SELECT nextval('change_seq')")
NEXT_VALUES = text("SELECT nextval('change_seq') FROM generate_series(1, :n)")
# The next value the sequence will hand out: everything below it has been taken.
NEXT_FREE = text(
    "SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM change_seq"
)
# The watermark + 1: the lowest value claimed by a transaction still running, or the next
# free value when that is lower (or nothing is claimed). Whether granted or not: a claim
# waiting for its lock has taken no value yet, counting it is only safer. The claims are
# read by a subquery that depends on the sequence's row (a SubPlan run for that row), so
# always after the sequence: the order the proof in docs/api.md needs.
# Only the primary sees the claims: a standby's pg_locks shows none (hq/replica.py).
UNCLAIMED_SQL = (
    "SELECT least(s.next_free, (SELECT min(((classid::bigint & 65535) << 32) | objid::bigint)"
    " FROM pg_locks WHERE s.next_free IS NOT NULL AND locktype = 'advisory'"
    " AND objsubid = 1 AND classid::bigint >> 16 = :prefix"
    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())))"
    " FROM (SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END AS next_free"
    " FROM change_seq OFFSET 0) s"
)
UNCLAIMED = text(UNCLAIMED_SQL).bindparams(prefix=CLAIM_PREFIX)
# Named locks (`serialise`): the two-int4 form (objsubid = 2), apart from the claims.
_NAMED = 0x434C4E  # "CLN"
NAMED_LOCKS = _NAMED  # for statements that take several named locks at once
_SERIALISE = text("SELECT pg_advisory_xact_lock(:ns, hashtext(:name))").bindparams(ns=_NAMED)
_SHARE = text("SELECT pg_advisory_xact_lock_shared(:ns, hashtext(:name))").bindparams(ns=_NAMED)
IMPORT_LOCK = "import"  # an import's batch and an erasure: one at a time


def serialise(conn: Connection, name: str, *, shared: bool = False) -> None:
    """See `Writer.serialise`; for transactions outside `Database.write` too."""
    if conn.dialect.name == "postgresql":
        conn.execute(_SHARE if shared else _SERIALISE, {"name": name})


def feed_watermark(conn: Connection) -> int:
    """The highest change-sequence value a feed may serve: every value at or below it has
    committed (and is visible to statements that start from now on) or never will.

    SQLite: the counter, read in this transaction (writers take turns). PostgreSQL:
    one below the lowest value still claimed by a running write transaction, or the
    last value taken when none is running. The sequence is read before the claims:
    a transaction that claimed after that read takes only values above it, and one
    that claimed before and has not committed is still listed (locks are released
    after the commit becomes visible).
    """
    if conn.dialect.name != "postgresql":
        return conn.execute(
            select(t.change_counter.c.value).where(t.change_counter.c.id == 1)
        ).scalar_one()
    return conn.execute(UNCLAIMED).scalar_one() - 1


def values_taken(conn: Connection) -> int:
    """The highest change-sequence value handed out, committed or not (PostgreSQL), or
    the counter (SQLite). Not safe to serve up to: see `feed_watermark`."""
    if conn.dialect.name != "postgresql":
        return feed_watermark(conn)
    return conn.execute(NEXT_FREE).scalar_one() - 1


class Writer:
    """A write transaction that stamps every change with the next sequence value."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.dialect = conn.dialect.name
        self._claimed = False
        self.last_seq = 0  # the highest change-sequence value taken (0: none)

    def take_seqs(self, n: int) -> Sequence[int]:
        """Reserve n change-sequence values, ascending (on PostgreSQL not always consecutive)."""
        if n <= 0:
            return range(0)
        if self.dialect != "postgresql":
            last = self.conn.execute(
                update(t.change_counter)
                .where(t.change_counter.c.id == 1)
                .values(value=t.change_counter.c.value + n)
                .returning(t.change_counter.c.value)
            ).scalar_one()
            self.last_seq = last
            return range(last - n + 1, last + 1)
        if not self._claimed:
            # With the first values: the claim on the lowest value this transaction can
            # take, so the watermark stays below every value it takes until it ends.
            self._claimed = True
            values = sorted(self.conn.execute(CLAIMED_VALUES, {"n": n}).scalars())
        elif n == 1:
            values = [self.conn.execute(NEXT_VALUE).scalar_one()]
        else:
            values = sorted(self.conn.execute(NEXT_VALUES, {"n": n}).scalars())
        self.last_seq = max(self.last_seq, values[-1])
        return values

    def claimed(self, values: Iterable[int]) -> list[int]:
        """The transaction's first values, taken by `CLAIMED_VALUES` (PostgreSQL) in a
        statement or round trip of the caller's own (hq/orders.py folds it into its
        reads), noted as `take_seqs` notes the values it takes; ascending."""
        if self.dialect != "postgresql" or self._claimed:
            raise RuntimeError("CLAIMED_VALUES takes a PostgreSQL transaction's first values")
        self._claimed = True
        taken = sorted(values)
        self.last_seq = max(self.last_seq, taken[-1])
        return taken

    def next_seq(self) -> int:
        return self.take_seqs(1)[0]

    def serialise(self, name: str, *, shared: bool = False) -> None:
        """Wait for, then hold until commit, the lock named `name`: write transactions
        that call this with the same name run one at a time (an import's checks, a
        request id); `shared` ones run together, but not beside an exclusive one.
        Lock-table entries only, no row is written. SQLite writers already take turns."""
        serialise(self.conn, name, shared=shared)

    def _insert(self, table: Table):
        return (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(table)

    def upsert(self, table: Table, rows: Sequence[dict[str, Any]], key: Sequence[str]) -> None:
        """Insert or update rows by key, each with a fresh sequence value.

        All rows must carry the same columns; columns absent from the rows keep
        their stored values on update.
        """
        if not rows:
            return
        seqs = self.take_seqs(len(rows))
        stamped = [{**row, "seq": s} for row, s in zip(rows, seqs, strict=True)]
        stmt = self._insert(table)
        cols = [c for c in stamped[0] if c not in key]
        stmt = stmt.on_conflict_do_update(
            index_elements=list(key), set_={c: stmt.excluded[c] for c in cols}
        )
        self.conn.execute(stmt, stamped)
        self._clear_tombstones(table, key, stamped)

    def insert(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """Insert new rows, each with a fresh sequence value."""
        if not rows:
            return
        seqs = self.take_seqs(len(rows))
        self.conn.execute(
            insert(table), [{**row, "seq": s} for row, s in zip(rows, seqs, strict=True)]
        )

    def touch(self, table: Table, where) -> int:
        """Give the matching rows fresh sequence values so the feed sends them again."""
        key_cols = list(table.primary_key.columns)
        keys = self.conn.execute(select(*key_cols).where(where)).all()
        if not keys:
            return 0
        seqs = self.take_seqs(len(keys))
        for k, s in zip(keys, seqs, strict=True):
            cond = [c == v for c, v in zip(key_cols, k, strict=True)]
            self.conn.execute(update(table).where(*cond).values(seq=s))
        return len(keys)

    def tombstone(self, collection: str, keys: Iterable[str]) -> None:
        """Record deletions so every terminal drops the rows on its next sync."""
        keys = list(keys)
        if not keys:
            return
        seqs = self.take_seqs(len(keys))
        stmt = self._insert(t.tombstones)
        stmt = stmt.on_conflict_do_update(
            index_elements=["collection", "key"],
            set_={"seq": stmt.excluded.seq, "deleted_at": stmt.excluded.deleted_at},
        )
        at = t.now()
        self.conn.execute(
            stmt,
            [
                {"collection": collection, "key": k, "seq": s, "deleted_at": at}
                for k, s in zip(keys, seqs, strict=True)
            ],
        )

    def _clear_tombstones(self, table: Table, key: Sequence[str], rows) -> None:
        collection = COLLECTION_OF_TABLE.get(table.name)
        if collection is None or len(key) != 1:
            return
        keys = [r[key[0]] for r in rows]
        self.conn.execute(
            t.tombstones.delete().where(
                t.tombstones.c.collection == collection, t.tombstones.c.key.in_(keys)
            )
        )


# Tables whose deletions travel as tombstones, by feed collection name.
COLLECTION_OF_TABLE = {
    "shoppers": "shoppers",
    "purchases": "purchases",
    "notes": "notes",
    "wishlist": "wishlist",
    "tasks": "tasks",
    "products": "products",
    "stores": "stores",
    "associates": "associates",
    "orders": "orders",
}


def init_counter(conn: Connection) -> None:
    """Create the change counter row if it is missing (migrations call this)."""
    if conn.execute(select(t.change_counter.c.id)).first() is None:
        conn.execute(insert(t.change_counter).values(id=1, value=0))
