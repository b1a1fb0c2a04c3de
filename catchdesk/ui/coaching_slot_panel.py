"""The bar under the grid: the chosen slot in words, and what can be done with it now.

Only the actions that make sense for the slot's state are shown (a free slot can be booked or
blocked; a booked one can be marked arrived, done or absent, moved, cancelled or printed), so
the bar stays calm and one glance tells what the slot is and what comes next.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.coaching.coaches import CoachInfo
from catchdesk.core.coaching.common import NOTE_LIMIT
from catchdesk.core.coaching.grid import GridCell
from catchdesk.ui.coaching_states import span_text, state_word


class SlotPanel(QFrame):
    """The selected slot and its actions; the screen does the work on each signal."""

    book_requested = Signal()
    arrived_requested = Signal()
    done_requested = Signal(str)
    """The note typed for the session."""
    no_show_requested = Signal()
    rebook_requested = Signal()
    cancel_requested = Signal()
    slip_requested = Signal(str)
    """``receipt`` or ``label``."""
    block_requested = Signal(bool)
    note_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coachingSlotPanel")
        self.setStyleSheet(
            "QFrame#coachingSlotPanel { background: #f6f8fa; border: 1px solid #d0d7de;"
            " border-radius: 6px; }"
        )
        self.cell: GridCell | None = None
        self.info = QLabel(self.tr("Click a slot in the grid to see what can be done with it."))
        self.info.setObjectName("coachingSlotInfo")
        self.info.setWordWrap(True)
        font = QFont(self.info.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.info.setFont(font)
        self.note = QLineEdit(objectName="coachingNote")
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setMaxLength(NOTE_LIMIT)
        self.note.setAccessibleName(self.tr("Note"))
        self.book_button = self._button("bookHereButton", self.tr("Book here"))
        self.arrived_button = self._button("arrivedButton", self.tr("Arrived"))
        self.done_button = self._button("doneButton", self.tr("Done"))
        self.no_show_button = self._button("noShowButton", self.tr("No-show"))
        self.rebook_button = self._button("rebookButton", self.tr("Move…"))
        self.rebook_button.setToolTip(self.tr("Move this booking to another slot"))
        self.cancel_button = self._button("cancelBookingButton", self.tr("Cancel booking"))
        self.note_button = self._button("saveNoteButton", self.tr("Keep note"))
        self.block_button = self._button("blockButton", self.tr("Block"))
        self.slip_button = QToolButton(objectName="slipButton")
        self.slip_button.setText(self.tr("Print slip"))
        self.slip_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.slip_button.setMinimumHeight(32)
        menu = QMenu(self.slip_button)
        self.receipt_action = QAction(self.tr("Receipt (80 mm)"), self)
        self.label_action = QAction(self.tr("Label (62 mm)"), self)
        menu.addAction(self.receipt_action)
        menu.addAction(self.label_action)
        self.slip_button.setMenu(menu)

        self.book_button.clicked.connect(self.book_requested)
        self.arrived_button.clicked.connect(self.arrived_requested)
        self.done_button.clicked.connect(lambda: self.done_requested.emit(self.note.text()))
        self.no_show_button.clicked.connect(self.no_show_requested)
        self.rebook_button.clicked.connect(self.rebook_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.note_button.clicked.connect(lambda: self.note_requested.emit(self.note.text()))
        self.block_button.clicked.connect(
            lambda: self.block_requested.emit(
                self.cell is not None and self.cell.state != "blocked"
            )
        )
        self.slip_button.clicked.connect(lambda: self.slip_requested.emit("receipt"))
        self.receipt_action.triggered.connect(lambda: self.slip_requested.emit("receipt"))
        self.label_action.triggered.connect(lambda: self.slip_requested.emit("label"))

        actions = QHBoxLayout()
        actions.addWidget(self.note, 1)
        for widget in self._actions():
            actions.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addWidget(self.info)
        layout.addLayout(actions)
        self.show_cell(None, None, "UTC", None)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setMinimumHeight(32)
        return button

    def _actions(self) -> list[QWidget]:
        return [
            self.book_button,
            self.arrived_button,
            self.done_button,
            self.no_show_button,
            self.rebook_button,
            self.cancel_button,
            self.note_button,
            self.slip_button,
            self.block_button,
        ]

    def show_cell(
        self, cell: GridCell | None, coach: CoachInfo | None, zone: str, person: str | None
    ) -> None:
        """Describe ``cell`` and show its actions; ``person`` is who "Book here" would book."""
        if cell is None or cell.slot_id != (self.cell.slot_id if self.cell else None):
            self.note.setText(cell.note if cell is not None else "")
        self.cell = cell
        state = cell.state.value if cell is not None else ""
        shown: set[QWidget] = set()
        if cell is None or coach is None:
            self.info.setText(self.tr("Click a slot in the grid to see what can be done with it."))
        else:
            parts = [span_text(cell.starts_at, cell.ends_at, zone), coach.name]
            if coach.place:
                parts.append(coach.place)
            parts.append(state_word(state))
            if cell.attendee_name:
                parts.append(cell.attendee_name)
            if cell.topic:
                parts.append(cell.topic)
            self.info.setText(" · ".join(parts))
            shown = self._shown_for(state, person)
        if person and state == "free":
            self.book_button.setText(self.tr("Book %1 here").replace("%1", person))
        else:
            self.book_button.setText(self.tr("Book here"))
        self.block_button.setText(self.tr("Open") if state == "blocked" else self.tr("Block"))
        for widget in self._actions():
            widget.setVisible(widget in shown)
        self.note.setVisible(self.done_button in shown or self.note_button in shown)

    def _shown_for(self, state: str, person: str | None) -> set[QWidget]:
        if state == "free":
            return {self.book_button, self.block_button} if person else {self.block_button}
        if state == "blocked":
            return {self.block_button}
        if state == "booked":
            return {
                self.arrived_button,
                self.done_button,
                self.no_show_button,
                self.rebook_button,
                self.cancel_button,
                self.slip_button,
            }
        if state == "arrived":
            return {self.done_button, self.rebook_button, self.cancel_button, self.slip_button}
        if state == "done":
            return {self.note_button}
        return set()

    def focus_note(self) -> None:
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)
