"""The waitlist beside the grid: who waits for which topic, in order, and whom freed slots went to.

When a booking is cancelled or someone does not show up, the engine books the freed slot for
the first person waiting who fits; the desk then has to find that person. So the panel keeps,
under the queue, the last slots given away this way in plain sentences ("Slot 10:20 with Sophie
offered to Marie"), newest first, for as long as the screen is open.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.coaching.info import BookingInfo
from catchdesk.core.coaching.messages import language_name
from catchdesk.core.coaching.waitlist import WaitlistInfo
from catchdesk.core.textfold import fold
from catchdesk.ui.coaching_states import clock_text
from catchdesk.ui.coaching_widgets import heading

Index = QModelIndex | QPersistentModelIndex
EntryIdRole = Qt.ItemDataRole.UserRole + 1
AttendeeIdRole = Qt.ItemDataRole.UserRole + 2
TopicRole = Qt.ItemDataRole.UserRole + 3
OFFERS_KEPT = 20


class WaitlistModel(QAbstractListModel):
    """People waiting, first come first: "Marie Dupont — référencement #2 (nl) · 10:12"
    (#2: second in the queue for that topic)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[WaitlistInfo] = []
        self.zone = "UTC"
        self.language: str | None = None

    def set_entries(self, entries: Sequence[WaitlistInfo], zone: str) -> None:
        if list(entries) == self.entries and zone == self.zone:
            return
        self.beginResetModel()
        self.entries = list(entries)
        self.zone = zone
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            spoken = f" ({language_name(entry.language, self.language)})" if entry.language else ""
            place = f" #{entry.position}" if entry.position else ""
            return (
                f"{entry.attendee_name} — {entry.topic}{place}{spoken}"
                f" · {clock_text(entry.joined_at, self.zone)}"
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.attendee_name} ({entry.attendee_code})"
        return {
            EntryIdRole: entry.id,
            AttendeeIdRole: entry.attendee_id,
            TopicRole: entry.topic,
        }.get(role)


class WaitlistPanel(QWidget):
    """The queue per topic, a button to take someone off it, and the slots given away."""

    leave_requested = Signal(str)
    """A waitlist entry id to close (the person no longer waits)."""
    person_requested = Signal(str)
    """An attendee id: the desk wants to book this waiting person by hand (double-click)."""
    rebook_requested = Signal(str, str)
    """An attendee id and topic: book again someone whose offline booking lost its slot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coachingWaitlist")
        self._all: list[WaitlistInfo] = []
        self.title = heading(self.tr("Waitlist"), 1.15, self)
        self.topic_filter = QComboBox(objectName="waitlistTopic")
        self.topic_filter.setAccessibleName(self.tr("Waitlist topic"))
        self.topic_filter.addItem(self.tr("All topics"), "")
        self.model = WaitlistModel(self)
        self.view = QListView(objectName="waitlistView")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setToolTip(self.tr("Double-click to book this person by hand"))
        self.leave_button = QPushButton(
            self.tr("Take off the waitlist"), objectName="leaveWaitlist"
        )
        self.leave_button.setEnabled(False)
        self.offers_title = QLabel(self.tr("Freed slots given to people waiting"))
        self.offers_title.setStyleSheet("color: #4b5563;")
        self.offers = QListWidget(objectName="waitlistOffers")
        self.offers.setWordWrap(True)
        self.offers.setMaximumHeight(110)
        self.offers.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.offers.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rebook_title = QLabel(self.tr("To rebook: their slot went to another desk's booking"))
        self.rebook_title.setWordWrap(True)
        self.rebook_title.setStyleSheet("color: #5c2b00; font-weight: bold;")
        self.to_rebook = QListWidget(objectName="toRebookList")
        self.to_rebook.setMaximumHeight(90)
        self.to_rebook.setToolTip(self.tr("Double-click to book this person again"))
        self.to_rebook.itemActivated.connect(
            lambda item: self.rebook_requested.emit(*item.data(Qt.ItemDataRole.UserRole))
        )

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.topic_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.leave_button)
        layout.addWidget(self.offers_title)
        layout.addWidget(self.offers)
        layout.addWidget(self.rebook_title)
        layout.addWidget(self.to_rebook)
        self.show_to_rebook([], "UTC")

        self.topic_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selection())
        self.model.modelReset.connect(self._selection)
        self.leave_button.clicked.connect(self._leave)
        self.view.doubleClicked.connect(
            lambda index: self.person_requested.emit(str(index.data(AttendeeIdRole)))
        )

    def set_topics(self, topics: Sequence[str]) -> None:
        chosen = self.topic_filter.currentData()
        self.topic_filter.blockSignals(True)
        self.topic_filter.clear()
        self.topic_filter.addItem(self.tr("All topics"), "")
        for topic in topics:
            self.topic_filter.addItem(topic, topic)
        self.topic_filter.setCurrentIndex(max(0, self.topic_filter.findData(chosen or "")))
        self.topic_filter.blockSignals(False)

    def show_entries(
        self, entries: Sequence[WaitlistInfo], zone: str, language: str | None
    ) -> None:
        self._all = list(entries)
        self.model.zone = zone
        self.model.language = language
        self._apply_filter()

    def waiting_count(self) -> int:
        """How many people wait (for any topic)."""
        return len(self._all)

    def add_offer(self, text: str) -> None:
        """Put a sentence about a freed slot at the top of the list of offers."""
        self.offers.insertItem(0, text)
        while self.offers.count() > OFFERS_KEPT:
            self.offers.takeItem(self.offers.count() - 1)

    def show_to_rebook(self, bookings: Sequence[BookingInfo], zone: str) -> None:
        """Bookings flagged by the sync (two desks gave one slot away offline) whose person
        has not been booked again; hidden when there is none."""
        self.to_rebook.clear()
        for booking in bookings:
            when = clock_text(booking.starts_at, zone)
            item = QListWidgetItem(
                f"{booking.attendee_name} — {booking.topic or '…'} ({when}, {booking.coach})"
            )
            item.setData(Qt.ItemDataRole.UserRole, (booking.attendee_id, booking.topic))
            self.to_rebook.addItem(item)
        self.rebook_title.setVisible(bool(bookings))
        self.to_rebook.setVisible(bool(bookings))

    def _apply_filter(self) -> None:
        wanted = fold(str(self.topic_filter.currentData() or "")).strip()
        shown = [e for e in self._all if not wanted or fold(e.topic).strip() == wanted]
        self.model.set_entries(shown, self.model.zone)
        self.title.setText(self.tr("Waitlist (%1)").replace("%1", str(len(self._all))))

    def _selection(self) -> None:
        self.leave_button.setEnabled(self.view.currentIndex().isValid())

    def _leave(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.leave_requested.emit(str(index.data(EntryIdRole)))
