"""What a terminal writes besides orders; each carries the client's id for idempotency."""

from __future__ import annotations

from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, field_validator

from clienteling.domain.engagement import VISIT_REASONS

from .fields import MAX_ID, FreeText, Id, JsonObject, Line, Time, check_line

NOTE_REASONS = VISIT_REASONS
ACTIVITY_KINDS = (
    "search",
    "profile_opened",
    "stock_checked",
    "order_placed",
    "order_saved_oos",
    "note_added",
    "sale",
    "visit",
    "sign_in",
    "sign_out",
    "scan",
)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class NoteIn(Strict):
    note_id: UUID
    shopper_id: Id
    reason: Literal[NOTE_REASONS]  # type: ignore[valid-type]
    text: FreeText = Field(min_length=1, max_length=2000)


class PreferencesIn(Strict):
    change_id: UUID
    sizes: dict[str, str] = Field(default_factory=dict, max_length=30)
    fit: Line = Field(default="", max_length=40)
    brands: list[Line] = Field(default_factory=list, max_length=30)
    colours: list[Line] = Field(default_factory=list, max_length=30)
    styles: list[Line] = Field(default_factory=list, max_length=30)

    @field_validator("sizes")
    @classmethod
    def _short_sizes(cls, v: dict[str, str]) -> dict[str, str]:
        for category, size in v.items():
            if not category or len(category) > 60 or not size or len(size) > 16:
                raise ValueError("sizes: each category and size must be 1-60 / 1-16 characters")
            check_line(category)
            check_line(size)
        return v


class ConsentIn(Strict):
    change_id: UUID
    marketing_email: bool
    marketing_sms: bool
    profiling: bool


class WishlistIn(Strict):
    item_id: UUID
    shopper_id: Id
    sku: Id


class TaskIn(Strict):
    task_id: UUID
    shopper_id: Id
    title: Line = Field(min_length=1, max_length=200)
    due_at: Time | None = None


class FeedbackIn(Strict):
    feedback_id: UUID
    shopper_id: Id
    score: int = Field(ge=1, le=5)
    comment: FreeText = Field(default="", max_length=2000)


class ActivityEvent(Strict):
    event_id: UUID
    kind: Literal[ACTIVITY_KINDS]  # type: ignore[valid-type]
    shopper_id: Line | None = Field(default=None, max_length=MAX_ID)
    at: Time
    payload: JsonObject = Field(default_factory=dict)

    @field_validator("payload")
    @classmethod
    def _small(cls, v: dict[str, Any]) -> dict[str, Any]:
        if len(str(v)) > 2000:
            raise ValueError("payload: at most 2000 characters")
        return v


class ActivityBatch(Strict):
    events: list[ActivityEvent] = Field(min_length=1, max_length=500)
