"""The last page: the import itself, with a progress bar, a way to stop, and the final report.

The rows are checked again and written in one transaction in the background
(:func:`~catchdesk.ui.import_worker.write_import`); the wizard's Cancel button stops it and the
core undoes every write, so the page can say "nothing was imported" and mean it. After a stop
or a failure the person goes back to the check and tries again; after success the figures are
those of what was written, not of the dry run.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.importing import ImportReport
from catchdesk.ui.import_wizard_check import ReportTiles, RowsView, report_details, report_rows
from catchdesk.ui.import_wizard_state import ImportState
from catchdesk.ui.import_wizard_widgets import Notice
from catchdesk.ui.import_worker import JobRunner, write_import
from catchdesk.ui.job_worker import BackgroundJob, error_text


class ResultPage(QWizardPage):
    """Writes the import and shows how it ended; see the module docstring."""

    import_written = Signal(object)
    """The rows are in the store; carries the :class:`ImportReport`."""
    retry_requested = Signal()
    """The person wants to go back to the check after a stop or a failure."""

    def __init__(self, state: ImportState, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importResultPage")
        self.state = state
        self.jobs = jobs
        self._job: BackgroundJob | None = None
        self._done = False
        self.setTitle(self.tr("Import"))
        self.setSubTitle(
            self.tr(
                "The registrations are written in one go: all of them, or none if you stop "
                "the import with Cancel."
            )
        )
        self.progress_label = QLabel(objectName="importProgressLabel")
        self.progress = QProgressBar(objectName="importProgress")
        self.progress.setRange(0, 0)
        self.progress.setMinimumHeight(28)
        self.tiles = ReportTiles("result", self.tr("rows left out"))
        self.tiles.hide()
        self.notice = Notice("importResultMessage")
        self.retry_button = QPushButton(self.tr("Back to the check"), objectName="importRetry")
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self.retry_requested)
        self.retry_button.hide()
        retry_row = QHBoxLayout()
        retry_row.addWidget(self.retry_button)
        retry_row.addStretch(1)
        self.rows = RowsView("importResultRows")
        self.rows.hide()
        self.details = QLabel(objectName="importResultDetails")
        self.details.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.tiles)
        layout.addWidget(self.notice)
        layout.addLayout(retry_row)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.details)
        layout.addStretch(0)

    @property
    def running(self) -> bool:
        return self._job is not None

    def initializePage(self) -> None:
        table, mapping = self.state.table, self.state.mapping
        self._done = False
        self.state.report = None
        self.tiles.hide()
        self.rows.hide()
        self.retry_button.hide()
        self.notice.clear_notice()
        self.details.clear()
        if table is None or mapping is None:
            return
        self.progress.show()
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Importing… the list is checked once more first."))
        context = self.state.context
        work = write_import(
            context.store,
            context.event_id,
            table,
            mapping,
            allow_partial=self.state.allow_partial,
        )
        job = self.jobs.create(work)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(lambda report: self._succeeded(job, report))
        job.failed.connect(lambda error: self._ended(job, error_text(error), "error"))
        job.cancelled.connect(lambda _error: self._ended(job, "", "cancelled"))
        self._job = job
        job.start()

    def stop(self) -> None:
        """Ask the import to stop; the page tells the outcome once the thread says so."""
        if self._job is not None:
            self._job.cancel()
            self.progress_label.setText(self.tr("Stopping… nothing will be imported."))

    def _progressed(self, done: int, total: int) -> None:
        if self._job is None or total <= 0:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress_label.setText(
            self.tr("Importing: {done} of {total} rows written…").format(done=done, total=total)
        )

    def _succeeded(self, job: BackgroundJob, report: ImportReport) -> None:
        if job is not self._job:
            return
        self._job = None
        self._done = True
        self.state.report = report
        self.progress.hide()
        self.progress_label.setText(
            self.tr("{file} into “{event}”").format(file=report.file, event=self._event_name())
        )
        self.tiles.show_report(report)
        self.tiles.show()
        self.rows.show_rows([row for row in report_rows(report) if row.kind == "rejected"])
        self.details.setText(report_details(report))
        if not report.written:
            self.notice.say(
                self.tr("Nothing had to change: the attendee list was already up to date."),
                "info",
            )
        elif report.rejected:
            self.notice.say(
                self.tr(
                    "Done: the valid rows are in the attendee list. The rows listed below were "
                    "left out; correct them in the file and import it again to add them."
                ),
                "success",
            )
        else:
            self.notice.say(self.tr("Done: everyone is in the attendee list."), "success")
        if report.written:
            self.import_written.emit(report)
        self.completeChanged.emit()

    def _event_name(self) -> str:
        try:
            return self.state.context.event().name
        except CatchDeskError:
            return ""

    def _ended(self, job: BackgroundJob, message: str, kind: str) -> None:
        if job is not self._job:
            return
        self._job = None
        self.progress.hide()
        self.progress_label.clear()
        if kind == "cancelled":
            self.notice.say(
                self.tr("The import was stopped. Nothing was imported: the list is as before."),
                "warning",
            )
        else:
            self.notice.say(
                self.tr("The import failed and nothing was imported. {reason}").format(
                    reason=message
                ),
                "error",
            )
        self.retry_button.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._done
