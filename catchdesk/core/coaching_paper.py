"""What coaching paper shows, read from the store: slips, each coach's day, the desk's overview.

The documents in :mod:`catchdesk.documents` take these plain values and never see the ORM, so
the GUI can preview, a test can build a day by hand, and nothing on paper depends on a session
still being open. Every query here only reads.

A booking that was cancelled or ended in a no-show has given its slot back: it is not printed,
and the slot shows as free. Times are converted to the event's own zone here, once, because
paper is read against the clock on the venue's wall.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.codes import looks_like_code
from catchdesk.core.errors import CatchDeskError, NotFoundError
from catchdesk.core.ids import matches_id
from catchdesk.core.models import Attendee, Booking, BookingStatus, Coach, CoachSlot, Event
from catchdesk.core.textfold import fold
from catchdesk.core.timeutil import local_time, utcnow

# Statuses that keep a person in their slot; cancelled and no-show bookings free it.
HOLDING = (BookingStatus.BOOKED.value, BookingStatus.ARRIVED.value, BookingStatus.DONE.value)

FREE = "free"
BOOKED = "booked"
BLOCKED = "blocked"


@dataclass(frozen=True)
class BookedPerson:
    """Who holds a slot, as the coach and the desk need to read it."""

    booking_id: str
    code: str
    first_name: str
    last_name: str
    organisation: str
    topic: str
    status: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class SlotLine:
    """One slot of a coach's day, in the event's time zone.

    ``people`` holds the bookings that keep the slot, earliest first: more than one only when two
    offline desks booked the same slot before their journals met, and then paper shows them all
    so that the coach sees the clash instead of a silently missing person.
    """

    slot_id: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    blocked: bool
    people: tuple[BookedPerson, ...] = ()

    @property
    def state(self) -> str:
        if self.people:
            return BOOKED
        return BLOCKED if self.blocked else FREE

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True)
class CoachDay:
    """A coach's slots on one day, with what the page header says about the coach."""

    coach_id: str
    name: str
    organisation: str
    place: str
    topics: tuple[str, ...]
    languages: tuple[str, ...]
    colour: str
    day: dt.date
    slots: tuple[SlotLine, ...]

    def count(self, state: str) -> int:
        return sum(1 for slot in self.slots if slot.state == state)


@dataclass(frozen=True)
class CoachingPaper:
    """Everything the schedules and the overview print, as of ``printed_at`` (local time).

    ``coaches`` has one entry per coach and day, in the order of the coaches' places
    ("Table 2" before "Table 10"), then by day.
    """

    event_name: str
    timezone: str
    printed_at: dt.datetime
    coaches: tuple[CoachDay, ...]

    @property
    def days(self) -> list[dt.date]:
        return sorted({coach.day for coach in self.coaches})

    def on(self, day: dt.date) -> list[CoachDay]:
        return [coach for coach in self.coaches if coach.day == day]


@dataclass(frozen=True)
class Slip:
    """A booking slip: what the attendee must know to be at the right table at the right time."""

    event_name: str
    booking_id: str
    code: str
    first_name: str
    last_name: str
    organisation: str
    language: str
    topic: str
    coach_name: str
    coach_organisation: str
    place: str
    starts_at: dt.datetime
    ends_at: dt.datetime

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def _natural(text: str) -> tuple[object, ...]:
    """Sort key that puts "Table 2" before "Table 10"."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", fold(text)))


def _coach_key(coach: Coach) -> tuple[object, ...]:
    return (not coach.place, _natural(coach.place), fold(coach.name), coach.id)


def select_coaches(session: Session, event: Event, selectors: Sequence[str]) -> list[Coach]:
    """The coaches named by id, id prefix, short id or name (any case, accents ignored).

    A selector matching nobody, or several coaches, is an error naming it: a schedule silently
    missing from a printed pile is noticed only when the coach arrives at an empty table.
    """
    coaches = list(session.scalars(select(Coach).where(Coach.event_id == event.id)))
    chosen: dict[str, Coach] = {}
    for selector in selectors:
        wanted = fold(selector.strip())
        matches = [c for c in coaches if fold(c.name) == wanted or matches_id(c.id, selector)]
        if not matches:
            raise NotFoundError(
                f"No coach of this event matches '{selector}'; give a coach's id or full name."
            )
        if len(matches) > 1:
            raise CatchDeskError(
                f"'{selector}' matches {len(matches)} coaches; give more of the coach's id."
            )
        chosen.setdefault(matches[0].id, matches[0])
    return sorted(chosen.values(), key=_coach_key)


def _holders(session: Session, slot_ids: list[str]) -> dict[str, list[BookedPerson]]:
    """Bookings that keep their slot, grouped by slot, earliest booking first."""
    holders: dict[str, list[BookedPerson]] = defaultdict(list)
    if not slot_ids:
        return holders
    rows = session.execute(
        select(Booking, Attendee)
        .join(Attendee, Attendee.id == Booking.attendee_id)
        .where(Booking.slot_id.in_(slot_ids), Booking.status.in_(HOLDING))
        .order_by(Booking.created_at, Booking.id)
    )
    for booking, attendee in rows:
        holders[booking.slot_id].append(
            BookedPerson(
                booking_id=booking.id,
                code=attendee.code.upper(),
                first_name=(attendee.first_name or "").strip(),
                last_name=(attendee.last_name or "").strip(),
                organisation=(attendee.organisation or "").strip(),
                topic=(booking.topic or "").strip(),
                status=booking.status,
            )
        )
    return holders


def coaching_paper(
    session: Session,
    event: Event,
    coach_selectors: Sequence[str] | None = None,
    *,
    now: dt.datetime | None = None,
) -> CoachingPaper:
    """The coaches' days as they stand now: every coach, or those named by ``coach_selectors``.

    A coach without any slot is left out unless named: a page saying "no slots" is wasted paper
    in a pile, but the one asked for by name must come out, even empty.
    """
    zone = event.timezone
    if coach_selectors:
        coaches = select_coaches(session, event, coach_selectors)
    else:
        coaches = sorted(
            session.scalars(select(Coach).where(Coach.event_id == event.id)), key=_coach_key
        )
    coach_ids = [coach.id for coach in coaches]
    slots = list(
        session.scalars(
            select(CoachSlot)
            .where(CoachSlot.event_id == event.id, CoachSlot.coach_id.in_(coach_ids))
            .order_by(CoachSlot.starts_at, CoachSlot.id)
        )
    )
    holders = _holders(session, [slot.id for slot in slots])
    by_coach_day: dict[tuple[str, dt.date], list[SlotLine]] = defaultdict(list)
    for slot in slots:
        start = local_time(slot.starts_at, zone)
        line = SlotLine(
            slot_id=slot.id,
            starts_at=start,
            ends_at=local_time(slot.ends_at, zone),
            blocked=slot.blocked,
            people=tuple(holders.get(slot.id, ())),
        )
        by_coach_day[(slot.coach_id, start.date())].append(line)
    days: list[CoachDay] = []
    for coach in coaches:
        own = sorted(day for coach_id, day in by_coach_day if coach_id == coach.id)
        if not own and coach_selectors:
            own = [event.starts_on]
        days.extend(
            CoachDay(
                coach_id=coach.id,
                name=coach.name.strip(),
                organisation=(coach.organisation or "").strip(),
                place=(coach.place or "").strip(),
                topics=tuple(coach.topics or ()),
                languages=tuple(coach.languages or ()),
                colour=coach.colour or "#3465a4",
                day=day,
                slots=tuple(by_coach_day.get((coach.id, day), ())),
            )
            for day in own
        )
    return CoachingPaper(
        event_name=event.name,
        timezone=zone,
        printed_at=local_time(now or utcnow(), zone),
        coaches=tuple(days),
    )


def _code_form(text: str) -> str:
    """A CatchDesk code as typed (``shdp-vtku-tbcjc``) in stored form; "" when it is not one."""
    letters = "".join(ch for ch in text.upper() if ch.isalpha())
    compact = "".join(ch for ch in text if ch.isalnum())
    return letters if len(letters) == len(compact) and looks_like_code(letters) else ""


def _slip(
    event: Event, booking: Booking, attendee: Attendee, slot: CoachSlot, coach: Coach
) -> Slip:
    return Slip(
        event_name=event.name,
        booking_id=booking.id,
        code=attendee.code.upper(),
        first_name=(attendee.first_name or "").strip(),
        last_name=(attendee.last_name or "").strip(),
        organisation=(attendee.organisation or "").strip(),
        language=attendee.language or "",
        topic=(booking.topic or "").strip(),
        coach_name=coach.name.strip(),
        coach_organisation=(coach.organisation or "").strip(),
        place=(coach.place or "").strip(),
        starts_at=local_time(slot.starts_at, event.timezone),
        ends_at=local_time(slot.ends_at, event.timezone),
    )


def booking_slips(session: Session, event: Event, selector: str) -> list[Slip]:
    """The slips for one booking (by id, id prefix or short id) or for an attendee's code.

    An attendee's code gives one slip per booking that keeps its slot, earliest first. A
    cancelled or no-show booking gets no slip: a slip sends someone to a table where nobody
    expects them.
    """
    base = (
        select(Booking, Attendee, CoachSlot, Coach)
        .join(Attendee, Attendee.id == Booking.attendee_id)
        .join(CoachSlot, CoachSlot.id == Booking.slot_id)
        .join(Coach, Coach.id == CoachSlot.coach_id)
        .where(Booking.event_id == event.id)
        .order_by(CoachSlot.starts_at, Booking.created_at)
    )
    code = _code_form(selector)
    if code:
        person = session.scalars(
            select(Attendee).where(Attendee.event_id == event.id, Attendee.code == code)
        ).first()
        if person is None:
            raise NotFoundError(
                f"No attendee of this event has the code {selector}; "
                "'catchdesk search NAME' finds it."
            )
        rows = session.execute(
            base.where(Booking.attendee_id == person.id, Booking.status.in_(HOLDING))
        ).all()
        if not rows:
            raise NotFoundError(
                f"{person.full_name or code} has no coaching booking; book a slot first."
            )
        return [_slip(event, *row) for row in rows]
    wanted = selector.strip()
    rows = session.execute(base.where(Booking.id == wanted)).all()
    if not rows:
        rows = [row for row in session.execute(base).all() if matches_id(row[0].id, wanted)]
    if not rows:
        raise NotFoundError(
            f"No booking or attendee code of this event matches '{selector}'; "
            "give a booking id or the attendee's ticket code."
        )
    if len(rows) > 1:
        raise CatchDeskError(f"'{selector}' matches {len(rows)} bookings; give more of the id.")
    booking = rows[0][0]
    if booking.status not in HOLDING:
        word = "cancelled" if booking.status == BookingStatus.CANCELLED.value else "a no-show"
        raise CatchDeskError(
            f"This booking is {word} and no longer holds its slot; book again for a new slip."
        )
    return [_slip(event, *rows[0])]
