"""Which event a desk or a command works on, read without the ORM.

The desk window chooses its event and draws its title before any ORM class is mapped: mapping
the schema's classes and configuring them takes ~75 ms, time desk staff would wait for the
scan field. These statements name the ``events`` table's columns with lightweight
``table()``/``column()`` clauses, which cost nothing to build; the migrations own the schema.
"""

from __future__ import annotations

from sqlalchemy import Connection, column, select, table
from sqlalchemy.orm import Session

from catchdesk.core.errors import CatchDeskError, NotFoundError
from catchdesk.core.ids import matches_id, short_id

EVENTS = table(
    "events",
    column("id"),
    column("name"),
    column("starts_on"),
    column("created_at"),
    column("timezone"),
)


def find_event_id(reader: Session | Connection, selector: str | None = None) -> str:
    """The id of the event to work on: the only one, or the one named by id, id prefix or name."""
    rows = reader.execute(
        select(EVENTS.c.id, EVENTS.c.name, EVENTS.c.starts_on).order_by(
            EVENTS.c.starts_on, EVENTS.c.created_at
        )
    ).all()
    if not rows:
        raise NotFoundError(
            "This store has no event yet: create one with 'catchdesk event new --name NAME "
            "--date YYYY-MM-DD' or try 'catchdesk demo'."
        )
    if selector is None:
        if len(rows) == 1:
            return str(rows[0].id)
        listing = "; ".join(f"{short_id(r.id)} {r.name} ({r.starts_on})" for r in rows)
        raise CatchDeskError(
            f"This store has {len(rows)} events; pick one with --event: {listing}."
        )
    wanted = selector.strip().casefold()
    matches = [r for r in rows if matches_id(r.id, wanted) or r.name.casefold() == wanted]
    if len(matches) == 1:
        return str(matches[0].id)
    if not matches:
        raise NotFoundError(f"No event matches '{selector}'; 'catchdesk event list' shows them.")
    raise CatchDeskError(f"'{selector}' matches {len(matches)} events; give more of the id.")


def event_heading(reader: Session | Connection, event_id: str) -> tuple[str, str]:
    """(name, time zone) of an event, for a window title."""
    row = reader.execute(
        select(EVENTS.c.name, EVENTS.c.timezone).where(EVENTS.c.id == event_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError(f"The event {short_id(event_id)} is not in this store.")
    return str(row.name), str(row.timezone)
