"""A coach's day on A4: one page per coach (more only for a very long day), for their table.

The coach works from this sheet when the laptop is off or the network gone: who comes when, about
what, a box to tick when they arrive and when it is done, and room for a note by hand. Free slots
are printed as free (a walk-in can be written in), blocked ones are hatched, a long gap between
slots is a visible break. What the store already knows (arrived, done) is ticked in advance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from catchdesk.core.coaching_paper import BLOCKED, BOOKED, FREE, CoachDay, CoachingPaper, SlotLine
from catchdesk.core.i18n import tr
from catchdesk.core.models import BookingStatus
from catchdesk.documents.certificate_texts import long_date
from catchdesk.documents.coaching_drawing import (
    BLOCKED_FILL,
    BLOCKED_HATCH,
    CLASH_INK,
    FREE_INK,
    GREY,
    INK,
    RULE,
    Box,
    PagePlan,
    Rect,
    Rule,
    centred,
    fitted_lines,
    hhmm,
    language_or_default,
    printed_note,
    write_pages,
)
from catchdesk.documents.fonts import BOLD, REGULAR

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 14 * mm, 13 * mm, 11 * mm
INNER_W = PAGE_W - 2 * MARGIN_X
# Column widths in mm, in order: time, attendee, topic, arrived, done, note (182 mm in all).
COLUMNS = (
    ("time", 21),
    ("attendee", 61),
    ("topic", 36),
    ("arrived", 15),
    ("done", 13),
    ("note", 36),
)
HEAD_ROW = 8 * mm
MIN_ROW, MAX_ROW = 11.5 * mm, 16 * mm
BREAK_ROW = 6 * mm
BREAK_FROM_MINUTES = 10  # a longer gap between two slots is printed as a break
FOOTER = 7 * mm


@dataclass(frozen=True)
class _Break:
    starts_at_text: str
    ends_at_text: str


_Row = SlotLine | _Break


def _rows(day: CoachDay) -> list[_Row]:
    """The slots in time order, with a break row wherever the coach has a longer gap."""
    rows: list[_Row] = []
    for index, slot in enumerate(day.slots):
        if index:
            previous = day.slots[index - 1]
            gap = (slot.starts_at - previous.ends_at).total_seconds() / 60
            if gap > BREAK_FROM_MINUTES:
                rows.append(_Break(hhmm(previous.ends_at), hhmm(slot.starts_at)))
        rows.append(slot)
    return rows


# Left edge and width of each column, in points.
COLUMN = {
    name: (MARGIN_X + sum(w for _, w in COLUMNS[:index]) * mm, width * mm)
    for index, (name, width) in enumerate(COLUMNS)
}


def _language_names(codes: Sequence[str], language: str) -> str:
    """Languages as words in the reader's language ("néerlandais"), unknown codes as "DE"."""
    names = []
    for code in codes:
        key = f"coaching.language.{code.lower()}"
        try:
            names.append(tr(key, language))
        except KeyError:
            names.append(code.upper())
    return ", ".join(names)


def _top_line(page: PagePlan, paper: CoachingPaper, day: CoachDay, language: str) -> float:
    """Event and date across the top of every page; returns the y below it."""
    top = PAGE_H - MARGIN_TOP
    half = INNER_W / 2 - 2 * mm
    page.text(
        paper.event_name, REGULAR, (MARGIN_X, top - 4.5 * mm, half, 4.5 * mm), 9, 7, colour=GREY
    )
    date = tr("coaching.schedule.subtitle", language, date=long_date(day.day, language))
    page.text(
        date,
        REGULAR,
        (PAGE_W - MARGIN_X - half, top - 4.5 * mm, half, 4.5 * mm),
        9,
        7,
        align="right",
        colour=GREY,
    )
    return top - 4.5 * mm - 3 * mm


def _place_box(page: PagePlan, day: CoachDay, top: float, height: float, language: str) -> None:
    width = 48 * mm
    box = (PAGE_W - MARGIN_X - width, top - height, width, height)
    page.rects.append(Rect(box, "#ffffff", INK, 1.0, radius=2 * mm))
    label = (box[0] + 2.5 * mm, box[1], box[2] - 5 * mm, box[3] - 1.2 * mm)
    page.text(tr("coaching.place", language), REGULAR, label, 7.5, 6, colour=GREY)
    inner = (box[0] + 2.5 * mm, box[1] + 1 * mm, box[2] - 5 * mm, box[3] - 5 * mm)
    page.text(
        day.place or "—",
        BOLD,
        inner,
        20,
        9,
        max_lines=2,
        wrap_below=14,
        align="center",
        valign="middle",
    )


def _header(
    page: PagePlan, paper: CoachingPaper, day: CoachDay, language: str, first: bool
) -> float:
    """The coach's header (full on the first page, short after); returns the table's top."""
    y = _top_line(page, paper, day, language)
    name_h = 17 * mm if first else 11 * mm
    name_w = INNER_W - 48 * mm - 10 * mm
    page.rects.append(Rect((MARGIN_X, y - name_h, 2.2 * mm, name_h), day.colour))
    left = MARGIN_X + 5 * mm
    if first:
        page.text(day.name, BOLD, (left, y - 10.5 * mm, name_w, 10.5 * mm), 22, 12, valign="middle")
        page.text(
            day.organisation, REGULAR, (left, y - 17 * mm, name_w, 6 * mm), 11.5, 8, colour=GREY
        )
    else:
        shown = tr("coaching.continued", language, name=day.name)
        page.text(shown, BOLD, (left, y - name_h, name_w, name_h), 15, 10, valign="middle")
    _place_box(page, day, y, name_h, language)
    y -= name_h + 3.5 * mm
    if first:
        if day.topics:
            topics = tr("coaching.topics", language, topics=", ".join(day.topics))
            lines = page.text(
                topics, REGULAR, (MARGIN_X, y - 9 * mm, INNER_W, 9 * mm), 10, 7.5, max_lines=2
            )
            y = lines[-1].bottom - 1.2 * mm
        if day.languages:
            spoken = tr(
                "coaching.languages", language, languages=_language_names(day.languages, language)
            )
            lines = page.text(spoken, REGULAR, (MARGIN_X, y - 4.6 * mm, INNER_W, 4.6 * mm), 10, 7)
            y = lines[-1].bottom - 1.2 * mm
        summary = tr(
            "coaching.summary",
            language,
            slots=len(day.slots),
            booked=day.count(BOOKED),
            free=day.count(FREE),
            blocked=day.count(BLOCKED),
        )
        page.text(summary, REGULAR, (MARGIN_X, y - 4.4 * mm, INNER_W, 4.4 * mm), 9, 7, colour=GREY)
        y -= 4.4 * mm + 4 * mm
    return y


def _table_head(page: PagePlan, top: float, language: str) -> float:
    box = (MARGIN_X, top - HEAD_ROW, INNER_W, HEAD_ROW)
    page.rects.append(Rect(box, "#e4e4e4"))
    for name, _ in COLUMNS:
        x, width = COLUMN[name]
        align = "center" if name in ("arrived", "done") else "left"
        pad = 1 * mm if align == "center" else 2 * mm
        cell = (x + pad, box[1], width - 2 * pad, HEAD_ROW)
        page.text(
            tr(f"coaching.{name}", language), BOLD, cell, 8.5, 6, align=align, valign="middle"
        )
    return top - HEAD_ROW


def _slot_row(page: PagePlan, slot: SlotLine, top: float, height: float, language: str) -> None:
    bottom = top - height
    for name, _ in COLUMNS[1:]:
        page.rules.append(Rule(COLUMN[name][0], top, COLUMN[name][0], bottom, "#cfcfcf", 0.4))
    pad = 2 * mm
    x, width = COLUMN["time"]
    page.text(
        hhmm(slot.starts_at),
        BOLD,
        (x + pad, bottom + height / 2, width - 2 * pad, height / 2 - 1.2 * mm),
        12,
        8,
        valign="bottom",
    )
    page.text(
        f"– {hhmm(slot.ends_at)}",
        REGULAR,
        (x + pad, bottom + 1.2 * mm, width - 2 * pad, height / 2 - 2 * mm),
        8.5,
        6.5,
        colour=GREY,
    )
    x, width = COLUMN["attendee"]
    attendee = (x + pad, bottom + 1 * mm, width - 2 * pad, height - 2 * mm)
    if slot.state == BLOCKED:
        page.rects.append(Rect((x, bottom, width, height), BLOCKED_FILL))
        rest = COLUMN["topic"][0]
        page.hatches.append(((rest, bottom, MARGIN_X + INNER_W - rest, height), BLOCKED_HATCH))
        word = tr("coaching.blocked", language)
        page.text(word, BOLD, attendee, 10, 7, valign="middle", colour="#333333")
        return
    if slot.state == FREE:
        page.text(
            tr("coaching.free", language), BOLD, attendee, 10, 7, valign="middle", colour=FREE_INK
        )
    else:
        _people(page, slot, attendee, language)
    x, width = COLUMN["topic"]
    topics = " / ".join(dict.fromkeys(p.topic for p in slot.people if p.topic))
    page.text(
        topics,
        REGULAR,
        (x + pad, bottom + 1 * mm, width - 2 * pad, height - 2 * mm),
        8.5,
        6.5,
        max_lines=2,
        valign="middle",
    )
    status = slot.people[0].status if slot.people else ""
    ticks = {
        "arrived": status in (BookingStatus.ARRIVED.value, BookingStatus.DONE.value),
        "done": status == BookingStatus.DONE.value,
    }
    side = 4.6 * mm
    for name, ticked in ticks.items():
        x, width = COLUMN[name]
        page.checks.append(
            ((x + (width - side) / 2, bottom + (height - side) / 2, side, side), ticked)
        )


def _people(page: PagePlan, slot: SlotLine, box: Box, language: str) -> None:
    """The booked person's name and organisation; every name, and a warning, after a clash."""
    left, bottom, width, height = box
    if len(slot.people) > 1:
        names = " / ".join(person.full_name or person.code for person in slot.people)
        page.text(
            names,
            BOLD,
            (left, bottom + height * 0.4, width, height * 0.6),
            9.5,
            6.5,
            max_lines=2,
            valign="bottom",
        )
        page.text(
            tr("coaching.clash", language),
            REGULAR,
            (left, bottom, width, height * 0.38),
            7,
            5.5,
            colour=CLASH_INK,
        )
        return
    person = slot.people[0]
    name_room = height - (3.6 * mm if person.organisation else 0)
    name = fitted_lines(
        person.full_name or person.code,
        BOLD,
        (left, bottom + height - name_room, width, name_room),
        10.5,
        7,
        max_lines=2,
        wrap_below=9,
    )
    block = name
    if person.organisation and name:
        below = name[-1].bottom - 0.5 * mm
        block = name + fitted_lines(
            person.organisation,
            REGULAR,
            (left, bottom, width, below - bottom),
            8.5,
            6.5,
            colour=GREY,
        )
    page.lines.extend(centred(block, bottom, height))


def _break_row(page: PagePlan, row: _Break, top: float, language: str) -> None:
    box = (MARGIN_X, top - BREAK_ROW, INNER_W, BREAK_ROW)
    page.rects.append(Rect(box, "#f6f6f6"))
    text = f"{tr('coaching.break', language)} · {row.starts_at_text} – {row.ends_at_text}"
    page.text(text, REGULAR, box, 8.5, 6.5, align="center", valign="middle", colour=GREY)


def _grid(page: PagePlan, top: float, bottom: float, row_edges: list[float]) -> None:
    for y in row_edges:
        page.rules.append(Rule(MARGIN_X, y, MARGIN_X + INNER_W, y, RULE, 0.5))
    page.rects.append(Rect((MARGIN_X, bottom, INNER_W, top - bottom), None, "#8a8a8a", 0.8))


def _footer(page: PagePlan, paper: CoachingPaper, language: str, number: int, count: int) -> None:
    baseline = MARGIN_BOTTOM
    note = printed_note(paper.printed_at, language)
    page.text(
        note, REGULAR, (MARGIN_X, baseline - 1 * mm, INNER_W - 30 * mm, 4 * mm), 7.5, 6, colour=GREY
    )
    if count > 1:
        shown = tr("coaching.page", language, page=number, pages=count)
        page.text_at(shown, REGULAR, 7.5, PAGE_W - MARGIN_X, baseline, GREY, align="right")


def _row_height(rows: list[_Row], room: float) -> float:
    """Rows as tall as the page allows, between readable and roomy for handwriting."""
    slots = sum(1 for row in rows if isinstance(row, SlotLine))
    breaks = len(rows) - slots
    if not slots:
        return MIN_ROW
    return max(MIN_ROW, min(MAX_ROW, (room - breaks * BREAK_ROW) / slots))


def plan_coach_day(paper: CoachingPaper, day: CoachDay, language: str) -> list[PagePlan]:
    """The pages of one coach's day: usually one; a long day continues with a short header."""
    rows = _rows(day)
    pages: list[PagePlan] = []
    table_floor = MARGIN_BOTTOM + FOOTER
    height: float | None = None
    index = 0
    while True:
        page = PagePlan((PAGE_W, PAGE_H))
        top = _header(page, paper, day, language, first=not pages)
        pages.append(page)
        if not rows:
            page.text(
                tr("coaching.no_slots", language),
                REGULAR,
                (MARGIN_X, top - 10 * mm, INNER_W, 8 * mm),
                11,
                9,
                colour=GREY,
            )
            break
        y = _table_head(page, top, language)
        if height is None:
            height = _row_height(rows, y - table_floor)
        edges = [y]
        while index < len(rows):
            row = rows[index]
            needed = height if isinstance(row, SlotLine) else BREAK_ROW
            if y - needed < table_floor - 0.01 and len(edges) > 1:
                break
            if isinstance(row, SlotLine):
                _slot_row(page, row, y, needed, language)
            else:
                _break_row(page, row, y, language)
            y -= needed
            edges.append(y)
            index += 1
        _grid(page, top, y, edges)
        if index >= len(rows):
            break
    for number, page in enumerate(pages, start=1):
        _footer(page, paper, language, number, len(pages))
    return pages


def render_schedules(
    paper: CoachingPaper, out: Path | BinaryIO, language: str | None = None
) -> int:
    """Every coach's day in ``paper``, each starting on a new page, as one PDF; the page count."""
    lang = language_or_default(language)
    pages = [page for day in paper.coaches for page in plan_coach_day(paper, day, lang)]
    if not pages:
        pages = [PagePlan((PAGE_W, PAGE_H))]
    return write_pages(out, pages, f"{tr('coaching.coach', lang)} — {paper.event_name}")
