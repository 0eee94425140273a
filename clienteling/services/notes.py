"""Notes about a shopper's visit: saved in the outbox first, sent to HQ when it can be reached."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlcipher3
from pydantic import ValidationError

from clienteling.cache import outbox
from clienteling.cache.store import Cache
from clienteling.protocol.writes import NOTE_REASONS, NoteIn
from clienteling.sync.engine import SyncEngine

from .sending import queue_and_send

__all__ = ["NOTE_REASONS", "NoteSaved", "add_note", "waiting_notes"]


@dataclass(frozen=True)
class NoteSaved:
    note_id: str
    sent: bool  # False: saved on this terminal, sent when HQ can be reached


def add_note(
    cache: Cache,
    shopper_id: str,
    reason: str,
    text: str,
    engine: SyncEngine | None = None,
) -> NoteSaved:
    """Queue the note durably; with an online engine, deliver it and fetch it back.

    ValueError (in plain words) when the note cannot be saved as typed.
    """
    note_id = str(uuid.uuid4())
    try:
        body = NoteIn(note_id=note_id, shopper_id=shopper_id, reason=reason, text=text).model_dump(
            mode="json"
        )
    except ValidationError as exc:
        fields = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
        if "text" in fields:
            raise ValueError("write the note (at most 2000 characters)") from None
        if "reason" in fields:
            raise ValueError(f"choose a reason: {', '.join(NOTE_REASONS)}") from None
        raise ValueError(str(exc)) from None
    saved = queue_and_send(
        cache,
        engine,
        id=note_id,
        kind="note",
        shopper_id=shopper_id,
        method="POST",
        path="/notes",
        body=body,
        collection="notes",
    )
    return NoteSaved(note_id, saved.sent)


def waiting_notes(conn: sqlcipher3.Connection, shopper_id: str, store_id: str) -> list[dict]:
    """Notes saved on this terminal that HQ has not confirmed yet, newest first."""
    rows = conn.execute(
        "SELECT id, created_at, state, last_error, body FROM outbox "
        "WHERE kind = 'note' AND shopper_id = ? AND state != 'delivered' ORDER BY n DESC",
        (shopper_id,),
    ).fetchall()
    out = []
    for note_id, created, state, error, raw in rows:
        body = json.loads(raw)
        out.append(
            {
                "note_id": note_id,
                "shopper_id": shopper_id,
                "store_id": store_id,
                "associate_id": None,  # this terminal's associate; HQ records who
                "reason": body.get("reason", ""),
                "text": body.get("text", ""),
                "created_at": created or datetime.now(UTC).isoformat(),
                "waiting": state == outbox.PENDING,
                "refused": error if state == outbox.PARKED else None,
            }
        )
    return out
