"""`clienteling-hq settings`: the chain's settings (docs/kpis.md: the conversion window)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from .cli import _open


def cmd_settings(args) -> int:
    from . import reports

    db = _open(args)
    if args.setting == "conversion-window" and args.days is not None:
        reports.set_conversion_window(db, args.days, "cli:clienteling-hq", datetime.now(UTC))
    with db.read() as conn:
        days = reports.conversion_window(conn)
    print(f"conversion window: {days} days (purchases within {days} days of serving count)")
    return 0


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    st = sub.add_parser("settings", parents=[common], help="the chain's settings")
    ssub = st.add_subparsers(dest="setting", required=True)
    cw = ssub.add_parser(
        "conversion-window",
        parents=[common],
        help="N: days after serving in which a purchase counts (store activity; default 14)",
    )
    cw.add_argument("--days", type=int, help="set it (1-90); without: show it")
    st.set_defaults(func=cmd_settings)
