"""Finding people by name at the desk: accent- and case-insensitive, best matches first.

Someone without their ticket says their name; staff type a few letters of any word of it, of
the organisation or of the e-mail. On SQLite the words are looked up in the FTS5 index
(migration 0002): first as whole words, then as word beginnings, which stays in the low
milliseconds at 100,000 attendees; when no word starts that way, letters inside a word
("ukasz" in "Łukasz") are found by a substring scan. Candidates are ranked on the stored folded
text (no ORM objects, no re-folding) the way a person expects: a whole first or last name beats
the start of one, which beats the organisation, which beats the e-mail; only the winners are
loaded as attendees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import and_, select, text
from sqlalchemy.orm import Session, selectinload

from catchdesk.core.models import Attendee, Event
from catchdesk.core.textfold import FIELD_SEPARATOR, fold

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
DEFAULT_LIMIT = 50
_CANDIDATES = 300
_FTS_QUERY = text(
    "SELECT a.id, a.search_text FROM attendee_fts f CROSS JOIN attendees a ON a.rowid = f.rowid "
    "WHERE attendee_fts MATCH :match AND a.event_id = :event LIMIT :limit"
)


@dataclass(frozen=True)
class SearchHit:
    attendee: Attendee
    score: float


def query_words(query: str) -> list[str]:
    return _WORD.findall(fold(query))


def score(stored: str, words: list[str]) -> float:
    """Higher is better; ``stored`` is an attendee's search text (first | last | org | email)."""
    fields = stored.split(FIELD_SEPARATOR)
    fields += [""] * (4 - len(fields))
    names = _WORD.findall(f"{fields[0]} {fields[1]}")
    organisation = _WORD.findall(fields[2])
    email = fields[3]
    total = 0.0
    for word in words:
        if word in names:
            total += 10
        elif any(name.startswith(word) for name in names):
            total += 6 + len(word) / 10
        elif word in organisation:
            total += 5
        elif any(part.startswith(word) for part in organisation):
            total += 4
        elif email.startswith(word):
            total += 3
        elif any(word in name for name in names):
            total += 2
        elif word in email or any(word in part for part in organisation):
            total += 1
    return total


def _fts(session: Session, event: Event, words: list[str], prefix: bool) -> list[tuple[str, str]]:
    star = "*" if prefix else ""
    match = " AND ".join(f'"{word}"{star}' for word in words)
    rows = session.execute(_FTS_QUERY, {"match": match, "event": event.id, "limit": _CANDIDATES})
    return [(row[0], row[1]) for row in rows]


def _scan(session: Session, event: Event, words: list[str]) -> list[tuple[str, str]]:
    conditions = [Attendee.search_text.contains(word, autoescape=True) for word in words]
    query = select(Attendee.id, Attendee.search_text).where(
        Attendee.event_id == event.id, and_(*conditions)
    )
    return [(row[0], row[1]) for row in session.execute(query.limit(_CANDIDATES))]


def _candidates(session: Session, event: Event, words: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    if session.get_bind().dialect.name == "sqlite":
        found.update(_fts(session, event, words, prefix=False))
        if len(found) < _CANDIDATES:
            found.update(_fts(session, event, words, prefix=True))
    if not found:
        found.update(_scan(session, event, words))
    return found


def search_attendees(
    session: Session, event: Event, query: str, *, limit: int = DEFAULT_LIMIT
) -> list[SearchHit]:
    """Attendees matching every word of ``query``, best first (empty query: nobody)."""
    words = query_words(query)
    if not words:
        return []
    candidates = _candidates(session, event, words)
    if not candidates:
        return []
    ranked = sorted(
        ((score(stored, words), stored, attendee_id) for attendee_id, stored in candidates.items()),
        key=lambda item: (-item[0], item[1].split(FIELD_SEPARATOR)[1:2], item[1]),
    )[:limit]
    wanted = [attendee_id for _score, _stored, attendee_id in ranked]
    loaded = {
        attendee.id: attendee
        for attendee in session.scalars(
            select(Attendee)
            .where(Attendee.id.in_(wanted))
            .options(selectinload(Attendee.external_codes))
        )
    }
    return [
        SearchHit(loaded[attendee_id], points)
        for points, _stored, attendee_id in ranked
        if attendee_id in loaded
    ]
