"""What a terminal may write besides orders: the models HQ takes and the terminal checks first."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from clienteling.domain.engagement import VISIT_REASONS
from clienteling.protocol.writes import (
    NOTE_REASONS,
    ConsentIn,
    FeedbackIn,
    NoteIn,
    PreferencesIn,
    TaskIn,
    WishlistIn,
)

ID = uuid.UUID("12345678-1234-5678-1234-567812345678")
NOW = datetime(2026, 11, 1, 12, tzinfo=UTC)


def refused_at(exc: pytest.ExceptionInfo[ValidationError]) -> set[tuple]:
    return {e["loc"] for e in exc.value.errors()}


# --- notes ---------------------------------------------------------------------------


def note(**kw) -> NoteIn:
    return NoteIn(**{"note_id": ID, "shopper_id": "sh-1", "reason": "gift", "text": "x", **kw})


def test_notes_take_the_domains_visit_reasons():
    assert NOTE_REASONS == VISIT_REASONS


@pytest.mark.parametrize("reason", VISIT_REASONS)
def test_a_note_for_every_visit_reason(reason):
    n = note(reason=reason, text="  Looking for a gift for her mother.  ")
    assert n.reason == reason and n.text == "Looking for a gift for her mother."


def test_a_note_may_be_2000_characters():
    assert len(note(text="x" * 2000).text) == 2000


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"reason": "chatting"}, "reason"),
        ({"reason": "Gift"}, "reason"),  # the vocabulary is exact
        ({"text": "   "}, "text"),
        ({"text": "x" * 2001}, "text"),
        ({"note_id": "n-1"}, "note_id"),  # the client's id is a UUID: HQ's idempotency key
        ({"shopper_id": ""}, "shopper_id"),
        ({"created_at": NOW}, "created_at"),  # HQ stamps the time, the store and the associate
        ({"store_id": "BR-SP-01"}, "store_id"),
        ({"associate_id": "E1001"}, "associate_id"),
    ],
)
def test_bad_notes_name_the_field(kw, field):
    with pytest.raises(ValidationError) as exc:
        note(**kw)
    assert refused_at(exc) == {(field,)}


# --- wishlist ------------------------------------------------------------------------


def test_a_wishlist_item():
    assert WishlistIn(item_id=ID, shopper_id="sh-1", sku=" ST1-BLK-M ").sku == "ST1-BLK-M"


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"sku": ""}, "sku"),
        ({"sku": "x" * 65}, "sku"),
        ({"item_id": "w-1"}, "item_id"),
        ({"added_at": NOW}, "added_at"),
    ],
)
def test_bad_wishlist_items_name_the_field(kw, field):
    with pytest.raises(ValidationError) as exc:
        WishlistIn(**{"item_id": ID, "shopper_id": "sh-1", "sku": "S", **kw})
    assert refused_at(exc) == {(field,)}


# --- tasks ---------------------------------------------------------------------------


def task(**kw) -> TaskIn:
    return TaskIn(**{"task_id": ID, "shopper_id": "sh-1", "title": "Call", **kw})


def test_a_task_with_a_due_time():
    brasilia = timezone(timedelta(hours=-3))
    due = datetime(2026, 11, 4, 9, tzinfo=brasilia)
    t = task(title=" Call when the size 38 arrives ", due_at=due)
    assert (t.title, t.due_at) == ("Call when the size 38 arrives", due)
    assert task().due_at is None
    assert task(due_at="2026-11-04T09:00:00-03:00").due_at == due
    assert len(task(title="x" * 200).title) == 200


@pytest.mark.parametrize(
    ("kw", "field", "says"),
    [
        ({"title": ""}, "title", "at least 1 character"),
        ({"title": "x" * 201}, "title", "at most 200 characters"),
        ({"due_at": datetime(2026, 11, 4, 9)}, "due_at", "give the time with its UTC offset"),
        ({"due_at": "2026-11-04T09:00:00"}, "due_at", "give the time with its UTC offset"),
        ({"due_at": "next week"}, "due_at", "datetime"),
        # A new task is open; HQ marks it done (and stamps done_at) when it is completed.
        ({"status": "done"}, "status", "Extra inputs"),
        ({"done_at": NOW}, "done_at", "Extra inputs"),
    ],
)
def test_bad_tasks_name_the_field(kw, field, says):
    with pytest.raises(ValidationError, match=says) as exc:
        task(**kw)
    assert refused_at(exc) == {(field,)}


# --- feedback ------------------------------------------------------------------------


def feedback(**kw) -> FeedbackIn:
    return FeedbackIn(**{"feedback_id": ID, "shopper_id": "sh-1", "score": 5, **kw})


@pytest.mark.parametrize("score", [1, 2, 3, 4, 5])
def test_feedback_scores_one_to_five(score):
    assert feedback(score=score).score == score


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"score": 0}, "score"),
        ({"score": 6}, "score"),
        ({"score": -1}, "score"),
        ({"score": 4.5}, "score"),
        ({"score": "great"}, "score"),
        ({"score": None}, "score"),
        ({"comment": "x" * 2001}, "comment"),
        ({"comment": None}, "comment"),
        ({"shopper_id": ""}, "shopper_id"),
    ],
)
def test_bad_feedback_names_the_field(kw, field):
    with pytest.raises(ValidationError) as exc:
        feedback(**kw)
    assert refused_at(exc) == {(field,)}


def test_feedback_comment_is_optional_and_trimmed():
    assert feedback().comment == ""
    assert feedback(comment="  Lovely service ").comment == "Lovely service"
    assert len(feedback(comment="x" * 2000).comment) == 2000


# --- preferences and consent ---------------------------------------------------------


def test_preferences_are_trimmed():
    prefs = PreferencesIn(
        change_id=ID,
        sizes={"shoes": " 38 ", " tops ": "M"},
        fit=" slim ",
        brands=["Aurora", " Nord "],
        colours=("black",),
    )
    assert prefs.sizes == {"shoes": "38", "tops": "M"}
    assert (prefs.fit, prefs.brands, prefs.colours, prefs.styles) == (
        "slim", ["Aurora", "Nord"], ["black"], []
    )  # fmt: skip
    assert PreferencesIn(change_id=ID, sizes={"x" * 60: "x" * 16}).sizes


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"sizes": [("shoes", "38")]}, ("sizes",)),
        ({"sizes": {"shoes": ""}}, ("sizes",)),
        ({"sizes": {"shoes": "  "}}, ("sizes",)),
        ({"sizes": {"": "38"}}, ("sizes",)),
        ({"sizes": {"shoes": "x" * 17}}, ("sizes",)),
        ({"sizes": {"x" * 61: "38"}}, ("sizes",)),
        ({"sizes": {f"c{i}": "M" for i in range(31)}}, ("sizes",)),
        ({"brands": "Aurora"}, ("brands",)),  # a string is not a list of brands
        ({"brands": [f"b{i}" for i in range(31)]}, ("brands",)),
        ({"styles": [1]}, ("styles", 0)),
        ({"fit": None}, ("fit",)),
        ({"fit": "x" * 41}, ("fit",)),
    ],
)
def test_bad_preferences_name_the_field(kw, field):
    with pytest.raises(ValidationError) as exc:
        PreferencesIn(change_id=ID, **kw)
    # a size names its category: ("sizes", "shoes") or ("sizes", "shoes", "[key]")
    assert {loc[: len(field)] for loc in refused_at(exc)} == {field}


def test_consent_is_given_in_full_each_time():
    c = ConsentIn(change_id=ID, marketing_email=True, marketing_sms=False, profiling=False)
    assert (c.marketing_email, c.marketing_sms, c.profiling) == (True, False, False)
    with pytest.raises(ValidationError) as exc:
        ConsentIn(change_id=ID, marketing_email=True)  # nothing is assumed for the others
    assert refused_at(exc) == {("marketing_sms",), ("profiling",)}
    with pytest.raises(ValidationError) as exc:
        ConsentIn(change_id=ID, marketing_email="maybe", marketing_sms=False, profiling=None)
    assert refused_at(exc) == {("marketing_email",), ("profiling",)}
