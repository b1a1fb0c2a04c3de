"""Badges from the desk to paper: the same PDF as ``catchdesk badges``, then the printer.

The badge is drawn once, by :mod:`catchdesk.documents.badges` (what the organiser prints in
bulk is what a walk-in gets), into a temporary PDF; Qt's PDF module paints its pages on the
printer at the printer's resolution. A configured printer (Settings → printer) prints without
a question, which is what a desk wants in a queue; otherwise the native print dialog, behind
a preview, decides. The print log (:func:`catchdesk.core.badges.record_prints`) is written only
when printing was accepted, so "never printed" stays true for a badge that was cancelled.

The dialogs and the printer sit behind :func:`ask_print` and :func:`send_to_printer` so tests
stub them with monkeypatch instead of blocking on a modal window.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from catchdesk.core.badge_data import BadgeData
from catchdesk.core.badges import record_prints
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.models import Attendee, Event
from catchdesk.ui.context import DeskContext
from catchdesk.ui.pdf_printing import (
    ask_printer,
    configured_printer,
    paint_pdf,
    printer_destination,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# Qt's PDF and print modules and reportlab are imported when a badge is printed, not when the
# desk opens: they would cost the start-up (``gui --smoke``) a quarter of a second. The printer
# plumbing itself lives in :mod:`catchdesk.ui.pdf_printing`, shared with the documents screen.

log = logging.getLogger(__name__)

__all__ = [
    "ask_print",
    "ask_printer",
    "configured_printer",
    "paint_pdf",
    "print_badges",
    "record_badge_prints",
    "render_badge_pdf",
    "send_to_printer",
]


def render_badge_pdf(context: DeskContext, attendee_ids: list[str], out: Path) -> int:
    """Draw the badges of these attendees (in the order given) into ``out``; the count."""
    from catchdesk.documents.badges import render_badges

    with context.store.read() as session:
        event = session.get(Event, context.event_id)
        if event is None:
            raise CatchDeskError(
                QCoreApplication.translate(
                    "BadgePrinting", "The event of this desk is no longer in the store."
                )
            )
        people = []
        for attendee_id in attendee_ids:
            attendee = session.get(Attendee, attendee_id)
            if attendee is None:
                raise CatchDeskError(
                    QCoreApplication.translate(
                        "BadgePrinting", "This person is no longer in the store."
                    )
                )
            people.append(BadgeData.from_attendee(attendee))
        name = event.name
    language = context.settings.language or None
    return render_badges(people, name, context.settings.badge_layout, out, language=language)


def ask_print(parent: QWidget | None, printer: QPrinter, paint: Callable[[QPrinter], None]) -> bool:
    """The preview, whose Print button opens the native print dialog; True when printed."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(QCoreApplication.translate("BadgePrinting", "Print badge"))
    preview.paintRequested.connect(paint)
    return preview.exec() == QDialog.DialogCode.Accepted


def send_to_printer(pdf: Path, printer: QPrinter) -> None:
    """Print without a question on the configured printer."""
    paint_pdf(pdf, printer)


def print_badges(parent: QWidget | None, context: DeskContext, attendee_ids: list[str]) -> bool:
    """Render, print (configured printer or dialog), log; True when the badges went to paper.

    A failure (unreadable file, printer refusing to start) is raised as :class:`CatchDeskError`
    in words for the caller to show; nothing is logged as printed then.
    """
    from PySide6.QtPrintSupport import QPrinter

    if not attendee_ids:
        return False
    with tempfile.TemporaryDirectory(prefix="catchdesk-badges-") as folder:
        pdf = Path(folder) / "badges.pdf"
        render_badge_pdf(context, attendee_ids, pdf)
        printer = configured_printer(context.settings.printer_name)
        if printer is not None:
            send_to_printer(pdf, printer)
            accepted = True
        else:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)

            def paint(target: QPrinter) -> None:
                try:
                    paint_pdf(pdf, target)
                except CatchDeskError:  # a slot must not raise: the preview stays blank
                    log.exception("badge preview failed")

            accepted = ask_print(parent, printer, paint)
        destination = printer_destination(printer)
    if not accepted:
        return False
    record_badge_prints(context, attendee_ids, context.settings.badge_layout, destination)
    return True


def record_badge_prints(
    context: DeskContext, attendee_ids: list[str], layout: str, destination: str
) -> int:
    """Log that these badges went to paper (or to a PDF for printing), in one transaction."""
    with context.store.write() as session:
        event = session.get(Event, context.event_id)
        if event is None:
            raise CatchDeskError(
                QCoreApplication.translate(
                    "BadgePrinting", "The event of this desk is no longer in the store."
                )
            )
        return record_prints(
            session, event, list(attendee_ids), layout, destination, context.desk_name
        )
