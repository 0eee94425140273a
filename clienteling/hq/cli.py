"""`clienteling-hq`: serve the API and administer the HQ database."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from datetime import UTC, datetime

from .db import Database, redacted
from .settings import HQSettings, default_db_url, read_db_url


def _now() -> datetime:
    return datetime.now(UTC)


def _open(args) -> Database:
    from . import migrate

    read_url = getattr(args, "read_db", None)
    db = Database(args.db or default_db_url(), read_url=read_url)
    migrate.upgrade(db)
    return db


def _read_pin(prompt: str) -> str:
    """The PIN from CLIENTELING_PIN or a prompt: never a command-line argument (ps shows those)."""
    pin = os.environ.get("CLIENTELING_PIN")
    if pin:
        return pin
    if not sys.stdin.isatty():
        raise SystemExit("error: set CLIENTELING_PIN or run in a terminal to type the PIN")
    first = getpass.getpass(prompt)
    if getpass.getpass("Again: ") != first:
        raise SystemExit("error: the two PINs differ")
    return first


# Seconds a stopping HQ gives requests under way: uvicorn would otherwise wait for every
# open stream of notices (they never end on their own) and every long poll (up to 25 s).
SHUTDOWN_SECONDS = 3.0


def cmd_serve(args) -> int:
    import uvicorn

    from .app import KEEP_ALIVE_SECONDS, create_app

    db = _open(args)
    print(f"Clienteling HQ on http://{args.host}:{args.port} using {redacted(db.url)}", flush=True)
    if db.replica is not None:
        print(f"Feed and search reads from {redacted(db.replica.url)}", flush=True)
    if args.workers > 1:
        if db.dialect == "sqlite":
            raise ValueError("SQLite serves one process; use PostgreSQL for several workers")
        os.environ["CLIENTELING_HQ_DB"] = db.url
        if db.replica is not None:
            os.environ["CLIENTELING_HQ_READ_DB"] = db.replica.url
        db.dispose()
        uvicorn.run(
            "clienteling.hq.app:app_from_env",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=args.shutdown_timeout,
            timeout_keep_alive=KEEP_ALIVE_SECONDS,
        )
        return 0
    uvicorn.run(
        create_app(db, HQSettings.from_env()),
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=args.shutdown_timeout,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
    )
    return 0


def cmd_migrate(args) -> int:
    db = _open(args)
    print(f"schema is current on {redacted(db.url)}")
    return 0


# The enrollment QR code is `clienteling://enroll?hq=...&code=...`, which the terminal's
# scanner reads (clienteling/scan/app_codes.py). HQ may not import terminal code (see
# the import contracts), so the few lines that write it live here; a test checks the
# terminal reads what they write.
def enrollment_uri(hq_url: str, code: str) -> str:
    """The enrollment QR payload; ValueError for an address a terminal would refuse."""
    from urllib.parse import quote, urlencode

    from clienteling.domain.hq_address import RULE, is_hq_url

    if not is_hq_url(hq_url):
        raise ValueError(f"--hq-url {hq_url!r}: the address terminals use, {RULE}")
    query = urlencode({"hq": hq_url, "code": code.upper()}, quote_via=quote, safe="")
    return f"clienteling://enroll?{query}"


def write_enrollment_qr(payload: str, path: str) -> None:
    """PNG for screens and A4 sheets: error correction Q, quiet zone 4, 10 px modules."""
    import qrcode
    import qrcode.constants
    from qrcode.image.pil import PilImage

    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, box_size=10, border=4)
    qr.add_data(payload)
    qr.make(fit=True)
    try:
        qr.make_image(image_factory=PilImage).save(path, format="PNG")
    except OSError as exc:
        raise ValueError(f"cannot write {path}: {exc.strerror or exc}") from None


def cmd_enrollment_code(args) -> int:
    from .auth import create_enrollment_code

    if args.qr and not args.hq_url:
        raise ValueError("--qr needs --hq-url, the HQ address the terminal will use")
    if args.hq_url:
        enrollment_uri(args.hq_url, "ABCD")  # refuse a wrong address before a code is made
    if args.qr and not os.access(os.path.dirname(os.path.abspath(args.qr)), os.W_OK):
        raise ValueError(f"cannot write {args.qr}: its folder is missing or read-only")
    db = _open(args)
    code = create_enrollment_code(db, args.store, args.hours, _now())
    print(f"One-time enrollment code for store {args.store}, valid {args.hours:g} h:")
    if args.qr:
        write_enrollment_qr(enrollment_uri(args.hq_url, code), args.qr)
        print(f"QR code (scan it on the terminal) written to {args.qr}")
    print(code)
    return 0


def cmd_associate(args) -> int:
    from . import auth

    db = _open(args)
    if args.action == "add":
        auth.add_associate(
            db,
            args.employee_id,
            args.name,
            args.role,
            args.store,
            _read_pin("PIN for the new associate: "),
        )
        print(f"associate {args.employee_id} added to store {args.store} as {args.role}")
    elif args.action == "set-pin":
        ended = auth.set_pin(db, args.employee_id, _read_pin("New PIN: "), _now())
        print(f"PIN of {args.employee_id} changed; lockout cleared; {ended} session(s) ended")
    else:
        ended = auth.disable_associate(db, args.employee_id, _now())
        print(f"associate {args.employee_id} disabled; {ended} session(s) ended")
    return 0


def _admin() -> tuple[str, str]:
    """Who the audit log names for a command: the operating-system user who ran it."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        user = str(os.getuid()) if hasattr(os, "getuid") else "unknown"
    return "admin", f"cli:{user}"[:64]


def _when(value: datetime | None) -> str:
    return "-" if value is None else f"{value:%Y-%m-%d %H:%M}"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    # Terminal names come from the enrolling terminal: no control characters reach ours.
    cells = [[_printable(x) for x in line] for line in [header, *rows]]
    widths = [max(len(x) for x in col) for col in zip(*cells, strict=True)]
    return "\n".join(
        "  ".join(x.ljust(w) for x, w in zip(line, widths, strict=True)).rstrip() for line in cells
    )


def _printable(value: object) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in str(value))


def _revoked(item: dict) -> str:
    if item["revoked_at"] is None:
        return "-"
    return f"{_when(item['revoked_at'])} by {item['revoked_by'] or '?'}"


def cmd_api_token(args) -> int:
    from . import credentials
    from .auth import create_api_token

    db = _open(args)
    if args.action == "create":
        token = create_api_token(db, args.name, args.role, args.store, _now())
        print(
            f"API token {args.name!r} ({args.role}); it is shown once, keep it in a secret store:"
        )
        print(token)
    elif args.action == "revoke":
        kind, actor = _admin()
        tk = credentials.revoke_token(db, args.token, _now(), actor_kind=kind, actor_id=actor)
        state = "was already revoked" if tk["already"] else "revoked"
        print(
            f"API token {tk['token_id']} ({_printable(tk['name'])!r}, {tk['role']}) {state} "
            f"{_when(tk['revoked_at'])} UTC; it is refused from now on"
        )
    else:
        with db.read() as conn:
            found = credentials.list_tokens(conn)
        header = ("TOKEN ID", "NAME", "ROLE", "STORE", "CREATED (UTC)", "LAST USED", "REVOKED")
        rows = [
            (
                tk["token_id"],
                tk["name"],
                tk["role"],
                tk["store_id"] or "(chain)",
                _when(tk["created_at"]),
                _when(tk["last_used_at"]),
                _revoked(tk),
            )
            for tk in found
        ]
        print(_table(header, rows) if rows else "no API tokens")
    return 0


def _settings_text(shown: dict) -> str:
    """What `scan-settings show` prints: the settings and key ids, never a key's value."""
    if not shown["configured"]:
        head = "Scan settings: none set at HQ yet (terminals keep the settings they have)"
    else:
        head = f"Scan settings, revision {shown['revision']}, changed {shown['updated_at']}"
    formats = ", ".join(
        f"{f['prefix'] or '(digits)'} {f['length']} characters, check {f['check']}"
        for f in shown["loyalty_formats"]
    )
    keys = shown["shopper_code_keys"]
    key_line = f"{len(keys)}" + (
        f" (signing: {keys[0]}" + (f"; also verifying: {', '.join(keys[1:])})" if keys[1:] else ")")
        if keys
        else " (signed shopper codes are refused until a key is added)"
    )
    lines = {
        "loyalty formats": formats,
        "product page prefixes": ", ".join(shown["product_url_prefixes"]),
        "order tracking prefix": shown["tracking_url_prefix"],
        "sign-up page": shown["signup_url"],
        "shopper code keys": key_line,
    }
    return "\n".join([head] + [f"  {k + ':':<23}{v or '-'}" for k, v in lines.items()])


def _loyalty_flag(text: str) -> dict:
    """PREFIX:LENGTH[:CHECK], e.g. LY:13:mod10 (an empty prefix: :13:gs1)."""
    parts = text.split(":")
    if len(parts) not in (2, 3) or not parts[1].strip().isdigit():
        raise ValueError(f"--loyalty {text!r}: write PREFIX:LENGTH[:CHECK], e.g. LY:13:mod10")
    return {
        "prefix": parts[0],
        "length": int(parts[1]),
        "check": parts[2] if len(parts) == 3 else "none",
    }


def _settings_file(path: str) -> dict:
    import json

    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as exc:
        raise ValueError(f"cannot read {path}: {exc.strerror or exc}") from None
    except ValueError as exc:  # JSON and UTF-8 errors; the message says where
        raise ValueError(f"{path} is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: the settings are one JSON object")
    return data


def _write_key_file(path: str, text: str) -> None:
    """A new file only readable by its owner; an existing file is never overwritten."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ValueError(f"{path} exists already; give a new file for the key") from None
    except OSError as exc:
        raise ValueError(f"cannot write {path}: {exc.strerror or exc}") from None
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(text + "\n")


def cmd_scan_settings(args) -> int:
    import json

    from . import scan_settings as ss
    from .secrets import key_text, new_shopper_code_key

    if args.action == "set":
        changes: dict = {}
        if args.file:
            changes.update(_settings_file(args.file))
        if args.loyalty is not None:
            changes["loyalty_formats"] = [_loyalty_flag(x) for x in args.loyalty if x]
        if args.product_url_prefix is not None:
            changes["product_url_prefixes"] = [x for x in args.product_url_prefix if x]
        for name in ("tracking_url_prefix", "signup_url"):
            value = getattr(args, name)
            if value is not None:
                changes[name] = value or None  # "" clears it
        if not changes:
            raise ValueError("nothing to set: give --file or a setting (see --help)")
        db = _open(args)
        shown = ss.set_settings(db, changes, _now(), replace=bool(args.file))
        print(_settings_text(shown))
        return 0
    if args.action == "add-key":
        key = ss.read_key_file(args.key_file) if args.key_file else new_shopper_code_key()
        if args.write_key:
            if args.key_file:
                raise ValueError("--write-key is for a generated key; --key-file has it already")
            _write_key_file(args.write_key, key_text(key))
        db = _open(args)
        try:
            name = ss.add_key(db, _now(), key)
        except ValueError:
            if args.write_key:
                os.unlink(args.write_key)  # not stored: the file must not sign codes
            raise
        with db.read() as conn:
            older = len(ss.show(conn)["shopper_code_keys"]) - 1
        print(f"key {name} added: it signs from now on; {older} older key(s) still verify")
        if args.write_key:
            print(
                f"the key is in {args.write_key} (owner-only): give it to the shopper app's "
                "signing service, then delete the file"
            )
        print("terminals receive it on their next sync")
        return 0
    db = _open(args)
    if args.action == "remove-key":
        left = ss.remove_key(db, args.key_id, _now())
        print(
            f"key {args.key_id} removed; {left} key(s) left; terminals drop it on their next sync"
        )
        return 0
    with db.read() as conn:
        shown = ss.show(conn)
    print(json.dumps(shown, indent=2) if args.json else _settings_text(shown))
    return 0


def cmd_seed(args) -> int:
    from .seed import seed_chain

    db = _open(args)

    def progress(stage: str, done: int, total: int) -> None:
        print(f"\r{stage}: {done}/{total}", end="", file=sys.stderr, flush=True)

    report = seed_chain(
        db,
        shoppers=args.shoppers,
        products=args.products,
        stores=args.stores,
        seed=args.seed,
        progress=progress,
    )
    print(file=sys.stderr)
    print(
        f"seeded {report.stores} stores, {report.products} products, {report.shoppers} "
        f"shoppers, {report.purchases} purchases, {report.stock_rows} stock rows "
        f"in {report.seconds:.1f} s"
    )
    from .scan_settings import ensure_demo

    if ensure_demo(db, _now()):
        print("scan settings: the demo loyalty cards, a sign-up page and a shopper code key")
    print("Demo associates (demo PINs, for training data only):")
    for a in report.associates:
        print(f"  {a.employee_id}  {a.role:<9} {a.store_id:<10} PIN {a.pin}  {a.name}")
    return 0


def cmd_import(args) -> int:
    from .importing.command import run

    return run(_open(args), args.kind, args.file, as_json=args.json)


def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="database URL or SQLite file (default: $CLIENTELING_HQ_DB or a "
        "file in the user data directory)",
    )
    p = argparse.ArgumentParser(
        prog="clienteling-hq",
        parents=[common],
        description="Clienteling HQ service and administration.",
    )
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("serve", parents=[common], help="run the HQ API")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8400)
    s.add_argument("--workers", type=int, default=1, help="processes (PostgreSQL only)")
    s.add_argument(
        "--shutdown-timeout",
        type=float,
        default=SHUTDOWN_SECONDS,
        metavar="SECONDS",
        help="on stopping, how long requests under way may finish before they are cut: "
        "streams of change notices and long polls never finish on their own (default: "
        f"{SHUTDOWN_SECONDS:g})",
    )
    s.add_argument(
        "--read-db",
        metavar="URL",
        default=read_db_url(),
        help="a PostgreSQL streaming replica for change feed and search reads "
        "(default: $CLIENTELING_HQ_READ_DB; see docs/deploy.md)",
    )
    s.set_defaults(func=cmd_serve)

    sub.add_parser("migrate", parents=[common], help="bring the schema up to date").set_defaults(
        func=cmd_migrate
    )

    e = sub.add_parser(
        "enrollment-code",
        parents=[common],
        help="print a one-time code that enrolls a terminal for a store",
    )
    e.add_argument("--store", required=True)
    e.add_argument("--hours", type=float, default=HQSettings().enrollment_code_hours)
    e.add_argument("--qr", metavar="FILE", help="also write the code as a QR image (PNG)")
    e.add_argument("--hq-url", help="HQ address for the QR code, e.g. https://hq.example.com")
    e.set_defaults(func=cmd_enrollment_code)

    a = sub.add_parser("associate", parents=[common], help="manage associates")
    asub = a.add_subparsers(dest="action", required=True)
    add = asub.add_parser(
        "add", parents=[common], help="add an associate (PIN from CLIENTELING_PIN or a prompt)"
    )
    add.add_argument("--employee-id", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=["associate", "trainee", "manager"])
    add.add_argument("--store", required=True)
    for action in ("set-pin", "disable"):
        x = asub.add_parser(action, parents=[common])
        x.add_argument("--employee-id", required=True)
    a.set_defaults(func=cmd_associate)

    tk = sub.add_parser("api-token", parents=[common], help="back-office API tokens")
    tsub = tk.add_subparsers(dest="action", required=True)
    create = tsub.add_parser("create", parents=[common])
    create.add_argument("--name", required=True)
    create.add_argument("--role", required=True, choices=["integration", "manager"])
    create.add_argument("--store", help="the store a manager token is limited to")
    tsub.add_parser(
        "list", parents=[common], help="ids, names, role, store, created, last used, revoked"
    )
    tr = tsub.add_parser("revoke", parents=[common], help="refuse a token from now on")
    tr.add_argument("token", metavar="TOKEN_NAME_OR_ID")
    tk.set_defaults(func=cmd_api_token)

    sc = sub.add_parser(
        "scan-settings",
        parents=[common],
        help="the chain's scan settings and shopper code keys, which terminals receive",
    )
    ssub = sc.add_subparsers(dest="action", required=True)
    show = ssub.add_parser("show", parents=[common], help="the settings and key ids (no keys)")
    show.add_argument("--json", action="store_true")
    st = ssub.add_parser(
        "set",
        parents=[common],
        help="set from a JSON file (all settings) or flags (only those named)",
    )
    st.add_argument(
        "--file",
        help="JSON: loyalty_formats, product_url_prefixes, tracking_url_prefix, signup_url",
    )
    st.add_argument(
        "--loyalty",
        action="append",
        metavar="PREFIX:LENGTH[:CHECK]",
        help="a loyalty card format (repeat for several; '' for none); CHECK: none, mod10, "
        "gs1, mod11",
    )
    st.add_argument(
        "--product-url-prefix", action="append", help="a product page prefix (repeat; '' for none)"
    )
    st.add_argument("--tracking-url-prefix", help="https prefix of order tracking ('' clears)")
    st.add_argument("--signup-url", help="the chain's https sign-up page ('' clears)")
    ak = ssub.add_parser(
        "add-key",
        parents=[common],
        help="add a shopper code key: it signs from now on, older keys still verify",
    )
    ak.add_argument("--key-file", help="use this key (base64url) instead of generating one")
    ak.add_argument("--write-key", metavar="FILE", help="write the generated key to a new file")
    rk = ssub.add_parser("remove-key", parents=[common], help="retire an old key by its id")
    rk.add_argument("key_id")
    sc.set_defaults(func=cmd_scan_settings)

    sd = sub.add_parser(
        "seed",
        parents=[common],
        help="fill an empty database with a generated chain (demo and training only)",
    )
    sd.add_argument("--shoppers", type=int, default=3000)
    sd.add_argument("--products", type=int, default=600)
    sd.add_argument("--stores", type=int, default=8)
    sd.add_argument("--seed", type=int, default=7)
    sd.set_defaults(func=cmd_seed)

    im = sub.add_parser("import", parents=[common], help="import a CSV file")
    im.add_argument("kind", choices=["stores", "products", "stock", "shoppers", "purchases"])
    im.add_argument("file")
    im.add_argument("--json", action="store_true", help="print the report as JSON")
    im.set_defaults(func=cmd_import)

    from . import (  # need this module's helpers: imported once
        cli_devices,
        cli_fleet,
        cli_reports,
        cli_settings,
        cli_trust,
    )

    cli_devices.add_commands(sub, common)
    cli_trust.add_commands(sub, common)
    cli_reports.add_commands(sub, common)
    settings = cli_fleet.add_commands(sub, common)
    cli_settings.add_commands(settings, common)
    return p


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = parser().parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    try:
        return args.func(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
