"""`clienteling-hq settings`: the fleet's settings (hq/fleet.py), for the chain or one store,
and the versions the chain wants (docs/fleet.md)."""

from __future__ import annotations

import argparse
import getpass
import json

from .cli import _now, _open


def _value(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value) if value != "" else '""'


def cmd_settings(args) -> int:
    from . import fleet

    db = _open(args)
    if args.action == "set":
        if args.chain == bool(args.store):
            raise ValueError("say where: --chain, or --store STORE_ID")
        raw = None if args.unset else args.value
        if raw is None and not args.unset:
            raise ValueError("give a VALUE, or --unset to go back to the chain's (or default)")
        value = fleet.set_value(
            db,
            args.name,
            raw,
            _now(),
            store_id=args.store,
            actor=f"cli:{getpass.getuser()}",
        )
        where = f"store {args.store}" if args.store else "the chain"
        if args.unset:
            print(f"{args.name}: unset for {where}")
        else:
            print(f"{args.name} = {_value(value)} for {where}")
        print("terminals receive it on their next sync")
        return 0
    with db.read() as conn:
        rows = fleet.show(conn, args.store)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    head = ["setting", "type", "default", "chain"] + (["store"] if args.store else []) + ["now"]
    lines = [head]
    for r in rows:
        line = [r["name"], r["type"], _value(r["default"]), _value(r["chain"])]
        if args.store:
            line.append(_value(r["store"]) if r["per_store"] else "(chain only)")
        lines.append([*line, _value(r["effective"])])
    widths = [max(len(str(row[i])) for row in lines) for i in range(len(head))]
    for row in lines:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return 0


def add_commands(sub, common: argparse.ArgumentParser):
    """`settings show|set`; returns the sub-commands of `settings` (cli_settings adds to it)."""
    from .fleet import SETTINGS

    names = ", ".join(s.name for s in SETTINGS)
    st = sub.add_parser(
        "settings",
        parents=[common],
        help="the fleet's settings, for the chain or one store, which terminals receive",
    )
    ssub = st.add_subparsers(dest="action", required=True)
    show = ssub.add_parser(
        "show", parents=[common], help="each setting: default, chain's, store's, in effect"
    )
    show.add_argument("--store", help="also this store's values, and what its terminals get")
    show.add_argument("--json", action="store_true")
    set_ = ssub.add_parser("set", parents=[common], help="set one setting")
    set_.add_argument("name", help=f"one of: {names}")
    set_.add_argument("value", nargs="?", help="a number, on/off, or text")
    where = set_.add_mutually_exclusive_group()
    where.add_argument("--chain", action="store_true", help="for every store")
    where.add_argument("--store", help="for this store only (over the chain's value)")
    set_.add_argument("--unset", action="store_true", help="remove this value")
    st.set_defaults(func=cmd_settings)
    return ssub
