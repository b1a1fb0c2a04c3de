"""Undoing a check-in: a revocation row points at it, the check-in itself stays in history.

A desk that admitted the wrong person (two people with the same name, a slip of the arrow key)
must be able to take it back at once, and sync must still see both facts; so nothing is
deleted, and "standing" check-ins are those without a revocation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.attendees import attendee_dict
from catchdesk.core.models import Attendee, Checkin, CheckinRevocation, Event, Workshop
from catchdesk.core.timeutil import local_iso


@dataclass
class Undone:
    checkin: Checkin
    attendee: Attendee
    workshop: Workshop | None

    def to_dict(self, event: Event) -> dict[str, Any]:
        return {
            "undone": True,
            "checkin_id": self.checkin.id,
            "scanned_at": local_iso(self.checkin.scanned_at, event.timezone),
            "desk": self.checkin.desk,
            "workshop": self.workshop.title if self.workshop else None,
            "attendee": attendee_dict(self.attendee, event, None),
        }


def undo_last_checkin(
    session: Session, event: Event, desk: str, *, reason: str = "undo"
) -> Undone | None:
    """Revoke the most recent standing check-in made at ``desk``; None when there is none."""
    latest = session.scalars(
        select(Checkin)
        .outerjoin(CheckinRevocation, CheckinRevocation.checkin_id == Checkin.id)
        .where(
            Checkin.event_id == event.id,
            Checkin.desk == desk,
            CheckinRevocation.id.is_(None),
        )
        .order_by(Checkin.scanned_at.desc(), Checkin.id.desc())
        .limit(1)
    ).first()
    if latest is None:
        return None
    revoke_checkin(session, latest, desk=desk, reason=reason)
    attendee = session.get(Attendee, latest.attendee_id)
    assert attendee is not None
    workshop = session.get(Workshop, latest.workshop_id) if latest.workshop_id else None
    return Undone(latest, attendee, workshop)


def revoke_checkin(session: Session, checkin: Checkin, *, desk: str, reason: str = "") -> None:
    session.add(
        CheckinRevocation(
            event_id=checkin.event_id, checkin_id=checkin.id, desk=desk, reason=reason
        )
    )
    session.flush()
