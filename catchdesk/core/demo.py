"""A realistic demo event: a digital-skills day in Namur with 900 people, workshops and coaches.

Everything comes from ``random.Random`` streams seeded by ``seed``: the same seed gives the same
event, attendees, ids, codes and keys on every machine, so two desks that each ran
``catchdesk demo`` hold the same tickets. Rows are written with :func:`record_rows` (journaled
bulk inserts) in chunks, so the generator also fills a store with 100,000 attendees for
benchmarks. Nobody is checked in and no coaching slot is booked: the day has not started yet.

The people are drawn in :mod:`catchdesk.core.demo_people` from the lists of
:mod:`catchdesk.core.demo_data`; the programme is :mod:`catchdesk.core.demo_programme`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random
import time
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catchdesk.core import demo_programme as programme
from catchdesk.core.coaching.slots import plan_slots
from catchdesk.core.demo_people import PeopleDrawer, Row, millis, tracked
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.events import DEFAULT_TIMEZONE, create_event
from catchdesk.core.ids import seeded_id
from catchdesk.core.journal import record_rows
from catchdesk.core.models import (
    Attendee,
    AttendeeStatus,
    Coach,
    CoachSlot,
    Enrolment,
    Event,
    ExternalCode,
    Role,
    Workshop,
)
from catchdesk.core.timeutil import at_local

DEFAULT_ATTENDEES = 900
DEFAULT_SEED = 2026
DEFAULT_DAY = dt.date(2026, 11, 26)  # a Thursday
SLOT_MINUTES = 20
CHUNK_SIZE = 2000
GENERATOR_VERSION = 1

Progress = Callable[[int, int], None]


@dataclasses.dataclass
class DemoSummary:
    """What a demo event holds, with a few codes to try at the desk."""

    event_id: str
    event_name: str
    event_date: dt.date
    venue: str
    seed: int | None
    attendees: int
    cancelled: int
    roles: dict[str, int]
    workshops: int
    coaches: int
    slots: int
    blocked_slots: int
    enrolments: int
    external_codes: int
    full_workshops: list[dict[str, Any]]
    sample_codes: list[str]
    sample_external_codes: list[str]
    sample_cancelled_codes: list[str]
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        values = dataclasses.asdict(self)
        values["event_date"] = self.event_date.isoformat()
        return values


def demo_secret(seed: int) -> bytes:
    """The demo's ticket secret, derived from the seed so its codes are reproducible."""
    return hashlib.sha256(f"catchdesk-demo-{seed}".encode()).digest()


def demo_signing_key(seed: int) -> bytes:
    """The demo's Ed25519 certificate key (raw private bytes), derived from the seed."""
    raw = hashlib.sha256(f"catchdesk-demo-signing-{seed}".encode()).digest()
    return Ed25519PrivateKey.from_private_bytes(raw).private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def find_demo_event(session: Session, seed: int) -> Event | None:
    """The demo event made from ``seed`` in this store, if any, so a second run reuses it."""
    demos = session.scalars(select(Event).where(Event.is_demo.is_(True)).order_by(Event.created_at))
    for event in demos:
        if (event.settings or {}).get("demo_seed") == seed:
            return event
    return None


class _Day:
    """The fixed parts of the demo day (event, workshops, coaches, slots) and enrolments."""

    def __init__(self, session: Session, seed: int, day: dt.date) -> None:
        self.session = session
        self.seed = seed
        self.day = day
        self.zone = DEFAULT_TIMEZONE
        self.device_id: str = session.info["device_id"]
        self.rng = random.Random(f"catchdesk-demo:{seed}:day")
        self.created = at_local(day - dt.timedelta(days=60), 9, 0, self.zone)
        self.opens = at_local(day - dt.timedelta(days=45), 8, 0, self.zone)
        self.closes = at_local(day - dt.timedelta(days=1), 22, 0, self.zone)
        self.event_id = ""

    def at(self, hhmm: str) -> dt.datetime:
        hours, minutes = hhmm.split(":")
        return at_local(self.day, int(hours), int(minutes), self.zone)

    def row(self, moment: dt.datetime, rng: random.Random | None = None) -> Row:
        return tracked(rng or self.rng, moment, self.device_id, self.event_id)

    def event(self, attendees: int) -> Event:
        """The event row, through the ORM so the journal hook records it like any other."""
        event = create_event(
            self.session,
            f"{programme.EVENT_TITLE} {self.day.year} — {programme.EVENT_CITY}",
            self.day,
            venue=programme.VENUE,
            organiser=programme.ORGANISER,
            timezone=self.zone,
            is_demo=True,
            secret=demo_secret(self.seed),
            signing_key=demo_signing_key(self.seed),
            event_id=seeded_id(self.rng, millis(self.created)),
            created_at=self.created,
            settings={
                "demo_seed": self.seed,
                "demo_attendees": attendees,
                "demo_generator": GENERATOR_VERSION,
            },
        )
        self.event_id = event.id
        return event

    def workshops(self) -> list[Row]:
        rows = []
        for index, plan in enumerate(programme.WORKSHOPS):
            row = self.row(self.created + dt.timedelta(minutes=10 + index))
            row.update(
                title=plan.title,
                room=plan.room,
                starts_at=self.at(plan.start),
                ends_at=self.at(plan.end),
                capacity=programme.ROOMS[plan.room],
                enrolment_required=plan.enrolment_required,
                topic=plan.topic,
                speaker=plan.speaker,
            )
            rows.append(row)
        return rows

    def coaches_and_slots(self, attendee_ids: list[str]) -> tuple[list[Row], list[Row]]:
        """Coaches (linked to their attendee rows) and 20-minute slots around a lunch break."""
        coaches: list[Row] = []
        slots: list[Row] = []
        length = dt.timedelta(minutes=SLOT_MINUTES)
        for index, plan in enumerate(programme.COACHES):
            created = self.created + dt.timedelta(days=1, minutes=index)
            coach = self.row(created)
            coach.update(
                attendee_id=attendee_ids[index] if index < len(attendee_ids) else None,
                name=plan.name,
                organisation=plan.organisation,
                topics=list(plan.topics),
                languages=list(plan.languages),
                place=f"Table {index + 1}",
                colour=plan.colour,
            )
            coaches.append(coach)
            plan_times = plan.schedule[:4]
            start, pause, resume, end = (self.at(hhmm) for hhmm in plan_times)
            own: list[Row] = []
            times = plan_slots(
                [(start, end)],
                length=length,
                buffer=dt.timedelta(minutes=plan.schedule.step) - length,
                breaks=[(pause, resume)],
            )
            for slot_start, slot_end in times:
                slot = self.row(created)
                slot.update(
                    coach_id=coach["id"], starts_at=slot_start, ends_at=slot_end, blocked=False
                )
                own.append(slot)
            if index % 2 == 0 and own:  # every other coach keeps one slot for a break
                self.rng.choice(own)["blocked"] = True
            slots.extend(own)
        return coaches, slots

    def enrolments(
        self, workshops: list[Row], pool: list[tuple[str, dt.datetime, str]]
    ) -> list[Row]:
        """Enrol registered participants, preferring those who asked for the workshop's topic.

        Each person gets at most one enrolment, so overlapping workshops never clash; the
        workshop whose plan says ``fill=1.0`` is full once there are enough registered people.
        """
        rng = random.Random(f"catchdesk-demo:{self.seed}:enrolments")
        rng.shuffle(pool)
        taken: set[str] = set()
        rows = []
        planned = zip(workshops, programme.WORKSHOPS, strict=True)
        required = [(w, plan) for w, plan in planned if plan.enrolment_required]
        required.sort(key=lambda pair: -pair[1].fill)  # the full one first, even in small demos
        for workshop, plan in required:
            wanted = round(workshop["capacity"] * plan.fill)
            chosen: list[tuple[str, dt.datetime, str]] = []
            for keen in (True, False):
                for person in pool:
                    if len(chosen) >= wanted:
                        break
                    if person[0] not in taken and (plan.topic in person[2]) == keen:
                        chosen.append(person)
                        taken.add(person[0])
            for attendee_id, registered, _needs in chosen:
                later = registered + dt.timedelta(minutes=rng.randrange(1, 3 * 24 * 60))
                row = self.row(min(later, self.closes), rng)
                row.update(attendee_id=attendee_id, workshop_id=workshop["id"])
                rows.append(row)
        return rows


def create_demo_event(
    session: Session,
    *,
    attendees: int = DEFAULT_ATTENDEES,
    seed: int = DEFAULT_SEED,
    day: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Create the demo event of ``seed`` with ``attendees`` people, in the caller's transaction.

    ``progress(done, total)`` is called before the first and after each chunk of attendees.
    Raises :class:`CatchDeskError` when the store already holds the demo of ``seed`` (its ids
    would collide): :func:`find_demo_event` finds it for reuse.
    """
    if attendees < 0:
        raise CatchDeskError("The number of demo attendees cannot be negative.")
    existing = find_demo_event(session, seed)
    if existing is not None:
        raise CatchDeskError(
            f"This store already has the demo event of seed {seed} ({existing.id[:8]} "
            f"{existing.name}); use it, or choose another --seed."
        )
    started = time.perf_counter()
    plan = _Day(session, seed, day or DEFAULT_DAY)
    event = plan.event(attendees)
    workshops = plan.workshops()
    record_rows(session, Workshop, workshops)
    drawer = PeopleDrawer(
        random.Random(f"catchdesk-demo:{seed}:people"),
        event_id=event.id,
        device_id=plan.device_id,
        tag=event.tag,
        secret=event.ticket_secret,
        opens=plan.opens,
        closes=plan.closes,
    )
    if progress is not None:
        progress(0, attendees)
    coach_ids: list[str] = []
    pool: list[tuple[str, dt.datetime, str]] = []
    for first in range(0, attendees, CHUNK_SIZE):
        people: list[Row] = []
        externals: list[Row] = []
        for index in range(first, min(first + CHUNK_SIZE, attendees)):
            row, external = drawer.attendee(index, attendees)
            people.append(row)
            if external is not None:
                externals.append(external)
            if row["role"] == Role.COACH:
                coach_ids.append(row["id"])
            elif row["role"] == Role.PARTICIPANT and row["status"] == AttendeeStatus.REGISTERED:
                pool.append((row["id"], row["created_at"], row["needs"]))
        record_rows(session, Attendee, people)
        record_rows(session, ExternalCode, externals)
        if progress is not None:
            progress(first + len(people), attendees)
    coaches, slots = plan.coaches_and_slots(coach_ids)
    record_rows(session, Coach, coaches)
    record_rows(session, CoachSlot, slots)
    record_rows(session, Enrolment, plan.enrolments(workshops, pool))
    return summarise_demo_event(session, event, seconds=time.perf_counter() - started)


def summarise_demo_event(session: Session, event: Event, *, seconds: float = 0.0) -> DemoSummary:
    """Counts and sample codes of an event: a demo just made, or one found again."""

    def count(model: type[Any], *where: Any) -> int:
        query = select(func.count()).select_from(model).where(model.event_id == event.id, *where)
        return int(session.scalar(query) or 0)

    role_counts = session.execute(
        select(Attendee.role, func.count())
        .where(Attendee.event_id == event.id)
        .group_by(Attendee.role)
        .order_by(Attendee.role)
    )
    roles = {role: int(n) for role, n in role_counts}
    enrolled = (
        select(Enrolment.workshop_id, func.count().label("n"))
        .where(Enrolment.event_id == event.id)
        .group_by(Enrolment.workshop_id)
        .subquery()
    )
    full = session.execute(
        select(Workshop, enrolled.c.n)
        .join(enrolled, enrolled.c.workshop_id == Workshop.id)
        .where(Workshop.capacity.is_not(None), enrolled.c.n >= Workshop.capacity)
        .order_by(Workshop.starts_at, Workshop.room)
    )
    registered = Attendee.status == AttendeeStatus.REGISTERED.value
    participants = select(Attendee.code).where(
        Attendee.event_id == event.id, Attendee.role == Role.PARTICIPANT.value, registered
    )
    externals = (
        select(ExternalCode.raw)
        .join(Attendee, Attendee.id == ExternalCode.attendee_id)
        .where(ExternalCode.event_id == event.id, registered)
    )
    cancelled = select(Attendee.code).where(
        Attendee.event_id == event.id, Attendee.status == AttendeeStatus.CANCELLED.value
    )
    seed = (event.settings or {}).get("demo_seed")
    return DemoSummary(
        event_id=event.id,
        event_name=event.name,
        event_date=event.starts_on,
        venue=event.venue,
        seed=seed if isinstance(seed, int) else None,
        attendees=sum(roles.values()),
        cancelled=count(Attendee, Attendee.status == AttendeeStatus.CANCELLED.value),
        roles=roles,
        workshops=count(Workshop),
        coaches=count(Coach),
        slots=count(CoachSlot),
        blocked_slots=count(CoachSlot, CoachSlot.blocked.is_(True)),
        enrolments=count(Enrolment),
        external_codes=count(ExternalCode),
        full_workshops=[
            {"id": w.id, "title": w.title, "room": w.room, "capacity": w.capacity, "enrolled": n}
            for w, n in full
        ],
        sample_codes=list(session.scalars(participants.order_by(Attendee.id).limit(3))),
        sample_external_codes=list(session.scalars(externals.order_by(ExternalCode.id).limit(2))),
        sample_cancelled_codes=list(session.scalars(cancelled.order_by(Attendee.id).limit(1))),
        seconds=round(seconds, 3),
    )
