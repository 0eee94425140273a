"""`clienteling-hq import KIND FILE [--json]`: the report on the terminal, or as JSON."""

from __future__ import annotations

import json

from ..db import Database
from .csv_import import ImportReport, ImportStopped, import_csv


def run(db: Database, kind: str, path: str, *, as_json: bool = False) -> int:
    """Import one file and print the report. Exit status: 0 all rows written, 1 some
    rows refused (the others written), 2 the file refused whole or the database
    stopped answering part-way (the batches before are written)."""
    try:
        source = open(path, "rb")
    except OSError as exc:
        raise SystemExit(f"error: cannot read {path}: {exc.strerror}") from None
    stopped = None
    with source:
        try:
            report = import_csv(db, kind, source)
        except ImportStopped as exc:
            report, stopped = exc.report, str(exc)
    if as_json:
        print(json.dumps({**report.as_json(), "stopped": stopped}, ensure_ascii=False, indent=2))
    else:
        _print(report, stopped)
    return 2 if report.refused or stopped else 1 if report.errors_total else 0


def _print(report: ImportReport, stopped: str | None) -> None:
    if report.refused:
        print(f"error: {report.kind}: the file was not imported: {report.refused}")
        return
    print(
        f"{report.kind}: {report.rows_read} rows read, {report.rows_written} written, "
        f"{report.rows_read - report.rows_written} rejected"
    )
    for warning in report.warnings:
        print(f"warning: {warning}")
    for err in report.errors:
        print(f"line {err.line}, column {err.column or '(whole line)'}: {err.reason}")
    if report.errors_total > len(report.errors):
        print(f"... {report.errors_total} errors in all; the first {len(report.errors)} are shown")
    if stopped:
        print(f"error: {stopped}")
