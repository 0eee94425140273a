"""The fleet's settings, declared once: their names, types, defaults and limits.

HQ stores the chain's and each store's values (clienteling/hq/fleet.py, `clienteling-hq
settings`) and gives a terminal the values for its store at every sync run
(GET /v1/terminal/settings); the terminal keeps them (clienteling/settings.py) and its
screens read them from there (docs/fleet.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .version import PROTOCOL_VERSION

FLEET_SETTINGS_PATH = "/terminal/settings"  # under API_PREFIX

# What `scanner_suffix` names: the keys a scanner may end a code with (scan.wedge uses the same).
SCANNER_SUFFIXES: dict[str, tuple[str, ...]] = {
    "any": ("\r", "\n", "\t"),
    "enter": ("\r", "\n"),
    "tab": ("\t",),
    "none": (),
}
SUFFIX_CHARACTERS = "\r\n\t"  # never a prefix: they end codes


@dataclass(frozen=True)
class Setting:
    name: str
    kind: type  # int, float, bool or str
    default: Any
    help: str
    per_store: bool = True  # a store may have its own value
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()  # a text setting: one of these
    max_chars: int = 200  # a text setting: at most this many characters
    refused_chars: str = ""  # a text setting: none of these characters

    def parse(self, raw: Any) -> Any:
        """The value from the command line's text (or JSON), checked; ValueError says why."""
        value = raw
        if isinstance(raw, str) and self.kind is not str:
            text = raw.strip().lower()
            if self.kind is bool:
                if text not in ("on", "off", "true", "false", "yes", "no", "1", "0"):
                    raise ValueError(f"{self.name}: give on or off, not {raw!r}")
                value = text in ("on", "true", "yes", "1")
            else:
                try:
                    value = self.kind(text)
                except ValueError:
                    raise ValueError(
                        f"{self.name}: give a {'whole ' if self.kind is int else ''}number, "
                        f"not {raw!r}"
                    ) from None
        return self.check(value)

    def check(self, value: Any) -> Any:
        kind = self.kind
        ok = isinstance(value, kind) and not (kind is not bool and isinstance(value, bool))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value, ok = float(value), True
        if not ok:
            raise ValueError(f"{self.name}: a {kind.__name__} is needed, not {value!r}")
        if self.low is not None and value < self.low:
            raise ValueError(f"{self.name}: {value} is below the least allowed, {self.low:g}")
        if self.high is not None and value > self.high:
            raise ValueError(f"{self.name}: {value} is above the most allowed, {self.high:g}")
        if kind is str:
            if self.choices and value not in self.choices:
                named = ", ".join(self.choices)
                raise ValueError(f"{self.name}: give one of {named}, not {value!r}")
            if len(value) > self.max_chars:
                raise ValueError(f"{self.name}: at most {self.max_chars} character(s)")
            if any(ch in self.refused_chars for ch in value):
                raise ValueError(f"{self.name}: {value!r} cannot be used here")
        return value


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "wanted_app_version",
        str,
        "",
        "the app version the chain wants on its terminals (e.g. 1.4.0); terminals below it "
        "show as behind in GET /v1/devices",
        per_store=False,
    ),
    Setting(
        "min_protocol",
        int,
        0,
        "HQ refuses terminals whose protocol is below this (426, saying what to install); "
        f"this version's terminals speak protocol {PROTOCOL_VERSION}",
        per_store=False,
        low=0,
        high=PROTOCOL_VERSION,
    ),
    Setting(
        "idle_lock_minutes",
        float,
        5.0,
        "a terminal goes back to sign-in after this long without a touch",
        low=1,
        high=240,
    ),
    Setting(
        "offline_grant_hours",
        float,
        0.0,
        "how long a terminal may send an associate's offline writes after their last online "
        "sign-in there; 0: HQ's own (CLIENTELING_WRITE_GRANT_HOURS, 72)",
        low=0,
        high=24 * 365,
    ),
    Setting(
        "scanner_prefix",
        str,
        "",
        "the one character the store's scanners send first ('' none; e.g. STX)",
        max_chars=1,
        refused_chars=SUFFIX_CHARACTERS,
    ),
    Setting(
        "scanner_suffix",
        str,
        "any",
        "what the store's scanners send last: any (Enter or Tab), enter, tab or none",
        choices=tuple(SCANNER_SUFFIXES),
    ),
    Setting(
        "scanner_gap_ms",
        float,
        30.0,
        "the longest median gap between a scanner's keys, in milliseconds",
        low=5,
        high=200,
    ),
    Setting(
        "receipt_width",
        int,
        42,
        "characters per line of the store's receipt printers",
        low=24,
        high=80,
    ),
    Setting("ship_to_home", bool, True, "orders may be shipped to the shopper's home"),
    Setting("feedback_capture", bool, True, "associates record shoppers' ratings and feedback"),
    Setting("training", bool, True, "the store's terminals offer training mode"),
)
BY_NAME = {s.name: s for s in SETTINGS}


def defaults() -> dict[str, Any]:
    return {s.name: s.default for s in SETTINGS}


def checked(values: dict[str, Any]) -> dict[str, Any]:
    """The known settings of an answer from HQ, each checked, defaults for the rest (a value
    that fails its check keeps the default: an HQ newer or broken does not break the till)."""
    out = defaults()
    for s in SETTINGS:
        if s.name in values:
            try:
                out[s.name] = s.check(values[s.name])
            except ValueError:
                pass
    return out
