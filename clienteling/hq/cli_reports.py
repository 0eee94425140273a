"""`clienteling-hq reports rebuild`: the kept attributions computed again from the raw rows
(hq/report_kept.py). HQ keeps them as it writes; this is for rows written around HQ
(straight into the tables) or to check: it prints how many rows changed."""

from __future__ import annotations

import argparse

from .cli import _open


def cmd_reports(args) -> int:
    from . import report_kept

    db = _open(args)

    def kept() -> set[tuple]:
        with db.read() as conn:
            return set(report_kept.kept_rows(conn)) | set(report_kept.kept_servings(conn))

    before = kept()
    with db.write_unsequenced() as conn:
        count = report_kept.rebuild(conn)
    after = kept()
    print(
        f"attributions rebuilt: {count} purchases with a serving before them, "
        f"{len(after) - count} servings; {len(before ^ after)} rows differed from the kept ones"
    )
    return 0


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    rp = sub.add_parser("reports", parents=[common], help="store activity reports' kept data")
    rsub = rp.add_subparsers(dest="action", required=True)
    rsub.add_parser(
        "rebuild",
        parents=[common],
        help="compute every purchase's last serving again from the raw rows",
    )
    rp.set_defaults(func=cmd_reports)
