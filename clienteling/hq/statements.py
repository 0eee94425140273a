"""Rows for several tables in one round trip to the database.

On PostgreSQL the inserts run as one statement: each but the last as a
data-modifying WITH query of the last (they all see the same snapshot, so none
may read what another writes; different tables only). SQLite runs them one by one.
The statements are built once per shape (tables, columns, row counts) with named
parameters, so SQLAlchemy compiles each shape once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Insert, Table, bindparam, insert

Rows = tuple[Table, Sequence[dict[str, Any]]]

_BUILT: dict[tuple, tuple[Insert, ...]] = {}


def all_at_once(conn: Connection, parts: Sequence[Rows]) -> None:
    """Insert each part's rows into its table, in one statement where the database can.
    Every row of a part has the same columns."""
    parts = [(table, rows) for table, rows in parts if rows]
    shape = tuple((table.name, tuple(rows[0]), len(rows)) for table, rows in parts)
    built = _BUILT.get(shape)
    if built is None:
        built = tuple(_insert(k, table, rows) for k, (table, rows) in enumerate(parts))
        _BUILT[shape] = built
    params = {
        f"p{k}_{i}_{name}": value
        for k, (_table, rows) in enumerate(parts)
        for i, row in enumerate(rows)
        for name, value in row.items()
    }
    if conn.dialect.name != "postgresql":
        for statement in built:
            conn.execute(statement, params)
        return
    key = ("cte", shape)
    combined = _BUILT.get(key)
    if combined is None:
        *before, last = built
        combined = last.add_cte(*(s.cte(f"w{k}") for k, s in enumerate(before)))
        _BUILT[key] = (combined,)
    else:
        combined = combined[0]
    conn.execute(combined, params)


def _insert(k: int, table: Table, rows: Sequence[dict[str, Any]]) -> Insert:
    values = [
        {name: bindparam(f"p{k}_{i}_{name}", type_=table.c[name].type) for name in row}
        for i, row in enumerate(rows)
    ]
    return insert(table).values(values if len(values) > 1 else values[0])
