"""Reading a registration file into a table: CSV in any encoding and delimiter a ticketing site
or Excel writes, or an XLSX workbook.

Every row keeps the line number a spreadsheet shows for it (the header is line 1 unless blank
lines precede it; a quoted cell spanning several lines is still one row), so "line 17" in a
report is the row the organiser finds when they open the file to fix it. Every way the file can
be unreadable becomes one sentence (:class:`ImportFileError`).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catchdesk.core.importing.report import DELIMITER_NAMES, ImportFileError

CANDIDATE_DELIMITERS = (",", ";", "\t", "|")
SNIFF_CHARS = 64 * 1024
SNIFF_RECORDS = 60
HEADER_SEARCH_ROWS = 10
ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"SQLite format 3": "a database file",
    b"\x1f\x8b": "a compressed (gzip) file",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
}
_SEP_LINE = re.compile(r"^\s*sep=(.)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TableRow:
    """One data row: the line a spreadsheet shows it on and its cells as text."""

    line: int
    cells: tuple[str, ...]


@dataclass
class Table:
    """A registration file as headers and rows of text, with how it was read."""

    headers: list[str]
    rows: list[TableRow]
    source: str
    path: Path | None = None
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_line: int = 1
    sheets: list[str] = field(default_factory=list)
    skipped_lines: list[int] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name if self.path is not None else "the file"

    def describe(self) -> str:
        """How the file was read, e.g. ``CSV, cp1252, semicolon-separated, 28 rows``."""
        if self.source == "xlsx":
            return f"XLSX, sheet '{self.sheet}', {len(self.rows)} rows"
        delimiter = DELIMITER_NAMES.get(self.delimiter or ",", repr(self.delimiter))
        return f"CSV, {self.encoding}, {delimiter}-separated, {len(self.rows)} rows"


def read_table(path: Path | str, *, sheet: str | None = None) -> Table:
    """Read a CSV or XLSX registration file.

    CSV: UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text") or Windows-1252; the
    delimiter (comma, semicolon, tab) is sniffed; an Excel ``sep=;`` first line is honoured.
    XLSX: the first sheet unless ``sheet`` names another (by name or 1-based number); numbers
    that are really codes keep all their digits. Fully empty rows are skipped in both.
    """
    path = Path(path)
    data = _read_bytes(path)
    kind = _kind_of(path, data)
    if kind == "xlsx":
        return read_xlsx_bytes(data, path=path, sheet=sheet)
    return read_csv_bytes(data, path=path)


def _read_bytes(path: Path) -> bytes:
    if path.name.startswith("~$"):
        real = path.name[2:]
        raise ImportFileError(
            f"{path.name} is the lock file Excel keeps while a workbook is open; choose the "
            f"workbook itself{f' ({real})' if real else ''}."
        )
    if not path.exists():
        raise ImportFileError(f"{path} does not exist; check the file name and its folder.")
    if path.is_dir():
        raise ImportFileError(f"{path} is a folder; choose the registration file inside it.")
    try:
        return path.read_bytes()
    except PermissionError as exc:
        raise ImportFileError(
            f"CatchDesk may not read {path.name}: it is open in another program (close it in "
            "Excel) or you lack the permission to read it."
        ) from exc
    except OSError as exc:
        raise ImportFileError(f"CatchDesk cannot read {path}: {exc.strerror or exc}.") from exc


def _kind_of(path: Path, data: bytes) -> str:
    """``csv`` or ``xlsx`` from the content (the extension only breaks ties)."""
    name = path.name
    if not data.strip(b" \t\r\n\x00" + codecs.BOM_UTF8):
        raise ImportFileError(f"{name} is empty: export the registrations again.")
    if data.startswith(ZIP_MAGIC):
        return "xlsx"
    if data.startswith(OLE2_MAGIC):
        raise ImportFileError(
            f"{name} is an old Excel .xls file or a password-protected workbook; open it in "
            "Excel, remove any password and save it as .xlsx or as CSV."
        )
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise ImportFileError(f"{name} is {what}, not a CSV or XLSX registration list.")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ImportFileError(
            f"{name} is damaged or is not a real Excel workbook; open it in Excel and save it "
            "again as .xlsx, or export the registrations as CSV."
        )
    if path.suffix.lower() in (".ods", ".numbers"):
        raise ImportFileError(
            f"{name} is not a CSV or XLSX file; save it as .xlsx or CSV and import that."
        )
    return "csv"


# --- CSV ---------------------------------------------------------------------------------------


def decode_bytes(data: bytes, name: str = "the file") -> tuple[str, str]:
    """The text of a CSV file and the encoding it was written in."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                if encoding != "utf-8-sig":
                    raise _binary(name) from exc
                return data[len(bom) :].decode("cp1252", errors="replace"), "cp1252"
    sample = data[:4096]
    if sample.count(0):
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd >= len(sample) // 4 and even == 0:
            return _decode_or_binary(data, "utf-16-le", name), "utf-16-le"
        if even >= len(sample) // 4 and odd == 0:
            return _decode_or_binary(data, "utf-16-be", name), "utf-16-be"
        raise _binary(name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _decode_or_binary(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _binary(name) from exc


def _binary(name: str) -> ImportFileError:
    return ImportFileError(
        f"{name} holds binary data, not text: it is not a CSV or XLSX registration list."
    )


def _looks_binary(text: str) -> bool:
    sample = text[:SNIFF_CHARS]
    controls = sum(1 for ch in sample if ch not in "\t\r\n\f" and unicodedata.category(ch) == "Cc")
    return controls > max(2, len(sample) // 200)


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the rows most consistently into the most columns."""
    sample = text[:SNIFF_CHARS]
    truncated = len(text) > len(sample)
    best, best_key = ",", (False, 0.0, 0, 0)
    for priority, delimiter in enumerate(reversed(CANDIDATE_DELIMITERS)):
        counts = []
        try:
            for cells in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter):
                if any(cell.strip() for cell in cells):
                    counts.append(len(cells))
                if len(counts) > SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        if truncated and len(counts) > 2:
            counts.pop()
        if not counts:
            continue
        width, agreeing = Counter(counts).most_common(1)[0]
        consistency = agreeing / len(counts)
        key = (width >= 2, round(consistency, 1), width, priority)
        if key > best_key:
            best, best_key = delimiter, key
    return best


def read_csv_bytes(data: bytes, *, path: Path | None = None) -> Table:
    name = path.name if path is not None else "the file"
    text, encoding = decode_bytes(data, name)
    text = text.lstrip("\ufeff")
    if _looks_binary(text):
        raise _binary(name)
    if not text.strip(" \t\r\n,;|\"'"):
        raise ImportFileError(f"{name} is empty: export the registrations again.")
    delimiter: str | None = None
    first_line, _, remainder = text.partition("\n")
    hint = _SEP_LINE.match(first_line.rstrip("\r"))
    if hint:
        delimiter, text = hint.group(1), remainder
    if delimiter is None:
        delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[TableRow] = []
    line = 0
    try:
        for line, cells in enumerate(reader, start=1):
            if any(cell.strip() for cell in cells):
                records.append(TableRow(line, tuple(cells)))
    except csv.Error as exc:
        raise ImportFileError(
            f"{name} cannot be read as CSV after line {line}: {exc}. Look for a quotation mark "
            "that is opened and never closed."
        ) from exc
    if not records:
        raise ImportFileError(f"{name} is empty: export the registrations again.")
    header, skipped = _find_header(records)
    return Table(
        headers=[_clean_header(c) for c in header.cells],
        rows=records[skipped + 1 :],
        source="csv",
        path=path,
        encoding=encoding,
        delimiter=delimiter,
        header_line=header.line,
        skipped_lines=[r.line for r in records[:skipped]],
    )


def _find_header(records: list[TableRow]) -> tuple[TableRow, int]:
    """The header row and how many rows precede it: a title line such as "Liste des
    inscrits" above the columns is skipped (the first of the first rows with 2+ cells)."""
    for index, record in enumerate(records[:HEADER_SEARCH_ROWS]):
        if sum(1 for cell in record.cells if cell.strip()) >= 2:
            return record, index
    return records[0], 0


def _clean_header(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").split())


# --- XLSX --------------------------------------------------------------------------------------


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a person sees, codes keeping all their digits."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e21:
            return str(int(value))
        return f"{value:.15g}"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def read_xlsx_bytes(data: bytes, *, path: Path | None = None, sheet: str | None = None) -> Table:
    import openpyxl  # imported here: CSV imports and the CLI start faster without it

    name = path.name if path is not None else "the file"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        raise _damaged(name) from exc
    if "xl/workbook.xml" not in members:
        raise ImportFileError(
            f"{name} is a ZIP archive (a Word, OpenDocument or other file), not an Excel "
            "workbook; save the registrations as .xlsx or CSV."
        )
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise _damaged(name) from exc
    try:
        sheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")]
        names = [ws.title for ws in sheets]
        if not sheets:
            raise ImportFileError(f"{name} has no worksheet with data.")
        worksheet = _choose_sheet(sheets, names, sheet, name)
        try:
            worksheet.reset_dimensions()
            raw_rows = list(worksheet.iter_rows(values_only=True))
        except Exception as exc:
            raise _damaged(name) from exc
    finally:
        workbook.close()
    records: list[TableRow] = []
    for line, values in enumerate(raw_rows, start=1):
        cells = tuple(cell_text(v) for v in values)
        if any(cell.strip() for cell in cells):
            records.append(TableRow(line, cells))
    if not records:
        others = [n for n in names if n != worksheet.title]
        hint = f" Its other sheets: {', '.join(others)}; choose one with --sheet." if others else ""
        raise ImportFileError(f"The sheet '{worksheet.title}' of {name} is empty.{hint}")
    header, skipped = _find_header(records)
    headers = [_clean_header(c) for c in header.cells]
    while headers and not headers[-1]:
        headers.pop()
    return Table(
        headers=headers,
        rows=records[skipped + 1 :],
        source="xlsx",
        path=path,
        sheet=worksheet.title,
        header_line=header.line,
        sheets=names,
        skipped_lines=[r.line for r in records[:skipped]],
    )


def _choose_sheet(sheets: list[Any], names: list[str], wanted: str | None, name: str) -> Any:
    if wanted is None:
        return sheets[0]
    for worksheet in sheets:
        if worksheet.title == wanted:
            return worksheet
    for worksheet in sheets:
        if worksheet.title.strip().casefold() == wanted.strip().casefold():
            return worksheet
    if wanted.strip().isdigit() and 1 <= int(wanted) <= len(sheets):
        return sheets[int(wanted) - 1]
    raise ImportFileError(f"{name} has no sheet '{wanted}'; its sheets are: {', '.join(names)}.")


def _damaged(name: str) -> ImportFileError:
    return ImportFileError(
        f"{name} is damaged or locked and cannot be opened as an Excel workbook; close it in "
        "Excel, open it and save it again as .xlsx, or export the registrations as CSV."
    )
