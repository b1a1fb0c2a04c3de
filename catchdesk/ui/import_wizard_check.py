"""The check page: the dry run, so the person sees what the import would do before it does.

Every row is checked and matched against the attendee list in the background (a read-only
transaction): how many people are new, updated or unchanged, and every row that would be
rejected, by its line in the file and the reason. Rows rejected block the import unless the
person chooses to import only the valid ones — the GUI's ``--allow-partial``. This is the
commit page: the next step writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from catchdesk.core.importing import ImportPlan, ImportReport
from catchdesk.ui.import_wizard_state import ImportState, field_label, translated
from catchdesk.ui.import_wizard_widgets import CountTile, Notice, busy_bar
from catchdesk.ui.import_worker import CheckedFile, JobRunner, check_file
from catchdesk.ui.job_worker import BackgroundJob, error_text

Index = QModelIndex | QPersistentModelIndex


class ReportTiles(QWidget):
    """The four figures of an import report side by side."""

    def __init__(self, prefix: str, rejected_caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = CountTile(f"{prefix}New", self.tr("new people"))
        self.updated = CountTile(f"{prefix}Updated", self.tr("updated"))
        self.unchanged = CountTile(f"{prefix}Unchanged", self.tr("already up to date"))
        self.rejected = CountTile(f"{prefix}Rejected", rejected_caption)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for tile in (self.new, self.updated, self.unchanged, self.rejected):
            layout.addWidget(tile, 1)

    def show_report(self, report: ImportReport) -> None:
        self.new.set_count(report.new)
        self.updated.set_count(report.updated)
        self.unchanged.set_count(report.unchanged)
        self.rejected.set_count(report.rejected, alert=True)


ROW_KINDS: dict[str, str] = {
    "rejected": QT_TRANSLATE_NOOP("ImportWizard", "Rejected"),
    "new": QT_TRANSLATE_NOOP("ImportWizard", "New"),
    "updated": QT_TRANSLATE_NOOP("ImportWizard", "Updated"),
    "remark": QT_TRANSLATE_NOOP("ImportWizard", "Remark"),
}
ROW_COLOURS = {"rejected": QColor("#b71c1c"), "remark": QColor("#7a4f00")}
"""Dark enough for 4.5 : 1 on white; the outcome is also said in words."""


@dataclass(frozen=True, slots=True)
class ReportRow:
    line: int
    kind: str
    details: str


def report_rows(report: ImportReport, plan: ImportPlan | None = None) -> list[ReportRow]:
    """The rows worth a look, rejected ones first, then by line: new (when the plan is given),
    updated people with the fields that change, and rows imported with a remark."""
    rows = [ReportRow(p.line, "rejected", p.reason) for p in report.problems]
    others: list[ReportRow] = []
    if plan is not None:
        for planned in plan.new:
            email = planned.values.get("email", "")
            others.append(
                ReportRow(planned.line, "new", " — ".join(filter(None, (planned.name, email))))
            )
    for change in report.changes:
        fields = [field_label(f) for f in change.fields if f != "external_codes"]
        if "external_codes" in change.fields:
            fields.append(QCoreApplication.translate("ImportWizard", "new ticket code"))
        others.append(ReportRow(change.line, "updated", f"{change.name}: {', '.join(fields)}"))
    others += [ReportRow(w.line, "remark", w.reason) for w in report.warnings]
    rows.sort(key=lambda row: row.line)
    others.sort(key=lambda row: row.line)
    return rows + others


class RowsModel(QAbstractTableModel):
    """Line, outcome and details of each row worth a look; cheap for 10,000 rows."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ReportRow] = []
        self.headers = [
            QCoreApplication.translate("ImportWizard", "Line"),
            QCoreApplication.translate("ImportWizard", "Outcome"),
            QCoreApplication.translate("ImportWizard", "Details"),
        ]

    def set_rows(self, rows: list[ReportRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return str(row.line)
            if index.column() == 1:
                return translated(ROW_KINDS[row.kind])
            return row.details
        if role == Qt.ItemDataRole.ForegroundRole and row.kind in ROW_COLOURS:
            return QBrush(ROW_COLOURS[row.kind])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def lines(self, kind: str | None = None) -> list[int]:
        """The line numbers listed (of ``kind`` only, when given)."""
        return [row.line for row in self.rows if kind is None or row.kind == kind]


class RowsView(QTableView):
    """The rows of a report in a table: one line each, the full text in a tooltip."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.rows_model = RowsModel()
        self.setModel(self.rows_model)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        # Widths from the texts, not from the rows: measuring 10,000 rows would freeze the window.
        metrics = self.fontMetrics()
        outcomes = [translated(kind) for kind in ROW_KINDS.values()]
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, metrics.horizontalAdvance("000000") + 24)
        header.resizeSection(1, max(metrics.horizontalAdvance(t) for t in outcomes) + 32)
        header.setStretchLastSection(True)

    def show_rows(self, rows: list[ReportRow]) -> None:
        self.rows_model.set_rows(rows)
        self.setVisible(bool(rows))


def report_details(report: ImportReport) -> str:
    """What else the person should know: cancelled registrations, columns left out, notes."""
    translate = QCoreApplication.translate
    details = []
    if report.cancelled:
        details.append(
            translate(
                "ImportWizard", "Marked as cancelled in the file: {count} (imported as cancelled)."
            ).format(count=report.cancelled)
        )
    if report.unmapped_columns:
        details.append(
            translate("ImportWizard", "Columns left out: {columns}.").format(
                columns=", ".join(report.unmapped_columns)
            )
        )
    return "\n".join([*details, *report.notes])


class CheckPage(QWizardPage):
    """The dry run's figures and rows; see the module docstring."""

    def __init__(self, state: ImportState, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importCheckPage")
        self.state = state
        self.jobs = jobs
        self._job: BackgroundJob | None = None
        self.setTitle(self.tr("Check"))
        self.setSubTitle(
            self.tr(
                "What the import would do, row by row, compared with the attendee list. "
                "Nothing has been written yet."
            )
        )
        self.setCommitPage(True)
        self.busy = busy_bar("importChecking")
        self.busy_label = QLabel(self.tr("Checking every row against the attendee list…"))
        self.busy_label.hide()
        self.tiles = ReportTiles("check", self.tr("rejected rows"))
        self.notice = Notice("importCheckMessage")
        self.partial = QCheckBox(objectName="importAllowPartial")
        self.partial.toggled.connect(self._partial_toggled)
        self.partial.hide()
        self.rows = RowsView("importCheckRows")
        self.details = QLabel(objectName="importCheckDetails")
        self.details.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.tiles)
        layout.addWidget(self.notice)
        layout.addWidget(self.partial)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.details)
        layout.addStretch(0)

    def initializePage(self) -> None:
        self.start_check()

    def cleanupPage(self) -> None:
        self._job = None  # a check still running is for a mapping the person is changing

    def start_check(self) -> None:
        """Run the dry run in the background for the current file and mapping."""
        table, mapping = self.state.table, self.state.mapping
        if table is None or mapping is None:
            return
        self.state.checked = None
        self.partial.setChecked(False)
        self.partial.hide()
        self.notice.clear_notice()
        self.rows.hide()
        self.details.clear()
        self.tiles.setEnabled(False)
        self.busy.show()
        self.busy_label.show()
        context = self.state.context
        job = self.jobs.create(check_file(context.store, context.event_id, table, mapping))
        job.succeeded.connect(lambda checked: self._checked(job, checked))
        job.failed.connect(lambda error: self._failed(job, error_text(error)))
        self._job = job
        self.completeChanged.emit()
        job.start()

    @property
    def checking(self) -> bool:
        return self._job is not None

    def _stopped_waiting(self, job: BackgroundJob) -> bool:
        if job is not self._job:
            return False
        self._job = None
        self.busy.hide()
        self.busy_label.hide()
        return True

    def _failed(self, job: BackgroundJob, message: str) -> None:
        if self._stopped_waiting(job):
            self.notice.say(
                self.tr("The file could not be checked. {reason} Go back to fix it.").format(
                    reason=message
                ),
                "error",
            )
            self.completeChanged.emit()

    def _checked(self, job: BackgroundJob, checked: CheckedFile) -> None:
        if not self._stopped_waiting(job):
            return
        self.state.checked = checked
        report = checked.report
        self.tiles.setEnabled(True)
        self.tiles.show_report(report)
        self.rows.show_rows(report_rows(report, checked.plan))
        self.details.setText(report_details(report))
        if report.rejected:
            self.notice.say(
                self.tr(
                    "Rows that cannot be imported: {count}. Their line in the file and the "
                    "reason are listed below. Nothing is imported while they are in the file: "
                    "correct them and choose the file again, or import only the valid rows."
                ).format(count=report.rejected),
                "error",
            )
            valid = report.new + report.updated + report.unchanged
            self.partial.setText(
                self.tr("Import only the {valid} valid rows and leave the {rejected} out").format(
                    valid=valid, rejected=report.rejected
                )
            )
            self.partial.show()
        else:
            self._say_ready(report)
        self.completeChanged.emit()

    def _say_ready(self, report: ImportReport) -> None:
        if report.new + report.updated == 0:
            self.notice.say(
                self.tr(
                    "Everyone in this file is already in the attendee list with the same "
                    "details: there is nothing to import."
                ),
                "info",
            )
        else:
            self.notice.say(self.tr("Ready. Press “Import” to write these changes."), "success")

    def _partial_toggled(self, checked: bool) -> None:
        self.state.allow_partial = checked
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        checked = self.state.checked
        if checked is None or self.checking:
            return False
        report = checked.report
        if report.rejected and not self.partial.isChecked():
            return False
        return report.new + report.updated > 0
