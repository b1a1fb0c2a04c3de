"""A small coaching day built row by row, and coaching PDFs read back with where things are.

The day is built with plain ORM rows (coaches, slots, bookings in every status) rather than the
booking rules, so the paper tests show exactly what the store holds, whatever the rules allow.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from catchdesk.core.attendees import add_attendee
from catchdesk.core.coaching_paper import coaching_paper
from catchdesk.core.models import Booking, Coach, CoachSlot, Event
from catchdesk.core.timeutil import at_local
from catchdesk.documents.fonts import BOLD, REGULAR, register_fonts

NOW = dt.datetime(2026, 11, 26, 8, 5, tzinfo=dt.UTC)  # 09:05 in Brussels, before the first slot
LONG_FIRST = "Marie-Christine Anne-Sophie"
LONG_LAST = "Van den Bossche-Vanderhaeghen de Limbourg-Stirum"
LONG_ORG = "Boulangerie-pâtisserie artisanale Les Délices du Condroz et de la Haute-Meuse SPRL"


def add_coach(
    session,
    event,
    name,
    place,
    *,
    start=(10, 0),
    count=6,
    minutes=20,
    step=None,
    blocked=(),
    **fields,
):
    coach = Coach(event_id=event.id, name=name, place=place, **fields)
    session.add(coach)
    session.flush()
    first = at_local(event.starts_on, *start, event.timezone)
    slots = []
    for index in range(count):
        begins = first + dt.timedelta(minutes=index * (step or minutes))
        slot = CoachSlot(
            event_id=event.id,
            coach_id=coach.id,
            starts_at=begins,
            ends_at=begins + dt.timedelta(minutes=minutes),
            blocked=index in blocked,
        )
        session.add(slot)
        slots.append(slot)
    session.flush()
    return coach, slots


def book(session, event, slot, person, status="booked", topic="site web"):
    booking = Booking(
        event_id=event.id, slot_id=slot.id, attendee_id=person.id, topic=topic, status=status
    )
    session.add(booking)
    session.flush()
    return booking


def build_day(store, event):
    """Two coaches; Hélène at 10:20, a cancelled and a no-show booking, a blocked slot."""
    with store.write() as session:
        ev = session.get(Event, event.id)
        sophie, sophie_slots = add_coach(
            session,
            ev,
            "Sophie Vandenberghe",
            "Table 1",
            organisation="Nuvalis Technologies",
            topics=["référencement", "publicité en ligne"],
            languages=["fr", "nl", "en"],
            colour="#3465a4",
        )
        karim, karim_slots = add_coach(
            session,
            ev,
            "Karim Bouzid",
            "Table 2",
            organisation="Agence Pixel Mosan",
            topics=["site web"],
            languages=["fr"],
            minutes=25,
            count=5,
            blocked={3},
            colour="#4e9a06",
        )
        helene = add_attendee(
            session,
            ev,
            first_name="Hélène",
            last_name="Dubois",
            organisation="Fleuriste Dubois",
            language="fr",
        )
        lukasz = add_attendee(session, ev, first_name="Łukasz", last_name="Nowak", language="nl")
        omer = add_attendee(session, ev, first_name="Ömer", last_name="Aydın")
        long = add_attendee(
            session, ev, first_name=LONG_FIRST, last_name=LONG_LAST, organisation=LONG_ORG
        )
        nobody = add_attendee(session, ev, first_name="Zoë", last_name="Sansrendezvous")
        booked = book(session, ev, sophie_slots[1], helene, topic="référencement")
        cancelled = book(session, ev, sophie_slots[2], lukasz, status="cancelled")
        book(session, ev, karim_slots[1], omer, status="no_show")
        arrived = book(session, ev, karim_slots[0], long, status="arrived")
        book(session, ev, sophie_slots[4], lukasz, topic="publicité en ligne")
    return {
        "event": event,
        "sophie": sophie,
        "karim": karim,
        "helene": helene,
        "lukasz": lukasz,
        "long": long,
        "nobody": nobody,
        "booked": booked,
        "cancelled": cancelled,
        "arrived": arrived,
    }


def paper_of(store, event, coaches=None):
    with store.read() as session:
        return coaching_paper(session, session.get(Event, event.id), coaches, now=NOW)


# ---------------------------------------------------------------- reading PDFs back


def placed_text(pdf: Path) -> list[list[tuple[str, float, float, float, str]]]:
    """Per page: (text, x, y, size, font) of every drawn string, in points."""
    pages = []
    for page in PdfReader(pdf).pages:
        found: list[tuple[str, float, float, float, str]] = []

        def visit(text, cm, tm, font, size, found=found):
            if text.strip():
                name = str(font.get("/BaseFont", "")) if font else ""
                found.append((text.strip(), tm[4] + cm[4], tm[5] + cm[5], size, name))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def page_texts(pdf: Path) -> list[str]:
    return [" ".join(t for t, *_ in page) for page in placed_text(pdf)]


def where(page, text, exact=False):
    """(x, y) of the first string on ``page`` containing (or equal to) ``text``."""
    for found, x, y, *_ in page:
        if found == text or (not exact and text in found):
            return x, y
    raise AssertionError(f"{text!r} is not on the page: {[t for t, *_ in page]}")


def drawn_width(text: str, size: float, font: str) -> float:
    """Width in points of a string read back from the PDF, in the font it was drawn with."""
    register_fonts()
    return pdfmetrics.stringWidth(text, BOLD if "Bold" in font else REGULAR, size)


def assert_inside_pages(pdf: Path) -> None:
    """Every string starts and ends inside its page, with a small margin left."""
    reader = PdfReader(pdf)
    for number, (page, strings) in enumerate(zip(reader.pages, placed_text(pdf), strict=True)):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        for text, x, y, size, font in strings:
            right = x + drawn_width(text, size, font)
            assert x >= 2 * mm and right <= width - 2 * mm + 0.01, (number, text, x, right)
            assert 2 * mm <= y <= height - 2 * mm, (number, text, y)
