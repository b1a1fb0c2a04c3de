"""Merging two rows of the attendee list: both records side by side, and what will be kept.

The organiser picks which record survives (by default the one who already checked in, else the
older registration); the last column shows the survivor's details after the merge, with the
empty ones filled from the other, computed by the same core function that merges
(:func:`~catchdesk.core.merge.preview_merge`). The dialog is the one confirmation: "Merge"
does it, in one transaction; refusals (two events, an already merged record) are said before
anything is asked.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.attendee_table import AttendeeRow, RowStatus, load_rows
from catchdesk.core.codes import format_code
from catchdesk.core.errors import NotFoundError
from catchdesk.core.merge import FILLABLE, preview_merge
from catchdesk.core.models import Attendee
from catchdesk.core.timeutil import local_time
from catchdesk.ui.attendee_list_model import status_label
from catchdesk.ui.context import DeskContext

FIELD_LABELS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("MergeDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("MergeDialog", "Last name"),
    "email": QT_TRANSLATE_NOOP("MergeDialog", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("MergeDialog", "Phone"),
    "organisation": QT_TRANSLATE_NOOP("MergeDialog", "Organisation"),
    "job_title": QT_TRANSLATE_NOOP("MergeDialog", "Job"),
    "sector": QT_TRANSLATE_NOOP("MergeDialog", "Sector"),
    "needs": QT_TRANSLATE_NOOP("MergeDialog", "Needs"),
    "ticket_type": QT_TRANSLATE_NOOP("MergeDialog", "Ticket"),
}
FILLED_STYLE = "color: #1b5e20; font-weight: bold;"
SOURCE_LABELS: dict[str, str] = {
    "import": QT_TRANSLATE_NOOP("MergeDialog", "Imported on {date}"),
    "walk_in": QT_TRANSLATE_NOOP("MergeDialog", "Walk-in on {date}"),
    "manual": QT_TRANSLATE_NOOP("MergeDialog", "Added on {date}"),
}


def _default_survivor(first: AttendeeRow, second: AttendeeRow, older: str) -> str:
    """The one who checked in; else the older registration."""
    came = [row.id for row in (first, second) if row.status is RowStatus.CHECKED_IN]
    return came[0] if len(came) == 1 else older


class MergeDialog(QDialog):
    """Two records side by side; choose the one to keep; Merge."""

    def __init__(
        self, context: DeskContext, first_id: str, second_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two records"))
        self.context = context
        with context.store.read() as session:
            people = {
                p.id: p
                for p in (session.get(Attendee, first_id), session.get(Attendee, second_id))
                if p is not None
            }
            rows = {row.id: row for row in load_rows(session, [first_id, second_id])}
            if len(people) != 2 or len(rows) != 2:
                raise NotFoundError(
                    self.tr("One of the two people is no longer in the store; refresh the list.")
                )
            details = {
                pid: {name: str(getattr(person, name)) for name in FILLABLE}
                for pid, person in people.items()
            }
            older = min(people.values(), key=lambda p: (p.created_at, p.id)).id
            zone = context.event().timezone
            origins = {
                pid: QCoreApplication.translate(
                    "MergeDialog", SOURCE_LABELS.get(person.source, SOURCE_LABELS["manual"])
                ).format(date=local_time(person.created_at, zone).strftime("%d/%m/%Y %H:%M"))
                for pid, person in people.items()
            }
        self.ids = (first_id, second_id)
        self.rows = rows
        self.details = details
        self.origins = origins
        self.survivor_id = _default_survivor(rows[first_id], rows[second_id], older)
        self._build()
        self._show_result()

    @property
    def other_id(self) -> str:
        return self.ids[1] if self.survivor_id == self.ids[0] else self.ids[0]

    def _build(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        self.choice = QButtonGroup(self)
        heading = QLabel(self.tr("After the merge"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        for column, attendee_id in enumerate(self.ids, start=1):
            button = QRadioButton(self.tr("Keep this record"), objectName=f"keep{column}")
            button.setChecked(attendee_id == self.survivor_id)
            button.toggled.connect(
                lambda on, chosen=attendee_id: on and self.choose_survivor(chosen)
            )
            self.choice.addButton(button)
            grid.addWidget(button, 0, column)
            origin = QLabel(self.origins[attendee_id])
            origin.setStyleSheet("color: #5a6170;")
            grid.addWidget(origin, 1, column)
        grid.addWidget(heading, 0, 3)
        self.result_labels: dict[str, QLabel] = {}
        line = 2
        for name in FILLABLE:
            values = [self.details[attendee_id][name] for attendee_id in self.ids]
            if not any(value.strip() for value in values):
                continue
            grid.addWidget(
                QLabel(QCoreApplication.translate("MergeDialog", FIELD_LABELS[name])), line, 0
            )
            for column, value in enumerate(values, start=1):
                grid.addWidget(self._cell(value), line, column)
            result = self._cell("")
            self.result_labels[name] = result
            grid.addWidget(result, line, 3)
            line += 1
        grid.addWidget(QLabel(self.tr("Ticket code")), line, 0)
        for column, attendee_id in enumerate(self.ids, start=1):
            grid.addWidget(self._cell(format_code(self.rows[attendee_id].code)), line, column)
        self.codes_label = self._cell("")
        grid.addWidget(self.codes_label, line, 3)
        line += 1
        grid.addWidget(QLabel(self.tr("Status")), line, 0)
        for column, attendee_id in enumerate(self.ids, start=1):
            grid.addWidget(self._cell(status_label(self.rows[attendee_id].status)), line, column)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        self.explanation = QLabel(objectName="mergeExplanation")
        self.explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = QPushButton(self.tr("Merge"), objectName="mergeConfirm")
        self.merge_button.setDefault(True)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(rule)
        layout.addWidget(self.explanation)
        layout.addWidget(buttons)
        self.setMinimumWidth(760)

    @staticmethod
    def _cell(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def choose_survivor(self, attendee_id: str) -> None:
        self.survivor_id = attendee_id
        self._show_result()

    def _show_result(self) -> None:
        with self.context.store.read() as session:
            after = preview_merge(session, self.survivor_id, self.other_id)
        mine = self.details[self.survivor_id]
        for name, label in self.result_labels.items():
            label.setText(after[name])
            label.setStyleSheet(FILLED_STYLE if after[name] != mine[name] else "")
        survivor, other = self.rows[self.survivor_id], self.rows[self.other_id]
        self.codes_label.setText(f"{format_code(survivor.code)}\n{format_code(other.code)}")
        self.explanation.setText(
            self.tr(
                "The record {kept} of {survivor} is kept. The check-ins, bookings, enrolments, "
                "badge prints and codes of the record {other} move to it, and the ticket {other} "
                "still checks in {survivor}. Details in green come from {other}, which stays in "
                "the history as merged: nothing is deleted."
            ).format(
                survivor=survivor.full_name,
                kept=format_code(survivor.code),
                other=format_code(other.code),
            )
        )
