"""`clienteling training ...`: the training folder, for scripts, while no training app runs."""

from __future__ import annotations

import time

from .common import Failure, out


def cmd_training_reset(args) -> int:
    """The training folder back to the chain and terminal as they were made (no new seed run)."""
    from clienteling.app import home_dir
    from clienteling.demo import pristine

    started = time.perf_counter()
    try:
        pristine.put_back(home_dir(training=True))
    except pristine.NothingKept as exc:
        raise Failure(str(exc)) from exc
    seconds = round(time.perf_counter() - started, 3)
    out(args, {"reset": True, "seconds": seconds}, f"training reset in {seconds} s")
    return 0


def register(sub) -> list:
    """`training` and its sub-commands; returns those that take --json."""
    tr = sub.add_parser("training", help="the training folder (while no training app runs)")
    tr_sub = tr.add_subparsers(dest="training_command", required=True)
    rs = tr_sub.add_parser("reset", help="back to the generated chain's starting state")
    rs.set_defaults(func=cmd_training_reset)
    return [rs]
