"""Matching rows to the people already registered, and finding duplicates inside the file.

A row is the same person as an existing attendee when they share an external code; failing
that, the same e-mail and the same names (ignoring case and accents); failing that, the same
e-mail when exactly one attendee and exactly one row of the file have it and no ticket codes
contradict it (colleagues who share info@ are never merged). Every decision that is not
obvious is reported as a warning on its line.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.importing.report import Problem
from catchdesk.core.models import Attendee, AttendeeStatus, ExternalCode
from catchdesk.core.textfold import fold

if TYPE_CHECKING:
    from catchdesk.core.importing.plan import ImportPlan, PlannedRow

# The attendee fields an import sets, in table order.
ATTENDEE_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "organisation",
    "job_title",
    "sector",
    "role",
    "needs",
    "language",
    "consent",
    "status",
    "ticket_type",
)
# A name that differs only in case or accents is the same name: the stored spelling is kept,
# so a desk's correction ("helene" -> "Hélène") survives the next import of the export.
_NAMES = ("first_name", "last_name")


@dataclass(slots=True)
class Known:
    """An attendee already in the store, as the matcher sees it."""

    id: str
    values: dict[str, Any]
    codes: set[str]

    @property
    def name(self) -> str:
        return f"{self.values['first_name']} {self.values['last_name']}".strip()


_fold = lru_cache(maxsize=1 << 16)(fold)


def person_key(email: str, first: str, last: str) -> tuple[str, str, str]:
    """Same e-mail and same names, ignoring case and accents."""
    return email, _fold(first), _fold(last)


def load_known(session: Session, event_id: str) -> dict[str, Known]:
    columns = [getattr(Attendee, name) for name in ATTENDEE_FIELDS]
    known: dict[str, Known] = {}
    rows = session.execute(
        select(Attendee.id, *columns)
        # A merged record is history: its row of a new export is the survivor's.
        .where(Attendee.event_id == event_id, Attendee.status != AttendeeStatus.MERGED.value)
        .order_by(Attendee.created_at, Attendee.id)
    )
    for attendee_id, *values in rows:
        known[attendee_id] = Known(
            attendee_id, dict(zip(ATTENDEE_FIELDS, values, strict=True)), set()
        )
    codes = session.execute(
        select(ExternalCode.code, ExternalCode.attendee_id).where(ExternalCode.event_id == event_id)
    )
    for code, attendee_id in codes:
        if attendee_id in known:
            known[attendee_id].codes.add(code)
    return known


class Matcher:
    """Finds duplicates inside the file and the existing attendee each row describes."""

    def __init__(self, known: dict[str, Known], rows: list[PlannedRow], plan: ImportPlan) -> None:
        self.known = known
        self.rows = rows
        self.plan = plan
        self.by_code: dict[str, str] = {}
        self.by_person: dict[tuple[str, str, str], str] = {}
        self.by_email: dict[str, list[str]] = {}
        for attendee in known.values():
            for code in attendee.codes:
                self.by_code[code] = attendee.id
            email = (attendee.values["email"] or "").lower()
            if email:
                key = person_key(email, attendee.values["first_name"], attendee.values["last_name"])
                self.by_person.setdefault(key, attendee.id)
                self.by_email.setdefault(email, []).append(attendee.id)
        self.emails_in_file = Counter(r.values["email"] for r in rows if r.values.get("email"))
        self.code_lines: dict[str, int] = {}
        self.person_lines: dict[tuple[str, str, str], int] = {}
        self.claimed: dict[str, int] = {}

    def run(self) -> None:
        for row in self.rows:
            if self._duplicate(row):
                continue
            attendee, rejected = self._match(row)
            if rejected:
                continue
            if attendee is None:
                self.plan.new.append(row)
            elif attendee.id in self.claimed:
                other = self.claimed[attendee.id]
                self.plan.problems.append(
                    Problem(
                        row.line,
                        f"describes the same registered person as line {other} ({attendee.name})",
                        other,
                    )
                )
                continue
            else:
                self.claimed[attendee.id] = row.line
                self._compare(row, attendee)
            self._remember(row)

    def _duplicate(self, row: PlannedRow) -> bool:
        for code, raw in row.codes:
            if code in self.code_lines:
                other = self.code_lines[code]
                self.plan.problems.append(
                    Problem(row.line, f"ticket code '{raw}' is also on line {other}", other)
                )
                return True
        key = row.person_key
        if key is not None and key in self.person_lines:
            other = self.person_lines[key]
            self.plan.problems.append(
                Problem(
                    row.line,
                    f"same e-mail and name as line {other} ({row.name}, {key[0]})",
                    other,
                )
            )
            return True
        return False

    def _remember(self, row: PlannedRow) -> None:
        for code, _raw in row.codes:
            self.code_lines[code] = row.line
        if row.person_key is not None:
            self.person_lines[row.person_key] = row.line

    def _match(self, row: PlannedRow) -> tuple[Known | None, bool]:
        """The existing attendee the row describes (or None), and whether the row is rejected."""
        hits = {self.by_code[code] for code, _ in row.codes if code in self.by_code}
        if len(hits) > 1:
            names = " and ".join(sorted(self.known[h].name for h in hits))
            self.plan.problems.append(
                Problem(row.line, f"its ticket codes belong to different people ({names})")
            )
            return None, True
        if hits:
            return self.known[hits.pop()], False
        email = row.values.get("email")
        if not email:
            return None, False
        if row.person_key in self.by_person:
            return self.known[self.by_person[row.person_key]], False
        candidates = self.by_email.get(email, [])
        if len(candidates) == 1 and self.emails_in_file[email] == 1:
            attendee = self.known[candidates[0]]
            if not (row.codes and attendee.codes):
                if row.name and fold(row.name) != fold(attendee.name):
                    self.plan.warnings.append(
                        Problem(
                            row.line,
                            f"matched {attendee.name} by e-mail alone; the name becomes {row.name}",
                        )
                    )
                return attendee, False
        if candidates:
            names = ", ".join(self.known[c].name for c in candidates[:3])
            self.plan.warnings.append(
                Problem(
                    row.line,
                    f"{email} is also the e-mail of {names}; imported as a different person",
                )
            )
        return None, False

    def _compare(self, row: PlannedRow, attendee: Known) -> None:
        row.attendee_id = attendee.id
        row.changes = {
            name: value
            for name, value in row.values.items()
            if attendee.values.get(name) != value
            and not (name in _NAMES and _fold(attendee.values.get(name) or "") == _fold(value))
        }
        row.new_codes = [(code, raw) for code, raw in row.codes if code not in attendee.codes]
        if row.changes or row.new_codes:
            self.plan.updated.append(row)
        else:
            self.plan.unchanged.append(row)
