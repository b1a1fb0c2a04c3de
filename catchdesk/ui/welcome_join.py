"""Joining an event prepared on another machine: from the hub, or from a join bundle file.

A page of the welcome window. The organiser published the event on the hub (or exported a
join bundle) with a passphrase; this laptop gives the address or the file and that passphrase,
and the event arrives in a worker thread with a progress bar. A wrong passphrase, a hub that
does not answer or a damaged file are refused with the core's one sentence, and nothing is
half-joined: a join from the hub that stopped goes on where it was when started again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.store import Store
from catchdesk.ui.import_wizard_widgets import Notice
from catchdesk.ui.job_worker import BackgroundJob, JobControl, error_text
from catchdesk.ui.settings import Settings


class JoinForm(QWidget):
    """Hub address or bundle file, event tag, passphrase; emits the joined event's id."""

    joined = Signal(str)
    back_requested = Signal()

    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeJoinForm")
        self.store = store
        self.settings = settings
        self.job: BackgroundJob | None = None
        self._build()

    def _build(self) -> None:
        title = QLabel(self.tr("Join an event"), objectName="joinTitle")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Give the hub's address or the join bundle the organiser prepared, and the "
                "passphrase they chose. The event and its attendees arrive on this laptop."
            ),
            objectName="joinIntro",
        )
        intro.setWordWrap(True)
        self.source = QLineEdit(self.settings.sync_hub_url, objectName="joinSource")
        self.source.setPlaceholderText(self.tr("postgresql+psycopg://host/hub or a bundle file"))
        self.browse = QPushButton(self.tr("Choose a file…"), objectName="joinBrowse")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self.choose_file)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.browse)
        self.tag = QLineEdit(objectName="joinTag")
        self.tag.setPlaceholderText(self.tr("Only if the hub holds several events"))
        self.passphrase = QLineEdit(objectName="joinPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.start_join)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.addRow(self.tr("Hub or file"), source_row)
        form.addRow(self.tr("Event tag"), self.tag)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.progress = QProgressBar(objectName="joinProgress")
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.notice = Notice("joinMessage")
        self.back_button = QPushButton(self.tr("Back"), objectName="joinBack")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back_requested)
        self.join_button = QPushButton(self.tr("Join the event"), objectName="joinStart")
        self.join_button.setDefault(True)
        self.join_button.clicked.connect(self.start_join)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.join_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Join bundle"),
            str(Path.home()),
            self.tr("CatchDesk bundles (*.cdbundle);;All files (*)"),
        )
        if path:
            self.source.setText(path)

    def start_join(self) -> None:
        """Join in a worker thread; the result comes back as :attr:`joined` or a notice."""
        if self.job is not None:
            return
        source = self.source.text().strip()
        if not source:
            self.notice.say(self.tr("Give the hub's address or choose the bundle file."), "error")
            return
        selector = self.tag.text().strip() or None
        passphrase = self.passphrase.text() or None
        store = self.store

        def work(control: JobControl) -> str:
            if "://" in source:
                from catchdesk.core.sync.hub import Hub
                from catchdesk.core.sync.joining import join_from_hub

                hub = Hub(source)
                try:
                    event, _result = join_from_hub(
                        store,
                        hub,
                        selector,
                        passphrase,
                        progress=control.progress,
                        cancelled=control.cancelled,
                    )
                finally:
                    hub.close()
                return event.id
            from catchdesk.core.sync.bundles import join_from_bundle

            with store.write() as session:
                event, _result = join_from_bundle(session, source, passphrase)
                return event.id

        self.notice.say(self.tr("Joining the event…"), "info")
        self._set_busy(True)
        job = BackgroundJob(work, self)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(lambda event_id, source=source: self._joined(event_id, source))
        job.failed.connect(self._failed)
        job.cancelled.connect(self._failed)
        job.finished.connect(self._finished)
        self.job = job
        job.start()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _joined(self, event_id: str, source: str) -> None:
        if "://" in source:
            self.settings.sync_hub_url = source
            self.settings.save()
        self.notice.say(self.tr("Joined: the event is ready on this laptop."), "success")
        self.joined.emit(event_id)

    def _failed(self, error: BaseException) -> None:
        self.notice.say(error_text(error), "error")
        self.passphrase.selectAll()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finished(self) -> None:
        self.job = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.source, self.browse, self.tag, self.passphrase, self.join_button):
            widget.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)

    def stop(self) -> None:
        """The welcome is closing: stop a join under way (what arrived is kept) and wait."""
        if self.job is not None:
            self.job.stop()
