"""One person in detail: correct their details, read their day, reprint their badge.

Opened from the desk's search results or last scans when someone says "my name is misspelt"
or "I lost my badge". Corrections go through :func:`catchdesk.core.history.update_attendee`
(search finds the new name at once) and the history is read from the append-only rows by
:func:`catchdesk.core.history.attendee_history`, newest first; the widget writes no SQL.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.attendees import LANGUAGES
from catchdesk.core.codes import format_code
from catchdesk.core.demo_data import SECTORS
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.history import HistoryItem, attendee_history, update_attendee
from catchdesk.core.models import Attendee, Event, Role
from catchdesk.core.timeutil import local_time
from catchdesk.ui import badge_printing
from catchdesk.ui.context import DeskContext
from catchdesk.ui.settings_dialog import LANGUAGE_NAMES

KINDS: dict[str, str] = {
    "checked_in": QT_TRANSLATE_NOOP("AttendeeDialog", "Checked in"),
    "revoked": QT_TRANSLATE_NOOP("AttendeeDialog", "Check-in undone"),
    "door": QT_TRANSLATE_NOOP("AttendeeDialog", "Workshop door"),
    "badge_printed": QT_TRANSLATE_NOOP("AttendeeDialog", "Badge printed"),
    "booking": QT_TRANSLATE_NOOP("AttendeeDialog", "Coaching booking"),
    "certificate_issued": QT_TRANSLATE_NOOP("AttendeeDialog", "Certificate issued"),
}
COL_TIME, COL_KIND, COL_DETAILS, COL_DESK = range(4)


ROLE_LABELS: dict[str, str] = {
    Role.PARTICIPANT: QT_TRANSLATE_NOOP("AttendeeDialog", "Participant"),
    Role.COACH: QT_TRANSLATE_NOOP("AttendeeDialog", "Coach"),
    Role.STAFF: QT_TRANSLATE_NOOP("AttendeeDialog", "Staff"),
    Role.PARTNER: QT_TRANSLATE_NOOP("AttendeeDialog", "Partner"),
    Role.SPEAKER: QT_TRANSLATE_NOOP("AttendeeDialog", "Speaker"),
}


def _select_data(combo: QComboBox, value: str) -> None:
    """Select the entry holding ``value``; an unknown stored value is shown as it is."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class AttendeeDialog(QDialog):
    """View and correct one attendee; their history below; reprint their badge."""

    attendee_changed = Signal(str)
    """An attendee id, after a correction was saved (the desk refreshes its search)."""
    badge_printed = Signal(str)
    """An attendee id, after their badge went to paper from this dialog."""

    def __init__(
        self, context: DeskContext, attendee_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attendeeDialog")
        self.context = context
        self.attendee_id = attendee_id
        self._build()
        self.load()

    def _build(self) -> None:
        self.title_label = QLabel(objectName="attendeeTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.code_label = QLabel(objectName="attendeeCode")
        self.fields: dict[str, QLineEdit] = {
            name: QLineEdit(objectName=f"attendee_{name}")
            for name in ("first_name", "last_name", "email", "organisation")
        }
        self.sector = QComboBox(objectName="attendee_sector")
        self.sector.setEditable(True)
        self.sector.addItems(["", *SECTORS])
        self.language = QComboBox(objectName="attendee_language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.role = QComboBox(objectName="attendee_role")
        for role in Role:
            label = ROLE_LABELS.get(role, role.value)
            self.role.addItem(QCoreApplication.translate("AttendeeDialog", label), role.value)
        form = QFormLayout()
        form.addRow(self.tr("First name"), self.fields["first_name"])
        form.addRow(self.tr("Last name"), self.fields["last_name"])
        form.addRow(self.tr("E-mail"), self.fields["email"])
        form.addRow(self.tr("Organisation"), self.fields["organisation"])
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Role"), self.role)

        self.history = QTableWidget(0, 4, objectName="attendeeHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("What"), self.tr("Details"), self.tr("Desk")]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status_label = QLabel(objectName="attendeeStatus")
        self.status_label.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save corrections"), objectName="attendeeSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.reprint_button = QPushButton(self.tr("Reprint badge"), objectName="attendeeReprint")
        self.reprint_button.setAutoDefault(False)
        self.reprint_button.clicked.connect(self.reprint)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(self.reprint_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.code_label)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def load(self) -> None:
        """(Re)read the person and their history from the store."""
        with self.context.store.read() as session:
            attendee = session.get(Attendee, self.attendee_id)
            event = session.get(Event, self.context.event_id)
            if attendee is None or event is None:
                raise CatchDeskError(self.tr("This person is no longer in the store."))
            items = attendee_history(session, self.attendee_id)
            zone = event.timezone
        self.setWindowTitle(self.tr("Attendee: {name}").format(name=attendee.full_name))
        self.title_label.setText(attendee.full_name)
        self.code_label.setText(
            self.tr("Ticket code: {code}").format(code=format_code(attendee.code))
        )
        for name, field in self.fields.items():
            field.setText(getattr(attendee, name))
        self.sector.setCurrentText(attendee.sector)
        _select_data(self.language, attendee.language)
        _select_data(self.role, attendee.role)
        self._show_history(items, zone)

    def _show_history(self, items: list[HistoryItem], zone: str) -> None:
        self.history.setRowCount(len(items))
        for row, item in enumerate(items):
            when = local_time(item.time, zone).strftime("%d/%m %H:%M:%S")
            kind = QCoreApplication.translate("AttendeeDialog", KINDS.get(item.kind, item.kind))
            for column, text in ((COL_TIME, when), (COL_KIND, kind), (COL_DETAILS, item.details),
                                 (COL_DESK, item.desk)):  # fmt: skip
                cell = QTableWidgetItem(text)
                if column == COL_KIND:
                    cell.setData(Qt.ItemDataRole.UserRole, item.kind)  # for tests
                self.history.setItem(row, column, cell)

    def changes(self) -> dict[str, str]:
        """The edited values of every correctable field."""
        values = {name: field.text() for name, field in self.fields.items()}
        values["sector"] = self.sector.currentText()
        values["language"] = str(self.language.currentData())
        values["role"] = str(self.role.currentData())
        return values

    def save(self) -> bool:
        """Store the corrections (one transaction); say so, or say why not, in the dialog."""
        try:
            with self.context.store.write() as session:
                update_attendee(session, self.attendee_id, **self.changes())
        except CatchDeskError as error:
            self.status_label.setText(str(error))
            return False
        self.load()
        self.status_label.setText(self.tr("Corrections saved."))
        self.attendee_changed.emit(self.attendee_id)
        return True

    def reprint(self) -> bool:
        """Print this person's badge again (lost, or details corrected)."""
        try:
            printed = badge_printing.print_badges(self, self.context, [self.attendee_id])
        except CatchDeskError as error:
            QMessageBox.warning(self, self.tr("Badge not printed"), str(error))
            return False
        if printed:
            self.status_label.setText(self.tr("Badge sent to the printer."))
            self.load()
            self.badge_printed.emit(self.attendee_id)
        return printed
