"""Tables to CSV and XLSX files: the format an organiser's spreadsheet opens without asking.

CSV is written in UTF-8 with a byte-order mark, because Excel on Windows reads a CSV without
one as Windows-1252 and turns "Hélène" into "HÃ©lÃ¨ne". The default delimiter is the semicolon:
on a Belgian (or French, Dutch, German) Windows the decimal mark is the comma, so Excel's list
separator is ";", and a comma-separated file opened with a double click lands whole in column
A. Every other reader (LibreOffice, pandas, CatchDesk's own import) detects ";" as well; a
comma is available for tools that insist on one.

Dates are shown as ``2026-11-26 09:12:03`` in CSV, a form Excel reads as a date and time in
every locale; XLSX cells hold real dates with a number format. Each XLSX sheet has a styled,
frozen header with a filter and columns as wide as their content.

Files are written next to their destination and moved in place when complete: an export that
fails or is cancelled half-way never leaves a truncated file that looks finished.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.jobs import Steps

FORMATS = ("csv", "xlsx")
DELIMITERS = (";", ",", "\t")
DEFAULT_DELIMITER = ";"
TIME = "hh:mm"
DAY_TIME = "yyyy-mm-dd hh:mm"
MOMENT = "yyyy-mm-dd hh:mm:ss"
_STRFTIME = {TIME: "%H:%M", DAY_TIME: "%Y-%m-%d %H:%M", MOMENT: "%Y-%m-%d %H:%M:%S"}
WIDTH_SAMPLE = 2000
"""Column widths are measured on the first rows only: 100,000 rows would not change them."""


@dataclass
class Table:
    """One table of an export: a sheet of the XLSX file, a section of the figures CSV."""

    key: str
    title: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    formats: dict[int, str] = field(default_factory=dict)
    """Column index → how its dates are shown (:data:`TIME`, :data:`DAY_TIME`, :data:`MOMENT`)."""


@dataclass(frozen=True)
class ExportResult:
    """Where the file went and how many data rows it holds (titles and headers not counted)."""

    path: Path
    rows: int

    def to_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "rows": self.rows}


def export_format(path: Path) -> str:
    """``csv`` or ``xlsx`` from the file name; any other ending is refused in words."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise CatchDeskError(f"Choose a file name ending in .csv or .xlsx (not '{path.name}').")
    return suffix


def write_tables(
    tables: list[Table],
    out: Path,
    *,
    delimiter: str = DEFAULT_DELIMITER,
    sections: bool,
    steps: Steps | None = None,
) -> ExportResult:
    """Write ``tables`` to ``out`` (CSV or XLSX by its name); the count of data rows.

    ``sections`` puts each table's title above it in CSV (the figures); the attendee list is one
    plain table that the import and any spreadsheet read as is. ``steps`` is advanced per row
    written and may stop the export (the partial file is removed).
    """
    kind = export_format(out)
    if delimiter not in DELIMITERS:
        raise CatchDeskError("The CSV delimiter must be a semicolon, a comma or a tab.")
    with atomic_file(out) as part:
        if kind == "csv":
            _write_csv(tables, part, delimiter, sections, steps)
        else:
            _write_xlsx(tables, part, steps)
    return ExportResult(out, sum(len(table.rows) for table in tables))


@contextlib.contextmanager
def atomic_file(out: Path) -> Iterator[Path]:
    """A temporary path next to ``out`` that becomes ``out`` only when the block succeeds."""
    folder = out.parent if str(out.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=out.suffix, dir=folder)
    except OSError as exc:
        raise CatchDeskError(
            f"CatchDesk cannot write in {folder} ({exc.strerror}); choose another folder."
        ) from exc
    os.close(handle)
    part = Path(name)
    try:
        yield part
        os.replace(part, out)
    except OSError as exc:
        raise CatchDeskError(
            f"CatchDesk could not write {out} ({exc.strerror}); close it if a spreadsheet has it "
            "open, or choose another name."
        ) from exc
    finally:
        part.unlink(missing_ok=True)


def _csv_cell(value: Any, number_format: str | None) -> Any:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime(_STRFTIME.get(number_format or MOMENT, "%Y-%m-%d %H:%M:%S"))
    return value


def _rows(table: Table, steps: Steps | None) -> Iterator[list[Any]]:
    for row in table.rows:
        if steps is not None:
            steps.check()
        yield row
        if steps is not None:
            steps.advance()


def _write_csv(
    tables: list[Table], path: Path, delimiter: str, sections: bool, steps: Steps | None
) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        for index, table in enumerate(tables):
            if sections:
                if index:
                    writer.writerow([])
                writer.writerow([table.title])
            writer.writerow(table.headers)
            for row in _rows(table, steps):
                writer.writerow([_csv_cell(v, table.formats.get(i)) for i, v in enumerate(row)])


def _display_width(value: Any, number_format: str | None) -> int:
    if isinstance(value, dt.datetime):
        return len(number_format or MOMENT)
    return max((len(line) for line in str(value).splitlines()), default=0)


def _write_xlsx(tables: list[Table], path: Path, steps: Steps | None) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    used: set[str] = set()
    for table in tables:
        sheet = book.create_sheet(_sheet_title(table.title, used))
        widths = [len(h) for h in table.headers]
        for row in table.rows[:WIDTH_SAMPLE]:
            for i, value in enumerate(row):
                if value is not None:
                    widths[i] = max(widths[i], _display_width(value, table.formats.get(i)))
        for i, width in enumerate(widths):
            sheet.column_dimensions[get_column_letter(i + 1)].width = min(60, max(8, width + 3))
        sheet.freeze_panes = "A2"
        last = get_column_letter(len(table.headers))
        sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
        header = []
        for text in table.headers:
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="1F3A5F")
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            header.append(cell)
        sheet.append(header)
        dated = table.formats
        for row in _rows(table, steps):
            if not dated:
                sheet.append(row)
                continue
            cells: list[Any] = list(row)
            for i, number_format in dated.items():
                if isinstance(row[i], dt.datetime):
                    cell = WriteOnlyCell(sheet, value=row[i])
                    cell.number_format = number_format
                    cells[i] = cell
            sheet.append(cells)
    book.save(path)


def _sheet_title(title: str, used: set[str]) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of ``[]:*?/\\``, unique."""
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()[:31] or "Sheet"
    candidate, number = clean, 2
    while candidate.lower() in used:
        suffix = f" {number}"
        candidate, number = clean[: 31 - len(suffix)] + suffix, number + 1
    used.add(candidate.lower())
    return candidate
