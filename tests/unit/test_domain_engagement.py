"""Notes, wishlist items, follow-up tasks, feedback, and the associates who record them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clienteling.domain.associates import Associate
from clienteling.domain.engagement import VISIT_REASONS, Feedback, Note, Task, WishlistItem
from clienteling.domain.enums import Role, TaskStatus
from clienteling.domain.errors import InvalidField

NOW = datetime(2026, 11, 1, 12, tzinfo=UTC)
NAIVE = datetime(2026, 11, 1, 12)
WHO = ("sh-1", "BR-SP-01", "E1001")  # shopper, store, associate


@pytest.mark.parametrize("reason", VISIT_REASONS)
def test_a_note_for_every_visit_reason(reason):
    note = Note("n-1", *WHO, reason, "  Looking for a gift for her mother.  ", NOW)
    assert note.reason == reason and note.text == "Looking for a gift for her mother."


def test_visit_reasons_are_the_agreed_vocabulary():
    assert set(VISIT_REASONS) == {
        "browsing", "gift", "event", "alteration", "return", "pickup", "appointment", "other"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("args", "field", "says"),
    [
        (("n-1", *WHO, "chatting", "x", NOW), "reason", "choose one of: browsing"),
        (("n-1", *WHO, "Gift", "x", NOW), "reason", "choose one of"),
        (("n-1", *WHO, "gift", "   ", NOW), "text", "is empty"),
        (("n-1", *WHO, "gift", "x" * 2001, NOW), "text", "longer than 2000"),
        (("n-1", *WHO, "gift", "x", NAIVE), "created_at", "no time zone"),
        (("n 1", *WHO, "gift", "x", NOW), "note_id", "not an id"),
        (("n-1", "", "BR-SP-01", "E1001", "gift", "x", NOW), "shopper_id", "not an id"),
    ],
)
def test_bad_notes_are_named(args, field, says):
    with pytest.raises(InvalidField, match=rf"^{field}: .*{says}"):
        Note(*args)


def test_a_note_may_be_2000_characters():
    assert len(Note("n-1", *WHO, "other", "x" * 2000, NOW).text) == 2000


def test_wishlist_item():
    item = WishlistItem("w-1", "sh-1", "ST1-BLK-M", "BR-SP-01", "E1001", NOW)
    assert item.sku == "ST1-BLK-M"
    with pytest.raises(InvalidField, match=r"^sku: "):
        WishlistItem("w-1", "sh-1", "", "BR-SP-01", "E1001", NOW)
    with pytest.raises(InvalidField, match=r"^added_at: "):
        WishlistItem("w-1", "sh-1", "ST1-BLK-M", "BR-SP-01", "E1001", NAIVE)


def test_tasks_open_and_done():
    due = NOW + timedelta(days=3)
    task = Task("t-1", *WHO, " Call when the size 38 arrives ", NOW, due_at=due)
    assert (task.status, task.title, task.done_at) == (
        TaskStatus.OPEN,
        "Call when the size 38 arrives",
        None,
    )
    done = Task("t-1", *WHO, "Call", NOW, "done", due_at=due, done_at=NOW + timedelta(days=1))
    assert done.status is TaskStatus.DONE and done.done_at > done.created_at


@pytest.mark.parametrize(
    ("kw", "field", "says"),
    [
        ({"status": "done"}, "done_at", "give the time"),
        ({"status": "open", "done_at": NOW}, "done_at", "only a done task"),
        ({"status": "later"}, "status", "choose one of: open, done"),
        ({"title": ""}, "title", "is empty"),
        ({"title": "x" * 201}, "title", "longer than 200"),
        ({"due_at": NAIVE}, "due_at", "no time zone"),
        ({"status": "done", "done_at": NAIVE}, "done_at", "no time zone"),
        ({"created_at": "2026-11-01"}, "created_at", "date and time"),
    ],
)
def test_bad_tasks_are_named(kw, field, says):
    fields = {"task_id": "t-1", "shopper_id": "sh-1", "store_id": "BR-SP-01",
              "associate_id": "E1001", "title": "Call", "created_at": NOW}  # fmt: skip
    with pytest.raises(InvalidField, match=rf"^{field}: .*{says}"):
        Task(**{**fields, **kw})


@pytest.mark.parametrize("score", [1, 2, 3, 4, 5])
def test_feedback_scores_one_to_five(score):
    assert Feedback("f-1", *WHO, score, NOW).score == score


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"score": 0}, "score"),
        ({"score": 6}, "score"),
        ({"score": 4.0}, "score"),
        ({"score": True}, "score"),
        ({"score": "5"}, "score"),
        ({"comment": "x" * 2001}, "comment"),
        ({"comment": None}, "comment"),
        ({"created_at": NAIVE}, "created_at"),
    ],
)
def test_bad_feedback_is_named(kw, field):
    fields = {"feedback_id": "f-1", "shopper_id": "sh-1", "store_id": "BR-SP-01",
              "associate_id": "E1001", "score": 5, "created_at": NOW}  # fmt: skip
    with pytest.raises(InvalidField, match=rf"^{field}: "):
        Feedback(**{**fields, **kw})


def test_feedback_comment_is_optional_and_trimmed():
    assert Feedback("f-1", *WHO, 4, NOW).comment == ""
    assert Feedback("f-1", *WHO, 4, NOW, comment="  Lovely service ").comment == "Lovely service"
    assert len(Feedback("f-1", *WHO, 4, NOW, comment="x" * 2000).comment) == 2000


def test_associates_and_who_may_change_data():
    ana = Associate("E1001", " Ana Souza ", "associate", "BR-SP-01")
    assert (ana.name, ana.role, ana.active) == ("Ana Souza", Role.ASSOCIATE, True)
    assert ana.can_change_data
    assert Associate("E1002", "Rui", Role.MANAGER, "BR-SP-01").can_change_data
    assert not Associate("T-7", "Eva", "trainee", "BR-SP-01").can_change_data
    assert not Associate("E1003", "Leo", "manager", "BR-SP-01", active=False).can_change_data
    assert Associate("e_1-A", "Leo", "manager", "BR-SP-01").associate_id == "e_1-A"
    assert Associate("E" * 64, "Leo", "manager", "BR-SP-01")


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"associate_id": "E 1001"}, "employee_id"),  # named as the associate knows it
        ({"associate_id": "E.1001"}, "employee_id"),
        ({"associate_id": "E" * 65}, "employee_id"),
        ({"associate_id": ""}, "employee_id"),
        ({"associate_id": "E1001\n"}, "employee_id"),
        ({"name": ""}, "name"),
        ({"role": "boss"}, "role"),
        ({"home_store": "BR SP"}, "home_store"),
        ({"active": "yes"}, "active"),
    ],
)
def test_bad_associates_are_named(kw, field):
    fields = {"associate_id": "E1001", "name": "Ana", "role": "associate", "home_store": "BR-SP-01"}
    with pytest.raises(InvalidField, match=rf"^{field}: "):
        Associate(**{**fields, **kw})
