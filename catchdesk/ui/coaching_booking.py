"""The booking side of the coaching desk: who (scan or search), on what, in which language.

The fastest path at a busy desk is scan → topic → Enter: a scanner burst anywhere in the
window lands in the scan field (the desk's :class:`~catchdesk.ui.scanner_input.ScannerInput`),
the person is shown with the bookings they already hold, the focus goes to the topic (typed,
with completion), and Enter asks for the next free slot. Someone without their ticket is found
by name, like at the front desk.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.coaching.messages import language_name
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.models import Event
from catchdesk.core.search import search_attendees
from catchdesk.ui.coaching_reading import ChosenPerson
from catchdesk.ui.context import DeskContext
from catchdesk.ui.scanner_input import ScannerInput

SEARCH_DEBOUNCE_MS = 80
RESULTS = 8
_ENTER = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class BookingPanel(QWidget):
    """Scan or search a person, pick a topic and a language, ask for the next free slot."""

    person_scanned = Signal(str)
    """A scan (or a typed code and Enter) in the scan field: the raw text."""
    person_picked = Signal(str)
    """An attendee id chosen in the search results."""
    next_free_requested = Signal()
    waitlist_requested = Signal()
    person_cleared = Signal()

    def __init__(self, context: DeskContext, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coachingBookingPanel")
        self.context = context
        self.the_event = event
        self.person: ChosenPerson | None = None
        self._build()
        self.scanner = ScannerInput.for_settings(self.scan_input, context.settings, self)
        self.scanner.scan_received.connect(self._scanned)
        self.scan_input.returnPressed.connect(self._scan_entered)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_input.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_input.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemActivated.connect(self._result_activated)
        self.topic_input.lineEdit().installEventFilter(self)
        self.language_input.installEventFilter(self)
        self.next_free_button.clicked.connect(self.next_free_requested)
        self.waitlist_button.clicked.connect(self.waitlist_requested)
        self.clear_button.clicked.connect(self.clear_person)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.scan_input = QLineEdit(objectName="coachingScanInput")
        self.scan_input.setPlaceholderText(self.tr("Scan a ticket to book"))
        self.scan_input.setAccessibleName(self.tr("Ticket code"))
        big = QFont(self.scan_input.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        self.scan_input.setFont(big)
        self.scan_input.setMinimumHeight(40)
        self.search_input = QLineEdit(objectName="coachingSearchInput")
        self.search_input.setPlaceholderText(self.tr("…or search a name"))
        self.search_input.setAccessibleName(self.tr("Search a person"))
        self.search_input.setClearButtonEnabled(True)
        self.search_input.setMinimumHeight(40)
        self.results = QListWidget(objectName="coachingSearchResults")
        self.results.setMaximumHeight(170)
        self.results.hide()

        self.person_box = QFrame(objectName="coachingPerson")
        self.person_box.setStyleSheet(
            "QFrame#coachingPerson { background: #eef2f6; border-radius: 6px; }"
            "QLabel { background: transparent; }"
        )
        self.person_name = QLabel(self.tr("Nobody chosen yet"), objectName="coachingPersonName")
        name_font = QFont(self.person_name.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.35)
        name_font.setBold(True)
        self.person_name.setFont(name_font)
        self.person_name.setWordWrap(True)
        self.person_details = QLabel(
            self.tr("Scan a ticket or search a name, then choose a topic and press Enter."),
            objectName="coachingPersonDetails",
        )
        self.person_details.setWordWrap(True)
        self.person_details.setStyleSheet("color: #374151;")
        self.clear_button = QToolButton(objectName="coachingClearPerson")
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("Forget this person"))
        self.clear_button.setAccessibleName(self.tr("Forget this person"))
        self.clear_button.hide()
        head = QHBoxLayout()
        head.addWidget(self.person_name, 1)
        head.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        person_layout = QVBoxLayout(self.person_box)
        person_layout.setContentsMargins(10, 8, 10, 8)
        person_layout.addLayout(head)
        person_layout.addWidget(self.person_details)

        self.topic_input = QComboBox(objectName="coachingTopic")
        self.topic_input.setEditable(True)
        self.topic_input.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.topic_input.lineEdit().setPlaceholderText(self.tr("Any topic"))
        self.topic_input.setAccessibleName(self.tr("Topic"))
        completer = QCompleter(self.topic_input.model(), self.topic_input)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.topic_input.setCompleter(completer)
        self.language_input = QComboBox(objectName="coachingLanguage")
        self.language_input.setAccessibleName(self.tr("Language"))
        self.next_free_button = QPushButton(self.tr("Next free slot"), objectName="nextFreeButton")
        self.next_free_button.setToolTip(
            self.tr("Book the earliest free slot for this topic and language (Enter)")
        )
        self.next_free_button.setMinimumHeight(36)
        self.next_free_button.setDefault(True)
        self.waitlist_button = QPushButton(self.tr("Waitlist"), objectName="joinWaitlistButton")
        self.waitlist_button.setToolTip(self.tr("Put this person on the waitlist for the topic"))
        self.waitlist_button.setMinimumHeight(36)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        topic_label = QLabel(self.tr("&Topic"))
        topic_label.setBuddy(self.topic_input)
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language_input)
        form.addRow(topic_label, self.topic_input)
        form.addRow(language_label, self.language_input)
        buttons = QHBoxLayout()
        buttons.addWidget(self.next_free_button, 2)
        buttons.addWidget(self.waitlist_button, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search_input)
        layout.addWidget(self.results)
        layout.addWidget(self.person_box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._enable()

    # -- filling -----------------------------------------------------------------------------

    def set_choices(self, topics: list[str], languages: list[str], language: str | None) -> None:
        """The topics and languages coaches offer; keeps what was typed or chosen."""
        typed = self.topic_input.currentText()
        self.topic_input.blockSignals(True)
        self.topic_input.clear()
        self.topic_input.addItems(topics)
        self.topic_input.setEditText(typed)
        self.topic_input.blockSignals(False)
        chosen = self.language_input.currentData()
        self.language_input.clear()
        self.language_input.addItem(self.tr("Any language"), "")
        for code in languages:
            self.language_input.addItem(language_name(code, language), code)
        found = self.language_input.findData(chosen or "")
        self.language_input.setCurrentIndex(max(0, found))

    def set_request(self, topic: str, language: str = "") -> None:
        """Fill the topic and language in (moving a booking keeps what it was for)."""
        self.topic_input.setEditText(topic)
        self.language_input.setCurrentIndex(max(0, self.language_input.findData(language)))

    def topic(self) -> str:
        return self.topic_input.currentText().strip()

    def language(self) -> str:
        return str(self.language_input.currentData() or "")

    def show_person(self, person: ChosenPerson | None) -> None:
        """Show who is being booked and what they hold already; None forgets them."""
        self.person = person
        if person is None:
            self.person_name.setText(self.tr("Nobody chosen yet"))
            self.person_details.setText(
                self.tr("Scan a ticket or search a name, then choose a topic and press Enter.")
            )
        else:
            self.person_name.setText(person.name)
            lines = [person.organisation] if person.organisation else []
            if person.holding:
                lines.append(self.tr("Booked: %1").replace("%1", "; ".join(person.holding)))
            else:
                lines.append(self.tr("No coaching booked yet."))
            if person.waiting:
                lines.append(self.tr("Waiting for: %1").replace("%1", ", ".join(person.waiting)))
            self.person_details.setText("\n".join(lines))
        self.clear_button.setVisible(person is not None)
        self._enable()

    def clear_person(self) -> None:
        self.show_person(None)
        self.person_cleared.emit()
        self.focus_scan()

    def focus_scan(self) -> None:
        self.scan_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_topic(self) -> None:
        self.topic_input.setFocus(Qt.FocusReason.OtherFocusReason)
        self.topic_input.lineEdit().selectAll()

    def _enable(self) -> None:
        chosen = self.person is not None
        self.next_free_button.setEnabled(chosen)
        self.waitlist_button.setEnabled(chosen)

    # -- scanning and searching --------------------------------------------------------------

    def _scan_entered(self) -> None:
        raw = self.scan_input.text()
        self.scan_input.clear()
        if raw.strip():
            self.person_scanned.emit(raw)

    def _scanned(self, raw: str) -> None:
        self.scan_input.clear()
        self.person_scanned.emit(raw)

    def run_search(self) -> None:
        """Up to :data:`RESULTS` people matching the search text, best first."""
        self._search_timer.stop()
        text = self.search_input.text()
        self.results.clear()
        if not text.strip():
            self.results.hide()
            return
        try:
            with self.context.store.read() as session:
                hits = search_attendees(session, self.the_event, text, limit=RESULTS)
                rows = [
                    (
                        h.attendee.id,
                        h.attendee.full_name or h.attendee.code,
                        h.attendee.organisation,
                    )
                    for h in hits
                ]
        except CatchDeskError:
            rows = []
        for attendee_id, name, organisation in rows:
            item = QListWidgetItem(f"{name} — {organisation}" if organisation else name)
            item.setData(Qt.ItemDataRole.UserRole, attendee_id)
            self.results.addItem(item)
        if not rows:
            item = QListWidgetItem(self.tr("Nobody matches"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        else:
            self.results.setCurrentRow(0)
        self.results.show()

    def pick_result(self, row: int = -1) -> bool:
        """Choose the result at ``row`` (the selected one by default); False if there is none."""
        item = self.results.item(row if row >= 0 else max(0, self.results.currentRow()))
        attendee_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not attendee_id:
            return False
        self.search_input.blockSignals(True)
        self.search_input.clear()
        self.search_input.blockSignals(False)
        self.results.clear()
        self.results.hide()
        self.person_picked.emit(str(attendee_id))
        return True

    def _result_activated(self, item: QListWidgetItem) -> None:
        self.pick_result(self.results.row(item))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down into the results, Enter picks; Enter on the language asks for a slot."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.search_input:
            if key == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key in _ENTER:
                if self._search_timer.isActive():
                    self.run_search()
                self.pick_result()
                return True
            if key == Qt.Key.Key_Escape:
                self.search_input.clear()
                self.focus_scan()
                return True
        elif watched is self.results and key in _ENTER:
            self.pick_result()
            return True
        elif key in _ENTER and watched in (self.language_input, self.topic_input.lineEdit()):
            self.next_free_requested.emit()
            return True
        return False
