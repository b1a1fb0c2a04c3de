"""Small facts every coaching module shares: which statuses hold a slot, and wall-clock times.

A booking that is booked, arrived or done *holds* its slot and its person's time; a cancelled
or no-show one has let both go. Keeping that in one place is what makes "one person per slot"
and "no overlapping bookings" mean the same thing in the rules, the grid and the statistics.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catchdesk.core.errors import CatchDeskError, NotFoundError
from catchdesk.core.ids import matches_id
from catchdesk.core.models import BookingStatus, Event
from catchdesk.core.timeutil import local_time

HOLDING = (BookingStatus.BOOKED.value, BookingStatus.ARRIVED.value, BookingStatus.DONE.value)
"""Statuses of a booking that occupies its slot and its person's time."""

NOTE_LIMIT = 1000
"""Longest note a coach may keep on a booking: a few lines, not a report."""


def hhmm(moment: dt.datetime, event: Event) -> str:
    """A moment as the venue's wall clock shows it (``10:40``)."""
    return local_time(moment, event.timezone).strftime("%H:%M")


def span(start: dt.datetime, end: dt.datetime, event: Event) -> str:
    return f"{hhmm(start, event)}–{hhmm(end, event)}"


def local_day(moment: dt.datetime, event: Event) -> dt.date:
    return local_time(moment, event.timezone).date()


def overlaps(
    a_start: dt.datetime, a_end: dt.datetime, b_start: dt.datetime, b_end: dt.datetime
) -> bool:
    """Half-open intervals: a slot ending at 10:20 does not overlap one starting at 10:20."""
    return a_start < b_end and b_start < a_end


def still_bookable(starts_at: dt.datetime, ends_at: dt.datetime, now: dt.datetime) -> bool:
    """A slot can be booked until half of it has gone.

    Not "until it starts": a slot freed by a no-show five minutes in still leaves a useful
    quarter of an hour for someone from the waitlist or the queue at the desk.
    """
    return now <= starts_at + (ends_at - starts_at) / 2


def find_id(session: Session, model: Any, event: Event, selector: str, noun: str) -> str:
    """The id of one row of ``model`` named by its whole id, first characters or last eight
    (the short form lists show); refuses an unknown or ambiguous one in a sentence."""
    wanted = selector.strip().lower()
    compact = wanted.replace("-", "")
    if len(compact) < 6 or any(c not in "0123456789abcdef" for c in compact):
        raise NotFoundError(f"'{selector}' is not a {noun} id: give at least 6 of its characters.")
    bare = func.replace(model.id, "-", "")
    candidates = session.scalars(
        select(model.id).where(
            model.event_id == event.id, bare.like(f"{compact}%") | bare.like(f"%{compact}")
        )
    ).all()
    matches = [c for c in candidates if matches_id(c, wanted)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(f"No {noun} matches '{selector}' in {event.name}.")
    raise CatchDeskError(f"'{selector}' matches {len(matches)} {noun}s; give more of the id.")
