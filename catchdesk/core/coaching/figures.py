"""Coaching in figures: use per coach and per topic, no-shows and the waitlist.

The organiser reads these during the day (is one coach overbooked while another waits? is a
topic's waitlist growing?) and afterwards (which topics to offer next year). They are the
``coaching`` part of ``catchdesk stats --json``; the first four keys are those the statistics
had before coaching grew, so readers of the old shape keep working.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catchdesk.core.coaching.coaches import list_coaches
from catchdesk.core.coaching.common import HOLDING
from catchdesk.core.models import (
    Booking,
    BookingStatus,
    Coach,
    CoachSlot,
    Event,
    WaitlistEntry,
    WaitlistStatus,
)
from catchdesk.core.textfold import fold

STATUSES = tuple(s.value for s in BookingStatus)


def _zeros() -> dict[str, int]:
    return dict.fromkeys(STATUSES, 0)


def coaching_figures(session: Session, event: Event) -> dict[str, Any]:
    coaches = session.scalar(select(func.count()).where(Coach.event_id == event.id)) or 0
    slot_rows = session.execute(
        select(CoachSlot.coach_id, CoachSlot.blocked, func.count())
        .where(CoachSlot.event_id == event.id)
        .group_by(CoachSlot.coach_id, CoachSlot.blocked)
    ).all()
    booking_rows = session.execute(
        select(CoachSlot.coach_id, Booking.topic, Booking.status, func.count())
        .join(CoachSlot, CoachSlot.id == Booking.slot_id)
        .where(Booking.event_id == event.id)
        .group_by(CoachSlot.coach_id, Booking.topic, Booking.status)
    ).all()
    waiting_rows = session.execute(
        select(WaitlistEntry.topic, WaitlistEntry.status, func.count())
        .where(WaitlistEntry.event_id == event.id)
        .group_by(WaitlistEntry.topic, WaitlistEntry.status)
    ).all()

    per_coach: dict[str, dict[str, Any]] = {}
    for coach in list_coaches(session, event):
        per_coach[coach.id] = {
            "coach_id": coach.id,
            "name": coach.name,
            "organisation": coach.organisation,
            "place": coach.place,
            "slots": 0,
            "blocked_slots": 0,
            **_zeros(),
        }
    slots = blocked = 0
    for coach_id, is_blocked, count in slot_rows:
        slots += count
        row = per_coach.get(coach_id)
        if row is not None:
            row["slots"] += count
        if is_blocked:
            blocked += count
            if row is not None:
                row["blocked_slots"] += count

    by_status: dict[str, int] = {}
    topics: dict[str, dict[str, Any]] = {}
    for coach_id, topic, status, count in booking_rows:
        by_status[status] = by_status.get(status, 0) + count
        if coach_id in per_coach and status in STATUSES:
            per_coach[coach_id][status] += count
        entry = _topic(topics, topic)
        entry["bookings"] += count
        if status in STATUSES:
            entry[status] += count
    waitlist = dict.fromkeys((s.value for s in WaitlistStatus), 0)
    for topic, status, count in waiting_rows:
        waitlist[status] = waitlist.get(status, 0) + count
        entry = _topic(topics, topic)
        entry[f"waitlist_{status}"] = entry.get(f"waitlist_{status}", 0) + count

    for row in per_coach.values():
        row["held"] = sum(row[s] for s in HOLDING)
        row["free_slots"] = max(0, row["slots"] - row["blocked_slots"] - row["held"])
    done = by_status.get(BookingStatus.DONE.value, 0)
    missed = by_status.get(BookingStatus.NO_SHOW.value, 0)
    return {
        "coaches": coaches,
        "slots": slots,
        "blocked_slots": blocked,
        "bookings": by_status,
        "held": sum(by_status.get(s, 0) for s in HOLDING),
        "no_show_rate": round(missed / (done + missed), 4) if done + missed else 0.0,
        "per_coach": list(per_coach.values()),
        "per_topic": sorted(topics.values(), key=lambda t: (-t["bookings"], fold(t["topic"]))),
        "waitlist": waitlist,
    }


def _topic(topics: dict[str, dict[str, Any]], topic: str) -> dict[str, Any]:
    key = fold(topic or "").strip()
    if key not in topics:
        topics[key] = {
            "topic": topic or "",
            "bookings": 0,
            **_zeros(),
            "waitlist_waiting": 0,
            "waitlist_fulfilled": 0,
            "waitlist_cancelled": 0,
        }
    return topics[key]
