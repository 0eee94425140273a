"""The chain's scan settings at HQ, and the keys of signed shopper codes.

    show(conn)                      what `clienteling-hq scan-settings` prints: no key values
    for_terminal(conn)              what a terminal receives (ScanSettings), keys included
    set_settings(db, changes, now)  set some or all settings, checked like the terminal checks them
    add_key(db, now, key=None)      a new signing key (generated unless given); older keys verify
    remove_key(db, key_id, now)     retire a key once no shopper app signs with it

The settings are checked by clienteling.domain.scan_settings, the rules the
terminal's ScanConfig applies, so HQ never hands out a setting a terminal
would refuse. Every change raises `revision` by one and is audited by name
and key id only. Key values leave HQ only in a terminal's answer (and in the
file `add-key --write-key` makes for the shopper app's signing service).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from clienteling.domain.errors import InvalidField
from clienteling.domain.scan_settings import MIN_KEY_BYTES, SETTINGS, check_settings

from . import settings_feed
from . import tables as t
from .auth import audit
from .db import Database, Writer
from .secrets import key_from_text, key_id, key_text, new_shopper_code_key

MAX_KEY_BYTES = 64
MAX_KEYS = 8  # every key is tried on every signed code: keep rotation short
# The demo chain's cards: seed.people.loyalty_id ("LY", ten digits, Luhn), the scanner's
# DEMO_LOYALTY (HQ may not import the scanner; a test checks they agree).
DEMO_SETTINGS = {
    "loyalty_formats": [{"prefix": "LY", "length": 13, "check": "mod10"}],
    "signup_url": "https://join.clienteling-demo.example/signup",
}
_ACTOR = ("admin", "clienteling-hq")


def _row(conn: Connection):
    return conn.execute(select(t.scan_settings).where(t.scan_settings.c.id == 1)).first()


def _keys(conn: Connection) -> list[Any]:
    """Stored keys, the signing (newest) one first."""
    return conn.execute(
        select(t.shopper_code_keys).order_by(t.shopper_code_keys.c.position.desc())
    ).all()


def _settings_of(row) -> dict[str, Any]:
    if row is None:
        return check_settings({})
    return {
        "loyalty_formats": list(row.loyalty_formats or []),
        "product_url_prefixes": list(row.product_url_prefixes or []),
        "tracking_url_prefix": row.tracking_url_prefix,
        "signup_url": row.signup_url,
    }


def show(conn: Connection) -> dict[str, Any]:
    """The settings and the ids of the keys (signing first); never a key's value."""
    row = _row(conn)
    return {
        "configured": row is not None,
        "revision": row.revision if row else 0,
        "updated_at": row.updated_at.isoformat() if row else None,
        **_settings_of(row),
        "shopper_code_keys": [k.key_id for k in _keys(conn)],
    }


def for_terminal(conn: Connection) -> dict[str, Any]:
    """The settings as a terminal receives them (protocol.scan_settings.ScanSettings)."""
    row = _row(conn)
    return {
        "configured": row is not None,
        "revision": row.revision if row else 0,
        "updated_at": row.updated_at if row else None,
        **_settings_of(row),
        "shopper_code_keys": [{"key_id": k.key_id, "key": k.secret} for k in _keys(conn)],
    }


def _bump(w: Writer, now: datetime, values: dict[str, Any] | None = None) -> int:
    """Raise the revision (making the row the first time), with new setting values if given;
    terminals learn of it from GET /v1/changes (hq/settings_feed.py)."""
    conn = w.conn
    settings_feed.touch(w, settings_feed.SCAN)
    row = _row(conn)
    if row is None:
        revision = 1
        conn.execute(
            insert(t.scan_settings).values(
                id=1, revision=revision, updated_at=now, **(values or check_settings({}))
            )
        )
    else:
        revision = row.revision + 1
        conn.execute(
            update(t.scan_settings)
            .where(t.scan_settings.c.id == 1)
            .values(revision=revision, updated_at=now, **(values or {}))
        )
    return revision


def set_settings(
    db: Database, changes: dict[str, Any], now: datetime, *, replace: bool = False
) -> dict[str, Any]:
    """Set the settings named in `changes` (all of them, the rest emptied, with `replace`).

    Raises InvalidField (a ValueError) naming the setting; nothing is stored then.
    Returns what `show` shows afterwards.
    """
    with db.write() as w:
        current = {} if replace else _settings_of(_row(w.conn))
        settings = check_settings({**current, **changes})
        revision = _bump(w, now, settings)
        audit(
            w.conn,
            now,
            *_ACTOR,
            "scan_settings_set",
            "scan_settings",
            "chain",
            {"revision": revision, "changed": sorted(changes) if not replace else list(SETTINGS)},
        )
    with db.read() as conn:
        return show(conn)


def add_key(db: Database, now: datetime, key: bytes | None = None) -> str:
    """Store a new shopper code key, which signs from now on; returns its id.

    Older keys still verify, so codes the shopper app signed before keep working
    until they expire; remove them later with `remove_key`.
    """
    key = new_shopper_code_key() if key is None else key
    if not isinstance(key, bytes) or not MIN_KEY_BYTES <= len(key) <= MAX_KEY_BYTES:
        raise InvalidField(
            "shopper code key", f"a key has {MIN_KEY_BYTES} to {MAX_KEY_BYTES} bytes"
        )
    name = key_id(key)
    with db.write() as w:
        stored = _keys(w.conn)
        if any(k.key_id == name for k in stored):
            raise ValueError(f"key {name} is already stored")
        if len(stored) >= MAX_KEYS:
            raise ValueError(
                f"{len(stored)} keys are stored already; remove one no app signs with any more"
            )
        position = w.conn.execute(
            select(func.coalesce(func.max(t.shopper_code_keys.c.position), 0))
        ).scalar_one()
        w.conn.execute(
            insert(t.shopper_code_keys).values(
                key_id=name, secret=key_text(key), position=position + 1, created_at=now
            )
        )
        revision = _bump(w, now)
        audit(
            w.conn,
            now,
            *_ACTOR,
            "shopper_key_added",
            "shopper_code_key",
            name,
            {"revision": revision},
        )
    return name


def remove_key(db: Database, name: str, now: datetime) -> int:
    """Delete a key; codes signed with it are refused from the next sync on. Keys left."""
    with db.write() as w:
        done = w.conn.execute(
            delete(t.shopper_code_keys).where(t.shopper_code_keys.c.key_id == name)
        ).rowcount
        if not done:
            raise ValueError(f"no shopper code key {name!r}; `scan-settings show` lists them")
        revision = _bump(w, now)
        audit(
            w.conn,
            now,
            *_ACTOR,
            "shopper_key_removed",
            "shopper_code_key",
            name,
            {"revision": revision},
        )
        return len(_keys(w.conn))


def read_key_file(path: str) -> bytes:
    """A key given to HQ in a file (base64url text), e.g. one the shopper app's team made."""
    try:
        with open(path, encoding="ascii") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not a text file"
        raise ValueError(f"cannot read the key file {path}: {reason}") from None
    return key_from_text(text)


def ensure_demo(db: Database, now: datetime) -> bool:
    """The demo chain's settings and one generated key, unless settings exist; True if set."""
    with db.read() as conn:
        if _row(conn) is not None:
            return False
    set_settings(db, DEMO_SETTINGS, now)
    add_key(db, now)
    return True
