"""From a raw scan to exactly one verdict (DESIGN.md §5), at the entrance or a workshop door.

This is the hottest path of the day (900 people in 45 minutes through a handful of desks), so it
costs a few indexed queries and one durable commit. It never deletes: an undo appends a
revocation. A scanner that fires twice within :data:`DOUBLE_FIRE_SECONDS` at the same desk gets
the first verdict again instead of a confusing "already checked in".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, Select, bindparam, func, select
from sqlalchemy.orm import Session

from catchdesk.core.codes import BODY_LEN, looks_like_code, make_code, verify_code
from catchdesk.core.errors import NotFoundError
from catchdesk.core.i18n import tr
from catchdesk.core.ids import new_id
from catchdesk.core.journal import record_rows
from catchdesk.core.models import (
    Attendee,
    AttendeeStatus,
    Checkin,
    CheckinRevocation,
    Enrolment,
    Event,
    ExternalCode,
    Workshop,
)
from catchdesk.core.scan import ScanReading, read_scan
from catchdesk.core.timeutil import local_time, utcnow
from catchdesk.core.verdicts import Status, Verdict

DOUBLE_FIRE_SECONDS = 5.0


@dataclass
class Resolution:
    attendee: Attendee | None
    status: Status | None = None
    other_event: Event | None = None


# Statements of the scan path are built once: building them costs more than running them.
# A merged record keeps its code as history; its code is the survivor's external code now.
_BY_TICKET_CODE = select(Attendee).where(
    Attendee.event_id == bindparam("event"),
    Attendee.code.in_(bindparam("codes", expanding=True)),
    Attendee.status != AttendeeStatus.MERGED.value,
)
_BY_EXTERNAL_CODE = (
    select(ExternalCode.code, Attendee)
    .join(Attendee, Attendee.id == ExternalCode.attendee_id)
    .where(
        ExternalCode.event_id == bindparam("event"),
        ExternalCode.code.in_(bindparam("codes", expanding=True)),
    )
)


def resolve(session: Session, event: Event, reading: ScanReading) -> Resolution:
    """Find the attendee a scan names, or say why there is none."""
    candidates = list(reading.candidates)
    if not candidates:
        return Resolution(None, Status.UNKNOWN)
    ours = [c for c in candidates if verify_code(c, event.tag, event.ticket_secret)]
    if ours:
        found = session.scalars(_BY_TICKET_CODE, {"event": event.id, "codes": ours}).first()
        if found is not None:
            return Resolution(found)
    external = session.execute(_BY_EXTERNAL_CODE, {"event": event.id, "codes": candidates}).all()
    if external:
        by_code = {code: attendee for code, attendee in external}
        for candidate in candidates:
            if candidate in by_code:
                return Resolution(by_code[candidate])
    if ours:
        return Resolution(None, Status.UNKNOWN)
    return _resolve_elsewhere(session, event, candidates)


def warm_up(session: Session, event: Event) -> None:
    """Look up a ticket code (most likely nobody's), writing nothing.

    The first scan of the day would otherwise build the keyboard-layout tables and compile the
    lookup statements (tens of milliseconds); a desk runs this while it waits for that scan.
    """
    resolve(session, event, read_scan(make_code(event.tag, "B" * BODY_LEN, event.ticket_secret)))


def _resolve_elsewhere(session: Session, event: Event, candidates: list[str]) -> Resolution:
    """A scan that is nobody's here: a ticket of another event, a misread code, or unknown."""
    shaped = [c for c in candidates if looks_like_code(c)]
    others = session.scalars(select(Event).where(Event.id != event.id)).all()
    for other in others:
        if any(verify_code(c, other.tag, other.ticket_secret) for c in shaped):
            return Resolution(None, Status.OTHER_EVENT, other)
    foreign = session.execute(
        select(Event)
        .join(ExternalCode, ExternalCode.event_id == Event.id)
        .where(ExternalCode.event_id != event.id, ExternalCode.code.in_(candidates))
        .limit(1)
    ).scalar()
    if foreign is not None:
        return Resolution(None, Status.OTHER_EVENT, foreign)
    if shaped:
        return Resolution(None, Status.INVALID)
    return Resolution(None, Status.UNKNOWN)


def _standing_query(at_door: bool) -> Select[tuple[str, str, dt.datetime]]:
    place = (
        Checkin.workshop_id == bindparam("workshop") if at_door else Checkin.workshop_id.is_(None)
    )
    return (
        select(Checkin.id, Checkin.desk, Checkin.scanned_at)
        .outerjoin(CheckinRevocation, CheckinRevocation.checkin_id == Checkin.id)
        .where(Checkin.attendee_id == bindparam("attendee"), place, CheckinRevocation.id.is_(None))
        .order_by(Checkin.scanned_at, Checkin.id)
    )


_STANDING_AT_ENTRANCE = _standing_query(at_door=False)
_STANDING_AT_DOOR = _standing_query(at_door=True)


def standing_checkins(session: Session, attendee_id: str, workshop_id: str | None) -> list[Row]:
    """Check-ins (id, desk, scanned_at) of one attendee at one place not revoked, oldest first."""
    if workshop_id is None:
        return list(session.execute(_STANDING_AT_ENTRANCE, {"attendee": attendee_id}))
    return list(
        session.execute(_STANDING_AT_DOOR, {"attendee": attendee_id, "workshop": workshop_id})
    )


def workshop_inside(session: Session, workshop_id: str) -> int:
    """People admitted to a workshop (standing check-ins, each person once)."""
    return (
        session.scalar(
            select(func.count(func.distinct(Checkin.attendee_id)))
            .outerjoin(CheckinRevocation, CheckinRevocation.checkin_id == Checkin.id)
            .where(Checkin.workshop_id == workshop_id, CheckinRevocation.id.is_(None))
        )
        or 0
    )


def _display_time(moment: dt.datetime, event: Event) -> str:
    return local_time(moment, event.timezone).strftime("%H:%M")


def check_in(
    session: Session,
    event: Event,
    raw_scan: str,
    *,
    desk: str,
    workshop_id: str | None = None,
    now: dt.datetime | None = None,
    language: str | None = None,
    method: str = "scan",
) -> Verdict:
    """Turn one raw scan into one verdict, recording the admission when there is one."""
    reading = read_scan(raw_scan)
    moment = now or utcnow()
    workshop = None
    if workshop_id is not None:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None or workshop.event_id != event.id:
            raise NotFoundError(f"No workshop {workshop_id} in {event.name}.")
    resolution = resolve(session, event, reading)
    attendee = resolution.attendee
    base = {"event": event, "scan": reading.cleaned, "workshop": workshop}
    if attendee is None:
        status = resolution.status or Status.UNKNOWN
        if status is Status.OTHER_EVENT and resolution.other_event is not None:
            message = tr("verdict.other_event", language, event=resolution.other_event.name)
        elif status is Status.UNKNOWN and any(
            verify_code(c, event.tag, event.ticket_secret) for c in reading.candidates
        ):
            message = tr("verdict.unknown.valid", language)
        elif not reading.candidates:
            message = tr("verdict.empty", language)
        else:
            message = tr(f"verdict.{status.value}", language)
        return Verdict(status=status, message=message, **base)
    if attendee.status == AttendeeStatus.CANCELLED:
        return Verdict(
            status=Status.CANCELLED,
            message=tr("verdict.cancelled", language),
            attendee=attendee,
            **base,
        )
    if workshop is None:
        return _admit_entrance(session, event, attendee, desk, moment, language, method, base)
    return _admit_door(session, event, attendee, workshop, desk, moment, language, method, base)


def _repeat_or_already(
    event: Event,
    attendee: Attendee,
    standing: list[Row],
    desk: str,
    moment: dt.datetime,
    language: str | None,
    base: dict[str, Any],
    welcome: str,
) -> Verdict:
    first = standing[0]
    latest = standing[-1]
    seconds = (moment - latest.scanned_at).total_seconds()
    if latest is first and latest.desk == desk and -1 <= seconds <= DOUBLE_FIRE_SECONDS:
        return Verdict(
            status=Status.CHECKED_IN,
            message=welcome,
            attendee=attendee,
            first_checkin_at=first.scanned_at,
            desk=first.desk,
            checkin_id=first.id,
            repeated=True,
            **base,
        )
    return Verdict(
        status=Status.ALREADY_CHECKED_IN,
        message=tr(
            "verdict.already_checked_in",
            language,
            time=_display_time(first.scanned_at, event),
            desk=first.desk or "?",
        ),
        attendee=attendee,
        first_checkin_at=first.scanned_at,
        desk=first.desk,
        checkin_id=first.id,
        **base,
    )


def _admit_entrance(
    session: Session,
    event: Event,
    attendee: Attendee,
    desk: str,
    moment: dt.datetime,
    language: str | None,
    method: str,
    base: dict[str, Any],
) -> Verdict:
    welcome = tr("verdict.checked_in", language, name=attendee.full_name)
    standing = standing_checkins(session, attendee.id, None)
    if standing:
        return _repeat_or_already(event, attendee, standing, desk, moment, language, base, welcome)
    checkin_id = _record(session, event, attendee, None, desk, moment, method)
    return Verdict(
        status=Status.CHECKED_IN,
        message=welcome,
        attendee=attendee,
        first_checkin_at=moment,
        desk=desk,
        checkin_id=checkin_id,
        **base,
    )


def _admit_door(
    session: Session,
    event: Event,
    attendee: Attendee,
    workshop: Workshop,
    desk: str,
    moment: dt.datetime,
    language: str | None,
    method: str,
    base: dict[str, Any],
) -> Verdict:
    welcome = tr(
        "verdict.checked_in.door", language, name=attendee.full_name, workshop=workshop.title
    )
    standing = standing_checkins(session, attendee.id, workshop.id)
    if standing:
        verdict = _repeat_or_already(
            event, attendee, standing, desk, moment, language, base, welcome
        )
        verdict.inside = workshop_inside(session, workshop.id)
        return verdict
    if workshop.enrolment_required:
        enrolled = session.scalar(
            select(Enrolment.id).where(
                Enrolment.attendee_id == attendee.id, Enrolment.workshop_id == workshop.id
            )
        )
        if enrolled is None:
            return Verdict(
                status=Status.NOT_ENROLLED,
                message=tr("verdict.not_enrolled", language, workshop=workshop.title),
                attendee=attendee,
                **base,
            )
    inside = workshop_inside(session, workshop.id)
    if workshop.capacity is not None and inside >= workshop.capacity:
        return Verdict(
            status=Status.FULL,
            message=tr("verdict.full", language, inside=inside, capacity=workshop.capacity),
            attendee=attendee,
            inside=inside,
            **base,
        )
    if not standing_checkins(session, attendee.id, None):
        _record(session, event, attendee, None, desk, moment, "door")
    checkin_id = _record(session, event, attendee, workshop.id, desk, moment, method)
    return Verdict(
        status=Status.CHECKED_IN,
        message=welcome,
        attendee=attendee,
        first_checkin_at=moment,
        desk=desk,
        checkin_id=checkin_id,
        inside=inside + 1,
        **base,
    )


def _record(
    session: Session,
    event: Event,
    attendee: Attendee,
    workshop_id: str | None,
    desk: str,
    moment: dt.datetime,
    method: str,
) -> str:
    """Append one check-in (journaled) with a Core insert: the unit of work costs too much here."""
    device_id = session.info.get("device_id")
    checkin_id = new_id()
    record_rows(
        session,
        Checkin,
        [
            {
                "id": checkin_id,
                "created_at": utcnow(),
                "origin_device_id": device_id,
                "event_id": event.id,
                "attendee_id": attendee.id,
                "workshop_id": workshop_id,
                "desk": desk,
                "device_id": device_id,
                "scanned_at": moment,
                "method": method,
            }
        ],
    )
    return checkin_id


def check_in_attendee(
    session: Session,
    event: Event,
    attendee_id: str,
    *,
    desk: str,
    workshop_id: str | None = None,
    now: dt.datetime | None = None,
    language: str | None = None,
) -> Verdict:
    """Admit a person found by search (no scan): the same rules, the ticket code as the scan."""
    attendee = session.get(Attendee, attendee_id)
    if attendee is None or attendee.event_id != event.id:
        raise NotFoundError(f"No attendee {attendee_id} in {event.name}.")
    return check_in(
        session,
        event,
        attendee.code,
        desk=desk,
        workshop_id=workshop_id,
        now=now,
        language=language,
        method="search",
    )
