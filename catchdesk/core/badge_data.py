"""What a badge shows about one person, as plain values.

Kept apart from :mod:`catchdesk.core.badges` (which queries the store) so that the paper code in
:mod:`catchdesk.documents` can take badge data without importing the ORM or SQLAlchemy: a GUI
preview or a test can draw a badge for a person who is not in any store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

PARTICIPANT = "participant"


class BadgeSource(Protocol):
    """Anything with an attendee's fields (the ORM row, an imported row, a test double)."""

    code: str
    first_name: str
    last_name: str
    organisation: str
    role: str


@dataclass(frozen=True)
class BadgeData:
    code: str
    first_name: str
    last_name: str
    organisation: str = ""
    role: str = PARTICIPANT

    @classmethod
    def from_attendee(cls, attendee: BadgeSource) -> BadgeData:
        """Trimmed names, the code in capitals (as the QR carries it), the role in lower case."""
        return cls(
            code=attendee.code.upper(),
            first_name=(attendee.first_name or "").strip(),
            last_name=(attendee.last_name or "").strip(),
            organisation=(attendee.organisation or "").strip(),
            role=(attendee.role or PARTICIPANT).strip().lower(),
        )
