"""The booking rules, as checks that answer "no, because…" or nothing.

The same checks serve three callers: booking a chosen slot (which raises the first refusal),
searching the next free slot (which skips slots a person cannot take and only raises when none
is left) and offering a freed slot to the waitlist (which passes over people who no longer
fit). So a check *returns* a :class:`Refusal` instead of raising, and works on facts loaded
once per person (:class:`PersonDay`) with a few indexed queries, never on all the slots.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import bindparam, literal, select, union_all
from sqlalchemy.orm import Session

from catchdesk.core.checkin import standing_checkins
from catchdesk.core.coaching.coaches import CoachInfo
from catchdesk.core.coaching.common import HOLDING, hhmm, local_day, overlaps, span, still_bookable
from catchdesk.core.coaching.errors import BookingRefused
from catchdesk.core.coaching.settings import CoachingSettings
from catchdesk.core.errors import NotFoundError
from catchdesk.core.models import (
    Attendee,
    AttendeeStatus,
    Booking,
    Coach,
    CoachSlot,
    Enrolment,
    Event,
    Workshop,
)


@dataclass(frozen=True)
class Refusal:
    """Why a booking is not allowed: a reason code and the values its message needs."""

    reason: str
    values: dict[str, object] = field(default_factory=dict)

    def error(self) -> BookingRefused:
        return BookingRefused(self.reason, **self.values)


@dataclass(frozen=True)
class Held:
    """One coaching booking a person holds (booked, arrived or done)."""

    booking_id: str
    slot_id: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    coach: str


@dataclass(frozen=True)
class SlotFacts:
    """The columns of a slot the rules read."""

    id: str
    coach_id: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    blocked: bool


_SLOT = (
    select(
        CoachSlot.id, CoachSlot.coach_id, CoachSlot.starts_at, CoachSlot.ends_at, CoachSlot.blocked
    )
    .where(CoachSlot.id == bindparam("slot"), CoachSlot.event_id == bindparam("event"))
    .with_for_update()
)


def lock_slot(session: Session, event: Event, slot_id: str) -> SlotFacts:
    """Read a slot and hold it for this transaction (``FOR UPDATE`` on PostgreSQL; SQLite's
    writers are already one at a time), so two desks never both win it."""
    row = session.connection().execute(_SLOT, {"slot": slot_id, "event": event.id}).first()
    if row is None:
        raise NotFoundError(
            f"No coaching slot {slot_id} in {event.name}; 'catchdesk coaching slots' lists them."
        )
    return SlotFacts(*row)


@dataclass
class PersonDay:
    """What the rules need to know about one person, loaded in two small queries."""

    attendee_id: str
    name: str
    code: str
    language: str
    cancelled: bool
    held: list[Held]
    workshops: list[tuple[dt.datetime, dt.datetime, str]]
    checked_in: bool | None
    per_day: Counter[dt.date] = field(default_factory=Counter)


# Statements built once: on a busy desk, building them costs more than running them.
_PERSON = select(
    Attendee.id,
    Attendee.first_name,
    Attendee.last_name,
    Attendee.code,
    Attendee.language,
    Attendee.status,
).where(Attendee.id == bindparam("attendee"), Attendee.event_id == bindparam("event"))
_PERSON_LOCKED = _PERSON.with_for_update()
# The person's coaching and workshops in one round trip: ``kind`` tells the rows apart.
_HELD_AND_ENROLLED = union_all(
    select(
        literal("held").label("kind"),
        Booking.id,
        Booking.slot_id,
        CoachSlot.starts_at,
        CoachSlot.ends_at,
        Coach.name,
    )
    .join(CoachSlot, CoachSlot.id == Booking.slot_id)
    .join(Coach, Coach.id == CoachSlot.coach_id)
    .where(Booking.attendee_id == bindparam("attendee"), Booking.status.in_(HOLDING)),
    select(
        literal("workshop").label("kind"),
        Workshop.id,
        Workshop.id,
        Workshop.starts_at,
        Workshop.ends_at,
        Workshop.title,
    )
    .join(Enrolment, Enrolment.workshop_id == Workshop.id)
    .where(Enrolment.attendee_id == bindparam("attendee")),
)


def load_person(
    session: Session,
    event: Event,
    attendee_id: str,
    settings: CoachingSettings,
    *,
    lock: bool = True,
) -> PersonDay:
    """The person's held bookings, enrolled workshops and (if the rule is on) arrival.

    With ``lock`` the attendee row is held for the transaction (on PostgreSQL), so two desks
    booking the same person at once take turns instead of both passing the overlap rule.
    """
    query = _PERSON_LOCKED if lock else _PERSON
    row = session.connection().execute(query, {"attendee": attendee_id, "event": event.id}).first()
    if row is None:
        raise NotFoundError(f"No attendee {attendee_id} in {event.name}.")
    person_id, first, last, code, language, status = row
    held: list[Held] = []
    workshops: list[tuple[dt.datetime, dt.datetime, str]] = []
    for kind, first_id, second_id, starts_at, ends_at, label in session.connection().execute(
        _HELD_AND_ENROLLED, {"attendee": person_id}
    ):
        if kind == "held":
            held.append(Held(first_id, second_id, starts_at, ends_at, label))
        else:
            workshops.append((starts_at, ends_at, label))
    checked_in = None
    if settings.checked_in_only:
        checked_in = bool(standing_checkins(session, person_id, None))
    return PersonDay(
        attendee_id=person_id,
        name=f"{first} {last}".strip() or code,
        code=code,
        language=language,
        cancelled=status == AttendeeStatus.CANCELLED.value,
        held=held,
        workshops=workshops,
        checked_in=checked_in,
        per_day=Counter(local_day(h.starts_at, event) for h in held),
    )


def person_refusal(person: PersonDay, settings: CoachingSettings) -> Refusal | None:
    """Rules about who may book at all, whatever the slot."""
    if person.cancelled:
        return Refusal("attendee_cancelled", {"name": person.name})
    if settings.checked_in_only and not person.checked_in:
        return Refusal("not_checked_in", {"name": person.name})
    return None


def slot_refusal(
    event: Event,
    coach: CoachInfo,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    blocked: bool,
    *,
    topic: str | None,
    language: str | None,
    now: dt.datetime,
) -> Refusal | None:
    """Rules about the slot itself and its coach, whoever books it."""
    where = {"coach": coach.name, "time": hhmm(starts_at, event)}
    if blocked:
        return Refusal("slot_blocked", where)
    if not still_bookable(starts_at, ends_at, now):
        return Refusal("slot_past", where)
    if not coach.covers(topic):
        return Refusal("topic_not_covered", {"coach": coach.name, "topic": topic or ""})
    if not coach.speaks(language):
        return Refusal("language_not_spoken", {"coach": coach.name, "language": language or ""})
    return None


def time_refusal(
    event: Event,
    person: PersonDay,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    settings: CoachingSettings,
) -> Refusal | None:
    """Rules about the person's own day: overlaps and the daily limit."""
    for held in person.held:
        if overlaps(starts_at, ends_at, held.starts_at, held.ends_at):
            return Refusal(
                "person_overlap",
                {"name": person.name, "coach": held.coach, "time": hhmm(held.starts_at, event)},
            )
    for w_start, w_end, title in person.workshops:
        if overlaps(starts_at, ends_at, w_start, w_end):
            return Refusal(
                "workshop_overlap",
                {"name": person.name, "workshop": title, "time": span(w_start, w_end, event)},
            )
    count = person.per_day[local_day(starts_at, event)]
    if count >= settings.max_bookings_per_day:
        return Refusal("max_per_day", {"name": person.name, "count": count})
    return None


_OCCUPANT = (
    select(Booking.attendee_id, Attendee.first_name, Attendee.last_name)
    .join(Attendee, Attendee.id == Booking.attendee_id)
    .where(Booking.slot_id == bindparam("slot"), Booking.status.in_(HOLDING))
    .limit(1)
)


def occupancy_refusal(
    session: Session, event: Event, person: PersonDay, coach: CoachInfo, slot: SlotFacts
) -> Refusal | None:
    """One person per slot: the slot is free, or it is theirs already, or someone else's."""
    occupant = session.connection().execute(_OCCUPANT, {"slot": slot.id}).first()
    if occupant is None:
        return None
    where = {"coach": coach.name, "time": hhmm(slot.starts_at, event)}
    if occupant[0] == person.attendee_id:
        return Refusal("already_in_slot", {"name": person.name, **where})
    return Refusal("slot_taken", {"other": f"{occupant[1]} {occupant[2]}".strip(), **where})


def booking_refusal(
    session: Session,
    event: Event,
    person: PersonDay,
    coach: CoachInfo,
    slot: SlotFacts,
    *,
    topic: str | None,
    language: str | None,
    now: dt.datetime,
    settings: CoachingSettings,
) -> Refusal | None:
    """Every rule for one person in one slot, in the order a desk volunteer would explain."""
    return (
        person_refusal(person, settings)
        or slot_refusal(
            event,
            coach,
            slot.starts_at,
            slot.ends_at,
            slot.blocked,
            topic=topic,
            language=language,
            now=now,
        )
        or occupancy_refusal(session, event, person, coach, slot)
        or time_refusal(event, person, slot.starts_at, slot.ends_at, settings)
    )
