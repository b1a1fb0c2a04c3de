"""The desk screen: scan or search, see the verdict at once, take a mistake back.

Everything here is reachable from the keyboard and a scanner alone (DESIGN.md §10): the scan
field gets the focus back when someone types outside a text field, a scanner burst lands as a
scan even while the search field has the focus, Down goes from the search field into the
results and Enter admits the selected person, Ctrl+Z undoes the last check-in after one
question in words. Each action is one core call in one transaction (``Store.write``); the
check-in costs about a millisecond, so it runs on the GUI thread and the verdict is painted
well inside the 50 ms budget.

The core's check-in, search and undo are imported where they are first used, not with this
module: they bring the ORM classes, and mapping them is ~75 ms the scan field would otherwise
wait for. The warm-up, just after the window is on screen, imports and readies them all.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.timeutil import local_time
from catchdesk.core.verdicts import Status, Verdict
from catchdesk.ui import desk_actions
from catchdesk.ui.context import DeskContext
from catchdesk.ui.first_frame import AfterFirstFrame
from catchdesk.ui.scanner_input import ScannerInput
from catchdesk.ui.search_model import (
    COL_CHECKED_IN,
    COL_EMAIL,
    AttendeeIdRole,
    RecentScan,
    RecentScansModel,
    SearchResultsModel,
    rows_from_hits,
)
from catchdesk.ui.sounds import SoundPlayer, SoundProblem
from catchdesk.ui.verdict_panel import VerdictPanel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from catchdesk.core.day_bookings import DayBooking
    from catchdesk.core.models import Event

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 40
"""Short: a search costs ~5-15 ms on 100,000 people and results must be painted ≤ 100 ms after
the last key; people type 150+ ms apart, so each pause of a word still runs one search."""
SOUNDS_DELAY_MS = 400
"""Qt Multimedia loads this long after the desk is built: the scan field comes first."""
WARM_UP_FALLBACK_MS = 500
"""The warm-up runs right after the desk's first paint, or after this long if it is not shown."""
SCAN_PATH = (
    "catchdesk.core.attendees",
    "catchdesk.core.checkin",
    "catchdesk.core.day_bookings",
    "catchdesk.core.search",
    "catchdesk.core.undo",
)
"""The core modules a scan, a search or an undo runs through, imported by the warm-up."""
_ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


def verdict_language(context: DeskContext) -> str | None:
    """The desk's chosen language, else the application's (set at bootstrap)."""
    if context.settings.language:
        return context.settings.language
    app = QApplication.instance()
    value = app.property("catchdesk_language") if app is not None else None
    return str(value) if value else None


class DeskScreen(QWidget):
    """Check people in by scan or by name; shows each verdict across most of the screen."""

    attendee_checked_in = Signal(str)
    """An attendee id, each time someone is admitted anew (not for repeats or refusals)."""
    scan_path_ready = Signal()
    """The warm-up is done: a scan now costs only its own lookup and write."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskScreen")
        self.scan_path_is_ready = False
        self.context = context
        self.last_verdict: Verdict | None = None
        self.suppress_auto_print = False
        """Set while a walk-in's verdict is shown: the walk-in form decides about the badge."""
        self.sounds = SoundPlayer(
            enabled=context.settings.sounds_enabled, parent=self, defer_ms=SOUNDS_DELAY_MS
        )
        self._build()
        self.scanner = ScannerInput.for_settings(self.scan_input, context.settings, self)
        self.scanner.scan_received.connect(self.process_scan)
        self.scan_input.returnPressed.connect(self._scan_field_entered)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_input.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_input.installEventFilter(self)
        self.scan_input.installEventFilter(self)
        self.results_view.installEventFilter(self)
        self.results_view.doubleClicked.connect(lambda _index: self.check_in_selected())
        self.recent_view.doubleClicked.connect(
            lambda index: self.open_details(index.data(AttendeeIdRole))
        )
        self.attendee_checked_in.connect(self._auto_print_badge)
        self.sounds.loaded.connect(self._show_sound_notice)
        AfterFirstFrame(self, self._warm_up, WARM_UP_FALLBACK_MS)
        self._show_sound_notice()

    @functools.cached_property
    def the_event(self) -> Event:
        """Loaded at the first scan or warm-up, not while the window is built: loading it is the
        first ORM query, which configures every mapper (~20 ms before the scan field shows)."""
        return self.context.event()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.notice_label = QLabel(objectName="deskNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        self.scan_input = QLineEdit(objectName="scanInput")
        self.scan_input.setPlaceholderText(self.tr("Scan a ticket (or type its code and Enter)"))
        big = QFont(self.scan_input.font())
        big.setPixelSize(28)
        self.scan_input.setFont(big)
        self.scan_input.setAccessibleName(self.tr("Ticket code"))
        self.panel = VerdictPanel(self)

        self.search_input = QLineEdit(objectName="searchInput")
        self.search_input.setPlaceholderText(self.tr("Search a name, organisation or e-mail"))
        self.search_input.setClearButtonEnabled(True)
        self.search_input.setAccessibleName(self.tr("Search"))
        self.search_model = SearchResultsModel(self)
        self.results_view = QTableView(objectName="searchResults")
        self.results_view.setModel(self.search_model)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.verticalHeader().hide()
        header = self.results_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CHECKED_IN, QHeaderView.ResizeMode.ResizeToContents)
        # The side column is narrow: the e-mail shows in the tooltip, not as a cut-off column.
        self.results_view.setColumnHidden(COL_EMAIL, True)
        self.results_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_view.setWordWrap(False)
        self.results_view.setAlternatingRowColors(True)

        self.recent_model = RecentScansModel(self)
        self.recent_view = QListView(objectName="recentScans")
        self.recent_view.setModel(self.recent_model)
        self.recent_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent_view.setIconSize(QSize(12, 12))
        self.recent_view.setUniformItemSizes(True)
        self.recent_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)

        self.undo_action = QAction(self.tr("Undo last check-in"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_last)
        self.addAction(self.undo_action)
        self.undo_button = QPushButton(self.tr("Undo last check-in (Ctrl+Z)"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.undo_button.clicked.connect(self.undo_action.trigger)
        self.walk_in_action = QAction(self.tr("Register a walk-in…"), self)
        self.walk_in_action.setShortcut(QKeySequence("Ctrl+N"))
        self.walk_in_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.walk_in_action.triggered.connect(self.open_walk_in)
        self.addAction(self.walk_in_action)
        self.walk_in_button = QPushButton(self.tr("Walk-in: register and check in (Ctrl+N)"))
        self.walk_in_button.setObjectName("walkInButton")
        self.walk_in_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.walk_in_button.clicked.connect(self.walk_in_action.trigger)
        self.details_action = QAction(self.tr("Details…"), self)
        self.details_action.setShortcut(QKeySequence("Ctrl+I"))
        self.details_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.details_action.triggered.connect(lambda: self.open_details())
        self.addAction(self.details_action)
        self.results_view.addAction(self.details_action)
        self.results_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.status_label = QLabel(objectName="deskStatus")
        self.status_label.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self.scan_input)
        left.addWidget(self.panel, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Find a person")))
        right.addWidget(self.search_input)
        right.addWidget(self.results_view, 3)
        right.addWidget(QLabel(self.tr("Last scans")))
        right.addWidget(self.recent_view, 2)
        right.addWidget(self.walk_in_button)
        right.addWidget(self.undo_button)
        right.addWidget(self.status_label)
        side = QWidget()
        side.setLayout(right)
        side.setMaximumWidth(460)
        side.setMinimumWidth(340)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(side, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(self.notice_label)
        outer.addLayout(body, 1)
        self.setFocusProxy(self.scan_input)

    def _show_sound_notice(self) -> None:
        """Say in the screen why there will be no sounds (never a crash, never a popup)."""
        texts = {
            SoundProblem.MUTED: self.tr("Sounds are muted (see Settings)."),
            SoundProblem.NO_MULTIMEDIA: self.tr(
                "Sounds are off: this computer lacks the audio libraries Qt Multimedia needs "
                "(on Linux, install libpulse0)."
            ),
            SoundProblem.NO_DEVICE: self.tr(
                "Sounds are off: no speaker or headphones were found on this computer."
            ),
            SoundProblem.NO_FILES: self.tr(
                "Sounds are off: the sound files are missing from this installation."
            ),
        }
        text = texts.get(self.sounds.problem)
        self.notice_label.setText(text or "")
        self.notice_label.setVisible(bool(text))

    def _warm_up(self) -> None:
        """Import the scan path, map the ORM and prepare the lookups before the first scan."""
        if self.scan_path_is_ready:
            return
        for module in SCAN_PATH:
            importlib.import_module(module)
        from catchdesk.core.checkin import warm_up

        try:
            with self.context.store.read() as session:
                warm_up(session, self.the_event)
        except CatchDeskError:  # the first real scan will say what is wrong, in words
            log.warning("the scan path could not be prepared", exc_info=True)
        self.scan_path_is_ready = True
        self.scan_path_ready.emit()

    def apply_settings(self) -> None:
        """Take changed settings at once: mute, scanner timing (the settings dialog was saved)."""
        settings = self.context.settings
        self.sounds.set_enabled(settings.sounds_enabled)
        self.scanner.apply_settings(settings)

    # -- scanning ----------------------------------------------------------------------------

    def _scan_field_entered(self) -> None:
        raw = self.scan_input.text()
        self.scan_input.clear()
        if raw.strip():
            self.process_scan(raw)

    def process_scan(self, raw: str) -> Verdict | None:
        """One scan, one verdict: check in through core and show the result at once."""
        self.scan_input.clear()
        from catchdesk.core.checkin import check_in

        def admit(session: Session) -> Verdict:
            return check_in(
                session,
                self.the_event,
                raw,
                desk=self.context.desk_name,
                language=verdict_language(self.context),
            )

        return self._run_check_in(admit)

    def check_in_selected(self) -> Verdict | None:
        """Admit the person selected in the search results (someone without their ticket)."""
        index = self.results_view.currentIndex()
        if not index.isValid():
            if self.search_model.rowCount() == 0:
                return None
            index = self.search_model.index(0, 0)
        verdict = self.check_in_by_id(str(self.search_model.data(index, AttendeeIdRole)))
        self.search_input.clear()
        self.search_model.set_rows([])
        self.scan_input.setFocus(Qt.FocusReason.OtherFocusReason)
        return verdict

    def check_in_by_id(self, attendee_id: str) -> Verdict | None:
        """Admit one known person (found by search, or named by the walk-in form)."""
        from catchdesk.core.checkin import check_in_attendee

        def admit(session: Session) -> Verdict:
            return check_in_attendee(
                session,
                self.the_event,
                attendee_id,
                desk=self.context.desk_name,
                language=verdict_language(self.context),
            )

        return self._run_check_in(admit)

    def _run_check_in(self, admit: Callable[[Session], Verdict]) -> Verdict | None:
        from catchdesk.core.day_bookings import bookings_of_attendee

        bookings: list[DayBooking] = []
        try:
            with self.context.store.write() as session:
                verdict = admit(session)
                if verdict.attendee is not None:
                    bookings = bookings_of_attendee(session, verdict.attendee.id)
        except CatchDeskError as error:
            self.status_label.setText(str(error))
            return None
        self.show_verdict(verdict, bookings)
        return verdict

    def show_verdict(self, verdict: Verdict, bookings: list[DayBooking] | None = None) -> None:
        """Paint the verdict, play its sound, remember it in the last scans."""
        self.last_verdict = verdict
        self.panel.show_verdict(verdict, bookings or [])
        self.sounds.play(verdict.severity)
        now = local_time(dt.datetime.now(dt.UTC), self.the_event.timezone).strftime("%H:%M:%S")
        who = verdict.attendee.full_name if verdict.attendee is not None else verdict.scan
        attendee_id = verdict.attendee.id if verdict.attendee is not None else None
        word = self.panel.word_label.text()
        self.recent_model.add(RecentScan(now, who, word, verdict.severity, attendee_id))
        self.status_label.clear()
        if verdict.status is Status.CHECKED_IN and not verdict.repeated and verdict.attendee:
            self.attendee_checked_in.emit(verdict.attendee.id)

    # -- walk-ins, details, badges (desk_actions) ---------------------------------------------

    def open_walk_in(self) -> Verdict | None:
        """Register, check in and (if chosen) print the badge of someone not on the list."""
        return desk_actions.run_walk_in(self, verdict_language(self.context))

    def open_details(self, attendee_id: str | None = None) -> None:
        """Details of ``attendee_id``, else the selected search result, else the last verdict."""
        if not attendee_id:
            index = self.results_view.currentIndex()
            if index.isValid():
                attendee_id = str(self.search_model.data(index, AttendeeIdRole))
            elif self.last_verdict is not None and self.last_verdict.attendee is not None:
                attendee_id = self.last_verdict.attendee.id
        if attendee_id:
            desk_actions.show_details(self, attendee_id)

    def _auto_print_badge(self, attendee_id: str) -> None:
        """With automatic badges on, a first check-in prints the badge (repeats do not emit)."""
        if self.context.settings.auto_print_badges and not self.suppress_auto_print:
            desk_actions.print_badge(self, [attendee_id])

    # -- search ------------------------------------------------------------------------------

    def run_search(self) -> None:
        """Results as you type (after the debounce): core ranks, the model only holds a page."""
        self._search_timer.stop()
        text = self.search_input.text()
        if not text.strip():
            self.search_model.set_rows([])
            return
        from catchdesk.core.attendees import first_checkins
        from catchdesk.core.search import search_attendees

        with self.context.store.read() as session:
            hits = search_attendees(session, self.the_event, text)
            first = first_checkins(session, self.the_event.id, [hit.attendee.id for hit in hits])
            rows = rows_from_hits(hits, first, self.the_event.timezone)
        self.search_model.set_rows(rows)
        if rows:
            self.results_view.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search field into the results; Enter admits the selected person."""
        if (
            watched is self.scan_input
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            event.ignore()  # Ctrl+Z in the (empty) scan field undoes the check-in, not the text
            return True
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.search_input:
            if key == Qt.Key.Key_Down and self.search_model.rowCount() > 0:
                if self._search_timer.isActive():
                    self.run_search()
                self.results_view.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.results_view.currentIndex().isValid():
                    self.results_view.selectRow(0)
                return True
            if key in _ENTER_KEYS:
                if self._search_timer.isActive():
                    self.run_search()
                self.check_in_selected()
                return True
            if key == Qt.Key.Key_Escape:
                self.search_input.clear()
                self.scan_input.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        elif watched is self.results_view:
            if key in _ENTER_KEYS:
                self.check_in_selected()
                return True
            if key == Qt.Key.Key_Escape:
                self.search_input.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    # -- undo --------------------------------------------------------------------------------

    def undo_last(self) -> None:
        """Ask once, in words, then revoke the last check-in made at this desk."""
        desk = self.context.desk_name
        answer = QMessageBox.question(
            self,
            self.tr("Undo the last check-in?"),
            self.tr(
                "Undo the last check-in made at {desk}? The person will count as not arrived "
                "until they are checked in again."
            ).format(desk=desk),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from catchdesk.core.undo import undo_last_checkin

        try:
            with self.context.store.write() as session:
                undone = undo_last_checkin(session, self.the_event, desk)
                name = undone.attendee.full_name if undone is not None else ""
        except CatchDeskError as error:
            self.status_label.setText(str(error))
            return
        if undone is None:
            self.status_label.setText(self.tr("Nothing to undo at this desk."))
            return
        self.panel.clear()
        self.status_label.setText(self.tr("Check-in of {name} undone.").format(name=name))
        now = local_time(dt.datetime.now(dt.UTC), self.the_event.timezone).strftime("%H:%M:%S")
        self.recent_model.add(RecentScan(now, name, self.tr("Undone"), "warning"))
        self.scan_input.setFocus(Qt.FocusReason.OtherFocusReason)
