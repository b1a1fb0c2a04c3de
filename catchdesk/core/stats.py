"""The figures an organiser watches during the day and reads afterwards.

Counts are computed from standing (not revoked) check-ins only, so an undone scan never inflates
attendance. Arrivals are bucketed by the hour of the event's own time zone: that is the clock
on the venue's wall, which is what "the 9 o'clock rush" means.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catchdesk.core.attendees import first_checkins
from catchdesk.core.models import (
    INACTIVE_STATUSES,
    Attendee,
    AttendeeStatus,
    Checkin,
    CheckinRevocation,
    Enrolment,
    Event,
    Workshop,
)
from catchdesk.core.timeutil import local_iso, local_time

__all__ = ["EventStats", "coaching_figures", "event_stats", "headline_counts", "workshop_figures"]


@dataclass
class EventStats:
    event: Event
    registered: int = 0
    cancelled: int = 0
    checked_in: int = 0
    walk_ins: int = 0
    by_role: dict[str, int] = field(default_factory=dict)
    per_hour: dict[str, int] = field(default_factory=dict)
    per_desk: dict[str, int] = field(default_factory=dict)
    sectors_present: dict[str, int] = field(default_factory=dict)
    workshops: list[dict[str, Any]] = field(default_factory=list)
    coaching: dict[str, Any] = field(default_factory=dict)

    @property
    def attendance_rate(self) -> float:
        return self.checked_in / self.registered if self.registered else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "event": {
                "id": self.event.id,
                "name": self.event.name,
                "date": self.event.starts_on.isoformat(),
                "venue": self.event.venue,
            },
            "registered": self.registered,
            "cancelled": self.cancelled,
            "checked_in": self.checked_in,
            "attendance_rate": round(self.attendance_rate, 4),
            "walk_ins": self.walk_ins,
            "by_role": self.by_role,
            "per_hour": self.per_hour,
            "per_desk": self.per_desk,
            "sectors_present": self.sectors_present,
            "workshops": self.workshops,
            "coaching": self.coaching,
        }


def _standing(query: Any) -> Any:
    return query.outerjoin(CheckinRevocation, CheckinRevocation.checkin_id == Checkin.id).where(
        CheckinRevocation.id.is_(None)
    )


def event_stats(session: Session, event: Event) -> EventStats:
    stats = EventStats(event)
    rows = session.execute(
        select(Attendee.id, Attendee.status, Attendee.role, Attendee.sector, Attendee.source).where(
            Attendee.event_id == event.id
        )
    ).all()
    arrivals = first_checkins(session, event.id)
    roles: Counter[str] = Counter()
    sectors: Counter[str] = Counter()
    hours: Counter[str] = Counter()
    desks: Counter[str] = Counter()
    for attendee_id, status, role, sector, source in rows:
        if status == AttendeeStatus.MERGED:
            continue
        if status == AttendeeStatus.CANCELLED:
            stats.cancelled += 1
            continue
        stats.registered += 1
        roles[role] += 1
        if source == "walk_in":
            stats.walk_ins += 1
        arrival = arrivals.get(attendee_id)
        if arrival is not None:
            stats.checked_in += 1
            sectors[sector or "—"] += 1
            moment, desk = arrival
            hour = local_time(moment, event.timezone).replace(minute=0, second=0, microsecond=0)
            hours[local_iso(hour, event.timezone) or ""] += 1
            desks[desk or "—"] += 1
    stats.by_role = dict(roles.most_common())
    stats.sectors_present = dict(sectors.most_common())
    stats.per_hour = dict(sorted(hours.items()))
    stats.per_desk = dict(desks.most_common())
    stats.workshops = workshop_figures(session, event)
    stats.coaching = coaching_figures(session, event)
    return stats


def coaching_figures(session: Session, event: Event) -> dict[str, Any]:
    """Coaching use (see :mod:`catchdesk.core.coaching.figures`), imported when asked for: the
    desk window reads its counts from this module and should not load coaching to start."""
    from catchdesk.core.coaching.figures import coaching_figures as figures

    return figures(session, event)


def headline_counts(session: Session, event_id: str) -> tuple[int, int]:
    """(checked in, registered) for a status bar: two counting queries, cheap every few seconds.

    The same rule as :func:`event_stats` (standing entrance check-ins of attendees who did not
    cancel) without building the whole report, so a desk on a 100,000-attendee store can refresh
    it after every scan.
    """
    active = (Attendee.event_id == event_id, Attendee.status.notin_(INACTIVE_STATUSES))
    registered = session.scalar(select(func.count()).select_from(Attendee).where(*active)) or 0
    checked_in = (
        session.scalar(
            _standing(select(func.count(func.distinct(Checkin.attendee_id))))
            .join(Attendee, Attendee.id == Checkin.attendee_id)
            .where(Checkin.event_id == event_id, Checkin.workshop_id.is_(None), *active)
        )
        or 0
    )
    return int(checked_in), int(registered)


def workshop_figures(session: Session, event: Event) -> list[dict[str, Any]]:
    inside = dict(
        session.execute(
            _standing(select(Checkin.workshop_id, func.count(func.distinct(Checkin.attendee_id))))
            .where(Checkin.event_id == event.id, Checkin.workshop_id.is_not(None))
            .group_by(Checkin.workshop_id)
        ).all()
    )
    enrolled = dict(
        session.execute(
            select(Enrolment.workshop_id, func.count())
            .where(Enrolment.event_id == event.id)
            .group_by(Enrolment.workshop_id)
        ).all()
    )
    workshops = session.scalars(
        select(Workshop).where(Workshop.event_id == event.id).order_by(Workshop.starts_at)
    )
    return [
        {
            "id": w.id,
            "title": w.title,
            "room": w.room,
            "starts_at": local_iso(w.starts_at, event.timezone),
            "ends_at": local_iso(w.ends_at, event.timezone),
            "capacity": w.capacity,
            "enrolment_required": w.enrolment_required,
            "enrolled": enrolled.get(w.id, 0),
            "inside": inside.get(w.id, 0),
        }
        for w in workshops
    ]
