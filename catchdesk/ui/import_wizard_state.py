"""What the import wizard knows so far, and the words it uses to say so.

The pages share one :class:`ImportState` instead of reaching into each other: the file page
fills in the table and the detected mapping, the columns page the corrected mapping, the check
page the dry run, the import page the final report. Going back clears what a page depends on.
The labels of the attendee fields, encodings and separators live here so every page names
them alike, in the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from catchdesk.core.importing import FIELDS, ImportReport, Mapping, Table
from catchdesk.ui.context import DeskContext
from catchdesk.ui.import_worker import CheckedFile

CONTEXT = "ImportWizard"

IGNORED = ""
"""The drop-down value of a column that is not imported."""

FIELD_LABELS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("ImportWizard", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportWizard", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("ImportWizard", "Full name (split in two)"),
    "email": QT_TRANSLATE_NOOP("ImportWizard", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
    "organisation": QT_TRANSLATE_NOOP("ImportWizard", "Organisation"),
    "job_title": QT_TRANSLATE_NOOP("ImportWizard", "Job title"),
    "sector": QT_TRANSLATE_NOOP("ImportWizard", "Sector"),
    "role": QT_TRANSLATE_NOOP("ImportWizard", "Role (participant, coach…)"),
    "needs": QT_TRANSLATE_NOOP("ImportWizard", "Needs"),
    "language": QT_TRANSLATE_NOOP("ImportWizard", "Language"),
    "consent": QT_TRANSLATE_NOOP("ImportWizard", "Consent to be contacted"),
    "status": QT_TRANSLATE_NOOP("ImportWizard", "Registration status"),
    "ticket_type": QT_TRANSLATE_NOOP("ImportWizard", "Ticket type"),
    "external_code": QT_TRANSLATE_NOOP("ImportWizard", "Ticket code (barcode)"),
    "order_code": QT_TRANSLATE_NOOP("ImportWizard", "Order number"),
}
IGNORED_LABEL = QT_TRANSLATE_NOOP("ImportWizard", "— not imported —")

ENCODING_LABELS: dict[str, str] = {
    "utf-8": QT_TRANSLATE_NOOP("ImportWizard", "UTF-8"),
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportWizard", "UTF-8 (with byte order mark)"),
    "utf-16": QT_TRANSLATE_NOOP("ImportWizard", "UTF-16 (Excel “Unicode text”)"),
    "utf-16-le": QT_TRANSLATE_NOOP("ImportWizard", "UTF-16 (Excel “Unicode text”)"),
    "utf-16-be": QT_TRANSLATE_NOOP("ImportWizard", "UTF-16 (Excel “Unicode text”)"),
    "utf-32": QT_TRANSLATE_NOOP("ImportWizard", "UTF-32"),
    "cp1252": QT_TRANSLATE_NOOP("ImportWizard", "Windows-1252 (Excel on Windows)"),
    "latin-1": QT_TRANSLATE_NOOP("ImportWizard", "ISO-8859-1 (Latin-1)"),
}
DELIMITER_LABELS: dict[str, str] = {
    ",": QT_TRANSLATE_NOOP("ImportWizard", "comma"),
    ";": QT_TRANSLATE_NOOP("ImportWizard", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("ImportWizard", "tab"),
    "|": QT_TRANSLATE_NOOP("ImportWizard", "vertical bar"),
}
PRESET_LABELS: dict[str, str] = {
    "eventbrite": QT_TRANSLATE_NOOP("ImportWizard", "an Eventbrite export"),
    "pretix": QT_TRANSLATE_NOOP("ImportWizard", "a pretix export"),
    "catchdesk": QT_TRANSLATE_NOOP("ImportWizard", "a list with its own column names"),
}


def translated(text: str) -> str:
    """``text`` in the interface language (marked where it is written, translated here)."""
    return QCoreApplication.translate(CONTEXT, text)


def field_label(target: str) -> str:
    return translated(FIELD_LABELS[target]) if target in FIELD_LABELS else translated(IGNORED_LABEL)


def describe_table(table: Table) -> list[tuple[str, str]]:
    """How the file was read, as (what, value) pairs for a small form (the sheet aside)."""
    translate = QCoreApplication.translate
    pairs: list[tuple[str, str]] = []
    if table.source == "xlsx":
        pairs.append(
            (
                translate("ImportWizard", "Format"),
                translate("ImportWizard", "Excel workbook (XLSX)"),
            )
        )
    else:
        encoding = table.encoding or ""
        delimiter = table.delimiter or ","
        pairs.append((translate("ImportWizard", "Format"), translate("ImportWizard", "CSV text")))
        pairs.append(
            (
                translate("ImportWizard", "Encoding"),
                translated(ENCODING_LABELS.get(encoding, encoding)),
            )
        )
        pairs.append(
            (
                translate("ImportWizard", "Separator"),
                translated(DELIMITER_LABELS.get(delimiter, repr(delimiter))),
            )
        )
    pairs.append((translate("ImportWizard", "Rows below the column names"), str(len(table.rows))))
    if table.header_line != 1:
        pairs.append((translate("ImportWizard", "Column names on line"), str(table.header_line)))
    return pairs


def summarise_table(table: Table) -> str:
    """How the file was read, on one line: "CSV text · UTF-8 · comma · 24 rows"."""
    translate = QCoreApplication.translate
    if table.source == "xlsx":
        parts = [
            translate("ImportWizard", "Excel workbook (XLSX)"),
            translate("ImportWizard", "sheet “{sheet}”").format(sheet=table.sheet or ""),
        ]
    else:
        encoding, delimiter = table.encoding or "", table.delimiter or ","
        parts = [
            translate("ImportWizard", "CSV text"),
            translated(ENCODING_LABELS.get(encoding, encoding)),
            translated(DELIMITER_LABELS.get(delimiter, repr(delimiter))),
        ]
    parts.append(translate("ImportWizard", "{count} rows").format(count=len(table.rows)))
    return " · ".join(parts)


def describe_preset(preset: str) -> str:
    return translated(PRESET_LABELS.get(preset, PRESET_LABELS["catchdesk"]))


def columns_of(mapping: Mapping) -> dict[int, str]:
    """Column index -> the field it feeds (ignored columns are absent)."""
    return {index: target for target, indexes in mapping.columns.items() for index in indexes}


def corrected_mapping(detected: Mapping, choices: dict[int, str]) -> Mapping:
    """The detected mapping with the person's choice for each column (``IGNORED`` to drop it).

    Columns that still feed the field they were detected for keep their detected order (the
    most trusted first: the attendee's e-mail before the buyer's); newly chosen ones follow in
    file order. Built by column index, not by name, so files with two columns of the same name
    or an empty header can be corrected too.
    """
    columns: dict[str, list[int]] = {}
    for target, indexes in detected.columns.items():
        kept = [i for i in indexes if choices.get(i, target) == target]
        if kept:
            columns[target] = kept
    for index in sorted(choices):
        target = choices[index]
        if target != IGNORED and index not in columns.get(target, []):
            columns.setdefault(target, []).append(index)
    ordered = {target: columns[target] for target in FIELDS if target in columns}
    notes = list(detected.notes)
    if "first_name" in ordered or "full_name" not in ordered:
        notes = [note for note in notes if "first-name" not in note]
    return Mapping(
        headers=list(detected.headers), columns=ordered, preset=detected.preset, notes=notes
    )


@dataclass
class ImportState:
    """The wizard's memory; each page reads what earlier pages filled in."""

    context: DeskContext
    path: Path | None = None
    table: Table | None = None
    detected: Mapping | None = None
    mapping: Mapping | None = None
    checked: CheckedFile | None = None
    allow_partial: bool = False
    report: ImportReport | None = None

    @property
    def imported(self) -> bool:
        """True once rows were written to the store."""
        return self.report is not None and self.report.written
