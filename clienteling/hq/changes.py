"""Profile edits merged per field: two terminals editing one shopper both keep their work.

A change is applied when it was captured after the field's current value (each
field keeps the capture time, author and version of its value in
`shoppers.field_edits`); an older change is kept as history only. Either way the
value a change replaced, or the value that lost, stays in the shopper's recent
history, which travels to terminals with the shopper row, and every change is
recorded in `profile_changes`. Consent: a withdrawal wins a tie, and a grant
with no capture time (an old terminal's PUT) never replaces a recorded
withdrawal. Rules per field: docs/offline.md, "Edits on two terminals".
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from clienteling.protocol import changes as pc
from clienteling.protocol import writes as p

from . import access
from . import tables as t
from .auth import Principal
from .db import Database, Writer
from .errors import no_shopper
from .idempotency import once

WRITERS = ("associate", "manager")
HISTORY = 40  # the newest history entries a shopper row carries to terminals


@dataclass(frozen=True)
class Incoming:
    field: str
    value: Any
    captured_at: datetime
    base_version: int
    legacy: bool = False  # from an old terminal's whole-object PUT: no capture time


def _iso(moment: datetime) -> str:
    return moment.isoformat()


class _Shopper:
    """One shopper row's editable fields, read once and written back in one update."""

    def __init__(self, row: Any) -> None:
        self.prefs = copy.deepcopy(row.preferences or {})
        self.cols: dict[str, Any] = {}
        self.row = row
        self.edits = copy.deepcopy(row.field_edits or {})
        self.edits.setdefault("fields", {})
        self.edits.setdefault("history", [])

    def get(self, field: str) -> Any:
        if field.startswith(pc.SIZES):
            return (self.prefs.get("sizes") or {}).get(field[len(pc.SIZES) :])
        if field == "fit":
            return self.prefs.get("fit") or ""
        if field in pc.LISTS:
            return list(self.prefs.get(field) or [])
        column = pc.CONSENT.get(field, field)
        return self.cols[column] if column in self.cols else getattr(self.row, column)

    def set(self, field: str, value: Any) -> None:
        if field.startswith(pc.SIZES):
            sizes = dict(self.prefs.get("sizes") or {})
            category = field[len(pc.SIZES) :]
            if value is None:
                sizes.pop(category, None)
            else:
                sizes[category] = value
            self.prefs["sizes"] = sizes
        elif field == "fit" or field in pc.LISTS:
            self.prefs[field] = value
        elif field in pc.CONSENT:
            self.cols[pc.CONSENT[field]] = value
        else:
            self.cols[field] = value
            if field == "emails":
                self.cols["primary_email"] = value[0].lower() if value else None
            elif field == "phones":
                self.cols["primary_phone"] = value[0] if value else None

    def values(self) -> dict[str, Any]:
        self.edits["history"] = self.edits["history"][-HISTORY:]
        return {**self.cols, "preferences": self.prefs, "field_edits": self.edits}


def _wins(change: Incoming, captured: datetime, stamp: dict | None, current: Any) -> bool:
    """Whether the change replaces the field's current value."""
    if stamp is None:
        return True  # the value came from an import or the seed, not from an edit
    held = datetime.fromisoformat(stamp["at"])
    if change.field in pc.CONSENT:
        if change.legacy and change.value is True and current is False:
            return False  # a grant of unknown age never undoes a recorded withdrawal
        if captured == held:
            return change.value is False  # a tie: the withdrawal wins
    return captured > held


def apply_changes(
    w: Writer, who: Principal, shopper_id: str, incoming: list[Incoming], now: datetime
) -> dict[str, Any]:
    """Merge the changes into the shopper; the fields applied and those kept as history."""
    access.hold_shopper(w.conn, shopper_id)  # not erased until this commits
    row = w.conn.execute(
        # FOR NO KEY UPDATE: edits of one shopper take turns; notes and orders do not wait.
        select(t.shoppers)
        .where(t.shoppers.c.shopper_id == shopper_id)
        .with_for_update(key_share=True)
    ).first()
    if row is None:
        raise no_shopper(w.conn, shopper_id)
    access.note(w.conn, who, {shopper_id: row.home_store}, "profile_change", now)
    name = w.conn.execute(
        select(t.associates.c.name).where(t.associates.c.associate_id == who.actor_id)
    ).scalar_one_or_none()
    shopper = _Shopper(row)
    fields, history = shopper.edits["fields"], shopper.edits["history"]
    applied, kept, log = [], [], []
    # A clock ahead of HQ's must not win every later edit: no capture is after its arrival.
    for change in sorted(incoming, key=lambda c: min(c.captured_at, now)):
        captured = min(change.captured_at, now)
        stamp, current = fields.get(change.field), shopper.get(change.field)
        wins = _wins(change, captured, stamp, current)
        version = (stamp or {}).get("v", 0)
        entry = {
            "field": change.field,
            "at": _iso(captured),
            "by": who.actor_id,
            "by_name": name or who.actor_id,
            "applied": wins,
        }
        if wins:
            version += 1
            fields[change.field] = {"at": _iso(captured), "by": who.actor_id, "v": version}
            shopper.set(change.field, change.value)
            applied.append(change.field)
            if current != change.value:
                history.append({**entry, "value": change.value, "was": current, "v": version})
        else:
            kept.append(change.field)
            if current != change.value:
                history.append({**entry, "value": change.value, "was": None, "v": version})
        log.append(
            {
                "shopper_id": shopper_id,
                "field": change.field,
                "value": change.value,
                "previous": current if wins else None,
                "captured_at": captured,
                "received_at": now,
                "associate_id": who.actor_id,
                "device_id": who.device_id,
                "base_version": change.base_version,
                "applied": wins,
                "superseded": False,
            }
        )
    pc_ = t.profile_changes.c
    if not log:
        return {"id": shopper_id, "applied": [], "kept_as_history": [], "versions": {},
                "preferences": shopper.prefs}  # fmt: skip
    if applied:
        w.conn.execute(
            update(t.profile_changes)
            .where(pc_.shopper_id == shopper_id, pc_.field.in_(applied), pc_.applied.is_(True))
            .values(superseded=True)
        )
    w.conn.execute(t.profile_changes.insert(), log)
    w.conn.execute(
        update(t.shoppers)
        .where(t.shoppers.c.shopper_id == shopper_id)
        .values(**shopper.values(), seq=w.next_seq())
    )
    return {
        "id": shopper_id,
        "applied": applied,
        "kept_as_history": kept,
        "versions": {c.field: fields.get(c.field, {}).get("v", 0) for c in incoming},
        "preferences": shopper.prefs,
    }


def _once(
    db: Database, who: Principal, kind: str, key: str, body: Any, apply, now: datetime, shopper_id
):
    """Once per change id; the stored answer is about the shopper (erasure redacts it)."""
    what = "changing a shopper's profile"
    return once(
        db, who, kind, key, body, apply, now, roles=WRITERS, what=what, shopper_id=shopper_id
    )


def record_changes(
    db: Database, who: Principal, shopper_id: str, body: pc.ChangesIn, now: datetime
) -> tuple[int, Any]:
    """POST /shoppers/{id}/changes: the field changes one terminal captured, once per id."""
    incoming = [Incoming(c.field, c.value, c.captured_at, c.base_version) for c in body.changes]
    return _once(
        db, who, "changes", str(body.change_id), body,
        lambda w: apply_changes(w, who, shopper_id, incoming, now), now, shopper_id,
    )  # fmt: skip


def _differing(w: Writer, shopper_id: str, wanted: dict[str, Any], now: datetime) -> list[Incoming]:
    """An old terminal's whole object as changes of the fields that differ from HQ's."""
    row = w.conn.execute(select(t.shoppers).where(t.shoppers.c.shopper_id == shopper_id)).first()
    if row is None:
        raise no_shopper(w.conn, shopper_id)
    shopper = _Shopper(row)
    versions = shopper.edits["fields"]
    return [
        Incoming(f, v, now, versions.get(f, {}).get("v", 0), legacy=True)
        for f, v in wanted.items()
        if shopper.get(f) != v
    ]


def set_preferences(
    db: Database, who: Principal, shopper_id: str, prefs: p.PreferencesIn, now: datetime
):
    """PUT /shoppers/{id}/preferences (old terminals): each field that differs from HQ's
    becomes a change captured on arrival, so it replaces an older value and a newer one
    stays; what it replaces stays in the history."""

    def apply(w: Writer):
        row = w.conn.execute(
            select(t.shoppers.c.preferences).where(t.shoppers.c.shopper_id == shopper_id)
        ).first()
        old_sizes = ((row.preferences or {}).get("sizes") or {}) if row else {}
        wanted: dict[str, Any] = {"fit": prefs.fit}
        wanted |= {name: list(getattr(prefs, name)) for name in pc.LISTS}
        wanted |= {f"{pc.SIZES}{c}": prefs.sizes.get(c) for c in {*old_sizes, *prefs.sizes}}
        answer = apply_changes(w, who, shopper_id, _differing(w, shopper_id, wanted, now), now)
        return {"id": shopper_id, "preferences": answer["preferences"]}

    return _once(db, who, "preferences", str(prefs.change_id), prefs, apply, now, shopper_id)


def set_consent(db: Database, who: Principal, shopper_id: str, consent: p.ConsentIn, now: datetime):
    """PUT /shoppers/{id}/consent (old terminals and integrations): as field changes captured
    on arrival; a grant there never undoes a withdrawal recorded as a field change."""

    def apply(w: Writer):
        wanted = {
            "consent.marketing_email": consent.marketing_email,
            "consent.marketing_sms": consent.marketing_sms,
            "consent.profiling": consent.profiling,
        }
        apply_changes(w, who, shopper_id, _differing(w, shopper_id, wanted, now), now)
        return {"id": shopper_id}

    return _once(db, who, "consent", str(consent.change_id), consent, apply, now, shopper_id)
