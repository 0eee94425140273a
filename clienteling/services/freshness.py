"""How fresh a figure is, as one rule for every screen and command (Qt-free).

A figure is only as fresh as the last time HQ confirmed it: a stock answer
HQ gave for this request was confirmed when it came (`FROM_HQ`); a figure
read from this terminal's cache was last confirmed when that collection was
last synced (`COPY`). Nothing else is called fresh: the time a row last
changed at HQ says when stock moved, not whether the figure is still true.

    f = freshness(confirmed_at, from_hq=True)
    f.kind == JUST_NOW            # "confirmed at HQ just now"
    f.kind == CONFIRMED           # "confirmed at HQ 3 min ago" (HQ's answer, now older)
    f.kind == COPY                # "as of 2 h ago (this terminal's copy)"
    f.kind == NEVER               # "not yet synced on this terminal"

The words are the screens' (they translate them); the rule is here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

JUST_NOW = "just_now"  # HQ confirmed it moments ago
CONFIRMED = "confirmed"  # HQ confirmed it, but a while ago (the screen was left open)
COPY = "copy"  # this terminal's copy, as of its last sync
NEVER = "never"  # never synced here: no figure to trust

JUST_NOW_SECONDS = 60.0  # "just now" is under a minute, as formats.ago says it


@dataclass(frozen=True)
class Freshness:
    kind: str
    age_seconds: float | None  # since HQ confirmed the figure; None: never

    @property
    def live(self) -> bool:
        """Only a figure HQ confirmed moments ago may be called live."""
        return self.kind == JUST_NOW


def _utc(stamp: datetime | str | None) -> datetime | None:
    if stamp is None or stamp == "":
        return None
    at = datetime.fromisoformat(stamp) if isinstance(stamp, str) else stamp
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def freshness(
    confirmed_at: datetime | str | None, *, from_hq: bool, now: datetime | None = None
) -> Freshness:
    """The freshness of a figure HQ last confirmed at `confirmed_at`; `from_hq`: it came
    in HQ's own answer (else it was read from this terminal's cache)."""
    at = _utc(confirmed_at)
    if at is None:
        return Freshness(NEVER, None)
    age = max(0.0, ((now or datetime.now(UTC)) - at).total_seconds())
    if not from_hq:
        return Freshness(COPY, age)
    return Freshness(JUST_NOW if age < JUST_NOW_SECONDS else CONFIRMED, age)
