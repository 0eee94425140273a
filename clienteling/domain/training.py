"""Guided training scenarios as the screens see them: plain, Qt-free values.

A scenario file (resources/training/NN-name.json) becomes a `Scenario`; the coach
(clienteling.demo.coach) follows the trainee's real work through it and answers
with a `Progress`, and with a `Summary` at the end. Texts are English templates:
the UI translates each (context "TrainingScenario") and then fills its
placeholders ("{shopper_name}") from `Progress.values` with `fill`.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

ROLES = ("associate", "manager")
CONTEXT = "TrainingScenario"  # the translation context of every scenario text


@dataclass(frozen=True)
class Check:
    """A named check (clienteling.demo.checks) and its parameters (placeholders allowed)."""

    name: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Mistake:
    """A wrong action the coach notices while the step is current, and why it is wrong."""

    check: Check
    explanation: str


@dataclass(frozen=True)
class Question:
    """A step answered by choosing: `answer` is the index of the right choice; `explanation`
    says why (shown with a wrong answer, and after the right one)."""

    text: str
    choices: tuple[str, ...]
    answer: int
    explanation: str


@dataclass(frozen=True)
class Action:
    """A named setup action (clienteling.demo.practice) and its parameters."""

    name: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    hint: str
    check: Check | None = None  # None: a question step
    question: Question | None = None
    mistakes: tuple[Mistake, ...] = ()
    on_enter: tuple[Action, ...] = ()  # applied when the step becomes the current one
    optional: bool = False  # passed over when a later step is done first

    @property
    def texts(self) -> list[str]:
        out = [self.title, self.hint, *(m.explanation for m in self.mistakes)]
        if self.question is not None:
            q = self.question
            out += [q.text, *q.choices, q.explanation]
        return out


@dataclass(frozen=True)
class Scenario:
    id: str
    role: str  # "associate" or "manager": who the trainee signs in as
    title: str
    goal: str  # what the shopper wants, in a sentence
    setup: tuple[Action, ...]
    steps: tuple[Step, ...]
    source: str = ""  # the file it came from

    @property
    def texts(self) -> list[str]:
        """Every English text of the scenario, for translation."""
        out = [self.title, self.goal]
        for step in self.steps:
            out += step.texts
        return list(dict.fromkeys(t for t in out if has_words(t)))


@dataclass(frozen=True)
class NoticedMistake:
    step_id: str
    check: str  # the mistake's check name ("question" for a wrong answer)
    explanation: str  # English template
    seconds: float  # since the scenario started


@dataclass(frozen=True)
class StepProgress:
    step: Step
    done: bool
    current: bool
    skipped: bool = False  # an optional step passed over


@dataclass(frozen=True)
class Progress:
    scenario: Scenario
    steps: tuple[StepProgress, ...]
    mistakes: tuple[NoticedMistake, ...]
    values: Mapping[str, str]  # the placeholders' values, chosen at setup
    hints_used: int
    seconds: float
    finished: bool
    interrupted: bool = False  # the practice store was reset under it: start it again

    @property
    def current(self) -> Step | None:
        return next((s.step for s in self.steps if s.current), None)

    @property
    def done_count(self) -> int:
        return sum(1 for s in self.steps if s.done or s.skipped)


@dataclass(frozen=True)
class Summary:
    scenario_id: str
    seconds: float
    hints_used: int
    mistakes: tuple[NoticedMistake, ...]
    steps_done: int
    steps_total: int
    finished: bool
    interrupted: bool = False

    @property
    def mistake_count(self) -> int:
        return len(self.mistakes)


class CoachLike(Protocol):
    """What the UI may call on the coach (clienteling.demo.coach.Coach), which it receives
    from the training control (`TrainingTerminal.coach()`) and never imports. Blocking
    calls (start, check) run on the task runner."""

    scenarios_in_order: list[Scenario]

    @property
    def scenario(self) -> Scenario | None: ...

    @property
    def active(self) -> bool: ...

    def start(self, scenario_id: str, *, reset: bool = True) -> Progress: ...

    def check(self) -> Progress | None: ...

    def progress(self) -> Progress | None: ...

    def hint(self) -> str: ...

    def answer(self, choice: int) -> bool: ...

    def summary(self) -> Summary: ...

    def stop(self) -> Summary | None: ...


class ScenarioError(ValueError):
    """A scenario file that cannot be used: names the file and the field."""


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, values: Mapping[str, Any]) -> str:
    """The template with its placeholders filled; an unknown one stays as written."""
    return string.Formatter().vformat(template, (), _Blank(values))


def has_words(template: str) -> bool:
    """Whether the template says something besides its placeholders ("{shopper_name}" alone
    has nothing to translate)."""
    return any(ch.isalpha() for ch in fill(template, {k: "" for k in placeholders(template)}))


def placeholders(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}
