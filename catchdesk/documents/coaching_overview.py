"""All coaches on A4 landscape for the coaching desk: the fallback when laptops and network fail.

Coaches are columns and time runs down the page, one box per slot at its true height, so a
coach with 25-minute slots sits beside one with 20-minute slots without inventing rows, and
"who is free around 11?" is answered by reading across. Each box says its time and the booked
person's name, or free, or blocked (hatched, so it survives a grey photocopy).

The grid splits where it must: at most eight coaches side by side (more are shared fairly over
several pages), and the day is cut into balanced parts when one page would squeeze the boxes
below readable. Every page repeats the coaches' headers and the time ruler.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from catchdesk.core.coaching_paper import BLOCKED, FREE, CoachDay, CoachingPaper, SlotLine
from catchdesk.core.i18n import tr
from catchdesk.documents.certificate_texts import long_date
from catchdesk.documents.coaching_drawing import (
    BLOCKED_FILL,
    BLOCKED_HATCH,
    CLASH_INK,
    FREE_INK,
    GREY,
    INK,
    Box,
    Line,
    PagePlan,
    Rect,
    Rule,
    fitted_lines,
    hhmm,
    language_or_default,
    printed_note,
    tint,
    write_pages,
)
from catchdesk.documents.fonts import ASCENT, BOLD, REGULAR

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 10 * mm
TITLE_H, HEAD_H, FOOTER_H = 9 * mm, 18 * mm, 8 * mm
RULER_W = 13 * mm
BODY_TOP = PAGE_H - MARGIN - TITLE_H - 2.5 * mm - HEAD_H
BODY_BOTTOM = MARGIN + FOOTER_H
BODY_H = BODY_TOP - BODY_BOTTOM
MAX_COLUMNS = 8
MIN_CELL, MAX_CELL = 11 * mm, 22 * mm  # height of the shortest slot's box


def column_groups(coaches: Sequence[CoachDay], most: int = MAX_COLUMNS) -> list[list[CoachDay]]:
    """Coaches shared fairly over as few pages as keep at most ``most`` side by side (12 → 6+6)."""
    if not coaches:
        return []
    count = math.ceil(len(coaches) / most)
    size = math.ceil(len(coaches) / count)
    return [list(coaches[i : i + size]) for i in range(0, len(coaches), size)]


def _greedy(slots: list[SlotLine], capacity: float) -> list[list[SlotLine]]:
    """Slots in start order, a new part whenever one would end more than ``capacity`` minutes
    after its part's first start."""
    parts: list[list[SlotLine]] = []
    start: dt.datetime | None = None
    for slot in slots:
        if start is None or (slot.ends_at - start).total_seconds() / 60 > capacity:
            parts.append([])
            start = slot.starts_at
        parts[-1].append(slot)
    return parts


def time_parts(slots: list[SlotLine], capacity: float) -> list[list[SlotLine]]:
    """The day cut into as few parts as fit ``capacity`` minutes each, as even as possible.

    The fewest parts come from packing greedily; the smallest capacity that still gives that many
    parts (found by bisection) evens them out, so a day does not end in a page with one slot.
    """
    ordered = sorted(slots, key=lambda s: (s.starts_at, s.ends_at))
    if not ordered:
        return []
    longest = max(slot.minutes for slot in ordered)
    capacity = max(capacity, longest)
    fewest = len(_greedy(ordered, capacity))
    low, high = float(longest), capacity
    while high - low > 1:
        middle = (low + high) / 2
        if len(_greedy(ordered, middle)) <= fewest:
            high = middle
        else:
            low = middle
    return _greedy(ordered, high)


def _minutes(a: dt.datetime, b: dt.datetime) -> float:
    return (b - a).total_seconds() / 60


def _title(page: PagePlan, paper: CoachingPaper, day: dt.date, language: str) -> None:
    top = PAGE_H - MARGIN
    half = (PAGE_W - 2 * MARGIN) / 2
    page.text(
        tr("coaching.overview.title", language),
        BOLD,
        (MARGIN, top - TITLE_H, half + 20 * mm, TITLE_H),
        15,
        10,
        valign="middle",
    )
    right = f"{paper.event_name} · {long_date(day, language)}"
    page.text(
        right,
        REGULAR,
        (PAGE_W - MARGIN - half + 24 * mm, top - TITLE_H, half - 24 * mm, TITLE_H),
        9.5,
        7,
        align="right",
        valign="middle",
        colour=GREY,
    )


def _coach_head(page: PagePlan, coach: CoachDay, x: float, width: float) -> None:
    """The coach's colour, name, place (where the desk sends people) and organisation."""
    top = BODY_TOP + HEAD_H
    page.rects.append(Rect((x, top - 1.8 * mm, width, 1.8 * mm), coach.colour))
    left, inner_w = x + 1.2 * mm, width - 2.4 * mm
    page.text(
        coach.name,
        BOLD,
        (left, BODY_TOP + 7.4 * mm, inner_w, HEAD_H - 9.6 * mm),
        9,
        6.5,
        max_lines=2,
        wrap_below=8,
        valign="middle",
    )
    page.text(coach.place, BOLD, (left, BODY_TOP + 3.9 * mm, inner_w, 3.3 * mm), 7.5, 6)
    page.text(
        coach.organisation,
        REGULAR,
        (left, BODY_TOP + 0.9 * mm, inner_w, 2.9 * mm),
        6.5,
        5.5,
        colour=GREY,
    )


def _ruler(page: PagePlan, start: dt.datetime, end: dt.datetime, scale: float) -> None:
    """Hour and half-hour lines across the grid, labelled in the left margin."""
    mark = start.replace(minute=0 if start.minute < 30 else 30, second=0, microsecond=0)
    if mark < start:
        mark += dt.timedelta(minutes=30)
    while mark <= end:
        y = BODY_TOP - _minutes(start, mark) * scale
        hour = mark.minute == 0
        page.guides.append(
            Rule(
                MARGIN,
                y,
                PAGE_W - MARGIN,
                y,
                "#b5b5b5" if hour else "#dddddd",
                0.6 if hour else 0.4,
            )
        )
        size = 8 if hour else 7
        baseline = y - ASCENT * size - 1.2
        if mark < end and baseline - 2 > BODY_BOTTOM:  # labels sit under their line
            page.text_at(
                hhmm(mark),
                BOLD if hour else REGULAR,
                size,
                MARGIN + 0.5 * mm,
                baseline,
                INK if hour else GREY,
            )
        mark += dt.timedelta(minutes=30)


def _cell(page: PagePlan, slot: SlotLine, box: Box, coach: CoachDay, language: str) -> None:
    left, bottom, width, height = box
    state = slot.state
    if state == BLOCKED:
        page.rects.append(Rect(box, BLOCKED_FILL, "#b0b0b0", 0.5, radius=0.8 * mm))
        page.hatches.append((box, BLOCKED_HATCH))
    elif state == FREE:
        page.rects.append(Rect(box, "#ffffff", "#9a9a9a", 0.6, radius=0.8 * mm))
    else:
        page.rects.append(
            Rect(box, tint(coach.colour, 0.17), tint(coach.colour, 0.7), 0.6, radius=0.8 * mm)
        )
    pad = 1.1 * mm
    inner_w = width - 2 * pad
    time_h = min(3.2 * mm, height - 2 * pad)
    top = bottom + height - pad
    lines = fitted_lines(
        hhmm(slot.starts_at),
        BOLD,
        (left + pad, top - time_h, inner_w, time_h),
        7,
        5.5,
        colour="#333333",
    )
    y = (lines[-1].bottom if lines else top) - 0.5 * mm
    room = y - (bottom + pad * 0.6)
    if state == BLOCKED:
        lines += fitted_lines(
            tr("coaching.blocked", language),
            BOLD,
            (left + pad, y - min(room, 4 * mm), inner_w, min(room, 4 * mm)),
            8,
            5.5,
            colour="#333333",
        )
    elif state == FREE:
        lines += fitted_lines(
            tr("coaching.free", language),
            BOLD,
            (left + pad, y - min(room, 4 * mm), inner_w, min(room, 4 * mm)),
            8,
            5.5,
            colour=FREE_INK,
        )
    else:
        lines += _names(slot, (left + pad, bottom + pad * 0.6, inner_w, room))
    page.lines.extend(lines)


def _names(slot: SlotLine, box: Box) -> list[Line]:
    """The booked person's name, with the organisation under it when the box has room."""
    left, bottom, width, _ = box
    if len(slot.people) > 1:
        names = " / ".join(p.full_name or p.code for p in slot.people)
        return fitted_lines(names, BOLD, box, 8, 5.5, max_lines=3, colour=CLASH_INK)
    person = slot.people[0]
    name = fitted_lines(
        person.full_name or person.code, BOLD, box, 8.5, 6, max_lines=2, wrap_below=7.5
    )
    if not name or not person.organisation:
        return name
    room = name[-1].bottom - 0.4 * mm - bottom
    if room < 2.6 * mm:
        return name
    return name + fitted_lines(
        person.organisation, REGULAR, (left, bottom, width, room), 6.5, 5.5, colour=GREY
    )


def _legend(page: PagePlan, language: str, right: float) -> None:
    """What the three kinds of box mean, at the foot of every page."""
    y = MARGIN + 1.2 * mm
    side = 3.2 * mm
    x = right
    for key, fill, stroke, hatched in reversed(
        (
            ("coaching.booked", "#dde6f1", "#8fa9cc", False),
            ("coaching.free", "#ffffff", "#9a9a9a", False),
            ("coaching.blocked", BLOCKED_FILL, "#b0b0b0", True),
        )
    ):
        word = tr(key, language)
        line = page.text_at(word, REGULAR, 7.5, x, y + 0.6 * mm, GREY, align="right")
        x = line.x - 1.5 * mm - side
        box = (x, y, side, side)
        page.rects.append(Rect(box, fill, stroke, 0.5, radius=0.5 * mm))
        if hatched:
            page.hatches.append((box, BLOCKED_HATCH))
        x -= 5 * mm


def _plan_page(
    paper: CoachingPaper,
    day: dt.date,
    group: list[CoachDay],
    part: tuple[dt.datetime, dt.datetime, set[str]],
    scale: float,
    language: str,
) -> PagePlan:
    start, end, slot_ids = part
    page = PagePlan((PAGE_W, PAGE_H))
    _title(page, paper, day, language)
    _ruler(page, start, end, scale)
    width = (PAGE_W - 2 * MARGIN - RULER_W) / max(len(group), 1)
    bottom = BODY_TOP - _minutes(start, end) * scale
    for index, coach in enumerate(group):
        x = MARGIN + RULER_W + index * width
        _coach_head(page, coach, x, width)
        page.guides.append(Rule(x, BODY_TOP + HEAD_H, x, bottom, "#c8c8c8", 0.5))
        for slot in coach.slots:
            if slot.slot_id not in slot_ids:
                continue
            top = BODY_TOP - _minutes(start, slot.starts_at) * scale
            height = slot.minutes * scale
            box = (x + 0.8 * mm, top - height + 0.3 * mm, width - 1.6 * mm, height - 0.6 * mm)
            _cell(page, slot, box, coach, language)
    page.rules.append(Rule(MARGIN, BODY_TOP, PAGE_W - MARGIN, BODY_TOP, "#8a8a8a", 0.8))
    return page


def plan_overview(paper: CoachingPaper, language: str) -> list[PagePlan]:
    """The overview's pages: for each day, each part of the day, each group of coaches."""
    pages: list[PagePlan] = []
    for day in paper.days:
        coaches = [coach for coach in paper.on(day) if coach.slots]
        if not coaches:
            continue
        slots = [slot for coach in coaches for slot in coach.slots]
        shortest = min(slot.minutes for slot in slots) or 1
        parts = time_parts(slots, BODY_H / (MIN_CELL / shortest))
        spans = [
            (
                min(s.starts_at for s in part),
                max(s.ends_at for s in part),
                {s.slot_id for s in part},
            )
            for part in parts
        ]
        longest = max(_minutes(a, b) for a, b, _ in spans)
        scale = min(BODY_H / longest, MAX_CELL / shortest)
        for span in spans:
            for group in column_groups(coaches):
                pages.append(_plan_page(paper, day, group, span, scale, language))
    if not pages:
        page = PagePlan((PAGE_W, PAGE_H))
        day = paper.days[0] if paper.days else paper.printed_at.date()
        _title(page, paper, day, language)
        page.text(
            tr("coaching.no_slots", language),
            REGULAR,
            (MARGIN, BODY_TOP - 10 * mm, PAGE_W - 2 * MARGIN, 8 * mm),
            11,
            9,
            colour=GREY,
        )
        pages.append(page)
    for number, page in enumerate(pages, start=1):
        note = printed_note(paper.printed_at, language)
        page.text(note, REGULAR, (MARGIN, MARGIN, 130 * mm, 4.5 * mm), 7.5, 6, colour=GREY)
        right = PAGE_W - MARGIN
        if len(pages) > 1:
            shown = tr("coaching.page", language, page=number, pages=len(pages))
            line = page.text_at(shown, REGULAR, 7.5, right, MARGIN + 1.8 * mm, GREY, align="right")
            right = line.x - 8 * mm
        _legend(page, language, right)
    return pages


def render_overview(paper: CoachingPaper, out: Path | BinaryIO, language: str | None = None) -> int:
    """The overview of ``paper`` as one landscape PDF at ``out``; the number of pages."""
    lang = language_or_default(language)
    pages = plan_overview(paper, lang)
    return write_pages(out, pages, f"{tr('coaching.overview.title', lang)} — {paper.event_name}")
