"""Guided scenarios from their files: resources/training/NN-name.json, one per scenario.

Each file is checked strictly when it is read: unknown or missing fields, a check or
setup action nobody knows, its parameters, a placeholder no setup action provides,
and a question whose answer is not one of its choices are refused with the file and
the field named (ScenarioError), so a broken file is found before a trainee meets it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from importlib.resources import files
from pathlib import Path
from typing import Any

from clienteling.domain.training import (
    ROLES,
    Action,
    Check,
    Mistake,
    Question,
    Scenario,
    ScenarioError,
    Step,
    placeholders,
)

from .checks import CHECKS, PARAM_VALUES
from .practice import ACTIONS
from .practice import PARAM_VALUES as SETUP_VALUES

_SCENARIO_KEYS = {"id", "role", "title", "goal", "setup", "steps"}
_STEP_KEYS = {"id", "title", "hint", "check", "question", "mistakes", "on_enter", "optional"}


def scenarios_dir() -> Path:
    """resources/training (the `clienteling.resources` package; CLIENTELING_RESOURCES
    overrides it, as for the themes and translations)."""
    override = os.environ.get("CLIENTELING_RESOURCES")
    base = Path(override) if override else Path(str(files("clienteling.resources")))
    return base / "training"


class _Reader:
    """Reads one file's JSON with the place of each value, for errors that name it."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.values: set[str] = set()  # placeholders the setup provides so far

    def fail(self, where: str, what: str) -> ScenarioError:
        return ScenarioError(f"{self.source}: {where}: {what}")

    def obj(self, value: Any, where: str, allowed: set[str], required: set[str]) -> dict:
        if not isinstance(value, dict):
            raise self.fail(where, "must be an object")
        unknown = sorted(set(value) - allowed)
        if unknown:
            raise self.fail(f"{where}.{unknown[0]}", f"unknown field (allowed: {sorted(allowed)})")
        missing = sorted(required - set(value))
        if missing:
            raise self.fail(f"{where}.{missing[0]}", "missing")
        return value

    def text(self, value: Any, where: str, *, filled: bool = True) -> str:
        if not isinstance(value, str) or (filled and not value.strip()):
            raise self.fail(where, "must be a non-empty text")
        unknown = sorted(placeholders(value) - self.values)
        if unknown:
            raise self.fail(
                where, f"placeholder {{{unknown[0]}}} is not provided by the scenario's setup"
            )
        return value

    def params(self, value: Any, where: str) -> dict:
        value = {} if value is None else value
        if not isinstance(value, dict):
            raise self.fail(where, "must be an object")
        for key, v in value.items():
            if isinstance(v, str):
                self.text(v, f"{where}.{key}", filled=False)
            elif not isinstance(v, bool | int):
                raise self.fail(f"{where}.{key}", "must be a text, a whole number or true/false")
        return value

    def action(self, value: Any, where: str) -> Action:
        raw = self.obj(value, where, {"action", "params"}, {"action"})
        name = raw["action"]
        known = ACTIONS.get(name)
        if known is None:
            raise self.fail(f"{where}.action", f"unknown setup action {name!r} ({sorted(ACTIONS)})")
        params = self.params(raw.get("params"), f"{where}.params")
        unknown = sorted(set(params) - known.params)
        if unknown:
            raise self.fail(f"{where}.params.{unknown[0]}", f"{name} does not take it")
        for key, value in params.items():
            allowed = SETUP_VALUES.get(key)
            if allowed is not None and value not in allowed:
                shown = ", ".join(json.dumps(a) for a in allowed)
                raise self.fail(f"{where}.params.{key}", f"must be one of {shown}")
        needed = sorted(known.needs - self.values)
        if needed:
            raise self.fail(where, f"{name} needs {needed[0]} from an earlier setup action")
        self.values |= known.provides
        return Action(name, params)

    def check(self, value: Any, where: str) -> Check:
        raw = self.obj(value, where, {"name", "params"}, {"name"})
        name = raw["name"]
        known = CHECKS.get(name)
        if known is None:
            raise self.fail(f"{where}.name", f"unknown check {name!r} ({sorted(CHECKS)})")
        params = self.params(raw.get("params"), f"{where}.params")
        if "shopper" in known.required and "shopper" not in params:
            params = {"shopper": self.text("{shopper_id}", f"{where}.params.shopper"), **params}
        unknown = sorted(set(params) - known.required - known.optional)
        if unknown:
            raise self.fail(f"{where}.params.{unknown[0]}", f"{name} does not take it")
        missing = sorted(known.required - set(params))
        if missing:
            raise self.fail(f"{where}.params.{missing[0]}", f"{name} needs it")
        for key, value in params.items():
            allowed = PARAM_VALUES.get(key)
            if allowed is not None and value not in allowed:
                shown = ", ".join(json.dumps(a) for a in allowed)
                raise self.fail(f"{where}.params.{key}", f"must be one of {shown}")
        return Check(name, params)

    def question(self, value: Any, where: str) -> Question:
        raw = self.obj(value, where, {"text", "choices", "answer", "explanation"}, {
            "text", "choices", "answer", "explanation"})  # fmt: skip
        choices = raw["choices"]
        if not isinstance(choices, list) or len(choices) < 2:
            raise self.fail(f"{where}.choices", "must list at least two choices")
        texts = tuple(self.text(c, f"{where}.choices[{i}]") for i, c in enumerate(choices))
        answer = raw["answer"]
        if not isinstance(answer, int) or isinstance(answer, bool) or not 0 <= answer < len(texts):
            raise self.fail(
                f"{where}.answer", f"must be the index of a choice (0..{len(texts) - 1})"
            )
        return Question(
            self.text(raw["text"], f"{where}.text"), texts, answer,
            self.text(raw["explanation"], f"{where}.explanation"),
        )  # fmt: skip

    def step(self, value: Any, where: str) -> Step:
        raw = self.obj(value, where, _STEP_KEYS, {"id", "title", "hint"})
        on_enter = tuple(
            self.action(a, f"{where}.on_enter[{i}]") for i, a in enumerate(raw.get("on_enter", []))
        )
        if ("check" in raw) == ("question" in raw):
            raise self.fail(where, "a step has either a check or a question")
        step_id = self.ident(raw["id"], f"{where}.id")
        title = self.text(raw["title"], f"{where}.title")
        hint = self.text(raw["hint"], f"{where}.hint")
        check = self.check(raw["check"], f"{where}.check") if "check" in raw else None
        question = None
        if "question" in raw:
            question = self.question(raw["question"], f"{where}.question")
        mistakes = []
        for i, m in enumerate(raw.get("mistakes", [])):
            at = f"{where}.mistakes[{i}]"
            m = self.obj(m, at, {"check", "explanation"}, {"check", "explanation"})
            mistakes.append(
                Mistake(
                    self.check(m["check"], f"{at}.check"),
                    self.text(m["explanation"], f"{at}.explanation"),
                )
            )
        optional = raw.get("optional", False)
        if not isinstance(optional, bool):
            raise self.fail(f"{where}.optional", "must be true or false")
        return Step(step_id, title, hint, check, question, tuple(mistakes), on_enter, optional)

    def ident(self, value: Any, where: str) -> str:
        ok = isinstance(value, str) and value and all(c.isalnum() or c in "-_" for c in value)
        if not ok:
            raise self.fail(where, "must be a word of letters, digits, - and _")
        return value

    def scenario(self, raw: Any) -> Scenario:
        raw = self.obj(raw, "scenario", _SCENARIO_KEYS, _SCENARIO_KEYS)
        role = raw["role"]
        if role not in ROLES:
            raise self.fail("role", f"must be one of {', '.join(ROLES)}")
        if not isinstance(raw["setup"], list):
            raise self.fail("setup", "must be a list of setup actions")
        setup = tuple(self.action(a, f"setup[{i}]") for i, a in enumerate(raw["setup"]))
        title, goal = self.text(raw["title"], "title"), self.text(raw["goal"], "goal")
        if not isinstance(raw["steps"], list) or not raw["steps"]:
            raise self.fail("steps", "must list at least one step")
        steps = tuple(self.step(s, f"steps[{i}]") for i, s in enumerate(raw["steps"]))
        ids = [s.id for s in steps]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise self.fail("steps", f"step id {twice[0]!r} is used twice")
        return Scenario(
            id=self.ident(raw["id"], "id"),
            role=role,
            title=title,
            goal=goal,
            setup=setup,
            steps=steps,
            source=self.source,
        )


def parse(raw: Mapping[str, Any] | Any, source: str) -> Scenario:
    """A scenario from its parsed JSON; ScenarioError names `source` and the field."""
    return _Reader(source).scenario(raw)


def load_file(path: Path) -> Scenario:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"{path.name}: cannot be read ({exc.__class__.__name__})") from None
    except json.JSONDecodeError as exc:
        raise ScenarioError(
            f"{path.name}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    return parse(raw, path.name)


def load_all(folder: Path | None = None) -> list[Scenario]:
    """Every scenario of the folder, in file-name order (NN-name.json); ScenarioError for the
    first file that is not right, and when two files share an id."""
    folder = folder or scenarios_dir()
    out: list[Scenario] = []
    for path in sorted(folder.glob("*.json")):
        scenario = load_file(path)
        same = next((s for s in out if s.id == scenario.id), None)
        if same is not None:
            raise ScenarioError(f"{path.name}: id: {scenario.id!r} is also the id of {same.source}")
        out.append(scenario)
    return out
