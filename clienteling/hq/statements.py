"""Statements of a hot write path at the cost of their round trips alone.

`all_at_once`: rows for several tables in one round trip to the database. On
PostgreSQL the inserts run as one statement: each but the last as a
data-modifying WITH query of the last (they all see the same snapshot, so none
may read what another writes; different tables only). SQLite runs them one by one.
The statements are built once per shape (tables, columns, row counts) with named
parameters.

`Prepared`: a statement built and compiled once per database, then run with the
driver's own execute. SQLAlchemy's compiled-statement cache still builds the
statement and its cache key on every run; for an order's dozen statements that
was most of HQ's CPU per order (docs/benchmarks.md, orders). Parameters go
through their columns' types (JSON, UTC times) as with `Connection.execute`;
rows come back as the driver gives them, so a `Prepared` read returns plain
values only (no JSON or time columns); `first` returns one row with its
columns' result types applied (UTC times, JSON), as `Connection.execute` would.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, CursorResult, Executable, Insert, Table, bindparam, insert
from sqlalchemy.exc import DBAPIError

Rows = tuple[Table, Sequence[dict[str, Any]]]

_BUILT: dict[tuple, Prepared] = {}


class Prepared:
    """A statement compiled once per database (`build` makes it for a dialect name), run
    with a dict of named parameters. No expanding IN lists: one statement text per
    statement, which lets psycopg prepare it on the server too."""

    def __init__(self, build: Callable[[str], Executable]) -> None:
        self._build = build
        self._compiled: dict[str, _Compiled] = {}

    def compiled(self, conn: Connection) -> _Compiled:
        compiled = self._compiled.get(conn.dialect.name)
        if compiled is None:
            compiled = _Compiled(self._build(conn.dialect.name), conn)
            self._compiled[conn.dialect.name] = compiled
        return compiled

    def run(self, conn: Connection, params: dict[str, Any]) -> CursorResult:
        compiled = self.compiled(conn)
        return conn.exec_driver_sql(compiled.sql, compiled.parameters(params))

    def first(self, conn: Connection, params: dict[str, Any]) -> Any:
        """The first row of a read, or None: its columns by name (`row.name`), each value
        as its column's type gives it (what `Connection.execute(...).first()` gives)."""
        result = self.run(conn, params)
        try:
            found = result.cursor.fetchone()
        finally:
            result.close()
        return None if found is None else self.compiled(conn).typed(found)

    def rows(self, conn: Connection, params: dict[str, Any]) -> list[tuple]:
        """The rows of a read, as the driver's plain tuples."""
        result = self.run(conn, params)
        try:
            return result.cursor.fetchall()
        finally:
            result.close()


class _Compiled:
    def __init__(self, statement: Executable, conn: Connection) -> None:
        compiled = statement.compile(dialect=conn.dialect)
        if compiled.literal_execute_params or compiled.post_compile_params:
            raise ValueError("a prepared statement takes no expanding parameters")
        if compiled.insert_prefetch or compiled.update_prefetch:  # Python-side defaults
            raise ValueError("a prepared statement gives every column that has a default")
        self.sql = compiled.string
        self.defaults = compiled.construct_params(_check=False)  # literal() values
        self.processors = dict(compiled._bind_processors)
        self.positions = compiled.positiontup  # None unless the driver's style is positional
        self.columns = compiled._result_columns
        self.dialect = conn.dialect
        self.converters: list[tuple[int, Callable[[Any], Any]]] = []
        self.row_type: Any = None

    def typed(self, values: Sequence[Any]) -> Any:
        """A row the driver gave, its values converted by their columns' types."""
        if self.row_type is None:  # made on the first row (a `first` statement only)
            self.converters = [
                (i, convert)
                for i, column in enumerate(self.columns)
                if (convert := column.type._cached_result_processor(self.dialect, None))
            ]
            # Its columns by name, as SQLAlchemy's rows.
            self.row_type = namedtuple("Row", [column.keyname for column in self.columns])
        if self.converters:
            values = list(values)
            for i, convert in self.converters:
                values[i] = convert(values[i])
        return self.row_type._make(values)

    def parameters(self, given: dict[str, Any]) -> dict[str, Any] | tuple:
        values = {**self.defaults, **given}
        for name, process in self.processors.items():
            if name in values:
                values[name] = process(values[name])
        if self.positions is None:
            return values
        return tuple(values[name] for name in self.positions)


Step = tuple[Prepared, dict[str, Any]]


def pipelined(
    conn: Connection, steps: Sequence[Step], *, commit: bool = False
) -> list[list[tuple] | int]:
    """Run statements one after the other, in one round trip on PostgreSQL (psycopg's
    pipeline mode): each still starts when the one before it has ended, and reads what it
    wrote (in READ COMMITTED each takes its snapshot as it starts), exactly as if each
    waited for the answer of the one before. SQLite runs them one by one. For each: its
    rows as plain tuples, or its row count when it returns no rows.

    `commit`: on PostgreSQL the transaction's COMMIT goes in the same round trip, after
    the statements (it runs only if they all did); the transaction's own commit then
    finds nothing to do. Only for a transaction's last statements. SQLite: ignored."""
    if conn.dialect.name != "postgresql":
        out: list[list[tuple] | int] = []
        for prepared, params in steps:
            result = prepared.run(conn, params)
            out.append(result.cursor.fetchall() if result.returns_rows else result.rowcount)
            result.close()
        return out
    import psycopg

    raw = conn.connection.driver_connection
    cursors, sql = [], ""
    try:
        with raw.pipeline():
            for prepared, params in steps:
                compiled = prepared.compiled(conn)
                sql = compiled.sql
                cursors.append(raw.cursor().execute(sql, compiled.parameters(params)))
            sql = "COMMIT" if commit else ""
            if commit:
                raw.commit()
            sql = ""
        return [c.fetchall() if c.description is not None else c.rowcount for c in cursors]
    except psycopg.Error as exc:
        raise _raised(conn, sql, exc) from exc
    finally:
        for c in cursors:
            c.close()


def count(conn: Connection, prepared: Prepared, params: dict[str, Any]) -> int:
    """The row count of a statement that returns no rows (an UPDATE): on PostgreSQL run by
    the driver's cursor alone (SQLAlchemy's execution context cost more than the
    statement's own work on a hot path), errors raised as SQLAlchemy raises them."""
    if conn.dialect.name != "postgresql":
        result = prepared.run(conn, params)
        result.close()
        return result.rowcount
    import psycopg

    compiled = prepared.compiled(conn)
    try:
        with conn.connection.driver_connection.cursor() as cursor:
            return cursor.execute(compiled.sql, compiled.parameters(params)).rowcount
    except psycopg.Error as exc:
        raise _raised(conn, compiled.sql, exc) from exc


def _raised(conn: Connection, sql: str, exc: Exception) -> DBAPIError:
    """A driver's error as SQLAlchemy raises it (a deadlock: OperationalError)."""
    import psycopg

    return DBAPIError.instance(
        sql, None, exc, psycopg.Error, hide_parameters=True, dialect=conn.dialect
    )


def all_at_once(conn: Connection, parts: Sequence[Rows]) -> None:
    """Insert each part's rows into its table, in one statement where the database can.
    Every row of a part has the same columns."""
    pipelined(conn, inserts(conn, parts))


def inserts(conn: Connection, parts: Sequence[Rows]) -> list[Step]:
    """The steps of `all_at_once`, to run beside others (`pipelined`)."""
    parts = [(table, rows) for table, rows in parts if rows]
    params = {
        f"p{k}_{i}_{name}": value
        for k, (_table, rows) in enumerate(parts)
        for i, row in enumerate(rows)
        for name, value in row.items()
    }
    if conn.dialect.name != "postgresql":
        steps = []
        for k, (table, rows) in enumerate(parts):
            shape = ((table.name, tuple(rows[0]), len(rows)), k)
            prepared = _BUILT.get(shape)
            if prepared is None:
                prepared = _BUILT[shape] = Prepared(
                    lambda _d, k=k, t=table, r=rows: _insert(k, t, r)
                )
            steps.append((prepared, params))
        return steps
    shape = tuple((table.name, tuple(rows[0]), len(rows)) for table, rows in parts)
    prepared = _BUILT.get(shape)
    if prepared is None:
        prepared = _BUILT[shape] = Prepared(lambda _dialect: _combined(parts))
    return [(prepared, params)]


def _combined(parts: Sequence[Rows]) -> Insert:
    *before, last = [_insert(k, table, rows) for k, (table, rows) in enumerate(parts)]
    return last.add_cte(*(s.cte(f"w{k}") for k, s in enumerate(before)))


def _insert(k: int, table: Table, rows: Sequence[dict[str, Any]]) -> Insert:
    values = [
        {name: bindparam(f"p{k}_{i}_{name}", type_=table.c[name].type) for name in row}
        for i, row in enumerate(rows)
    ]
    return insert(table).values(values if len(values) > 1 else values[0])
