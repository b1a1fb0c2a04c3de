"""The organiser's attendee table: filter and sort everyone, then read only the rows on screen.

Filtering and sorting happen in memory, on an
:class:`~catchdesk.core.attendee_index.AttendeeIndex` (the narrow columns of every attendee,
read once); the view then reads the handful of rows it
shows with :func:`load_rows`, window by window, as the user scrolls (Anki's browser, DESIGN.md
§8). Names and organisations sort on their folded form (the search text), so "Öztürk" sorts
among the O's and "de Smet" among the D's, as a person expects; blank organisations, sectors
and e-mails, and people not yet arrived, stay at the end in both directions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catchdesk.core.attendee_index import AttendeeIndex, row_status
from catchdesk.core.attendee_query import (
    NO_SECTOR,
    AttendeeRow,
    RowStatus,
    SortKey,
    StatusFilter,
    TableQuery,
    WorkshopLink,
)
from catchdesk.core.models import Attendee, Checkin, CheckinRevocation, Enrolment, Workshop
from catchdesk.core.textfold import fold

__all__ = [
    "NO_SECTOR",
    "AttendeeIndex",
    "AttendeeRow",
    "RowStatus",
    "SortKey",
    "StatusFilter",
    "TableQuery",
    "WorkshopLink",
    "load_rows",
    "matching_ids",
    "sectors_in_use",
    "workshop_choices",
    "workshop_members",
]


def workshop_members(session: Session, workshop_id: str, link: WorkshopLink) -> set[str]:
    """Ids of the people admitted at a workshop's door (standing check-ins) or enrolled in it."""
    link = WorkshopLink(link)
    found: set[str] = set()
    if link in (WorkshopLink.ATTENDED, WorkshopLink.EITHER):
        found.update(
            session.scalars(
                select(Checkin.attendee_id)
                .outerjoin(CheckinRevocation, CheckinRevocation.checkin_id == Checkin.id)
                .where(Checkin.workshop_id == workshop_id, CheckinRevocation.id.is_(None))
            )
        )
    if link in (WorkshopLink.ENROLLED, WorkshopLink.EITHER):
        found.update(
            session.scalars(
                select(Enrolment.attendee_id).where(Enrolment.workshop_id == workshop_id)
            )
        )
    return found


def matching_ids(session: Session, index: AttendeeIndex, query: TableQuery) -> list[str]:
    """The ids of everyone the query selects, in its order: the index plus the workshop."""
    members = None
    if query.workshop_id is not None:
        members = workshop_members(session, query.workshop_id, query.workshop_link)
    return index.select(query, members)


def load_rows(session: Session, ids: Sequence[str]) -> list[AttendeeRow]:
    """The rows of these attendees, in the order of ``ids`` (missing ids are left out)."""
    if not ids:
        return []
    wanted = list(ids)
    people = session.execute(
        select(
            Attendee.id,
            Attendee.code,
            Attendee.first_name,
            Attendee.last_name,
            Attendee.email,
            Attendee.organisation,
            Attendee.sector,
            Attendee.role,
            Attendee.language,
            Attendee.status,
        ).where(Attendee.id.in_(wanted))
    ).all()
    arrivals: dict[str, tuple[dt.datetime, str]] = {}
    entrance = (
        select(Checkin.attendee_id, Checkin.scanned_at, Checkin.desk)
        .outerjoin(CheckinRevocation, CheckinRevocation.checkin_id == Checkin.id)
        .where(
            Checkin.attendee_id.in_(wanted),
            Checkin.workshop_id.is_(None),
            CheckinRevocation.id.is_(None),
        )
        .order_by(Checkin.scanned_at, Checkin.id)
    )
    for attendee_id, scanned_at, desk in session.execute(entrance):
        arrivals.setdefault(attendee_id, (scanned_at, desk))
    rows: dict[str, AttendeeRow] = {}
    for person in people:
        arrival = arrivals.get(person.id)
        rows[person.id] = AttendeeRow(
            id=person.id,
            code=person.code,
            first_name=person.first_name,
            last_name=person.last_name,
            email=person.email,
            organisation=person.organisation,
            sector=person.sector,
            role=person.role,
            language=person.language,
            status=row_status(person.status, arrival is not None),
            checked_in_at=arrival[0] if arrival else None,
            desk=arrival[1] if arrival else "",
        )
    return [rows[attendee_id] for attendee_id in wanted if attendee_id in rows]


def attendee_count(session: Session, event_id: str) -> int:
    """Everyone recorded for the event, whatever their status: the size of the full list."""
    return int(
        session.scalar(
            select(func.count()).select_from(Attendee).where(Attendee.event_id == event_id)
        )
        or 0
    )


def sectors_in_use(index: AttendeeIndex) -> list[str]:
    """The sectors people of the event gave, for the filter's choices (unknown left out)."""
    return sorted({sector for sector in index.sectors if sector}, key=fold)


def workshop_choices(session: Session, event_id: str) -> list[tuple[str, str]]:
    """(id, title) of the event's workshops in programme order, for the filter's choices."""
    rows = session.execute(
        select(Workshop.id, Workshop.title)
        .where(Workshop.event_id == event_id)
        .order_by(Workshop.starts_at, Workshop.room, Workshop.title, Workshop.id)
    )
    return [(workshop_id, title) for workshop_id, title in rows]
