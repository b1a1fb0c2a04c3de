"""Everyone of an event as light rows, for the documents screen's pick lists.

The organiser picks badges and certificates from a list that must stay quick with 100,000
attendees: loading that many ORM objects takes seconds and hundreds of megabytes, so this reads
only the columns a list shows, plus two facts per person (came, badge printed) from two
column queries. Rows carry the stored folded search text so a list filters as the user types
without folding 100,000 names again on every key.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.attendees import first_checkins
from catchdesk.core.models import Attendee, AttendeeStatus, BadgePrint
from catchdesk.core.textfold import FIELD_SEPARATOR, fold, search_text


@dataclass(frozen=True)
class PersonRow:
    """One attendee as a pick list shows them; plain values, safe in any thread."""

    attendee_id: str
    code: str
    first_name: str
    last_name: str
    organisation: str
    email: str
    role: str
    cancelled: bool
    came: bool
    """Has a standing (not undone) entrance check-in."""
    badge_printed: bool
    search: str
    """Folded ``first | last | organisation | email``, as stored for the desk's search."""

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def matches(self, words: Iterable[str]) -> bool:
        """Whether every folded word is somewhere in the name, organisation or e-mail."""
        return all(word in self.search for word in words)


def filter_words(text: str) -> list[str]:
    """The words of what the user typed, folded like the stored search text."""
    return fold(text).split()


def people_rows(session: Session, event_id: str) -> list[PersonRow]:
    """Every attendee of the event, sorted by last name then first name, accents ignored."""
    came = first_checkins(session, event_id)
    printed = set(
        session.scalars(
            select(BadgePrint.attendee_id).where(BadgePrint.event_id == event_id).distinct()
        )
    )
    query = select(
        Attendee.id,
        Attendee.code,
        Attendee.first_name,
        Attendee.last_name,
        Attendee.organisation,
        Attendee.email,
        Attendee.role,
        Attendee.status,
        Attendee.search_text,
    ).where(Attendee.event_id == event_id)
    rows = [
        PersonRow(
            attendee_id=attendee_id,
            code=code,
            first_name=first or "",
            last_name=last or "",
            organisation=organisation or "",
            email=email or "",
            role=role or "",
            cancelled=status == AttendeeStatus.CANCELLED.value,
            came=attendee_id in came,
            badge_printed=attendee_id in printed,
            search=search or search_text(first, last, organisation, email),
        )
        for (
            attendee_id,
            code,
            first,
            last,
            organisation,
            email,
            role,
            status,
            search,
        ) in session.execute(query)
    ]
    rows.sort(key=_sort_key)
    return rows


def _sort_key(row: PersonRow) -> tuple[str, str, str]:
    """Last name, first name (folded, from the stored search text: no folding again), code."""
    first, last = [*row.search.split(FIELD_SEPARATOR), "", ""][:2]
    return (last, first, row.code)
