"""`clienteling-hq device list|revoke`: the enrolled terminals, where each stands (as
GET /v1/devices lists them, docs/fleet.md), and revoking one (docs/api.md)."""

from __future__ import annotations

import argparse

from .cli import _admin, _now, _open, _printable, _revoked, _table, _when

NOT_REPORTED = "not reported"


def _reported(value: object) -> str:
    """What a terminal said about itself, or "not reported" (an older release, or never)."""
    return NOT_REPORTED if value is None else str(value)


def _app(device: dict, wanted: str) -> str:
    if not device["app_version"]:
        return NOT_REPORTED
    version = device["app_version"]
    return f"{version} (behind {wanted})" if device["behind"] else version


def cmd_device(args) -> int:
    from . import credentials

    db = _open(args)
    if args.action == "revoke":
        kind, actor = _admin()
        d = credentials.revoke_device(db, args.device_id, _now(), actor_kind=kind, actor_id=actor)
        state = "was already revoked" if d["already"] else "revoked"
        print(
            f"terminal {d['device_id']} ({_printable(d['name'])}, store {d['store_id']}) {state} "
            f"{_when(d['revoked_at'])} UTC; {d['sessions_ended']} session(s) ended now; "
            "it must be enrolled again with a new code"
        )
        return 0
    from . import fleet

    with db.read() as conn:
        wanted = fleet.effective(conn)["wanted_app_version"]
        found = fleet.with_versions(credentials.list_devices(conn, args.store), wanted, _now())
    header = (
        *("DEVICE ID", "STORE", "NAME", "CREATED (UTC)", "HEARD (UTC)", "ONLINE", "APP"),
        *("LAST SYNC (UTC)", "QUEUED", "PARKED", "REVOKED"),
    )
    rows = [
        (
            d["device_id"],
            d["store_id"],
            d["name"],
            _when(d["created_at"]),
            _when(d["heard_at"]),
            "yes" if d["online"] else "no",
            _app(d, wanted),
            _reported(_when(d["last_sync_at"]) if d["last_sync_at"] else None),
            _reported(d["queued_writes"]),
            _reported(d["parked_writes"]),
            _revoked(d),
        )
        for d in found
    ]
    print(_table(header, rows) if rows else "no terminals enrolled")
    return 0


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    dv = sub.add_parser("device", parents=[common], help="enrolled terminals")
    dsub = dv.add_subparsers(dest="action", required=True)
    dl = dsub.add_parser(
        "list",
        parents=[common],
        help="ids, names, store, created, heard, online, app version, last sync, "
        "queued and refused writes, revoked",
    )
    dl.add_argument("--store", help="only this store's terminals")
    dr = dsub.add_parser(
        "revoke",
        parents=[common],
        help="refuse a terminal's credential and end its sessions now (enroll it again to undo)",
    )
    dr.add_argument("device_id")
    dv.set_defaults(func=cmd_device)
