"""Coaching slots: generated from a coach's availability, added by hand, blocked and unblocked.

An organiser thinks in availability ("Sophie is here 10:00–16:40, lunch 12:20–13:20, 20-minute
slots, 5 minutes between people"), not in rows; :func:`plan_slots` turns that into slot times
and is pure, so the demo, the bench and a preview screen share it. One coach never has two
slots that overlap: every writer here refuses that, naming the slot in the way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.coaching.coaches import get_coach
from catchdesk.core.coaching.common import HOLDING, find_id, hhmm, local_day, overlaps
from catchdesk.core.coaching.errors import SetupRefused
from catchdesk.core.errors import NotFoundError
from catchdesk.core.models import Attendee, Booking, Coach, CoachSlot, Event

Interval = tuple[dt.datetime, dt.datetime]


@dataclass(frozen=True)
class SlotInfo:
    """A slot with its coach's name and place, as lists and the CLI show it."""

    id: str
    coach_id: str
    coach: str
    place: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    blocked: bool


def plan_slots(
    windows: Iterable[Interval],
    *,
    length: dt.timedelta,
    buffer: dt.timedelta = dt.timedelta(0),
    breaks: Iterable[Interval] = (),
) -> list[Interval]:
    """Slot times that fill each availability window, earliest first.

    A slot starts every ``length + buffer``; a slot that would touch a break is not made, and
    counting resumes at the end of that break. Windows may be given in any order; slots of
    overlapping windows are not merged, the caller refuses such a plan.
    """
    if length < dt.timedelta(minutes=1) or buffer < dt.timedelta(0):
        raise SetupRefused("bad_slot_length")
    pauses = sorted(breaks)
    planned: list[Interval] = []
    for window_start, window_end in sorted(windows):
        if window_end <= window_start:
            raise SetupRefused(
                "slot_backwards", start=f"{window_start:%H:%M}", end=f"{window_end:%H:%M}"
            )
        start = window_start
        while start + length <= window_end:
            blocking = [p for p in pauses if overlaps(start, start + length, p[0], p[1])]
            if blocking:
                start = max(p[1] for p in blocking)
                continue
            planned.append((start, start + length))
            start += length + buffer
    return planned


def _first_clash(
    planned: Sequence[Interval], existing: Sequence[Interval]
) -> tuple[Interval, Interval] | None:
    taken = sorted(existing)
    for new in sorted(planned):
        for old in taken:
            if overlaps(new[0], new[1], old[0], old[1]):
                return new, old
        taken.append(new)
        taken.sort()
    return None


def _coach_intervals(session: Session, coach_id: str, within: Interval) -> list[Interval]:
    return [
        (start, end)
        for start, end in session.execute(
            select(CoachSlot.starts_at, CoachSlot.ends_at).where(
                CoachSlot.coach_id == coach_id,
                CoachSlot.starts_at < within[1],
                CoachSlot.ends_at > within[0],
            )
        )
    ]


def _refuse_clashes(
    session: Session, event: Event, coach: Coach, planned: Sequence[Interval]
) -> None:
    if not planned:
        return
    within = (min(p[0] for p in planned), max(p[1] for p in planned))
    clash = _first_clash(planned, _coach_intervals(session, coach.id, within))
    if clash is not None:
        _new, old = clash
        raise SetupRefused(
            "slot_overlap", coach=coach.name, start=hhmm(old[0], event), end=hhmm(old[1], event)
        )


def generate_slots(
    session: Session,
    event: Event,
    coach_id: str,
    windows: Iterable[Interval],
    *,
    length: dt.timedelta,
    buffer: dt.timedelta = dt.timedelta(0),
    breaks: Iterable[Interval] = (),
) -> list[CoachSlot]:
    """Make a coach's slots from availability windows; all or none (refused on any overlap)."""
    coach = get_coach(session, event, coach_id)
    planned = plan_slots(windows, length=length, buffer=buffer, breaks=breaks)
    _refuse_clashes(session, event, coach, planned)
    slots = [
        CoachSlot(event_id=event.id, coach_id=coach.id, starts_at=start, ends_at=end)
        for start, end in planned
    ]
    session.add_all(slots)
    session.flush()
    return slots


def add_slot(
    session: Session, event: Event, coach_id: str, starts_at: dt.datetime, ends_at: dt.datetime
) -> CoachSlot:
    """One slot made by hand (a coach who stays longer); refused if it overlaps one of theirs."""
    coach = get_coach(session, event, coach_id)
    if ends_at <= starts_at:
        raise SetupRefused("slot_backwards", start=hhmm(starts_at, event), end=hhmm(ends_at, event))
    _refuse_clashes(session, event, coach, [(starts_at, ends_at)])
    slot = CoachSlot(event_id=event.id, coach_id=coach.id, starts_at=starts_at, ends_at=ends_at)
    session.add(slot)
    session.flush()
    return slot


def get_slot(session: Session, event: Event, slot_id: str) -> CoachSlot:
    slot = session.get(CoachSlot, slot_id)
    if slot is None or slot.event_id != event.id:
        raise NotFoundError(
            f"No coaching slot {slot_id} in {event.name}; 'catchdesk coaching slots' lists them."
        )
    return slot


def find_slot(session: Session, event: Event, selector: str) -> str:
    """A slot's id from the id, its first characters or its last eight (as lists show)."""
    return find_id(session, CoachSlot, event, selector, "coaching slot")


def set_slot_blocked(session: Session, event: Event, slot_id: str, blocked: bool) -> CoachSlot:
    """Block a slot (a coach's break, a phone call) or open it again.

    A slot someone holds is not blocked behind their back: cancel (or rebook) them first.
    """
    slot = get_slot(session, event, slot_id)
    if blocked and not slot.blocked:
        holder = session.execute(
            select(Attendee.first_name, Attendee.last_name)
            .join(Booking, Booking.attendee_id == Attendee.id)
            .where(Booking.slot_id == slot.id, Booking.status.in_(HOLDING))
            .limit(1)
        ).first()
        if holder is not None:
            coach = session.get(Coach, slot.coach_id)
            raise SetupRefused(
                "slot_in_use",
                coach=coach.name if coach else "?",
                time=hhmm(slot.starts_at, event),
                other=f"{holder[0]} {holder[1]}".strip(),
            )
    if slot.blocked != blocked:
        slot.blocked = blocked
        session.flush()
    return slot


def list_slots(
    session: Session, event: Event, *, coach_id: str | None = None, day: dt.date | None = None
) -> list[SlotInfo]:
    """Slots of the event (or of one coach) in time order, then by coach place."""
    query = (
        select(CoachSlot, Coach.name, Coach.place)
        .join(Coach, Coach.id == CoachSlot.coach_id)
        .where(CoachSlot.event_id == event.id)
        .order_by(CoachSlot.starts_at, Coach.place, Coach.name, CoachSlot.id)
    )
    if coach_id is not None:
        query = query.where(CoachSlot.coach_id == coach_id)
    rows = [
        SlotInfo(slot.id, slot.coach_id, name, place, slot.starts_at, slot.ends_at, slot.blocked)
        for slot, name, place in session.execute(query)
    ]
    if day is not None:
        rows = [r for r in rows if local_day(r.starts_at, event) == day]
    return rows
