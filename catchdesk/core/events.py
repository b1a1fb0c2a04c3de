"""Creating events and choosing which one a command works on.

An event is created with its own secrets: the ticket key that signs CatchDesk codes and the
Ed25519 key that signs certificates. Both are made here, once, so every later issue (badges,
certificates, sync) can rely on them existing.
"""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catchdesk.core.codes import tag_for
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.event_lookup import find_event_id
from catchdesk.core.models import Attendee, Event

DEFAULT_TIMEZONE = "Europe/Brussels"


def parse_date(text: str) -> dt.date:
    """Dates as people type them: 2026-11-26, 26/11/2026 or 26.11.2026."""
    cleaned = text.strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    raise CatchDeskError(f"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-26.")


def create_event(
    session: Session,
    name: str,
    starts_on: dt.date,
    *,
    venue: str = "",
    organiser: str = "",
    timezone: str = DEFAULT_TIMEZONE,
    ends_on: dt.date | None = None,
    is_demo: bool = False,
    secret: bytes | None = None,
    signing_key: bytes | None = None,
    event_id: str | None = None,
    created_at: dt.datetime | None = None,
    settings: dict[str, object] | None = None,
) -> Event:
    """Create an event with fresh ticket and certificate keys.

    A reproducible event (the demo) passes its own id, keys and creation time instead.
    """
    if not name.strip():
        raise CatchDeskError("An event needs a name.")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise CatchDeskError(f"'{timezone}' is not a time zone such as Europe/Brussels.") from exc
    if ends_on is not None and ends_on < starts_on:
        raise CatchDeskError("The event cannot end before it starts.")
    # Imported here: every desk start-up reads events, only creating one needs the key maker.
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    ticket_secret = secret if secret is not None else os.urandom(32)
    if signing_key is None:
        signing_key = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
    event = Event(
        name=name.strip(),
        starts_on=starts_on,
        ends_on=ends_on,
        venue=venue.strip(),
        organiser=organiser.strip(),
        timezone=timezone,
        tag=tag_for(ticket_secret),
        ticket_secret=ticket_secret,
        signing_key=signing_key,
        settings=dict(settings or {}),
        is_demo=is_demo,
    )
    if event_id is not None:
        event.id = event_id
    if created_at is not None:
        event.created_at = created_at
    session.add(event)
    session.flush()
    return event


def list_events(session: Session) -> list[tuple[Event, int]]:
    """Every event with its number of attendees, newest first."""
    counts = (
        select(Attendee.event_id, func.count().label("n")).group_by(Attendee.event_id).subquery()
    )
    rows = session.execute(
        select(Event, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.event_id == Event.id)
        .order_by(Event.starts_on.desc(), Event.created_at.desc())
    ).all()
    return [(event, count) for event, count in rows]


def select_event(session: Session, selector: str | None = None) -> Event:
    """The event a command works on (see :func:`find_event_id`), loaded."""
    event = session.get(Event, find_event_id(session, selector))
    assert event is not None  # found by the statement above, in the same transaction
    return event
