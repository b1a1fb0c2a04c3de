"""Booking a person into a coaching slot: a chosen one, or the next free one that fits.

The rules (:mod:`.rules`) decide; this module writes what they allowed: the booking, its first
history step, and the end of the person's waiting for that topic. The slot row is locked for
the transaction (``FOR UPDATE`` on PostgreSQL; SQLite's writers are serialised by ``BEGIN
IMMEDIATE``), so two desks can never both win the same slot.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from catchdesk.core.coaching.coaches import CoachInfo, coach_by_id
from catchdesk.core.coaching.errors import BookingRefused
from catchdesk.core.coaching.info import BookingInfo
from catchdesk.core.coaching.next_free import FreeSlot, find_next_free, next_free_slot
from catchdesk.core.coaching.rules import (
    PersonDay,
    SlotFacts,
    booking_refusal,
    load_person,
    lock_slot,
)
from catchdesk.core.coaching.settings import CoachingSettings, coaching_settings
from catchdesk.core.errors import NotFoundError
from catchdesk.core.ids import new_id
from catchdesk.core.journal import record_rows
from catchdesk.core.models import (
    Attendee,
    Booking,
    BookingChange,
    BookingStatus,
    Event,
    WaitlistEntry,
    WaitlistStatus,
)
from catchdesk.core.textfold import fold
from catchdesk.core.timeutil import utcnow

__all__ = ["FreeSlot", "book", "book_person", "get_attendee", "next_free_slot", "record_booking"]


def get_attendee(session: Session, event: Event, attendee_id: str) -> Attendee:
    attendee = session.get(Attendee, attendee_id)
    if attendee is None or attendee.event_id != event.id:
        raise NotFoundError(f"No attendee {attendee_id} in {event.name}.")
    return attendee


def _session_language(coach: CoachInfo, person: PersonDay, language: str | None) -> str:
    """The language asked for, else the person's own if the coach speaks it, else none said."""
    if language:
        return language.strip().lower()
    return person.language if person.language in coach.languages else ""


def _session_topic(coach: CoachInfo, topic: str | None) -> str:
    """The coach's own spelling of the topic asked for (so statistics group it once)."""
    if not topic:
        return coach.topics[0] if len(coach.topics) == 1 else ""
    wanted = fold(topic).strip()
    return next((t for t in coach.topics if fold(t).strip() == wanted), topic.strip())


def record_booking(
    session: Session,
    event: Event,
    person: PersonDay,
    slot: SlotFacts,
    coach: CoachInfo,
    *,
    topic: str | None,
    language: str | None,
    now: dt.datetime,
    booked_by: str,
    fulfils: str | None = None,
) -> BookingInfo:
    """Write a booking the rules have allowed and its first history step, and close the
    person's waiting for that topic (``fulfils``: the waitlist entry this booking serves).

    Plain inserts through :func:`record_rows` (journaled like any ORM change): the unit of
    work would cost more than the rules on a busy desk.
    """
    device_id = session.info.get("device_id")
    booking_id = new_id()
    row = {
        "id": booking_id,
        "created_at": utcnow(),
        "origin_device_id": device_id,
        "event_id": event.id,
        "slot_id": slot.id,
        "attendee_id": person.attendee_id,
        "topic": _session_topic(coach, topic),
        "status": BookingStatus.BOOKED.value,
        "note": "",
        "booked_by": booked_by,
        "language": _session_language(coach, person, language),
    }
    record_rows(session, Booking, [row])
    record_rows(
        session,
        BookingChange,
        [
            {
                "id": new_id(),
                "created_at": utcnow(),
                "origin_device_id": device_id,
                "event_id": event.id,
                "booking_id": booking_id,
                "status": BookingStatus.BOOKED.value,
                "changed_at": now,
                "note": booked_by,
            }
        ],
    )
    _close_waiting(session, person.attendee_id, booking_id, row["topic"], now, fulfils)
    return BookingInfo(
        id=booking_id,
        status=row["status"],
        topic=row["topic"],
        language=row["language"],
        note="",
        booked_by=booked_by,
        attendee_id=person.attendee_id,
        attendee_name=person.name,
        attendee_code=person.code,
        slot_id=slot.id,
        starts_at=slot.starts_at,
        ends_at=slot.ends_at,
        coach_id=coach.id,
        coach=coach.name,
        coach_organisation=coach.organisation,
        place=coach.place,
        colour=coach.colour,
    )


_WAITING_OF_PERSON = select(WaitlistEntry.id, WaitlistEntry.topic).where(
    WaitlistEntry.attendee_id == bindparam("attendee"),
    WaitlistEntry.status == WaitlistStatus.WAITING.value,
)


def _close_waiting(
    session: Session,
    attendee_id: str,
    booking_id: str,
    topic: str,
    now: dt.datetime,
    fulfils: str | None,
) -> None:
    wanted = fold(topic).strip()
    for entry_id, entry_topic in session.connection().execute(
        _WAITING_OF_PERSON, {"attendee": attendee_id}
    ):
        if entry_id == fulfils or fold(entry_topic).strip() == wanted:
            entry = session.get(WaitlistEntry, entry_id)
            assert entry is not None
            entry.status = WaitlistStatus.FULFILLED.value
            entry.booking_id = booking_id
            entry.resolved_at = now
    session.flush()


def book(
    session: Session,
    event: Event,
    attendee_id: str,
    *,
    slot_id: str | None = None,
    coach_id: str | None = None,
    topic: str | None = None,
    language: str | None = None,
    now: dt.datetime | None = None,
    booked_by: str = "",
) -> BookingInfo:
    """Book a person into ``slot_id``, or into the next free slot that fits.

    Without a slot, the next free slot of ``coach_id`` (or of any coach covering ``topic`` and
    speaking ``language``) is taken. Raises :class:`BookingRefused` with the reason when a rule
    says no, :class:`NotFoundError` for an unknown person, slot or coach.
    """
    moment = now or utcnow()
    settings = coaching_settings(event)
    person = load_person(session, event, attendee_id, settings)
    return book_person(
        session,
        event,
        person,
        settings,
        slot_id=slot_id,
        coach_id=coach_id,
        topic=topic,
        language=language,
        now=moment,
        booked_by=booked_by,
    )


def book_person(
    session: Session,
    event: Event,
    person: PersonDay,
    settings: CoachingSettings,
    *,
    slot_id: str | None,
    coach_id: str | None,
    topic: str | None,
    language: str | None,
    now: dt.datetime,
    booked_by: str,
) -> BookingInfo:
    """:func:`book` for a person already loaded (a rebooking loads them once, after the
    cancellation, so the old booking no longer stands in the way)."""
    if slot_id is None:
        free = find_next_free(session, event, person, settings, topic, language, coach_id, now)
        slot_id, coach = free.slot_id, free.coach
        slot = lock_slot(session, event, slot_id)
    else:
        slot = lock_slot(session, event, slot_id)
        coach = coach_by_id(session, event, slot.coach_id)
        if coach_id is not None and coach_id != coach.id:
            wanted = coach_by_id(session, event, coach_id)
            raise BookingRefused("slot_not_of_coach", coach=coach.name, wanted=wanted.name)
    refusal = booking_refusal(
        session,
        event,
        person,
        coach,
        slot,
        topic=topic,
        language=language,
        now=now,
        settings=settings,
    )
    if refusal is not None:
        raise refusal.error()
    return record_booking(
        session,
        event,
        person,
        slot,
        coach,
        topic=topic,
        language=language,
        now=now,
        booked_by=booked_by,
    )
