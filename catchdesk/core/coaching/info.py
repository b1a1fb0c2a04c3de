"""Bookings as screens, slips and the CLI read them: one flat record, free of the session.

A booking's meaning is spread over four rows (booking, slot, coach, attendee); every reader
wants the same join, so it is made here once, and ``to_dict`` is the ``--json`` contract
(DESIGN.md §7): times in ISO 8601 with the event's offset, the coach by name and by id.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.coaching.common import find_id
from catchdesk.core.errors import NotFoundError
from catchdesk.core.ids import short_id
from catchdesk.core.models import Attendee, Booking, BookingChange, Coach, CoachSlot, Event
from catchdesk.core.timeutil import local_iso


@dataclass(frozen=True)
class BookingInfo:
    """A booking with its slot, coach and person."""

    id: str
    status: str
    topic: str
    language: str
    note: str
    booked_by: str
    attendee_id: str
    attendee_name: str
    attendee_code: str
    slot_id: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    coach_id: str
    coach: str
    coach_organisation: str
    place: str
    colour: str

    def to_dict(self, event: Event) -> dict[str, Any]:
        return {
            "id": self.id,
            "short_id": short_id(self.id),
            "status": self.status,
            "topic": self.topic,
            "language": self.language,
            "note": self.note,
            "booked_by": self.booked_by,
            "attendee_id": self.attendee_id,
            "attendee_name": self.attendee_name,
            "slot": {
                "id": self.slot_id,
                "coach": self.coach,
                "coach_id": self.coach_id,
                "organisation": self.coach_organisation,
                "start": local_iso(self.starts_at, event.timezone),
                "end": local_iso(self.ends_at, event.timezone),
                "place": self.place,
            },
        }


def info_of(booking: Booking, slot: CoachSlot, coach: Coach, attendee: Attendee) -> BookingInfo:
    return BookingInfo(
        id=booking.id,
        status=booking.status,
        topic=booking.topic,
        language=booking.language,
        note=booking.note,
        booked_by=booking.booked_by,
        attendee_id=attendee.id,
        attendee_name=attendee.full_name or attendee.code,
        attendee_code=attendee.code,
        slot_id=slot.id,
        starts_at=slot.starts_at,
        ends_at=slot.ends_at,
        coach_id=coach.id,
        coach=coach.name,
        coach_organisation=coach.organisation,
        place=coach.place,
        colour=coach.colour,
    )


def _joined() -> Any:
    return (
        select(Booking, CoachSlot, Coach, Attendee)
        .join(CoachSlot, CoachSlot.id == Booking.slot_id)
        .join(Coach, Coach.id == CoachSlot.coach_id)
        .join(Attendee, Attendee.id == Booking.attendee_id)
    )


def booking_info(session: Session, event: Event, booking_id: str) -> BookingInfo:
    row = session.execute(
        _joined().where(Booking.id == booking_id, Booking.event_id == event.id)
    ).first()
    if row is None:
        raise NotFoundError(f"No coaching booking {booking_id} in {event.name}.")
    return info_of(*row)


def bookings_info(
    session: Session,
    event: Event,
    *,
    attendee_id: str | None = None,
    coach_id: str | None = None,
    statuses: tuple[str, ...] | None = None,
) -> list[BookingInfo]:
    """Bookings of the event (of one person or one coach), in slot order."""
    query = _joined().where(Booking.event_id == event.id)
    if attendee_id is not None:
        query = query.where(Booking.attendee_id == attendee_id)
    if coach_id is not None:
        query = query.where(CoachSlot.coach_id == coach_id)
    if statuses is not None:
        query = query.where(Booking.status.in_(statuses))
    query = query.order_by(CoachSlot.starts_at, Coach.place, Booking.id)
    return [info_of(*row) for row in session.execute(query)]


def find_booking(session: Session, event: Event, selector: str) -> str:
    """A booking's id from the id, its first characters or its last eight (as lists show)."""
    return find_id(session, Booking, event, selector, "coaching booking")


@dataclass(frozen=True)
class Change:
    """One step of a booking's history."""

    status: str
    changed_at: dt.datetime
    note: str
    device_id: str | None

    def to_dict(self, event: Event) -> dict[str, Any]:
        return {
            "status": self.status,
            "changed_at": local_iso(self.changed_at, event.timezone),
            "note": self.note,
            "device_id": self.device_id,
        }


def booking_history(session: Session, booking_id: str) -> list[Change]:
    """Every step of a booking, oldest first: nothing is ever removed from it."""
    rows = session.execute(
        select(
            BookingChange.status,
            BookingChange.changed_at,
            BookingChange.note,
            BookingChange.origin_device_id,
        )
        .where(BookingChange.booking_id == booking_id)
        .order_by(BookingChange.changed_at, BookingChange.id)
    )
    return [Change(*row) for row in rows]
