"""What the coaching slips, schedules and overview draw alike: fitted lines, boxes, footers.

Each coaching document first *plans* its text as :class:`Line` values (font, size, position,
width) and then draws the plan, so a test can check that every line stays inside its page and
its cell without parsing the PDF, and the drawing code holds no layout decisions.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from catchdesk import __version__
from catchdesk.core.i18n import LANGUAGES, default_language, tr
from catchdesk.documents.fonts import (
    ASCENT,
    DESCENT,
    REGULAR,
    fit_text,
    register_fonts,
    shape,
    text_width,
)

INK = "#1a1a1a"
GREY = "#555555"
RULE = "#b8b8b8"
FREE_INK = "#2e6b30"  # "free" in a green that keeps 4.5:1 on white
CLASH_INK = "#b3261e"
BLOCKED_FILL, BLOCKED_HATCH = "#ececec", "#c4c4c4"

Box = tuple[float, float, float, float]  # left, bottom, width, height in points


def language_or_default(language: str | None) -> str:
    """One of our three languages: the one asked for, else the environment's, else French."""
    if language in LANGUAGES:
        return language
    return default_language()


def hhmm(moment: dt.datetime) -> str:
    """A wall-clock time as every one of our languages writes it on a timetable: ``09:40``."""
    return f"{moment:%H:%M}"


def short_date(moment: dt.datetime) -> str:
    return f"{moment:%d/%m/%Y}"


@functools.cache
def colour(hex_value: str) -> Color:
    return HexColor(hex_value)


def tint(hex_value: str, strength: float) -> str:
    """``hex_value`` mixed with white: a light background that black text reads well on."""
    value = hex_value.lstrip("#")[:6]
    try:
        red, green, blue = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        red, green, blue = (0x34, 0x65, 0xA4)
    mixed = (round(255 - (255 - c) * strength) for c in (red, green, blue))
    return "#" + "".join(f"{c:02x}" for c in mixed)


@dataclass(frozen=True)
class Line:
    """One line of text placed on a page, in points from the page's lower-left corner.

    ``text`` is in logical order (as stored); :func:`draw_lines` shapes it for drawing.
    """

    text: str
    font: str
    size: float
    x: float
    baseline: float
    width: float
    colour: str = INK

    @property
    def top(self) -> float:
        return self.baseline + ASCENT * self.size

    @property
    def bottom(self) -> float:
        return self.baseline - DESCENT * self.size


def fitted_lines(
    text: str,
    font: str,
    box: Box,
    max_size: float,
    min_size: float,
    *,
    max_lines: int = 1,
    align: str = "left",
    valign: str = "top",
    wrap_below: float | None = None,
    colour: str = INK,
) -> list[Line]:
    """``text`` fitted to ``box`` = (left, bottom, width, height) in points, as placed lines.

    The text shrinks, then wraps, then is shortened with "…" (see
    :func:`~catchdesk.documents.fonts.fit_text`): whatever someone typed, it never leaves the box.
    """
    left, bottom, width, height = box
    if width <= 0 or height <= 0:
        return []
    fitted = fit_text(
        text,
        font,
        width,
        max_size,
        min_size,
        max_lines=max_lines,
        max_height=height,
        wrap_below=wrap_below,
    )
    if not fitted.lines:
        return []
    block = fitted.height
    if valign == "middle":
        ink_top = bottom + (height + block) / 2
    elif valign == "bottom":
        ink_top = bottom + block
    else:
        ink_top = bottom + height
    first = ink_top - ASCENT * fitted.size
    placed: list[Line] = []
    for index, line in enumerate(fitted.lines):
        line_width = text_width(line, font, fitted.size)
        if align == "center":
            x = left + (width - line_width) / 2
        elif align == "right":
            x = left + width - line_width
        else:
            x = left
        placed.append(
            Line(line, font, fitted.size, x, first - index * fitted.leading, line_width, colour)
        )
    return placed


def used_height(lines: list[Line]) -> float:
    """From the top of the first line's capitals to the bottom of the last line's descenders."""
    if not lines:
        return 0.0
    return lines[0].top - lines[-1].bottom


def draw_lines(canvas: Canvas, lines: list[Line]) -> None:
    for line in lines:
        canvas.setFillColor(colour(line.colour))
        canvas.setFont(line.font, line.size)
        canvas.drawString(line.x, line.baseline, shape(line.text))


def fill_rect(
    canvas: Canvas,
    box: Box,
    fill: str | None,
    stroke: str | None = None,
    width: float = 0.5,
    radius: float = 0.0,
) -> None:
    left, bottom, w, h = box
    if fill is not None:
        canvas.setFillColor(colour(fill))
    if stroke is not None:
        canvas.setStrokeColor(colour(stroke))
        canvas.setLineWidth(width)
    if radius:
        canvas.roundRect(
            left, bottom, w, h, radius, stroke=int(stroke is not None), fill=int(fill is not None)
        )
    else:
        canvas.rect(left, bottom, w, h, stroke=int(stroke is not None), fill=int(fill is not None))


def hatch(canvas: Canvas, box: Box, ink: str, step: float = 2.2 * mm) -> None:
    """Diagonal lines over ``box``: "blocked" reads even on a grey-scale photocopy."""
    left, bottom, w, h = box
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(left, bottom, w, h)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setStrokeColor(colour(ink))
    canvas.setLineWidth(0.4)
    offset = -h
    while offset < w:
        canvas.line(left + offset, bottom, left + offset + h, bottom + h)
        offset += step
    canvas.restoreState()


def draw_check(canvas: Canvas, box: Box, ticked: bool) -> None:
    """A box to tick by hand; ticked already when the store says it happened."""
    left, bottom, size, _ = box
    fill_rect(canvas, box, "#ffffff", INK, 0.7)
    if ticked:
        canvas.setStrokeColor(colour(INK))
        canvas.setLineWidth(1.2)
        path = canvas.beginPath()
        path.moveTo(left + 0.2 * size, bottom + 0.5 * size)
        path.lineTo(left + 0.42 * size, bottom + 0.22 * size)
        path.lineTo(left + 0.82 * size, bottom + 0.8 * size)
        canvas.drawPath(path, stroke=1, fill=0)


def printed_note(printed_at: dt.datetime, language: str) -> str:
    """Paper goes stale as the day goes on: say when it was true."""
    return tr("coaching.printed", language, date=short_date(printed_at), time=hhmm(printed_at))


def new_canvas(out: Path | BinaryIO, size: tuple[float, float], title: str) -> Canvas:
    """A compressed PDF canvas for a file or an open binary stream (a GUI print preview)."""
    register_fonts()
    target = str(out) if isinstance(out, Path) else out
    canvas = Canvas(target, pagesize=size, pageCompression=1, initialFontName=REGULAR)
    canvas.setTitle(title)
    canvas.setAuthor("CatchDesk")
    canvas.setCreator(f"CatchDesk {__version__}")
    return canvas


@dataclass(frozen=True)
class Rect:
    box: Box
    fill: str | None
    stroke: str | None = None
    width: float = 0.5
    radius: float = 0.0


@dataclass(frozen=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    ink: str = RULE
    width: float = 0.5


@dataclass
class PagePlan:
    """One page of a schedule or the overview, placed but not drawn.

    Drawn in layers: guides (behind everything), fills, hatching, rules, tick boxes, then text
    on top of everything.
    """

    size: tuple[float, float]
    lines: list[Line] = field(default_factory=list)
    rects: list[Rect] = field(default_factory=list)
    hatches: list[tuple[Box, str]] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    guides: list[Rule] = field(default_factory=list)
    checks: list[tuple[Box, bool]] = field(default_factory=list)

    def text(
        self, text: str, font: str, box: Box, max_size: float, min_size: float, **options: Any
    ) -> list[Line]:
        """Fit ``text`` to ``box`` (see :func:`fitted_lines`), keep it, and return its lines."""
        placed = fitted_lines(text, font, box, max_size, min_size, **options)
        self.lines.extend(placed)
        return placed

    def text_at(
        self,
        text: str,
        font: str,
        size: float,
        x: float,
        baseline: float,
        ink: str = INK,
        align: str = "left",
    ) -> Line:
        """A short text at a fixed size (a time, a page number) whose place is known."""
        width = text_width(text, font, size)
        left = x - width if align == "right" else x - width / 2 if align == "center" else x
        line = Line(text, font, size, left, baseline, width, ink)
        self.lines.append(line)
        return line


def _draw_rules(canvas: Canvas, rules: list[Rule]) -> None:
    for rule in rules:
        canvas.setStrokeColor(colour(rule.ink))
        canvas.setLineWidth(rule.width)
        canvas.line(rule.x1, rule.y1, rule.x2, rule.y2)


def draw_page(canvas: Canvas, plan: PagePlan) -> None:
    _draw_rules(canvas, plan.guides)
    for rect in plan.rects:
        fill_rect(canvas, rect.box, rect.fill, rect.stroke, rect.width, rect.radius)
    for box, ink in plan.hatches:
        hatch(canvas, box, ink)
    _draw_rules(canvas, plan.rules)
    for box, ticked in plan.checks:
        draw_check(canvas, box, ticked)
    draw_lines(canvas, plan.lines)


def write_pages(out: Path | BinaryIO, pages: list[PagePlan], title: str) -> int:
    """All ``pages`` as one PDF at ``out``; the number of pages."""
    canvas = new_canvas(out, pages[0].size, title)
    for page in pages:
        canvas.setPageSize(page.size)
        draw_page(canvas, page)
        canvas.showPage()
    canvas.save()
    return len(pages)


def centred(lines: list[Line], bottom: float, height: float) -> list[Line]:
    """``lines`` moved up or down so that their ink sits in the middle of a cell."""
    if not lines:
        return []
    shift = bottom + (height - used_height(lines)) / 2 - lines[-1].bottom
    return [replace(line, baseline=line.baseline + shift) for line in lines]
