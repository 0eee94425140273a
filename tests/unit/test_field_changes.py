"""Profile edits as field changes: only what changed leaves the terminal."""

from __future__ import annotations

from datetime import UTC, datetime

from clienteling.domain.shoppers import Preferences, Shopper
from clienteling.services.field_changes import consent_changes, preference_changes, with_changes

AT = datetime(2026, 12, 6, 10, 2, tzinfo=UTC)
SHOWN = Preferences(sizes={"shoes": "38", "tops": "M"}, fit="slim", colours=("navy",))


def test_only_the_changed_fields_are_sent_with_their_base_version():
    wanted = Preferences(sizes={"shoes": "39"}, fit="slim", colours=("navy",))
    changes = preference_changes(SHOWN, wanted, {"sizes.shoes": 3}, AT)
    assert changes == [
        {"field": "sizes.shoes", "value": "39", "captured_at": AT.isoformat(), "base_version": 3},
        {"field": "sizes.tops", "value": None, "captured_at": AT.isoformat(), "base_version": 0},
    ]
    assert preference_changes(SHOWN, SHOWN, {}, AT) == []


def test_consent_changes_only_for_what_differs_and_show_at_once():
    shopper = Shopper("sh1", "Ana", "Silva", "BR-SP-01", consent_sms=True, preferences=SHOWN)
    changes = consent_changes(shopper, {"sms": False, "email": False}, {}, AT)
    assert [(c["field"], c["value"]) for c in changes] == [("consent.marketing_sms", False)]
    shown = with_changes(shopper, [*changes, {"field": "colours", "value": ["green"]}])
    assert shown.consent_sms is False
    assert shown.preferences.colours == ("green",) and shown.preferences.sizes == SHOWN.sizes
