"""A small coaching morning for the coaching tests: three coaches, their slots, a few people.

Sophie (Table 1) coaches search ranking and online advertising in French, Dutch and English;
Julien (Table 2) websites and search ranking in French; Emma (Table 3) e-commerce in Dutch and
English. Each has six 20-minute slots from 10:00 to 12:00. It is 08:00 on the event's day
unless a test says otherwise. Test modules read messages in English (``CATCHDESK_LANG=en``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from catchdesk.core.attendees import add_attendee
from catchdesk.core.coaching.coaches import create_coach
from catchdesk.core.coaching.slots import generate_slots
from catchdesk.core.models import CoachSlot, Enrolment, Event, Workshop
from catchdesk.core.store import Store
from catchdesk.core.timeutil import at_local

PEOPLE = (
    ("Hélène", "Dupré"),
    ("Łukasz", "Wójcik"),
    ("Fatima", "El Amrani"),
    ("Marc", "Lambert"),
    ("Olena", "Kovalenko"),
    ("Gökhan", "Öztürk"),
)


@dataclass
class Morning:
    store: Store
    event: Event
    coaches: dict[str, str]
    slots: dict[tuple[str, str], str]
    people: dict[str, str]
    codes: dict[str, str] = field(default_factory=dict)

    def at(self, hhmm: str) -> dt.datetime:
        hours, minutes = hhmm.split(":")
        return at_local(self.event.starts_on, int(hours), int(minutes), self.event.timezone)

    @property
    def now(self) -> dt.datetime:
        return self.at("08:00")

    def slot(self, coach: str, hhmm: str) -> str:
        return self.slots[(coach, hhmm)]

    def enrol(self, person: str, title: str, start: str, end: str) -> str:
        with self.store.write() as session:
            workshop = Workshop(
                event_id=self.event.id,
                title=title,
                room="Salle Meuse",
                starts_at=self.at(start),
                ends_at=self.at(end),
            )
            session.add(workshop)
            session.flush()
            session.add(
                Enrolment(
                    event_id=self.event.id, attendee_id=self.people[person], workshop_id=workshop.id
                )
            )
            return workshop.id


def build_morning(store: Store, event: Event) -> Morning:
    with store.write() as session:
        ev = session.get(Event, event.id)
        assert ev is not None
        plans = {
            "Sophie": (
                "Sophie Vandenberghe",
                ["référencement", "publicité en ligne"],
                ["fr", "nl", "en"],
                "Table 1",
            ),
            "Julien": ("Julien Marchal", ["site web", "référencement"], ["fr"], "Table 2"),
            "Emma": ("Emma Janssens", ["e-commerce"], ["nl", "en"], "Table 3"),
        }
        coaches: dict[str, str] = {}
        for key, (name, topics, languages, place) in plans.items():
            coach = create_coach(
                session, ev, name=name, topics=topics, languages=languages, place=place
            )
            coaches[key] = coach.id
            start = at_local(ev.starts_on, 10, 0, ev.timezone)
            generate_slots(
                session,
                ev,
                coach.id,
                [(start, start + dt.timedelta(hours=2))],
                length=dt.timedelta(minutes=20),
            )
        slots: dict[tuple[str, str], str] = {}
        by_coach = {v: k for k, v in coaches.items()}
        for slot in session.scalars(select(CoachSlot).where(CoachSlot.event_id == ev.id)):
            local = slot.starts_at.astimezone(at_local(ev.starts_on, 0, 0, ev.timezone).tzinfo)
            slots[(by_coach[slot.coach_id], local.strftime("%H:%M"))] = slot.id
        people: dict[str, str] = {}
        codes: dict[str, str] = {}
        for first, last in PEOPLE:
            person = add_attendee(session, ev, first_name=first, last_name=last, language="fr")
            people[first] = person.id
            codes[first] = person.code
    return Morning(store, event, coaches, slots, people, codes)
