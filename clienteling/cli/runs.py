"""The app itself: a store terminal, or training on its embedded HQ."""

from __future__ import annotations

import socket
import sys


def run_training(
    screenshot: str | None,
    *,
    screen: str = "home",
    lang: str | None = None,
    theme: str | None = None,
    size: str | None = None,
    matrix: str | None = None,
    kiosk: bool = False,
) -> int:
    """The app on an embedded HQ with a generated chain, in the training folder only."""
    if matrix and not lang:
        return run_matrix(matrix, theme)
    from clienteling.app import TrainingTerminal
    from clienteling.ui.fit import parse_size
    from clienteling.ui.shell import run_app

    try:
        exact = parse_size(size) if size else None
    except ValueError as exc:
        print(f"clienteling: {exc}", file=sys.stderr)
        return 2
    training = TrainingTerminal()
    if screenshot:  # nobody reads a start screen: say it here (the app's screen says it too)
        from clienteling.services.fleet_settings import TrainingOff

        try:
            training.check_allowed()
        except TrainingOff as exc:
            print(f"clienteling: {exc.message}", file=sys.stderr)
            return 1
    return run_app(
        training.start,
        pins=lambda: training.pins,
        close=training.close,
        lang=lang,
        theme=theme,
        screenshot=screenshot,
        screen=screen,
        size=exact,
        matrix=matrix,
        training=True,
        control=training,
        kiosk_mode=kiosk,
    )


def run_matrix(folder: str, theme: str | None) -> int:
    """Every screen x every language (and the pseudo-locale) x every target size, as PNGs in
    FOLDER/LANG/, with what does not fit in FOLDER/LANG/problems.txt; one app per language."""
    import subprocess

    from clienteling.ui.i18n import LANGUAGES
    from clienteling.ui.layout_check import PSEUDO

    worst = 0
    for lang in [*LANGUAGES, PSEUDO]:
        # a bundle's executable is the app itself; an installed one runs the package
        me = (
            [sys.executable]
            if getattr(sys, "frozen", False)
            else [sys.executable, "-m", "clienteling.cli"]
        )
        command = [*me, "--training", "--lang", lang]
        command += ["--matrix", folder] + (["--theme", theme] if theme else [])
        code = subprocess.run(command, check=False).returncode  # noqa: S603 - ourselves
        worst = max(worst, code)
        print(f"{lang}: {'done' if code == 0 else f'failed ({code})'}", file=sys.stderr)
    return worst


def run_terminal(*, lang: str | None = None, theme: str | None = None, kiosk: bool = False) -> int:
    """The production app: sign-in on an enrolled terminal, else the enrollment screen first;
    `kiosk`: full screen until a manager's PIN lets it close."""
    from clienteling.app import home_dir, terminal_entry, vault_for
    from clienteling.ui.shell import run_app

    open_enrolled, enroll = terminal_entry(home_dir(), vault_for)
    return run_app(
        open_enrolled,
        enroll=enroll,
        terminal_name=socket.gethostname(),
        lang=lang,
        theme=theme,
        kiosk_mode=kiosk,
    )
