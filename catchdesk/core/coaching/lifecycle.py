"""The life of a booking: booked → arrived → done, or no-show, or cancelled.

Each step changes the booking's status *and* appends a :class:`BookingChange`, so the history
of every booking survives (who came, who did not, when) and sync can replay it; nothing is
deleted. A step that makes no sense (a done booking cancelled, a no-show marked before the
grace period is over) is refused with the reason. A cancellation or a no-show frees the slot,
which goes at once to the first fitting person on the waitlist (:mod:`.waitlist`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.coaching.booking import book_person, get_attendee
from catchdesk.core.coaching.common import NOTE_LIMIT, hhmm
from catchdesk.core.coaching.errors import ChangeRefused
from catchdesk.core.coaching.info import BookingInfo, booking_info
from catchdesk.core.coaching.rules import load_person
from catchdesk.core.coaching.settings import coaching_settings
from catchdesk.core.coaching.waitlist import Offer, offer_freed_slot
from catchdesk.core.errors import NotFoundError
from catchdesk.core.models import Booking, BookingChange, BookingStatus, Coach, CoachSlot, Event
from catchdesk.core.timeutil import utcnow

S = BookingStatus
TRANSITIONS: dict[str, frozenset[str]] = {
    S.BOOKED: frozenset({S.ARRIVED, S.DONE, S.NO_SHOW, S.CANCELLED}),
    S.ARRIVED: frozenset({S.DONE, S.CANCELLED}),
    S.DONE: frozenset(),
    S.NO_SHOW: frozenset(),
    S.CANCELLED: frozenset(),
    S.TO_REBOOK: frozenset({S.CANCELLED}),
}
"""Allowed steps. ``booked → done`` is allowed: a coach who forgot to scan the person in
still records the session; ``arrived → cancelled`` covers someone who had to leave. A booking
that sync found ``to_rebook`` (another desk won its slot offline) is rebooked or cancelled."""


@dataclass(frozen=True)
class ChangeResult:
    """A booking after a step, and what its freed slot became (cancel and no-show only)."""

    booking: BookingInfo
    offer: Offer | None = None

    def to_dict(self, event: Event) -> dict[str, Any]:
        return {
            "booking": self.booking.to_dict(event),
            "offer": self.offer.to_dict(event) if self.offer else None,
        }


@dataclass(frozen=True)
class RebookResult:
    """The cancelled booking, the new one, and what the old slot became."""

    cancelled: BookingInfo
    booking: BookingInfo
    offer: Offer | None = None

    def to_dict(self, event: Event) -> dict[str, Any]:
        return {
            "booking": self.booking.to_dict(event),
            "cancelled": self.cancelled.to_dict(event),
            "offer": self.offer.to_dict(event) if self.offer else None,
        }


def _locked_booking(session: Session, event: Event, booking_id: str) -> Booking:
    booking = session.scalars(
        select(Booking).where(Booking.id == booking_id).with_for_update()
    ).first()
    if booking is None or booking.event_id != event.id:
        raise NotFoundError(f"No coaching booking {booking_id} in {event.name}.")
    return booking


def _check_note(note: str) -> str:
    text = note.strip()
    if len(text) > NOTE_LIMIT:
        raise ChangeRefused("note_too_long", length=len(text), limit=NOTE_LIMIT)
    return text


def _step(
    session: Session,
    event: Event,
    booking_id: str,
    target: BookingStatus,
    now: dt.datetime,
    note: str = "",
) -> Booking:
    booking = _locked_booking(session, event, booking_id)
    if target.value not in TRANSITIONS.get(booking.status, frozenset()):
        raise ChangeRefused("illegal_change", status=booking.status, target=target.value)
    booking.status = target.value
    session.add(
        BookingChange(
            event_id=event.id,
            booking_id=booking.id,
            status=target.value,
            changed_at=now,
            note=note,
        )
    )
    session.flush()
    return booking


def mark_arrived(
    session: Session, event: Event, booking_id: str, *, now: dt.datetime | None = None
) -> ChangeResult:
    """The person is at the coach's table."""
    _step(session, event, booking_id, S.ARRIVED, now or utcnow())
    return ChangeResult(booking_info(session, event, booking_id))


def mark_done(
    session: Session,
    event: Event,
    booking_id: str,
    *,
    note: str = "",
    now: dt.datetime | None = None,
) -> ChangeResult:
    """The session took place; the coach's short note is kept with the booking."""
    text = _check_note(note)
    booking = _step(session, event, booking_id, S.DONE, now or utcnow(), text)
    if text:
        booking.note = text
        session.flush()
    return ChangeResult(booking_info(session, event, booking_id))


def set_note(session: Session, event: Event, booking_id: str, note: str) -> BookingInfo:
    """Keep or correct the coach's note without changing the booking's status."""
    booking = _locked_booking(session, event, booking_id)
    booking.note = _check_note(note)
    session.flush()
    return booking_info(session, event, booking_id)


def mark_no_show(
    session: Session, event: Event, booking_id: str, *, now: dt.datetime | None = None
) -> ChangeResult:
    """The person did not come within the grace period; their slot goes to the waitlist."""
    moment = now or utcnow()
    booking = _locked_booking(session, event, booking_id)
    slot = session.get(CoachSlot, booking.slot_id)
    assert slot is not None  # a foreign key guarantees it
    grace = dt.timedelta(minutes=coaching_settings(event).no_show_grace_minutes)
    if booking.status == S.BOOKED and moment < slot.starts_at + grace:
        info = booking_info(session, event, booking_id)
        raise ChangeRefused(
            "no_show_too_early",
            name=info.attendee_name,
            time=hhmm(slot.starts_at + grace, event),
            grace=int(grace.total_seconds() // 60),
        )
    _step(session, event, booking_id, S.NO_SHOW, moment)
    offer = offer_freed_slot(session, event, slot.id, now=moment)
    return ChangeResult(booking_info(session, event, booking_id), offer)


def cancel_booking(
    session: Session,
    event: Event,
    booking_id: str,
    *,
    note: str = "",
    now: dt.datetime | None = None,
) -> ChangeResult:
    """Cancel a booking; the slot goes to the first fitting person on the waitlist."""
    moment = now or utcnow()
    booking = _step(session, event, booking_id, S.CANCELLED, moment, _check_note(note))
    offer = offer_freed_slot(session, event, booking.slot_id, now=moment)
    return ChangeResult(booking_info(session, event, booking_id), offer)


def rebook(
    session: Session,
    event: Event,
    booking_id: str,
    *,
    slot_id: str | None = None,
    coach_id: str | None = None,
    topic: str | None = None,
    language: str | None = None,
    now: dt.datetime | None = None,
    booked_by: str = "",
) -> RebookResult:
    """Move a person to another slot: cancel and book in one step, or neither.

    The new slot is checked as if the old booking were already gone (moving a 10:00 booking
    to 10:10 is no overlap). Topic and language default to the old booking's. Only once the
    new booking stands is the old slot offered to the waitlist.
    """
    moment = now or utcnow()
    settings = coaching_settings(event)
    with session.begin_nested():
        old = _step(session, event, booking_id, S.CANCELLED, moment, "rebooked")
        person = load_person(session, event, old.attendee_id, settings)
        new = book_person(
            session,
            event,
            person,
            settings,
            slot_id=slot_id,
            coach_id=coach_id,
            topic=old.topic if topic is None else topic,
            language=(old.language or None) if language is None else language,
            now=moment,
            booked_by=booked_by,
        )
    offer = None
    if new.slot_id != old.slot_id:
        offer = offer_freed_slot(session, event, old.slot_id, now=moment)
    return RebookResult(booking_info(session, event, booking_id), new, offer)


def arrive_at_coach(
    session: Session,
    event: Event,
    coach_id: str,
    attendee_id: str,
    *,
    now: dt.datetime | None = None,
) -> ChangeResult:
    """A person scanned at a coach's table: their booking with that coach nearest to now
    becomes arrived (scanning twice changes nothing)."""
    moment = now or utcnow()
    attendee = get_attendee(session, event, attendee_id)
    coach = session.get(Coach, coach_id)
    if coach is None or coach.event_id != event.id:
        raise NotFoundError(f"No coach {coach_id} in {event.name}.")
    rows = session.execute(
        select(Booking.id, Booking.status, CoachSlot.starts_at)
        .join(CoachSlot, CoachSlot.id == Booking.slot_id)
        .where(
            Booking.attendee_id == attendee.id,
            CoachSlot.coach_id == coach.id,
            Booking.status.in_((S.BOOKED.value, S.ARRIVED.value)),
        )
    ).all()
    if not rows:
        raise ChangeRefused(
            "no_booking_with_coach", name=attendee.full_name or attendee.code, coach=coach.name
        )
    booking_id, status, _start = min(rows, key=lambda r: abs((r[2] - moment).total_seconds()))
    if status == S.ARRIVED:
        return ChangeResult(booking_info(session, event, booking_id))
    return mark_arrived(session, event, booking_id, now=moment)
