"""Cancellations held a few seconds before they are sent, so a wrong tap can be undone.

A confirmed cancel is held for `seconds`; until then `undo` drops it and
nothing reaches HQ. Once `due` hands it over it is sent and can no longer be
undone. Qt-free; the clock is injectable (tests move it by hand).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

HOLD_SECONDS = 5.0


@dataclass
class _Held(Generic[T]):
    item: T
    until: float


class CancelHolds(Generic[T]):
    """Cancels waiting out their undo window, by key (an order id)."""

    def __init__(
        self, seconds: float = HOLD_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.seconds, self.clock = seconds, clock
        self._held: dict[str, _Held[T]] = {}

    def hold(self, key: str, item: T) -> None:
        """Start (or restart) the undo window of one cancel."""
        self._held[key] = _Held(item, self.clock() + self.seconds)

    def undo(self, key: str) -> bool:
        """Drop a held cancel; False when it was already handed over to be sent."""
        return self._held.pop(key, None) is not None

    def held(self, key: str) -> bool:
        return key in self._held

    def keys(self) -> list[str]:
        return list(self._held)

    def remaining(self, key: str) -> int | None:
        """Whole seconds left to undo (at least 1 while held); None when not held."""
        held = self._held.get(key)
        if held is None:
            return None
        return max(1, math.ceil(held.until - self.clock()))

    def due(self) -> list[T]:
        """The cancels whose window is over, removed: they are to be sent now, for good."""
        now = self.clock()
        ready = [k for k, h in self._held.items() if h.until <= now]
        return [self._held.pop(k).item for k in ready]

    def flush(self) -> list[T]:
        """Every held cancel, removed (the screen is left: they are sent at once)."""
        items = [h.item for h in self._held.values()]
        self._held.clear()
        return items
