"""Walk-ins: someone who never registered turns up at the desk and is let in at once.

Registering and admitting are one user action, so they are one transaction (the caller's
session): a walk-in is never left registered but not checked in, or the reverse. A person who
gives an e-mail already on the list is not registered twice: the error names the existing
person so the desk checks *them* in, which keeps the attendance report free of duplicates.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catchdesk.core.attendees import LANGUAGES, add_attendee
from catchdesk.core.checkin import check_in_attendee
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.models import Attendee, Event
from catchdesk.core.verdicts import Verdict

WALK_IN_SOURCE = "walk_in"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


class DuplicateAttendee(CatchDeskError):
    """The e-mail of a walk-in belongs to someone already registered; check them in instead."""

    def __init__(self, attendee: Attendee) -> None:
        self.attendee_id = attendee.id
        self.name = attendee.full_name
        self.email = attendee.email
        super().__init__(
            f"{attendee.full_name} is already registered with {attendee.email}: "
            "check them in instead of registering them again."
        )


def looks_like_email(text: str) -> bool:
    """A loose check that catches typos at the desk (no @, no dot, spaces), nothing stricter."""
    return bool(_EMAIL.match(text.strip()))


def find_by_email(session: Session, event: Event, email: str) -> Attendee | None:
    """The attendee of ``event`` with this e-mail (case-insensitive), if any."""
    wanted = email.strip().lower()
    if not wanted:
        return None
    return session.scalars(
        select(Attendee)
        .where(Attendee.event_id == event.id, func.lower(Attendee.email) == wanted)
        .limit(1)
    ).first()


def validate_walk_in(first_name: str, last_name: str, email: str) -> None:
    """Raise a :class:`CatchDeskError` in words when the form cannot be registered."""
    if not first_name.strip() and not last_name.strip():
        raise CatchDeskError("A name is required: type at least a first or a last name.")
    if email.strip() and not looks_like_email(email):
        raise CatchDeskError(f"'{email.strip()}' does not look like an e-mail address.")


def register_walk_in(
    session: Session,
    event: Event,
    *,
    first_name: str,
    last_name: str,
    email: str,
    organisation: str,
    sector: str,
    consent: bool,
    desk: str,
    language: str | None = None,
) -> tuple[Attendee, Verdict]:
    """Register a walk-in and admit them in the caller's transaction; the person and verdict.

    ``language`` is the person's language when it is one of ours (else French, the venue's),
    and also the language of the verdict's message.
    """
    validate_walk_in(first_name, last_name, email)
    existing = find_by_email(session, event, email)
    if existing is not None:
        raise DuplicateAttendee(existing)
    attendee = add_attendee(
        session,
        event,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        email=email.strip(),
        organisation=organisation.strip(),
        sector=sector.strip(),
        consent=consent,
        language=language if language in LANGUAGES else "fr",
        source=WALK_IN_SOURCE,
    )
    verdict = check_in_attendee(session, event, attendee.id, desk=desk, language=language)
    return attendee, verdict
