"""The short form that creates an event from the welcome window: name, date, venue, zone.

Creating the event writes its ticket and certificate keys with it
(:func:`catchdesk.core.events.create_event`); a refusal (no name, an unknown time zone) is
said inside the form, next to the fields, and nothing is written.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.events import DEFAULT_TIMEZONE, create_event
from catchdesk.core.store import Store
from catchdesk.ui.import_wizard_widgets import Notice

TIME_ZONES = (
    DEFAULT_TIMEZONE,
    "Europe/Paris",
    "Europe/Luxembourg",
    "Europe/Amsterdam",
    "Europe/Berlin",
    "Europe/London",
    "Europe/Lisbon",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Warsaw",
    "Europe/Istanbul",
    "Africa/Casablanca",
    "Africa/Kinshasa",
    "America/Montreal",
    "UTC",
)
"""Offered in the form; the field is editable for any other IANA zone."""


class EventForm(QWidget):
    """Name, date, venue and time zone of a new event; emits its id once it is created."""

    event_created = Signal(str)
    back_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeEventForm")
        self.store = store
        self._build()

    def _build(self) -> None:
        self.form_title = QLabel(self.tr("Your event"), objectName="welcomeFormTitle")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.form_title.setFont(title_font)
        self.form_intro = QLabel(objectName="welcomeFormIntro")
        self.form_intro.setWordWrap(True)
        self.name_edit = QLineEdit(objectName="welcomeEventName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Digital Day Namur 2026"))
        self.date_edit = QDateEdit(objectName="welcomeEventDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setDate(QDate.currentDate())
        self.venue_edit = QLineEdit(objectName="welcomeEventVenue")
        self.venue_edit.setPlaceholderText(self.tr("e.g. Namur Expo"))
        self.zone_box = QComboBox(objectName="welcomeEventTimezone")
        self.zone_box.setEditable(True)
        self.zone_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_box.addItems(TIME_ZONES)
        self.zone_box.setCurrentText(DEFAULT_TIMEZONE)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Venue"), self.venue_edit)
        form.addRow(self.tr("Time zone"), self.zone_box)
        self.notice = Notice("welcomeFormMessage")
        self.back_button = QPushButton(self.tr("Back"), objectName="welcomeBack")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back_requested)
        self.create_button = QPushButton(objectName="welcomeCreateEvent")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_event)
        self.name_edit.returnPressed.connect(self.create_event)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.form_title)
        layout.addWidget(self.form_intro)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def prepare(self, *, import_after: bool) -> None:
        """Say what comes after the event: nothing, or choosing the registration file."""
        if import_after:
            self.form_intro.setText(
                self.tr(
                    "First the event the registrations belong to; then choose the export of "
                    "your ticketing platform (CSV or Excel)."
                )
            )
            self.create_button.setText(self.tr("Create the event and choose the file…"))
        else:
            self.form_intro.setText(
                self.tr(
                    "Its name and date are printed on badges and certificates; workshops, "
                    "logo and certificate texts can be added later."
                )
            )
            self.create_button.setText(self.tr("Create the event"))
        self.notice.clear_notice()

    def create_event(self) -> str | None:
        """Create the event of the form; its id, or None (the reason shown in the form)."""
        name = self.name_edit.text().strip()
        if not name:
            self.notice.say(
                self.tr("Give the event a name: it is printed on badges and certificates."),
                "error",
            )
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        day = self.date_edit.date().toPython()
        assert isinstance(day, dt.date)
        try:
            with self.store.write() as session:
                event = create_event(
                    session,
                    name,
                    day,
                    venue=self.venue_edit.text(),
                    timezone=self.zone_box.currentText().strip(),
                )
                event_id = event.id
        except CatchDeskError as exc:
            self.notice.say(str(exc), "error")
            return None
        self.event_created.emit(event_id)
        return event_id
