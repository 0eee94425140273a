"""The one freshness rule: a figure is as fresh as HQ's last confirmation of it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clienteling.api.connectivity import ConnectivityTracker
from clienteling.api.errors import HQBusy, HQFailed, HQUnreachable
from clienteling.domain.enums import Connectivity
from clienteling.services.freshness import (
    CONFIRMED,
    COPY,
    JUST_NOW,
    NEVER,
    freshness,
)

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def ago(**kw) -> datetime:
    return NOW - timedelta(**kw)


def test_hqs_answer_is_confirmed_just_now_and_only_then_live():
    f = freshness(ago(seconds=2), from_hq=True, now=NOW)
    assert (f.kind, f.age_seconds, f.live) == (JUST_NOW, 2.0, True)


def test_hqs_answer_left_on_screen_is_no_longer_live():
    f = freshness(ago(minutes=3), from_hq=True, now=NOW)
    assert (f.kind, f.age_seconds, f.live) == (CONFIRMED, 180.0, False)


@pytest.mark.parametrize("age", [timedelta(seconds=1), timedelta(days=34)])
def test_the_terminals_copy_is_never_live_however_recent(age):
    f = freshness(NOW - age, from_hq=False, now=NOW)
    assert f.kind == COPY and not f.live and f.age_seconds == age.total_seconds()


def test_never_synced_has_no_age():
    for stamp in (None, ""):
        f = freshness(stamp, from_hq=False, now=NOW)
        assert (f.kind, f.age_seconds, f.live) == (NEVER, None, False)


def test_stamps_as_the_cache_keeps_them_iso_text_naive_means_utc():
    assert freshness("2026-12-06T11:55:00+00:00", from_hq=False, now=NOW).age_seconds == 300
    assert freshness(datetime(2026, 12, 6, 11, 59), from_hq=True, now=NOW).age_seconds == 60
    assert freshness(datetime(2026, 12, 6, 11, 59), from_hq=True, now=NOW).kind == CONFIRMED


def test_a_clock_behind_hq_never_makes_a_negative_age():
    assert freshness(NOW + timedelta(seconds=30), from_hq=False, now=NOW).age_seconds == 0


def test_connectivity_is_unknown_until_tried_then_follows_requests_and_probes():
    tracker = ConnectivityTracker()
    assert tracker.state == Connectivity.UNKNOWN  # first boot: connecting, not offline
    tracker.note(HQUnreachable("down"))
    assert tracker.state == Connectivity.OFFLINE
    tracker.note(HQFailed("500 on one request"))
    assert tracker.state == Connectivity.ONLINE  # HQ answered that request
    assert tracker.note_probe(HQBusy("503")) == Connectivity.DEGRADED
    assert tracker.note_probe(HQFailed("500")) == Connectivity.DEGRADED  # its health failing
    assert tracker.note_probe(HQUnreachable("down")) == Connectivity.OFFLINE
    assert tracker.note_probe(None) == Connectivity.ONLINE
