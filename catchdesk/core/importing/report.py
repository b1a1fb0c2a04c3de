"""What an import tells the person who ran it: counts, every bad row by line, and the errors.

The report is the same whether the import wrote anything or not (dry run, rows rejected), so the
CLI and the GUI show one thing; :meth:`ImportReport.to_dict` is the CLI's ``--json`` form.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from catchdesk.core.errors import CatchDeskError, ImportRejected

DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}


class ImportFileError(CatchDeskError):
    """The file cannot be read as a registration list (missing, empty, binary, damaged…)."""


class UnrecognisedColumns(CatchDeskError):
    """No column of the file could be recognised as a name or an e-mail/ticket code."""

    def __init__(self, message: str, headers: list[str]) -> None:
        super().__init__(message)
        self.headers = headers


class ImportCancelled(CatchDeskError):
    """The person cancelled the import; every write of the import is undone."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One row that cannot be imported (or a warning about one), by its line in the file."""

    line: int
    reason: str
    other_line: int | None = None

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "reason": self.reason, "other_line": self.other_line}


@dataclass(frozen=True, slots=True)
class Change:
    """An existing attendee that the import updates: which line, who, which fields."""

    line: int
    attendee_id: str
    name: str
    fields: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "attendee_id": self.attendee_id,
            "name": self.name,
            "fields": list(self.fields),
        }


@dataclass
class ImportReport:
    """The outcome of an import (or of its dry run).

    ``new``/``updated``/``unchanged`` count rows that are (or would be) written that way;
    ``rejected`` counts the rows listed in ``problems``; ``warnings`` are rows imported with a
    remark (unknown role, matched by e-mail alone…); ``cancelled`` counts people the import
    marks as cancelled; ``written`` is True once the rows are in the caller's transaction.
    """

    file: str
    source: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    preset: str
    rows: int
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    cancelled: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    unmapped_columns: list[str] = field(default_factory=list)
    mapping: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    dry_run: bool = False
    allow_partial: bool = False
    written: bool = False

    @property
    def blocked(self) -> bool:
        """True when rows were rejected and a complete import was asked for: nothing is written."""
        return self.rejected > 0 and not self.allow_partial

    @property
    def delimiter_name(self) -> str | None:
        if self.delimiter is None:
            return None
        return DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))

    def summary(self) -> str:
        """One sentence with the counts, for a status line or the CLI."""
        counts = (
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.rejected} rejected"
        )
        if self.dry_run:
            return f"{self.file}: {counts} (dry run: nothing was written)."
        if self.blocked:
            return f"{self.file}: {counts}; nothing was imported because rows were rejected."
        return f"{self.file}: {counts}."

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "source": self.source,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "delimiter_name": self.delimiter_name,
            "sheet": self.sheet,
            "preset": self.preset,
            "rows": self.rows,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "cancelled": self.cancelled,
            "dry_run": self.dry_run,
            "allow_partial": self.allow_partial,
            "written": self.written,
            "problems": [p.to_dict() for p in self.problems],
            "warnings": [w.to_dict() for w in self.warnings],
            "unmapped_columns": list(self.unmapped_columns),
            "mapping": {key: list(value) for key, value in self.mapping.items()},
            "notes": list(self.notes),
            "changes": [c.to_dict() for c in self.changes],
        }


class RowsRejected(ImportRejected):
    """Rows of the file cannot be imported and a complete import was asked for.

    Nothing was written; :attr:`report` lists every bad row by line number.
    """

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        super().__init__(rejection_message(report))


def rejection_message(report: ImportReport) -> str:
    count = report.rejected
    rows = "1 row" if count == 1 else f"{count} rows"
    good = report.new + report.updated + report.unchanged
    first = report.problems[0] if report.problems else None
    detail = f" (first: {first})" if first else ""
    return (
        f"{rows} of {report.file} cannot be imported{detail}. Nothing was imported: fix "
        f"{'it' if count == 1 else 'them'} in the file and import it again, or import only the "
        f"{good} valid rows with the partial-import option (--allow-partial)."
    )
