"""A training record: what a finished training scenario leaves for the trainee's manager.

Who (the trainee's real employee id, given when training starts: the practice chain's
associates are not real people), which scenario, how long it took, how many hints and
mistakes. Nothing else: no shopper, order or product of the practice chain ever goes in.

The training app writes one as a hand-off file (services/training_results.py); the
production terminal sends it to the real HQ as the trainee's own write when they sign in
there. The wire form is protocol.writes.TrainingResultIn, field for field.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

# A scenario's id as the scenario files name it: lower-case words joined by - or _.
SCENARIO_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MOST_SECONDS = 7 * 24 * 3600  # a scenario left open for a week is still one record
MOST_COUNT = 10_000  # hints or mistakes in one scenario


@dataclass(frozen=True)
class TrainingRecord:
    """One finished scenario. Make it with `finished`; `check` says what is wrong, if anything."""

    employee_id: str
    scenario_id: str
    seconds: int
    hints: int
    mistakes: int
    finished_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    result_id: str = field(default_factory=lambda: str(uuid.uuid4()))  # the client's id

    @classmethod
    def finished(cls, employee_id: str, summary: Any) -> TrainingRecord:
        """The record of a finished scenario from its summary (the coach's: a mapping or an
        object with scenario_id, seconds, hints and mistakes). ValueError if it does not fit."""

        def get(name: str) -> Any:
            if isinstance(summary, Mapping):
                return summary.get(name)
            return getattr(summary, name, None)

        if get("finished") is False or get("interrupted"):
            raise ValueError("the scenario was not finished: only a finished one is recorded")
        seconds = get("seconds")
        if isinstance(seconds, float) and not isinstance(seconds, bool):
            seconds = round(seconds)
        hints = get("hints")
        if hints is None:
            hints = get("hints_used")  # the coach's Summary
        mistakes = get("mistakes")
        if isinstance(mistakes, list | tuple):  # the coach's Summary lists them: only the count
            mistakes = len(mistakes)
        record = cls(
            employee_id=(employee_id or "").strip(),
            scenario_id=get("scenario_id"),
            seconds=seconds,
            hints=hints,
            mistakes=mistakes,
        )
        record.check()
        return record

    def check(self) -> None:
        """ValueError naming the first field that is wrong and what it should be."""
        if not isinstance(self.employee_id, str) or not 1 <= len(self.employee_id.strip()) <= 64:
            raise ValueError("employee_id: type the trainee's own employee id (1 to 64 characters)")
        if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in self.employee_id):
            raise ValueError("employee_id: control characters are not allowed")
        if not isinstance(self.scenario_id, str) or not SCENARIO_ID.match(self.scenario_id):
            raise ValueError(
                "scenario_id: lower-case letters, digits, - and _ (at most 64), as the "
                "scenario file names it"
            )
        for name, most in (("seconds", MOST_SECONDS), ("hints", MOST_COUNT)):
            _whole(name, getattr(self, name), most)
        _whole("mistakes", self.mistakes, MOST_COUNT)
        try:
            when = datetime.fromisoformat(self.finished_at)
        except (TypeError, ValueError):
            raise ValueError("finished_at: an ISO 8601 time with its offset") from None
        if when.tzinfo is None:
            raise ValueError("finished_at: an ISO 8601 time with its offset")
        try:
            uuid.UUID(self.result_id)
        except (TypeError, ValueError, AttributeError):
            raise ValueError("result_id: a UUID") from None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _whole(name: str, value: Any, most: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= most:
        raise ValueError(f"{name}: a whole number from 0 to {most}")
