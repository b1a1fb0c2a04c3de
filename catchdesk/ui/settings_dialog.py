"""The settings dialog: everything a desk can choose, on one calm page.

It edits a :class:`~catchdesk.ui.settings.Settings` in place and saves it on OK, so the open
screens (which hold the same object through their context) see a new desk name, sound choice or
scanner timing on the next scan. The interface language is the one choice that needs a restart:
the dialog says so in words next to the field, instead of half-translating the open window.
Cameras and printers are listed from the machine; when Qt Multimedia is missing the camera field
is disabled with a visible sentence, never silently empty.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from catchdesk.documents.badge_layouts import LAYOUTS
from catchdesk.ui.job_worker import BackgroundJob, JobControl, error_text
from catchdesk.ui.settings import Settings

log = logging.getLogger(__name__)

LANGUAGE_NAMES: dict[str, str] = {"fr": "Français", "en": "English", "nl": "Nederlands"}
"""Each language in its own name, as every language menu does."""

LAYOUT_TITLES: dict[str, str] = {
    "a4-8": QT_TRANSLATE_NOOP("SettingsDialog", "A4 sheet, 8 badges (90 × 60 mm)"),
    "label-62mm": QT_TRANSLATE_NOOP("SettingsDialog", "62 mm label roll, one badge per label"),
}


def available_cameras() -> list[tuple[str, str]] | None:
    """(id, description) of each camera, or None when Qt Multimedia cannot be loaded."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return None
    cameras: list[tuple[str, str]] = []
    for device in QMediaDevices.videoInputs():
        raw = device.id()
        data = bytes(raw.data()) if hasattr(raw, "data") else bytes(raw)
        cameras.append((data.decode("utf-8", "replace"), device.description()))
    return cameras


def available_printers() -> list[str]:
    """Printer names known to the system (empty when printing support is missing)."""
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:
        return []
    return list(QPrinterInfo.availablePrinterNames())


class SettingsDialog(QDialog):
    """Edit and save a desk's settings."""

    settings_saved = Signal()
    """OK was pressed and the settings were written."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, device_name: str = ""
    ) -> None:
        """``device_name`` is the name the desk goes by when the field is left empty."""
        super().__init__(parent)
        self.settings = settings
        self.device_name = device_name
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._desk_group())
        layout.addWidget(self._scanner_group())
        layout.addWidget(self._printing_group())
        layout.addWidget(self._sync_group())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.desk_name.setFocus()

    # -- groups -----------------------------------------------------------------------------

    def _desk_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Desk"))
        form = QFormLayout(group)
        self.desk_name = QLineEdit(self.settings.desk_name)
        self.desk_name.setObjectName("deskName")
        self.desk_name.setPlaceholderText(self.device_name or self.tr("Name of this computer"))
        form.addRow(self.tr("Desk &name:"), self.desk_name)

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self._select(self.language, self.settings.language)
        self.language_notice = QLabel(
            self.tr("The new language applies the next time CatchDesk starts.")
        )
        self.language_notice.setObjectName("languageNotice")
        self.language_notice.setWordWrap(True)
        self.language_notice.setVisible(False)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_notice)

        self.sounds = QCheckBox(self.tr("Play a sound for each verdict"))
        self.sounds.setObjectName("sounds")
        self.sounds.setChecked(self.settings.sounds_enabled)
        form.addRow(self.tr("Sounds:"), self.sounds)
        return group

    def _scanner_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Scanner and camera"))
        form = QFormLayout(group)
        self.max_gap = QSpinBox()
        self.max_gap.setObjectName("scannerMaxGap")
        self.max_gap.setRange(5, 500)
        self.max_gap.setSuffix(" ms")
        self.max_gap.setValue(self.settings.scanner_max_gap_ms)
        self.max_gap.setToolTip(self.tr("Keys closer together than this come from a scanner."))
        form.addRow(self.tr("Scanner key &gap:"), self.max_gap)
        self.commit = QSpinBox()
        self.commit.setObjectName("scannerCommit")
        self.commit.setRange(20, 2000)
        self.commit.setSuffix(" ms")
        self.commit.setValue(self.settings.scanner_commit_ms)
        self.commit.setToolTip(
            self.tr("A scan without Enter is accepted after this pause with no key.")
        )
        form.addRow(self.tr("Scan &without Enter after:"), self.commit)

        self.camera = QComboBox()
        self.camera.setObjectName("camera")
        self.camera_notice = QLabel()
        self.camera_notice.setObjectName("cameraNotice")
        self.camera_notice.setWordWrap(True)
        cameras = available_cameras()
        self.camera.addItem(self.tr("First camera found"), "")
        if cameras is None:
            self.camera.setEnabled(False)
            self.camera_notice.setText(
                self.tr("Camera scanning is off: Qt Multimedia is not available on this computer.")
            )
        else:
            for camera_id, description in cameras:
                self.camera.addItem(description, camera_id)
            if not cameras:
                self.camera_notice.setText(self.tr("No camera found on this computer."))
        self._select(self.camera, self.settings.camera_id, self.tr("%1 (not connected)"))
        self.camera_notice.setVisible(bool(self.camera_notice.text()))
        form.addRow(self.tr("&Camera:"), self.camera)
        form.addRow("", self.camera_notice)
        return group

    def _printing_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Badges"))
        form = QFormLayout(group)
        self.printer = QComboBox()
        self.printer.setObjectName("printer")
        self.printer.addItem(self.tr("Ask each time (print dialog)"), "")
        for name in available_printers():
            self.printer.addItem(name, name)
        self._select(self.printer, self.settings.printer_name, self.tr("%1 (not connected)"))
        form.addRow(self.tr("&Printer:"), self.printer)

        self.badge_layout = QComboBox()
        self.badge_layout.setObjectName("badgeLayout")
        for name, layout in LAYOUTS.items():
            title = LAYOUT_TITLES.get(name)
            text = QCoreApplication.translate("SettingsDialog", title) if title else name
            self.badge_layout.addItem(text, name)
            last = self.badge_layout.count() - 1
            self.badge_layout.setItemData(last, layout.description, Qt.ItemDataRole.ToolTipRole)
        self._select(self.badge_layout, self.settings.badge_layout)
        form.addRow(self.tr("Badge &layout:"), self.badge_layout)

        self.auto_print = QCheckBox(self.tr("Print the badge at every first check-in"))
        self.auto_print.setObjectName("autoPrint")
        self.auto_print.setChecked(self.settings.auto_print_badges)
        form.addRow(self.tr("Automatic:"), self.auto_print)
        return group

    def _sync_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Sync"))
        form = QFormLayout(group)
        self.hub_url = QLineEdit(self.settings.sync_hub_url)
        self.hub_url.setObjectName("syncHubUrl")
        self.hub_url.setPlaceholderText("postgresql+psycopg://user@host/dbname")
        self.hub_url.setToolTip(
            self.tr(
                "The PostgreSQL database the desks of the event share. A password written in "
                "the address is kept in this desk's settings file in clear: prefer a "
                "~/.pgpass file or a server that trusts the venue's network."
            )
        )
        self.hub_test = QPushButton(self.tr("&Test connection"))
        self.hub_test.setObjectName("syncHubTest")
        self.hub_test.setAutoDefault(False)
        self.hub_test.clicked.connect(self.test_hub)
        row = QHBoxLayout()
        row.addWidget(self.hub_url, 1)
        row.addWidget(self.hub_test)
        label = QLabel(self.tr("&Hub:"))
        label.setBuddy(self.hub_url)
        form.addRow(label, row)
        self.hub_result = QLabel()
        self.hub_result.setObjectName("syncHubResult")
        self.hub_result.setWordWrap(True)
        self.hub_result.setText(self.tr("Empty: this desk does not sync in the background."))
        form.addRow("", self.hub_result)
        self._hub_job: BackgroundJob | None = None
        return group

    def test_hub(self) -> None:
        """Reach the hub in a worker thread and say, in one sentence, whether it answers."""
        url = self.hub_url.text().strip()
        if not url:
            self.hub_result.setText(self.tr("Write the hub's address first."))
            return
        if self._hub_job is not None:
            return

        def work(_control: JobControl) -> str:
            from catchdesk.core.sync.hub import Hub

            hub = Hub(url)
            try:
                hub.hub_id()
                return hub.where
            finally:
                hub.close()

        self.hub_test.setEnabled(False)
        self.hub_result.setText(self.tr("Reaching the hub…"))
        job = BackgroundJob(work, self)
        job.succeeded.connect(self._hub_answered)
        job.failed.connect(self._hub_failed)
        job.finished.connect(self._hub_tested)
        self._hub_job = job
        job.start()

    def _hub_answered(self, where: str) -> None:
        self.hub_result.setText(self.tr("OK: the hub %1 answers.").replace("%1", where))

    def _hub_failed(self, error: BaseException) -> None:
        self.hub_result.setText(error_text(error))

    def _hub_tested(self) -> None:
        self._hub_job = None
        self.hub_test.setEnabled(True)

    def done(self, result: int) -> None:
        """Closing waits for a connection test still running (at most its time-out)."""
        if self._hub_job is not None:
            self._hub_job.stop()
        super().done(result)

    # -- behaviour --------------------------------------------------------------------------

    def _select(self, combo: QComboBox, value: str, missing: str | None = None) -> None:
        """Select ``value``; a remembered device that is gone stays visible, marked as such."""
        index = combo.findData(value)
        if index < 0 and value and missing is not None:
            combo.addItem(missing.replace("%1", value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _on_language_changed(self, _index: int) -> None:
        self.language_notice.setVisible(self.language.currentData() != self.settings.language)

    def apply(self) -> None:
        """Copy the fields into the settings and save them."""
        s = self.settings
        s.desk_name = self.desk_name.text().strip()
        s.language = str(self.language.currentData() or "")
        s.sounds_enabled = self.sounds.isChecked()
        s.scanner_max_gap_ms = self.max_gap.value()
        s.scanner_commit_ms = self.commit.value()
        s.camera_id = str(self.camera.currentData() or "")
        s.printer_name = str(self.printer.currentData() or "")
        s.badge_layout = str(self.badge_layout.currentData() or "a4-8")
        s.auto_print_badges = self.auto_print.isChecked()
        s.sync_hub_url = self.hub_url.text().strip()
        s.save()
        self.settings_saved.emit()

    def accept(self) -> None:
        self.apply()
        super().accept()
