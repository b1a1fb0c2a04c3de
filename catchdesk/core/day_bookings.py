"""A person's coaching bookings of the day, as the desk shows them beside a verdict.

The desk greets someone and can tell them at once "your coaching with X is at 10:30, place Y";
the query lives here (not in a widget) so the door, the CLI and tests read the same answer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.coaching.common import HOLDING
from catchdesk.core.models import Booking, BookingStatus, Coach, CoachSlot


@dataclass(frozen=True)
class DayBooking:
    """One booked slot: when, with whom, where and about what."""

    starts_at: dt.datetime
    ends_at: dt.datetime
    coach: str
    place: str
    topic: str
    status: str = BookingStatus.BOOKED.value
    booking_id: str = ""


def bookings_of_attendee(session: Session, attendee_id: str) -> list[DayBooking]:
    """The attendee's bookings that still hold their slot, earliest first.

    Cancelled and no-show bookings are left out: their slot may belong to someone else now.
    """
    rows = session.execute(
        select(
            CoachSlot.starts_at,
            CoachSlot.ends_at,
            Coach.name,
            Coach.place,
            Booking.topic,
            Booking.status,
            Booking.id,
        )
        .join(CoachSlot, CoachSlot.id == Booking.slot_id)
        .join(Coach, Coach.id == CoachSlot.coach_id)
        .where(Booking.attendee_id == attendee_id, Booking.status.in_(HOLDING))
        .order_by(CoachSlot.starts_at)
    )
    return [DayBooking(*row) for row in rows]
