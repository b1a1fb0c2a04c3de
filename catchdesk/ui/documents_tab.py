"""What the Badges and Certificates tabs share: whose documents, one job at a time, a preview.

Both tabs read the same way (DESIGN.md §10): on the left, *who* (radio choices over the
checkable list of attendees) and the actions, the main one on the right of its row; on the
right, the PDF as it will print. Ticking someone in the list switches the choice to "the people
ticked", so the list is never ticked in vain. Jobs run one at a time in a worker thread behind
a progress window; what they drew lives in a temporary folder removed when the screen closes.
"""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLayout,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from catchdesk.ui.context import DeskContext
from catchdesk.ui.documents_people import PeopleList, PeopleModel, PeoplePicker
from catchdesk.ui.documents_widgets import Notice
from catchdesk.ui.job_worker import BackgroundJob, JobControl, JobProgressDialog, error_text
from catchdesk.ui.pdf_preview import PdfPreview


class DocumentTab(QWidget):
    """A tab of documents for chosen people: subclasses add their choices and actions."""

    def __init__(
        self, context: DeskContext, model: PeopleModel, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.context = context
        self.job: BackgroundJob | None = None
        self.people = PeopleList()
        self.model = model
        model.setParent(self)
        self.picker = PeoplePicker(model)
        self.ticked_radio = QRadioButton(objectName=f"{name}Ticked")
        self.notice = Notice(f"{name}Notice")
        self._buttons: list[QPushButton] = []
        self._files = tempfile.TemporaryDirectory(prefix="catchdesk-documents-")
        self._numbers = itertools.count(1)
        model.ticks_changed.connect(self._ticks_changed)

    # -- building ----------------------------------------------------------------------------

    def who_box(self, title: str, radios: Sequence[QRadioButton]) -> QGroupBox:
        """The choice of people: ``radios`` then "the people ticked below" over the list."""
        box = QGroupBox(title)
        group = QButtonGroup(box)
        layout = QVBoxLayout(box)
        for radio in [*radios, self.ticked_radio]:
            group.addButton(radio)
            layout.addWidget(radio)
        radios[0].setChecked(True)
        group.buttonToggled.connect(lambda _button, on: on and self.choice_changed())
        layout.addWidget(self.picker, 1)
        return box

    def arrange(
        self, parts: Sequence[QWidget | QLayout], pdf: PdfPreview, buttons: list[QPushButton]
    ) -> None:
        """``parts`` stacked on the left (the first one stretches), the preview on the right."""
        self._buttons = buttons
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        for index, part in enumerate(parts):
            if isinstance(part, QLayout):
                column.addLayout(part)
            else:
                column.addWidget(part, 1 if index == 0 else 0)
        column.addWidget(self.notice)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(pdf)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.show_counts()

    # -- people ------------------------------------------------------------------------------

    def set_people(self, people: PeopleList) -> None:
        """A fresh list of attendees (the screen reloads it when shown, and after printing)."""
        self.people = people
        self.model.set_people(people)
        self.show_counts()

    def show_counts(self) -> None:
        """Write how many people each choice covers into its radio button."""
        self.ticked_radio.setText(
            QCoreApplication.translate("DocumentTab", "Only the people ticked below (%1)").replace(
                "%1", str(len(self.model.ticked))
            )
        )

    def choice_changed(self) -> None:
        """The people or options changed: what was drawn for the old choice is out of date."""

    def _ticks_changed(self, count: int) -> None:
        if count and not self.ticked_radio.isChecked():
            self.ticked_radio.setChecked(True)
        self.show_counts()
        self.choice_changed()

    def nobody_ticked(self, advice: str) -> bool:
        """True (and said) when the ticked choice is chosen with nobody ticked."""
        if self.ticked_radio.isChecked() and not self.model.ticked:
            self.notice.show_message("warning", advice)
            return True
        return False

    # -- jobs --------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.job is not None and self.job.is_running()

    def start_job(
        self, work: Callable[[JobControl], object], title: str, text: str, stopped: str
    ) -> BackgroundJob:
        """Run ``work`` in a worker behind a progress window; failures and stops are said."""
        self.notice.clear_message()
        job = BackgroundJob(work, self)
        self.job = job
        JobProgressDialog(job, title, text, self)
        job.failed.connect(lambda error: self.notice.show_message("error", error_text(error)))
        if stopped:
            job.cancelled.connect(lambda _error: self.notice.show_message("warning", stopped))
        job.finished.connect(self._job_finished)
        self._set_busy(True)
        return job.start()

    def _job_finished(self) -> None:
        # A job that chains another (draw, then print) leaves the buttons to the next one.
        if not self.busy():
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for button in self._buttons:
            button.setEnabled(not busy)

    def temporary(self, kind: str) -> Path:
        """A new file name in this tab's temporary folder (the preview may hold the last one)."""
        return Path(self._files.name) / f"{kind}-{next(self._numbers)}.pdf"

    def shutdown(self) -> None:
        """Stop a running job and remove the drawn files (the screen is closing)."""
        if self.job is not None:
            self.job.stop()
        self._files.cleanup()
