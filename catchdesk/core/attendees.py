"""Attendees as the rest of the code sees them: creation with a code, and their public form.

The dictionary form is the CLI's ``--json`` contract (DESIGN.md §7) and what the GUI's table
models read, so its keys are stable snake_case.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.codes import format_code, new_code
from catchdesk.core.models import Attendee, Checkin, CheckinRevocation, Event, ExternalCode
from catchdesk.core.textfold import search_text
from catchdesk.core.timeutil import local_iso, utcnow

LANGUAGES = ("fr", "nl", "en")


def normalise_external(code: str) -> str:
    """External codes are compared without case, spaces or dashes."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def attendee_search_text(first: str, last: str, organisation: str, email: str) -> str:
    return search_text(first, last, organisation, email)


def unused_code(session: Session, event: Event, rng: random.Random | None = None) -> str:
    """A new ticket code that no attendee of the event has yet."""
    while True:
        code = new_code(event.tag, event.ticket_secret, rng)
        taken = session.scalar(
            select(Attendee.id).where(Attendee.event_id == event.id, Attendee.code == code)
        )
        if taken is None:
            return code


def refresh_search_text(attendee: Attendee) -> None:
    attendee.search_text = attendee_search_text(
        attendee.first_name, attendee.last_name, attendee.organisation, attendee.email
    )
    attendee.updated_at = utcnow()


def add_attendee(session: Session, event: Event, **fields: Any) -> Attendee:
    """Register one person (a walk-in, a test): gives them a code and search text."""
    external = fields.pop("external_codes", []) or []
    attendee = Attendee(event_id=event.id, code=unused_code(session, event), **fields)
    refresh_search_text(attendee)
    session.add(attendee)
    session.flush()
    for raw in external:
        session.add(
            ExternalCode(
                event_id=event.id, attendee_id=attendee.id, code=normalise_external(raw), raw=raw
            )
        )
    session.flush()
    return attendee


def first_checkins(
    session: Session, event_id: str, attendee_ids: list[str] | None = None
) -> dict[str, tuple[dt.datetime, str]]:
    """Each attendee's first standing (not revoked) entrance check-in: time and desk."""
    query = (
        select(Checkin.attendee_id, Checkin.scanned_at, Checkin.desk)
        .outerjoin(CheckinRevocation, CheckinRevocation.checkin_id == Checkin.id)
        .where(
            Checkin.event_id == event_id,
            Checkin.workshop_id.is_(None),
            CheckinRevocation.id.is_(None),
        )
        .order_by(Checkin.scanned_at)
    )
    if attendee_ids is not None:
        query = query.where(Checkin.attendee_id.in_(attendee_ids))
    first: dict[str, tuple[dt.datetime, str]] = {}
    for attendee_id, scanned_at, desk in session.execute(query):
        first.setdefault(attendee_id, (scanned_at, desk))
    return first


def attendee_dict(
    attendee: Attendee, event: Event, checked_in: tuple[dt.datetime, str] | None
) -> dict[str, Any]:
    return {
        "id": attendee.id,
        "code": attendee.code,
        "code_display": format_code(attendee.code),
        "external_codes": [ext.raw or ext.code for ext in attendee.external_codes],
        "first_name": attendee.first_name,
        "last_name": attendee.last_name,
        "email": attendee.email,
        "organisation": attendee.organisation,
        "sector": attendee.sector,
        "role": attendee.role,
        "language": attendee.language,
        "status": attendee.status,
        "checked_in_at": local_iso(checked_in[0], event.timezone) if checked_in else None,
        "checked_in_desk": checked_in[1] if checked_in else None,
    }
