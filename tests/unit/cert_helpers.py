"""A demo day after the doors opened, for the certificate tests: who came, where, and coaching.

Built on the real demo event (``create_demo_event``) and the real check-in path, so what the
certificates state is what a desk and a door would have recorded.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from catchdesk.core.checkin import check_in
from catchdesk.core.demo import create_demo_event
from catchdesk.core.models import (
    Attendee,
    AttendeeStatus,
    Booking,
    BookingStatus,
    Coach,
    CoachSlot,
    Event,
    Role,
    Workshop,
)
from catchdesk.core.store import Store
from catchdesk.core.timeutil import at_local

SEED = 31


@dataclass
class Day:
    """The demo event after some check-ins; people are attendee ids by what they did."""

    event_id: str
    came: list[str] = field(default_factory=list)  # standing entrance check-in
    absent: list[str] = field(default_factory=list)  # registered, never scanned
    cancelled: str = ""  # a cancelled registration
    workshops: dict[str, list[str]] = field(default_factory=dict)  # attendee id → titles
    coached: str = ""  # came, one workshop, one coaching slot done
    codes: dict[str, str] = field(default_factory=dict)  # attendee id → ticket code


def during(workshop: Workshop, minutes: int = 5) -> dt.datetime:
    return workshop.starts_at + dt.timedelta(minutes=minutes)


def workshop_by_title(session, event_id: str, start: str) -> Workshop:
    return session.scalars(
        select(Workshop).where(Workshop.event_id == event_id, Workshop.title.startswith(start))
    ).one()


def build_day(store: Store, *, attendees: int = 60, seed: int = SEED) -> Day:
    """Eight participants came; three went to workshops; one had a coaching slot done."""
    with store.write() as session:
        create_demo_event(session, attendees=attendees, seed=seed)
    with store.write() as session:
        event = session.scalars(select(Event).where(Event.is_demo.is_(True))).one()
        people = list(
            session.scalars(
                select(Attendee)
                .where(
                    Attendee.event_id == event.id,
                    Attendee.role == Role.PARTICIPANT.value,
                    Attendee.status == AttendeeStatus.REGISTERED.value,
                )
                .order_by(Attendee.id)
            )
        )
        day = Day(event.id, codes={p.id: p.code for p in people})
        opening = at_local(event.starts_on, 9, 0, event.timezone)
        for index, person in enumerate(people[:8]):
            moment = opening + dt.timedelta(minutes=index)
            check_in(session, event, person.code, desk="Accueil 1", now=moment)
            day.came.append(person.id)
        day.absent = [p.id for p in people[8:12]]
        site = workshop_by_title(session, event.id, "Créer son site web")
        shop = workshop_by_title(session, event.id, "Vendre en ligne")
        seo = workshop_by_title(session, event.id, "Être trouvé")
        plan = {people[0]: [site, shop], people[1]: [seo], people[2]: [site]}
        for person, visited in plan.items():
            for workshop in visited:
                check_in(
                    session,
                    event,
                    person.code,
                    desk="Porte",
                    workshop_id=workshop.id,
                    now=during(workshop),
                )
            day.workshops[person.id] = [w.title for w in visited]
        coach = session.scalars(
            select(Coach).where(Coach.event_id == event.id).order_by(Coach.name)
        ).first()
        slot = session.scalars(  # after the SEO workshop, so the total is a plain sum
            select(CoachSlot)
            .where(CoachSlot.coach_id == coach.id, CoachSlot.starts_at >= opening.replace(hour=11))
            .order_by(CoachSlot.starts_at)
        ).first()
        session.add(
            Booking(
                event_id=event.id,
                slot_id=slot.id,
                attendee_id=people[1].id,
                topic="référencement",
                status=BookingStatus.DONE.value,
            )
        )
        day.coached = people[1].id
        cancelled = session.scalars(
            select(Attendee).where(
                Attendee.event_id == event.id,
                Attendee.status == AttendeeStatus.CANCELLED.value,
            )
        ).first()
        day.cancelled = cancelled.id
        day.codes[cancelled.id] = cancelled.code
    return day


def rasterise(pdf: Path, folder: Path, dpi: int = 200) -> list[Path]:
    """Pages as PNG files through poppler's pdftoppm, like a person opening the file."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: cannot look at the pages")
    prefix = folder / pdf.stem
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return sorted(folder.glob(f"{pdf.stem}-*.png"))


def pdf_text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: cannot extract the text")
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def png(path: Path, size: tuple[int, int] = (240, 80), colour: str = "#1b3a5c") -> Path:
    """A small real image, for logos and signatures."""
    Image.new("RGB", size, colour).save(path)
    return path
