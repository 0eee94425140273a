"""The fleet: what each terminal runs, and the settings HQ gives every terminal.

**Versions.** A terminal sends its app version, cache schema and protocol on every
request (protocol.version headers). `note_versions` keeps the last ones on the
terminal's row with the time (written when they change, else at most every
`credentials.USE_NOTED_EVERY`); `refuse_old` answers 426 `upgrade_required` to a
terminal whose protocol is below the chain's `min_protocol`, with words that say what
to install. `behind` compares a terminal's app version with `wanted_app_version`.

**Where each terminal stands.** Beside its versions, a terminal sends on every request
when it last finished a sync and how many writes wait for HQ or were refused (counts,
protocol.version headers). `note_versions` keeps them with the versions, in the same
write: at once when the versions change, when its first finished sync appears, when
writes start or stop waiting, or when the refused count changes; else at most every
`USE_NOTED_EVERY` (the exact count and the last sync time may be that old). A value HQ
cannot read, or a sync time in the future by more than a clock's slack, is kept as not
reported: the request goes on. `online` is derived from when HQ last heard from the
terminal (`ONLINE_WITHIN`).

**Settings.** Each fleet setting is declared once (protocol.fleet.SETTINGS, which the
terminal reads too) with its type, default, limits and whether a store may have its
own value. Values live in `fleet_settings`, one row per value set for the chain
("chain") or a store; a terminal gets `effective(conn, store)`: default, then the
chain's value, then its store's.

**Refusals.** A store with `ship_to_home` or `feedback_capture` off is refused the
writes that need it, whatever its terminals believe: `refuse_if_off` answers 403
`feature_off` (called by orders.place_order after the idempotency replay, and by
writes.add_feedback); a terminal's queued write refused so is set aside there with
the message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, select, update

from clienteling.protocol.errors import ErrorCode
from clienteling.protocol.fleet import BY_NAME, SETTINGS, Setting
from clienteling.protocol.version import (
    APP_VERSION_HEADER,
    CACHE_SCHEMA_HEADER,
    LAST_SYNC_HEADER,
    PARKED_HEADER,
    PROTOCOL_HEADER,
    QUEUED_HEADER,
)

from . import settings_feed
from . import tables as t
from .auth import DEVICE, GRANTED, Principal
from .credentials import USE_NOTED_EVERY
from .db import Database
from .errors import ApiError

CHAIN = "chain"
# How often a terminal syncs when nobody asks it to (ui.main_window.SYNC_EVERY_MS).
TERMINAL_SYNC_EVERY = timedelta(seconds=30)
# Online: HQ heard from it this recently. What HQ heard is noted at most every
# USE_NOTED_EVERY, so a terminal syncing all along is at most that plus one sync old;
# two syncs of margin.
ONLINE_WITHIN = USE_NOTED_EVERY + 2 * TERMINAL_SYNC_EVERY
# A terminal's clock may be a little ahead of HQ's; further ahead, its sync time is not read.
CLOCK_SLACK = timedelta(minutes=5)
_EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
TERMINAL_KINDS = (DEVICE, "session", GRANTED)  # callers that are a terminal


def setting(name: str) -> Setting:
    try:
        return BY_NAME[name]
    except KeyError:
        raise ValueError(
            f"no fleet setting {name!r}; the settings are: {', '.join(BY_NAME)}"
        ) from None


def _values(conn: Connection, scopes: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    f = t.fleet_settings.c
    out: dict[str, dict[str, Any]] = {scope: {} for scope in scopes}
    for row in conn.execute(select(f.scope, f.name, f.value).where(f.scope.in_(scopes))):
        if row.name in BY_NAME:
            out[row.scope][row.name] = row.value
    return out


def effective(conn: Connection, store_id: str | None = None) -> dict[str, Any]:
    """Every setting's value for a terminal of `store_id`: default < chain < store."""
    scopes = (CHAIN,) if store_id is None else (CHAIN, store_id)
    found = _values(conn, scopes)
    out = {}
    for s in SETTINGS:
        value = found[CHAIN].get(s.name, s.default)
        if s.per_store and store_id is not None:
            value = found[store_id].get(s.name, value)
        out[s.name] = value
    return out


# The features a store can have switched off, and HQ's words when a write needs one.
FEATURE_WORDS = {
    "ship_to_home": (
        "store {store} does not ship orders to the shopper's home (the chain switched "
        "ship_to_home off for it at HQ): place the order for pick-up in a store instead"
    ),
    "feedback_capture": (
        "store {store} does not record shoppers' feedback (the chain switched "
        "feedback_capture off for it at HQ)"
    ),
}


def enabled(conn: Connection, store_id: str | None, name: str) -> bool:
    """One on/off setting for `store_id` (default < chain < store), with one indexed read."""
    s = setting(name)
    scopes = (CHAIN,) if store_id is None or not s.per_store else (CHAIN, store_id)
    f = t.fleet_settings.c
    found = dict(
        conn.execute(select(f.scope, f.value).where(f.name == name, f.scope.in_(scopes))).all()
    )
    return bool(found.get(store_id, found.get(CHAIN, s.default)))


def refuse_if_off(conn: Connection, store_id: str | None, name: str) -> None:
    """403 `feature_off` when the caller's store has `name` (FEATURE_WORDS) switched off. A
    terminal's queued write refused so is set aside there with these words."""
    if enabled(conn, store_id, name):
        return
    raise ApiError(
        403,
        ErrorCode.FEATURE_OFF,
        FEATURE_WORDS[name].format(store=store_id),
        {"setting": name, "store_id": store_id},
    )


def _chain_label(index: int) -> str:
    return f"chain_setting_{index}"  # by place: a name would put words in the statement


def chain_columns() -> tuple:
    """The chain's value of each setting as a column (NULL: not set), for `auth.resolve`'s
    `also`: every terminal request gets the chain's policy in its credential's read, one
    primary-key lookup each, with no second query and no cache. So every HQ process
    applies a change the moment it commits; `chain_policy` turns the row into the policy."""
    f = t.fleet_settings.c
    return tuple(
        select(f.value)
        .where(f.scope == CHAIN, f.name == s.name)
        .scalar_subquery()
        .label(_chain_label(i))
        for i, s in enumerate(SETTINGS)
    )


def chain_policy(row: Any) -> dict[str, Any]:
    """`effective(conn)` (the chain's values over the defaults) from a row that has the
    `chain_columns`."""
    out = {}
    for i, s in enumerate(SETTINGS):
        value = getattr(row, _chain_label(i))
        out[s.name] = s.default if value is None else value
    return out


def show(conn: Connection, store_id: str | None = None) -> list[dict[str, Any]]:
    """Each setting with its default, the chain's value, the store's and the one in effect."""
    scopes = (CHAIN,) if store_id is None else (CHAIN, store_id)
    found = _values(conn, scopes)
    now = effective(conn, store_id)
    rows = []
    for s in SETTINGS:
        row = {
            "name": s.name,
            "type": s.kind.__name__,
            "default": s.default,
            "chain": found[CHAIN].get(s.name),
            "per_store": s.per_store,
            "effective": now[s.name],
            "help": s.help,
        }
        if store_id is not None:
            row["store"] = found[store_id].get(s.name)
        rows.append(row)
    return rows


def set_value(
    db: Database, name: str, raw: Any, now: datetime, *, store_id: str | None, actor: str
) -> Any:
    """Set one setting for the chain (store_id None) or one store; None `raw` removes the
    value (the chain's, or the default, applies again). ValueError when refused."""
    s = setting(name)
    if store_id is not None and not s.per_store:
        raise ValueError(f"{name} is set for the whole chain only; use --chain")
    scope = store_id or CHAIN
    f = t.fleet_settings.c
    with db.write() as w:  # sequenced: the change wakes long polls (hq/settings_feed.py)
        conn = w.conn
        settings_feed.touch(w, scope)
        if store_id is not None:
            known = conn.execute(
                select(t.stores.c.store_id).where(t.stores.c.store_id == store_id)
            ).first()
            if known is None:
                raise ValueError(f"no store {store_id!r} at HQ")
        conn.execute(delete(t.fleet_settings).where(f.scope == scope, f.name == name))
        if raw is None:
            return None
        value = s.parse(raw)
        conn.execute(
            t.fleet_settings.insert().values(
                scope=scope, name=name, value=value, updated_at=now, updated_by=actor
            )
        )
    return value


# --- versions --------------------------------------------------------------------------


@dataclass(frozen=True)
class Reported:
    """What a terminal said it runs (protocol 0 when it said nothing: an older release),
    and where it stands; None where it said nothing HQ could read."""

    app_version: str | None
    cache_schema: int | None
    protocol: int
    last_sync: datetime | None = None  # UTC
    queued: int | None = None
    parked: int | None = None


def _number(text: str | None) -> int | None:
    text = (text or "").strip()
    # ASCII digits only: str.isdigit() also takes other scripts' digits and superscripts.
    return int(text) if text.isascii() and text.isdigit() and len(text) < 9 else None


def _moment(text: str | None) -> datetime | None:
    """An ISO 8601 time with its offset, in UTC; None for anything else."""
    text = (text or "").strip()
    if not text or len(text) > 40 or not text.isascii():
        return None
    try:
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is None:
            return None  # a time without its offset could be anyone's
        moment = moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    return moment if moment >= _EARLIEST else None


def reported(headers: Mapping[str, str]) -> Reported:
    app = (headers.get(APP_VERSION_HEADER) or "").strip()[:40] or None
    return Reported(
        app,
        _number(headers.get(CACHE_SCHEMA_HEADER)),
        _number(headers.get(PROTOCOL_HEADER)) or 0,
        _moment(headers.get(LAST_SYNC_HEADER)),
        _number(headers.get(QUEUED_HEADER)),
        _number(headers.get(PARKED_HEADER)),
    )


def _release(version: str) -> tuple[int, ...]:
    """1.4.0rc1 -> (1, 4, 0): the numbers before any letters, for ordering releases."""
    head = re.match(r"\d+(?:\.\d+)*", version.strip())
    return tuple(int(n) for n in head.group(0).split(".")) if head else ()


def behind(app_version: str | None, wanted: str) -> bool:
    """Whether a terminal runs an older app than the chain wants (unknown: behind)."""
    if not wanted:
        return False
    if not app_version:
        return True
    have, want = _release(app_version), _release(wanted)
    width = max(len(have), len(want))
    return have + (0,) * (width - len(have)) < want + (0,) * (width - len(want))


def versions_of(conn: Connection, device_id: str) -> Any:
    d = t.devices.c
    return conn.execute(
        select(
            *(d.app_version, d.cache_schema, d.protocol, d.versions_at),
            *(d.last_sync_at, d.queued_writes, d.parked_writes),
        ).where(d.device_id == device_id)
    ).first()


def _waiting(count: int | None) -> bool | None:
    return None if count is None else count > 0


def _news(said: Reported, stored: Any) -> bool:
    """What a manager should see at once: other versions, a first sync, writes starting or
    stopping to wait, another refused count (the exact queue and the sync time can wait)."""
    return (
        (stored.app_version, stored.cache_schema, stored.protocol)
        != (said.app_version, said.cache_schema, said.protocol)
        or (stored.last_sync_at is None) != (said.last_sync is None)
        or _waiting(stored.queued_writes) != _waiting(said.queued)
        or stored.parked_writes != said.parked
    )


def note_versions(db: Database, who: Principal, said: Reported, stored: Any, now: datetime) -> None:
    """Keep what the terminal runs and where it stands on its row: at once when that
    changed (`_news`), else now and then (the time says when HQ last heard it)."""
    if who.kind not in TERMINAL_KINDS or not who.device_id or stored is None:
        return
    if said.last_sync is not None and said.last_sync > now + CLOCK_SLACK:
        said = replace(said, last_sync=None)  # its clock is off: not a time a manager can use
    recent = stored.versions_at is not None and now - stored.versions_at < USE_NOTED_EVERY
    if recent and not _news(said, stored):
        return
    with db.write_unsequenced() as conn:
        conn.execute(
            update(t.devices)
            .where(t.devices.c.device_id == who.device_id)
            .values(
                app_version=said.app_version,
                cache_schema=said.cache_schema,
                protocol=said.protocol,
                versions_at=now,
                last_sync_at=said.last_sync,
                queued_writes=said.queued,
                parked_writes=said.parked,
            )
        )


def refuse_old(said: Reported, policy: Mapping[str, Any]) -> None:
    """426 upgrade_required for a terminal below the chain's minimum protocol."""
    least = int(policy.get("min_protocol") or 0)
    if said.protocol >= least:
        return
    wanted = policy.get("wanted_app_version") or ""
    runs = f"Clienteling {said.app_version}" if said.app_version else "an older Clienteling"
    install = f"Clienteling {wanted} or newer" if wanted else "the chain's current Clienteling"
    raise ApiError(
        426,
        ErrorCode.UPGRADE_REQUIRED,
        f"this terminal runs {runs}, which HQ no longer accepts: install {install} on it and "
        "start it again (its queued orders and notes are kept and sent then)",
        {
            "app_version": said.app_version,
            "protocol": said.protocol,
            "min_protocol": least,
            "wanted_app_version": wanted or None,
        },
    )


def heard_at(device: Mapping[str, Any]) -> datetime | None:
    """When HQ last heard from a terminal: its last noted use or report."""
    stamps = [device.get(k) for k in ("last_used_at", "versions_at")]
    return max((s for s in stamps if s is not None), default=None)


def online(device: Mapping[str, Any], now: datetime) -> bool:
    """Heard from within ONLINE_WITHIN, and not revoked (HQ refuses a revoked one)."""
    heard = heard_at(device)
    return device.get("revoked_at") is None and heard is not None and now - heard <= ONLINE_WITHIN


def with_versions(devices: list[dict], wanted: str, now: datetime) -> list[dict]:
    """The terminals as GET /v1/devices lists them: each with `behind`, `heard_at` and
    `online`."""
    return [
        d
        | {
            "behind": behind(d.get("app_version"), wanted),
            "heard_at": heard_at(d),
            "online": online(d, now),
        }
        for d in devices
    ]
