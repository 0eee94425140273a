"""Every write an associate makes: queued durably in the outbox, then sent when it can be.

One path for notes, preference edits, wishlist items, follow-ups and ratings:
the entry is committed to the outbox first (so "saved" is true whatever
happens next); with an online engine it is delivered at once and the synced
row is fetched back, so the screen shows HQ's copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from clienteling.cache import outbox
from clienteling.cache.store import Cache
from clienteling.sync.engine import SyncEngine


@dataclass(frozen=True)
class Saved:
    """Where one write stands right after the associate made it."""

    id: str
    state: str  # "sent" (HQ has it), "waiting" (queued here) or "refused" (HQ said no)
    reason: str | None = None  # HQ's words when refused

    @property
    def sent(self) -> bool:
        return self.state == "sent"


def queue_and_send(
    cache: Cache,
    engine: SyncEngine | None,
    *,
    id: str,
    kind: str,
    shopper_id: str,
    method: str,
    path: str,
    body: dict[str, Any],
    collection: str | None,
) -> Saved:
    """Commit the write to the outbox; with `engine`, deliver it and pull `collection` back."""
    with cache.lock:
        outbox.enqueue(
            cache.writer,
            id=id,
            kind=kind,
            shopper_id=shopper_id,
            method=method,
            path=path,
            body=body,
        )
    if engine is None:
        return Saved(id, "waiting")
    engine.push()
    with cache.lock:
        state = outbox.entry_state(cache.writer, id)
    if state is None or state["state"] == outbox.PENDING:
        return Saved(id, "waiting")
    if state["state"] == outbox.PARKED:
        return Saved(id, "refused", state["error"])
    if collection is not None:
        try:
            engine.pull(collections=(collection,))
        except Exception:  # noqa: S110 - HQ has it; the next sync brings it here
            pass
    return Saved(id, "sent")
