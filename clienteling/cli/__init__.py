"""`clienteling`: the terminal app, and commands for headless terminals and support staff.

Each group of commands is a module with its commands and a `register(sub)` that adds
them to the parser (terminal.py, training.py, report.py); runs.py starts the app itself.
"""

from __future__ import annotations

import argparse
import logging
import sys

from clienteling import __version__, paths

from . import doctor, logs, report, terminal, training
from .common import Failure
from .runs import run_terminal, run_training

GROUPS = (terminal, training, report, doctor)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="clienteling", description="Clienteling terminal app.")
    p.add_argument(
        "--training",
        "--demo",
        dest="training",
        action="store_true",
        help="training mode: the app on an embedded HQ on 127.0.0.1 with a generated chain, "
        "in its own folder and keyring entries (--demo is the same)",
    )
    p.add_argument(
        "--screenshot", metavar="PATH", help="save the chosen screen as PNG once ready, then exit"
    )
    p.add_argument(
        "--screen",
        choices=("signin", "home", "profile", "stock", "order", "order-review", "orders", "coach"),
        default="home",
        help="the screen --screenshot saves (default: home; coach: training's first guided "
        "scenario under way, with --training)",
    )
    p.add_argument(
        "--size",
        metavar="WxH",
        help="the window's exact size, e.g. 1024x768 or 800x1280 (with --training)",
    )
    p.add_argument(
        "--matrix",
        metavar="DIR",
        help="with --training: every screen at 1024x768, 1280x800 and 800x1280 in every language "
        "(or --lang's) as PNGs in DIR, with what does not fit in DIR/LANG/problems.txt",
    )
    p.add_argument(
        "--kiosk",
        action="store_true",
        help="kiosk mode: full screen, no window controls, and only a manager's PIN closes "
        "the app (docs/kiosk.md)",
    )
    p.add_argument("--lang", help="language of the app: en, pt_BR, es, ru (default: system)")
    p.add_argument("--theme", choices=("light", "dark"), help="default: follow the desktop")
    sub = p.add_subparsers(dest="command")
    for group in GROUPS:
        for cmd in group.register(sub):
            cmd.add_argument("--json", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logs.start(paths.training_dir() if args.training else paths.production_dir())
    logging.getLogger("clienteling").info(
        "clienteling %s: %s%s", __version__, args.command or "app", " (training)" * args.training
    )
    if args.command is None:
        if args.training:
            return run_training(
                args.screenshot,
                screen=args.screen,
                lang=args.lang,
                theme=args.theme,
                size=args.size,
                matrix=args.matrix,
                kiosk=args.kiosk,
            )
        if args.screenshot:
            print(
                "clienteling: --screenshot needs --training (it signs in as the practice store's "
                "manager, on the generated chain)",
                file=sys.stderr,
            )
            return 2
        return run_terminal(lang=args.lang, theme=args.theme, kiosk=args.kiosk)
    if not hasattr(args, "json"):
        args.json = False
    from clienteling.api.errors import HQError
    from clienteling.cache.store import CacheError
    from clienteling.security.vault import VaultUnavailable
    from clienteling.settings import NotEnrolled

    try:
        return args.func(args)
    except (Failure, HQError, CacheError, VaultUnavailable, NotEnrolled, PermissionError) as exc:
        print(f"clienteling: {exc}", file=sys.stderr)
        return 1


__all__ = ["main", "parser", "run_terminal", "run_training"]
