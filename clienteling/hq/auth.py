"""Who is calling: terminals (devices), associates (sessions) and back-office tokens.

Every endpoint asks `Principal` for what it needs; roles and store scope are
enforced here, server-side, whatever the terminal shows.
"""

from __future__ import annotations

import secrets as _secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, bindparam, case, insert, literal, or_, select, update

from clienteling.domain.enums import Role
from clienteling.protocol.errors import ErrorCode

from . import pins
from . import tables as t
from .db import Database
from .errors import ApiError, forbidden
from .secrets import (
    canonical_code,
    check_pin_format,
    digest,
    new_enrollment_code,
    new_token,
)
from .settings import HQSettings
from .statements import Prepared

INTEGRATION = "integration"
DEVICE = "device"


@dataclass(frozen=True)
class Principal:
    kind: str  # "device", "session" or "token"
    role: str  # "device", an associate role, or "integration"/"manager" for tokens
    store_id: str | None  # None: chain-wide (integration tokens)
    actor_id: str  # device id, employee id or token id: what the audit log records
    device_id: str | None = None
    associate_id: str | None = None
    last_used_at: datetime | None = None  # devices and tokens: when HQ last noted a use
    # The row the credential was found in: a terminal's stored versions, `resolve`'s `also`.
    row: Any = field(default=None, compare=False, repr=False)

    @property
    def chain_wide(self) -> bool:
        return self.store_id is None

    def require(self, *roles: str, what: str) -> Principal:
        """Allow only the given roles; 403 naming what was refused and why."""
        if self.role not in roles:
            raise forbidden(f"{what} is not allowed for {self._who()}")
        return self

    def require_associate(self, *roles: str, what: str) -> Principal:
        """Only an associate signed in at a terminal, in one of the given roles."""
        if self.kind not in ("session", GRANTED):
            raise forbidden(f"{what} needs an associate signed in at a terminal")
        return self.require(*roles, what=what)

    def require_store(self, store_id: str | None, what: str) -> Principal:
        """Store-scoped callers may act only on their own store."""
        if self.store_id is not None and store_id != self.store_id:
            raise forbidden(f"{what}: this terminal works for store {self.store_id} only")
        return self

    def _who(self) -> str:
        if self.kind == DEVICE:
            return "a terminal without a signed-in associate"
        if self.kind in ("session", GRANTED):
            return f"the {self.role} role"
        return f"a {self.role} token"


def _unauthenticated(
    message: str, code: ErrorCode = ErrorCode.UNAUTHENTICATED, details: Any = None
) -> ApiError:
    return ApiError(401, code, message, details, headers={"WWW-Authenticate": "Bearer"})


def _ended(reason: str) -> ApiError:
    """A session ended at HQ (session_revoked), saying why in its details (`ended`: one of
    pin_changed, disabled, device_revoked), so a terminal can tell its associate which."""
    return _unauthenticated(_ENDED[reason], ErrorCode.SESSION_REVOKED, {"ended": reason})


# Why a session ended before it expired (sessions.end_reason).
END_SIGNED_OUT = "signed_out"
END_PIN_CHANGED = "pin_changed"
END_DISABLED = "disabled"
END_DEVICE_REVOKED = "device_revoked"

_ENDED = {  # what a session ended at HQ answers (session_revoked), by why it ended
    END_PIN_CHANGED: "the PIN was changed at HQ; sign in again with the new PIN",
    END_DISABLED: "this employee id was disabled at HQ; ask the store manager",
    END_DEVICE_REVOKED: "this terminal was revoked at HQ; it must be enrolled again",
}


_HASH = bindparam("token_hash")
_BUILT: dict[tuple[str, tuple], Prepared] = {}  # resolve's statements, by prefix and `also`


def _lookup(prefix: str, also: tuple) -> Prepared:
    """The statement that reads a credential of kind `prefix` and the columns `also`, built
    and compiled once per database (`statements.Prepared`): a new select per request, and
    then SQLAlchemy's cache key of the built one on every request, cost more CPU than
    the database's own work."""
    key = (prefix, also)
    built = _BUILT.get(key)
    if built is not None:
        return built
    if prefix == "ses":
        built = (
            select(
                t.sessions,
                t.associates.c.role,
                t.associates.c.active,
                t.devices.c.revoked_at.label("device_revoked_at"),
                *(c for c in t.devices.c if c.name not in t.sessions.c),
                *also,
            )
            .join(t.associates, t.associates.c.associate_id == t.sessions.c.associate_id)
            .join(t.devices, t.devices.c.device_id == t.sessions.c.device_id)
            .where(t.sessions.c.token_hash == _HASH)
        )
    elif prefix == "dev":
        built = select(t.devices, *also).where(t.devices.c.token_hash == _HASH)
    else:
        built = select(t.api_tokens, *also).where(t.api_tokens.c.token_hash == _HASH)
    built = Prepared(lambda _dialect, statement=built: statement)
    if len(_BUILT) > 64:  # callers pass a few fixed tuples; never grow without bound
        _BUILT.clear()
    _BUILT[key] = built
    return built


def resolve(conn: Connection, token: str | None, now: datetime, also: tuple = ()) -> Principal:
    """The principal a bearer token stands for, or 401, in one statement: its `row` has a
    terminal's `devices` columns and the columns in `also` (what every request needs).

    Nothing is cached: a revocation committed before a request starts refuses it.
    """
    if not token:
        raise _unauthenticated("sign in first: the request had no credentials")
    prefix = token.split("_", 1)[0]
    if prefix not in ("ses", "dev", "api"):
        raise _unauthenticated("the credentials are not recognised")
    row = _lookup(prefix, also).first(conn, {"token_hash": digest(token)})
    if prefix == "ses":
        if row is None:
            raise _unauthenticated("the session has ended; sign in again")
        if row.device_revoked_at is not None:
            raise _ended(END_DEVICE_REVOKED)
        if not row.active:
            raise _ended(END_DISABLED)
        if row.revoked_at is not None:
            if row.end_reason in _ENDED:
                raise _ended(row.end_reason)
            raise _unauthenticated("the session has ended; sign in again")
        if row.expires_at <= now:
            raise _unauthenticated("the session expired; sign in again", ErrorCode.SESSION_EXPIRED)
        return Principal(
            "session",
            row.role,
            row.store_id,
            row.associate_id,
            device_id=row.device_id,
            associate_id=row.associate_id,
            row=row,
        )
    if prefix == "dev":
        if row is None:
            raise _unauthenticated("this terminal is not enrolled with this HQ; enroll it")
        if row.revoked_at is not None:
            raise _unauthenticated(
                "this terminal was revoked at HQ; enroll it again with a new code",
                ErrorCode.DEVICE_REVOKED,
            )
        return Principal(
            DEVICE,
            DEVICE,
            row.store_id,
            row.device_id,
            device_id=row.device_id,
            last_used_at=row.last_used_at,
            row=row,
        )
    if row is None:
        raise _unauthenticated("the API token is not valid")
    if row.revoked_at is not None:
        raise _unauthenticated("the API token was revoked; ask for a new one")
    return Principal(
        "token", row.role, row.store_id, row.token_id, last_used_at=row.last_used_at, row=row
    )


GRANTED = "grant"  # Principal.kind of a terminal sending an associate's queued write


def resolve_grant(conn: Connection, device: Principal, grant: str, now: datetime) -> Principal:
    """The associate a write grant speaks for, when the terminal that presents it (`device`,
    already resolved from its own credential) is the one it was issued to; else 401.

    A grant lets a terminal send what the associate wrote there, as theirs, with nobody
    signed in: it is accepted by the routes that take queued writes, nowhere else.
    """
    if device.kind != DEVICE:
        raise _unauthenticated("a write grant goes with the terminal's own credential")
    row = conn.execute(
        select(t.write_grants, t.associates.c.role, t.associates.c.active)
        .join(t.associates, t.associates.c.associate_id == t.write_grants.c.associate_id)
        .where(t.write_grants.c.token_hash == digest(grant))
    ).first()
    if row is None or row.device_id != device.device_id:
        raise _unauthenticated(
            "this write grant is not this terminal's; the write is set aside", ErrorCode.GRANT_ENDED
        )
    if not row.active:
        raise _unauthenticated(
            f"{row.associate_id} was disabled at HQ, so what they wrote offline is not sent",
            ErrorCode.GRANT_ENDED,
        )
    if row.revoked_at is not None:
        why = _ENDED.get(row.end_reason or "", "it was ended at HQ")
        raise _unauthenticated(
            f"{row.associate_id}'s authority to send offline writes ended ({why})",
            ErrorCode.GRANT_ENDED,
        )
    if row.expires_at <= now:
        raise _unauthenticated(
            f"{row.associate_id}'s authority to send offline writes from this terminal expired "
            f"at {row.expires_at:%Y-%m-%d %H:%M} UTC; they must sign in here while HQ answers "
            "and enter it again",
            ErrorCode.GRANT_ENDED,
        )
    return Principal(
        GRANTED,
        row.role,
        row.store_id,
        row.associate_id,
        device_id=row.device_id,
        associate_id=row.associate_id,
    )


def _require_store(conn: Connection, store_id: str) -> None:
    found = conn.execute(select(t.stores.c.store_id).where(t.stores.c.store_id == store_id))
    if found.first() is None:
        raise ValueError(f"store {store_id!r} does not exist; import or seed stores first")


# --- enrollment -------------------------------------------------------------


def create_enrollment_code(db: Database, store_id: str, hours: float, now: datetime) -> str:
    with db.write() as w:
        _require_store(w.conn, store_id)
        code = new_enrollment_code()
        w.conn.execute(
            insert(t.enrollment_codes).values(
                code_hash=digest(code),
                store_id=store_id,
                created_at=now,
                expires_at=now + timedelta(hours=hours),
            )
        )
    return code


def enroll(db: Database, code: str, terminal_name: str, now: datetime) -> dict:
    """Exchange a one-time code for a device credential scoped to the code's store."""
    h = digest(canonical_code(code))
    with db.write() as w:
        row = w.conn.execute(
            select(t.enrollment_codes).where(t.enrollment_codes.c.code_hash == h)
        ).first()
        if row is None:
            raise _unauthenticated(
                "this enrollment code is not known; check it or ask again", ErrorCode.CODE_UNKNOWN
            )
        if row.used_at is not None:
            raise _unauthenticated(
                "this enrollment code was already used; ask for a new one", ErrorCode.CODE_USED
            )
        if row.expires_at <= now:
            raise _unauthenticated(
                "this enrollment code has expired; ask for a new one", ErrorCode.CODE_EXPIRED
            )
        device_id = f"dev-{_secrets.token_hex(8)}"
        token = new_token("dev")
        w.conn.execute(
            insert(t.devices).values(
                device_id=device_id,
                store_id=row.store_id,
                name=terminal_name,
                token_hash=digest(token),
                created_at=now,
            )
        )
        w.conn.execute(
            update(t.enrollment_codes)
            .where(t.enrollment_codes.c.code_hash == h)
            .values(used_at=now, device_id=device_id)
        )
        store_name = w.conn.execute(
            select(t.stores.c.name).where(t.stores.c.store_id == row.store_id)
        ).scalar_one()
        audit(w.conn, now, "device", device_id, "enroll", "store", row.store_id)
    return {
        "device_id": device_id,
        "device_token": token,
        "store_id": row.store_id,
        "store_name": store_name,
    }


# --- associates -------------------------------------------------------------


# One answer for a wrong PIN, an unknown or disabled employee id and another store's associate.
WRONG_CREDENTIALS = (
    "the employee id or PIN is wrong (associates sign in at the terminals of their own store)"
)


@dataclass(frozen=True)
class _Attempt:
    """What one sign-in attempt may do, decided before any PIN is looked at."""

    pin_hash: str | None = None  # the PIN to check; None: nobody this terminal may sign in
    number: int = 0  # this attempt's place in the associate's window
    locked_until: datetime | None = None  # set: refused, the associate is locked out
    refusal: str = ""  # why nobody: "unknown", "disabled" or "other_store" (the audit log only)


def sign_in(
    db: Database, device: Principal, employee_id: str, pin: str, settings: HQSettings, now: datetime
) -> dict:
    """Check an associate's PIN on a terminal of their home store; lock out after repeated failures.

    Each attempt first claims its place in the associate's window of
    `settings.pin_attempts` in one conditional UPDATE (atomic per associate on
    every database), so however many arrive at once, no more PINs are checked
    per window than the limit. A terminal of another store, an unknown or a
    disabled employee id claim nothing: they get the answer of a wrong PIN,
    after a PIN check of the same cost, and never count towards a lock-out.
    """
    attempt = _claim_attempt(db, device, employee_id, settings, now)
    if attempt.locked_until is not None:
        _record(db, now, device, "sign_in_refused", employee_id, {"reason": "locked"})
        raise ApiError(
            423,
            ErrorCode.LOCKED_OUT,
            "too many wrong PINs: try again after "
            f"{attempt.locked_until:%H:%M} UTC or ask a manager to reset the PIN",
            details={"locked_until": attempt.locked_until.isoformat()},
        )
    # Slow on purpose, and outside any transaction; the same cost when there is no PIN.
    right, stale = check_pin(db, pin, attempt.pin_hash or dummy_hash(db))
    if right and attempt.pin_hash is not None:
        # An older hash (unpeppered, older pepper, lower cost) is made again, now.
        new = pins.hash_pin(db, pin) if stale else attempt.pin_hash
        answer = _open_session(db, device, employee_id, (attempt.pin_hash, new), settings, now)
        if answer is not None:
            return answer
        _record(db, now, device, "sign_in_refused", employee_id, {"reason": "changed"})
    elif attempt.pin_hash is not None:
        locked = attempt.number >= settings.pin_attempts
        detail = {"attempt": attempt.number, "locked": locked}
        _record(db, now, device, "sign_in_failed", employee_id, detail)
    else:
        _record(db, now, device, "sign_in_refused", employee_id, {"reason": attempt.refusal})
    raise _unauthenticated(WRONG_CREDENTIALS, ErrorCode.WRONG_CREDENTIALS)


def _claim_attempt(
    db: Database, device: Principal, employee_id: str, settings: HQSettings, now: datetime
) -> _Attempt:
    a = t.associates.c
    ours = (a.associate_id == employee_id, a.active.is_(True), a.home_store == device.store_id)
    # A lock that has run out starts a new window; the attempt that fills the window
    # locks at once, so none gets past while it is being checked. A right PIN lifts it.
    number = case((a.locked_until.is_not(None), 1), else_=a.failed_attempts + 1)
    until = literal(now + timedelta(minutes=settings.lockout_minutes), a.locked_until.type)
    with db.write_unsequenced() as conn:
        claimed = conn.execute(
            update(t.associates)
            .where(*ours, or_(a.locked_until.is_(None), a.locked_until <= now))
            .values(
                failed_attempts=number,
                locked_until=case((number >= settings.pin_attempts, until), else_=None),
            )
            .returning(a.failed_attempts, a.pin_hash)
        ).first()
        if claimed is not None:
            return _Attempt(claimed.pin_hash, claimed.failed_attempts)
        row = conn.execute(
            select(a.active, a.home_store, a.locked_until).where(a.associate_id == employee_id)
        ).first()
    if row is None:
        return _Attempt(refusal="unknown")
    if not row.active:
        return _Attempt(refusal="disabled")
    if row.home_store != device.store_id:
        return _Attempt(refusal="other_store")
    return _Attempt(locked_until=row.locked_until)


def _open_session(
    db: Database,
    device: Principal,
    employee_id: str,
    hashes: tuple[str, str],  # the hash the PIN was checked against, and the one to keep
    settings: HQSettings,
    now: datetime,
) -> dict | None:
    """Clear the window and open a session; None when the associate changed meanwhile
    (PIN changed, disabled or moved to another store): the PIN checked is no longer theirs."""
    a = t.associates.c
    with db.write_unsequenced() as conn:
        row = conn.execute(
            update(t.associates)
            .where(
                a.associate_id == employee_id,
                a.active.is_(True),
                a.home_store == device.store_id,
                a.pin_hash == hashes[0],
            )
            .values(failed_attempts=0, locked_until=None, pin_hash=hashes[1])
            .returning(a.associate_id, a.name, a.role, a.home_store)
        ).first()
        if row is None:
            return None
        token = new_token("ses")
        expires = now + timedelta(hours=settings.session_hours)
        conn.execute(
            insert(t.sessions).values(
                token_hash=digest(token),
                associate_id=employee_id,
                device_id=device.device_id,
                store_id=device.store_id,
                created_at=now,
                expires_at=expires,
            )
        )
        grant = new_token("wgr")
        grant_expires = now + timedelta(hours=settings.write_grant_hours)
        conn.execute(
            insert(t.write_grants).values(
                token_hash=digest(grant),
                associate_id=employee_id,
                device_id=device.device_id,
                store_id=device.store_id,
                created_at=now,
                expires_at=grant_expires,
            )
        )
        audit(conn, now, "device", device.actor_id, "sign_in", "associate", employee_id)
    return {
        "session_token": token,
        "expires_at": expires,
        "write_grant": {"token": grant, "expires_at": grant_expires},
        "associate": {
            "associate_id": row.associate_id,
            "name": row.name,
            "role": row.role,
            "home_store": row.home_store,
        },
    }


def _record(
    db: Database, now: datetime, device: Principal, action: str, employee_id: str, detail: dict
) -> None:
    with db.write_unsequenced() as conn:
        audit(conn, now, "device", device.actor_id, action, "associate", employee_id, detail)


check_pin, dummy_hash = pins.check, pins.dummy_hash


def sign_out(db: Database, token: str, now: datetime) -> None:
    with db.write() as w:
        w.conn.execute(
            update(t.sessions)
            .where(
                and_(t.sessions.c.token_hash == digest(token), t.sessions.c.revoked_at.is_(None))
            )
            .values(revoked_at=now, end_reason=END_SIGNED_OUT)
        )


def add_associate(
    db: Database, employee_id: str, name: str, role: str, store_id: str, pin: str
) -> None:
    reason = check_pin_format(pin)
    if reason:
        raise ValueError(reason)
    role = Role(role).value
    with db.write() as w:
        _require_store(w.conn, store_id)
        exists = w.conn.execute(
            select(t.associates.c.associate_id).where(t.associates.c.associate_id == employee_id)
        ).first()
        if exists:
            raise ValueError(f"employee id {employee_id!r} already exists; use set-pin or disable")
        w.insert(
            t.associates,
            [
                {
                    "associate_id": employee_id,
                    "name": name,
                    "role": role,
                    "home_store": store_id,
                    "active": True,
                    "pin_hash": pins.hash_pin(db, pin),
                    "failed_attempts": 0,
                }
            ],
        )


def set_pin(db: Database, employee_id: str, pin: str, now: datetime | None = None) -> int:
    """Give the associate a new PIN, clear their lock-out and end their sessions everywhere
    (in the same transaction); returns how many sessions were ended."""
    reason = check_pin_format(pin)
    if reason:
        raise ValueError(reason)
    return _update_associate(
        db,
        employee_id,
        now or datetime.now(UTC),
        END_PIN_CHANGED,
        pin_hash=pins.hash_pin(db, pin),
        failed_attempts=0,
        locked_until=None,
    )


def disable_associate(db: Database, employee_id: str, now: datetime) -> int:
    """Disable the associate and end their sessions everywhere; returns how many ended."""
    return _update_associate(db, employee_id, now, END_DISABLED, active=False)


def _update_associate(
    db: Database, employee_id: str, now: datetime, end_sessions: str, **values
) -> int:
    with db.write() as w:
        done = w.conn.execute(
            update(t.associates)
            .where(t.associates.c.associate_id == employee_id)
            .values(**values, seq=w.next_seq())
        ).rowcount
        if not done:
            raise ValueError(f"no associate with employee id {employee_id!r}")
        return end_sessions_of(w.conn, now, end_sessions, associate_id=employee_id)


def end_sessions_of(
    conn: Connection, now: datetime, reason: str, *, associate_id: str = "", device_id: str = ""
) -> int:
    """End the open sessions and write grants of an associate or of a terminal; their next
    request is refused (session_revoked, grant_ended). Returns the sessions ended."""
    ended = 0
    for table in (t.write_grants, t.sessions):
        whose = table.c.associate_id == associate_id if associate_id else None
        if device_id:
            whose = table.c.device_id == device_id
        ended = conn.execute(
            update(table)
            .where(whose, table.c.revoked_at.is_(None))
            .values(revoked_at=now, end_reason=reason)
        ).rowcount
    return ended


def create_api_token(
    db: Database, name: str, role: str, store_id: str | None, now: datetime
) -> str:
    if role not in (INTEGRATION, Role.MANAGER):
        raise ValueError("role must be integration or manager")
    if role == Role.MANAGER and not store_id:
        raise ValueError("a manager token needs --store")
    if role == INTEGRATION and store_id:
        raise ValueError("integration tokens are chain-wide; leave out --store")
    token = new_token("api")
    with db.write() as w:
        w.conn.execute(
            insert(t.api_tokens).values(
                token_id=f"tok-{_secrets.token_hex(6)}",
                token_hash=digest(token),
                name=name,
                role=str(role),
                store_id=store_id,
                created_at=now,
            )
        )
    return token


def audit(
    conn: Connection,
    now: datetime,
    actor_kind: str,
    actor_id: str,
    action: str,
    subject_kind: str,
    subject_id: str,
    detail: dict | None = None,
) -> None:
    """Record who did what to which record: ids only, never personal data."""
    conn.execute(
        insert(t.audit_log).values(
            at=now,
            actor_kind=actor_kind,
            actor_id=actor_id,
            action=action,
            subject_kind=subject_kind,
            subject_id=subject_id,
            detail=detail or {},
        )
    )
