"""Scenario files are checked strictly when read: a mistake names the file and the field."""

from __future__ import annotations

import copy
import json

import pytest

from clienteling.demo.scenarios import load_all, load_file, parse
from clienteling.domain.training import ScenarioError, fill

GOOD = {
    "id": "demo",
    "role": "associate",
    "title": "Find {shopper_name}",
    "goal": "A shopper wants help.",
    "setup": [{"action": "practice_shopper", "params": {"kind": "returning"}}],
    "steps": [
        {
            "id": "note",
            "title": "Record the visit",
            "hint": "Add a note on {shopper_name}'s profile.",
            "check": {"name": "note_added", "params": {"reason": "gift"}},
            "mistakes": [
                {"check": {"name": "note_on_other_shopper"}, "explanation": "Wrong shopper."}
            ],
        },
        {
            "id": "why",
            "title": "Why?",
            "hint": "Think.",
            "question": {"text": "Why?", "choices": ["A", "B"], "answer": 1, "explanation": "B."},
        },
    ],
}


def broken(change) -> dict:
    raw = copy.deepcopy(GOOD)
    change(raw)
    return raw


def test_the_shipped_scenarios_cover_the_issue():
    scenarios = load_all()
    assert len(scenarios) >= 9
    assert {s.role for s in scenarios} == {"associate", "manager"}
    checks = {c.name for s in scenarios for st in s.steps for c in [st.check] if c}
    assert {
        "note_added", "shopper_on_terminal", "order_placed", "order_queued_offline",
        "order_confirmed_after_outage", "order_refused", "preferences_recorded", "task_added",
        "shopper_erased",
    } <= checks  # fmt: skip
    mistakes = {m.check.name for s in scenarios for st in s.steps for m in st.mistakes}
    assert {"order_other_size", "order_sent_online", "consent_changed"} <= mistakes
    assert all(st.hint and st.title for s in scenarios for st in s.steps)


def test_a_good_scenario_is_read_with_the_shopper_filled_in_by_default():
    scenario = parse(GOOD, "00-demo.json")
    note = scenario.steps[0]
    assert note.check.params == {"shopper": "{shopper_id}", "reason": "gift"}
    assert scenario.steps[1].question.answer == 1
    assert fill(scenario.title, {"shopper_name": "Ana"}) == "Find Ana"
    assert fill("{unknown} stays", {}) == "{unknown} stays"


def at(path: str, **values):
    """A change to the part of GOOD at `path` ("steps.0.check"): set `values`; a value of
    POP removes that field."""

    def change(raw):
        node = raw
        for part in path.split(".") if path else []:
            node = node[int(part)] if isinstance(node, list) else node[part]
        for key, value in values.items():
            if value is POP:
                node.pop(key)
            else:
                node[key] = value

    return change


POP = object()
STEP0, STEP1 = "steps.0", "steps.1"
CASES = [
    (at("", goal=POP), "00-demo.json: scenario.goal: missing"),
    (at("", colour="red"), "00-demo.json: scenario.colour: unknown field"),
    (at("", role="cashier"), "00-demo.json: role: must be one of"),
    (at(f"{STEP0}.check", name="magic"), "steps[0].check.name: unknown check 'magic'"),
    (at(f"{STEP0}.check.params", reason="lunch"), "steps[0].check.params.reason: must be one"),
    (at(f"{STEP0}.check.params", size="M"), "params.size: note_added does not take it"),
    (at(STEP0, hint="Ask {nobody}"), "steps[0].hint: placeholder {nobody} is not provided"),
    (at(STEP0, title=""), "steps[0].title: must be a non-empty text"),
    (at(f"{STEP1}.question", answer=2), "steps[1].question.answer: must be the index"),
    (at(f"{STEP1}.question", choices=["A"]), "steps[1].question.choices: must list at least"),
    (at(STEP1, check={"name": "network_cut"}), "steps[1]: a step has either a check or a"),
    (at(STEP1, id="note"), "steps: step id 'note' is used twice"),
    (at(f"{STEP0}.mistakes.0", explanation=POP), "steps[0].mistakes[0].explanation: missing"),
    (at("setup.0", action="make_coffee"), "setup[0].action: unknown setup action"),
    (at("setup.0.params", kind="vip"), "setup[0].params.kind: must be one of"),
    (at("", setup=[]), "title: placeholder {shopper_name} is not provided"),
    (at("", setup=[], title="Find"), "steps[0].hint: placeholder {shopper_name}"),
    (at("", setup=[{"action": "sell_last_unit"}]), "setup[0]: sell_last_unit needs"),
    (at("", steps=[]), "steps: must list at least one step"),
]


@pytest.mark.parametrize(("change", "says"), CASES)
def test_a_wrong_field_is_named_with_the_file(change, says):
    with pytest.raises(ScenarioError) as caught:
        parse(broken(change), "00-demo.json")
    assert says in str(caught.value)
    assert str(caught.value).startswith("00-demo.json: ")


def test_a_file_that_is_not_json_says_where(tmp_path):
    path = tmp_path / "01-bad.json"
    path.write_text('{"id": "x",\n  "role": }', encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"01-bad.json: not valid JSON at line 2, column"):
        load_file(path)


def test_two_files_with_one_id_are_refused(tmp_path):
    for name in ("01-a.json", "02-b.json"):
        (tmp_path / name).write_text(json.dumps(GOOD), encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"02-b\.json: id: 'demo' is also the id of 01-a\.json"):
        load_all(tmp_path)


def test_the_list_command_shows_every_scenario_with_its_steps(capsys):
    from clienteling.cli import main

    assert main(["training", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["scenarios"]
    assert [s["id"] for s in listed] == [s.id for s in load_all()]
    delivery = next(s for s in listed if s["id"] == "order-for-delivery")
    assert delivery["file"] == "03-order-for-delivery.json"
    order = delivery["steps"][1]
    assert order["check"]["name"] == "order_placed"
    assert order["mistakes"][0]["check"] == "order_other_size"
    assert main(["training", "list"]) == 0
    assert "erase-on-request (manager): Erase a shopper on request" in capsys.readouterr().out


def test_the_coach_is_what_the_ui_types_against():
    from clienteling.demo.coach import Coach
    from clienteling.domain.training import CoachLike

    coach: CoachLike = Coach(control=None, scenarios=load_all())
    assert coach.scenario is None and not coach.active
    assert coach.check() is None and coach.progress() is None and coach.stop() is None
    assert [s.id for s in coach.scenarios_in_order][:2] == ["find-by-phone", "scan-loyalty-card"]
    with pytest.raises(ValueError, match="no training scenario 'nope'"):
        coach.start("nope")
    with pytest.raises(ValueError, match="not a question"):
        coach.answer(0)
    assert coach.hint() == ""


def test_the_scenario_files_ship_with_the_app():
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["clienteling.resources"]
    shipped = {p.name for g in globs for p in (root / "resources").glob(g)}
    assert {s.source for s in load_all(root / "resources" / "training")} <= shipped
