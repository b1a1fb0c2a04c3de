"""Name badges as PDF: first name large, last name, organisation, event, role band and QR code.

A badge is read from a metre away by someone deciding whether to say hello, and scanned at
workshop doors: the first name is the largest thing on it, the QR code carries the plain
13-letter CatchDesk code (a USB scanner types exactly that) and the same code is printed in
letters under it for when a scanner fails. The role is a colour band *and* a word.

Text is fitted before it is drawn (:func:`plan_badge`), so a test, the GUI preview and the
renderer agree on sizes and lines, and no name ever leaves its box.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from catchdesk import __version__
from catchdesk.core.badge_data import BadgeData
from catchdesk.core.codes import format_code
from catchdesk.core.i18n import default_language
from catchdesk.core.jobs import CancelCheck, Progress, Steps
from catchdesk.documents.badge_layouts import (
    Layout,
    TextBox,
    get_layout,
    role_style,
    role_word,
)
from catchdesk.documents.fonts import (
    ASCENT,
    FittedText,
    fit_text,
    register_fonts,
    shape,
)
from catchdesk.documents.qr import draw_qr

CUT_MARK_COLOUR = "#000000"
CUT_MARK_WIDTH = 0.3  # points: visible to a guillotine operator, invisible once cut off


@dataclass(frozen=True)
class PlacedText:
    """A fitted text and the box it was fitted to."""

    box: TextBox
    fitted: FittedText
    text: str

    def baselines(self) -> list[float]:
        """Baseline of each line in mm above the badge's bottom edge."""
        size_mm = self.fitted.size / mm
        leading_mm = self.fitted.leading / mm
        block = self.fitted.height / mm
        box = self.box
        if box.valign == "bottom":
            top_of_ink = box.y + block
        elif box.valign == "middle":
            top_of_ink = box.y + (box.h + block) / 2
        else:
            top_of_ink = box.y + box.h
        first = top_of_ink - ASCENT * size_mm
        return [first - i * leading_mm for i in range(len(self.fitted.lines))]


@dataclass(frozen=True)
class BadgePlan:
    """Everything drawn on one badge, fitted: what tests check and what the renderer draws."""

    person: BadgeData
    texts: dict[str, PlacedText]


def _place(box: TextBox, text: str) -> PlacedText:
    shown = text.upper() if box.upper else text
    fitted = fit_text(
        shown,
        box.font,
        box.w * mm,
        box.max_size,
        box.min_size,
        max_lines=box.max_lines,
        max_height=box.h * mm,
        wrap_below=box.wrap_below,
    )
    return PlacedText(box, fitted, shown)


def plan_badge(
    person: BadgeData, event_name: str, layout: str | Layout, language: str | None = None
) -> BadgePlan:
    """Fit every text of ``person``'s badge to its box (sizes, lines), without drawing."""
    register_fonts()
    chosen = get_layout(layout)
    word = role_word(person.role, language or default_language())
    texts = {
        "first_name": _place(chosen.first_name, person.first_name),
        "last_name": _place(chosen.last_name, person.last_name),
        "organisation": _place(chosen.organisation, person.organisation),
        "event_name": _place(chosen.event_name, event_name),
        "code": _place(chosen.code, format_code(person.code)),
        "role": _place(chosen.band.text, word),
    }
    if not person.first_name and person.last_name:
        # Only one name known (a walk-in typed in a hurry): show it as the large one.
        texts["first_name"] = _place(chosen.first_name, person.last_name)
        texts["last_name"] = _place(chosen.last_name, "")
    return BadgePlan(person, texts)


@functools.cache
def _colour(hex_value: str) -> Color:
    return HexColor(hex_value)


def _draw_text(canvas: Canvas, placed: PlacedText, ox: float, oy: float, ink: str) -> None:
    if not placed.fitted.lines:
        return
    box = placed.box
    canvas.setFillColor(_colour(ink))
    canvas.setFont(box.font, placed.fitted.size)
    for line, baseline in zip(placed.fitted.lines, placed.baselines(), strict=True):
        y = oy + baseline * mm
        if box.align == "center":
            canvas.drawCentredString(ox + (box.x + box.w / 2) * mm, y, shape(line))
        else:
            canvas.drawString(ox + box.x * mm, y, shape(line))


def _draw_badge(canvas: Canvas, plan: BadgePlan, layout: Layout, ox: float, oy: float) -> None:
    """One badge whose lower-left corner is at ``(ox, oy)`` points."""
    style = role_style(plan.person.role)
    band = layout.band
    width, height = layout.badge
    bottom = band.y - (band.bleed if band.y <= 0 else 0)
    canvas.setFillColor(_colour(style.fill))
    canvas.rect(
        ox - band.bleed * mm,
        oy + bottom * mm,
        (width + 2 * band.bleed) * mm,
        (band.h + band.y - bottom) * mm,
        stroke=0,
        fill=1,
    )
    if layout.outline:
        canvas.setStrokeColor(_colour("#bbbbbb"))
        canvas.setLineWidth(0.25)
        canvas.rect(ox, oy, width * mm, height * mm, stroke=1, fill=0)
    _draw_text(canvas, plan.texts["role"], ox, oy, style.ink)
    for key in ("event_name", "first_name", "last_name", "organisation", "code"):
        placed = plan.texts[key]
        _draw_text(canvas, placed, ox, oy, placed.box.colour)
    qr = layout.qr
    draw_qr(canvas, plan.person.code, ox + qr.x * mm, oy + qr.y * mm, qr.size * mm)


def _draw_cut_marks(canvas: Canvas, layout: Layout) -> None:
    """Short lines in the page margin, in line with every badge edge, never on a badge."""
    origins = layout.origins()
    width, height = layout.badge
    xs = sorted({x for x, _ in origins} | {x + width for x, _ in origins})
    ys = sorted({y for _, y in origins} | {y + height for _, y in origins})
    gap, length = layout.cut_mark_gap, layout.cut_mark_length
    left, right, bottom, top = xs[0], xs[-1], ys[0], ys[-1]
    canvas.setStrokeColor(_colour(CUT_MARK_COLOUR))
    canvas.setLineWidth(CUT_MARK_WIDTH)
    path = canvas.beginPath()
    for x in xs:
        for y0, y1 in ((top + gap, top + gap + length), (bottom - gap - length, bottom - gap)):
            path.moveTo(x * mm, y0 * mm)
            path.lineTo(x * mm, y1 * mm)
    for y in ys:
        for x0, x1 in ((left - gap - length, left - gap), (right + gap, right + gap + length)):
            path.moveTo(x0 * mm, y * mm)
            path.lineTo(x1 * mm, y * mm)
    canvas.drawPath(path, stroke=1, fill=0)


def render_badges(
    people: list[BadgeData],
    event_name: str,
    layout: str | Layout,
    out: Path | BinaryIO,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    language: str | None = None,
) -> int:
    """Write the badges of ``people`` (in the order given) to ``out`` as one PDF; the count.

    ``progress(done, total)`` is called as badges are drawn and ``cancelled()`` before each
    one; cancelling raises :class:`~catchdesk.core.jobs.JobCancelled` before anything is saved
    (the caller owns ``out`` and removes a partial file; the CLI writes to a temporary file).
    """
    chosen = get_layout(layout)
    register_fonts()
    target = str(out) if isinstance(out, Path) else out
    canvas = Canvas(
        target,
        pagesize=(chosen.page[0] * mm, chosen.page[1] * mm),
        pageCompression=1,
        initialFontName=chosen.first_name.font,  # else an unused, unembedded Helvetica is listed
    )
    canvas.setTitle(f"Badges — {event_name}")
    canvas.setAuthor("CatchDesk")
    canvas.setCreator(f"CatchDesk {__version__}")
    canvas.setSubject(chosen.description)
    steps = Steps(len(people), progress, cancelled, what="Printing badges", every=25)
    origins = chosen.origins()
    for index, person in enumerate(people):
        steps.check()
        slot = index % chosen.per_page
        if slot == 0:
            if index:
                canvas.showPage()
            if chosen.cut_marks:
                _draw_cut_marks(canvas, chosen)
        ox, oy = origins[slot]
        _draw_badge(
            canvas, plan_badge(person, event_name, chosen, language), chosen, ox * mm, oy * mm
        )
        steps.advance()
    steps.check()
    if not people:
        canvas.setFont(chosen.first_name.font, 1)  # an empty run still gives a valid PDF
    canvas.showPage()
    canvas.save()
    return len(people)
