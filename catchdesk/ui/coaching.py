"""The coaching desk: the day's grid of coaches and slots, booking by scan or name, the waitlist.

A volunteer at the coaching desk faces a queue: scan the ticket (or search the name), type the
topic, press Enter, and the next free slot that fits is booked, shown in the grid and ready to
print as a slip. Every refusal is the engine's sentence in a notice line (with "put on the
waitlist" when nothing is free); a slot freed by a cancellation or a no-show goes to the first
person waiting, and the screen says to whom. The grid is re-read every :data:`REFRESH_MS` while
visible, because other desks and coaches change it too. The rules live in
:mod:`catchdesk.core.coaching`; the actions in :mod:`catchdesk.ui.coaching_actions`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.coaching.grid import GridCell, event_day
from catchdesk.core.coaching.lookup import find_attendee
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.timeutil import utcnow
from catchdesk.ui.coaching_actions import CoachingActions
from catchdesk.ui.coaching_booking import BookingPanel
from catchdesk.ui.coaching_grid import CellRole, DayGridModel, grid_view
from catchdesk.ui.coaching_print import CoachingPrinting
from catchdesk.ui.coaching_reading import ChosenPerson, DeskReader, DeskView, person_summary
from catchdesk.ui.coaching_slot_panel import SlotPanel
from catchdesk.ui.coaching_states import clock_text, refusal_text
from catchdesk.ui.coaching_waitlist import WaitlistPanel
from catchdesk.ui.coaching_widgets import NoticeBar, ask_yes_no, heading
from catchdesk.ui.context import DeskContext

REFRESH_MS = 10_000
"""Other desks and coaches book and mark slots too: the grid is re-read this often."""
WAITLIST_REASONS = frozenset({"no_free_slot"})
"""Refusals after which the notice offers the waitlist."""


class CoachingScreen(QWidget):
    """Book people into one-to-one coaching and follow the day, coach by coach."""

    def __init__(
        self,
        context: DeskContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coachingScreen")
        self.context = context
        self._clock = clock
        self.booking_actions = CoachingActions(context, clock, self)
        self.printing = CoachingPrinting(context, clock, self)
        self.the_event = self.booking_actions.the_event
        self.reader = DeskReader(context, self.the_event, self)
        self.day = event_day(self.the_event, clock())
        self.moving: GridCell | None = None
        """The booking being moved to another slot ("Move…"), until it is placed or dropped."""
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_yes_no(self, title, text)
        """Asks once, in words, before a cancellation; tests replace it."""
        self._build()
        self._wire()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_timer)
        self._timer.start()
        self.refresh()
        self.setFocusProxy(self.booking.scan_input)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_jobs)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = heading(self.tr("Coaching"), 1.6, self)
        self.day_label = QLabel(self, objectName="coachingDay")
        self.day_label.setStyleSheet("color: #4b5563;")
        self.print_day_button = QPushButton(self.tr("Print coach's day"), objectName="printDay")
        self.print_day_button.setToolTip(self.tr("The A4 day of the selected slot's coach"))
        self.print_overview_button = QPushButton(self.tr("Print overview"), objectName="printAll")
        self.print_overview_button.setToolTip(self.tr("Every coach's day, for the desk"))
        self.booking = BookingPanel(self.context, self.the_event, self)
        self.notice = NoticeBar("coachingNotice", self)
        self.model = DayGridModel(self)
        self.grid = grid_view(self.model, self)
        self.slot_panel = SlotPanel(self)
        self.waitlist = WaitlistPanel(self)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.day_label)
        top.addWidget(self.booking.scan_input, 1)
        top.addWidget(self.print_day_button)
        top.addWidget(self.print_overview_button)
        left = QVBoxLayout()
        left.addWidget(self.grid, 1)
        left.addWidget(self.slot_panel)
        right = QVBoxLayout()
        right.addWidget(self.booking)
        right.addWidget(self.waitlist, 1)
        side = QWidget(self)
        side.setLayout(right)
        right.setContentsMargins(0, 0, 0, 0)
        side.setFixedWidth(300)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)

    def _wire(self) -> None:
        self.booking_actions.changed.connect(self.refresh)
        self.reader.read.connect(self._show_view)
        self.reader.failed.connect(lambda text: self.notice.show_text(text, "refused"))
        self.booking_actions.succeeded.connect(lambda text: self.notice.show_text(text, "ok"))
        self.booking_actions.refused.connect(self._refused)
        self.booking_actions.offered.connect(self._offered)
        self.printing.failed.connect(lambda text: self.notice.show_text(text, "refused"))
        self.booking.person_scanned.connect(self.choose_person)
        self.booking.person_picked.connect(self.choose_attendee)
        self.booking.person_cleared.connect(self._show_selected)
        self.booking.next_free_requested.connect(self.book_next_free)
        self.booking.waitlist_requested.connect(self.join_waitlist)
        self.grid.selectionModel().currentChanged.connect(lambda *_a: self._show_selected())
        self.grid.doubleClicked.connect(self._double_clicked)
        self.slot_panel.book_requested.connect(self._book_selected)
        actions, panel = self.booking_actions, self.slot_panel
        panel.arrived_requested.connect(lambda: self._on_selected(actions.arrived))
        panel.no_show_requested.connect(lambda: self._on_selected(actions.no_show))
        panel.done_requested.connect(lambda n: self._on_selected(lambda b: actions.done(b, n)))
        panel.note_requested.connect(lambda n: self._on_selected(lambda b: actions.save_note(b, n)))
        self.slot_panel.cancel_requested.connect(self.cancel_selected)
        self.slot_panel.rebook_requested.connect(self.start_moving)
        self.slot_panel.slip_requested.connect(self.print_slip)
        self.slot_panel.block_requested.connect(self._block_selected)
        self.waitlist.leave_requested.connect(self.booking_actions.leave_waitlist)
        self.waitlist.person_requested.connect(self.choose_attendee)
        self.waitlist.rebook_requested.connect(
            lambda person, topic: (
                self.choose_attendee(person) and self.booking.topic_input.setEditText(topic)
            )
        )
        self.print_day_button.clicked.connect(self.print_coach_day)
        self.print_overview_button.clicked.connect(self.print_overview)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.stop_moving)

    # -- public ------------------------------------------------------------------------------

    def apply_settings(self) -> None:
        """Take changed settings at once: scanner timing, language of names."""
        settings = self.context.settings
        self.booking.scanner.apply_settings(settings)
        self.refresh()

    def refresh(self) -> None:
        """Read the grid, the waitlist and the chosen person again (in the background)."""
        person = self.booking.person
        self.reader.request(self.day, self._clock(), person.attendee_id if person else None)

    def wait_idle(self) -> None:
        """Wait until the screen shows the store as it is now (tests)."""
        self.reader.wait_idle()

    def _show_view(self, view: DeskView) -> None:
        language = self.booking_actions.language()
        zone = self.the_event.timezone
        selected = self.selected_cell()
        self.model.language = language
        self.model.set_grid(view.grid, zone)
        languages = sorted({code for col in view.grid.columns for code in col.coach.languages})
        self.booking.set_choices(view.topics, languages, language)
        self.waitlist.set_topics(view.topics)
        self.waitlist.show_entries(view.waiting, zone, language)
        self.waitlist.show_to_rebook(view.to_rebook, zone)
        person = self.booking.person
        if view.person is not None and person and person.attendee_id == view.person.attendee_id:
            self.booking.show_person(view.person)
        if selected is not None:
            self.select_slot(selected.slot_id)
        self._show_selected()
        locale = QLocale(language) if language else QLocale()
        day = QDate(self.day.year, self.day.month, self.day.day)
        self.day_label.setText(locale.toString(day, QLocale.FormatType.LongFormat))

    def choose_person(self, text: str) -> bool:
        """The person a scan (or a typed code or name) names becomes the one to book."""
        try:
            with self.context.store.read() as session:
                attendee = find_attendee(session, self.the_event, text)
                summary = person_summary(session, self.the_event, attendee.id)
        except CatchDeskError as error:
            self.notice.show_text(refusal_text(error, self.booking_actions.language()), "refused")
            return False
        self._set_person(summary)
        return True

    def choose_attendee(self, attendee_id: str) -> bool:
        try:
            with self.context.store.read() as session:
                summary = person_summary(session, self.the_event, attendee_id)
        except CatchDeskError as error:
            self.notice.show_text(str(error), "refused")
            return False
        self._set_person(summary)
        return True

    def book_next_free(self) -> bool:
        """Book (or move, while moving) the chosen person into the next free fitting slot."""
        return self._place(None)

    def book_slot(self, slot_id: str) -> bool:
        return self._place(slot_id)

    def join_waitlist(self) -> bool:
        person = self.booking.person
        if person is None:
            return False
        entry = self.booking_actions.join_waitlist(
            person.attendee_id, self.booking.topic(), self.booking.language()
        )
        return entry is not None

    def selected_cell(self) -> GridCell | None:
        cell = self.grid.currentIndex().data(CellRole)
        return cell if isinstance(cell, GridCell) else None

    def select_slot(self, slot_id: str) -> bool:
        index = self.model.find_slot(slot_id)
        if not index.isValid():
            return False
        self.grid.setCurrentIndex(index)
        return True

    def cancel_selected(self) -> bool:
        cell = self.selected_cell()
        if cell is None or cell.booking_id is None:
            return False
        question = self.tr(
            "Cancel the booking of {name} at {time}? The slot goes to the next person waiting."
        ).format(name=cell.attendee_name, time=clock_text(cell.starts_at, self.the_event.timezone))
        if not self.confirm(self.tr("Cancel this booking?"), question):
            return False
        return self.booking_actions.cancel(cell.booking_id) is not None

    def start_moving(self) -> None:
        """Move the selected booking: the next free slot, or a free slot double-clicked."""
        cell = self.selected_cell()
        if cell is None or cell.booking_id is None:
            return
        self.moving = cell
        self.notice.show_text(
            self.tr(
                "Moving {name}: double-click a free slot, or choose a topic and press "
                "“Next free slot”. Escape stops."
            ).format(name=cell.attendee_name),
            "warning",
            (self.tr("Stop moving"), self.stop_moving),
        )
        self.booking.set_request(cell.topic, cell.language)
        self.booking.focus_topic()

    def stop_moving(self) -> None:
        if self.moving is not None:
            self.moving = None
            self.notice.clear()

    def print_slip(self, size: str = "receipt") -> bool:
        cell = self.selected_cell()
        if cell is None or cell.booking_id is None:
            return False
        self.printing.slip(cell.booking_id, size)
        return True

    def print_coach_day(self) -> bool:
        coach = self.model.coach_at(max(0, self.grid.currentIndex().column()))
        if coach is None:
            self.notice.show_text(self.tr("Select a slot of the coach whose day to print."), "info")
            return False
        self.printing.coach_day(coach.id)
        return True

    def print_overview(self) -> None:
        self.printing.overview()

    # -- internals ---------------------------------------------------------------------------

    def _set_person(self, person: ChosenPerson) -> None:
        self.booking.show_person(person)
        self.notice.clear()
        self._show_selected()
        self.booking.focus_topic()

    def _book_again(self, attendee_id: str, topic: str) -> None:
        if self.choose_attendee(attendee_id):
            self.booking.set_request(topic)

    def _place(self, slot_id: str | None) -> bool:
        topic, language = self.booking.topic(), self.booking.language()
        if self.moving is not None and self.moving.booking_id is not None:
            result = self.booking_actions.rebook(
                self.moving.booking_id, slot_id=slot_id, topic=topic, language=language
            )
            if result is None:
                return False
            self.moving = None
            self.select_slot(result.booking.slot_id)
            return True
        person = self.booking.person
        if person is None:
            self.notice.show_text(self.tr("Scan a ticket or search a name first."), "info")
            self.booking.focus_scan()
            return False
        booking = self.booking_actions.book(
            person.attendee_id, slot_id=slot_id, topic=topic, language=language
        )
        if booking is None:
            return False
        self.select_slot(booking.slot_id)
        self.booking.focus_scan()
        return True

    def _refused(self, text: str, reason: str) -> None:
        person, topic = self.booking.person, self.booking.topic()
        action = None
        if reason in WAITLIST_REASONS and person is not None and topic and self.moving is None:
            action = (
                self.tr("Put %1 on the waitlist").replace("%1", person.name),
                self.join_waitlist,
            )
        self.notice.show_text(text, "refused", action)

    def _offered(self, text: str) -> None:
        self.waitlist.add_offer(text)
        self.notice.show_text(text, "offer")

    def _show_selected(self) -> None:
        cell = self.selected_cell()
        coach = self.model.coach_at(self.grid.currentIndex().column()) if cell else None
        person = self.moving.attendee_name if self.moving else None
        if person is None and self.booking.person is not None:
            person = self.booking.person.name
        self.slot_panel.show_cell(cell, coach, self.the_event.timezone, person)

    def _double_clicked(self, index: QModelIndex) -> None:
        cell = index.data(CellRole)
        if isinstance(cell, GridCell) and cell.state.value == "free":
            self._place(cell.slot_id)

    def _book_selected(self) -> None:
        cell = self.selected_cell()
        if cell is not None:
            self._place(cell.slot_id)

    def _on_selected(self, act: Callable[[str], object]) -> None:
        cell = self.selected_cell()
        if cell is not None and cell.booking_id is not None:
            act(cell.booking_id)

    def _block_selected(self, blocked: bool) -> None:
        cell = self.selected_cell()
        if cell is not None:
            self.booking_actions.set_blocked(cell.slot_id, blocked)

    def _on_timer(self) -> None:
        if self.isVisible() and not self.reader.busy:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.booking.focus_scan()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_jobs()
        super().closeEvent(event)

    def stop_jobs(self) -> None:
        """Finish the reads and stop the drawings: the window is going away."""
        self._timer.stop()
        self.reader.stop()
        self.printing.stop_jobs()
