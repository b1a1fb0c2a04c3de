"""Shots of the organiser's event setup and attendee list (issue 5, points 2 and 6)."""

from __future__ import annotations

import io
from collections.abc import Callable

from PIL import Image, ImageDraw
from PySide6.QtWidgets import QWidget

from catchdesk.core.event_setup import (
    CertificateWording,
    ImageKind,
    Partner,
    save_partner,
    set_event_image,
    update_certificate_wording,
)
from catchdesk.ui.context import DeskContext
from tools.screenshots import demo_context, participants


def _logo() -> bytes:
    image = Image.new("RGB", (360, 120), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((8, 8, 112, 112), radius=18, fill=(27, 58, 92))
    draw.ellipse((36, 36, 84, 84), fill=(168, 130, 63))
    draw.rectangle((132, 40, 340, 56), fill=(27, 58, 92))
    draw.rectangle((132, 70, 290, 82), fill=(168, 130, 63))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _prepared(language: str) -> DeskContext:
    context = demo_context(language, "Organisation", 900, 2026)
    with context.store.write() as session:
        event_id = context.event_id
        update_certificate_wording(
            session,
            event_id,
            CertificateWording(
                texts={
                    "fr": "Merci d'avoir participé à cette journée consacrée au numérique "
                    "pour les commerces et les indépendants de la région."
                },
                signatory_name="Camille Renard",
                roles={"fr": "Directrice", "nl": "Directeur", "en": "Director"},
            ),
        )
        set_event_image(session, event_id, ImageKind.LOGO, _logo())
        for partner in (
            Partner("Hub Namur", "coworking", "Léa Martin · 081 23 45 67", "hub-namur.be"),
            Partner("Incubateur WSL", "incubator", "Karim Benali", "wsl.be"),
            Partner("École du code", "school", "info@ecoleducode.be", "ecoleducode.be"),
            Partner("Ville de Namur", "public", "Service économie", "namur.be"),
        ):
            save_partner(session, event_id, partner)
    return context


def _morning(context: DeskContext) -> None:
    """Two thirds of the participants in, some of them at the 10 o'clock workshops."""
    import datetime as dt

    from catchdesk.core.checkin import check_in
    from catchdesk.core.models import Event
    from catchdesk.core.timeutil import at_local
    from catchdesk.core.workshops import workshops_in_order

    people = participants(context.store, context.event_id)
    with context.store.write() as session:
        event = session.get(Event, context.event_id)
        doors = [w for w in workshops_in_order(session, event.id) if not w.enrolment_required][1:4]
        start = at_local(event.starts_on, 8, 40, event.timezone)
        for number, person in enumerate(people[: len(people) * 2 // 3]):
            moment = start + dt.timedelta(seconds=7 * number)
            desk = f"Accueil {number % 3 + 1}"
            check_in(session, event, person.code, desk=desk, now=moment)
            door = doors[number % len(doors)]
            if number % 4 == 0 and (door.capacity or 0) > number // 12:
                check_in(
                    session,
                    event,
                    person.code,
                    desk="Porte",
                    workshop_id=door.id,
                    now=door.starts_at + dt.timedelta(minutes=number % 9),
                )


def _setup(language: str, tab: int) -> QWidget:
    from catchdesk.ui.event_setup import EventSetupScreen

    context = _prepared(language)
    _morning(context)
    screen = EventSetupScreen(context)
    screen.tabs.setCurrentIndex(tab)
    screen.resize(1280, 800)
    screen.show()
    if tab == 1:
        screen.workshops.table.selectRow(2)
    return screen


def shot_event_setup(language: str) -> QWidget:
    """The Event tab: details, certificate wording, logo, key."""
    return _setup(language, 0)


def shot_workshops(language: str) -> QWidget:
    """The programme of the demo day in the Workshops tab."""
    return _setup(language, 1)


def shot_partners(language: str) -> QWidget:
    return _setup(language, 2)


SHOTS: dict[str, Callable[[str], QWidget]] = {
    "event-setup": shot_event_setup,
    "workshops": shot_workshops,
    "partners": shot_partners,
}


def shot_attendee_list(language: str) -> QWidget:
    """The attendee list after the first hour: arrivals, a workshop filter off, sorted by name."""
    from catchdesk.ui.attendee_list import AttendeeListScreen

    context = _prepared(language)
    _morning(context)
    screen = AttendeeListScreen(context)
    screen.resize(1280, 800)
    screen.show()
    screen.table.selectRow(3)
    return screen


SHOTS["attendee-list"] = shot_attendee_list


def shot_attendee_merge(language: str) -> QWidget:
    """The side-by-side merge of a registration and a walk-in of the same person."""
    from sqlalchemy import select

    from catchdesk.core.attendees import add_attendee
    from catchdesk.core.models import Attendee, Event
    from catchdesk.ui.attendee_list_merge import MergeDialog

    context = _prepared(language)
    _morning(context)
    person = participants(context.store, context.event_id)[0]
    with context.store.write() as session:
        event = session.get(Event, context.event_id)
        walk_in = add_attendee(
            session, event, first_name=person.first_name, last_name=person.last_name.upper(),
            phone="+32 470 12 34 56", email="", source="walk_in", needs="site web",
        )  # fmt: skip
        kept = session.scalars(select(Attendee).where(Attendee.id == person.id)).one()
        kept.needs = ""
    dialog = MergeDialog(context, walk_in.id, person.id)
    dialog.show()
    return dialog


def shot_workshop_dialog(language: str) -> QWidget:
    screen = _setup(language, 1)
    workshops = screen.workshops
    from catchdesk.ui.event_setup_workshops import WorkshopDialog

    with workshops.context.store.read() as session:
        from catchdesk.core.workshop_editing import WorkshopDraft, get_workshop

        draft = WorkshopDraft.of(get_workshop(session, workshops.model.lines[2].id))
    dialog = WorkshopDialog(workshops.context.event(), workshops._rooms(), draft, lambda d: None)
    dialog.setWindowTitle("Edit workshop")
    dialog.show()
    return dialog


SHOTS["attendee-merge"] = shot_attendee_merge
SHOTS["workshop-dialog"] = shot_workshop_dialog
