"""Verdicts: what a desk shows after a scan, with the CLI's JSON form (DESIGN.md §5 and §7).

Kept apart from the rules that produce them so the GUI's verdict panel, the CLI and the sync
conflict screen can read a verdict without importing the check-in machinery.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from catchdesk.core.timeutil import local_iso

if TYPE_CHECKING:  # the desk window draws verdicts before the ORM classes are mapped
    from catchdesk.core.models import Attendee, Event, Workshop


class Status(enum.StrEnum):
    CHECKED_IN = "checked_in"
    ALREADY_CHECKED_IN = "already_checked_in"
    UNKNOWN = "unknown"
    INVALID = "invalid"
    OTHER_EVENT = "other_event"
    CANCELLED = "cancelled"
    NOT_ENROLLED = "not_enrolled"
    FULL = "full"


SEVERITY = {
    Status.CHECKED_IN: "ok",
    Status.ALREADY_CHECKED_IN: "warning",
    Status.NOT_ENROLLED: "warning",
    Status.UNKNOWN: "refused",
    Status.INVALID: "refused",
    Status.OTHER_EVENT: "refused",
    Status.CANCELLED: "refused",
    Status.FULL: "refused",
}


@dataclass
class Verdict:
    """What the desk shows after a scan; ``to_dict`` is the CLI's JSON contract."""

    status: Status
    message: str
    event: Event
    scan: str
    attendee: Attendee | None = None
    first_checkin_at: dt.datetime | None = None
    desk: str | None = None
    workshop: Workshop | None = None
    checkin_id: str | None = None
    repeated: bool = False
    inside: int | None = None
    other_event_name: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def severity(self) -> str:
        return SEVERITY[self.status]

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract; call it inside the session (it reads the external codes)."""
        from catchdesk.core.attendees import attendee_dict

        zone = self.event.timezone
        attendee = None
        if self.attendee is not None:
            first = (self.first_checkin_at, self.desk or "") if self.first_checkin_at else None
            attendee = attendee_dict(self.attendee, self.event, first)
        workshop = None
        if self.workshop is not None:
            workshop = {
                "id": self.workshop.id,
                "title": self.workshop.title,
                "room": self.workshop.room,
                "capacity": self.workshop.capacity,
                "inside": self.inside,
            }
        return {
            "status": self.status.value,
            "severity": self.severity,
            "attendee": attendee,
            "first_checkin_at": local_iso(self.first_checkin_at, zone),
            "desk": self.desk,
            "message": self.message,
            "workshop": workshop,
            "checkin_id": self.checkin_id,
            "repeated": self.repeated,
            "scan": self.scan,
        }
