"""The booking slip handed to an attendee at the coaching desk: when, where, with whom.

It is read in a hurry in a crowded hall, so the time and the place are the largest things on it;
the coach's name comes next, the topic and the attendee's own name after. The attendee's ticket
code is printed as a QR code (and in letters) so the coach can scan them in at the table.

Two sizes: an 80 mm receipt roll (72 mm printable, the usual desk receipt printer) and the 62 mm
label roll the badge printer already holds, cut at 100 mm like a badge so the printer keeps one
setting. Thermal printers print black only: the title band is black, nothing relies on colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from catchdesk.core.coaching_paper import Slip
from catchdesk.core.codes import format_code
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.i18n import tr
from catchdesk.documents.certificate_texts import long_date
from catchdesk.documents.coaching_drawing import (
    GREY,
    INK,
    Box,
    Line,
    draw_lines,
    fill_rect,
    fitted_lines,
    hhmm,
    language_or_default,
    new_canvas,
)
from catchdesk.documents.fonts import ASCENT, BOLD, REGULAR, text_width
from catchdesk.documents.qr import draw_qr

# Heights of the stacked blocks above the QR code (mm at scale 1), and of the advice under it.
COACH_MM = 3.0 + 8.5 + 3.6 + 1.5 + 7.5  # label, name on two lines, organisation, topic
BLOCKS_MM = 4.0 + 1.2 + 7.0 + 2.0 + 4.2 + 12.0 + 1.5 + 12.0 + 2.0 + COACH_MM + 2.0
ADVICE_MM = 2.0 + 7.5
MAX_QR_MM = 26.0  # larger still would squeeze the name beside it


@dataclass(frozen=True)
class SlipSize:
    """A paper size for slips; heights in the layout are millimetres at ``scale`` 1."""

    name: str
    description: str
    width: float
    margin: float
    qr: float
    scale: float
    advice: bool
    height: float | None = None  # fixed (a label cut like a badge); None: as long as needed


RECEIPT = SlipSize("receipt", "80 mm receipt roll", 80.0, 4.0, 26.0, 1.15, advice=True)
LABEL = SlipSize("label", "62 mm label roll, cut at 100 mm", 62.0, 3.0, 22.0, 1.0, False, 100.0)
SIZES: dict[str, SlipSize] = {size.name: size for size in (RECEIPT, LABEL)}


def get_size(size: str | SlipSize) -> SlipSize:
    if isinstance(size, SlipSize):
        return size
    found = SIZES.get(size.strip().lower())
    if found is None:
        raise CatchDeskError(f"There is no slip size '{size}'; choose one of: {', '.join(SIZES)}.")
    return found


@dataclass(frozen=True)
class SlipPlan:
    """Everything on one slip, placed in points: what the renderer draws and tests check."""

    size: SlipSize
    page: tuple[float, float]
    lines: list[Line]
    band: Box
    place_box: Box
    qr: tuple[float, float, float]
    code: str


class _Flow:
    """Blocks stacked from the top of the slip down, each the full printable width."""

    def __init__(self, size: SlipSize, top: float) -> None:
        self.left = size.margin * mm
        self.width = (size.width - 2 * size.margin) * mm
        self.scale = size.scale
        self.y = top

    def take(self, height_mm: float, *, scaled: bool = True) -> Box:
        height = height_mm * (self.scale if scaled else 1.0) * mm
        self.y -= height
        return (self.left, self.y, self.width, height)

    def skip(self, height_mm: float) -> None:
        self.y -= height_mm * self.scale * mm


def _time_lines(slip: Slip, box: Box, scale: float) -> list[Line]:
    """The start time large and the end time beside it, centred together on one baseline."""
    left, bottom, width, height = box
    start, end = hhmm(slip.starts_at), f" – {hhmm(slip.ends_at)}"
    size = min(30 * scale, height / ASCENT * 0.92)
    while size > 12:
        small = size * 0.48
        total = text_width(start, BOLD, size) + text_width(end, REGULAR, small)
        if total <= width:
            break
        size -= 0.5
    small = size * 0.48
    start_width, end_width = text_width(start, BOLD, size), text_width(end, REGULAR, small)
    x = left + (width - start_width - end_width) / 2
    baseline = bottom + (height - ASCENT * size) / 2
    return [
        Line(start, BOLD, size, x, baseline, start_width),
        Line(end, REGULAR, small, x + start_width, baseline, end_width, GREY),
    ]


def plan_slip(slip: Slip, size: str | SlipSize = RECEIPT, language: str | None = None) -> SlipPlan:
    """Place every text of ``slip`` (in ``language``, else the attendee's own) without drawing.

    The coach's block has room for a long name on two lines and a two-line topic; what a short
    one leaves unused makes a receipt shorter, or a label's QR code larger (labels keep the
    badge's cut length so the printer keeps one setting).
    """
    chosen = get_size(size)
    lang = language_or_default(language or slip.language)
    draft, spare = _plan(slip, chosen, lang, COACH_MM, chosen.qr)
    if spare <= 0.5:
        return draft
    coach_mm = COACH_MM - spare / chosen.scale
    if chosen.height is None:
        return _plan(slip, chosen, lang, coach_mm, chosen.qr)[0]
    grow = min(spare, MAX_QR_MM - chosen.qr)
    return _plan(slip, chosen, lang, COACH_MM - grow / chosen.scale, chosen.qr + grow)[0]


def _plan(
    slip: Slip, chosen: SlipSize, lang: str, coach_mm: float, qr_mm: float
) -> tuple[SlipPlan, float]:
    """The slip laid out with these block sizes, and the millimetres the coach block left over."""
    s = chosen.scale
    advice_mm = ADVICE_MM * s if chosen.advice else 0.0
    stacked = (BLOCKS_MM - COACH_MM + coach_mm) * s
    height = chosen.height or (stacked + qr_mm + advice_mm + 2 * chosen.margin)
    page = (chosen.width * mm, height * mm)
    flow = _Flow(chosen, page[1] - chosen.margin * mm)
    lines: list[Line] = []

    lines += fitted_lines(
        slip.event_name, REGULAR, flow.take(4.0), 7.5 * s, 5.5, align="center", colour=GREY
    )
    flow.skip(1.2)
    band = flow.take(7.0)
    title = tr("coaching.slip.title", lang).upper()
    lines += fitted_lines(
        title,
        BOLD,
        _inset(band, 2 * mm),
        9.5 * s,
        6.5,
        align="center",
        valign="middle",
        colour="#ffffff",
    )
    flow.skip(2.0)
    day = long_date(slip.starts_at.date(), lang)
    lines += fitted_lines(day, REGULAR, flow.take(4.2), 8.5 * s, 6, align="center")
    lines += _time_lines(slip, flow.take(12.0), s)
    flow.skip(1.5)
    place_box = flow.take(12.0)
    label_box = (place_box[0] + 2 * mm, place_box[1], place_box[2] - 4 * mm, place_box[3] - 1 * mm)
    lines += fitted_lines(tr("coaching.place", lang), REGULAR, label_box, 6.5 * s, 5, colour=GREY)
    inner = (
        place_box[0] + 2 * mm,
        place_box[1] + 0.8 * mm,
        place_box[2] - 4 * mm,
        place_box[3] - 3.6 * s * mm,
    )
    lines += fitted_lines(
        slip.place or "—",
        BOLD,
        inner,
        17 * s,
        8,
        max_lines=2,
        wrap_below=12,
        align="center",
        valign="middle",
    )
    flow.skip(2.0)
    coach_box = flow.take(coach_mm)
    coach = _coach_lines(slip, coach_box, lang, s)
    lines += coach
    spare = ((coach[-1].bottom if coach else coach_box[1] + coach_box[3]) - coach_box[1]) / mm
    flow.skip(2.0)
    bottom = flow.take(qr_mm, scaled=False)
    qr = (bottom[0], bottom[1], bottom[3])
    gap = 2.5 * mm
    column = (bottom[0] + bottom[3] + gap, bottom[1], bottom[2] - bottom[3] - gap, bottom[3])
    lines += _person_lines(slip, column, lang, s)
    if chosen.advice:
        flow.skip(2.0)
        lines += fitted_lines(
            tr("coaching.slip.advice", lang),
            REGULAR,
            flow.take(7.5),
            7 * s,
            5.5,
            max_lines=3,
            align="center",
            colour=GREY,
        )
    return SlipPlan(chosen, page, lines, band, place_box, qr, slip.code), spare


def _coach_lines(slip: Slip, box: Box, language: str, s: float) -> list[Line]:
    """Who and about what, stacked in ``box`` at their natural heights, with the space left below.

    The name is given room for two lines, but a name on one line pulls the organisation and the
    topic up under it rather than leaving a hole in the middle of the slip.
    """
    left, bottom, width, height = box
    y = bottom + height

    def stack(
        text: str,
        font: str,
        room_mm: float,
        max_size: float,
        min_size: float,
        gap_mm: float,
        **options: Any,
    ) -> list[Line]:
        nonlocal y
        room = min(room_mm * s * mm, y - bottom)
        placed = fitted_lines(
            text, font, (left, y - room, width, room), max_size, min_size, **options
        )
        if placed:
            y = placed[-1].bottom - gap_mm * s * mm
        return placed

    lines = stack(tr("coaching.coach", language), REGULAR, 3.0, 6.5 * s, 5, 0.6, colour=GREY)
    lines += stack(slip.coach_name, BOLD, 8.5, 12 * s, 8, 0.8, max_lines=2, wrap_below=10 * s)
    lines += stack(slip.coach_organisation, REGULAR, 3.6, 8 * s, 6, 2.2, colour=GREY)
    if slip.topic:
        topic = tr("coaching.topic.line", language, topic=slip.topic)
        lines += stack(topic, REGULAR, 7.5, 9 * s, 6.5, 0, max_lines=2)
    return lines


def _person_lines(slip: Slip, column: Box, language: str, s: float) -> list[Line]:
    """Beside the QR code: for whom the slip is, and their code in letters."""
    left, bottom, width, height = column
    label_h, code_h = 3.4 * s * mm, 3.6 * s * mm
    lines = fitted_lines(
        tr("coaching.slip.for", language),
        REGULAR,
        (left, bottom + height - label_h, width, label_h),
        6.5 * s,
        5,
        colour=GREY,
    )
    name_box = (left, bottom + code_h + 1 * mm, width, height - label_h - code_h - 1.5 * mm)
    lines += fitted_lines(
        slip.full_name or slip.code, BOLD, name_box, 10.5 * s, 6.5, max_lines=4, wrap_below=9 * s
    )
    lines += fitted_lines(
        format_code(slip.code),
        REGULAR,
        (left, bottom + 1 * mm, width, code_h - 1 * mm),
        7 * s,
        5,
        colour=GREY,
    )
    return lines


def _inset(box: Box, dx: float) -> Box:
    return (box[0] + dx, box[1], box[2] - 2 * dx, box[3])


def draw_slip(canvas: Canvas, plan: SlipPlan) -> None:
    """Draw one planned slip on the current page of a reportlab canvas."""
    fill_rect(canvas, plan.band, INK)
    fill_rect(canvas, plan.place_box, None, INK, 1.0, radius=1.6 * mm)
    draw_lines(canvas, plan.lines)
    x, y, side = plan.qr
    draw_qr(canvas, plan.code, x, y, side)


def render_slips(
    slips: Sequence[Slip],
    out: Path | BinaryIO,
    size: str | SlipSize = RECEIPT,
    language: str | None = None,
) -> int:
    """One slip per page, in the order given, written as one PDF to ``out``; the page count.

    ``language`` None prints each slip in its attendee's own language.
    """
    chosen = get_size(size)
    plans = [plan_slip(slip, chosen, language) for slip in slips]
    first = plans[0].page if plans else (chosen.width * mm, (chosen.height or 100.0) * mm)
    title = tr("coaching.slip.title", language_or_default(language))
    canvas = new_canvas(out, first, title)
    canvas.setSubject(chosen.description)
    for plan in plans:
        canvas.setPageSize(plan.page)
        draw_slip(canvas, plan)
        canvas.showPage()
    if not plans:
        canvas.showPage()
    canvas.save()
    return max(1, len(plans))
