"""`clienteling training ...`: the training folder, for scripts, while no training app runs."""

from __future__ import annotations

import time

from .common import Failure, out


def cmd_training_reset(args) -> int:
    """The training folder back to the chain and terminal as they were made (no new seed run)."""
    from clienteling.app import home_dir
    from clienteling.demo import pristine

    started = time.perf_counter()
    try:
        pristine.put_back(home_dir(training=True))
    except pristine.NothingKept as exc:
        raise Failure(str(exc)) from exc
    seconds = round(time.perf_counter() - started, 3)
    out(args, {"reset": True, "seconds": seconds}, f"training reset in {seconds} s")
    return 0


def scenario_json(scenario) -> dict:
    """A scenario as `training list --json` shows it: English templates, placeholders kept."""

    def step(s) -> dict:
        out = {"id": s.id, "title": s.title, "hint": s.hint}
        if s.check is not None:
            out["check"] = {"name": s.check.name, "params": dict(s.check.params)}
        if s.question is not None:
            q = s.question
            out["question"] = {"text": q.text, "choices": list(q.choices), "answer": q.answer}
        out["mistakes"] = [
            {"check": m.check.name, "explanation": m.explanation} for m in s.mistakes
        ]
        if s.optional:
            out["optional"] = True
        return out

    return {
        "id": scenario.id,
        "file": scenario.source,
        "role": scenario.role,
        "title": scenario.title,
        "goal": scenario.goal,
        "setup": [a.name for a in scenario.setup],
        "steps": [step(s) for s in scenario.steps],
    }


def cmd_training_list(args) -> int:
    """The guided scenarios with their steps (resources/training/*.json)."""
    from clienteling.demo.scenarios import load_all
    from clienteling.domain.training import ScenarioError

    try:
        scenarios = load_all()
    except ScenarioError as exc:
        raise Failure(str(exc)) from exc
    lines = []
    for scenario in scenarios:
        lines.append(f"{scenario.id} ({scenario.role}): {scenario.title}")
        lines += [f"  {n}. {s.title}" for n, s in enumerate(scenario.steps, 1)]
    data = {"scenarios": [scenario_json(s) for s in scenarios]}
    out(args, data, "\n".join(lines))
    return 0


def register(sub) -> list:
    """`training` and its sub-commands; returns those that take --json."""
    tr = sub.add_parser("training", help="the training folder (while no training app runs)")
    tr_sub = tr.add_subparsers(dest="training_command", required=True)
    rs = tr_sub.add_parser("reset", help="back to the generated chain's starting state")
    rs.set_defaults(func=cmd_training_reset)
    ls = tr_sub.add_parser("list", help="the guided scenarios with their steps")
    ls.set_defaults(func=cmd_training_list)
    return [rs, ls]
