"""Coaches: who gives advice, on which topics, in which languages, at which table.

Topics are matched the way desk staff type them (``referencement`` finds ``référencement``),
so a coach's topics and a requested topic are compared folded; languages are two-letter codes.
Every coach gets a colour, because the day grid and the printed overview tell coaches apart
by colour *and* name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Text, bindparam, cast, func, select
from sqlalchemy.orm import Session

from catchdesk.core.coaching.errors import SetupRefused
from catchdesk.core.errors import CatchDeskError, NotFoundError
from catchdesk.core.ids import matches_id, short_id
from catchdesk.core.models import Attendee, Coach, Event
from catchdesk.core.textfold import fold

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
# Tango colours: distinct from each other, and white text on them stays readable.
PALETTE = (
    "#3465a4",
    "#4e9a06",
    "#c4a000",
    "#ce5c00",
    "#75507b",
    "#cc0000",
    "#06989a",
    "#8f5902",
    "#204a87",
    "#5c3566",
)


@dataclass(frozen=True)
class CoachInfo:
    """A coach as screens and rules read them, free of the session."""

    id: str
    name: str
    organisation: str
    topics: tuple[str, ...]
    languages: tuple[str, ...]
    place: str
    colour: str
    attendee_id: str | None = None
    folded_topics: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Folded once: "next free" asks every coach about a topic on every call.
        object.__setattr__(self, "folded_topics", frozenset(fold(t).strip() for t in self.topics))

    def covers(self, topic: str | None) -> bool:
        """True for no topic (any will do) or one of the coach's topics, folded."""
        return self.covers_folded(fold(topic or "").strip())

    def covers_folded(self, wanted: str) -> bool:
        return not wanted or wanted in self.folded_topics

    def speaks(self, language: str | None) -> bool:
        return not language or language.strip().lower() in self.languages

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "organisation": self.organisation,
            "topics": list(self.topics),
            "languages": list(self.languages),
            "place": self.place,
            "colour": self.colour,
            "attendee_id": self.attendee_id,
        }


def coach_info(coach: Coach) -> CoachInfo:
    return CoachInfo(
        id=coach.id,
        name=coach.name,
        organisation=coach.organisation,
        topics=tuple(coach.topics or ()),
        languages=tuple(coach.languages or ()),
        place=coach.place,
        colour=coach.colour,
        attendee_id=coach.attendee_id,
    )


def clean_topics(topics: Iterable[str]) -> list[str]:
    """Topics trimmed, empty ones dropped, each once (compared folded), in the given order."""
    seen: set[str] = set()
    kept: list[str] = []
    for topic in topics:
        text = " ".join(topic.split())
        key = fold(text)
        if text and key not in seen:
            seen.add(key)
            kept.append(text)
    return kept


def clean_languages(languages: Iterable[str]) -> list[str]:
    kept: list[str] = []
    for language in languages:
        code = language.strip().lower()
        if not _LANGUAGE.match(code):
            raise SetupRefused("bad_language", code=language)
        if code not in kept:
            kept.append(code)
    return kept


def _clean_colour(colour: str) -> str:
    if not _COLOUR.match(colour.strip()):
        raise SetupRefused("bad_colour", colour=colour)
    return colour.strip().lower()


def create_coach(
    session: Session,
    event: Event,
    *,
    name: str,
    organisation: str = "",
    topics: Iterable[str] = (),
    languages: Iterable[str] = ("fr",),
    place: str = "",
    colour: str | None = None,
    attendee_id: str | None = None,
) -> Coach:
    """Add a coach; without a colour they get the next one of :data:`PALETTE`."""
    if not name.strip():
        raise SetupRefused("coach_needs_name")
    if attendee_id is not None:
        _check_attendee(session, event, attendee_id)
    if colour is None:
        count = session.scalar(select(func.count()).where(Coach.event_id == event.id)) or 0
        colour = PALETTE[count % len(PALETTE)]
    coach = Coach(
        event_id=event.id,
        name=" ".join(name.split()),
        organisation=organisation.strip(),
        topics=clean_topics(topics),
        languages=clean_languages(languages),
        place=place.strip(),
        colour=_clean_colour(colour),
        attendee_id=attendee_id,
    )
    session.add(coach)
    session.flush()
    return coach


def update_coach(
    session: Session,
    event: Event,
    coach_id: str,
    *,
    name: str | None = None,
    organisation: str | None = None,
    topics: Iterable[str] | None = None,
    languages: Iterable[str] | None = None,
    place: str | None = None,
    colour: str | None = None,
) -> Coach:
    """Change what is given (``None`` keeps a field); bookings already made stay as they are."""
    coach = get_coach(session, event, coach_id)
    if name is not None:
        if not name.strip():
            raise SetupRefused("coach_needs_name")
        coach.name = " ".join(name.split())
    if organisation is not None:
        coach.organisation = organisation.strip()
    if topics is not None:
        coach.topics = clean_topics(topics)
    if languages is not None:
        coach.languages = clean_languages(languages)
    if place is not None:
        coach.place = place.strip()
    if colour is not None:
        coach.colour = _clean_colour(colour)
    session.flush()
    return coach


def _check_attendee(session: Session, event: Event, attendee_id: str) -> None:
    found = session.get(Attendee, attendee_id)
    if found is None or found.event_id != event.id:
        raise NotFoundError(f"No attendee {attendee_id} in {event.name}.")


def get_coach(session: Session, event: Event, coach_id: str) -> Coach:
    coach = session.get(Coach, coach_id)
    if coach is None or coach.event_id != event.id:
        raise NotFoundError(
            f"No coach {coach_id} in {event.name}; 'catchdesk coaching coaches' lists them."
        )
    return coach


def list_coaches(session: Session, event: Event) -> list[CoachInfo]:
    """The event's coaches by place (their table number), then name."""
    return sorted(
        all_coaches(session, event), key=lambda c: (_place_key(c.place), fold(c.name), c.id)
    )


def _place_key(place: str) -> tuple[str, int, str]:
    """ "Table 2" before "Table 10": the number in a place name sorts as a number."""
    match = re.search(r"\d+", place)
    if match is None:
        return (fold(place), 0, "")
    return (fold(place[: match.start()]), int(match.group()), fold(place[match.end() :]))


def coaching_topics(session: Session, event: Event) -> list[str]:
    """Every topic some coach covers, once each, alphabetically (for a topic picker)."""
    topics: dict[str, str] = {}
    for (coach_topics,) in session.execute(select(Coach.topics).where(Coach.event_id == event.id)):
        for topic in coach_topics or ():
            topics.setdefault(fold(topic), topic)
    return [topics[key] for key in sorted(topics)]


# Topics and languages are read as their stored JSON text: comparing text is how
# :func:`all_coaches` knows its cached answer still holds, and decoding it is the costly part.
_COACH_COLUMNS = select(
    Coach.id,
    Coach.name,
    Coach.organisation,
    cast(Coach.topics, Text),
    cast(Coach.languages, Text),
    Coach.place,
    Coach.colour,
    Coach.attendee_id,
)
_EVENT_COACHES = _COACH_COLUMNS.where(Coach.event_id == bindparam("event")).order_by(Coach.id)
_ONE_COACH = _COACH_COLUMNS.where(
    Coach.id == bindparam("coach"), Coach.event_id == bindparam("event")
)
_KNOWN: dict[str, tuple[tuple[Any, ...], list[CoachInfo]]] = {}


def _info(row: Any) -> CoachInfo:
    id_, name, org, topics, langs, place, colour, person = row
    return CoachInfo(
        id_,
        name,
        org,
        tuple(json.loads(topics) if topics else ()),
        tuple(json.loads(langs) if langs else ()),
        place,
        colour,
        person,
    )


def all_coaches(session: Session, event: Event) -> list[CoachInfo]:
    """Every coach of the event, read as plain columns.

    "Next free slot" asks this on every call; the rows are always read (another desk or a sync
    may have changed a coach), but they are decoded again only when they differ from last time.
    """
    rows = tuple(
        tuple(row) for row in session.connection().execute(_EVENT_COACHES, {"event": event.id})
    )
    known = _KNOWN.get(event.id)
    if known is not None and known[0] == rows:
        return list(known[1])
    infos = [_info(row) for row in rows]
    _KNOWN[event.id] = (rows, infos)
    return list(infos)


def coach_by_id(session: Session, event: Event, coach_id: str) -> CoachInfo:
    row = session.connection().execute(_ONE_COACH, {"coach": coach_id, "event": event.id}).first()
    if row is None:
        raise NotFoundError(
            f"No coach {coach_id} in {event.name}; 'catchdesk coaching coaches' lists them."
        )
    return _info(row)


def fitting_coaches(
    coaches: Iterable[CoachInfo],
    *,
    topic: str | None = None,
    language: str | None = None,
    coach_id: str | None = None,
) -> list[CoachInfo]:
    """Coaches who cover ``topic`` and speak ``language`` (``None``: any), or the one asked."""
    wanted = fold(topic or "").strip()
    return [
        c
        for c in coaches
        if (coach_id is None or c.id == coach_id) and c.covers_folded(wanted) and c.speaks(language)
    ]


def find_coach(session: Session, event: Event, selector: str) -> CoachInfo:
    """A coach by id, its first or last characters, or words of the name or place."""
    coaches = list_coaches(session, event)
    by_id = [c for c in coaches if matches_id(c.id, selector)]
    wanted = fold(selector).strip()
    exact = [c for c in coaches if wanted in (fold(c.name), fold(c.place))]
    matches = by_id or exact or [c for c in coaches if wanted and wanted in fold(c.name)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(
            f"No coach matches '{selector}'; 'catchdesk coaching coaches' lists them."
        )
    names = "; ".join(f"{short_id(c.id)} {c.name}" for c in matches[:5])
    raise CatchDeskError(f"'{selector}' matches {len(matches)} coaches ({names}); be precise.")
