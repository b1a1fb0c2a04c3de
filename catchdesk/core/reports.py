"""The live figures of the statistics screen, the exports and the one-page summary.

The screen refreshes them every few seconds while the doors are open, on stores of up to
100,000 attendees, so every count is an aggregate computed by the database: Python only sees a
few hundred grouped rows (quarter hours, sectors, distinct answers to the "needs" question),
never one row per attendee.

"Came" means the same everywhere (status bar, ``catchdesk stats``, this report): a standing
(not revoked) entrance check-in of an attendee who did not cancel and was not merged into
another record. Sectors and needs are those of the people who came, because that is what the
regional plan wants to map.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import case, extract, func, literal, literal_column, select, union_all
from sqlalchemy.orm import Session

from catchdesk.core.models import (
    INACTIVE_STATUSES,
    Attendee,
    AttendeeStatus,
    BookingStatus,
    Checkin,
    CheckinRevocation,
    Event,
)
from catchdesk.core.stats import coaching_figures, workshop_figures
from catchdesk.core.textfold import fold
from catchdesk.core.timeutil import UTC, local_iso, utcnow
from catchdesk.core.walk_ins import WALK_IN_SOURCE

QUARTER_HOUR_S = 15 * 60
MAX_FILLED_SLOTS = 4 * 24
"""Empty quarter hours between arrivals are shown as zeros (a gap is news), over one day at most:
a test scan made the week before must not stretch the chart to hundreds of empty bars."""

NOT_BOOKED = (BookingStatus.CANCELLED.value, BookingStatus.TO_REBOOK.value)
"""Booking statuses that do not count as a coaching session booked."""

NOT_GIVEN = ""
"""The label of people who left the sector or the needs question empty (shown as "not given")."""

# Registration forms collect needs as ticked boxes ("site web, e-commerce") or free text on
# several lines; both come apart on commas, semicolons, line breaks, pipes and bullets. A slash
# stays inside an answer ("IT/numérique", "SEO / référencement"), and so does the middle dot of
# French inclusive writing ("trouver un·e graphiste").
_NEED_SEPARATORS = re.compile(r"[,;\n\r|•]+")


@dataclass(frozen=True)
class Tally:
    """How many people gave one answer; ``label`` is :data:`NOT_GIVEN` for an empty answer."""

    label: str
    count: int

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.label or None, "count": self.count}


@dataclass(frozen=True)
class ArrivalSlot:
    """The people whose first arrival fell in the quarter hour starting at ``starts_at``."""

    starts_at: dt.datetime
    """Aware, in the event's time zone: the venue's wall clock."""
    count: int

    def to_dict(self) -> dict[str, Any]:
        return {"starts_at": self.starts_at.isoformat(timespec="minutes"), "count": self.count}


@dataclass(frozen=True)
class CoachingUse:
    """The coaching figures an organiser reads: booked, held, missed, and the offer."""

    coaches: int
    slots: int
    booked: int
    """Bookings not cancelled, whatever happened to them afterwards."""
    held: int
    """Bookings where the person came (arrived or done)."""
    no_shows: int


@dataclass(frozen=True)
class Figures:
    """Everything the statistics screen, the exports and the summary PDF show."""

    event_id: str
    event_name: str
    event_date: dt.date
    venue: str
    timezone: str
    computed_at: dt.datetime
    registered: int
    cancelled: int
    checked_in: int
    walk_ins: int
    arrivals: tuple[ArrivalSlot, ...]
    workshops: tuple[dict[str, Any], ...]
    sectors: tuple[Tally, ...]
    needs: tuple[Tally, ...]
    coaching: dict[str, Any] = field(default_factory=dict)

    @property
    def attendance_rate(self) -> float:
        return self.checked_in / self.registered if self.registered else 0.0

    @property
    def peak(self) -> ArrivalSlot | None:
        """The busiest quarter hour (the earliest of equals), None before anyone came."""
        best = None
        for slot in self.arrivals:
            if best is None or slot.count > best.count:
                best = slot
        return best

    @property
    def coaching_use(self) -> CoachingUse:
        return coaching_use(self.coaching)

    def to_dict(self) -> dict[str, Any]:
        use = self.coaching_use
        return {
            "event": {
                "id": self.event_id,
                "name": self.event_name,
                "date": self.event_date.isoformat(),
                "venue": self.venue,
                "timezone": self.timezone,
            },
            "computed_at": local_iso(self.computed_at, self.timezone),
            "registered": self.registered,
            "cancelled": self.cancelled,
            "checked_in": self.checked_in,
            "attendance_rate": round(self.attendance_rate, 4),
            "walk_ins": self.walk_ins,
            "arrivals": [slot.to_dict() for slot in self.arrivals],
            "workshops": list(self.workshops),
            "sectors": [tally.to_dict() for tally in self.sectors],
            "needs": [tally.to_dict() for tally in self.needs],
            "coaching": {
                **self.coaching,
                "use": {"booked": use.booked, "held": use.held, "no_shows": use.no_shows},
            },
        }


def live_figures(session: Session, event: Event, *, now: dt.datetime | None = None) -> Figures:
    """The figures of ``event`` as the store holds them now.

    One statement counts registrations, arrivals, sectors and needs (see :func:`_people_counts`);
    the workshops and the coaching add a few small grouped queries.
    """
    counts = _people_counts(session, event.id)
    registered = cancelled = walk_ins = 0
    for status, walked_in, count in counts["registrations"]:
        if status == AttendeeStatus.CANCELLED:
            cancelled += count
        elif status not in INACTIVE_STATUSES:  # a merged duplicate is nobody of its own
            registered += count
            walk_ins += count if walked_in else 0
    arrivals = _arrival_slots(counts["arrivals"], event.timezone)
    return Figures(
        event_id=event.id,
        event_name=event.name,
        event_date=event.starts_on,
        venue=event.venue,
        timezone=event.timezone,
        computed_at=now or utcnow(),
        registered=registered,
        cancelled=cancelled,
        checked_in=sum(slot.count for slot in arrivals),
        walk_ins=walk_ins,
        arrivals=arrivals,
        workshops=tuple(workshop_figures(session, event)),
        sectors=tally_labels((label, n) for label, _, n in counts["sectors"]),
        needs=tally_needs((label, n) for label, _, n in counts["needs"]),
        coaching=coaching_figures(session, event),
    )


def coaching_use(coaching: dict[str, Any]) -> CoachingUse:
    """Booked / held / no-shows from the per-status booking counts of
    :func:`~catchdesk.core.stats.coaching_figures`, whatever else the coaching engine adds.

    A session is booked unless it was cancelled or must be rebooked (two desks gave the slot
    away offline); it was held when the person came (arrived or done).
    """
    bookings: dict[str, int] = dict(coaching.get("bookings") or {})
    held = bookings.get(BookingStatus.ARRIVED, 0) + bookings.get(BookingStatus.DONE, 0)
    return CoachingUse(
        coaches=int(coaching.get("coaches", 0)),
        slots=int(coaching.get("slots", 0)),
        booked=sum(n for status, n in bookings.items() if status not in NOT_BOOKED),
        held=held,
        no_shows=bookings.get(BookingStatus.NO_SHOW, 0),
    )


# -- needs and sectors ------------------------------------------------------------------------


def split_needs(text: str) -> list[str]:
    """The separate needs in one answer, each once, in the order given ("" gives none)."""
    seen: set[str] = set()
    needs: list[str] = []
    for part in _NEED_SEPARATORS.split(text or ""):
        need = " ".join(part.split()).strip(" .-–—*")
        key = fold(need)
        if need and key not in seen:
            seen.add(key)
            needs.append(need)
    return needs


def tally_labels(rows: Iterable[tuple[str | None, int]]) -> tuple[Tally, ...]:
    """Counts of answers grouped regardless of case, accents and spacing, largest first.

    "Commerce", "commerce " and "COMMERCE" are one sector, shown in its most common spelling;
    empty answers are counted under :data:`NOT_GIVEN`, which always comes last.
    """
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for label, count in rows:
        text = " ".join((label or "").split())
        key = fold(text)
        counts[key] += count
        spellings[key][text] += count
    return _ordered(counts, spellings)


def tally_needs(rows: Iterable[tuple[str | None, int]]) -> tuple[Tally, ...]:
    """Per need, how many people named it (a person naming three needs counts for each)."""
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for answer, count in rows:
        needs = split_needs(answer or "")
        for need in needs:
            key = fold(need)
            counts[key] += count
            spellings[key][need] += count
        if not needs:
            counts[NOT_GIVEN] += count
            spellings[NOT_GIVEN][NOT_GIVEN] += count
    return _ordered(counts, spellings)


def _ordered(counts: Counter[str], spellings: dict[str, Counter[str]]) -> tuple[Tally, ...]:
    def label(key: str) -> str:
        # The most common spelling; among equals the one a sorted list would show first.
        best = max(spellings[key].items(), key=lambda item: (item[1], _reverse(item[0])))
        return best[0]

    given = [Tally(label(key), n) for key, n in counts.items() if key != NOT_GIVEN and n]
    given.sort(key=lambda tally: (-tally.count, fold(tally.label)))
    if counts.get(NOT_GIVEN):
        given.append(Tally(NOT_GIVEN, counts[NOT_GIVEN]))
    return tuple(given)


def _reverse(text: str) -> tuple[int, ...]:
    """A key under which ``max`` prefers the string that sorts first."""
    return tuple(-ord(ch) for ch in text)


# -- queries ----------------------------------------------------------------------------------


def _people_counts(session: Session, event_id: str) -> dict[str, list[tuple[Any, int, int]]]:
    """Registrations, arrival quarter hours, sectors and needs, grouped in one statement.

    Two common table expressions are read once and grouped four ways: ``present`` (each
    attendee's first standing entrance check-in) and ``people`` (every attendee of the event with
    the quarter hour they arrived in, or NULL). On 100,000 attendees that is one pass over each
    table instead of one per figure; SQLite and PostgreSQL both materialise a CTE that is used
    several times.

    The database buckets seconds since the epoch by 900: a quarter hour in UTC is a quarter
    hour on the wall clock because every time zone in use today is offset from UTC by a
    multiple of 15 minutes (Brussels by 60 or 120, Kathmandu by 345), so no zone database is
    needed inside SQLite. Rows come back as (kind, label, number, count).
    """
    present = (
        select(Checkin.attendee_id.label("attendee_id"), func.min(Checkin.scanned_at).label("at"))
        .outerjoin(CheckinRevocation, CheckinRevocation.checkin_id == Checkin.id)
        .where(
            Checkin.event_id == event_id,
            Checkin.workshop_id.is_(None),
            CheckinRevocation.id.is_(None),
        )
        .group_by(Checkin.attendee_id)
        .cte("present")
    )
    seconds = extract("epoch", present.c.at)
    people = (
        select(
            Attendee.status.label("status"),
            case((Attendee.source == WALK_IN_SOURCE, 1), else_=0).label("walk_in"),
            Attendee.sector.label("sector"),
            Attendee.needs.label("needs"),
            (seconds - seconds % QUARTER_HOUR_S).label("bucket"),
        )
        .outerjoin(present, present.c.attendee_id == Attendee.id)
        .where(Attendee.event_id == event_id)
        .cte("people")
    )
    came = (people.c.bucket.is_not(None), people.c.status.notin_(INACTIVE_STATUSES))
    nothing = literal_column("NULL")
    count = func.count().label("n")
    statement = union_all(
        select(literal("registrations"), people.c.status, people.c.walk_in, count).group_by(
            people.c.status, people.c.walk_in
        ),
        select(literal("arrivals"), nothing, people.c.bucket, count)
        .where(*came)
        .group_by(people.c.bucket),
        select(literal("sectors"), people.c.sector, nothing, count)
        .where(*came)
        .group_by(people.c.sector),
        select(literal("needs"), people.c.needs, nothing, count)
        .where(*came)
        .group_by(people.c.needs),
    )
    grouped: dict[str, list[tuple[Any, int, int]]] = {
        "registrations": [],
        "arrivals": [],
        "sectors": [],
        "needs": [],
    }
    for kind, label, number, n in session.execute(statement):
        grouped[kind].append((label, int(number or 0), int(n)))
    return grouped


def _arrival_slots(rows: list[tuple[Any, int, int]], zone_name: str) -> tuple[ArrivalSlot, ...]:
    """Quarter hours from the first arrival to the last, on the venue's wall clock."""
    counts = {start: n for _, start, n in rows}
    if not counts:
        return ()
    zone = ZoneInfo(zone_name)
    first, last = min(counts), max(counts)
    if (last - first) // QUARTER_HOUR_S < MAX_FILLED_SLOTS:
        starts: Iterable[int] = range(first, last + QUARTER_HOUR_S, QUARTER_HOUR_S)
    else:
        starts = sorted(counts)
    return tuple(
        ArrivalSlot(dt.datetime.fromtimestamp(start, UTC).astimezone(zone), counts.get(start, 0))
        for start in starts
    )
