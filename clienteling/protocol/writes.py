"""What a terminal writes besides orders; each carries the client's id for idempotency."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, PlainValidator, StrictBool, StringConstraints
from pydantic.json_schema import WithJsonSchema

from clienteling.domain.engagement import VISIT_REASONS
from clienteling.domain.training_records import MOST_COUNT, MOST_SECONDS, SCENARIO_ID

from .fields import FREE_PATTERN, WIRE_MAX, Id, Time, check_free_text, mapping, text, whole

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


def _payload_value(value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float) and float(value).is_integer():
        if abs(value) > WIRE_MAX:
            raise ValueError(f"a whole number beyond {WIRE_MAX} either way")
        return int(value)
    if isinstance(value, str):
        if len(value) > 200:
            raise ValueError("a text of more than 200 characters")
        return check_free_text(value)
    raise ValueError("only text, whole numbers, true, false or null")


# An activity payload's value: text of at most 200 characters, a whole number, a yes/no.
PayloadValue = Annotated[
    Any,
    PlainValidator(_payload_value),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "null"},
                {"type": "boolean"},
                {"type": "integer", "minimum": -WIRE_MAX, "maximum": WIRE_MAX},
                {"type": "string", "maxLength": 200, "pattern": FREE_PATTERN},
            ]
        }
    ),
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NoteIn(Strict):
    note_id: UUID
    shopper_id: Id
    reason: Literal[NOTE_REASONS]  # type: ignore[valid-type]
    text: text(2000, lines=True)


class PreferencesIn(Strict):
    change_id: UUID
    sizes: mapping(text(60), text(16), 30) = Field(default_factory=dict)
    fit: text(40, filled=False) = ""
    brands: list[text(120)] = Field(default_factory=list, max_length=30)
    colours: list[text(120)] = Field(default_factory=list, max_length=30)
    styles: list[text(120)] = Field(default_factory=list, max_length=30)


class ConsentIn(Strict):
    change_id: UUID
    marketing_email: StrictBool
    marketing_sms: StrictBool
    profiling: StrictBool


class WishlistIn(Strict):
    item_id: UUID
    shopper_id: Id
    sku: Id


class TaskIn(Strict):
    task_id: UUID
    shopper_id: Id
    title: text(200)
    due_at: Time | None = None


class FeedbackIn(Strict):
    feedback_id: UUID
    shopper_id: Id
    score: whole(1, 5)
    comment: text(2000, filled=False, lines=True) = ""


class ActivityEvent(Strict):
    event_id: UUID
    kind: Literal[ACTIVITY_KINDS]  # type: ignore[valid-type]
    shopper_id: Id | None = None
    at: Time
    payload: mapping(text(40), PayloadValue, 20) = Field(default_factory=dict)


class ActivityBatch(Strict):
    events: list[ActivityEvent] = Field(min_length=1, max_length=500)


# A scenario's id as the scenario files name it (domain.training_records.SCENARIO_ID).
ScenarioId = Annotated[str, StringConstraints(pattern=SCENARIO_ID.pattern, max_length=64)]


class TrainingResultIn(Strict):
    """A finished training scenario, sent as the trainee's own write: who (their real employee
    id, which must be the signed-in author's), which scenario, how long, hints, mistakes. No
    shopper or anything else of the practice chain (unknown fields are refused)."""

    result_id: UUID
    employee_id: Id
    scenario_id: ScenarioId
    seconds: whole(0, MOST_SECONDS)
    hints: whole(0, MOST_COUNT)
    mistakes: whole(0, MOST_COUNT)
    finished_at: Time


class TrainingResult(BaseModel):
    """One training record as HQ keeps it, for the trainee's managers."""

    result_id: str
    employee_id: str
    name: str | None  # the associate's name at HQ (None: no longer on HQ's list)
    store_id: str
    scenario_id: str
    seconds: int
    hints: int
    mistakes: int
    finished_at: datetime
    recorded_at: datetime


class TrainingResults(BaseModel):
    results: list[TrainingResult]
