"""What associates record about a relationship: notes, wishlist, follow-up tasks, feedback.

Rows as the terminal shows them: the synced copy from HQ, or this terminal's
own write that HQ has not confirmed yet (`state` WAITING, or REFUSED with
`refused` saying why).
"""

from __future__ import annotations

from dataclasses import dataclass

from .enums import TaskStatus, WriteState

VISIT_REASONS = (
    "browsing",
    "gift",
    "event",
    "alteration",
    "return",
    "pickup",
    "appointment",
    "other",
)


@dataclass(frozen=True, slots=True)
class Note:
    note_id: str
    shopper_id: str
    reason: str  # one of VISIT_REASONS
    text: str
    created_at: str  # ISO 8601
    store_id: str | None = None
    associate_id: str | None = None  # the author (None: a note from before authors were kept)
    state: WriteState = WriteState.SENT
    refused: str | None = None


@dataclass(frozen=True, slots=True)
class WishlistItem:
    item_id: str
    shopper_id: str
    sku: str
    added_at: str  # ISO 8601
    name: str | None = None  # the product's, when the catalog has it
    size: str | None = None
    colour: str | None = None
    available_here: int = 0  # units at this terminal's store
    store_id: str | None = None
    associate_id: str | None = None
    state: WriteState = WriteState.SENT
    refused: str | None = None

    @property
    def in_stock_here(self) -> bool:
        return self.available_here > 0


@dataclass(frozen=True, slots=True)
class Task:
    """A follow-up with a shopper."""

    task_id: str
    shopper_id: str
    title: str
    created_at: str  # ISO 8601
    status: str = TaskStatus.OPEN  # a TaskStatus value
    due_at: str | None = None
    done_at: str | None = None
    store_id: str | None = None
    associate_id: str | None = None
    state: WriteState = WriteState.SENT
    refused: str | None = None

    @property
    def done(self) -> bool:
        return self.status == TaskStatus.DONE


@dataclass(frozen=True, slots=True)
class Feedback:
    """How satisfied the shopper was with a visit, 1 (poor) to 5 (great)."""

    feedback_id: str
    score: int
    created_at: str  # ISO 8601
    comment: str = ""
    state: WriteState = WriteState.SENT
    refused: str | None = None
