"""The programme tab of event setup: workshops in a table, edited in a small dialog.

Each action is one transaction through :mod:`catchdesk.core.workshop_editing`; refusals and
confirmations go through :func:`~catchdesk.ui.event_setup_messages.attempt`, so a clash in a
room or a capacity below the people inside is asked about in words, once. Duplicating opens the
dialog on a copy placed after the original, so the organiser adjusts it before it exists.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.event_setup import get_event
from catchdesk.core.models import Event
from catchdesk.core.timeutil import at_local, local_time
from catchdesk.core.workshop_editing import (
    WorkshopDraft,
    WorkshopLine,
    create_workshop,
    delete_workshop,
    duplicate_draft,
    get_workshop,
    update_workshop,
    workshop_lines,
)
from catchdesk.ui.context import DeskContext
from catchdesk.ui.event_setup_messages import attempt

(
    COL_TIME,
    COL_TITLE,
    COL_ROOM,
    COL_CAPACITY,
    COL_INSIDE,
    COL_ENROLLED,
    COL_ENROLMENT,
    COL_SPEAKER,
) = range(8)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_CAPACITY = 5000

Index = QModelIndex | QPersistentModelIndex


class WorkshopTableModel(QAbstractTableModel):
    """The programme, one workshop per row, in time order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[WorkshopLine] = []
        self.zone = "Europe/Brussels"
        self.several_days = False

    def set_lines(self, lines: list[WorkshopLine], zone: str, several_days: bool) -> None:
        self.beginResetModel()
        self.lines, self.zone, self.several_days = lines, zone, several_days
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Time"),
            self.tr("Title"),
            self.tr("Room"),
            self.tr("Seats"),
            self.tr("Inside"),
            self.tr("Enrolled"),
            self.tr("Enrolment"),
            self.tr("Speaker"),
        )
        return titles[section]

    def _time(self, draft: WorkshopDraft) -> str:
        start = local_time(draft.starts_at, self.zone)
        end = local_time(draft.ends_at, self.zone)
        span = f"{start:%H:%M}–{end:%H:%M}"
        return f"{start:%d/%m} {span}" if self.several_days else span

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        draft, column = line.draft, index.column()
        if role == ID_ROLE:
            return line.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_CAPACITY,
            COL_INSIDE,
            COL_ENROLLED,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = {
            COL_TIME: self._time(draft),
            COL_TITLE: draft.title,
            COL_ROOM: draft.room,
            COL_CAPACITY: str(draft.capacity) if draft.capacity else "—",
            COL_INSIDE: str(line.inside),
            COL_ENROLLED: str(line.enrolled),
            COL_ENROLMENT: self.tr("Required") if draft.enrolment_required else self.tr("Open"),
            COL_SPEAKER: draft.speaker,
        }
        return values[column]


class WorkshopDialog(QDialog):
    """One workshop's fields; OK saves through ``save`` and stays open when it is refused."""

    def __init__(
        self,
        event: Event,
        rooms: list[str],
        draft: WorkshopDraft | None,
        save: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workshopDialog")
        self.programme_event = event  # not "event": that is QObject.event()
        self._save = save
        self.saved: object | None = None
        self.title = QLineEdit(objectName="workshopTitle")
        self.room = QComboBox(objectName="workshopRoom")
        self.room.setEditable(True)
        self.room.addItems(["", *rooms])
        self.day = QDateEdit(objectName="workshopDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        first, last = event.starts_on, event.ends_on or event.starts_on
        self.day.setDateRange(
            QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day)
        )
        self.start = QTimeEdit(objectName="workshopStart")
        self.end = QTimeEdit(objectName="workshopEnd")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.capacity = QSpinBox(objectName="workshopCapacity")
        self.capacity.setRange(0, MAX_CAPACITY)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.enrolment = QCheckBox(self.tr("Only people enrolled beforehand are admitted"))
        self.enrolment.setObjectName("workshopEnrolment")
        self.topic = QLineEdit(objectName="workshopTopic")
        self.speaker = QLineEdit(objectName="workshopSpeaker")

        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end)
        times.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Room"), self.room)
        form.addRow(self.tr("Day"), self.day)
        self.day.setVisible(first != last)
        form.labelForField(self.day).setVisible(first != last)
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("Seats"), self.capacity)
        form.addRow("", self.enrolment)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Speaker"), self.speaker)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        if draft is not None:
            self.set_draft(draft)
        else:
            self.set_draft(WorkshopDraft("", self._at(first, 10, 0), self._at(first, 11, 0)))

    def _at(self, day: dt.date, hour: int, minute: int) -> dt.datetime:
        return at_local(day, hour, minute, self.programme_event.timezone)

    def set_draft(self, draft: WorkshopDraft) -> None:
        zone = self.programme_event.timezone
        start, end = local_time(draft.starts_at, zone), local_time(draft.ends_at, zone)
        self.title.setText(draft.title)
        self.room.setCurrentText(draft.room)
        self.day.setDate(QDate(start.year, start.month, start.day))
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))
        self.capacity.setValue(draft.capacity or 0)
        self.enrolment.setChecked(draft.enrolment_required)
        self.topic.setText(draft.topic)
        self.speaker.setText(draft.speaker)

    def draft(self) -> WorkshopDraft:
        """The workshop as the fields say (times on the chosen day, in the event's zone)."""
        day = self.day.date().toPython()
        start, end = self.start.time(), self.end.time()
        return WorkshopDraft(
            title=self.title.text(),
            starts_at=self._at(day, start.hour(), start.minute()),
            ends_at=self._at(day, end.hour(), end.minute()),
            room=self.room.currentText(),
            capacity=self.capacity.value() or None,
            enrolment_required=self.enrolment.isChecked(),
            topic=self.topic.text(),
            speaker=self.speaker.text(),
        )

    def accept(self) -> None:
        saved = self._save(self.draft())
        if saved is not None:
            self.saved = saved
            super().accept()


class WorkshopsTab(QWidget):
    """The programme: add, edit, duplicate and delete workshops."""

    programme_changed = Signal()
    """A workshop was added, changed or deleted."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = WorkshopTableModel(self)
        self.table = QTableView(objectName="workshopTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_workshop())

        self.add_button = QPushButton(self.tr("Add workshop…"), objectName="workshopAdd")
        self.edit_button = QPushButton(self.tr("Edit…"), objectName="workshopEdit")
        self.duplicate_button = QPushButton(self.tr("Duplicate…"), objectName="workshopDuplicate")
        self.delete_button = QPushButton(self.tr("Delete"), objectName="workshopDelete")
        self.add_button.clicked.connect(self.add_workshop)
        self.edit_button.clicked.connect(self.edit_workshop)
        self.duplicate_button.clicked.connect(self.duplicate_workshop)
        self.delete_button.clicked.connect(self.delete_workshop)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.duplicate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.summary = QLabel(objectName="workshopSummary")
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        """Read the programme again, keeping (or moving to) a selected workshop."""
        current = select_id or self.selected_id()
        with self.context.store.read() as session:
            event = get_event(session, self.context.event_id)
            lines = workshop_lines(session, event.id)
        several = bool(event.ends_on and event.ends_on != event.starts_on)
        self.model.set_lines(lines, event.timezone, several)
        self.summary.setText(
            self.tr("{count} workshops; {seats} seats in all.").format(
                count=len(lines), seats=sum(line.draft.capacity or 0 for line in lines)
            )
        )
        for row, line in enumerate(lines):
            if line.id == current:
                self.table.selectRow(row)
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(ID_ROLE) if rows else None

    def select_workshop(self, workshop_id: str) -> None:
        for row, line in enumerate(self.model.lines):
            if line.id == workshop_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            button.setEnabled(chosen)

    def _rooms(self) -> list[str]:
        return sorted({line.draft.room for line in self.model.lines if line.draft.room})

    def _dialog(self, title: str, draft: WorkshopDraft | None, save: Any) -> WorkshopDialog:
        event = self.context.event()
        dialog = WorkshopDialog(event, self._rooms(), draft, save, self)
        dialog.setWindowTitle(title)
        return dialog

    def _saved(self, dialog: WorkshopDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.reload(select_id=str(dialog.saved))
            self.programme_changed.emit()

    def _create(self, title: str) -> Any:
        def save(draft: WorkshopDraft) -> str | None:
            def action(confirm: bool) -> str:
                with self.context.store.write() as session:
                    return create_workshop(
                        session, self.context.event_id, draft, confirm=confirm
                    ).id

            return attempt(self, title, action)

        return save

    def add_workshop(self) -> None:
        title = self.tr("New workshop")
        self._saved(self._dialog(title, None, self._create(title)))

    def edit_workshop(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return
        title = self.tr("Edit workshop")

        def save(draft: WorkshopDraft) -> str | None:
            def action(confirm: bool) -> str:
                with self.context.store.write() as session:
                    return update_workshop(session, workshop_id, draft, confirm=confirm).id

            return attempt(self, title, action)

        with self.context.store.read() as session:
            draft = WorkshopDraft.of(get_workshop(session, workshop_id))
        self._saved(self._dialog(title, draft, save))

    def duplicate_workshop(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return
        title = self.tr("Duplicate workshop")
        with self.context.store.read() as session:
            workshop = get_workshop(session, workshop_id)
            copy = duplicate_draft(workshop, get_event(session, workshop.event_id))
        self._saved(self._dialog(title, copy, self._create(title)))

    def delete_workshop(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return

        def action(confirm: bool) -> bool:
            with self.context.store.write() as session:
                delete_workshop(session, workshop_id, confirm=confirm)
            return True

        if attempt(self, self.tr("Delete workshop"), action):
            self.reload()
            self.programme_changed.emit()
