"""Finding the person a coaching desk means: a scan, an id, or a few letters of a name.

At the coaching desk the person is scanned (their badge, or the ticketing platform's e-mail
ticket, read through whatever keyboard layout the scanner has) or typed. One function takes
any of these and returns exactly one attendee, or says plainly why it cannot.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.checkin import resolve
from catchdesk.core.codes import format_code
from catchdesk.core.errors import CatchDeskError, NotFoundError
from catchdesk.core.ids import matches_id
from catchdesk.core.models import Attendee, Event
from catchdesk.core.scan import read_scan
from catchdesk.core.search import search_attendees

_HEX = frozenset("0123456789abcdef")


def find_attendee(session: Session, event: Event, text: str) -> Attendee:
    """The one attendee ``text`` names: an id (whole, first or last characters), a scanned
    ticket or external code, or words of a name that match a single person."""
    given = text.strip()
    if not given:
        raise CatchDeskError("Give an attendee: scan their code, or type an id or a name.")
    attendee = session.get(Attendee, given.lower())
    if attendee is not None and attendee.event_id == event.id:
        return attendee
    found = resolve(session, event, read_scan(given)).attendee
    if found is not None:
        return found
    by_id = _by_partial_id(session, event, given)
    if by_id is not None:
        return by_id
    hits = search_attendees(session, event, given, limit=6)
    if len(hits) == 1:
        return hits[0].attendee
    if not hits:
        raise NotFoundError(f"Nobody matches '{given}': scan their badge or search another name.")
    names = "; ".join(f"{h.attendee.full_name} ({format_code(h.attendee.code)})" for h in hits[:5])
    raise CatchDeskError(f"'{given}' matches several people ({names}); scan or give the code.")


def _by_partial_id(session: Session, event: Event, given: str) -> Attendee | None:
    compact = given.lower().replace("-", "")
    if len(compact) < 6 or not set(compact) <= _HEX:
        return None
    # The last group of a UUID is 12 hex digits, so a short id (≤ 12) is a suffix of the text.
    pattern = f"%{given.lower()}" if len(compact) <= 12 and "-" not in given else None
    query = select(Attendee).where(Attendee.event_id == event.id)
    if pattern is not None:
        query = query.where(Attendee.id.like(pattern) | Attendee.id.like(f"{compact[:8]}%"))
    else:
        query = query.where(Attendee.id.like(f"{given.lower()[:8]}%"))
    matches = [a for a in session.scalars(query.limit(20)) if matches_id(a.id, given)]
    return matches[0] if len(matches) == 1 else None
