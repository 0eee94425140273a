"""The store activity's PDF for the command line (`clienteling report store-activity
--format pdf`, clienteling/cli/report.py): the manager's view's drawer
(activity_export.draw_pdf) on HQ's report, in a process without a window.
"""

from __future__ import annotations

from pathlib import Path

from clienteling.protocol.reports import StoreActivityReport

from .activity_export import draw_pdf

_started: list = []  # the application write_pdf started, kept for the process


def write_pdf(
    report: StoreActivityReport | dict, path: Path | str, *, associate_id: str | None = None
) -> None:
    """Draw HQ's report to `path` (one associate's figures with `associate_id`; KeyError when
    they have no activity in it). Starts an off-screen QGuiApplication for the fonts when the
    process has none (a scheduled job has no display)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _started.append(QGuiApplication(["clienteling", "-platform", "offscreen"]))
    if isinstance(report, dict):
        report = StoreActivityReport.model_validate(report)
    draw_pdf(str(path), report, associate_id=associate_id)
