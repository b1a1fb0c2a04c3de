"""The walk-in form: someone unregistered is at the desk, let them in within half a minute.

Six fields and one primary action, "Register, check in and print badge" (DESIGN.md §10: one
primary action, the secondary one beside it). The registration and the check-in are one core
call in one transaction (:func:`catchdesk.core.walk_ins.register_walk_in`); the dialog shows
refusals in words inside itself (no second popup in a queue). A known e-mail is not a dead
end: the dialog offers to check the existing person in, which is what the desk wants.
The caller (the desk) shows the verdict and prints the badge after the dialog closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.demo_data import SECTORS
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.models import Event
from catchdesk.core.verdicts import Verdict
from catchdesk.core.walk_ins import DuplicateAttendee, looks_like_email, register_walk_in
from catchdesk.ui.context import DeskContext


class WalkInDialog(QDialog):
    """Collects a walk-in's details and registers and admits them on accept.

    After ``exec()`` returns Accepted, exactly one of these is set: :attr:`verdict` (a new
    person, registered and checked in) or :attr:`existing_id` (the e-mail belongs to someone
    already registered, whom the desk should check in instead). :attr:`print_badge` says
    whether the user chose the primary "print badge" action.
    """

    def __init__(
        self, context: DeskContext, language: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("walkInDialog")
        self.setWindowTitle(self.tr("Walk-in"))
        self.context = context
        self.language = language
        self.verdict: Verdict | None = None
        self.attendee_id: str | None = None
        self.existing_id: str | None = None
        self.print_badge = False
        self._build()

    def _build(self) -> None:
        self.first_name = QLineEdit(objectName="walkInFirstName")
        self.last_name = QLineEdit(objectName="walkInLastName")
        self.email = QLineEdit(objectName="walkInEmail")
        self.organisation = QLineEdit(objectName="walkInOrganisation")
        self.sector = QComboBox(objectName="walkInSector")
        self.sector.setEditable(True)
        self.sector.addItem("")
        self.sector.addItems(list(SECTORS))
        self.sector.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.consent = QCheckBox(
            self.tr("Agrees to be contacted after the event"), objectName="walkInConsent"
        )
        form = QFormLayout()
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("E-mail (optional)"), self.email)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow("", self.consent)

        self.error_label = QLabel(objectName="walkInError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.hide()
        self.existing_button = QPushButton(objectName="walkInCheckInExisting")
        self.existing_button.hide()
        self.existing_button.clicked.connect(self._take_existing)

        buttons = QDialogButtonBox()
        self.register_button = QPushButton(self.tr("Register, check in and print badge"))
        self.register_button.setObjectName("walkInRegisterPrint")
        self.register_button.setDefault(True)
        self.register_button.clicked.connect(lambda: self.register(print_badge=True))
        self.no_badge_button = QPushButton(self.tr("Register and check in, without badge"))
        self.no_badge_button.setObjectName("walkInRegisterNoBadge")
        self.no_badge_button.setAutoDefault(False)
        self.no_badge_button.clicked.connect(lambda: self.register(print_badge=False))
        buttons.addButton(self.register_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.no_badge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.existing_button)
        layout.addWidget(buttons)
        self.first_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        """A refusal in words, inside the form, next to what needs fixing."""
        self.error_label.setText(text)
        self.error_label.show()

    def register(self, *, print_badge: bool) -> bool:
        """Register and admit the person in one transaction; accept the dialog when done."""
        self.existing_button.hide()
        # The two usual slips, said in the desk's language before core would refuse them.
        if not (self.first_name.text().strip() or self.last_name.text().strip()):
            self.show_error(self.tr("A name is required: type at least a first or a last name."))
            return False
        email = self.email.text().strip()
        if email and not looks_like_email(email):
            self.show_error(
                self.tr("This does not look like an e-mail address: {email}").format(email=email)
            )
            return False
        try:
            with self.context.store.write() as session:
                event = session.get(Event, self.context.event_id)
                assert event is not None
                attendee, verdict = register_walk_in(
                    session,
                    event,
                    first_name=self.first_name.text(),
                    last_name=self.last_name.text(),
                    email=self.email.text(),
                    organisation=self.organisation.text(),
                    sector=self.sector.currentText(),
                    consent=self.consent.isChecked(),
                    desk=self.context.desk_name,
                    language=self.language,
                )
                self.attendee_id = attendee.id
        except DuplicateAttendee as duplicate:
            self.show_error(
                self.tr(
                    "{name} is already registered with {email}. Check them in instead of "
                    "registering them twice."
                ).format(name=duplicate.name, email=duplicate.email)
            )
            self.existing_button.setText(self.tr("Check in {name}").format(name=duplicate.name))
            self.existing_button.setProperty("attendee_id", duplicate.attendee_id)
            self.existing_button.show()
            return False
        except CatchDeskError as error:
            self.show_error(str(error))
            return False
        self.verdict = verdict
        self.print_badge = print_badge
        self.accept()
        return True

    def _take_existing(self) -> None:
        self.existing_id = str(self.existing_button.property("attendee_id"))
        self.print_badge = False
        self.accept()
