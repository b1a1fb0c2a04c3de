"""What a certificate states, gathered from the store for many attendees at once.

A certificate states facts that happened, read from the append-only history: the workshops a
person was admitted to (standing door check-ins, i.e. not revoked) and the one-to-one coaching
they received (bookings whose status is ``arrived`` or ``done``). It never states what was only
planned (enrolments, booked slots nobody came to).

**Total time rule.** The total is the time covered by the scheduled intervals of those
workshops (start to end, whatever the minute the person was scanned in) and coaching slots,
taken as a union: each workshop counts once however often the person was scanned in, and two
sessions that overlap (someone who left one room for another) are not counted twice. When
nothing overlaps, which is the usual case, this is simply the sum of the durations. Being at the
event without attending a session states presence, with a total of zero.

The content is a plain JSON-ready dictionary so it can be stored on the
:class:`~catchdesk.core.models.Certificate` row, compared to see whether anything changed, and
rendered again later exactly as issued.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.certificate_code import Statement
from catchdesk.core.models import (
    Attendee,
    Booking,
    BookingStatus,
    Checkin,
    CheckinRevocation,
    Coach,
    CoachSlot,
    Event,
    Workshop,
)
from catchdesk.core.timeutil import local_iso

COACHING_RECEIVED = (BookingStatus.ARRIVED.value, BookingStatus.DONE.value)


@dataclass(frozen=True)
class Attended:
    """One workshop attended or one coaching slot received, as the certificate states it."""

    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    organisation: str = ""

    @property
    def minutes(self) -> int:
        return max(0, round((self.ends_at - self.starts_at).total_seconds() / 60))


@dataclass
class Attendance:
    """The facts about one attendee that a certificate states."""

    workshops: list[Attended] = field(default_factory=list)
    coaching: list[Attended] = field(default_factory=list)


def covered_minutes(sessions: Iterable[Attended]) -> int:
    """Minutes covered by the union of the sessions' intervals (the total time rule above)."""
    total = 0
    current_start: dt.datetime | None = None
    current_end: dt.datetime | None = None
    for item in sorted(sessions, key=lambda s: (s.starts_at, s.ends_at)):
        if item.ends_at <= item.starts_at:
            continue
        if current_end is None or item.starts_at > current_end:
            if current_start is not None and current_end is not None:
                total += round((current_end - current_start).total_seconds() / 60)
            current_start, current_end = item.starts_at, item.ends_at
        elif item.ends_at > current_end:
            current_end = item.ends_at
    if current_start is not None and current_end is not None:
        total += round((current_end - current_start).total_seconds() / 60)
    return total


def gather_attendance(
    session: Session, event: Event, attendee_ids: list[str] | None = None
) -> dict[str, Attendance]:
    """Workshops and coaching of every attendee (or of the given ones), in two queries."""
    found: dict[str, Attendance] = defaultdict(Attendance)
    doors = (
        select(Checkin.attendee_id, Workshop.title, Workshop.starts_at, Workshop.ends_at)
        .distinct()
        .join(Workshop, Workshop.id == Checkin.workshop_id)
        .outerjoin(CheckinRevocation, CheckinRevocation.checkin_id == Checkin.id)
        .where(
            Checkin.event_id == event.id,
            Workshop.event_id == event.id,
            CheckinRevocation.id.is_(None),
        )
    )
    coached = (
        select(Booking.attendee_id, Booking.topic, Coach, CoachSlot.starts_at, CoachSlot.ends_at)
        .join(CoachSlot, CoachSlot.id == Booking.slot_id)
        .join(Coach, Coach.id == CoachSlot.coach_id)
        .where(Booking.event_id == event.id, Booking.status.in_(COACHING_RECEIVED))
    )
    if attendee_ids is not None:
        doors = doors.where(Checkin.attendee_id.in_(attendee_ids))
        coached = coached.where(Booking.attendee_id.in_(attendee_ids))
    for attendee_id, title, starts_at, ends_at in session.execute(doors):
        found[attendee_id].workshops.append(Attended(title, starts_at, ends_at))
    for attendee_id, topic, coach, starts_at, ends_at in session.execute(coached):
        topic = topic or (coach.topics[0] if coach.topics else "")
        organisation = coach.organisation or coach.name
        found[attendee_id].coaching.append(Attended(topic, starts_at, ends_at, organisation))
    for attendance in found.values():
        attendance.workshops.sort(key=lambda s: (s.starts_at, s.title))
        attendance.coaching.sort(key=lambda s: (s.starts_at, s.title))
    return dict(found)


def event_dates(event: Event) -> str:
    """``YYYY-MM-DD``, or ``first/last`` for an event of several days."""
    if event.ends_on and event.ends_on != event.starts_on:
        return f"{event.starts_on.isoformat()}/{event.ends_on.isoformat()}"
    return event.starts_on.isoformat()


def build_content(
    event: Event,
    attendee: Attendee,
    attendance: Attendance | None,
    *,
    serial: str,
    version: int,
    key_fingerprint: str,
) -> dict[str, Any]:
    """Everything the certificate states, JSON-ready; equal inputs give equal dictionaries."""
    attendance = attendance or Attendance()
    zone = event.timezone

    def sessions(items: list[Attended], kind: str) -> list[dict[str, Any]]:
        rows = []
        for item in items:
            row: dict[str, Any] = {
                "title" if kind == "workshop" else "topic": item.title,
                "starts_at": local_iso(item.starts_at, zone),
                "ends_at": local_iso(item.ends_at, zone),
                "minutes": item.minutes,
            }
            if kind == "coaching":
                row["organisation"] = item.organisation
            rows.append(row)
        return rows

    return {
        "serial": serial,
        "version": version,
        "event": {
            "name": event.name,
            "dates": event_dates(event),
            "venue": event.venue,
            "organiser": event.organiser,
            "timezone": zone,
        },
        "participant": {
            "first_name": attendee.first_name,
            "last_name": attendee.last_name,
            "full_name": attendee.full_name,
        },
        "workshops": sessions(attendance.workshops, "workshop"),
        "coaching": sessions(attendance.coaching, "coaching"),
        "total_minutes": covered_minutes([*attendance.workshops, *attendance.coaching]),
        "key_fingerprint": key_fingerprint,
    }


def statement_of(content: dict[str, Any]) -> Statement:
    """The part of the content the code carries and signs (see certificate_code)."""
    event = content["event"]
    return Statement(
        serial=content["serial"],
        version=content["version"],
        event=event["name"],
        dates=event["dates"],
        participant=content["participant"]["full_name"],
        minutes=content["total_minutes"],
        workshops=tuple(w["title"] for w in content["workshops"]),
        coaching=tuple((c["topic"], c["organisation"]) for c in content["coaching"]),
    )
