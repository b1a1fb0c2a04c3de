"""Parts of coach mode: the list of the coach's slots, and the panel to close a session.

The list is a plain table model over the engine's :class:`~catchdesk.core.coaching.grid.CoachDay`
cells, coloured like the desk's grid so the coach and the desk read a slot the same way; the
slot on now is in bold. The panel beside it holds the note and the two big buttons a coach
presses at the end of a session, enabled only when they make sense for the selected slot.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.coaching.common import NOTE_LIMIT
from catchdesk.core.coaching.grid import GridCell
from catchdesk.ui.coaching_grid import BookingIdRole, CellRole, StateRole
from catchdesk.ui.coaching_states import span_text, state_colours, state_word

Index = QModelIndex | QPersistentModelIndex

COL_TIME, COL_STATE, COL_PERSON, COL_TOPIC, COL_NOTE = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("CoachDayModel", "Time"),
    QT_TRANSLATE_NOOP("CoachDayModel", "State"),
    QT_TRANSLATE_NOOP("CoachDayModel", "Person"),
    QT_TRANSLATE_NOOP("CoachDayModel", "Topic"),
    QT_TRANSLATE_NOOP("CoachDayModel", "Note"),
)


class CoachDayModel(QAbstractTableModel):
    """One row per slot of the coach's day, in time order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cells: list[GridCell] = []
        self.zone = "UTC"
        self.current_slot: str | None = None

    def set_cells(self, cells: list[GridCell], zone: str, current_slot: str | None) -> None:
        if [c.slot_id for c in cells] == [c.slot_id for c in self.cells] and zone == self.zone:
            old, self.cells = self.cells, list(cells)
            was, self.current_slot = self.current_slot, current_slot
            for row, (before, after) in enumerate(zip(old, self.cells, strict=True)):
                if before != after or after.slot_id in (was, current_slot):
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
            return
        self.beginResetModel()
        self.cells = list(cells)
        self.zone = zone
        self.current_slot = current_slot
        self.endResetModel()

    def row_of_slot(self, slot_id: str | None) -> int:
        return next((row for row, c in enumerate(self.cells) if c.slot_id == slot_id), -1)

    def row_of_booking(self, booking_id: str | None) -> int:
        if booking_id is None:
            return -1
        return next((row for row, c in enumerate(self.cells) if c.booking_id == booking_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CoachDayModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.cells):
            return None
        cell = self.cells[index.row()]
        state = cell.state.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                span_text(cell.starts_at, cell.ends_at, self.zone),
                state_word(state),
                cell.attendee_name,
                cell.topic,
                cell.note,
            )[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(state_colours(state)[0])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(state_colours(state)[1])
        if role == Qt.ItemDataRole.FontRole and cell.slot_id == self.current_slot:
            font = QFont()
            font.setBold(True)
            return font
        return {StateRole: state, BookingIdRole: cell.booking_id, CellRole: cell}.get(role)


def day_view(model: CoachDayModel, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setObjectName("coachDayView")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(34)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(COL_PERSON, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setAccessibleName(QCoreApplication.translate("CoachDayModel", "My slots today"))
    return view


def expected_now(cells: list[GridCell], now: dt.datetime) -> GridCell | None:
    """Whom the coach expects now: the booking on now, else the next one still to come."""
    for cell in cells:
        if cell.booking_id and cell.state.value in ("booked", "arrived") and cell.ends_at > now:
            return cell
    return None


class SessionPanel(QWidget):
    """The selected slot in words, a note, Arrived, and big Done / No-show buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coachSessionPanel")
        self.selected_label = QLabel(objectName="coachSelected")
        self.selected_label.setWordWrap(True)
        bold = QFont(self.selected_label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.selected_label.setFont(bold)
        self.note = QLineEdit(objectName="coachNote")
        self.note.setPlaceholderText(self.tr("Short note on the session"))
        self.note.setMaxLength(NOTE_LIMIT)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMinimumHeight(36)
        self.arrived_button = QPushButton(self.tr("Arrived"), objectName="coachArrived")
        self.arrived_button.setMinimumHeight(40)
        self.done_button = QPushButton(self.tr("Done"), objectName="coachDone")
        self.no_show_button = QPushButton(self.tr("No-show"), objectName="coachNoShow")
        for button, colour in ((self.done_button, "#1b5e20"), (self.no_show_button, "#8a1c14")):
            button.setMinimumHeight(64)
            font = QFont(button.font())
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            button.setFont(font)
            button.setStyleSheet(
                f"QPushButton {{ background: {colour}; color: white; border-radius: 8px; }}"
                "QPushButton:disabled { background: #c5cbd3; color: #4b5563; }"
            )
        buttons = QGridLayout()
        buttons.addWidget(self.done_button, 0, 0)
        buttons.addWidget(self.no_show_button, 0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.selected_label)
        layout.addWidget(self.note)
        layout.addWidget(self.arrived_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setFixedWidth(360)

    def show_cell(self, cell: GridCell | None, zone: str) -> None:
        state = cell.state.value if cell else ""
        if cell is None:
            self.selected_label.setText(self.tr("Select a slot in the list."))
        else:
            when = span_text(cell.starts_at, cell.ends_at, zone)
            self.selected_label.setText(" · ".join(p for p in (when, cell.attendee_name) if p))
        self.arrived_button.setEnabled(state == "booked")
        self.done_button.setEnabled(state in ("booked", "arrived"))
        self.no_show_button.setEnabled(state == "booked")
