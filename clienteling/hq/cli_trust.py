"""`clienteling-hq audit` and `clienteling-hq pin-pepper`: the shopper access log, and the
PIN hashes' peppers (docs/security.md)."""

from __future__ import annotations

import argparse
from datetime import datetime

from .cli import _open, _table, _when


def cmd_audit(args) -> int:
    """The shopper access log, newest first: ids only, never a shopper's name or contact."""
    from . import access
    from .auth import Principal

    db = _open(args)
    since = datetime.fromisoformat(args.since) if args.since else None
    if since is not None and since.tzinfo is None:
        raise ValueError("--since needs a time zone, e.g. 2026-12-01T00:00+00:00")
    chain = Principal("token", "integration", None, "clienteling-hq")
    found = access.list_access(db, chain, store_id=args.store, since=since, limit=args.limit)
    header = ("AT (UTC)", "STORE", "ASSOCIATE", "DEVICE", "SHOPPER", "HOME STORE", "ACTION")
    rows = [
        (
            _when(datetime.fromisoformat(a["at"])),
            a["store_id"],
            a["associate_id"] or f"token {a['actor_id']}",
            a["device_id"] or "-",
            a["shopper_id"],
            a["home_store"] or "-",
            a["action"],
        )
        for a in found
    ]
    print(_table(header, rows) if rows else "no shopper was served outside their home store")
    return 0


def cmd_pin_pepper(args) -> int:
    from . import pins

    db = _open(args)
    if args.action == "rotate":
        new = pins.rotate(db)
        print(
            f"new current pepper {new}; each associate's PIN hash moves to it at their next "
            "sign-in. Retire the old one once `pin-pepper status` shows no hash uses it."
        )
    elif args.action == "retire":
        using = pins.retire(db, args.pepper_id, force=args.force)
        lost = f"; {using} associate(s) need a new PIN (associate set-pin)" if using else ""
        print(f"pepper {args.pepper_id} retired{lost}")
    else:
        st = pins.status(db)
        print(f"peppers from: {st['source']}")
        print(f"scrypt cost for new hashes: N={pins.cost()}, r={pins.SCRYPT_R}, p={pins.SCRYPT_P}")
        rows = [
            (pid, "current" if pid == st["current"] else "old", str(st["uses"].get(pid, 0)))
            for pid in st["known"]
        ]
        if st["uses"].get("unpeppered"):
            rows.append(("(unpeppered)", "older hashes", str(st["uses"]["unpeppered"])))
        print(_table(("PEPPER", "STATE", "PIN HASHES"), rows))
    return 0


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    au = sub.add_parser(
        "audit", parents=[common], help="shoppers served outside their home store (ids only)"
    )
    au.add_argument("--store", help="only what this store's associates did")
    au.add_argument("--since", help="from this time on, e.g. 2026-12-01T00:00+00:00")
    au.add_argument("--limit", type=int, default=100)
    au.set_defaults(func=cmd_audit)

    pp = sub.add_parser("pin-pepper", parents=[common], help="the secret mixed into PIN hashes")
    psub = pp.add_subparsers(dest="action", required=True)
    psub.add_parser("status", parents=[common], help="the peppers, and the hashes using each")
    psub.add_parser("rotate", parents=[common], help="make a new current pepper")
    pr = psub.add_parser("retire", parents=[common], help="forget an old pepper")
    pr.add_argument("pepper_id")
    pr.add_argument("--force", action="store_true", help="even while PIN hashes still use it")
    pp.set_defaults(func=cmd_pin_pepper)
