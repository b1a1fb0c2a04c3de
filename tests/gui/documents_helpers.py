"""Shared set-up of the documents screen tests: a demo event where some people came."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from catchdesk.core.checkin import check_in
from catchdesk.core.demo import create_demo_event
from catchdesk.core.models import Attendee, AttendeeStatus, Event, Role
from catchdesk.core.store import Store
from catchdesk.core.timeutil import at_local
from catchdesk.ui.context import DeskContext
from catchdesk.ui.documents import DocumentsScreen
from catchdesk.ui.settings import Settings

# The SMTP test server of the mailing tests lives beside them in tests/unit.
_UNIT = str(Path(__file__).resolve().parent.parent / "unit")
if _UNIT not in sys.path:
    sys.path.append(_UNIT)


@dataclass(frozen=True)
class Person:
    id: str
    code: str
    name: str
    email: str


@dataclass(frozen=True)
class Demo:
    event_id: str
    people: list[Person]
    """Registered participants, by last name."""
    came: list[Person]
    """Those checked in at the entrance."""


def make_demo(store: Store, *, attendees: int = 40, came: int = 24, seed: int = 11) -> Demo:
    """A demo event; the first ``came`` participants with an ASCII name are checked in."""
    with store.write() as session:
        summary = create_demo_event(session, attendees=attendees, seed=seed)
    with store.read() as session:
        rows = session.scalars(
            select(Attendee)
            .where(
                Attendee.event_id == summary.event_id,
                Attendee.status == AttendeeStatus.REGISTERED.value,
                Attendee.role == Role.PARTICIPANT.value,
            )
            .order_by(Attendee.last_name, Attendee.first_name)
        ).all()
        people = [Person(a.id, a.code, a.full_name, a.email) for a in rows]
    arriving = [p for p in people if p.name.isascii() and p.email][:came]
    assert len(arriving) == came, "a bigger demo is needed for that many arrivals"
    with store.write() as session:
        event = session.get(Event, summary.event_id)
        moment = at_local(event.starts_on, 9, 30, event.timezone)
        for person in arriving:
            check_in(session, event, person.code, desk="Accueil", now=moment)
    return Demo(summary.event_id, people, arriving)


def make_screen(qtbot, store: Store, demo: Demo) -> DocumentsScreen:
    """The screen on ``demo``, shown, with its list of attendees loaded."""
    settings = Settings(language="en")
    settings.sounds_enabled = False
    context = DeskContext(store=store, event_id=demo.event_id, settings=settings)
    screen = DocumentsScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    with qtbot.waitSignal(screen.people_loaded, timeout=10_000):
        screen.show()
    return screen


def wait_job(qtbot, tab, timeout: int = 30_000) -> None:
    """Wait until the tab's running job (if any) has finished and said how it ended."""
    job = tab.job
    assert job is not None
    if job.is_running():
        with qtbot.waitSignal(job.finished, timeout=timeout):
            pass
