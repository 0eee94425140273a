"""Keyboard-wedge scanners: telling a scanner's burst of keys from a person typing.

A wedge scanner "types" its code, key after key, a few milliseconds apart,
usually followed by Enter or Tab. People type 80-300 ms apart. WedgeDetector
sees every key (character, time in ms) and says, key by key, what the keys
were: `Typed` (give them back to the field that has focus) or `Scanned` (a
code: swallow the keys, act on the text).

    detector = WedgeDetector(WedgeSettings())
    for event in detector.feed(char, t_ms): ...      # on every key
    for event in detector.flush(t_ms): ...           # when detector.deadline() has passed

The first key of a possible burst is given to the field at once (a person
typing at a normal pace never waits); the keys after it are held while the
burst might still be a scan, and a scan says how many of its keys were
already given (`Scanned.given`) so they can be taken back. Rules (docs/scanning.md, "Keyboard-wedge
scanners"):

- Without a prefix: a burst is keys less than `timeout_ms` apart. It is a scan
  when it has at least `min_length` characters and the median gap between its
  keys (the suffix key included) is under `max_median_gap_ms`; it ends at a
  suffix key (Enter, Tab), at a pause of `timeout_ms`, or at `max_length`.
  Without a suffix it counts as a scan only when `require_suffix` is off.
  As soon as slow gaps outnumber fast ones by two, the burst is typing: its
  keys are given back at once and the next keys pass straight through until
  a pause of `timeout_ms`.
- With a prefix (a character the scanner sends first, e.g. STX): only bursts
  that start with it are scans, whatever their timing, from the prefix to the
  suffix; every other key passes through at once.

Pure: no Qt, no clock of its own (the caller gives the times).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from clienteling.domain.errors import InvalidField


@dataclass(frozen=True)
class WedgeSettings:
    """How this terminal's scanner is set up; the defaults suit a USB scanner sending Enter."""

    max_median_gap_ms: float = 30.0
    min_length: int = 6
    timeout_ms: float = 50.0  # how long a key waits to see whether a scanner burst follows
    prefix: str = ""  # one character the scanner sends first, or "" for none
    suffixes: tuple[str, ...] = ("\r", "\n", "\t")  # Enter, Return, Tab
    require_suffix: bool = False
    max_length: int = 4096

    def __post_init__(self) -> None:
        if not 0 < self.max_median_gap_ms < self.timeout_ms <= 2000:
            raise InvalidField(
                "wedge timing", "0 < max_median_gap_ms < timeout_ms <= 2000 (milliseconds)"
            )
        if isinstance(self.min_length, bool) or not 1 <= self.min_length <= self.max_length:
            raise InvalidField("wedge min_length", f"{self.min_length!r}: 1 to max_length")
        if len(self.prefix) > 1:
            raise InvalidField("wedge prefix", f"{self.prefix!r}: one character or none")
        suffixes = tuple(self.suffixes)
        if not all(isinstance(s, str) and len(s) == 1 for s in suffixes):
            raise InvalidField("wedge suffixes", "each suffix is one character")
        if self.prefix and self.prefix in suffixes:
            raise InvalidField("wedge prefix", "the prefix cannot also be a suffix")
        if self.require_suffix and not suffixes:
            raise InvalidField("wedge suffixes", "require_suffix needs at least one suffix")
        object.__setattr__(self, "suffixes", suffixes)


@dataclass(frozen=True)
class Typed:
    """Keys a person typed: give them back, in this order, one character per key."""

    text: str


@dataclass(frozen=True)
class Scanned:
    """A scan: `text` is the code (prefix and suffix removed); `keys` all the keys it took.

    `given` of those keys (the first) were already given to the field as
    typing, before the burst could be told from a person: take them back.
    """

    text: str
    keys: str
    given: int = 0


WedgeEvent = Typed | Scanned


class WedgeDetector:
    """The streaming state machine; one per window or application."""

    def __init__(self, settings: WedgeSettings | None = None) -> None:
        self.settings = settings or WedgeSettings()
        self._keys: list[str] = []
        self._times: list[float] = []
        self._typing_until: float | None = None  # passing keys through until this time
        self._given = 0  # keys of the held burst already given back as typing (its first)

    @property
    def holding(self) -> int:
        """How many keys are held, undecided."""
        return len(self._keys)

    def deadline(self) -> float | None:
        """When `flush` decides the held keys if no other key comes (None: nothing held)."""
        return self._times[-1] + self.settings.timeout_ms if self._keys else None

    def feed(self, char: str, t_ms: float) -> list[WedgeEvent]:
        """One key (one character) pressed at t_ms; what is now decided, oldest first."""
        s = self.settings
        events = self.flush(t_ms)
        if self._typing_until is not None:
            if t_ms < self._typing_until:
                self._typing_until = t_ms + s.timeout_ms
                return _merge([*events, Typed(char)])
            self._typing_until = None
        if s.prefix:
            events += self._feed_prefixed(char, t_ms)
        else:
            events += self._feed_timed(char, t_ms)
        return _merge(events)

    def flush(self, t_ms: float | None = None) -> list[WedgeEvent]:
        """Decide the held keys if `timeout_ms` has passed since the last (now, if t_ms is None)."""
        deadline = self.deadline()
        if deadline is None or (t_ms is not None and t_ms < deadline):
            return []
        return self._end_burst()

    # --- inside -----------------------------------------------------------------------

    def _feed_prefixed(self, char: str, t_ms: float) -> list[WedgeEvent]:
        s = self.settings
        if not self._keys:
            if char != s.prefix:
                return [Typed(char)]
            self._hold(char, t_ms)
            return []
        if char in s.suffixes:
            keys = "".join(self._keys) + char
            self._clear()
            return [Scanned(keys[1:-1], keys)] if len(keys) > 2 else [Typed(keys)]
        self._hold(char, t_ms)
        return self._end_burst() if len(self._keys) > s.max_length else []

    def _feed_timed(self, char: str, t_ms: float) -> list[WedgeEvent]:
        s = self.settings
        if char in s.suffixes:
            if not self._keys:
                return [Typed(char)]
            scan = self._looks_scanned(t_ms)
            keys, given = "".join(self._keys), self._given
            self._clear()
            return [Scanned(keys, keys + char, given)] if scan else [Typed(keys[given:] + char)]
        first = not self._keys
        self._hold(char, t_ms)
        if first:
            self._given = 1
            return [Typed(char)]
        if self._cannot_be_scan():
            self._typing_until = t_ms + s.timeout_ms
            return [Typed(self._take())]
        return self._end_burst() if len(self._keys) >= s.max_length else []

    def _end_burst(self) -> list[WedgeEvent]:
        """The burst ended without a suffix."""
        s = self.settings
        if s.prefix:
            keys = self._take()
            scan = len(keys) > 1 and not s.require_suffix
            return [Scanned(keys[1:], keys) if scan else Typed(keys)]
        scan = not s.require_suffix and self._looks_scanned(None)
        keys, given = "".join(self._keys), self._given
        self._clear()
        if scan:
            return [Scanned(keys, keys, given)]
        return [Typed(keys[given:])] if keys[given:] else []

    def _gaps(self, t_end: float | None) -> list[float]:
        times = self._times if t_end is None else [*self._times, t_end]
        return [b - a for a, b in pairwise(times)]

    def _looks_scanned(self, t_suffix: float | None) -> bool:
        gaps = self._gaps(t_suffix)
        return (
            len(self._keys) >= self.settings.min_length
            and bool(gaps)
            and median(gaps) < self.settings.max_median_gap_ms
        )

    def _cannot_be_scan(self) -> bool:
        gaps = self._gaps(None)
        slow = sum(g >= self.settings.max_median_gap_ms for g in gaps)
        return slow >= len(gaps) - slow + 2

    def _hold(self, char: str, t_ms: float) -> None:
        self._keys.append(char)
        self._times.append(t_ms)

    def _take(self) -> str:
        """The held keys not given yet; the burst is over."""
        keys = "".join(self._keys)[self._given :]
        self._clear()
        return keys

    def _clear(self) -> None:
        self._keys.clear()
        self._times.clear()
        self._given = 0


def _merge(events: list[WedgeEvent]) -> list[WedgeEvent]:
    merged: list[WedgeEvent] = []
    for event in events:
        if merged and isinstance(event, Typed) and isinstance(merged[-1], Typed):
            merged[-1] = Typed(merged[-1].text + event.text)
        else:
            merged.append(event)
    return merged
