"""Writing the generated chain: one write transaction per batch, through `Database.write()`.

Every row gets its change-sequence value the normal way, in the order the
rows were made, so the sequence values too are the same on every run.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from operator import itemgetter

from sqlalchemy import Table, insert

from .. import report_kept
from .. import tables as t
from ..db import Database, Writer

Batch = dict[Table, list[dict]]
# SQLite page cache while seeding: the search indexes (e-mail, phone, name) take
# inserts all over, and with the default 2 MB every batch rereads their pages.
SEED_CACHE_KIB = 128 * 1024


class BulkInsert:
    """Writer.insert for big batches, with the statement compiled once per table.

    Same SQL, same bind processing (the columns' own JSON and UTC-time
    processors) and the same sequence stamping as Writer.insert; it only
    skips SQLAlchemy's per-row parameter assembly, about a quarter of the
    write time here; on PostgreSQL the rows go through COPY. Rows must carry
    every column of their table.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.dialect = db.engine.dialect
        self.compiled: dict[str, tuple] = {}

    def write(self, batch: Batch) -> None:
        """All the batch's rows in one write transaction."""
        with self.db.write() as w:
            for table, rows in batch.items():
                self.insert(w, table, rows)
            if batch.get(t.purchases):  # their purchases and notes: attributions kept
                report_kept.refresh(w.conn, {row["shopper_id"] for row in batch[t.purchases]})

    def insert(self, w: Writer, table: Table, rows: list[dict]) -> None:
        if not rows:
            return
        sql, names, processors = self._compile(table)
        for row, seq in zip(rows, w.take_seqs(len(rows)), strict=True):
            row["seq"] = seq
        values = itemgetter(*names)
        if self.dialect.name == "postgresql":
            self._copy(w, table, names, processors, (values(row) for row in rows))
            return
        positional = self.dialect.positional
        params = []
        for row in rows:
            v = list(values(row))
            for i, process in processors:
                v[i] = process(v[i])
            params.append(tuple(v) if positional else dict(zip(names, v, strict=True)))
        w.conn.exec_driver_sql(sql, params)

    @staticmethod
    def _copy(w: Writer, table: Table, names: list[str], processors: list, rows) -> None:
        """PostgreSQL: the rows through COPY in the write's own transaction, about ten
        times faster than one INSERT per row; the same bind processing first."""
        cursor = w.conn.connection.dbapi_connection.cursor()
        columns = ", ".join(f'"{name}"' for name in names)
        with cursor.copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as copy:
            for row in rows:
                v = list(row)
                for i, process in processors:
                    v[i] = process(v[i])
                copy.write_row(v)

    def _compile(self, table: Table) -> tuple:
        if table.name not in self.compiled:
            compiled = insert(table).compile(dialect=self.dialect)
            names = list(compiled.positiontup or [c.name for c in table.c])
            processors = []
            for i, name in enumerate(names):
                impl = table.c[name].type.dialect_impl(self.dialect)
                if process := impl.bind_processor(self.dialect):
                    processors.append((i, process))
            self.compiled[table.name] = (str(compiled), names, processors)
        return self.compiled[table.name]


@contextmanager
def bulk_load(db: Database) -> Iterator[BulkInsert]:
    """A BulkInsert; on SQLite with a large page cache until the block ends."""
    if db.dialect != "sqlite":
        yield BulkInsert(db)
        return
    # The seed writes from one thread, so the pool hands it the same connection each time.
    with db.engine.connect() as conn:
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
        conn.exec_driver_sql(f"PRAGMA cache_size=-{SEED_CACHE_KIB}")
    try:
        yield BulkInsert(db)
    finally:
        with db.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA cache_size={before}")
