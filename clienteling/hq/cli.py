"""`clienteling-hq`: serve the API and administer the HQ database."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from datetime import UTC, datetime

from .db import Database, redacted
from .settings import HQSettings, default_db_url


def _now() -> datetime:
    return datetime.now(UTC)


def _open(args) -> Database:
    from . import migrate

    db = Database(args.db or default_db_url())
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


def cmd_serve(args) -> int:
    import uvicorn

    from .app import create_app

    db = _open(args)
    print(f"Clienteling HQ on http://{args.host}:{args.port} using {redacted(db.url)}", flush=True)
    if args.workers > 1:
        if db.dialect == "sqlite":
            raise ValueError("SQLite serves one process; use PostgreSQL for several workers")
        os.environ["CLIENTELING_HQ_DB"] = db.url
        db.dispose()
        uvicorn.run(
            "clienteling.hq.app:app_from_env",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level="warning",
            access_log=False,
        )
        return 0
    uvicorn.run(
        create_app(db, HQSettings()),
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,
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
_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def enrollment_uri(hq_url: str, code: str) -> str:
    """The enrollment QR payload; ValueError for an address a terminal would refuse."""
    from urllib.parse import quote, urlencode, urlsplit

    try:
        parts = urlsplit(hq_url)
        host, _ = parts.hostname, parts.port
    except ValueError:
        host = None
    secure = parts.scheme == "https" or (parts.scheme == "http" and host in _LOOPBACK)
    if (
        not host
        or not secure
        or not hq_url.isascii()
        or not hq_url.isprintable()
        or " " in hq_url
        or parts.username is not None
        or parts.query
        or parts.fragment
    ):
        raise ValueError(
            f"--hq-url {hq_url!r}: the address terminals use, https://host[:port][/path] "
            "(plain http only for 127.0.0.1 or localhost)"
        )
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
        auth.set_pin(db, args.employee_id, _read_pin("New PIN: "))
        print(f"PIN of {args.employee_id} changed; lockout cleared")
    else:
        auth.disable_associate(db, args.employee_id, _now())
        print(f"associate {args.employee_id} disabled; their sessions are ended")
    return 0


def cmd_api_token(args) -> int:
    from .auth import create_api_token

    db = _open(args)
    token = create_api_token(db, args.name, args.role, args.store, _now())
    print(f"API token {args.name!r} ({args.role}); it is shown once, keep it in a secret store:")
    print(token)
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
    print("Demo associates (demo PINs, for training data only):")
    for a in report.associates:
        print(f"  {a.employee_id}  {a.role:<9} {a.store_id:<10} PIN {a.pin}  {a.name}")
    return 0


def cmd_import(args) -> int:
    from .importer import import_csv

    db = _open(args)
    try:
        source = open(args.file, "rb")
    except OSError as exc:
        raise SystemExit(f"error: cannot read {args.file}: {exc.strerror}") from None
    with source:
        report = import_csv(db, args.kind, source)
    print(
        f"{args.kind}: {report.rows_read} rows read, {report.rows_written} written, "
        f"{report.rows_read - report.rows_written} rejected"
    )
    for warning in report.warnings:
        print(f"warning: {warning}")
    for err in report.errors:
        print(f"line {err.line}, column {err.column}: {err.reason}")
    return 1 if report.errors else 0


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
    tk.set_defaults(func=cmd_api_token)

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
    im.set_defaults(func=cmd_import)
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
