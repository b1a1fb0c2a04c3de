"""The statistics screen's files: the figures and the attendee list, the summary, printing.

The work here runs in background jobs (:mod:`catchdesk.ui.job_worker`): each function below is
a job's work, opens its own read session in the worker thread and calls the same core function
as the command line (``catchdesk export``, ``catchdesk summary``). The dialogs sit behind
:func:`ask_save_path` and :func:`ask_print` so that tests replace them instead of blocking on a
modal window.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from catchdesk.core.errors import NotFoundError
from catchdesk.core.exports import (
    DEFAULT_DELIMITER,
    ExportResult,
    export_attendees,
    export_figures,
)
from catchdesk.core.models import Event
from catchdesk.core.reports import Figures, live_figures
from catchdesk.core.textfold import fold
from catchdesk.ui.context import DeskContext

if TYPE_CHECKING:
    from catchdesk.ui.job_worker import JobControl


def spreadsheet_filters() -> list[str]:
    """The save dialog's choices; the first is the default."""
    return [
        QCoreApplication.translate("StatisticsFiles", "Excel workbook (*.xlsx)"),
        QCoreApplication.translate("StatisticsFiles", "CSV for Excel, semicolons (*.csv)"),
        QCoreApplication.translate("StatisticsFiles", "CSV, commas (*.csv)"),
    ]


def ask_save_path(
    parent: QWidget | None, caption: str, suggested: str, filters: list[str]
) -> tuple[str, str]:
    """The native save dialog: the chosen path ("" when cancelled) and the filter it used."""
    return QFileDialog.getSaveFileName(parent, caption, suggested, ";;".join(filters))


def ask_print(parent: QWidget | None) -> object | None:
    """The native print dialog on a new printer; the printer, or None when cancelled."""
    from catchdesk.ui.pdf_printing import ask_printer, new_printer

    printer = new_printer()
    return printer if ask_printer(parent, printer) else None


def suggested_path(what: str, event_name: str, day: dt.date, suffix: str) -> str:
    """``Documents/chiffres-journee-du-numerique-2026-11-26.xlsx``: names that sort and travel."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(event_name)).strip("-")[:40] or "event"
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = f"{what}-{slug}-{day.isoformat()}{suffix}"
    return str(Path(folder) / name) if folder else name


def chosen_spreadsheet(path: str, chosen_filter: str) -> tuple[Path, str]:
    """The file to write and its CSV delimiter, from the dialog's answer.

    A name typed without an ending gets the one of the chosen filter (XLSX by default); the
    comma is used only when the person picked "CSV, commas".
    """
    out = Path(path)
    filters = spreadsheet_filters()
    wants_csv = chosen_filter in filters[1:]
    if out.suffix.lower() not in (".csv", ".xlsx"):
        out = out.with_name(out.name + (".csv" if wants_csv else ".xlsx"))
    delimiter = "," if chosen_filter == filters[2] else DEFAULT_DELIMITER
    return out, delimiter


def _figures(context: DeskContext) -> tuple[Figures, Event]:
    with context.store.read() as session:
        event = session.get(Event, context.event_id)
        if event is None:
            raise NotFoundError(
                QCoreApplication.translate(
                    "StatisticsFiles", "The event of this desk is no longer in the store."
                )
            )
        return live_figures(session, event), event


def compute_figures(context: DeskContext) -> Figures:
    """The live figures, read in the calling (worker) thread."""
    return _figures(context)[0]


def save_figures(
    context: DeskContext, out: Path, delimiter: str, language: str | None
) -> ExportResult:
    figures, _ = _figures(context)
    return export_figures(figures, out, language=language, delimiter=delimiter)


def save_attendees(
    context: DeskContext,
    out: Path,
    delimiter: str,
    language: str | None,
    control: JobControl,
) -> ExportResult:
    with context.store.read() as session:
        event = session.get(Event, context.event_id)
        if event is None:
            raise NotFoundError(
                QCoreApplication.translate(
                    "StatisticsFiles", "The event of this desk is no longer in the store."
                )
            )
        return export_attendees(
            session,
            event,
            out,
            language=language,
            delimiter=delimiter,
            progress=control.progress,
            cancelled=control.cancelled,
        )


def save_summary(context: DeskContext, out: Path, language: str | None) -> Path:
    from catchdesk.documents.summary import render_summary

    figures, _ = _figures(context)
    render_summary(figures, out, language=language)
    return out
