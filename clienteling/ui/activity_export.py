"""Exports of the store activity view: CSV and PDF.

CSV: `associate_id,kpi,value,source`, one row per KPI for the store (empty associate_id)
and per associate, values as HQ gives them (money in minor units, percent 0-100); `source`
says where each figure comes from: `hq` (HQ's report, fresh), `hq-kept` (the report kept
on this terminal, shown while HQ cannot be reached) or `terminal` (counted on this
terminal from its cache). The command line's CSV has the first three columns.

PDF: `draw_pdf` draws a report on A4 pages with QPdfWriter: the store, the period and
the "as of" time, each KPI with its value, the previous period's and its definition, the
daily figures and the per-associate table. The command line
(`clienteling report store-activity --format pdf`) calls it too. It needs a
QGuiApplication (fonts); no window.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from clienteling.domain.kpis import DAILY_KEYS, KPIS, Group
from clienteling.protocol.reports import StoreActivityReport
from clienteling.services.activity_view import Offline

from . import activity_words as words
from . import formats

HQ, KEPT, TERMINAL = "hq", "hq-kept", "terminal"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.4f}".rstrip("0")


def csv_rows(
    report: StoreActivityReport | None, offline: Offline | None = None, fresh: bool = True
) -> list[list[str]]:
    rows = [["associate_id", "kpi", "value", "source"]]
    if report is not None:
        source = HQ if fresh else KEPT
        for key in KPIS:
            rows.append(["", key, _number(report.totals.value(key)), source])
        for a in report.associates:
            for key in KPIS:
                rows.append([a.associate_id, key, _number(a.figures.value(key)), source])
    if offline is not None:
        for key, value in offline.totals.items():
            rows.append(["", key, _number(value), TERMINAL])
        for who, figures in sorted(offline.per_associate.items()):
            for key, value in figures.items():
                rows.append([who, key, _number(value), TERMINAL])
    return rows


def csv_text(rows: Iterable[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def write_csv(
    path: str,
    report: StoreActivityReport | None,
    offline: Offline | None = None,
    fresh: bool = True,
) -> int:
    """Write the CSV; the number of figures written."""
    rows = csv_rows(report, offline, fresh)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(csv_text(rows))
    return len(rows) - 1


class _Pages:
    """A column of text running down A4 pages."""

    def __init__(self, path: str, mark: str = "") -> None:
        self.mark = mark  # training: a reversed band at the top of every page
        self.writer = QPdfWriter(path)
        self.writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        self.writer.setResolution(150)
        self.writer.setTitle("Store activity")
        self.painter = QPainter(self.writer)
        rect = self.writer.pageLayout().paintRectPixels(self.writer.resolution())
        self.width, self.height = rect.width(), rect.height()
        self.y = 0.0
        self._band()

    def _band(self) -> None:
        if not self.mark:
            return
        self.font(11, True)
        height = self.painter.fontMetrics().height() + 12
        band = QRectF(0, self.y, self.width, height)
        self.painter.fillRect(band, Qt.GlobalColor.black)
        self.painter.setPen(Qt.GlobalColor.white)
        self.painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), self.mark)
        self.painter.setPen(Qt.GlobalColor.black)
        self.y += height + 8

    def new_page(self) -> None:
        self.writer.newPage()
        self.y = 0
        self._band()

    def font(self, size: float, bold: bool = False) -> None:
        f = QFont("DejaVu Sans")
        f.setPointSizeF(size)
        f.setBold(bold)
        self.painter.setFont(f)

    def text(self, text: str, size: float = 9, bold: bool = False, indent: float = 0) -> None:
        self.font(size, bold)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        room = QRectF(indent, 0, self.width - indent, self.height)
        needed = self.painter.boundingRect(room, flags, text).height()
        if self.y + needed > self.height:
            self.new_page()
        self.painter.drawText(QRectF(indent, self.y, self.width - indent, needed), flags, text)
        self.y += needed + 4

    def columns(self, cells: list[str], widths: list[float], bold: bool = False) -> None:
        self.font(8, bold)
        height = self.painter.fontMetrics().height() + 4
        if self.y + height > self.height:
            self.new_page()
        x = 0.0
        for cell, share in zip(cells, widths, strict=True):
            w = self.width * share
            shown = self.painter.fontMetrics().elidedText(cell, Qt.TextElideMode.ElideRight, w - 6)
            self.painter.drawText(QRectF(x, self.y, w - 6, height), shown)
            x += w
        self.y += height

    def bars(self, title: str, values: list[float], height: float = 160) -> None:
        """A small bar chart, one bar per day, its largest value written above it."""
        self.text(title, 9, True)
        if self.y + height > self.height:
            self.new_page()
        top = float(max(values, default=0) or 1)
        step = self.width / max(len(values), 1)
        p = self.painter
        p.setPen(Qt.GlobalColor.black)
        p.drawLine(0, int(self.y + height), int(self.width), int(self.y + height))
        for i, v in enumerate(values):
            h = (height - 20) * v / top
            rect = QRectF(i * step + step * 0.15, self.y + height - h, step * 0.7, h)
            p.fillRect(rect, Qt.GlobalColor.darkCyan)
        self.font(7)
        p.drawText(QRectF(0, self.y, self.width, 16), str(int(top) if top.is_integer() else top))
        self.y += height + 8

    def gap(self, px: float = 12) -> None:
        self.y += px

    def end(self) -> None:
        self.painter.end()


def draw_pdf(
    path: str,
    report: StoreActivityReport | None,
    *,
    offline: Offline | None = None,
    note: str = "",
    associate_id: str | None = None,
    mark: str = "",
) -> None:
    """Draw the report (and, offline, the figures counted on this terminal) to a PDF; with
    `associate_id`, that associate's figures instead of the store's (KeyError when they have
    no activity in the report). `mark`: training's words, in a band on every page."""
    if report is not None and associate_id is not None:
        person = report.associate(associate_id)
        if person is None:
            raise KeyError(f"{associate_id} has no activity in {report.store_id} in this period")
        note = (note + " " if note else "") + QCoreApplication.translate(
            "StoreActivityPdf", "Figures of {name} ({id}) only; the previous period is the store's."
        ).format(name=person.name, id=person.associate_id)
        report = report.model_copy(update={"totals": person.figures, "associates": [person]})
    pages = _Pages(path, mark)
    try:
        _draw(pages, report, offline, note)
    finally:
        pages.end()


def _draw(
    pages: _Pages, report: StoreActivityReport | None, offline: Offline | None, note: str
) -> None:
    if report is not None:
        pages.text(
            QCoreApplication.translate("StoreActivityPdf", "Store activity: {store}").format(
                store=report.store_name
            ),
            16,
            True,
        )
        pages.text(
            QCoreApplication.translate(
                "StoreActivityPdf", "{first} to {last}, as of {when}"
            ).format(
                first=formats.date(report.from_.isoformat()),
                last=formats.date(report.to.isoformat()),
                when=formats.date_time(report.as_of.isoformat()),
            ),
            10,
        )
    else:
        pages.text(QCoreApplication.translate("StoreActivityPdf", "Store activity"), 16, True)
    if note:
        pages.text(note, 9, True)
    if report is not None:
        _draw_report(pages, report)
    if offline is not None:
        pages.gap()
        pages.text(
            QCoreApplication.translate(
                "StoreActivityPdf", "Counted on this terminal from its cache (not HQ's figures)"
            ),
            12,
            True,
        )
        for key, value in offline.totals.items():
            pages.text(f"{words.kpi_name(key)}: {words.value_text(key, value, '')}", 9, indent=12)


def _draw_report(pages: _Pages, report: StoreActivityReport) -> None:
    money = report.currency
    for group in Group:
        pages.gap()
        pages.text(words.group_name(group), 12, True)
        for info in report.kpis:
            if info.group != group:
                continue
            key = info.key
            now, before = report.totals.value(key), report.previous.figures.value(key)
            pages.text(
                f"{words.kpi_name(key)}: {words.value_text(key, now, money)}    "
                f"{words.change_text(key, now, before, money)}",
                9,
                True,
            )
            parts = words.parts_text(key, report.totals.parts.get(key, {}), money)
            if parts:
                pages.text(parts, 8, indent=12)
            pages.text(words.kpi_definition(key), 8, indent=12)
    pages.gap()
    pages.text(words.attribution(), 8)
    pages.gap()
    pages.text(QCoreApplication.translate("StoreActivityPdf", "Day by day"), 12, True)
    pages.bars(
        words.kpi_name("orders_placed"),
        [float(d.values.get("orders_placed") or 0) for d in report.daily],
    )
    widths = [0.2] * (1 + len(DAILY_KEYS))
    pages.columns(
        [
            QCoreApplication.translate("StoreActivityPdf", "Day"),
            *(words.kpi_name(k) for k in DAILY_KEYS),
        ],
        widths,
        bold=True,
    )
    for day in report.daily:
        pages.columns(
            [formats.date(day.day.isoformat())]
            + [words.value_text(k, day.values.get(k), money) for k in DAILY_KEYS],
            widths,
        )
    pages.gap()
    pages.text(QCoreApplication.translate("StoreActivityPdf", "Associates (by name)"), 12, True)
    keys = ("shoppers_served", "notes_added", "orders_placed", "influenced_sales", "csat_average")
    widths = [0.3] + [0.14] * len(keys)
    pages.columns(
        [
            QCoreApplication.translate("StoreActivityPdf", "Associate"),
            *(words.kpi_name(k) for k in keys),
        ],
        widths,
        bold=True,
    )
    for a in sorted(report.associates, key=lambda a: a.name):
        pages.columns(
            [a.name, *(words.value_text(k, a.figures.value(k), money) for k in keys)], widths
        )
