"""From a table to a plan: each row checked, normalised and matched to the people already
registered, without writing anything.

Matching lets an organiser import an updated export again: a row is the same person as an
existing attendee when they share an external code; failing that, the same e-mail and the same
names (ignoring case and accents); failing that, the same e-mail when exactly one attendee and
exactly one row have it and no ticket codes contradict it. Everything else is a new person.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from catchdesk.core.attendees import normalise_external
from catchdesk.core.importing.headers import Mapping, detect_mapping
from catchdesk.core.importing.matching import Matcher, load_known, person_key
from catchdesk.core.importing.reading import Table, TableRow
from catchdesk.core.importing.report import (
    DELIMITER_NAMES,
    Change,
    ImportFileError,
    ImportReport,
    Problem,
)
from catchdesk.core.importing.values import (
    EXTERNAL_CODE_LIMIT,
    clean_text,
    excel_mangled,
    limit,
    normalise_consent,
    normalise_email,
    normalise_language,
    normalise_role,
    normalise_status,
    split_full_name,
)
from catchdesk.core.models import AttendeeStatus, Event

_PLAIN_TEXT = ("phone", "organisation", "job_title", "sector", "ticket_type")


@dataclass(slots=True)
class PlannedRow:
    """A row that will be imported: the fields it gives and, if it is a known person, who."""

    line: int
    values: dict[str, Any]
    codes: list[tuple[str, str]]
    attendee_id: str | None = None
    changes: dict[str, Any] = field(default_factory=dict)
    new_codes: list[tuple[str, str]] = field(default_factory=list)
    person_key: tuple[str, str, str] | None = None

    @property
    def name(self) -> str:
        first = self.values.get("first_name", "")
        last = self.values.get("last_name", "")
        return f"{first} {last}".strip()


@dataclass
class ImportPlan:
    """What an import would do, row by row; :func:`apply_import` carries it out."""

    event_id: str
    table: Table
    mapping: Mapping
    new: list[PlannedRow] = field(default_factory=list)
    updated: list[PlannedRow] = field(default_factory=list)
    unchanged: list[PlannedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return len(self.problems)

    def report(self, *, dry_run: bool = False, allow_partial: bool = False) -> ImportReport:
        cancelled = AttendeeStatus.CANCELLED.value
        return ImportReport(
            file=self.table.name,
            source=self.table.source,
            encoding=self.table.encoding,
            delimiter=self.table.delimiter,
            sheet=self.table.sheet,
            preset=self.mapping.preset,
            rows=len(self.table.rows),
            new=len(self.new),
            updated=len(self.updated),
            unchanged=len(self.unchanged),
            rejected=len(self.problems),
            cancelled=sum(1 for r in self.new if r.values.get("status") == cancelled)
            + sum(1 for r in self.updated if r.changes.get("status") == cancelled),
            problems=sorted(self.problems, key=lambda p: p.line),
            warnings=sorted(self.warnings, key=lambda p: p.line),
            unmapped_columns=self.mapping.unmapped,
            mapping=self.mapping.describe(),
            notes=list(self.notes),
            changes=[
                Change(r.line, r.attendee_id or "", r.name, _changed_fields(r))
                for r in self.updated
            ],
            dry_run=dry_run,
            allow_partial=allow_partial,
        )


def _changed_fields(row: PlannedRow) -> tuple[str, ...]:
    fields = tuple(row.changes)
    return (*fields, "external_codes") if row.new_codes else fields


class _RowReader:
    """Turns table rows into field values with the mapping; collects errors and warnings."""

    def __init__(self, table: Table, mapping: Mapping, use_order_codes: bool) -> None:
        self.table = table
        self.mapping = mapping
        self.columns = {target: list(cols) for target, cols in mapping.columns.items()}
        self.code_columns = self.columns.get("external_code", [])
        if use_order_codes:
            self.code_columns = self.code_columns + self.columns.get("order_code", [])
        self.width = len(table.headers)

    def get(self, cells: tuple[str, ...], target: str, *, multiline: bool = False) -> str:
        for index in self.columns.get(target, ()):
            if index < len(cells):
                value = clean_text(cells[index], multiline=multiline)
                if value:
                    return value
        return ""

    def read(self, row: TableRow) -> tuple[PlannedRow | None, list[str], list[str]]:
        cells = row.cells
        errors: list[str] = []
        warnings: list[str] = []
        if (
            self.table.source == "csv"
            and len(cells) > self.width
            and any(c.strip() for c in cells[self.width :])
        ):
            separator = DELIMITER_NAMES.get(self.table.delimiter or ",", "separator")
            return (
                None,
                [
                    f"the row has {len(cells)} cells but the header has {self.width}: a value "
                    f"probably contains a {separator} without quotation marks"
                ],
                [],
            )
        values: dict[str, Any] = {}
        first, last = self.get(cells, "first_name"), self.get(cells, "last_name")
        if not first and not last:
            first, last = split_full_name(self.get(cells, "full_name"))
        email, email_error = normalise_email(self.get(cells, "email"))
        if email_error:
            errors.append(email_error)
        codes = self._codes(cells, errors)
        if not first and not last:
            errors.append("no name: the first name and the last name are both empty")
        if not email and not codes and not email_error:
            errors.append("no e-mail address and no ticket code: the row needs one of them")
        for target, text in (("first_name", first), ("last_name", last), ("email", email)):
            if text:
                values[target] = self._limited(target, text, warnings)
        for target in _PLAIN_TEXT:
            text = self.get(cells, target)
            if text:
                values[target] = self._limited(target, text, warnings)
        needs = self.get(cells, "needs", multiline=True)
        if needs:
            values["needs"] = self._limited("needs", needs, warnings)
        self._choices(cells, values, warnings)
        if errors:
            return None, errors, warnings
        key = person_key(email, first, last) if email else None
        return PlannedRow(row.line, values, codes, person_key=key), errors, warnings

    def _limited(self, target: str, text: str, warnings: list[str]) -> str:
        cut, was_cut = limit(target, text)
        if was_cut:
            warnings.append(f"{target} was cut to {len(cut)} characters")
        return cut

    def _codes(self, cells: tuple[str, ...], errors: list[str]) -> list[tuple[str, str]]:
        codes: list[tuple[str, str]] = []
        for index in self.code_columns:
            raw = clean_text(cells[index]) if index < len(cells) else ""
            if not raw:
                continue
            if excel_mangled(raw):
                errors.append(
                    f"ticket code '{raw}' was turned into a rounded number by Excel; export "
                    "the file again and open it without Excel, or format the column as text"
                )
                continue
            code = normalise_external(raw)
            if not code:
                continue
            if len(code) > EXTERNAL_CODE_LIMIT:
                errors.append(f"ticket code '{raw[:40]}…' is longer than {EXTERNAL_CODE_LIMIT}")
                continue
            if all(code != known for known, _ in codes):
                codes.append((code, raw[:256]))
        return codes

    def _choices(self, cells: tuple[str, ...], values: dict[str, Any], warnings: list[str]) -> None:
        raw_role = self.get(cells, "role")
        if raw_role:
            role = normalise_role(raw_role)
            if role is None:
                warnings.append(
                    f"role '{raw_role}' is not participant, coach, staff, partner or speaker "
                    "(in French, Dutch or English); the role was left as it was"
                )
            else:
                values["role"] = role
        elif not self.mapping.has("role") and values.get("ticket_type"):
            role = normalise_role(values["ticket_type"])
            if role is not None:
                values["role"] = role
        raw_language = self.get(cells, "language")
        if raw_language:
            language = normalise_language(raw_language)
            if language is None:
                warnings.append(f"language '{raw_language}' is not French, Dutch or English")
            else:
                values["language"] = language
        raw_consent = self.get(cells, "consent")
        if raw_consent:
            consent = normalise_consent(raw_consent)
            if consent is None:
                warnings.append(f"consent '{raw_consent}' is neither yes nor no; left as it was")
            else:
                values["consent"] = consent
        raw_status = self.get(cells, "status")
        if raw_status:
            values["status"] = normalise_status(raw_status)


def _order_codes_usable(table: Table, mapping: Mapping, notes: list[str]) -> bool:
    """Order numbers identify people only when no ticket code column exists and none repeats."""
    order_columns = mapping.columns.get("order_code", [])
    if not order_columns or mapping.has("external_code"):
        return False
    seen: Counter[str] = Counter()
    for row in table.rows:
        for index in order_columns:
            if index < len(row.cells):
                code = normalise_external(row.cells[index])
                if code:
                    seen[code] += 1
    names = ", ".join(f"'{h}'" for h in mapping.headers_for("order_code"))
    if seen and max(seen.values()) == 1:
        notes.append(f"Column {names} is used as the ticket code (every value is unique).")
        return True
    if seen:
        notes.append(
            f"Column {names} repeats values (orders with several tickets), so it is not used "
            "as a ticket code."
        )
    return False


def plan_import(
    session: Session, event: Event, table: Table, mapping: Mapping | None = None
) -> ImportPlan:
    """Check, normalise and match every row; write nothing.

    Raises :class:`UnrecognisedColumns` when no name or e-mail/code column is recognised, and
    :class:`ImportFileError` for a file with headers but no rows.
    """
    mapping = mapping if mapping is not None else detect_mapping(table.headers)
    mapping.require_usable(table.name)
    if not table.rows:
        raise ImportFileError(
            f"{table.name} has column headers but no registrations below them: export the "
            "registrations again."
        )
    plan = ImportPlan(event_id=event.id, table=table, mapping=mapping, notes=list(mapping.notes))
    if table.skipped_lines:
        lines = ", ".join(str(n) for n in table.skipped_lines)
        plan.notes.append(
            f"Line(s) {lines} above the column headers (line {table.header_line}) were skipped."
        )
    reader = _RowReader(table, mapping, _order_codes_usable(table, mapping, plan.notes))
    parsed: list[PlannedRow] = []
    for row in table.rows:
        planned, errors, warnings = reader.read(row)
        plan.warnings.extend(Problem(row.line, w) for w in warnings)
        if planned is None:
            plan.problems.append(Problem(row.line, "; ".join(errors)))
        else:
            parsed.append(planned)
    Matcher(load_known(session, event.id), parsed, plan).run()
    return plan
