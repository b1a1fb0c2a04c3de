"""The import wizard: a registration export into the attendee list, without the command line.

Four pages, each one question: which file (and how it was read), which column is what (with a
preview of the first rows), what the import would do (the dry run: new, updated, unchanged and
rejected rows with their line numbers), then the import itself with a progress bar and the
final report. The same core steps as ``catchdesk import`` (:mod:`catchdesk.core.importing`),
run off the GUI thread by :mod:`catchdesk.ui.import_worker`. Nothing is written before the last
page, and the last page writes everything or nothing.

Entry point for menus and the welcome screen: :func:`open_import_wizard`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from catchdesk.core.importing import ImportReport
from catchdesk.ui.context import DeskContext
from catchdesk.ui.import_wizard_check import CheckPage
from catchdesk.ui.import_wizard_columns import ColumnsPage
from catchdesk.ui.import_wizard_result import ResultPage
from catchdesk.ui.import_wizard_state import ImportState, describe_preset, describe_table
from catchdesk.ui.import_wizard_widgets import Notice, busy_bar
from catchdesk.ui.import_worker import JobRunner, ReadFile, read_file
from catchdesk.ui.job_worker import BackgroundJob, error_text


def choose_import_file(parent: QWidget | None) -> str:
    """The native file dialog; the chosen path, or "" when the person cancelled.

    A function of its own so tests replace it instead of blocking on a modal dialog.
    """
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportWizard", "Choose the registration file"),
        start,
        QCoreApplication.translate(
            "ImportWizard", "Registration lists (*.csv *.xlsx *.txt *.tsv);;All files (*)"
        ),
    )
    return path


class FilePage(QWizardPage):
    """Pick the file; see at once how it was read (format, encoding, separator, sheet)."""

    def __init__(self, state: ImportState, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importFilePage")
        self.state = state
        self.jobs = jobs
        self._job: BackgroundJob | None = None
        self.setTitle(self.tr("Registration file"))
        self.setSubTitle(
            self.tr(
                "Choose the export of your ticketing platform (Eventbrite, pretix…) or your own "
                "list, as CSV or Excel (XLSX). Nothing is imported before the last step."
            )
        )
        self.path_edit = QLineEdit(objectName="importPath")
        self.path_edit.setPlaceholderText(self.tr("Path of a .csv or .xlsx file"))
        self.path_edit.returnPressed.connect(self._path_typed)
        self.browse_button = QPushButton(self.tr("Choose a file…"), objectName="importBrowse")
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)

        self.busy = busy_bar("importReading")
        self.notice = Notice("importFileMessage")
        self.details = QGroupBox(self.tr("How the file was read"), objectName="importDetails")
        self.details_form = QFormLayout(self.details)
        self.sheet_box: QComboBox | None = None
        """The sheet picker, shown for a workbook with several sheets."""
        self.details.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.notice)
        layout.addWidget(self.details)
        layout.addStretch(1)

    # -- choosing and reading ---------------------------------------------------------------

    def browse(self) -> None:
        path = choose_import_file(self)
        if path:
            self.load(path)

    def _path_typed(self) -> None:
        if self.path_edit.text().strip():
            self.load(self.path_edit.text().strip())

    def _sheet_chosen(self, _index: int) -> None:
        table = self.state.table
        sheet = self.sheet_box.currentText() if self.sheet_box is not None else ""
        if table is not None and table.path is not None and sheet != table.sheet:
            self.load(str(table.path), sheet=sheet)

    def load(self, path: str | Path, sheet: str | None = None) -> None:
        """Read ``path`` in the background; the page is complete once it was read."""
        self.path_edit.setText(str(path))
        self.state.path = Path(path)
        self.state.table = self.state.detected = self.state.mapping = None
        self.notice.clear_notice()
        self.busy.show()
        job = self.jobs.create(read_file(path, sheet))
        job.succeeded.connect(lambda read: self._read(job, read))
        job.failed.connect(lambda error: self._refused(job, error_text(error)))
        job.cancelled.connect(lambda _error: self._refused(job, ""))
        self._job = job
        self.completeChanged.emit()
        job.start()

    @property
    def reading(self) -> bool:
        return self._job is not None

    def _read(self, job: BackgroundJob, read: ReadFile) -> None:
        if job is not self._job:
            return  # an older file, replaced by another choice meanwhile
        self._job = None
        self.busy.hide()
        self.state.table, self.state.detected = read.table, read.detected
        self._show_details()
        self.completeChanged.emit()

    def _refused(self, job: BackgroundJob, message: str) -> None:
        if job is not self._job:
            return
        self._job = None
        self.busy.hide()
        self.details.hide()
        if message:
            self.notice.say(
                self.tr("This file cannot be imported. {reason}").format(reason=message), "error"
            )
        self.completeChanged.emit()

    def _show_details(self) -> None:
        table = self.state.table
        detected = self.state.detected
        if table is None or detected is None:
            return
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        self.sheet_box = None
        for what, value in describe_table(table):
            self.details_form.addRow(what, QLabel(value))
        if table.source == "xlsx":
            sheet: QWidget = QLabel(table.sheet or "")
            if len(table.sheets) > 1:
                self.sheet_box = QComboBox(objectName="importSheet")
                self.sheet_box.addItems(table.sheets)
                self.sheet_box.setCurrentText(table.sheet or "")
                self.sheet_box.activated.connect(self._sheet_chosen)
                sheet = self.sheet_box
            self.details_form.insertRow(1, self.tr("Sheet"), sheet)
        self.details_form.addRow(self.tr("Recognised as"), QLabel(describe_preset(detected.preset)))
        self.details.show()
        self.notice.say(
            self.tr("{file} was read. Next, check which column holds what.").format(
                file=table.name
            ),
            "success",
        )

    def isComplete(self) -> bool:
        return self.state.table is not None and not self.reading


class ImportWizard(QWizard):
    """Imports one registration file into the context's event; see the module docstring."""

    attendees_imported = Signal(object)
    """The import was written; carries its :class:`ImportReport`."""

    def __init__(
        self,
        context: DeskContext,
        parent: QWidget | None = None,
        path: str | Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import registrations"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.state = ImportState(context)
        self.jobs = JobRunner(self)
        self.file_page = FilePage(self.state, self.jobs)
        self.columns_page = ColumnsPage(self.state)
        self.check_page = CheckPage(self.state, self.jobs)
        self.result_page = ResultPage(self.state, self.jobs)
        for page in (self.file_page, self.columns_page, self.check_page, self.result_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.result_page.import_written.connect(self._written)
        self.result_page.retry_requested.connect(self._retry)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.resize(1100, 780)
        if path is not None:
            self.file_page.load(path)

    @property
    def report(self) -> ImportReport | None:
        """The final report, once the import ran to its end."""
        return self.state.report

    @property
    def imported(self) -> bool:
        return self.state.imported

    def _written(self, report: ImportReport) -> None:
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.attendees_imported.emit(report)

    def _retry(self) -> None:
        """Back from a stopped or failed import to the check, which runs again."""
        self.back()
        self.check_page.start_check()

    def reject(self) -> None:
        """Cancel: while importing, stop the import (the page says so); else close."""
        if self.result_page.running:
            self.result_page.stop()
            return
        self.jobs.stop_all()
        super().reject()

    def done(self, result: int) -> None:
        self.jobs.stop_all()
        super().done(result)


def open_import_wizard(
    context: DeskContext, parent: QWidget | None = None, path: str | Path | None = None
) -> bool:
    """Run the wizard as a modal dialog; True when attendees were imported."""
    wizard = ImportWizard(context, parent, path)
    try:
        wizard.exec()
        return wizard.imported
    finally:
        wizard.deleteLater()
