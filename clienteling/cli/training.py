"""`clienteling training ...`: the training folder, for scripts, while no training app runs;
and the store's training results, for its manager."""

from __future__ import annotations

import dataclasses
import sys
import time

from .common import Failure, open_enrolled, out, pin


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


def cmd_training_results(args) -> int:
    """The store's trainees' finished scenarios, from HQ: a manager signs in (CLIENTELING_PIN)."""
    services = open_enrolled(args)
    try:
        if services.training_results is None:
            raise Failure(
                "training results are read on a store terminal enrolled with the real HQ, "
                "not in training mode"
            )
        services.sessions.sign_in(args.associate, pin(), pin_for=lambda _who: pin())
        for aside in services.training_results.last.set_aside:
            print(f"clienteling: set aside {aside.path}: {aside.reason}", file=sys.stderr)
        rows = services.training_results.results(args.trainee, limit=args.limit)
    finally:
        services.close()
    data = [dataclasses.asdict(r) for r in rows]
    lines = [
        f"{r.finished_at.date().isoformat()}  {r.employee_id}  {r.name or ''}  {r.scenario_id}"
        f"  {r.seconds // 60}:{r.seconds % 60:02d}  hints {r.hints}  mistakes {r.mistakes}"
        for r in rows
    ]
    out(args, data, "\n".join(lines) or "no training results for this store yet")
    return 0


def register(sub) -> list:
    """`training` and its sub-commands; returns those that take --json."""
    tr = sub.add_parser(
        "training", help="the training folder (while no training app runs); trainees' results"
    )
    tr_sub = tr.add_subparsers(dest="training_command", required=True)
    rs = tr_sub.add_parser("reset", help="back to the generated chain's starting state")
    rs.set_defaults(func=cmd_training_reset)
    res = tr_sub.add_parser(
        "results",
        help="the store's trainees' finished scenarios, from HQ (a manager signs in; "
        "the PIN from CLIENTELING_PIN)",
    )
    res.add_argument("--associate", required=True, metavar="EMPLOYEE_ID", help="the manager")
    res.add_argument("--trainee", metavar="EMPLOYEE_ID", help="one trainee's results only")
    res.add_argument("--limit", type=int, default=100, help="at most this many (1 to 500)")
    res.set_defaults(func=cmd_training_results)
    return [rs, res]
