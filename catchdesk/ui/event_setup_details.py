"""The "Event" tab of event setup: details, certificate wording, logo and signature, the key.

Each group saves on its own button (one transaction each) so a half-typed certificate text never
goes out with a corrected date. Images are chosen with the platform's file dialog and kept in the
event itself (checked and size-limited by the core); the certificate key's public half is
exported to a PEM file for whoever verifies certificates.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.attendees import LANGUAGES
from catchdesk.core.event_setup import (
    CertificateWording,
    EventDetails,
    ImageKind,
    event_image,
    export_public_key,
    get_event,
    key_fingerprint,
    read_image_file,
    set_event_image,
    update_certificate_wording,
    update_event_details,
)
from catchdesk.core.models import Event
from catchdesk.documents.certificate_texts import text as certificate_text
from catchdesk.ui.context import DeskContext
from catchdesk.ui.event_setup_messages import attempt
from catchdesk.ui.settings_dialog import LANGUAGE_NAMES

TIME_ZONES = (
    "Europe/Brussels",
    "Europe/Paris",
    "Europe/Luxembourg",
    "Europe/Amsterdam",
    "Europe/Berlin",
    "Europe/London",
    "UTC",
)
PREVIEW_SIZE = (200, 80)
OK_STYLE = "color: #1b4d20;"


def _qdate(day: object) -> QDate:
    return QDate(day.year, day.month, day.day)  # type: ignore[attr-defined]


def _bold(group: QGroupBox) -> QGroupBox:
    font = group.font()
    font.setBold(True)
    group.setFont(font)
    for child in group.findChildren(QWidget):
        child_font = child.font()
        child_font.setBold(False)
        child.setFont(child_font)
    return group


class ImagePicker(QWidget):
    """A preview of the event's logo or signature with Choose… and Remove."""

    changed = Signal()

    def __init__(
        self, context: DeskContext, kind: ImageKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.preview = QLabel(objectName=f"{kind.value}Preview")
        self.preview.setFixedSize(*PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("QLabel { border: 1px solid #c8ccd2; background: white; }")
        self.choose_button = QPushButton(self.tr("Choose…"), objectName=f"{kind.value}Choose")
        self.remove_button = QPushButton(self.tr("Remove"), objectName=f"{kind.value}Remove")
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(lambda: self.store_image(None))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_event(self, event: Event) -> None:
        data = event_image(event, self.kind)
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            width, height = PREVIEW_SIZE
            self.preview.setPixmap(
                pixmap.scaled(
                    width - 8,
                    height - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("None"))
        self.remove_button.setEnabled(bool(data))

    def choose(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose an image"), folder, self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not path:
            return

        def read(_confirm: bool) -> bytes:
            return read_image_file(path, self.kind.value)

        data = attempt(self, self.tr("Image not used"), read)
        if data is not None:
            self.store_image(data)

    def store_image(self, data: bytes | None) -> None:
        def action(_confirm: bool) -> Event:
            with self.context.store.write() as session:
                return set_event_image(session, self.context.event_id, self.kind, data)

        event = attempt(self, self.tr("Image not used"), action)
        if event is not None:
            self.show_event(event)
            self.changed.emit()


class EventDetailsTab(QWidget):
    """Name, days, place, organiser; certificate wording; logo and signature; the key."""

    details_saved = Signal()
    """The event's name, days or place changed (the window title may show them)."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        content = QWidget()
        grid = QGridLayout(content)
        top = Qt.AlignmentFlag.AlignTop
        left = QVBoxLayout()
        left.addWidget(self._details_group())
        left.addWidget(self._key_group())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._certificate_group())
        right.addWidget(self._images_group())
        right.addStretch(1)
        grid.addLayout(left, 0, 0, top)
        grid.addLayout(right, 0, 1, top)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.reload()

    # -- building ------------------------------------------------------------------------------

    def _details_group(self) -> QGroupBox:
        self.name = QLineEdit(objectName="eventName")
        self.first_day = QDateEdit(objectName="eventFirstDay")
        self.last_day = QDateEdit(objectName="eventLastDay")
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.venue = QLineEdit(objectName="eventVenue")
        self.organiser = QLineEdit(objectName="eventOrganiser")
        self.timezone = QComboBox(objectName="eventTimezone")
        self.timezone.setEditable(True)
        self.timezone.addItems(list(TIME_ZONES))
        self.save_details_button = QPushButton(self.tr("Save details"), objectName="eventSave")
        self.save_details_button.setDefault(True)
        self.save_details_button.clicked.connect(self.save_details)
        self.details_note = QLabel(objectName="eventNote")
        self.details_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("First day"), self.first_day)
        form.addRow(self.tr("Last day"), self.last_day)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Organiser"), self.organiser)
        form.addRow(self.tr("Time zone"), self.timezone)
        group = QGroupBox(self.tr("Event"))
        layout = QVBoxLayout(group)
        layout.addLayout(form)
        layout.addWidget(self.save_details_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.details_note)
        self.details_note.hide()
        return _bold(group)

    def _certificate_group(self) -> QGroupBox:
        self.signatory = QLineEdit(objectName="signatoryName")
        self.signatory.setPlaceholderText(self.tr("Who signs, e.g. Camille Renard"))
        self.texts: dict[str, QPlainTextEdit] = {}
        self.roles: dict[str, QLineEdit] = {}
        self.languages = QTabWidget(objectName="certificateLanguages")
        for language in LANGUAGES:
            page = QWidget()
            form = QFormLayout(page)
            text = QPlainTextEdit(objectName=f"certificateText_{language}")
            text.setPlaceholderText(certificate_text("default_text", language))
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 5)
            role = QLineEdit(objectName=f"signatoryRole_{language}")
            form.addRow(self.tr("Text"), text)
            form.addRow(self.tr("Role of the signatory"), role)
            self.texts[language], self.roles[language] = text, role
            self.languages.addTab(page, LANGUAGE_NAMES.get(language, language))
        self.save_wording_button = QPushButton(
            self.tr("Save certificate wording"), objectName="certificateSave"
        )
        self.save_wording_button.clicked.connect(self.save_wording)
        self.wording_note = QLabel(objectName="certificateNote")
        form = QFormLayout()
        form.addRow(self.tr("Signatory"), self.signatory)
        group = QGroupBox(self.tr("Certificates"))
        layout = QVBoxLayout(group)
        hint = QLabel(self.tr("An empty text prints CatchDesk's own sentence (shown in grey)."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.languages)
        layout.addWidget(self.save_wording_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.wording_note)
        self.wording_note.hide()
        return _bold(group)

    def _images_group(self) -> QGroupBox:
        self.logo = ImagePicker(self.context, ImageKind.LOGO)
        self.signature = ImagePicker(self.context, ImageKind.SIGNATURE)
        form = QFormLayout()
        form.addRow(self.tr("Logo"), self.logo)
        form.addRow(self.tr("Signature"), self.signature)
        group = QGroupBox(self.tr("Images on certificates"))
        layout = QVBoxLayout(group)
        layout.addLayout(form)
        note = QLabel(self.tr("PNG or JPEG, at most 512 KB; kept in the event for every desk."))
        note.setWordWrap(True)
        layout.addWidget(note)
        return _bold(group)

    def _key_group(self) -> QGroupBox:
        self.fingerprint = QLabel(objectName="keyFingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.fingerprint.font()
        font.setFamily("monospace")
        self.fingerprint.setFont(font)
        self.export_button = QPushButton(self.tr("Export public key…"), objectName="keyExport")
        self.export_button.clicked.connect(self.export_key)
        self.key_note = QLabel(objectName="keyNote")
        self.key_note.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "Certificates are signed with the event's key. Give the public key to whoever "
                "checks certificates; the fingerprint printed on each certificate must match."
            )
        )
        explain.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Fingerprint")))
        row.addWidget(self.fingerprint, 1)
        row.addWidget(self.export_button)
        group = QGroupBox(self.tr("Certificate key"))
        layout = QVBoxLayout(group)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.key_note)
        self.key_note.hide()
        return _bold(group)

    # -- reading and saving --------------------------------------------------------------------

    def reload(self) -> None:
        with self.context.store.read() as session:
            event = get_event(session, self.context.event_id)
        self.name.setText(event.name)
        self.first_day.setDate(_qdate(event.starts_on))
        self.last_day.setDate(_qdate(event.ends_on or event.starts_on))
        self.venue.setText(event.venue)
        self.organiser.setText(event.organiser)
        self.timezone.setCurrentText(event.timezone)
        wording = CertificateWording.of(event)
        self.signatory.setText(wording.signatory_name)
        for language in LANGUAGES:
            self.texts[language].setPlainText(wording.texts.get(language, ""))
            self.roles[language].setText(wording.roles.get(language, ""))
        self.logo.show_event(event)
        self.signature.show_event(event)
        self.fingerprint.setText(key_fingerprint(event) or "—")

    def details(self) -> EventDetails:
        first = self.first_day.date().toPython()
        last = self.last_day.date().toPython()
        return EventDetails(
            name=self.name.text(),
            starts_on=first,
            ends_on=last if last != first else None,
            venue=self.venue.text(),
            organiser=self.organiser.text(),
            timezone=self.timezone.currentText().strip(),
        )

    def save_details(self) -> bool:
        details = self.details()

        def action(confirm: bool) -> Event:
            with self.context.store.write() as session:
                return update_event_details(
                    session, self.context.event_id, details, confirm=confirm
                )

        saved = attempt(self, self.tr("Event details"), action)
        if saved is None:
            return False
        self.reload()
        self._say(self.details_note, self.tr("Details saved."))
        self.details_saved.emit()
        return True

    def wording(self) -> CertificateWording:
        return CertificateWording(
            texts={language: edit.toPlainText() for language, edit in self.texts.items()},
            signatory_name=self.signatory.text(),
            roles={language: edit.text() for language, edit in self.roles.items()},
        )

    def save_wording(self) -> bool:
        wording = self.wording()

        def action(_confirm: bool) -> Event:
            with self.context.store.write() as session:
                return update_certificate_wording(session, self.context.event_id, wording)

        if attempt(self, self.tr("Certificate wording"), action) is None:
            return False
        self._say(self.wording_note, self.tr("Certificate wording saved."))
        return True

    def export_key(self) -> bool:
        event = self.context.event()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = re.sub(r"[^\w.-]+", "-", event.name).strip("-") or "event"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export public key"),
            str(Path(folder) / f"{name}-public-key.pem"),
            self.tr("Public keys (*.pem)"),
        )
        if not path:
            return False

        def action(_confirm: bool) -> str:
            with self.context.store.write() as session:
                return export_public_key(session, self.context.event_id, path)

        shown = attempt(self, self.tr("Export public key"), action)
        if shown is None:
            return False
        self._say(
            self.key_note,
            self.tr("Saved to {path} (fingerprint {fingerprint}).").format(
                path=path, fingerprint=shown
            ),
        )
        return True

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        label.setStyleSheet(OK_STYLE)
        label.setText("✔ " + text)
        label.show()
