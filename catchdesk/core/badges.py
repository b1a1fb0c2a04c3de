"""Who gets a badge, and the log of badges sent to paper.

The badge printer at the desk is used all day: in the morning for everyone, later for walk-ins
and for the badge someone left at home. The print log (append-only :class:`BadgePrint` rows)
answers "whose badge was never printed?", so a second run prints only the newcomers.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.badge_data import BadgeData
from catchdesk.core.errors import CatchDeskError, NotFoundError
from catchdesk.core.ids import new_id
from catchdesk.core.journal import record_rows
from catchdesk.core.models import (
    INACTIVE_STATUSES,
    Attendee,
    AttendeeStatus,
    BadgePrint,
    Event,
    Role,
)
from catchdesk.core.textfold import fold
from catchdesk.core.timeutil import utcnow

__all__ = ["BadgeData", "badge_attendees", "printed_ids", "record_prints"]

BULK = 50  # above this many prints, write them with one Core insert instead of the ORM


def _sort_key(attendee: Attendee) -> tuple[str, str, str]:
    return (fold(attendee.last_name), fold(attendee.first_name), attendee.code)


def _normalise_code(text: str) -> str:
    """A code as typed (``shdp-vtku-tbcjc``) in its stored form (``SHDPVTKUTBCJC``)."""
    return "".join(ch for ch in text.upper() if ch.isalpha())


def badge_attendees(
    session: Session,
    event: Event,
    *,
    codes: Iterable[str] | None = None,
    role: str | None = None,
    unprinted_only: bool = False,
) -> list[Attendee]:
    """Attendees who get a badge, sorted by last name then first name, accents ignored.

    Everyone not cancelled by default. ``codes`` picks people by their CatchDesk code (in any
    case, with or without dashes); a code that matches nobody is an error naming it, because a
    badge silently missing from a run is noticed only at the door. Naming someone cancelled is
    an error too. ``role`` keeps one role; ``unprinted_only`` those never printed.
    """
    if role is not None:
        role = role.strip().lower()
        known = [r.value for r in Role]
        if role not in known:
            raise CatchDeskError(f"'{role}' is not a role; choose one of: {', '.join(known)}.")
    query = select(Attendee).where(Attendee.event_id == event.id)
    if codes is not None:
        wanted = {_normalise_code(code): code for code in codes}
        people = list(session.scalars(query.where(Attendee.code.in_(list(wanted)))))
        found = {a.code.upper() for a in people}
        missing = [shown for code, shown in wanted.items() if code not in found]
        if missing:
            raise NotFoundError(
                f"No attendee of this event has the code {', '.join(missing)}; "
                "'catchdesk attendees' lists the codes."
            )
        cancelled = [a for a in people if a.status == AttendeeStatus.CANCELLED.value]
        if cancelled:
            names = ", ".join(f"{a.full_name} ({a.code})" for a in cancelled)
            raise CatchDeskError(f"The registration of {names} was cancelled: no badge for them.")
    else:
        query = query.where(Attendee.status.notin_(INACTIVE_STATUSES))
        if role is not None:
            query = query.where(Attendee.role == role)
        people = list(session.scalars(query))
    if role is not None:
        people = [a for a in people if a.role == role]
    if unprinted_only:
        printed = printed_ids(session, event)
        people = [a for a in people if a.id not in printed]
    people.sort(key=_sort_key)
    return people


def record_prints(
    session: Session,
    event: Event,
    attendee_ids: list[str],
    layout: str,
    destination: str,
    desk: str,
) -> int:
    """Log that these attendees' badges went to paper (or to a PDF for printing).

    Small runs go through the ORM and its journal hook; a morning run of 900 uses one bulk
    insert with :func:`record_rows`, which journals the same rows.
    """
    if not attendee_ids:
        return 0
    now = utcnow()
    if len(attendee_ids) <= BULK:
        for attendee_id in attendee_ids:
            session.add(
                BadgePrint(
                    event_id=event.id,
                    attendee_id=attendee_id,
                    printed_at=now,
                    layout=layout,
                    destination=destination[:400],
                    desk=desk[:120],
                )
            )
        session.flush()
        return len(attendee_ids)
    device = session.info.get("device_id")
    rows = [
        {
            "id": new_id(),
            "created_at": now,
            "origin_device_id": device,
            "event_id": event.id,
            "attendee_id": attendee_id,
            "printed_at": now,
            "layout": layout,
            "destination": destination[:400],
            "desk": desk[:120],
        }
        for attendee_id in attendee_ids
    ]
    record_rows(session, BadgePrint, rows)
    return len(rows)


def printed_ids(session: Session, event: Event) -> set[str]:
    """Ids of attendees whose badge was printed at least once."""
    return set(
        session.scalars(
            select(BadgePrint.attendee_id).where(BadgePrint.event_id == event.id).distinct()
        )
    )
