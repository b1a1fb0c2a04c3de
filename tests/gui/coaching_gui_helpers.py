"""Shared set-up of the coaching screen tests: the demo day at 10:35, with a clock a test moves.

The demo (120 people) has eight coaches (Table 1 to 8) with 20-minute slots from 10:00 (Marco
from 13:20), nothing booked. Messages are read in English (the desk's language setting).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from catchdesk.core.coaching.coaches import list_coaches
from catchdesk.core.demo import create_demo_event
from catchdesk.core.models import Attendee, AttendeeStatus, Enrolment, Event, Role
from catchdesk.core.store import Store
from catchdesk.core.timeutil import at_local
from catchdesk.ui.context import DeskContext
from catchdesk.ui.settings import Settings


@dataclass(frozen=True)
class Person:
    id: str
    code: str
    name: str


@dataclass
class Clock:
    """A clock the test sets: ``clock()`` is what the screens read."""

    now: dt.datetime

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass
class CoachingDemo:
    store: Store
    event: Event
    people: list[Person]
    """Registered participants enrolled in no workshop (free all day), by last name."""
    coaches: dict[str, str]
    """Coach id by first name ("Sophie", "Nadia"…)."""
    clock: Clock
    settings: Settings = field(default_factory=Settings)

    def at(self, hhmm: str) -> dt.datetime:
        hours, minutes = hhmm.split(":")
        return at_local(self.event.starts_on, int(hours), int(minutes), self.event.timezone)

    def context(self) -> DeskContext:
        return DeskContext(store=self.store, event_id=self.event.id, settings=self.settings)


def make_demo(store: Store, hhmm: str = "10:35") -> CoachingDemo:
    with store.write() as session:
        summary = create_demo_event(session, attendees=120, seed=5)
    with store.read() as session:
        event = session.get(Event, summary.event_id)
        assert event is not None
        rows = session.execute(
            select(Attendee.id, Attendee.code, Attendee.first_name, Attendee.last_name)
            .where(
                Attendee.event_id == event.id,
                Attendee.status == AttendeeStatus.REGISTERED,
                Attendee.role == Role.PARTICIPANT,
                ~Attendee.id.in_(select(Enrolment.attendee_id)),
            )
            .order_by(Attendee.last_name, Attendee.first_name)
        ).all()
        coaches = {c.name.split()[0]: c.id for c in list_coaches(session, event)}
    people = [Person(r.id, r.code, f"{r.first_name} {r.last_name}".strip()) for r in rows]
    settings = Settings()
    settings.language = "en"
    settings.sounds_enabled = False
    hours, minutes = hhmm.split(":")
    clock = Clock(at_local(event.starts_on, int(hours), int(minutes), event.timezone))
    return CoachingDemo(store, event, people, coaches, clock, settings)
