"""A training record (domain.training_records) and its hand-off file: what the coach gives,
what is refused before any file is written, and that the file is exactly HQ's wire body."""

from __future__ import annotations

import json
import stat
from dataclasses import dataclass

import pytest

from clienteling.domain.training_records import TrainingRecord
from clienteling.protocol.writes import ACTIVITY_KINDS, TrainingResultIn
from clienteling.services.training_results import hand_off

SUMMARY = {"scenario_id": "outage-order", "seconds": 200.4, "hints": 3, "mistakes": 0}


@dataclass
class Summary:  # a coach's summary as an object
    scenario_id: str
    seconds: int
    hints: int
    mistakes: int


def test_a_record_from_the_coachs_summary_a_mapping_or_an_object():
    a = TrainingRecord.finished(" E-17 ", SUMMARY)
    assert (a.employee_id, a.scenario_id, a.seconds, a.hints, a.mistakes) == (
        "E-17",
        "outage-order",
        200,
        3,
        0,
    )
    b = TrainingRecord.finished("E-17", Summary("outage-order", 200, 3, 0))
    assert b.result_id != a.result_id  # each finished scenario is its own record
    assert set(a.as_json()) == set(TrainingResultIn.model_fields)


@pytest.mark.parametrize(
    ("employee_id", "changes", "field"),
    [
        ("", {}, "employee_id"),
        ("E\n17", {}, "employee_id"),
        ("E-17", {"scenario_id": "Find a shopper"}, "scenario_id"),
        ("E-17", {"scenario_id": None}, "scenario_id"),
        ("E-17", {"seconds": -1}, "seconds"),
        ("E-17", {"hints": True}, "hints"),
        ("E-17", {"mistakes": "2"}, "mistakes"),
        ("E-17", {"mistakes": None}, "mistakes"),
    ],
)
def test_a_record_that_does_not_fit_says_which_field(employee_id, changes, field, tmp_path):
    with pytest.raises(ValueError, match=rf"^{field}: "):
        TrainingRecord.finished(employee_id, {**SUMMARY, **changes})
    record = TrainingRecord("E-17", "outage-order", 1, 0, 0, finished_at="yesterday")
    with pytest.raises(ValueError, match=r"^finished_at: "):
        hand_off(tmp_path / "out", record)
    assert not (tmp_path / "out").exists()


def test_the_hand_off_file_is_the_wire_body_private_to_its_user(tmp_path):
    record = TrainingRecord.finished("E-17", SUMMARY)
    path = hand_off(tmp_path / "training-results", record)
    assert path.name == f"{record.result_id}.json"
    body = json.loads(path.read_text())
    assert TrainingResultIn.model_validate(body).model_dump(mode="json") == body
    assert body["employee_id"] == "E-17" and "shopper_id" not in body
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no partial file left


def test_training_has_no_activity_kind():
    """Training never counts: no activity event stands for a training result (HQ keeps them
    in their own table, which no figure reads)."""
    assert not [k for k in ACTIVITY_KINDS if "train" in k]
