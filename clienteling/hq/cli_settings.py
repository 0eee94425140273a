"""`clienteling-hq settings conversion-window`: the chain's conversion window (docs/kpis.md),
beside the fleet's settings (cli_fleet: `settings show|set`)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from .cli import _open


def cmd_settings(args) -> int:
    from . import reports

    db = _open(args)
    if args.days is not None:
        reports.set_conversion_window(db, args.days, "cli:clienteling-hq", datetime.now(UTC))
    with db.read() as conn:
        days = reports.conversion_window(conn)
    print(f"conversion window: {days} days (purchases within {days} days of serving count)")
    return 0


def add_commands(settings, common: argparse.ArgumentParser) -> None:
    """Add `conversion-window` to the sub-commands of `settings`."""
    cw = settings.add_parser(
        "conversion-window",
        parents=[common],
        help="N: days after serving in which a purchase counts (store activity; default 14)",
    )
    cw.add_argument("--days", type=int, help="set it (1-90); without: show it")
    cw.set_defaults(func=cmd_settings)
