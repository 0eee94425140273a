"""`clienteling report ...`: reports for managers, for scheduled use (PIN from CLIENTELING_PIN).

    clienteling report store-activity --store STORE --from YYYY-MM-DD --to YYYY-MM-DD
        --format csv|pdf --out FILE --associate EMPLOYEE_ID [--only EMPLOYEE_ID]

--associate is who signs in (a manager of the store, as with the other commands);
--only keeps one associate's rows.

CSV columns `associate_id,kpi,value` (an empty associate_id for the store's totals), one
row per KPI and associate (docs/kpis.md). PDF is drawn by clienteling/ui/activity_pdf.py
(`write_pdf(report, path, *, associate_id=None)`); a build without it says so.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .common import Failure, open_enrolled, out, pin

PDF_MODULE = "clienteling.ui.activity_pdf"


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        import argparse

        raise argparse.ArgumentTypeError(
            f"{value!r} is not a day; write it as YYYY-MM-DD, e.g. 2026-11-02"
        ) from None


def cmd_store_activity(args) -> int:
    from clienteling.protocol.reports import PeriodError, check_period
    from clienteling.services import activity

    try:
        check_period(args.start, args.end)
    except PeriodError as exc:
        raise Failure(f"--{exc.field}: {exc}") from None
    drawer = _pdf_drawer() if args.format == "pdf" else None
    services = open_enrolled(args)
    try:
        if args.store != services.store_id:
            raise Failure(
                f"this terminal works for store {services.store_id}; a report of {args.store} "
                "comes from one of its terminals (or with an integration token at HQ)"
            )
        services.sessions.sign_in(args.associate, pin(), pin_for=lambda _who: pin())
        report = services.activity.report(args.start, args.end)
    finally:
        services.close()
    target = Path(args.out)
    try:
        if drawer is not None:
            drawer(report, target, associate_id=args.only)
            rows = None
        else:
            rows = activity.write_csv(report, target, args.only)
    except KeyError as exc:
        raise Failure(str(exc.args[0])) from None
    data = {"store": report.store_id, "from": report.from_, "to": report.to,
            "format": args.format, "out": str(target), "rows": rows,
            "as_of": report.as_of}  # fmt: skip
    out(args, data, f"store activity of {report.store_id}, {report.from_} to {report.to}: {target}")
    return 0


def _pdf_drawer():
    """The PDF drawer of the manager's view, or a clear refusal when this build has none."""
    import importlib

    try:
        module = importlib.import_module(PDF_MODULE)
    except ImportError:
        raise Failure(
            "PDF export is not part of this build yet (it is drawn by the manager's view); "
            "use --format csv"
        ) from None
    return module.write_pdf


def register(sub) -> list:
    """`report` and its sub-commands; returns those that take --json."""
    rp = sub.add_parser("report", help="reports for the store's managers")
    rp_sub = rp.add_subparsers(dest="report_command", required=True)
    sa = rp_sub.add_parser(
        "store-activity",
        help="the store's activity (docs/kpis.md) as CSV or PDF; for the store's managers",
    )
    sa.add_argument("--store", required=True, help="the store (this terminal's)")
    sa.add_argument("--from", dest="start", required=True, type=_day, help="first day")
    sa.add_argument("--to", dest="end", required=True, type=_day, help="last day (included)")
    sa.add_argument("--format", choices=("csv", "pdf"), default="csv")
    sa.add_argument("--out", required=True, help="the file to write")
    sa.add_argument(
        "--associate",
        required=True,
        metavar="EMPLOYEE_ID",
        help="who signs in: a manager of the store (PIN: CLIENTELING_PIN)",
    )
    sa.add_argument(
        "--only", metavar="EMPLOYEE_ID", help="only this associate's rows (no store totals)"
    )
    sa.set_defaults(func=cmd_store_activity)
    return [sa]
