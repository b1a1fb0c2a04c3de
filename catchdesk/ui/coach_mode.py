"""Coach mode: a laptop set to one coach shows that coach's day, now and next, at the table.

A coach works from their own laptop, often with no network, so everything here reads and
writes the local store only (the sync brings it together with the desk's later). The coach is
chosen once (remembered in the ``coaching/coach_id`` setting); then the screen shows who is on
now and who comes next in large type, the day's slots below, and a scan field: scanning the
person at the table marks them arrived, or says plainly that this is not their slot and whom
the coach expects. A short note, then Done or No-show (refused before the grace period is
over, with the engine's reason).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from catchdesk.core.coaching.booking import get_attendee
from catchdesk.core.coaching.coaches import CoachInfo, list_coaches
from catchdesk.core.coaching.common import HOLDING
from catchdesk.core.coaching.grid import CoachDay, GridCell, coach_day
from catchdesk.core.coaching.info import BookingInfo, bookings_info
from catchdesk.core.coaching.lookup import find_attendee
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.timeutil import utcnow
from catchdesk.ui.coach_mode_widgets import CoachDayModel, SessionPanel, day_view, expected_now
from catchdesk.ui.coaching_actions import CoachingActions
from catchdesk.ui.coaching_grid import CellRole
from catchdesk.ui.coaching_print import CoachingPrinting
from catchdesk.ui.coaching_states import clock_text, span_text
from catchdesk.ui.coaching_widgets import NoticeBar, SlotCard
from catchdesk.ui.context import DeskContext
from catchdesk.ui.scanner_input import ScannerInput

REFRESH_MS = 20_000
"""The desk books this coach's free slots too (after a sync): re-read this often."""


class CoachModeScreen(QWidget):
    """One coach's day at their table: now, next, scan in, note, done or no-show."""

    def __init__(
        self,
        context: DeskContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coachModeScreen")
        self.context = context
        self._clock = clock
        self.booking_actions = CoachingActions(context, clock, self)
        self.printing = CoachingPrinting(context, clock, self)
        self.the_event = self.booking_actions.the_event
        self.day: CoachDay | None = None
        self._coaches: list[CoachInfo] = []
        self._build()
        self._wire()
        self.scanner = ScannerInput.for_settings(self.scan_input, context.settings, self)
        self.scanner.scan_received.connect(self.scan)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_timer)
        self._timer.start()
        self.reload_coaches()
        self.setFocusProxy(self.scan_input)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.printing.stop_jobs)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.coach_picker = QComboBox(objectName="coachPicker")
        self.coach_picker.setAccessibleName(self.tr("Coach"))
        self.coach_picker.setMinimumWidth(320)
        picker_label = QLabel(self.tr("&Coach"))
        picker_label.setBuddy(self.coach_picker)
        self.print_button = QPushButton(self.tr("Print my day"), objectName="printMyDay")
        self.notice = NoticeBar("coachNotice", self)
        self.now_card = SlotCard(self.tr("Now"), "nowCard", self)
        self.next_card = SlotCard(self.tr("Next"), "nextCard", self)
        self.scan_input = QLineEdit(objectName="coachScanInput")
        self.scan_input.setPlaceholderText(self.tr("Scan the person at your table"))
        self.scan_input.setAccessibleName(self.tr("Ticket code"))
        self.scan_input.setMinimumHeight(44)
        big = QFont(self.scan_input.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        self.scan_input.setFont(big)
        self.model = CoachDayModel(self)
        self.view = day_view(self.model, self)
        self.panel = SessionPanel(self)
        self.note = self.panel.note
        self.arrived_button = self.panel.arrived_button
        self.done_button = self.panel.done_button
        self.no_show_button = self.panel.no_show_button

        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.coach_picker)
        top.addStretch(1)
        top.addWidget(self.print_button)
        cards = QHBoxLayout()
        cards.addWidget(self.now_card, 1)
        cards.addWidget(self.next_card, 1)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.scan_input)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)

    def _wire(self) -> None:
        self.coach_picker.currentIndexChanged.connect(self._coach_chosen)
        self.scan_input.returnPressed.connect(self._scan_entered)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_selected())
        self.arrived_button.clicked.connect(self.mark_arrived)
        self.done_button.clicked.connect(self.mark_done)
        self.no_show_button.clicked.connect(self.mark_no_show)
        self.print_button.clicked.connect(self.print_day)
        self.booking_actions.changed.connect(self.refresh)
        self.booking_actions.succeeded.connect(lambda text: self.notice.show_text(text, "ok"))
        self.booking_actions.refused.connect(
            lambda text, _r: self.notice.show_text(text, "refused")
        )
        self.booking_actions.offered.connect(lambda text: self.notice.show_text(text, "offer"))
        self.printing.failed.connect(lambda text: self.notice.show_text(text, "refused"))

    # -- public ------------------------------------------------------------------------------

    @property
    def coach_id(self) -> str:
        return str(self.coach_picker.currentData() or "")

    def apply_settings(self) -> None:
        """Scanner timing, and the coach if the settings name another one."""
        settings = self.context.settings
        self.scanner.apply_settings(settings)
        if settings.coach_id and settings.coach_id != self.coach_id:
            self.select_coach(settings.coach_id)

    def reload_coaches(self) -> None:
        """List the coaches; select the one of this laptop, or ask for it (first use)."""
        try:
            with self.context.store.read() as session:
                self._coaches = list_coaches(session, self.the_event)
        except CatchDeskError as error:
            self.notice.show_text(str(error), "refused")
            return
        self.coach_picker.blockSignals(True)
        self.coach_picker.clear()
        self.coach_picker.addItem(self.tr("Choose your coach…"), "")
        for coach in self._coaches:
            label = f"{coach.name} · {coach.place}" if coach.place else coach.name
            self.coach_picker.addItem(label, coach.id)
        index = self.coach_picker.findData(self.context.settings.coach_id or "")
        self.coach_picker.setCurrentIndex(max(0, index))
        self.coach_picker.blockSignals(False)
        self.refresh()

    def select_coach(self, coach_id: str) -> bool:
        """Set this laptop to ``coach_id`` (remembered); False when no such coach."""
        index = self.coach_picker.findData(coach_id)
        if index <= 0:
            return False
        self.coach_picker.setCurrentIndex(index)
        return True

    def refresh(self) -> None:
        """Read the coach's day again: cards, list and the selected booking."""
        coach_id = self.coach_id
        chosen = coach_id != ""
        for widget in (self.scan_input, self.view, self.note, self.print_button):
            widget.setEnabled(chosen)
        if not chosen:
            self.day = None
            self.model.set_cells([], self.the_event.timezone, None)
            self.now_card.show_slot("", self.tr("Choose your coach above"), "", "")
            self.next_card.show_slot("", "", "", "")
            self._show_selected()
            return
        selected = self.selected_cell()
        try:
            with self.context.store.read() as session:
                day = coach_day(session, self.the_event, coach_id, now=self._clock())
                now_text = self._card_text(session, day.current)
                next_text = self._card_text(session, day.next)
        except CatchDeskError as error:
            self.notice.show_text(str(error), "refused")
            return
        self.day = day
        self.model.set_cells(
            list(day.cells), self.the_event.timezone, day.current.slot_id if day.current else None
        )
        if day.current is None:
            now_text = ("", self.tr("No slot right now"), "", "")
        if day.next is None:
            next_text = ("", self.tr("No more slots today"), "", "")
        self.now_card.show_slot(*now_text)
        self.next_card.show_slot(*next_text)
        target = selected.slot_id if selected else self._default_slot()
        self.select_slot(target)
        self._show_selected()

    def selected_cell(self) -> GridCell | None:
        cell = self.view.currentIndex().data(CellRole)
        return cell if isinstance(cell, GridCell) else None

    def select_slot(self, slot_id: str | None) -> bool:
        row = self.model.row_of_slot(slot_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))
        return True

    def scan(self, raw: str) -> bool:
        """The person scanned at the table: mark them arrived, or say why not and who is due."""
        self.scan_input.clear()
        if not raw.strip() or not self.coach_id or self.day is None:
            return False
        try:
            with self.context.store.read() as session:
                attendee = get_attendee(
                    session, self.the_event, find_attendee(session, self.the_event, raw).id
                )
                elsewhere = bookings_info(
                    session, self.the_event, attendee_id=attendee.id, statuses=HOLDING
                )
        except CatchDeskError as error:
            self.notice.show_text(str(error), "refused")
            return False
        name = attendee.full_name or attendee.code
        here = [b for b in elsewhere if b.coach_id == self.coach_id and b.status != "done"]
        if not here:
            self.notice.show_text(self._not_here(name, elsewhere), "refused")
            return False
        result = self.booking_actions.arrive_at_coach(self.coach_id, attendee.id)
        if result is None:
            return False
        booking = result.booking
        self.select_slot(booking.slot_id)
        zone = self.the_event.timezone
        text = self.tr("Welcome {name}: {time}, {topic}.").format(
            name=name, time=span_text(booking.starts_at, booking.ends_at, zone), topic=booking.topic
        )
        due = expected_now(list(self.day.cells), self._clock())
        if due is not None and due.booking_id != booking.id:
            text += " " + self.tr("Their slot is not now: {other} is expected at {time}.").format(
                other=due.attendee_name, time=clock_text(due.starts_at, zone)
            )
            self.notice.show_text(text, "warning")
        else:
            self.notice.show_text(text, "ok")
        return True

    def mark_arrived(self) -> bool:
        cell = self.selected_cell()
        return bool(cell and cell.booking_id and self.booking_actions.arrived(cell.booking_id))

    def mark_done(self) -> bool:
        cell = self.selected_cell()
        if cell is None or cell.booking_id is None:
            return False
        if self.booking_actions.done(cell.booking_id, self.note.text()) is None:
            return False
        self.note.clear()
        self.select_slot(self._default_slot())
        return True

    def mark_no_show(self) -> bool:
        cell = self.selected_cell()
        if cell is None or cell.booking_id is None:
            return False
        if self.booking_actions.no_show(cell.booking_id) is None:
            return False
        self.select_slot(self._default_slot())
        return True

    def print_day(self) -> bool:
        if not self.coach_id:
            return False
        self.printing.coach_day(self.coach_id)
        return True

    # -- internals ---------------------------------------------------------------------------

    def _card_text(self, session: Session, cell: GridCell | None) -> tuple[str, str, str, str]:
        if cell is None:
            return ("", "", "", "")
        time = span_text(cell.starts_at, cell.ends_at, self.the_event.timezone)
        if not cell.attendee_id:
            return (time, "", "", cell.state.value)
        organisation = get_attendee(session, self.the_event, cell.attendee_id).organisation
        details = " · ".join(part for part in (organisation, cell.topic) if part)
        return (time, cell.attendee_name, details, cell.state.value)

    def _default_slot(self) -> str | None:
        """The booking to act on first: the one on now, else the next one due."""
        if self.day is None:
            return None
        due = expected_now(list(self.day.cells), self._clock())
        if due is not None:
            return due.slot_id
        return self.day.current.slot_id if self.day.current else None

    def _not_here(self, name: str, elsewhere: list[BookingInfo]) -> str:
        zone = self.the_event.timezone
        coach = next((c.name for c in self._coaches if c.id == self.coach_id), "")
        if elsewhere:
            other = elsewhere[0]
            text = self.tr(
                "{name} has no booking with {coach}: "
                "their coaching is at {time} with {other}{place}."
            ).format(
                name=name,
                coach=coach,
                time=clock_text(other.starts_at, zone),
                other=other.coach,
                place=f" ({other.place})" if other.place else "",
            )
        else:
            text = self.tr(
                "{name} has no booking with {coach}: send them to the coaching desk."
            ).format(name=name, coach=coach)
        due = expected_now(list(self.day.cells), self._clock()) if self.day else None
        if due is not None:
            text += " " + self.tr("Expected: {other} at {time}.").format(
                other=due.attendee_name, time=clock_text(due.starts_at, zone)
            )
        return text

    def _show_selected(self) -> None:
        self.panel.show_cell(self.selected_cell(), self.the_event.timezone)

    def _coach_chosen(self, _index: int) -> None:
        self.context.settings.coach_id = self.coach_id
        if self.coach_id:
            self.context.settings.save()
        self.view.clearSelection()
        self.view.setCurrentIndex(self.model.index(-1, -1))
        self.notice.clear()
        self.refresh()
        self.scan_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _scan_entered(self) -> None:
        raw = self.scan_input.text()
        if raw.strip():
            self.scan(raw)

    def _on_timer(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.scan_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.printing.stop_jobs()
        super().closeEvent(event)
