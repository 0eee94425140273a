"""The coach: follows a trainee through a guided scenario by reading the real state.

    coach = training.coach()                # clienteling.app.TrainingTerminal
    progress = coach.start("find-by-phone") # reset, setup, baseline (on a worker)
    progress = coach.check()                # every ~1.5 s and after each sync (a worker)
    coach.hint()                            # the current step's hint; counted
    coach.answer(1)                         # a question step's choice
    coach.summary()                         # time, hints, mistakes

Qt-free and thread-safe (one lock): the UI calls it from its task runner. Steps are
done in order; each check and each mistake reads the training terminal's outbox and
cache and the training HQ's database, compared with the baseline taken when the
scenario started. A mistake is noticed once per step, with its explanation.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from clienteling.domain.training import (
    Action,
    Check,
    NoticedMistake,
    Progress,
    Scenario,
    Step,
    StepProgress,
    Summary,
    fill,
)

from . import practice
from .checks import CHECKS, Baseline, World, take_baseline

log = logging.getLogger(__name__)


class Coach:
    """One scenario at a time, for one training terminal (`control`: its TrainingTerminal,
    with `services`, `hq`, `online`, `reset()`, `restore()`)."""

    def __init__(
        self,
        control: Any,
        scenarios: Sequence[Scenario],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.control, self.clock = control, clock
        self.scenarios_in_order = list(scenarios)
        self.scenarios = {s.id: s for s in scenarios}
        self._lock = threading.RLock()
        self._scenario: Scenario | None = None
        self._values: dict[str, str] = {}
        self._baseline: Baseline | None = None
        self._started, self._ended = 0.0, None
        self._index = 0
        self._done: set[str] = set()
        self._skipped: set[str] = set()
        self._mistakes: list[NoticedMistake] = []
        self._noticed: set[tuple[str, str]] = set()  # mistakes seen: (check, params)
        self._hints = 0
        self._seen: dict = {}  # what the checks saw in earlier rounds
        self._terminal = None  # the terminal the scenario started on
        self._starting: Scenario | None = None
        self._interrupted = False

    # --- starting -----------------------------------------------------------------------------

    @property
    def scenario(self) -> Scenario | None:
        return self._scenario

    @property
    def active(self) -> bool:
        """A scenario is under way (started, not finished nor stopped)."""
        return self._scenario is not None and self._ended is None

    def start(self, scenario_id: str, *, reset: bool = True) -> Progress:
        """Start a scenario: the practice store reset (`reset`; the old services are then
        unusable, as with TrainingTerminal.reset), the network back, the setup applied to
        the training HQ, then the baseline. Blocks: run it on a worker.
        ValueError for an unknown id; practice.SetupFailed when the chain has nothing
        that fits."""
        scenario = self.scenarios.get(scenario_id)
        if scenario is None:
            raise ValueError(f"no training scenario {scenario_id!r} ({', '.join(self.scenarios)})")
        with self._lock:
            self._scenario, self._starting = None, scenario
            if reset:
                self.control.reset()
            if not self.control.online:
                self.control.restore()
            values: dict[str, str] = {}
            for action in scenario.setup:
                values |= self._apply(action, values)
            self._values = values
            self._index, self._hints = 0, 0
            self._done, self._skipped, self._noticed = set(), set(), set()
            self._mistakes, self._seen = [], {}
            self._enter(scenario.steps[0])
            self._baseline = take_baseline(self.control.services, self.control.hq)
            self._started, self._ended = self.clock(), None
            self._terminal, self._interrupted = self.control.services, False
            self._scenario = scenario
            return self._progress()

    def _apply(self, action: Action, values: dict[str, str]) -> dict[str, str]:
        salt = self._starting.id if self._starting is not None else ""
        ctx = practice.Context(self.control.hq, self.control.services.store_id, values, salt)
        params = {k: fill(v, values) if isinstance(v, str) else v for k, v in action.params.items()}
        return practice.ACTIONS[action.name].fn(ctx, params)

    def _enter(self, step: Step) -> None:
        for action in step.on_enter:
            self._values |= self._apply(action, self._values)

    def stop(self) -> Summary | None:
        """Leave the scenario (its summary, unfinished), or None when none was under way."""
        with self._lock:
            if self._scenario is None:
                return None
            summary = self.summary()
            self._scenario = None
            return summary

    # --- following the trainee ----------------------------------------------------------------

    def _passes(self, check: Check, world: World) -> bool:
        params = {
            k: fill(v, self._values) if isinstance(v, str) else v for k, v in check.params.items()
        }
        return CHECKS[check.name].fn(world, params)

    def _world(self) -> World | None:
        services, hq = self.control.services, self.control.hq
        if services is None or hq is None or hq.db is None:
            return None  # being reset: nothing to read now
        return World(services, hq, self._baseline, bool(self.control.online), self._seen)

    def check(self) -> Progress | None:
        """Read the real state: the mistakes of the current step, then whether it is done
        (and the next ones). None when no scenario was started."""
        with self._lock:
            if self._scenario is None:
                return None
            if self._ended is not None:
                return self._progress()
            if self.control.services is not self._terminal and self.control.services is not None:
                # Reset from the band meanwhile: the baseline and the setup are gone.
                self._interrupted, self._ended = True, self.clock()
                return self._progress()
            try:
                self._advance()
            except Exception as exc:  # the terminal is being reset or closed: next time
                log.info("checking the scenario failed for now (%s)", exc.__class__.__name__)
            return self._progress()

    def _advance(self) -> None:
        steps = self._scenario.steps
        world = self._world()
        while world is not None and self._index < len(steps):
            step = steps[self._index]
            for mistake in step.mistakes:
                # The same wrong action, watched for on several steps, is noticed once.
                key = (mistake.check.name, repr(sorted(mistake.check.params.items())))
                if key not in self._noticed and self._passes(mistake.check, world):
                    self._noticed.add(key)
                    self._notice(step, mistake.check.name, mistake.explanation)
            if step.question is not None:
                return  # waits for the trainee's answer
            if self._passes(step.check, world):
                self._done.add(step.id)
            elif step.optional and self._later_done(world):
                self._skipped.add(step.id)
            else:
                return
            self._next()
            world = self._world()  # the next step's setup may have changed the HQ

    def _later_done(self, world: World) -> bool:
        steps = self._scenario.steps
        later = steps[self._index + 1] if self._index + 1 < len(steps) else None
        return later is not None and later.check is not None and self._passes(later.check, world)

    def _next(self) -> None:
        self._index += 1
        if self._index < len(self._scenario.steps):
            self._enter(self._scenario.steps[self._index])
        else:
            self._ended = self.clock()

    def _notice(self, step: Step, check: str, explanation: str) -> None:
        seconds = round(self.clock() - self._started, 1)
        self._mistakes.append(NoticedMistake(step.id, check, explanation, seconds))

    def answer(self, choice: int) -> bool:
        """The trainee's choice for the current question step: True when right (the step is
        done); a wrong choice is a mistake, explained. ValueError when no question waits."""
        with self._lock:
            step = self._current()
            if step is None or step.question is None:
                raise ValueError("the current step is not a question")
            if not 0 <= choice < len(step.question.choices):
                raise ValueError(f"choose 0..{len(step.question.choices) - 1}")
            if choice != step.question.answer:
                self._notice(step, f"question:{choice}", step.question.explanation)
                return False
            self._done.add(step.id)
            self._next()
            return True

    def hint(self) -> str:
        """The current step's hint (English template: translate, then fill with
        `progress().values`); each call counts as a hint used."""
        with self._lock:
            step = self._current()
            if step is None:
                return ""
            self._hints += 1
            return step.hint

    def _current(self) -> Step | None:
        if self._scenario is None or self._ended is not None:
            return None
        return self._scenario.steps[self._index]

    # --- what the trainee sees ----------------------------------------------------------------

    def progress(self) -> Progress | None:
        """Where the scenario stands, without reading the state again."""
        with self._lock:
            return None if self._scenario is None else self._progress()

    def _progress(self) -> Progress:
        steps = tuple(
            StepProgress(
                s,
                done=s.id in self._done,
                current=(i == self._index and self._ended is None),
                skipped=s.id in self._skipped,
            )
            for i, s in enumerate(self._scenario.steps)
        )
        return Progress(
            scenario=self._scenario,
            steps=steps,
            mistakes=tuple(self._mistakes),
            values=dict(self._values),
            hints_used=self._hints,
            seconds=round(
                (self._ended if self._ended is not None else self.clock()) - self._started, 1
            ),
            finished=self._ended is not None and not self._interrupted,
            interrupted=self._interrupted,
        )

    def summary(self) -> Summary:
        """The scenario's result so far (final once finished): time, hints, mistakes."""
        with self._lock:
            if self._scenario is None:
                raise ValueError("no scenario was started")
            p = self._progress()
            return Summary(
                scenario_id=self._scenario.id,
                seconds=p.seconds,
                hints_used=self._hints,
                mistakes=tuple(self._mistakes),
                steps_done=len(self._done),
                steps_total=len(self._scenario.steps),
                finished=p.finished,
                interrupted=self._interrupted,
            )
