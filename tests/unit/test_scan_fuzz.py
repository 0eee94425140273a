"""`interpret` never raises: hypothesis on any text and bytes, and a seeded 20k-input fuzz.

The long run (a million inputs) is tests/benchmarks/fuzz_scan.py; this one
uses the same generator and checks.
"""

from __future__ import annotations

import json
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from clienteling.scan import Rejected, describe, interpret, summary
from tests.benchmarks.fuzz_scan import CONFIG, NOW, RESULT_KINDS, SEEDS, check, inputs

# Text made of the pieces of every format, so generated inputs get deep into the parsers.
_PIECES = st.sampled_from(
    [*SEEDS, "]C1", "]d2", "]E0", "(01)", "(17)", "(10)", "\x1d", "/01/", "?17=", "%2F", "CLT1.S.",
     "clienteling://", "https://", "LY", "0", "9", "X", ".", "&", "=", " ", "\r\n", "\x00"]
)  # fmt: skip
_code_like = st.lists(_PIECES, max_size=8).map("".join)


def _assert_proper(result) -> None:
    assert result.kind in RESULT_KINDS
    if isinstance(result, Rejected):
        assert result.reason.strip()
    json.dumps(describe(result))
    assert summary(result)


@settings(max_examples=300)
@given(payload=st.text())
def test_any_text_gives_a_result(payload):
    _assert_proper(interpret(payload, CONFIG, now=NOW))


@settings(max_examples=300)
@given(payload=st.binary())
def test_any_bytes_give_a_result(payload):
    _assert_proper(interpret(payload, CONFIG, now=NOW))


@settings(max_examples=500)
@given(payload=_code_like)
def test_text_made_of_code_pieces_gives_a_result(payload):
    _assert_proper(interpret(payload, CONFIG, now=NOW))
    _assert_proper(interpret(payload))  # and with no settings at all


def test_seeded_fuzz_of_20k_inputs_has_no_crash():
    labels: Counter[str] = Counter()
    troubles = []
    for payload in inputs(20_000, seed=7):
        label, trouble = check(payload)
        labels[label.split(":")[0]] += 1
        if trouble is not None:
            troubles.append((trouble, payload[:200]))
    assert troubles == []
    assert labels["crash"] == 0
    # The generator reaches every kind, valid and refused, so the run means something.
    assert set(labels) == RESULT_KINDS


def test_the_fuzz_harness_reports_an_exception_as_a_crash(monkeypatch):
    import tests.benchmarks.fuzz_scan as fuzz

    def broken(payload, config, now):
        raise IndexError("boom")

    monkeypatch.setattr(fuzz, "interpret", broken)
    assert fuzz.check("4006381333931") == ("crash", "IndexError: boom")
    monkeypatch.setattr(fuzz, "interpret", lambda payload, config, now: Rejected("x", " "))
    assert fuzz.check("4006381333931")[1].startswith("rejection without code or reason")


def test_the_fuzz_script_exits_non_zero_on_a_crash(monkeypatch, capsys):
    import tests.benchmarks.fuzz_scan as fuzz

    monkeypatch.setattr(fuzz, "interpret", lambda payload, config, now: 1 / 0)
    monkeypatch.setattr("sys.argv", ["fuzz_scan.py", "--count", "3", "--seed", "1"])
    assert fuzz.main() == 1
    out = capsys.readouterr().out
    assert (
        "crashes 3" in out and "CRASH ZeroDivisionError: division by zero <- '4006381333931'" in out
    )
