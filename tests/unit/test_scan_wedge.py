"""Keyboard-wedge detection with synthetic key timings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain.errors import InvalidField
from clienteling.scan.wedge import Scanned, Typed, WedgeDetector, WedgeSettings

CODE = "4006381333931"


def keys(text: str, start: float, gap: float | list[float]) -> list[tuple[str, float]]:
    """(char, time) pairs: `gap` ms apart, or the given gaps in turn."""
    gaps = [gap] * len(text) if isinstance(gap, int | float) else gap
    out, t = [], start
    for i, ch in enumerate(text):
        out.append((ch, t))
        t += gaps[i % len(gaps)]
    return out


def run(events: list[tuple[str, float]], settings: WedgeSettings | None = None, end=None):
    """Feed every key, then let the timeout pass; everything decided, in order."""
    d = WedgeDetector(settings)
    out = []
    for ch, t in events:
        out += d.feed(ch, t)
    out += d.flush(end)
    assert d.holding == 0
    return out


def typed(events) -> str:
    """What ends up in the field: typing given, and a scan's first keys taken back."""
    field = ""
    for e in events:
        if isinstance(e, Typed):
            field += e.text
        elif e.given:
            field = field[: -e.given]
    return field


def scans(events) -> list[str]:
    return [e.text for e in events if isinstance(e, Scanned)]


def test_fast_burst_with_enter_is_a_scan_and_types_nothing():
    out = run(keys(CODE + "\r", 1000, 8))
    # the first key went to the field at once; the scan takes it back
    assert out == [Typed("4"), Scanned(CODE, CODE + "\r", given=1)]
    assert typed(out) == ""


def test_suffix_variants_tab_and_newline():
    for suffix in "\t\n":
        assert scans(run(keys(CODE + suffix, 0, 5))) == [CODE]
    custom = WedgeSettings(suffixes=("#",))
    assert run(keys(CODE + "#", 0, 5), custom) == [Typed("4"), Scanned(CODE, CODE + "#", 1)]
    # with "#" the only suffix, Enter is just a key of the code's burst
    assert typed(run(keys("ab\r", 0, 200), custom)) == "ab\r"


def test_burst_without_suffix_is_a_scan_once_the_pause_comes():
    d = WedgeDetector()
    stream = keys(CODE, 0, 6)
    assert d.feed(*stream[0]) == [Typed("4")]  # a person's first key never waits
    for ch, t in stream[1:]:
        assert d.feed(ch, t) == []
    last = 12 * 6
    wait = WedgeSettings().timeout_ms
    assert d.deadline() == last + wait
    assert d.flush(last + wait - 1) == []
    assert d.flush(last + wait) == [Scanned(CODE, CODE, given=1)]


def test_require_suffix_gives_a_burst_without_one_back_as_typing():
    strict = WedgeSettings(require_suffix=True)
    assert run(keys(CODE, 0, 6), strict) == [Typed("4"), Typed(CODE[1:])]
    assert scans(run(keys(CODE + "\r", 0, 6), strict)) == [CODE]


def test_a_person_typing_is_not_a_scan_and_each_key_is_at_most_timeout_late():
    d = WedgeDetector()
    text, out = "Gonçalves\r", []
    for ch, t in keys(text, 0, 150):
        got = d.feed(ch, t)
        # the previous key was given back by the timer, timeout_ms after it was pressed
        out += got
        out += d.flush(t + WedgeSettings().timeout_ms)
    assert typed(out) == text and scans(out) == []


def test_a_fast_typist_is_recognised_within_three_keys_then_passes_through():
    d = WedgeDetector()
    stream = keys("Silvana Gonçalves", 0, 40)  # faster than timeout_ms, slower than a scanner
    assert d.feed(*stream[0]) == [Typed("S")] and d.feed(*stream[1]) == []
    assert d.feed(*stream[2]) == [Typed("il")]
    for ch, t in stream[3:]:
        assert d.feed(ch, t) == [Typed(ch)]  # no delay any more
    assert d.holding == 0


def test_rollover_does_not_make_typing_a_scan():
    # two keys pressed almost together now and then, 120 ms otherwise
    out = run(keys("maria silva\r", 0, [120, 15, 120, 130, 10, 140]))
    assert typed(out) == "maria silva\r"


def test_mixed_a_person_types_then_a_scan_arrives():
    stream = keys("Jo", 0, 180) + keys(CODE + "\r", 900, 7) + keys("ão", 2000, 170)
    out = run(stream)
    assert typed(out) == "João"
    assert scans(out) == [CODE]
    kinds = [type(e) for e in out]
    assert [k for i, k in enumerate(kinds) if i == 0 or kinds[i - 1] is not k] == [
        Typed,
        Scanned,
        Typed,
    ]


def test_a_scan_right_after_fast_typing_is_found_after_a_pause():
    stream = keys("abcd", 0, 60) + keys(CODE + "\r", 400, 5)
    out = run(stream)
    assert typed(out) == "abcd" and scans(out) == [CODE]


def test_short_fast_bursts_are_typing():
    # two keys hit at once, or a 5-character burst: under min_length
    assert run(keys("12\r", 0, 4)) == [Typed("1"), Typed("2\r")]
    assert typed(run(keys("12345\r", 0, 4))) == "12345\r"
    assert scans(run(keys("123456\r", 0, 4))) == ["123456"]
    assert scans(run(keys("1234\r", 0, 4), WedgeSettings(min_length=4))) == ["1234"]


def test_a_burst_cut_by_a_pause_is_two_bursts():
    stream = keys("400638", 0, 6) + keys("1333931\r", 300, 6)
    out = run(stream)
    assert scans(out) == ["400638", "1333931"] and typed(out) == ""
    # a short first part is typing; the parser will refuse a 7-digit code
    stream = keys("4006", 0, 6) + keys("381333931\r", 300, 6)
    out = run(stream)
    assert typed(out) == "4006" and scans(out) == ["381333931"]


def test_a_bluetooth_scanner_sending_in_bunches_is_still_a_scan():
    # four keys 1 ms apart, then a 40 ms wait for the next radio packet
    assert scans(run(keys(CODE + "\r", 0, [1, 1, 1, 40]))) == [CODE]


def test_a_slow_scanner_needs_a_higher_threshold():
    slow = keys(CODE + "\r", 0, 35)
    assert scans(run(slow)) == []
    relaxed = WedgeSettings(max_median_gap_ms=50, timeout_ms=150)
    assert scans(run(slow, relaxed)) == [CODE]


def test_prefix_marks_scans_and_other_keys_pass_at_once():
    stx = WedgeSettings(prefix="\x02")
    d = WedgeDetector(stx)
    assert d.feed("a", 0) == [Typed("a")]  # no waiting for typing
    assert d.feed("b", 5) == [Typed("b")]
    for ch, t in keys("\x02" + CODE, 1000, 20):
        assert d.feed(ch, t) == []
    assert d.feed("\r", 1300) == [Scanned(CODE, "\x02" + CODE + "\r")]
    # the prefix decides, not the timing: a slow scanner with a prefix works too
    assert scans(run(keys("\x02" + CODE + "\r", 0, 45), stx)) == [CODE]


def test_prefix_typed_by_a_person_is_given_back():
    tilde = WedgeSettings(prefix="~")
    assert run(keys("~", 0, 0), tilde) == [Typed("~")]
    assert run(keys("~\r", 0, 10), tilde) == [Typed("~\r")]
    out = run(keys("~", 0, 0) + keys("ok", 500, 150), tilde)
    assert typed(out) == "~ok"


def test_prefixed_burst_without_suffix_ends_at_the_pause():
    stx = WedgeSettings(prefix="\x02")
    assert run(keys("\x02" + CODE, 0, 5), stx) == [Scanned(CODE, "\x02" + CODE)]
    strict = WedgeSettings(prefix="\x02", require_suffix=True)
    assert run(keys("\x02" + CODE, 0, 5), strict) == [Typed("\x02" + CODE)]


def test_a_burst_at_max_length_is_decided_there():
    limit = WedgeSettings(max_length=10)
    out = run(keys("1234567890ABC\r", 0, 3), limit)
    assert out[:2] == [Typed("1"), Scanned("1234567890", "1234567890", 1)]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_median_gap_ms": 0},
        {"max_median_gap_ms": 100, "timeout_ms": 80},
        {"min_length": 0},
        {"prefix": "ab"},
        {"suffixes": ("\r\n",)},
        {"prefix": "\r"},
        {"suffixes": (), "require_suffix": True},
    ],
)
def test_settings_are_checked_when_made(kwargs):
    with pytest.raises(InvalidField):
        WedgeSettings(**kwargs)


@given(
    text=st.text(alphabet="ab12\r\t\x02~", max_size=40),
    gaps=st.lists(st.sampled_from([0, 1, 5, 20, 29, 30, 45, 79, 80, 81, 200]), min_size=1),
    prefix=st.sampled_from(["", "\x02", "~"]),
    require_suffix=st.booleans(),
)
def test_every_key_comes_out_once_in_order(text, gaps, prefix, require_suffix):
    settings = WedgeSettings(prefix=prefix, require_suffix=require_suffix)
    out = run(keys(text, 0, gaps), settings)
    # every key comes out once: as typing, or in a scan (less the keys it had given)
    assert "".join(e.text if isinstance(e, Typed) else e.keys[e.given :] for e in out) == text
    for event in out:
        if isinstance(event, Scanned):
            assert event.text and event.text in event.keys
