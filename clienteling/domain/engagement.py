"""What associates record about a relationship: notes, wishlist, follow-up tasks, feedback."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ._checks import (
    optional_aware,
    optional_text,
    require_aware,
    require_choice,
    require_id,
    require_text,
)
from .enums import TaskStatus
from .errors import InvalidField

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


def _who(obj, *fields: str) -> None:
    for f in fields:
        require_id(getattr(obj, f), f)


@dataclass(frozen=True, slots=True)
class Note:
    note_id: str
    shopper_id: str
    store_id: str
    associate_id: str
    reason: str
    text: str
    created_at: datetime

    def __post_init__(self) -> None:
        _who(self, "note_id", "shopper_id", "store_id", "associate_id")
        if self.reason not in VISIT_REASONS:
            raise InvalidField("reason", f"choose one of: {', '.join(VISIT_REASONS)}")
        object.__setattr__(self, "text", require_text(self.text, "text", 2000))
        require_aware(self.created_at, "created_at")


@dataclass(frozen=True, slots=True)
class WishlistItem:
    item_id: str
    shopper_id: str
    sku: str
    store_id: str
    associate_id: str
    added_at: datetime

    def __post_init__(self) -> None:
        _who(self, "item_id", "shopper_id", "sku", "store_id", "associate_id")
        require_aware(self.added_at, "added_at")


@dataclass(frozen=True, slots=True)
class Task:
    task_id: str
    shopper_id: str
    store_id: str
    associate_id: str
    title: str
    created_at: datetime
    status: TaskStatus = TaskStatus.OPEN
    due_at: datetime | None = None
    done_at: datetime | None = None

    def __post_init__(self) -> None:
        _who(self, "task_id", "shopper_id", "store_id", "associate_id")
        object.__setattr__(self, "title", require_text(self.title, "title", 200))
        object.__setattr__(self, "status", require_choice(self.status, TaskStatus, "status"))
        require_aware(self.created_at, "created_at")
        optional_aware(self.due_at, "due_at")
        optional_aware(self.done_at, "done_at")
        if self.status == TaskStatus.DONE and self.done_at is None:
            raise InvalidField("done_at", "a done task says when it was done; give the time")
        if self.status != TaskStatus.DONE and self.done_at is not None:
            raise InvalidField("done_at", "only a done task has it; clear it or mark the task done")


@dataclass(frozen=True, slots=True)
class Feedback:
    feedback_id: str
    shopper_id: str
    store_id: str
    associate_id: str
    score: int
    created_at: datetime
    comment: str = ""

    def __post_init__(self) -> None:
        _who(self, "feedback_id", "shopper_id", "store_id", "associate_id")
        if (
            isinstance(self.score, bool)
            or not isinstance(self.score, int)
            or not 1 <= self.score <= 5
        ):
            raise InvalidField(
                "score", f"{self.score!r} is not a score; give 1 (unhappy) to 5 (delighted)"
            )
        object.__setattr__(self, "comment", optional_text(self.comment, "comment", 2000))
        require_aware(self.created_at, "created_at")
