"""What every command shares: the one-line failure, JSON or text output, the enrolled
terminal's services and the associate's PIN."""

from __future__ import annotations

import getpass
import json
import os
import sys
from typing import Any


class Failure(Exception):
    """Ends the command with a one-line reason and a non-zero exit."""


def out(args, data: Any, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str) if args.json else text)


def english_formats():
    """The app's formatter (money, dates, words for codes), in English: the commands speak it."""
    from clienteling.ui import formats

    formats.use_language("en")
    return formats


def open_enrolled(args):
    """The enrolled terminal's services (NotEnrolled when there is none)."""
    from clienteling.app import home_dir, open_terminal, vault_for

    home = home_dir(args.training)
    return open_terminal(home, vault_for(home, training=args.training), training=args.training)


def pin() -> str:
    pin = os.environ.get("CLIENTELING_PIN")
    if pin:
        return pin
    if not sys.stdin.isatty():
        raise Failure("set CLIENTELING_PIN or run in a terminal to type the PIN")
    return getpass.getpass("PIN: ")
