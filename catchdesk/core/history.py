"""One person's story at the event, and corrections to who they are.

The desk's detail view answers "did she come, who let her in, was that undone, has her badge
been printed, what did she book, did she get her certificate?" from the append-only rows,
so the answer is the same on every merged desk. Corrections go through
:func:`update_attendee` so the search text follows the new name at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.attendees import LANGUAGES, refresh_search_text
from catchdesk.core.errors import CatchDeskError, NotFoundError
from catchdesk.core.models import (
    Attendee,
    AttendeeStatus,
    BadgePrint,
    Booking,
    Certificate,
    CertificateIssue,
    Checkin,
    CheckinRevocation,
    Coach,
    CoachSlot,
    Role,
    Workshop,
)
from catchdesk.core.walk_ins import looks_like_email

CHECKED_IN = "checked_in"
REVOKED = "revoked"
DOOR = "door"
BADGE_PRINTED = "badge_printed"
BOOKING = "booking"
CERTIFICATE_ISSUED = "certificate_issued"

EDITABLE = ("first_name", "last_name", "email", "organisation", "sector", "language", "role")
"""Fields a desk may correct; codes, status and source are not the desk's to change."""


@dataclass(frozen=True)
class HistoryItem:
    """One thing that happened to a person; ``details`` is plain data for the screen to word."""

    time: dt.datetime
    kind: str
    details: str
    desk: str


def attendee_history(session: Session, attendee_id: str) -> list[HistoryItem]:
    """Everything recorded about one attendee, newest first."""
    items: list[HistoryItem] = []
    checkins = session.execute(
        select(Checkin, Workshop.title)
        .outerjoin(Workshop, Workshop.id == Checkin.workshop_id)
        .where(Checkin.attendee_id == attendee_id)
    ).all()
    for checkin, title in checkins:
        kind = DOOR if checkin.workshop_id else CHECKED_IN
        items.append(HistoryItem(checkin.scanned_at, kind, title or "", checkin.desk))
    revocations = session.execute(
        select(CheckinRevocation, Workshop.title)
        .join(Checkin, Checkin.id == CheckinRevocation.checkin_id)
        .outerjoin(Workshop, Workshop.id == Checkin.workshop_id)
        .where(Checkin.attendee_id == attendee_id)
    ).all()
    for revocation, title in revocations:
        items.append(HistoryItem(revocation.revoked_at, REVOKED, title or "", revocation.desk))
    for badge in session.scalars(select(BadgePrint).where(BadgePrint.attendee_id == attendee_id)):
        items.append(HistoryItem(badge.printed_at, BADGE_PRINTED, badge.layout, badge.desk))
    bookings = session.execute(
        select(Booking, Coach.name)
        .join(CoachSlot, CoachSlot.id == Booking.slot_id)
        .join(Coach, Coach.id == CoachSlot.coach_id)
        .where(Booking.attendee_id == attendee_id)
    ).all()
    for booking, coach in bookings:
        details = " — ".join(part for part in (coach, booking.topic, booking.status) if part)
        items.append(HistoryItem(booking.created_at, BOOKING, details, booking.booked_by))
    issues = session.execute(
        select(CertificateIssue, Certificate.serial)
        .join(Certificate, Certificate.id == CertificateIssue.certificate_id)
        .where(Certificate.attendee_id == attendee_id)
    ).all()
    for issue, serial in issues:
        items.append(HistoryItem(issue.issued_at, CERTIFICATE_ISSUED, serial, ""))
    items.sort(key=lambda item: item.time, reverse=True)
    return items


def update_attendee(session: Session, attendee_id: str, **changes: Any) -> Attendee:
    """Correct a person's details (a typo in a name, a new e-mail) and refresh their search text.

    Only :data:`EDITABLE` fields are accepted; an unknown field, an empty name, a malformed
    e-mail, a language or role we do not know is refused in words, not stored.
    """
    attendee = session.get(Attendee, attendee_id)
    if attendee is None:
        raise NotFoundError(f"No attendee {attendee_id}.")
    if attendee.status == AttendeeStatus.MERGED.value:
        raise CatchDeskError(
            "This record was merged into another one: correct the record that was kept."
        )
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise CatchDeskError(f"These details cannot be changed here: {', '.join(unknown)}.")
    values = {name: str(value).strip() for name, value in changes.items()}
    first = values.get("first_name", attendee.first_name)
    last = values.get("last_name", attendee.last_name)
    if not first.strip() and not last.strip():
        raise CatchDeskError("A name is required: type at least a first or a last name.")
    email = values.get("email", "")
    if email and not looks_like_email(email):
        raise CatchDeskError(f"'{email}' does not look like an e-mail address.")
    if "language" in values and values["language"] not in LANGUAGES:
        raise CatchDeskError(f"'{values['language']}' is not one of {', '.join(LANGUAGES)}.")
    roles = [role.value for role in Role]
    if "role" in values and values["role"] not in roles:
        raise CatchDeskError(f"'{values['role']}' is not a role; choose one of {', '.join(roles)}.")
    for name, value in values.items():
        setattr(attendee, name, value)
    refresh_search_text(attendee)
    session.flush()
    return attendee
