"""The list of sessions on a certificate: workshops and coaching with their times, set to fit.

A day's list has to fit between the certificate's top and its signature whatever the day held:
the type gets smaller first, then each session keeps one line, and only a day that still does
not fit ends with "… and N more sessions" (the verification code certifies all of them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from catchdesk.documents.certificate_layout import GOLD, INK, MEASURE, MUTED, lines_of, width_of
from catchdesk.documents.certificate_texts import text, time_span
from catchdesk.documents.fonts import BOLD, REGULAR, ellipsize, shape


def sentence_case(topic: str) -> str:
    """Topics are stored as tags ("référencement"); a line on paper starts with a capital."""
    return topic[:1].upper() + topic[1:]


Sections = list[tuple[str, list[tuple[str, str]]]]


@dataclass(frozen=True)
class SessionFit:
    """How the list of sessions is set: type size, one line per session or not, rows left out."""

    sections: Sections
    size: float
    one_line: bool = False
    hidden: int = 0


def session_rows(content: dict[str, Any], lang: str) -> Sections:
    """(heading, [(time, what)]) for the workshops, then the coaching."""
    several_days = "/" in content["event"]["dates"]
    sections: Sections = []
    workshops = [
        (time_span(w["starts_at"], w["ends_at"], several_days), w["title"])
        for w in content["workshops"]
    ]
    coaching = [
        (
            time_span(c["starts_at"], c["ends_at"], several_days),
            f"{sentence_case(c['topic']) or text('coaching.untitled', lang)} — "
            + text("coaching.with", lang, organisation=c["organisation"]),
        )
        for c in content["coaching"]
    ]
    if workshops:
        sections.append((text("workshops", lang), workshops))
    if coaching:
        sections.append((text("coaching", lang), coaching))
    return sections


def fit_sessions(
    sections: Sections, left: float, right: float, room: float, lang: str
) -> SessionFit:
    """The largest setting of the sessions that fits ``room`` points of height."""
    for size, one_line in ((10.5, False), (9.5, False), (8.5, False), (7.5, False), (7.5, True)):
        fit = SessionFit(sections, size, one_line)
        if draw_sessions(MEASURE, fit, left, right, 0.0, lang) <= room:
            return fit
    shown = [(heading, list(rows)) for heading, rows in sections]
    hidden = 0
    while any(rows for _, rows in shown):
        shown[-1][1].pop()
        hidden += 1
        shown = [(heading, rows) for heading, rows in shown if rows]
        fit = SessionFit(shown, 7.5, True, hidden)
        if draw_sessions(MEASURE, fit, left, right, 0.0, lang) <= room:
            break
    return SessionFit(shown, 7.5, True, hidden)


def draw_sessions(
    canvas: Canvas, fit: SessionFit, left: float, right: float, top: float, lang: str
) -> float:
    """Draw the sessions from ``top`` (measure only on ``MEASURE``); returns the height used."""
    size = fit.size
    leading = size * 1.3
    widths = [width_of(when, REGULAR, size) for _, rows in fit.sections for when, _ in rows]
    time_w = max(widths, default=0) + 5 * mm
    room = right - left - time_w
    y = top
    for heading, rows in fit.sections:
        canvas.setFillColor(GOLD)
        canvas.setFont(BOLD, 8.5)
        canvas.drawString(left, y - 8.5, heading.upper())
        y -= 8.5 + 7
        for when, what in rows:
            if fit.one_line:
                lines: tuple[str, ...] = (ellipsize(what, REGULAR, size, room),)
            else:
                lines = lines_of(what, REGULAR, size, room)
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, size)
            canvas.drawString(left, y - size, when)
            canvas.setFillColor(INK)
            for index, line in enumerate(lines):
                canvas.drawString(left + time_w, y - size - index * leading, shape(line))
            y -= leading * len(lines) + size * 0.45
        y -= 7
    if fit.hidden:
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, size)
        canvas.drawString(left + time_w, y - size, text("more", lang, count=fit.hidden))
        y -= leading + 7
    return top - y
