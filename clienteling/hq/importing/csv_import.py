"""Streaming CSV import into the HQ: stores, products, stock, shoppers and purchases.

The file is read as a stream, one CSV record at a time, and good rows are
written in batches, each in its own `Database.write()` transaction, so every
row gets a change-sequence value and reaches terminals through the feed. A bad
row is reported with its line and column and leaves nothing of itself behind;
the rest of the file goes on. A file that cannot be read at all (its first line
is not a usable header) is refused whole. Cells are read by cells.py, the
column rules live in rows.py (stores, products, stock) and people.py
(shoppers, purchases); the user's documentation is docs/import.md.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from sqlalchemy.exc import DataError, IntegrityError, InterfaceError, OperationalError

from .. import tables as t
from ..auth import audit
from ..db import IMPORT_LOCK, Database, Writer
from . import people, rows
from .cells import NOT_UTF8, RowProblem, extra_cell, undecodable
from .rows import Batch, Parsed

KINDS = ("stores", "products", "stock", "shoppers", "purchases")
DELIMITERS = (",", ";", "\t")  # spreadsheets in pt, es and ru locales save with ";"
MAX_LINE = 1024 * 1024  # characters; longer lines are not CSV we can stream
MAX_LISTED_ERRORS = 100  # the first ones by line; `errors_total` counts them all


@dataclass
class RowError:
    """A refused row: its physical line (the header is line 1), the column at fault
    ("" when it is the whole line) and why."""

    line: int
    column: str
    reason: str


@dataclass
class ImportReport:
    kind: str
    rows_read: int
    rows_written: int
    errors: list[RowError]  # the first MAX_LISTED_ERRORS by line
    warnings: list[str]
    errors_total: int = 0
    refused: str | None = None  # why nothing of the file was read, when it was refused whole

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "rows_read": self.rows_read,
            "rows_written": self.rows_written,
            "errors_total": self.errors_total,
            "errors": [e.__dict__ for e in self.errors],
            "warnings": self.warnings,
            "refused": self.refused,
        }


class ImportStopped(Exception):
    """The database stopped answering part-way: the batches before `report`'s last
    line are committed, the rest of the file was not imported. Run it again."""

    def __init__(self, report: ImportReport, line: int, cause: BaseException) -> None:
        super().__init__(
            f"the database stopped answering while writing the rows from line {line} on; "
            "the good rows before that line are written: import the file again"
        )
        self.report, self.line = report, line
        self.__cause__ = cause


@dataclass(frozen=True)
class KindRules:
    required: tuple[str, ...]
    optional: tuple[str, ...]
    keeps_extras: bool  # extra columns go to `attributes`; otherwise they are ignored
    parse: Callable[[dict[str, str], dict[str, str]], dict[str, Any]]
    write: Callable[[Writer, Batch], None]


def _columns(names: str) -> tuple[str, ...]:
    return tuple(names.split())


RULES: dict[str, KindRules] = {
    "stores": KindRules(
        required=_columns(
            "store_id name region address city country latitude longitude currency timezone"
        ),
        optional=(),
        keeps_extras=True,
        parse=rows.parse_store,
        write=rows.write_stores,
    ),
    "products": KindRules(
        required=_columns("sku gtin style name brand category colour size price currency"),
        optional=(),
        keeps_extras=True,
        parse=rows.parse_product,
        write=rows.write_products,
    ),
    "stock": KindRules(
        required=_columns("store_id sku on_hand"),
        optional=(),
        keeps_extras=False,
        parse=rows.parse_stock,
        write=rows.write_stock,
    ),
    "shoppers": KindRules(
        required=_columns(
            "external_id first_name last_name email phone loyalty_id home_store language"
        ),
        optional=people.CONSENTS,
        keeps_extras=True,
        parse=people.parse_shopper,
        write=people.write_shoppers,
    ),
    "purchases": KindRules(
        required=_columns(
            "external_id shopper_external_id store_id channel purchased_at"
            " sku quantity unit_price currency"
        ),
        optional=(),
        keeps_extras=False,
        parse=people.parse_purchase,
        write=people.write_purchases,
    ),
}
assert tuple(RULES) == KINDS


def import_csv(
    db: Database, kind: str, source: BinaryIO, *, batch_size: int = 500, actor: str = "import"
) -> ImportReport:
    """Import one CSV file of `kind` from a binary stream, batch by batch.

    Bad content never raises: it is reported row by row in the returned report,
    or in `report.refused` when the file cannot be read at all. ImportStopped
    when the database fails part-way. ValueError for an unknown kind. `actor`
    (a token id, or "import" for the CLI) is recorded in the audit log with
    each batch. The stream is not closed.
    """
    if kind not in RULES:
        raise ValueError(f"unknown import kind {kind!r}; use one of {', '.join(KINDS)}")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if isinstance(source, io.TextIOBase):
        raise TypeError("open the CSV file in binary mode ('rb')")
    report = ImportReport(kind, 0, 0, [], [])
    buffered = io.BufferedReader(source) if isinstance(source, io.RawIOBase) else source
    text = io.TextIOWrapper(buffered, encoding="utf-8", errors="surrogateescape", newline="")
    try:
        _Run(db, kind, report, batch_size, actor).run(text)
    finally:
        text.detach()  # leave the caller's stream open
        if buffered is not source:
            buffered.detach()
    report.errors = sorted(report.errors, key=lambda e: e.line)[:MAX_LISTED_ERRORS]
    return report


# What the database says about one row's values (a constraint, a value it cannot hold;
# SQLite raises a bare OverflowError for an integer beyond 64 bits).
REFUSALS = (IntegrityError, DataError, OverflowError)
# The database itself failing (gone, timed out): the import stops there.
UNAVAILABLE = (OperationalError, InterfaceError)


class LineTooLong(ValueError):
    pass


def _lines(text: io.TextIOWrapper) -> Iterator[str]:
    """The file's lines, refusing one that would not fit the memory of a streaming reader."""
    while line := text.readline(MAX_LINE):
        if len(line) == MAX_LINE and not line.endswith(("\n", "\r")):
            raise LineTooLong(f"a line is longer than {MAX_LINE} characters")
        yield line


@dataclass
class Header:
    labels: list[str]  # every column's name as written
    columns: dict[int, str]  # position -> known column
    extras: dict[int, str]  # position -> attribute name

    def split(self, fields: list[str]) -> tuple[dict[str, str], dict[str, str]]:
        """A record's known values and extra values, trimmed; RowProblem if it is unusable."""
        if undecodable("".join(fields)):
            bad = next(i for i, f in enumerate(fields) if undecodable(f))
            raise RowProblem(self.label(bad), NOT_UTF8)
        if "\x00" in "".join(fields):
            bad = next(i for i, f in enumerate(fields) if "\x00" in f)
            raise RowProblem(self.label(bad), "contains a NUL character")
        width = len(self.labels)
        if len(fields) > width and not any(f.strip() for f in fields[width:]):
            fields = fields[:width]  # trailing empty cells, as spreadsheets write them
        if len(fields) != width:
            raise RowProblem("", f"has {len(fields)} fields; the header has {width}")
        values = {name: fields[i].strip() for i, name in self.columns.items()}
        extras = {name: extra_cell(name, fields[i].strip()) for i, name in self.extras.items()}
        return values, extras

    def label(self, i: int) -> str:
        return self.labels[i] if i < len(self.labels) else ""


class _Run:
    """One import: reads records, collects good rows, writes them batch by batch."""

    def __init__(
        self, db: Database, kind: str, report: ImportReport, batch_size: int, actor: str
    ) -> None:
        self.db, self.kind, self.rules = db, kind, RULES[kind]
        self.report, self.batch_size, self.actor = report, batch_size, actor

    def run(self, text: io.TextIOWrapper) -> None:
        lines = _lines(text)
        try:
            first = next(lines, "").removeprefix("\ufeff")
        except LineTooLong as exc:
            self.refuse("", f"{exc}; is this a CSV file?")
            return
        if not first.strip():
            self.refuse("", "the first line is empty; it must name the columns")
            return
        reader = csv.reader(itertools.chain([first], lines), delimiter=self._delimiter(first))
        header = self._header(next(reader, []))
        if header is not None:
            self._rows(reader, header)

    def _delimiter(self, first: str) -> str:
        known = set(self.rules.required + self.rules.optional)

        def score(delimiter: str) -> int:
            names = next(csv.reader([first], delimiter=delimiter), [])
            return sum(n.strip().lower() in known for n in names)

        return max(DELIMITERS, key=score)  # the first best: "," on a tie

    def _header(self, fields: list[str]) -> Header | None:
        if undecodable("".join(fields)):
            self.refuse("", f"the header is {NOT_UTF8}")
            return None
        if "\x00" in "".join(fields):
            self.refuse("", "the header contains a NUL character")
            return None
        known = self.rules.required + self.rules.optional
        header = Header([f.strip() for f in fields], {}, {})
        seen: set[str] = set()
        ignored: list[str] = []
        for i, label in enumerate(header.labels):
            key = label.lower()
            if key and key in seen:
                self.refuse(label, "appears twice in the header")
                return None
            seen.add(key)
            if key in known:
                header.columns[i] = key
            elif label and self.rules.keeps_extras:
                header.extras[i] = label
            else:
                ignored.append(label or "(no name)")
        missing = [c for c in self.rules.required if c not in seen]
        if missing:
            self.refuse(
                ", ".join(missing),
                f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}; "
                f"the first line must name the columns: {', '.join(self.rules.required)}",
            )
            return None
        if ignored:
            self.report.warnings.append(
                f"ignored column{'s' if len(ignored) > 1 else ''} that {self.kind} imports "
                f"do not use: {', '.join(ignored)}"
            )
        return header

    def _rows(self, reader, header: Header) -> None:
        pending: list[Parsed] = []
        while True:
            line = reader.line_num + 1  # where the next record starts
            try:
                fields = next(reader)
            except StopIteration:
                break
            except (csv.Error, LineTooLong) as exc:
                self.error(line, "", f"cannot be read as CSV ({exc}); the rest was not read")
                break
            if not any(f.strip() for f in fields):
                continue  # blank line
            self.report.rows_read += 1
            try:
                pending.append(Parsed(line, self.rules.parse(*header.split(fields))))
            except RowProblem as p:
                self.error(line, p.column, p.reason)
                continue
            if len(pending) >= self.batch_size:
                self._write(pending)
                pending = []
        self._write(pending)

    def _write(self, items: list[Parsed]) -> None:
        if not items:
            return
        try:
            batches = [self._write_batch(items)]
        except REFUSALS:
            # The checks missed something the database refuses: find it one row at a time.
            batches = [self._write_one(item) for item in items]
        except UNAVAILABLE as exc:  # the database went away or timed out: stop, say where
            raise ImportStopped(self.report, items[0].line, exc) from exc
        for batch in batches:
            self.report.rows_written += len(batch.items) - len(batch.rejected)
            self.report.warnings.extend(batch.warnings)
            for line, column, reason in batch.rejected:
                self.error(line, column, reason)

    def _write_batch(self, items: list[Parsed]) -> Batch:
        batch = Batch(items, t.now())
        with self.db.write() as w:
            w.serialise(IMPORT_LOCK)  # batches of imports (and erasures) take turns
            self.rules.write(w, batch)
            written = len(items) - len(batch.rejected)
            if written:
                detail = {"rows": written, "lines": [items[0].line, items[-1].line]}
                audit(
                    w.conn, batch.now, "import", self.actor, "import", "import", self.kind, detail
                )
        return batch

    def _write_one(self, item: Parsed) -> Batch:
        try:
            return self._write_batch([item])
        except REFUSALS as exc:
            batch = Batch([item], t.now())
            orig = getattr(exc, "orig", exc)
            reason = str(orig).strip().splitlines() or [type(orig).__name__]
            batch.reject(item, "", f"the database refused this row: {reason[0]}")
            return batch
        except UNAVAILABLE as exc:
            raise ImportStopped(self.report, item.line, exc) from exc

    def refuse(self, column: str, reason: str) -> None:
        """The file cannot be read at all: nothing of it is imported."""
        self.report.refused = f"{column}: {reason}" if column else reason
        self.error(1, column, reason)

    def error(self, line: int, column: str, reason: str) -> None:
        report = self.report
        report.errors_total += 1
        report.errors.append(RowError(line, column, reason))
        if len(report.errors) >= 2 * MAX_LISTED_ERRORS:  # keep the first ones by line
            report.errors = sorted(report.errors, key=lambda e: e.line)[:MAX_LISTED_ERRORS]
