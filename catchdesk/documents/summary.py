"""The one-page summary of the event on paper: headline figures, arrivals, workshops, who came.

It is what the organiser hands to the board or the regional plan the day after, so it fits on
one A4 page whatever the event's size: the workshop table keeps as many rows as the page holds
and says how many more are in the figures export; sectors and needs show the most frequent
answers. Text comes from the core catalogue in French, Dutch or English.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from catchdesk import __version__
from catchdesk.core.i18n import default_language, tr
from catchdesk.core.reports import NOT_GIVEN, Figures, Tally
from catchdesk.core.spreadsheets import atomic_file
from catchdesk.core.timeutil import local_time
from catchdesk.documents.certificate_texts import long_date
from catchdesk.documents.fonts import BOLD, REGULAR, ellipsize, fit_text, register_fonts, shape

PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
WIDTH = PAGE_W - 2 * MARGIN
INK = HexColor("#1c2230")
NAVY = HexColor("#1b3a5c")
BAR = HexColor("#2f6690")
FULL = HexColor("#b3261e")
MUTED = HexColor("#5a6170")
RULE = HexColor("#d5dae1")
TILE = HexColor("#eef2f6")
TOP_TALLIES = 8
WORKSHOP_ROW = 5.2 * mm
TALLY_ROW = 5.4 * mm


def render_summary(figures: Figures, out: Path | BinaryIO, *, language: str | None = None) -> int:
    """Draw the summary of ``figures`` on one A4 page into ``out``; the number of pages (1)."""
    lang = language or default_language()
    if isinstance(out, Path):
        with atomic_file(out) as part, part.open("wb") as handle:
            return render_summary(figures, handle, language=lang)
    register_fonts()
    canvas = Canvas(out, pagesize=A4, pageCompression=1, initialFontName=REGULAR)
    canvas.setTitle(f"{tr('report.title', lang)} — {figures.event_name}")
    canvas.setAuthor("CatchDesk")
    canvas.setCreator(f"CatchDesk {__version__}")
    page = _Page(canvas, figures, lang)
    y = page.header(PAGE_H - MARGIN)
    y = page.tiles(y - 6 * mm)
    y = page.arrivals(y - 8 * mm)
    tallies_height = 10 * mm + (TOP_TALLIES + 1) * TALLY_ROW
    y = page.workshops(y - 8 * mm, floor=MARGIN + 10 * mm + tallies_height)
    page.tallies(y - 8 * mm)
    page.footer()
    canvas.showPage()
    canvas.save()
    return 1


class _Page:
    """One summary page being drawn from the top down; each part returns where it ended."""

    def __init__(self, canvas: Canvas, figures: Figures, language: str) -> None:
        self.c = canvas
        self.f = figures
        self.lang = language

    def t(self, key: str, **values: object) -> str:
        return tr(f"report.{key}", self.lang, **values)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        *,
        font: str = REGULAR,
        colour: Color = INK,
    ) -> None:
        self.c.setFont(font, size)
        self.c.setFillColor(colour)
        self.c.drawString(x, y, shape(text))

    def right(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        *,
        font: str = REGULAR,
        colour: Color = INK,
    ) -> None:
        self.c.setFont(font, size)
        self.c.setFillColor(colour)
        self.c.drawRightString(x, y, shape(text))

    def heading(
        self, y: float, title: str, note: str = "", *, x: float = MARGIN, width: float = WIDTH
    ) -> float:
        self.text(x, y - 11, title, 11.5, font=BOLD, colour=NAVY)
        if note:
            self.right(x + width, y - 11, note, 8.5, colour=MUTED)
        self.c.setStrokeColor(RULE)
        self.c.setLineWidth(0.6)
        self.c.line(x, y - 15, x + width, y - 15)
        return y - 15

    # -- parts ----------------------------------------------------------------------------------

    def header(self, y: float) -> float:
        f = self.f
        self.text(MARGIN, y - 9, self.t("title").upper(), 8.5, font=BOLD, colour=MUTED)
        moment = local_time(f.computed_at, f.timezone)
        stamp = self.t("figures_at", date=f"{moment:%d/%m/%Y}", time=f"{moment:%H:%M}")
        self.right(PAGE_W - MARGIN, y - 9, stamp, 8.5, colour=MUTED)
        name = fit_text(f.event_name, BOLD, WIDTH, 22, 14, max_lines=2)
        y -= 14
        for line in name.lines:
            y -= name.size
            self.text(MARGIN, y, line, name.size, font=BOLD, colour=NAVY)
            y -= name.size * 0.2
        where = " · ".join(part for part in (long_date(f.event_date, self.lang), f.venue) if part)
        y -= 14
        self.text(MARGIN, y, ellipsize(where, REGULAR, 10, WIDTH), 10, colour=MUTED)
        return y - 4

    def tiles(self, top: float) -> float:
        f = self.f
        use = f.coaching_use
        rate = round(f.attendance_rate * 100)
        tiles = [
            (self.t("checked_in"), f"{f.checked_in}", self.t("rate_of_registered", rate=rate)),
            (self.t("registered"), f"{f.registered}", f"{self.t('cancelled')} : {f.cancelled}"),
            (self.t("walk_ins_tile"), f"{f.walk_ins}", ""),
            (
                self.t("coaching_tile"),
                f"{use.booked}",
                self.t("coaching_note", held=use.held, coaches=use.coaches),
            ),
        ]
        if self.lang != "fr":  # French puts a space before a colon, English and Dutch do not
            tiles = [(a, b, c.replace(" : ", ": ")) for a, b, c in tiles]
        gap = 4 * mm
        width = (WIDTH - gap * (len(tiles) - 1)) / len(tiles)
        height = 26 * mm
        for index, (label, number, note) in enumerate(tiles):
            x = MARGIN + index * (width + gap)
            self.c.setFillColor(TILE)
            self.c.roundRect(x, top - height, width, height, 2.5 * mm, stroke=0, fill=1)
            inner = width - 8 * mm
            self.text(
                x + 4 * mm,
                top - 6.5 * mm,
                ellipsize(label, BOLD, 8.5, inner),
                8.5,
                font=BOLD,
                colour=MUTED,
            )
            self.text(x + 4 * mm, top - 16 * mm, number, 24, font=BOLD, colour=NAVY)
            fitted = fit_text(note, REGULAR, inner, 7.5, 6.5, max_lines=2)
            for line_number, line in enumerate(fitted.lines):
                y = top - 20.5 * mm - line_number * fitted.leading
                self.text(x + 4 * mm, y, line, fitted.size, colour=MUTED)
        return top - height

    def arrivals(self, top: float) -> float:
        f = self.f
        peak = f.peak
        note = ""
        if peak is not None and peak.count:
            value = self.t("peak_value", time=f"{peak.starts_at:%H:%M}", count=peak.count)
            note = (
                f"{self.t('peak')} : {value}" if self.lang == "fr" else f"{self.t('peak')}: {value}"
            )
        y = self.heading(top, self.t("arrivals"), note)
        height = 44 * mm
        if not f.arrivals:
            self.text(MARGIN, y - 14, self.t("no_arrivals"), 10, colour=MUTED)
            return y - 20
        drawing = Drawing(WIDTH, height)
        chart = VerticalBarChart()
        chart.x, chart.y = 22, 16
        chart.width, chart.height = WIDTH - 30, height - 24
        chart.data = [[slot.count for slot in f.arrivals]]
        chart.bars[0].fillColor = BAR
        chart.bars[0].strokeColor = None
        chart.barSpacing = 1
        chart.groupSpacing = 2 if len(f.arrivals) > 24 else 4
        every = max(1, -(-len(f.arrivals) // 16))
        chart.categoryAxis.categoryNames = [
            f"{slot.starts_at:%H:%M}" if i % every == 0 else "" for i, slot in enumerate(f.arrivals)
        ]
        chart.categoryAxis.labels.fontName = REGULAR
        chart.categoryAxis.labels.fontSize = 7
        chart.categoryAxis.labels.fillColor = MUTED
        chart.categoryAxis.strokeColor = RULE
        chart.categoryAxis.tickDown = 0
        chart.valueAxis.labels.fontName = REGULAR
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.labels.fillColor = MUTED
        chart.valueAxis.valueMin = 0
        chart.valueAxis.strokeColor = RULE
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = RULE
        chart.valueAxis.gridStrokeWidth = 0.4
        chart.valueAxis.forceZero = True
        highest = max(slot.count for slot in f.arrivals)
        if highest < 5:
            chart.valueAxis.valueMax = 5
            chart.valueAxis.valueStep = 1
        chart.barLabelFormat = "%d" if len(f.arrivals) <= 24 else None
        chart.barLabels.fontName = REGULAR
        chart.barLabels.fontSize = 6.5
        chart.barLabels.fillColor = INK
        chart.barLabels.nudge = 5
        drawing.add(chart)
        renderPDF.draw(drawing, self.c, MARGIN, y - 2 - height)
        return y - 2 - height

    def workshops(self, top: float, floor: float) -> float:
        rows = list(self.f.workshops)
        if not rows:
            return top
        y = self.heading(top, self.t("workshops"))
        columns = (0, 22 * mm, 104 * mm, 132 * mm)  # time, title, room, attended / capacity
        y -= 11
        for x, key in zip(columns, ("start", "workshop", "room", "inside"), strict=True):
            self.text(MARGIN + x, y, self.t(key), 7.5, font=BOLD, colour=MUTED)
        fits = max(2, int((y - floor) // WORKSHOP_ROW))
        shown = rows if len(rows) <= fits else rows[: fits - 1]
        for w in shown:
            y -= WORKSHOP_ROW
            start, end = str(w["starts_at"])[11:16], str(w["ends_at"])[11:16]
            self.text(MARGIN, y, f"{start}–{end}", 8.5, colour=MUTED)
            title = ellipsize(str(w["title"]), REGULAR, 8.5, columns[2] - columns[1] - 3 * mm)
            self.text(MARGIN + columns[1], y, title, 8.5)
            room = ellipsize(str(w["room"]), REGULAR, 8.5, columns[3] - columns[2] - 3 * mm)
            self.text(MARGIN + columns[2], y, room, 8.5, colour=MUTED)
            self._fill_bar(MARGIN + columns[3], y, WIDTH - columns[3], w["inside"], w["capacity"])
        if len(shown) < len(rows):
            y -= WORKSHOP_ROW
            more = self.t("more_workshops", count=len(rows) - len(shown))
            self.text(MARGIN + columns[1], y, more, 8, colour=MUTED)
        return y - 2

    def _fill_bar(
        self, x: float, y: float, width: float, inside: int, capacity: int | None
    ) -> None:
        figures = f"{inside} / {capacity}" if capacity else f"{inside} ({self.t('no_limit')})"
        label_width = 19 * mm
        bar = width - label_width
        self.right(x + width, y, figures, 8.5, font=BOLD)
        self.c.setFillColor(TILE)
        self.c.rect(x, y - 1, bar - 3 * mm, 3.2 * mm, stroke=0, fill=1)
        if capacity:
            share = min(1.0, inside / capacity)
            self.c.setFillColor(FULL if inside >= capacity else BAR)
            self.c.rect(x, y - 1, (bar - 3 * mm) * share, 3.2 * mm, stroke=0, fill=1)

    def tallies(self, top: float) -> None:
        gap = 8 * mm
        width = (WIDTH - gap) / 2
        y = self.heading(top, self.t("sectors"), width=width)
        self.heading(top, self.t("needs"), x=MARGIN + width + gap, width=width)
        self._tally_list(MARGIN, y, width, self.f.sectors)
        self._tally_list(MARGIN + width + gap, y, width, self.f.needs)

    def _tally_list(self, x: float, top: float, width: float, tallies: tuple[Tally, ...]) -> None:
        given = [tally for tally in tallies if tally.label != NOT_GIVEN][:TOP_TALLIES]
        missing = [tally for tally in tallies if tally.label == NOT_GIVEN]
        rows = given + missing
        if not rows:
            self.text(x, top - 14, self.t("no_arrivals"), 9, colour=MUTED)
            return
        highest = max(tally.count for tally in rows)
        label_width = width * 0.48
        bar_width = width - label_width - 14 * mm
        y = top - 4
        for tally in rows:
            y -= TALLY_ROW
            label = tally.label if tally.label != NOT_GIVEN else self.t("not_given")
            colour = MUTED if tally.label == NOT_GIVEN else INK
            self.text(
                x, y, ellipsize(label, REGULAR, 8.5, label_width - 2 * mm), 8.5, colour=colour
            )
            length = bar_width * tally.count / highest if highest else 0
            self.c.setFillColor(MUTED if tally.label == NOT_GIVEN else BAR)
            self.c.rect(x + label_width, y - 1, max(0.5, length), 3.2 * mm, stroke=0, fill=1)
            self.text(x + label_width + length + 2 * mm, y, str(tally.count), 8.5, font=BOLD)

    def footer(self) -> None:
        self.c.setStrokeColor(RULE)
        self.c.setLineWidth(0.6)
        self.c.line(MARGIN, MARGIN + 4 * mm, PAGE_W - MARGIN, MARGIN + 4 * mm)
        self.text(MARGIN, MARGIN, self.t("made_by"), 7.5, colour=MUTED)
        self.right(PAGE_W - MARGIN, MARGIN, self.f.event_name, 7.5, colour=MUTED)
