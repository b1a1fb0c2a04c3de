"""What the organiser asks the attendee table for, and what one of its rows shows.

A person's **status** here is what the organiser asks about: checked in (a standing entrance
check-in), not arrived (registered, no standing check-in), cancelled, or merged into a duplicate
(:mod:`catchdesk.core.merge`).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class StatusFilter(enum.StrEnum):
    """Who the table shows; ``ANY`` is everyone but the merged-away duplicates."""

    ANY = "any"
    REGISTERED = "registered"
    CHECKED_IN = "checked_in"
    NOT_ARRIVED = "not_arrived"
    CANCELLED = "cancelled"
    MERGED = "merged"


class RowStatus(enum.StrEnum):
    """One person's status as a row shows it."""

    CHECKED_IN = "checked_in"
    NOT_ARRIVED = "not_arrived"
    CANCELLED = "cancelled"
    MERGED = "merged"


class SortKey(enum.StrEnum):
    NAME = "name"
    FIRST_NAME = "first_name"
    ORGANISATION = "organisation"
    SECTOR = "sector"
    EMAIL = "email"
    ROLE = "role"
    STATUS = "status"
    CHECKED_IN_AT = "checked_in_at"
    CODE = "code"


class WorkshopLink(enum.StrEnum):
    """How a person relates to the workshop filter: admitted at its door, enrolled, or either."""

    ATTENDED = "attended"
    ENROLLED = "enrolled"
    EITHER = "either"


NO_SECTOR = ""
"""The sector filter value for people whose sector is not known."""


@dataclass(frozen=True)
class TableQuery:
    """What the organiser asked the table for; every field narrows, ``None`` means any."""

    status: StatusFilter = StatusFilter.ANY
    sector: str | None = None
    workshop_id: str | None = None
    workshop_link: WorkshopLink = WorkshopLink.EITHER
    text: str = ""
    sort: SortKey = SortKey.NAME
    descending: bool = False


@dataclass(frozen=True)
class AttendeeRow:
    """What one line of the table shows."""

    id: str
    code: str
    first_name: str
    last_name: str
    email: str
    organisation: str
    sector: str
    role: str
    language: str
    status: RowStatus
    checked_in_at: dt.datetime | None
    desk: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()
