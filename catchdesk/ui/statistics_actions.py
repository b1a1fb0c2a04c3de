"""What the statistics screen's buttons do: export the figures or the list, save or print the
summary, each as a background job with a progress window.

:class:`StatisticsFiles` owns those jobs, so the screen only wires buttons to it and shows what
it says. The save and print dialogs are attributes (:attr:`StatisticsFiles.ask_save_path`,
:attr:`StatisticsFiles.ask_print`, :attr:`StatisticsFiles.show_error`) that tests replace.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from catchdesk.ui import statistics_files as files
from catchdesk.ui.context import DeskContext
from catchdesk.ui.job_worker import BackgroundJob, JobControl, JobProgressDialog, error_text


class StatisticsFiles(QObject):
    """The file actions of one statistics screen and the jobs they run."""

    file_saved = Signal(str)
    """A file was written (its path)."""
    message_changed = Signal(str)
    """One line for the screen to show: saved where, stopped, sent to the printer."""
    busy_changed = Signal(bool)
    """True while a job runs (the screen disables its buttons), False when all are done."""

    def __init__(self, context: DeskContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.ask_save_path: Callable[..., tuple[str, str]] = files.ask_save_path
        self.ask_print: Callable[[QWidget | None], Any] = files.ask_print
        self.show_error: Callable[[str], None] = self._show_error
        self._jobs: set[BackgroundJob] = set()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def stop_jobs(self) -> None:
        """Stop every job and wait for it: the window is going away."""
        for job in list(self._jobs):
            if job.is_running():
                job.stop()

    # -- actions -------------------------------------------------------------------------------

    def export_figures(self) -> None:
        self._export(
            self.tr("Export the figures"),
            self.tr("figures"),
            self.tr("Exporting the figures"),
            lambda out, delimiter, language, _control: files.save_figures(
                self.context, out, delimiter, language
            ),
        )

    def export_attendees(self) -> None:
        self._export(
            self.tr("Export the attendee list"),
            self.tr("attendees"),
            self.tr("Exporting the attendee list"),
            lambda out, delimiter, language, control: files.save_attendees(
                self.context, out, delimiter, language, control
            ),
        )

    def save_summary(self) -> None:
        name, day = self._event_name_and_day()
        path, _chosen = self.ask_save_path(
            self.window,
            self.tr("Save the summary"),
            files.suggested_path(self.tr("summary"), name, day, ".pdf"),
            [self.tr("PDF document (*.pdf)")],
        )
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        context, language = self.context, self._language()
        self._run(
            lambda _control: files.save_summary(context, out, language),
            self.tr("Saving the summary"),
            self.tr("Writing %1…").replace("%1", out.name),
            lambda written: self._saved(written, None),
        )

    def print_summary(self) -> None:
        """Draw the summary in the background, ask for a printer, print in the background."""
        folder = Path(tempfile.mkdtemp(prefix="catchdesk-summary-"))
        pdf = folder / "summary.pdf"
        context, language = self.context, self._language()

        def drawn(_path: Path) -> None:
            printer = self.ask_print(self.window)
            if printer is None:
                shutil.rmtree(folder, ignore_errors=True)
                return

            def paint(control: JobControl) -> int:
                from catchdesk.ui.pdf_printing import paint_pdf

                try:
                    return paint_pdf(
                        pdf, printer, progress=control.progress, cancelled=control.cancelled
                    )
                finally:
                    shutil.rmtree(folder, ignore_errors=True)

            self._run(
                paint,
                self.tr("Printing the summary"),
                self.tr("Sending the summary to the printer…"),
                lambda _pages: self.message_changed.emit(
                    self.tr("The summary went to the printer.")
                ),
            )

        def ended(succeeded: bool) -> None:
            if not succeeded:  # nothing to print: the drawing failed or was stopped
                shutil.rmtree(folder, ignore_errors=True)

        self._run(
            lambda _control: files.save_summary(context, pdf, language),
            self.tr("Printing the summary"),
            self.tr("Drawing the summary…"),
            drawn,
            on_end=ended,
        )

    # -- internals -----------------------------------------------------------------------------

    def _language(self) -> str | None:
        return self.context.settings.language or None

    def _event_name_and_day(self) -> tuple[str, Any]:
        event = self.context.event()
        return event.name, event.starts_on

    def _export(
        self,
        caption: str,
        stem: str,
        title: str,
        save: Callable[[Path, str, str | None, JobControl], Any],
    ) -> None:
        """Ask where (XLSX or CSV, and which delimiter), then write in the background."""
        name, day = self._event_name_and_day()
        path, chosen = self.ask_save_path(
            self.window,
            caption,
            files.suggested_path(stem, name, day, ".xlsx"),
            files.spreadsheet_filters(),
        )
        if not path:
            return
        out, delimiter = files.chosen_spreadsheet(path, chosen)
        language = self._language()
        self._run(
            lambda control: save(out, delimiter, language, control),
            title,
            self.tr("Writing %1…").replace("%1", out.name),
            lambda result: self._saved(result.path, result.rows),
        )

    def _run(
        self,
        work: Callable[[JobControl], Any],
        title: str,
        text: str,
        on_success: Callable[[Any], None],
        on_end: Callable[[bool], Any] | None = None,
    ) -> BackgroundJob:
        """Run a file job with a progress window (shown only if it lasts)."""
        job = BackgroundJob(work, self)
        self._jobs.add(job)
        self.busy_changed.emit(True)

        def succeeded(result: Any) -> None:
            on_success(result)
            if on_end is not None:
                on_end(True)

        def unsuccessful(error: BaseException) -> None:
            if on_end is not None:
                on_end(False)
            if job.outcome == "cancelled":
                self.message_changed.emit(self.tr("Stopped; no file was written."))
            else:
                self.show_error(error_text(error))

        def finished() -> None:
            self._jobs.discard(job)
            job.deleteLater()
            self.busy_changed.emit(self.busy)

        job.succeeded.connect(succeeded)
        job.failed.connect(unsuccessful)
        job.cancelled.connect(unsuccessful)
        job.finished.connect(finished)
        JobProgressDialog(job, title, text, self.window)
        return job.start()

    def _saved(self, path: Path, rows: int | None) -> None:
        if rows is None:
            text = self.tr("Saved %1").replace("%1", str(path))
        else:
            text = self.tr("Saved %1 rows to %2").replace("%1", str(rows)).replace("%2", str(path))
        self.message_changed.emit(text)
        self.file_saved.emit(str(path))

    def _show_error(self, text: str) -> None:
        self.message_changed.emit(text)
        QMessageBox.warning(self.window, self.tr("Statistics"), text)
