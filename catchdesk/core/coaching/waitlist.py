"""The coaching waitlist: first come, first served when a slot frees up.

When no slot is left for a topic, a person joins the waitlist for that topic (and, if they need
one, a language). A slot freed by a cancellation or a no-show is then given to the first person
waiting who fits: the coach covers their topic and speaks their language, and every booking
rule passes for them (overlaps, daily limit…). Giving it means *booking* it in the same
transaction, so no second desk can take it in between; the person's entry is marked fulfilled
and the :class:`Offer` tells the screen whom to call. People passed over keep their place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.coaching.booking import get_attendee, record_booking
from catchdesk.core.coaching.coaches import all_coaches, coach_by_id, fitting_coaches
from catchdesk.core.coaching.common import HOLDING, still_bookable
from catchdesk.core.coaching.errors import WaitlistRefused
from catchdesk.core.coaching.info import BookingInfo
from catchdesk.core.coaching.rules import booking_refusal, load_person, lock_slot
from catchdesk.core.coaching.settings import coaching_settings
from catchdesk.core.errors import NotFoundError
from catchdesk.core.models import (
    Attendee,
    AttendeeStatus,
    Booking,
    Event,
    WaitlistEntry,
    WaitlistStatus,
)
from catchdesk.core.textfold import fold
from catchdesk.core.timeutil import local_iso, utcnow


@dataclass(frozen=True)
class WaitlistInfo:
    """One person's place on the waitlist; ``position`` counts from 1 among those waiting for
    the same topic (``None`` once the entry is closed)."""

    id: str
    attendee_id: str
    attendee_name: str
    attendee_code: str
    topic: str
    language: str
    status: str
    joined_at: dt.datetime
    resolved_at: dt.datetime | None
    booking_id: str | None
    position: int | None

    def to_dict(self, event: Event) -> dict[str, Any]:
        return {
            "id": self.id,
            "attendee_id": self.attendee_id,
            "attendee_name": self.attendee_name,
            "attendee_code": self.attendee_code,
            "topic": self.topic,
            "language": self.language,
            "status": self.status,
            "joined_at": local_iso(self.joined_at, event.timezone),
            "resolved_at": local_iso(self.resolved_at, event.timezone),
            "booking_id": self.booking_id,
            "position": self.position,
        }


@dataclass(frozen=True)
class Offer:
    """What became of a freed slot: booked for someone from the waitlist, or still free.

    ``passed_over`` lists ``(waitlist entry id, reason)`` of people ahead in the queue whom
    the rules did not allow into this slot (e.g. ``person_overlap``); they keep waiting.
    """

    slot_id: str
    booking: BookingInfo | None
    entry_id: str | None
    passed_over: tuple[tuple[str, str], ...] = ()

    def to_dict(self, event: Event) -> dict[str, Any]:
        return {
            "slot_id": self.slot_id,
            "booking": self.booking.to_dict(event) if self.booking else None,
            "waitlist_entry_id": self.entry_id,
            "passed_over": [{"entry_id": e, "reason": r} for e, r in self.passed_over],
        }


def _same_topic(a: str, b: str) -> bool:
    return fold(a).strip() == fold(b).strip()


def join_waitlist(
    session: Session,
    event: Event,
    attendee_id: str,
    topic: str,
    *,
    language: str | None = None,
    now: dt.datetime | None = None,
    note: str = "",
) -> WaitlistInfo:
    """Put a person on the waitlist for a topic (refused if they already wait for it)."""
    attendee = get_attendee(session, event, attendee_id)
    name = attendee.full_name or attendee.code
    if not topic.strip():
        raise WaitlistRefused("waitlist_needs_topic", name=name)
    if attendee.status == AttendeeStatus.CANCELLED.value:
        raise WaitlistRefused("attendee_cancelled", name=name)
    spoken = (language or "").strip().lower()
    fitting = fitting_coaches(all_coaches(session, event), topic=topic, language=spoken or None)
    if not fitting:
        raise WaitlistRefused("no_coach", topic=topic.strip(), language=spoken)
    own_spelling = next(t for t in fitting[0].topics if _same_topic(t, topic))
    waiting = session.scalars(
        select(WaitlistEntry).where(
            WaitlistEntry.attendee_id == attendee.id,
            WaitlistEntry.status == WaitlistStatus.WAITING.value,
        )
    )
    if any(_same_topic(entry.topic, topic) for entry in waiting):
        raise WaitlistRefused("already_waiting", name=name, topic=own_spelling)
    entry = WaitlistEntry(
        event_id=event.id,
        attendee_id=attendee.id,
        topic=own_spelling,
        language=spoken,
        joined_at=now or utcnow(),
        note=note.strip(),
    )
    session.add(entry)
    session.flush()
    return _infos(session, event, [entry])[0]


def leave_waitlist(
    session: Session, event: Event, entry_id: str, *, now: dt.datetime | None = None
) -> WaitlistInfo:
    """Take a person off the waitlist; the entry stays, marked cancelled."""
    entry = session.get(WaitlistEntry, entry_id)
    if entry is None or entry.event_id != event.id:
        raise NotFoundError(f"No waitlist entry {entry_id} in {event.name}.")
    if entry.status != WaitlistStatus.WAITING.value:
        raise WaitlistRefused("waitlist_closed", status=entry.status)
    entry.status = WaitlistStatus.CANCELLED.value
    entry.resolved_at = now or utcnow()
    session.flush()
    return _infos(session, event, [entry])[0]


def waitlist(
    session: Session,
    event: Event,
    *,
    topic: str | None = None,
    statuses: tuple[str, ...] = (WaitlistStatus.WAITING.value,),
) -> list[WaitlistInfo]:
    """Entries in queue order (first joined first), optionally of one topic."""
    entries = list(
        session.scalars(
            select(WaitlistEntry)
            .where(WaitlistEntry.event_id == event.id, WaitlistEntry.status.in_(statuses))
            .order_by(WaitlistEntry.joined_at, WaitlistEntry.id)
        )
    )
    if topic:
        entries = [e for e in entries if _same_topic(e.topic, topic)]
    return _infos(session, event, entries)


def _infos(session: Session, event: Event, entries: list[WaitlistEntry]) -> list[WaitlistInfo]:
    if not entries:
        return []
    people = {
        row[0]: row[1:]
        for row in session.execute(
            select(Attendee.id, Attendee.first_name, Attendee.last_name, Attendee.code).where(
                Attendee.id.in_({e.attendee_id for e in entries})
            )
        )
    }
    queue = session.execute(
        select(WaitlistEntry.id, WaitlistEntry.topic)
        .where(
            WaitlistEntry.event_id == event.id,
            WaitlistEntry.status == WaitlistStatus.WAITING.value,
        )
        .order_by(WaitlistEntry.joined_at, WaitlistEntry.id)
    ).all()
    positions: dict[str, int] = {}
    counters: dict[str, int] = {}
    for entry_id, entry_topic in queue:
        key = fold(entry_topic).strip()
        counters[key] = counters.get(key, 0) + 1
        positions[entry_id] = counters[key]
    result = []
    for entry in entries:
        first, last, code = people.get(entry.attendee_id, ("", "", ""))
        result.append(
            WaitlistInfo(
                id=entry.id,
                attendee_id=entry.attendee_id,
                attendee_name=f"{first} {last}".strip() or code,
                attendee_code=code,
                topic=entry.topic,
                language=entry.language,
                status=entry.status,
                joined_at=entry.joined_at,
                resolved_at=entry.resolved_at,
                booking_id=entry.booking_id,
                position=positions.get(entry.id),
            )
        )
    return result


def offer_freed_slot(
    session: Session, event: Event, slot_id: str, *, now: dt.datetime | None = None
) -> Offer:
    """Give a freed slot to the first waiting person who fits, by booking it for them."""
    moment = now or utcnow()
    slot = lock_slot(session, event, slot_id)
    nobody = Offer(slot_id=slot.id, booking=None, entry_id=None)
    if slot.blocked or not still_bookable(slot.starts_at, slot.ends_at, moment):
        return nobody
    held = session.scalar(
        select(Booking.id).where(Booking.slot_id == slot.id, Booking.status.in_(HOLDING)).limit(1)
    )
    if held is not None:
        return nobody
    coach = coach_by_id(session, event, slot.coach_id)
    settings = coaching_settings(event)
    entries = session.execute(
        select(
            WaitlistEntry.id, WaitlistEntry.attendee_id, WaitlistEntry.topic, WaitlistEntry.language
        )
        .where(
            WaitlistEntry.event_id == event.id,
            WaitlistEntry.status == WaitlistStatus.WAITING.value,
        )
        .order_by(WaitlistEntry.joined_at, WaitlistEntry.id)
    ).all()
    passed: list[tuple[str, str]] = []
    for entry_id, attendee_id, topic, language in entries:
        if not coach.covers(topic) or not coach.speaks(language):
            continue
        person = load_person(session, event, attendee_id, settings)
        refusal = booking_refusal(
            session,
            event,
            person,
            coach,
            slot,
            topic=topic,
            language=language or None,
            now=moment,
            settings=settings,
        )
        if refusal is not None:
            passed.append((entry_id, refusal.reason))
            continue
        booking = record_booking(
            session,
            event,
            person,
            slot,
            coach,
            topic=topic,
            language=language or None,
            now=moment,
            booked_by="waitlist",
            fulfils=entry_id,
        )
        return Offer(slot.id, booking, entry_id, tuple(passed))
    return Offer(slot.id, None, None, tuple(passed))
