"""A person's coaching bookings of the day, read for the desk's verdict panel."""

from __future__ import annotations

import datetime as dt

from catchdesk.core.attendees import add_attendee
from catchdesk.core.day_bookings import bookings_of_attendee
from catchdesk.core.models import Booking, BookingStatus, Coach, CoachSlot


def test_bookings_of_attendee_earliest_first_without_cancelled(store, event):
    start = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
    with store.write() as session:
        person = add_attendee(session, event, first_name="Hélène", last_name="Dubois")
        coach = Coach(event_id=event.id, name="Ana Coach", place="Table 3")
        session.add(coach)
        session.flush()
        slots = [
            CoachSlot(
                event_id=event.id,
                coach_id=coach.id,
                starts_at=start + dt.timedelta(hours=hours),
                ends_at=start + dt.timedelta(hours=hours, minutes=20),
            )
            for hours in (2, 1, 3)
        ]
        session.add_all(slots)
        session.flush()
        for slot, status in zip(
            slots,
            (BookingStatus.BOOKED, BookingStatus.BOOKED, BookingStatus.CANCELLED),
            strict=True,
        ):
            session.add(
                Booking(
                    event_id=event.id,
                    slot_id=slot.id,
                    attendee_id=person.id,
                    topic="SEO",
                    status=status.value,
                )
            )
        session.flush()
        person_id = person.id
    with store.read() as session:
        found = bookings_of_attendee(session, person_id)
    assert [b.starts_at.hour for b in found] == [10, 11]
    assert {b.coach for b in found} == {"Ana Coach"}
    assert found[0].place == "Table 3"
    assert found[0].topic == "SEO"
