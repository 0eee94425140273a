"""The value types every request field shares: what no database can hold is refused with the
field named, the same for HQ and the terminal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import BaseModel, ValidationError

from clienteling.protocol.fields import (
    CONTROL_CHARACTER,
    MAX_INT,
    NUMBER_OUT_OF_RANGE,
    TIME_OUT_OF_RANGE,
    TIME_WITHOUT_OFFSET,
    FreeText,
    Id,
    JsonObject,
    Line,
    Time,
)


class Sample(BaseModel):
    line: Line = ""
    free: FreeText = ""
    id: Id = "x"
    at: Time | None = None
    payload: JsonObject = {}


def refusal(**values) -> tuple[str, str]:
    with pytest.raises(ValidationError) as err:
        Sample(**values)
    (first,) = err.value.errors()
    return ".".join(map(str, first["loc"])), first["type"]


@pytest.mark.parametrize("char", ["\x00", "\x01", "\t", "\n", "\r", "\x1f", "\x7f", "\x85"])
def test_one_line_text_and_ids_refuse_every_control_character(char):
    assert refusal(line=f"a{char}b") == ("line", CONTROL_CHARACTER)
    assert refusal(id=f"a{char}b") == ("id", CONTROL_CHARACTER)


@pytest.mark.parametrize("char", ["\x00", "\x08", "\x0b", "\r", "\x1b", "\x9f"])
def test_free_text_refuses_control_characters_but_lines_and_tabs(char):
    assert refusal(free=f"a{char}b") == ("free", CONTROL_CHARACTER)
    assert Sample(free="sizes:\n\ttops M\n\tshoes 38").free == "sizes:\n\ttops M\n\tshoes 38"


def test_the_refusal_names_the_character_in_plain_words():
    with pytest.raises(ValidationError) as err:
        Sample(free="a\x00b")
    assert err.value.errors()[0]["msg"] == (
        "has a character that cannot be stored (U+0000); remove it"
    )


def test_text_that_is_not_control_characters_passes():
    text = "São Paulo — Gonçalves, 北京, emoji 🧣, NBSP\u00a0here"
    assert Sample(line=text, free=text).line == text


def test_ids_are_1_to_64_characters():
    assert refusal(id="")[0] == "id"
    assert refusal(id="x" * 65)[0] == "id"
    assert Sample(id="x" * 64).id == "x" * 64


@pytest.mark.parametrize(
    "at",
    [
        "0001-01-01T00:00:00+05:00",  # the year 0 in UTC
        "9999-12-31T23:59:00-05:00",  # the year 10000 in UTC
        "0001-01-01T05:00:00+05:00",  # the years 1 and 9999 are refused whole: what the
        "9999-01-01T00:00:00+00:00",  # OpenAPI document can say (a pattern on the year)
    ],
)
def test_times_outside_the_years_2_to_9998_are_refused(at):
    assert refusal(at=at) == ("at", TIME_OUT_OF_RANGE)


def test_times_need_their_offset_and_keep_it():
    assert refusal(at="2026-11-01T10:00:00") == ("at", TIME_WITHOUT_OFFSET)
    at = Sample(at="0002-01-01T05:00:00+05:00").at
    assert at == datetime(2, 1, 1, tzinfo=UTC)
    assert at.utcoffset() == timedelta(hours=5)
    edge = datetime(9998, 12, 31, 18, 59, tzinfo=timezone(timedelta(hours=-5)))
    assert Sample(at=edge).at == edge


@pytest.mark.parametrize(
    ("payload", "kind"),
    [
        ({"q": "a\x00b"}, CONTROL_CHARACTER),
        ({"a\x00": 1}, CONTROL_CHARACTER),
        ({"deep": [{"x": "\x00"}]}, CONTROL_CHARACTER),
        ({"n": MAX_INT + 1}, NUMBER_OUT_OF_RANGE),
        ({"n": -(2**63) - 1}, NUMBER_OUT_OF_RANGE),
        ({"n": float("nan")}, NUMBER_OUT_OF_RANGE),
        ({"n": float("inf")}, NUMBER_OUT_OF_RANGE),
    ],
)
def test_json_payloads_hold_only_what_every_database_stores(payload, kind):
    assert refusal(payload=payload) == ("payload", kind)


def test_json_payloads_within_bounds_pass():
    payload = {"q": "line\nnext", "n": MAX_INT, "m": -(2**63), "f": 1.5, "ok": True, "z": None}
    assert Sample(payload=payload).payload == payload
