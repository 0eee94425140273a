"""`clienteling training ...`: the training folder, for scripts, while no training app runs;
and the store's training results, for its manager."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import time
from pathlib import Path

from .common import Failure, open_enrolled, out, pin

PAPERS = ("58mm", "80mm", "a4")


def _refuse_if_training_off() -> None:
    """Failure when HQ switched training off for this machine's store, as the training app
    refuses to start (the production terminal beside it says so at each sync run:
    paths.training_policy_file). Past results may still be read and sent."""
    from clienteling import paths
    from clienteling.app import home_dir
    from clienteling.services.fleet_settings import TrainingOff, check_training_allowed

    try:
        check_training_allowed(paths.training_policy_file(home_dir(training=True)))
    except TrainingOff as exc:
        raise Failure(exc.message) from exc


def cmd_training_reset(args) -> int:
    """The training folder back to the chain and terminal as they were made (no new seed run)."""
    from clienteling.app import home_dir
    from clienteling.demo import pristine

    _refuse_if_training_off()
    started = time.perf_counter()
    try:
        pristine.put_back(home_dir(training=True))
    except pristine.NothingKept as exc:
        raise Failure(str(exc)) from exc
    seconds = round(time.perf_counter() - started, 3)
    out(args, {"reset": True, "seconds": seconds}, f"training reset in {seconds} s")
    return 0


def cmd_training_print_cards(args) -> int:
    """Loyalty cards of practice shoppers and product tags, marked TRAINING, as a PDF."""
    from clienteling.app import home_dir
    from clienteling.demo.cards import NoTrainingChain, practice_material

    _refuse_if_training_off()
    target = Path(args.file)
    if target.suffix.lower() != ".pdf":
        raise Failure(f"{args.file}: the cards are written as PDF; give a file name ending in .pdf")
    if not target.parent.is_dir():
        raise Failure(f"{target.parent}: no such folder; create it or choose another")
    try:
        material = practice_material(
            home_dir(training=True), shoppers=args.shoppers, products=args.products
        )
    except NoTrainingChain as exc:
        raise Failure(str(exc)) from exc
    if not material.shoppers and not material.products:
        raise Failure(
            "nothing to print: ask for at least one card (--shoppers) or tag (--products)"
        )
    pages = _draw_cards(target, material, args.paper, getattr(args, "lang", None))
    cards, tags = len(material.shoppers), len(material.products)
    out(
        args,
        {"file": str(target), "paper": args.paper, "pages": pages, "cards": cards, "tags": tags},
        f"{_many(cards, 'loyalty card')} and {_many(tags, 'product tag')} of "
        f"{material.store_name} on {_many(pages, 'page')} ({args.paper}): {target}",
    )
    return 0


def _draw_cards(target: Path, material, paper: str, lang: str | None) -> int:
    """Drawn by Qt (fonts need a QGuiApplication; no window, so no display either)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from clienteling.ui.i18n import install_translations, pick_language
    from clienteling.ui.practice_cards import (
        CardsNotWritten,
        ProductTag,
        ShopperCard,
        write_practice_cards,
    )

    app = QGuiApplication.instance() or QGuiApplication(["clienteling"])
    translators = install_translations(app, pick_language(lang))
    try:
        return write_practice_cards(
            target,
            [ShopperCard(s.name, s.loyalty_id) for s in material.shoppers],
            [
                ProductTag(p.sku, p.gtin, p.name, p.colour, p.size, p.price_minor, p.currency)
                for p in material.products
            ],
            paper,
            material.store_name,
        )
    except CardsNotWritten as exc:
        raise Failure(f"{target}: {exc}") from exc
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _many(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


def _count(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= number <= 200:
        raise argparse.ArgumentTypeError(f"{number}: choose 0 to 200")
    return number


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


def cmd_training_send(args) -> int:
    """The associate's own finished scenarios waiting on this machine, sent to their manager
    (they sign in with CLIENTELING_PIN: saying they are theirs); `--not-mine` keeps them
    aside instead, never sent."""
    services = open_enrolled(args)
    try:
        if services.training_results is None:
            raise Failure("training results are sent from a store terminal, not in training mode")
        services.sessions.sign_in(args.associate, pin(), pin_for=lambda _who: pin())
        if args.not_mine:
            kept = services.training_results.discard()
            out(args, {"set_aside": kept}, f"{kept} result(s) kept aside, never sent")
            return 0
        taken = services.training_results.collect()
        sent = services.syncing.send_queued()
    finally:
        services.close()
    for aside in taken.set_aside:
        print(f"clienteling: set aside {aside.path}: {aside.reason}", file=sys.stderr)
    data = {"queued": taken.queued, "delivered": sent.delivered}
    out(args, data, f"{len(taken.queued)} result(s) queued for your manager")
    return 0


def cmd_training_results(args) -> int:
    """The store's trainees' finished scenarios, from HQ: a manager signs in (CLIENTELING_PIN)."""
    services = open_enrolled(args)
    try:
        if services.training_results is None:
            raise Failure(
                "training results are read on a store terminal enrolled with the real HQ, "
                "not in training mode"
            )
        services.sessions.sign_in(args.associate, pin(), pin_for=lambda _who: pin())
        for aside in services.training_results.last.set_aside:
            print(f"clienteling: set aside {aside.path}: {aside.reason}", file=sys.stderr)
        rows = services.training_results.results(args.trainee, limit=args.limit)
    finally:
        services.close()
    data = [dataclasses.asdict(r) for r in rows]
    lines = [
        f"{r.finished_at.date().isoformat()}  {r.employee_id}  {r.name or ''}  {r.scenario_id}"
        f"  {r.seconds // 60}:{r.seconds % 60:02d}  hints {r.hints}  mistakes {r.mistakes}"
        for r in rows
    ]
    out(args, data, "\n".join(lines) or "no training results for this store yet")
    return 0


def register(sub) -> list:
    """`training` and its sub-commands; returns those that take --json."""
    tr = sub.add_parser(
        "training", help="the training folder (while no training app runs); trainees' results"
    )
    tr_sub = tr.add_subparsers(dest="training_command", required=True)
    rs = tr_sub.add_parser("reset", help="back to the generated chain's starting state")
    rs.set_defaults(func=cmd_training_reset)
    pc = tr_sub.add_parser(
        "print-cards",
        help="loyalty cards of practice shoppers and product tags, marked TRAINING, as a PDF",
    )
    pc.add_argument("file", metavar="FILE.pdf")
    pc.add_argument("--paper", choices=PAPERS, default="a4", help="receipt width, or A4 (default)")
    pc.add_argument("--shoppers", type=_count, default=8, help="loyalty cards (default 8)")
    pc.add_argument("--products", type=_count, default=8, help="product tags (default 8)")
    # SUPPRESS: `clienteling --lang es training print-cards ...` is kept when not given here.
    pc.add_argument("--lang", default=argparse.SUPPRESS, help="en, pt_BR, es, ru")
    pc.set_defaults(func=cmd_training_print_cards)
    ls = tr_sub.add_parser("list", help="the guided scenarios with their steps")
    ls.set_defaults(func=cmd_training_list)
    res = tr_sub.add_parser(
        "results",
        help="the store's trainees' finished scenarios, from HQ (a manager signs in; "
        "the PIN from CLIENTELING_PIN)",
    )
    res.add_argument("--associate", required=True, metavar="EMPLOYEE_ID", help="the manager")
    res.add_argument("--trainee", metavar="EMPLOYEE_ID", help="one trainee's results only")
    res.add_argument("--limit", type=int, default=100, help="at most this many (1 to 500)")
    res.set_defaults(func=cmd_training_results)
    snd = tr_sub.add_parser(
        "send",
        help="your own finished scenarios waiting on this machine, to your manager (you sign "
        "in; the PIN from CLIENTELING_PIN)",
    )
    snd.add_argument("--associate", required=True, metavar="EMPLOYEE_ID", help="you")
    snd.add_argument("--not-mine", action="store_true", help="keep them aside, never sent")
    snd.set_defaults(func=cmd_training_send)
    return [rs, pc, ls, res, snd]
