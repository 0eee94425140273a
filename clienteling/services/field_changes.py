"""Profile edits as field changes: only what the associate changed, with when they captured it.

A terminal sends HQ the fields that differ from what the associate saw, each with
the moment it was captured here and the version of the field it was based on, so an
edit made offline never overwrites another terminal's edit of another field
(docs/offline.md, "Edits on two terminals"). Qt-free and pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from clienteling.domain.shoppers import Preferences, Shopper
from clienteling.protocol.changes import CONSENT, LISTS, SIZES

# The consent a shopper gives, as the service's keyword -> the field's name.
CONSENT_FIELDS = {
    "email": "consent.marketing_email",
    "sms": "consent.marketing_sms",
    "profiling": "consent.profiling",
}
# CONSENT names HQ's columns, which are the Shopper's attributes too.


def _change(field: str, value: Any, at: datetime, versions: Mapping[str, int]) -> dict[str, Any]:
    return {
        "field": field,
        "value": value,
        "captured_at": at.astimezone(UTC).isoformat(),
        "base_version": versions.get(field, 0),
    }


def preference_values(prefs: Preferences) -> dict[str, Any]:
    """Preferences as field -> value (sizes one field per category)."""
    out: dict[str, Any] = {f"{SIZES}{c}": s for c, s in prefs.sizes.items()}
    out["fit"] = prefs.fit
    out |= {name: list(getattr(prefs, name)) for name in LISTS}
    return out


def preference_changes(
    was: Preferences, wanted: Preferences, versions: Mapping[str, int], at: datetime
) -> list[dict[str, Any]]:
    """The changes that make `was` (what the associate saw) into `wanted`; a size left
    empty is a size removed (None)."""
    before, after = preference_values(was), preference_values(wanted)
    fields = [*after, *(f for f in before if f not in after)]
    return [_change(f, after.get(f), at, versions) for f in fields if before.get(f) != after.get(f)]


def consent_changes(
    shopper: Shopper, wanted: Mapping[str, bool], versions: Mapping[str, int], at: datetime
) -> list[dict[str, Any]]:
    """The consent changes from the shopper's consent as shown to `wanted` (email, sms,
    profiling -> given)."""
    out = []
    for key, given in wanted.items():
        field = CONSENT_FIELDS[key]
        if bool(getattr(shopper, CONSENT[field])) != given:
            out.append(_change(field, given, at, versions))
    return out


def with_changes(shopper: Shopper, changes: Iterable[Mapping[str, Any]]) -> Shopper:
    """The shopper as the changes leave them: what this terminal shows of its own edits
    before HQ's copy comes back."""
    prefs = shopper.preferences
    sizes, values, consent = dict(prefs.sizes), {}, {}
    for change in changes:
        field, value = change["field"], change.get("value")
        if field.startswith(SIZES):
            category = field[len(SIZES) :]
            if value is None:
                sizes.pop(category, None)
            else:
                sizes[category] = value
        elif field == "fit":
            values["fit"] = value or ""
        elif field in LISTS:
            values[field] = tuple(value or ())
        elif field in CONSENT:
            consent[CONSENT[field]] = bool(value)
    return replace(shopper, preferences=replace(prefs, sizes=sizes, **values), **consent)
