"""Commands of a headless terminal: enroll, sync, find, stock, order, scan, status."""

from __future__ import annotations

import dataclasses
import socket
import sys
import time
from datetime import UTC, datetime

from .common import Failure, english_formats, open_enrolled, out, pin


def cmd_enroll(args) -> int:
    from clienteling.app import home_dir, vault_for
    from clienteling.services.enrollment import enroll
    from clienteling.settings import SettingsFile

    home = home_dir(args.training)
    settings = SettingsFile(home, training=args.training)
    terminal = enroll(
        settings,
        vault_for(home, training=args.training),
        args.hq,
        args.code,
        args.name or socket.gethostname(),
    )
    print(
        f"enrolled as {terminal.device_id} for store {terminal.store_id} "
        f"({terminal.store_name}); next: clienteling sync"
    )
    return 0


def _progress_line(p) -> str:
    line = f"{p.collection}: {p.rows_done:,} rows; {p.total_done:,}"
    if p.total_estimate:
        line += f" of about {p.total_estimate:,}"
    line += f" in all, {p.rows_per_second:,.0f}/s"
    if p.seconds_left is not None:
        line += f", about {p.seconds_left:,.0f} s left"
    return line + "   "


def cmd_sync(args) -> int:
    services = open_enrolled(args)
    try:
        while True:

            def progress(p):
                print(f"\r{_progress_line(p)}", end="", file=sys.stderr, flush=True)

            rows = services.syncing.pull(progress=progress)
            print(file=sys.stderr)
            sent = services.syncing.send_queued()
            print(
                f"synced {rows} changes; sent {sent.delivered} queued writes "
                f"({sent.parked} set aside); outbox {_outbox(services.syncing.status())}"
            )
            # As the app's sync run: only when HQ's settings token moved (tells training too).
            for changed in services.syncing.refresh_settings():
                print(f"{changed} settings updated from HQ")
            if not args.watch:
                return 0
            time.sleep(args.interval)
    finally:
        services.close()


def _outbox(status) -> dict[str, int]:
    return {"pending": status.queued, "delivered": status.delivered, "parked": status.parked}


def cmd_find(args) -> int:
    """This terminal's shoppers; when none matches and an associate signs in online, every
    store's at HQ, each found there kept on this terminal (then `order` can use them)."""
    services = open_enrolled(args)
    note = ""
    try:
        rows = services.lookup.search(args.query, limit=args.limit)
        if not rows and args.associate:
            services.sessions.sign_in(args.associate, pin(), pin_for=lambda _who: pin())
            rows, note = _find_at_hq(services.lookup, args.query, args.limit)
        elif not rows:
            note = " on this terminal; add --associate EMPLOYEE_ID to search every store at HQ"
    finally:
        services.close()
    from clienteling.ui.texts import tier_name

    formats = english_formats()
    data = [dataclasses.asdict(r) for r in rows]
    lines = [
        f"{r.shopper_id}  {r.name}  {tier_name(r.tier)}  {r.home_store}  {r.phone}"
        f"{'  last visit ' + formats.date(r.last_visit) if r.last_visit else ''}"
        f"{'  (exact)' if r.exact else ''}"
        f"{'  (from HQ, kept on this terminal)' if r.from_hq else ''}"
        for r in rows
    ]
    out(args, data, "\n".join(lines) or f"no shopper found{note}")
    return 0 if rows else 1


def _find_at_hq(lookup, query: str, limit: int) -> tuple[list, str]:
    """HQ's chain-wide answer, each shopper kept in the cache; (rows, why none) otherwise."""
    found = lookup.search_hq(query)
    if found is None:
        return [], " on this terminal, and HQ could not be asked (offline)"
    rows = found[:limit]
    for row in rows:
        if row.from_hq and not lookup.keep_from_hq(row.shopper_id):
            raise Failure("HQ stopped answering while the shoppers it found were fetched")
    return rows, " on this terminal nor at HQ"


def cmd_stock(args) -> int:
    services = open_enrolled(args)
    try:
        found = services.catalog.product_stock(args.code)
    finally:
        services.close()
    if found is None:
        raise Failure(f"no item with SKU or GTIN {args.code} in the catalog")
    view, live = found.stock, found.live
    lines = ([view.here] if view.here else []) + view.others
    data = {
        "sku": view.product.sku,
        "live": live,  # HQ answered just now (else: this terminal's copy)
        "confirmed_at": found.confirmed_at.isoformat() if found.confirmed_at else None,
        "stores": [
            {
                "store_id": s.store_id,
                "available": s.available,
                "on_hand": s.on_hand,
                "distance_km": s.distance_km,
                "as_of": s.as_of.isoformat(),
            }
            for s in lines
        ],
    }
    formats = english_formats()
    product = view.product
    text = "\n".join(
        f"{s.store_id:<10} {formats.number(s.available):>4} available  "
        f"{'' if s.distance_km is None else formats.distance(s.distance_km)}"
        for s in lines
    )
    item = formats.item_name(product.name, product.colour, product.size)
    price = formats.money(product.price_minor, product.currency)
    where = "live" if live else "cached"
    out(args, data, f"{item}  {price}  (SKU {product.sku}, {where})\n{text}")
    return 0


def cmd_order(args) -> int:
    from clienteling.domain.enums import Fulfilment
    from clienteling.services.orders import OrderDraft, OrderProblem

    services = open_enrolled(args)
    try:
        shopper = services.lookup.shopper(args.shopper)
        if shopper is None:
            raise Failure(f"no shopper {args.shopper} on this terminal; sync or search first")
        services.sessions.sign_in(args.associate, pin(), pin_for=lambda _who: pin())
        if args.ship_to_home and shopper.address is None:
            raise Failure("the shopper has no delivery address on file; add one or use --pickup")
        draft = OrderDraft(
            shopper.shopper_id,
            [(args.sku, args.qty, args.source)],
            Fulfilment.SHIP_TO_ADDRESS if args.ship_to_home else Fulfilment.PICK_UP,
            address=shopper.address.as_dict() if args.ship_to_home else None,
            pickup_store=args.pickup,
        )
        try:
            result = services.orders.place(draft)
        except OrderProblem as exc:
            raise Failure(str(exc)) from None
    finally:
        services.close()
    data = {
        "order_id": result.order_id,
        "state": result.state,
        "reason": result.reason,
        "alternatives": [dataclasses.asdict(a) for a in result.alternatives],
    }
    out(
        args,
        data,
        f"{result.order_id} {result.state}{': ' + result.reason if result.reason else ''}",
    )
    return 0 if result.state != "rejected" else 3


def _scan_config(demo: bool):
    """This terminal's scan settings, and the keys from its vault once enrolled."""
    from clienteling.app import home_dir, vault_for
    from clienteling.security.vault import VaultUnavailable
    from clienteling.services.scan_settings import scan_config
    from clienteling.settings import SettingsFile

    home = home_dir(demo)
    settings = SettingsFile(home, training=demo)
    vault = None
    if settings.enrolled:  # no keyring to ask on a machine never enrolled
        try:
            vault = vault_for(home, training=demo)
        except VaultUnavailable as exc:
            print(f"clienteling: {exc}; signed shopper codes cannot be checked", file=sys.stderr)
    return scan_config(settings, vault)


def cmd_scan(args) -> int:
    """What is this code? The terminal's own interpretation, for support staff.

    With --image, every code found in the picture, in reading order (exit 1 when
    none is found or none is accepted)."""
    from clienteling.scan import describe, interpret

    config = _scan_config(args.training)
    if args.image is None:
        if args.payload is None:
            raise Failure("give the scanned text, or --image FILE")
        scan = interpret(args.payload, config)
        data = describe(scan)
        out(args, data, data["summary"])
        return 1 if data["kind"] == "rejected" else 0
    if args.payload is not None:
        raise Failure("give the scanned text or --image FILE, not both")
    from clienteling.scan.image import ImageError, decode_image

    try:
        codes = decode_image(args.image)
    except ImageError as exc:
        raise Failure(str(exc)) from None
    found = [
        {"format": c.format, "symbology": c.symbology, "text": c.text}
        | describe(interpret(c.scan_text, config))
        for c in codes
    ]
    lines = [f"{f['format']}: {f['summary']}" for f in found]
    out(args, found, "\n".join(lines) or f"no code found in {args.image}")
    return 0 if any(f["kind"] != "rejected" for f in found) else 1


def cmd_status(args) -> int:
    services = open_enrolled(args)
    try:
        if args.probe:
            services.syncing.probe()  # one light look at HQ; else nothing was tried: unknown
        status = services.syncing.status()
        rows = services.syncing.cached_rows()
    finally:
        services.close()
    now = datetime.now(UTC)
    data = {
        "store_id": services.store_id,
        "hq": services.terminal.hq_url,
        "connectivity": status.connectivity,
        "collections": {
            name: {
                "cursor": status.cursors[name],
                "synced_at": status.synced_at[name],
                "age_seconds": status.age_of(name, now),
                "rows": rows.get(name, 0),
            }
            for name in status.cursors
        },
        "outbox": _outbox(status),
        "parked": [{"id": p.id, "kind": p.kind, "reason": p.reason} for p in status.refused],
    }
    ages = ", ".join(
        f"{k} {v['rows']:,} rows {v['age_seconds']:.0f}s ago"
        if v["age_seconds"] is not None
        else f"{k} never"
        for k, v in data["collections"].items()
    )
    hq = str(status.connectivity) + ("" if args.probe else " (not tried; --probe asks HQ)")
    text = (
        f"store {data['store_id']} at {data['hq']}: {hq}\nsynced: {ages}\noutbox: {data['outbox']}"
    )
    for p in status.refused:
        text += f"\nparked {p.kind} {p.id}: {p.reason}"
    out(args, data, text)
    return 0


def register(sub) -> list:
    """The commands above as sub-commands; returns those that take --json."""
    e = sub.add_parser("enroll", help="enroll this terminal with a one-time code")
    e.add_argument("--hq", required=True, help="HQ address, e.g. https://hq.example.com")
    e.add_argument("--code", required=True)
    e.add_argument("--name", help="terminal name shown at HQ (default: host name)")
    e.set_defaults(func=cmd_enroll)
    s = sub.add_parser("sync", help="bring the cache up to date with HQ")
    s.add_argument("--watch", action="store_true")
    s.add_argument("--interval", type=float, default=30.0)
    s.set_defaults(func=cmd_sync)
    f = sub.add_parser(
        "find", help="find shoppers in the cache; with --associate, at HQ too when none matches"
    )
    f.add_argument("query")
    f.add_argument("--limit", type=int, default=20)
    f.add_argument(
        "--associate",
        metavar="EMPLOYEE_ID",
        help="sign in (PIN: CLIENTELING_PIN) to search every store at HQ when none here matches",
    )
    f.set_defaults(func=cmd_find)
    k = sub.add_parser("stock", help="stock of an item here and in other stores")
    k.add_argument("code", metavar="SKU_OR_GTIN")
    k.set_defaults(func=cmd_stock)
    o = sub.add_parser("order", help="order an item for a shopper")
    o.add_argument("--shopper", required=True, help="shopper id, external id or loyalty id")
    o.add_argument("--sku", required=True)
    o.add_argument("--qty", type=int, default=1)
    o.add_argument("--source", help="store to take the units from (default: nearest)")
    where = o.add_mutually_exclusive_group(required=True)
    where.add_argument("--ship-to-home", action="store_true")
    where.add_argument("--pickup", metavar="STORE")
    o.add_argument("--associate", required=True, metavar="EMPLOYEE_ID")
    o.set_defaults(func=cmd_order)
    sc = sub.add_parser("scan", help="what a scanned code means to this terminal")
    sc.add_argument("payload", nargs="?", help="the scanned text (quote it)")
    sc.add_argument("--image", metavar="FILE", help="read the codes in a picture (PNG, JPEG, ...)")
    sc.set_defaults(func=cmd_scan)
    st = sub.add_parser("status", help="HQ connectivity, sync ages, outbox depth, parked entries")
    st.add_argument(
        "--probe", action="store_true", help="ask HQ's health check first (else: unknown)"
    )
    st.set_defaults(func=cmd_status)
    return [f, k, o, sc, st]
