"""Coaching paper from the screens: a booking's slip, a coach's day, the overview of all coaches.

The paper is drawn by :mod:`catchdesk.documents` from :mod:`catchdesk.core.coaching_paper`
(the same PDF as ``catchdesk coaching slip|schedule|overview``), in a worker thread because an
A4 overview takes a tenth of a second or more, then shown in a preview whose Print button opens
the native print dialog and whose Save button keeps the PDF. What is previewed is exactly what
prints. :attr:`CoachingPrinting.show_preview` is an attribute so tests replace the dialog.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.coaching_paper import booking_slips, coaching_paper
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.models import Event
from catchdesk.ui.coaching_states import ui_language
from catchdesk.ui.context import DeskContext
from catchdesk.ui.job_worker import BackgroundJob, JobControl, JobProgressDialog, error_text


def _event(session: Any, context: DeskContext) -> Event:
    event = session.get(Event, context.event_id)
    if event is None:
        raise CatchDeskError(
            QCoreApplication.translate(
                "CoachingPrinting", "The event of this desk is no longer in the store."
            )
        )
    return event


def draw_slip(context: DeskContext, booking_id: str, size: str, out: Path) -> int:
    """The slip of one booking, in its attendee's own language; the page count."""
    from catchdesk.documents.coaching_slips import render_slips

    with context.store.read() as session:
        slips = booking_slips(session, _event(session, context), booking_id)
    return render_slips(slips, out, size=size)


def draw_coach_day(
    context: DeskContext, coach_id: str, out: Path, language: str | None, now: dt.datetime
) -> int:
    from catchdesk.documents.coach_schedules import render_schedules

    with context.store.read() as session:
        paper = coaching_paper(session, _event(session, context), [coach_id], now=now)
    return render_schedules(paper, out, language)


def draw_overview(context: DeskContext, out: Path, language: str | None, now: dt.datetime) -> int:
    from catchdesk.documents.coaching_overview import render_overview

    with context.store.read() as session:
        paper = coaching_paper(session, _event(session, context), now=now)
    return render_overview(paper, out, language)


class PaperPreview(QDialog):
    """A PDF as it will print, with Print… and Save as PDF…."""

    def __init__(
        self, pdf: Path, title: str, context: DeskContext, parent: QWidget | None = None
    ) -> None:
        from catchdesk.ui.pdf_preview import PdfPreview

        super().__init__(parent)
        self.setObjectName("coachingPaperPreview")
        self.setWindowTitle(title)
        self.pdf = pdf
        self.context = context
        self.preview = PdfPreview(self.tr("Nothing to show."), self)
        self.preview.load(pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Print…"), objectName="previewPrintButton")
        self.save_button = QPushButton(self.tr("&Save as PDF…"), objectName="previewSaveButton")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(720, 820)
        self._job: BackgroundJob | None = None

    def print_pdf(self) -> None:
        from catchdesk.ui.pdf_printing import ask_printer, new_printer, paint_pdf

        printer = new_printer()
        if self.context.settings.printer_name:
            printer.setPrinterName(self.context.settings.printer_name)
        if not ask_printer(self, printer):
            return
        pdf = self.pdf
        job = BackgroundJob(
            lambda control: paint_pdf(
                pdf, printer, progress=control.progress, cancelled=control.cancelled
            ),
            self,
        )
        job.failed.connect(lambda error: self.preview.caption.setText(error_text(error)))
        job.succeeded.connect(
            lambda _pages: self.preview.caption.setText(self.tr("Sent to the printer."))
        )
        self._job = job
        JobProgressDialog(
            job, self.tr("Printing"), self.tr("Sending the pages to the printer…"), self
        )
        job.start()

    def save_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self.pdf.name, self.tr("PDF document (*.pdf)")
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(self.pdf, target)
        except OSError as error:
            self.preview.caption.setText(
                self.tr("The file could not be saved: %1").replace("%1", error.strerror or "")
            )
            return
        self.preview.caption.setText(self.tr("Saved %1").replace("%1", str(target)))

    def done(self, result: int) -> None:
        if self._job is not None and self._job.is_running():
            self._job.stop()
        super().done(result)


class CoachingPrinting(QObject):
    """Slips, schedules and the overview, drawn in the background and previewed."""

    drawn = Signal(str)
    """A PDF was drawn (its path), just before it is previewed."""
    failed = Signal(str)
    """Drawing failed: the sentence to show."""

    def __init__(
        self, context: DeskContext, clock: Callable[[], dt.datetime], window: QWidget
    ) -> None:
        super().__init__(window)
        self.context = context
        self.clock = clock
        self.window = window
        self.show_preview: Callable[[Path, str], None] = self._preview
        self._jobs: set[BackgroundJob] = set()

    def slip(self, booking_id: str, size: str = "receipt") -> BackgroundJob:
        context = self.context
        return self._draw(
            lambda out: draw_slip(context, booking_id, size, out),
            "slip.pdf",
            self.tr("Coaching slip"),
        )

    def coach_day(self, coach_id: str) -> BackgroundJob:
        context, language, now = self.context, ui_language(self.context), self.clock()
        return self._draw(
            lambda out: draw_coach_day(context, coach_id, out, language, now),
            "coach-day.pdf",
            self.tr("Coach's day"),
        )

    def overview(self) -> BackgroundJob:
        context, language, now = self.context, ui_language(self.context), self.clock()
        return self._draw(
            lambda out: draw_overview(context, out, language, now),
            "coaching-overview.pdf",
            self.tr("Overview of all coaches"),
        )

    def wait(self) -> None:
        """Wait for every drawing job and deliver its outcome (tests, shutdown)."""
        for job in list(self._jobs):
            job.wait()
            job.stop()

    def stop_jobs(self) -> None:
        for job in list(self._jobs):
            if job.is_running():
                job.stop()

    def _draw(self, draw: Callable[[Path], int], name: str, title: str) -> BackgroundJob:
        folder = Path(tempfile.mkdtemp(prefix="catchdesk-coaching-"))
        out = folder / name

        def work(_control: JobControl) -> Path:
            draw(out)
            return out

        job = BackgroundJob(work, self)
        self._jobs.add(job)

        def succeeded(path: Path) -> None:
            self.drawn.emit(str(path))
            self.show_preview(path, title)

        def failed(error: BaseException) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self.failed.emit(error_text(error))

        def finished() -> None:
            self._jobs.discard(job)
            job.deleteLater()

        job.succeeded.connect(succeeded)
        job.failed.connect(failed)
        job.cancelled.connect(failed)
        job.finished.connect(finished)
        return job.start()

    def _preview(self, pdf: Path, title: str) -> None:
        dialog = PaperPreview(pdf, title, self.context, self.window)
        dialog.finished.connect(lambda _r: shutil.rmtree(pdf.parent, ignore_errors=True))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
