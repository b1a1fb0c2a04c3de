"""Event setup: what the organiser prepares the week before, in three tabs.

The event (details, certificate wording, images, the key), the programme (workshops) and the
partners. Every change is saved at once by a core function in its own transaction; edits that
would break something are refused with the reason or asked about once (see
:mod:`catchdesk.ui.event_setup_messages`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from catchdesk.ui.context import DeskContext
from catchdesk.ui.event_setup_details import EventDetailsTab
from catchdesk.ui.event_setup_partners import PartnersTab
from catchdesk.ui.event_setup_workshops import WorkshopsTab


class EventSetupScreen(QWidget):
    """The organiser's setup of the event: tabs Event, Workshops, Partners."""

    event_changed = Signal()
    """The event's details or programme changed; screens that show them may reload."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventSetupScreen")
        self.context = context
        self.details = EventDetailsTab(context)
        self.workshops = WorkshopsTab(context)
        self.partners = PartnersTab(context)
        self.tabs = QTabWidget(objectName="eventSetupTabs")
        self.tabs.addTab(self.details, self.tr("Event"))
        self.tabs.addTab(self.workshops, self.tr("Workshops"))
        self.tabs.addTab(self.partners, self.tr("Partners"))
        self.details.details_saved.connect(self.event_changed)
        self.details.details_saved.connect(lambda: self.workshops.reload())
        self.workshops.programme_changed.connect(self.event_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def showEvent(self, event: object) -> None:
        """Counts of people inside change all day: read the programme again when shown."""
        super().showEvent(event)  # type: ignore[arg-type]
        self.workshops.reload()
