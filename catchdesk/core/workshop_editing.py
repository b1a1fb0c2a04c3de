"""Creating, changing, duplicating and deleting workshops, with the checks a programme needs.

A workshop is what a door admits people to and what certificates state, so some edits are
refused outright with the reason (:class:`~catchdesk.core.event_setup.SetupRefused`): an end
before the start, a day outside the event, deleting a workshop that already admitted people
(its check-ins are history, and certificates state it). Others are allowed once the organiser
confirms (:class:`~catchdesk.core.event_setup.NeedsConfirmation`, then ``confirm=True``): fewer
seats than people inside or enrolled, two workshops in one room at once, new times for a
workshop people were already admitted to, deleting one that people enrolled in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catchdesk.core.checkin import workshop_inside
from catchdesk.core.event_setup import get_event
from catchdesk.core.models import Checkin, CheckinRevocation, Enrolment, Event, Workshop
from catchdesk.core.setup_messages import NeedsConfirmation, Reason, SetupRefused
from catchdesk.core.timeutil import local_time


@dataclass(frozen=True)
class WorkshopDraft:
    """A workshop as the organiser fills it in; times are aware datetimes."""

    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    room: str = ""
    capacity: int | None = None
    enrolment_required: bool = False
    topic: str = ""
    speaker: str = ""

    @classmethod
    def of(cls, workshop: Workshop) -> WorkshopDraft:
        return cls(
            title=workshop.title,
            starts_at=workshop.starts_at,
            ends_at=workshop.ends_at,
            room=workshop.room,
            capacity=workshop.capacity,
            enrolment_required=workshop.enrolment_required,
            topic=workshop.topic,
            speaker=workshop.speaker,
        )


@dataclass(frozen=True)
class WorkshopLine:
    """One line of the programme table: the workshop and how full it is."""

    id: str
    draft: WorkshopDraft
    inside: int
    enrolled: int
    checkins: int


def workshop_lines(session: Session, event_id: str) -> list[WorkshopLine]:
    """The event's workshops in programme order with people inside, enrolled and admitted."""
    workshops = list(
        session.scalars(
            select(Workshop)
            .where(Workshop.event_id == event_id)
            .order_by(Workshop.starts_at, Workshop.room, Workshop.title, Workshop.id)
        )
    )
    inside = dict(
        session.execute(
            select(Checkin.workshop_id, func.count(func.distinct(Checkin.attendee_id)))
            .outerjoin(CheckinRevocation, CheckinRevocation.checkin_id == Checkin.id)
            .where(
                Checkin.event_id == event_id,
                Checkin.workshop_id.is_not(None),
                CheckinRevocation.id.is_(None),
            )
            .group_by(Checkin.workshop_id)
        ).all()
    )
    admitted = dict(
        session.execute(
            select(Checkin.workshop_id, func.count())
            .where(Checkin.event_id == event_id, Checkin.workshop_id.is_not(None))
            .group_by(Checkin.workshop_id)
        ).all()
    )
    enrolled = dict(
        session.execute(
            select(Enrolment.workshop_id, func.count())
            .where(Enrolment.event_id == event_id)
            .group_by(Enrolment.workshop_id)
        ).all()
    )
    return [
        WorkshopLine(
            id=w.id,
            draft=WorkshopDraft.of(w),
            inside=inside.get(w.id, 0),
            enrolled=enrolled.get(w.id, 0),
            checkins=admitted.get(w.id, 0),
        )
        for w in workshops
    ]


def _clean(draft: WorkshopDraft) -> WorkshopDraft:
    return replace(
        draft,
        title=" ".join(draft.title.split()),
        room=" ".join(draft.room.split()),
        topic=" ".join(draft.topic.split()),
        speaker=" ".join(draft.speaker.split()),
    )


def _hhmm(moment: dt.datetime, zone: str) -> str:
    return local_time(moment, zone).strftime("%H:%M")


def _refusals(event: Event, draft: WorkshopDraft) -> None:
    if not draft.title:
        raise SetupRefused("workshop.title")
    if draft.starts_at.tzinfo is None or draft.ends_at.tzinfo is None:
        raise ValueError("workshop times must be aware datetimes")
    if draft.ends_at <= draft.starts_at:
        raise SetupRefused(
            "workshop.end_before_start",
            title=draft.title,
            start=_hhmm(draft.starts_at, event.timezone),
            end=_hhmm(draft.ends_at, event.timezone),
        )
    if draft.capacity is not None and draft.capacity < 1:
        raise SetupRefused("workshop.capacity")
    first, last = event.starts_on, event.ends_on or event.starts_on
    day = local_time(draft.starts_at, event.timezone).date()
    end_day = local_time(draft.ends_at, event.timezone).date()
    if not (first <= day <= last and first <= end_day <= last):
        days = first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
        raise SetupRefused(
            "workshop.outside_days", title=draft.title, day=day.isoformat(), days=days
        )


def _consequences(
    session: Session, event: Event, draft: WorkshopDraft, workshop: Workshop | None
) -> list[Reason]:
    reasons: list[Reason] = []
    if workshop is not None and draft.capacity is not None:
        inside = workshop_inside(session, workshop.id)
        if inside > draft.capacity:
            reasons.append(
                Reason(
                    "workshop.inside_over_capacity",
                    {"title": draft.title, "inside": inside, "capacity": draft.capacity},
                )
            )
        enrolled = _enrolled(session, workshop.id)
        if enrolled > draft.capacity:
            reasons.append(
                Reason(
                    "workshop.enrolled_over_capacity",
                    {"title": draft.title, "enrolled": enrolled, "capacity": draft.capacity},
                )
            )
    if workshop is not None and (
        draft.starts_at != workshop.starts_at or draft.ends_at != workshop.ends_at
    ):
        admitted = _admitted(session, workshop.id)
        if admitted:
            reasons.append(
                Reason(
                    "workshop.times_after_admissions", {"title": workshop.title, "count": admitted}
                )
            )
    if draft.room:
        overlapping = session.scalars(
            select(Workshop)
            .where(
                Workshop.event_id == event.id,
                func.lower(Workshop.room) == draft.room.lower(),
                Workshop.starts_at < draft.ends_at,
                Workshop.ends_at > draft.starts_at,
                Workshop.id != (workshop.id if workshop is not None else ""),
            )
            .order_by(Workshop.starts_at)
        ).first()
        if overlapping is not None:
            zone = event.timezone
            reasons.append(
                Reason(
                    "workshop.room_clash",
                    {
                        "other": overlapping.title,
                        "room": draft.room,
                        "start": _hhmm(overlapping.starts_at, zone),
                        "end": _hhmm(overlapping.ends_at, zone),
                    },
                )
            )
    return reasons


def _enrolled(session: Session, workshop_id: str) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(Enrolment).where(Enrolment.workshop_id == workshop_id)
        )
        or 0
    )


def _admitted(session: Session, workshop_id: str) -> int:
    """People ever scanned in at the door, undone or not: rows that point at the workshop."""
    return int(
        session.scalar(
            select(func.count(func.distinct(Checkin.attendee_id))).where(
                Checkin.workshop_id == workshop_id
            )
        )
        or 0
    )


def _apply(workshop: Workshop, draft: WorkshopDraft) -> None:
    workshop.title = draft.title
    workshop.room = draft.room
    workshop.starts_at = draft.starts_at
    workshop.ends_at = draft.ends_at
    workshop.capacity = draft.capacity
    workshop.enrolment_required = draft.enrolment_required
    workshop.topic = draft.topic
    workshop.speaker = draft.speaker


def get_workshop(session: Session, workshop_id: str) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise SetupRefused("workshop.gone")
    return workshop


def create_workshop(
    session: Session, event_id: str, draft: WorkshopDraft, *, confirm: bool = False
) -> Workshop:
    """Add a workshop to the programme (see the module's rules)."""
    event = get_event(session, event_id)
    draft = _clean(draft)
    _refusals(event, draft)
    reasons = _consequences(session, event, draft, None)
    if reasons and not confirm:
        raise NeedsConfirmation(reasons)
    workshop = Workshop(
        event_id=event.id, title=draft.title, starts_at=draft.starts_at, ends_at=draft.ends_at
    )
    _apply(workshop, draft)
    session.add(workshop)
    session.flush()
    return workshop


def update_workshop(
    session: Session, workshop_id: str, draft: WorkshopDraft, *, confirm: bool = False
) -> Workshop:
    """Change a workshop (see the module's rules)."""
    workshop = get_workshop(session, workshop_id)
    event = get_event(session, workshop.event_id)
    draft = _clean(draft)
    _refusals(event, draft)
    reasons = _consequences(session, event, draft, workshop)
    if reasons and not confirm:
        raise NeedsConfirmation(reasons)
    _apply(workshop, draft)
    session.flush()
    return workshop


def duplicate_draft(workshop: Workshop, event: Event) -> WorkshopDraft:
    """A copy to edit: same room and length, right after the original when the day allows.

    A workshop is usually duplicated to run it again later; placed after the original it does
    not clash with it in its own room. When that would leave the event's last day, the copy
    keeps the original's times (and the organiser moves it to another room).
    """
    length = workshop.ends_at - workshop.starts_at
    starts, ends = workshop.ends_at, workshop.ends_at + length
    last = event.ends_on or event.starts_on
    if local_time(ends, event.timezone).date() > last:
        starts, ends = workshop.starts_at, workshop.ends_at
    return replace(WorkshopDraft.of(workshop), starts_at=starts, ends_at=ends)


def duplicate_workshop(session: Session, workshop_id: str, *, confirm: bool = False) -> Workshop:
    """Add a copy of a workshop (see :func:`duplicate_draft`); enrolments are not copied."""
    workshop = get_workshop(session, workshop_id)
    event = get_event(session, workshop.event_id)
    return create_workshop(session, event.id, duplicate_draft(workshop, event), confirm=confirm)


def delete_workshop(session: Session, workshop_id: str, *, confirm: bool = False) -> None:
    """Remove a workshop nobody was admitted to, always once confirmed; its enrolments go too."""
    workshop = get_workshop(session, workshop_id)
    admitted = _admitted(session, workshop.id)
    if admitted:
        raise SetupRefused("workshop.delete_admitted", title=workshop.title, count=admitted)
    enrolments = list(
        session.scalars(select(Enrolment).where(Enrolment.workshop_id == workshop.id))
    )
    if not confirm:
        reasons = [Reason("workshop.delete", {"title": workshop.title})]
        if enrolments:
            reasons.append(
                Reason(
                    "workshop.delete_enrolled", {"title": workshop.title, "count": len(enrolments)}
                )
            )
        raise NeedsConfirmation(reasons)
    for enrolment in enrolments:
        session.delete(enrolment)
    session.delete(workshop)
    session.flush()
