"""What the coaching screens show: the day grid (coaches × time) and a coach's own day.

The state of a slot is derived, never stored: a slot is ``booked``, ``arrived`` or ``done``
while a booking holds it, ``blocked`` when the organiser closed it, ``no_show`` or ``past``
once it can no longer be booked, and ``free`` otherwise. Deriving it in one place keeps the
desk's grid, coach mode and the printed overview telling the same story.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.coaching.coaches import CoachInfo, all_coaches, list_coaches
from catchdesk.core.coaching.common import HOLDING, local_day, still_bookable
from catchdesk.core.errors import NotFoundError
from catchdesk.core.models import Attendee, Booking, BookingStatus, CoachSlot, Event
from catchdesk.core.timeutil import at_local, local_iso, utcnow


class SlotState(enum.StrEnum):
    FREE = "free"
    BOOKED = "booked"
    ARRIVED = "arrived"
    DONE = "done"
    NO_SHOW = "no_show"
    BLOCKED = "blocked"
    PAST = "past"


@dataclass(frozen=True)
class GridCell:
    """One slot and, when someone holds it (or missed it), who."""

    slot_id: str
    coach_id: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    state: SlotState
    booking_id: str | None = None
    attendee_id: str | None = None
    attendee_name: str = ""
    topic: str = ""
    language: str = ""
    note: str = ""

    def to_dict(self, event: Event) -> dict[str, Any]:
        return {
            "slot_id": self.slot_id,
            "coach_id": self.coach_id,
            "start": local_iso(self.starts_at, event.timezone),
            "end": local_iso(self.ends_at, event.timezone),
            "state": self.state.value,
            "booking_id": self.booking_id,
            "attendee_id": self.attendee_id,
            "attendee_name": self.attendee_name,
            "topic": self.topic,
            "language": self.language,
            "note": self.note,
        }


@dataclass(frozen=True)
class CoachColumn:
    coach: CoachInfo
    cells: tuple[GridCell, ...]


@dataclass(frozen=True)
class DayGrid:
    """Coaches (by table) against the day's distinct slot start times."""

    day: dt.date
    times: tuple[dt.datetime, ...]
    columns: tuple[CoachColumn, ...]

    def cell(self, coach_id: str, starts_at: dt.datetime) -> GridCell | None:
        for column in self.columns:
            if column.coach.id == coach_id:
                return next((c for c in column.cells if c.starts_at == starts_at), None)
        return None

    def to_dict(self, event: Event) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "times": [local_iso(t, event.timezone) for t in self.times],
            "coaches": [
                {**col.coach.to_dict(), "slots": [c.to_dict(event) for c in col.cells]}
                for col in self.columns
            ],
        }


@dataclass(frozen=True)
class CoachDay:
    """A coach's slots of one day, with the one running now and the next one."""

    coach: CoachInfo
    day: dt.date
    cells: tuple[GridCell, ...]
    current: GridCell | None
    next: GridCell | None

    def to_dict(self, event: Event) -> dict[str, Any]:
        return {
            "coach": self.coach.to_dict(),
            "day": self.day.isoformat(),
            "slots": [c.to_dict(event) for c in self.cells],
            "current": self.current.to_dict(event) if self.current else None,
            "next": self.next.to_dict(event) if self.next else None,
        }


def event_day(event: Event, now: dt.datetime) -> dt.date:
    """Today if the event runs today, else its first day (preparing the day before)."""
    today = local_day(now, event)
    last = event.ends_on or event.starts_on
    return today if event.starts_on <= today <= last else event.starts_on


def _cells(
    session: Session,
    event: Event,
    day: dt.date,
    now: dt.datetime,
    coach_id: str | None = None,
) -> list[GridCell]:
    start = at_local(day, 0, 0, event.timezone)
    end = at_local(day + dt.timedelta(days=1), 0, 0, event.timezone)
    slots_query = (
        select(CoachSlot)
        .where(
            CoachSlot.event_id == event.id,
            CoachSlot.starts_at >= start,
            CoachSlot.starts_at < end,
        )
        .order_by(CoachSlot.starts_at, CoachSlot.id)
    )
    if coach_id is not None:
        slots_query = slots_query.where(CoachSlot.coach_id == coach_id)
    slots = list(session.scalars(slots_query))
    bookings_query = (
        select(Booking, Attendee.first_name, Attendee.last_name)
        .join(CoachSlot, CoachSlot.id == Booking.slot_id)
        .join(Attendee, Attendee.id == Booking.attendee_id)
        .where(
            CoachSlot.event_id == event.id,
            CoachSlot.starts_at >= start,
            CoachSlot.starts_at < end,
            Booking.status.in_((*HOLDING, BookingStatus.NO_SHOW.value)),
        )
        .order_by(Booking.created_at, Booking.id)
    )
    if coach_id is not None:
        bookings_query = bookings_query.where(CoachSlot.coach_id == coach_id)
    holding: dict[str, tuple[Booking, str]] = {}
    missed: dict[str, tuple[Booking, str]] = {}
    for booking, first, last in session.execute(bookings_query):
        target = holding if booking.status in HOLDING else missed
        target.setdefault(booking.slot_id, (booking, f"{first} {last}".strip()))
    cells = []
    for slot in slots:
        found = holding.get(slot.id)
        if found is not None:
            state = SlotState(found[0].status)
        elif slot.blocked:
            state = SlotState.BLOCKED
        elif still_bookable(slot.starts_at, slot.ends_at, now):
            state = SlotState.FREE
        elif slot.id in missed:
            state, found = SlotState.NO_SHOW, missed[slot.id]
        else:
            state = SlotState.PAST
        booking, name = found if found is not None else (None, "")
        cells.append(
            GridCell(
                slot_id=slot.id,
                coach_id=slot.coach_id,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                state=state,
                booking_id=booking.id if booking else None,
                attendee_id=booking.attendee_id if booking else None,
                attendee_name=name,
                topic=booking.topic if booking else "",
                language=booking.language if booking else "",
                note=booking.note if booking else "",
            )
        )
    return cells


def day_grid(
    session: Session, event: Event, *, day: dt.date | None = None, now: dt.datetime | None = None
) -> DayGrid:
    """Every coach's slots of ``day`` (default: today or the event's first day), with states."""
    moment = now or utcnow()
    wanted = day or event_day(event, moment)
    cells = _cells(session, event, wanted, moment)
    by_coach: dict[str, list[GridCell]] = {}
    for cell in cells:
        by_coach.setdefault(cell.coach_id, []).append(cell)
    columns = tuple(
        CoachColumn(coach, tuple(by_coach.get(coach.id, ())))
        for coach in list_coaches(session, event)
    )
    times = tuple(sorted({cell.starts_at for cell in cells}))
    return DayGrid(wanted, times, columns)


def coach_day(
    session: Session,
    event: Event,
    coach_id: str,
    *,
    day: dt.date | None = None,
    now: dt.datetime | None = None,
) -> CoachDay:
    """One coach's day for coach mode: all slots, the one on now and the next one to come."""
    moment = now or utcnow()
    coach = next((c for c in all_coaches(session, event) if c.id == coach_id), None)
    if coach is None:
        raise NotFoundError(f"No coach {coach_id} in {event.name}.")
    wanted = day or event_day(event, moment)
    cells = tuple(_cells(session, event, wanted, moment, coach_id))
    current = next((c for c in cells if c.starts_at <= moment < c.ends_at), None)
    following = next(
        (c for c in cells if c.starts_at > moment and c.state is not SlotState.BLOCKED), None
    )
    return CoachDay(coach, wanted, cells, current, following)
