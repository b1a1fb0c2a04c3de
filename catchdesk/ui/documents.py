"""The organiser's documents screen: badges, certificates, sending them, verifying them.

Four tabs, one per task, each with one primary action (DESIGN.md §10): Badges (print),
Certificates (write), E-mail (send), Verify. Every long job runs in a worker thread
(:mod:`catchdesk.ui.job_worker`) behind a progress window with Cancel, so the window keeps
answering while 900 certificates are drawn or sent.

The list of attendees the tabs pick from is loaded off the GUI thread when the screen is shown
(people checked in at the desk since then appear as "came") and after badges are printed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from catchdesk.ui.context import DeskContext
from catchdesk.ui.desk import verdict_language
from catchdesk.ui.documents_badges import BadgesTab
from catchdesk.ui.documents_certificates import CertificatesTab
from catchdesk.ui.documents_mail import MailTab
from catchdesk.ui.documents_people import PeopleList, load_people
from catchdesk.ui.documents_verify import VerifyTab
from catchdesk.ui.job_worker import BackgroundJob, error_text

BADGES, CERTIFICATES, MAIL, VERIFY = range(4)


class DocumentsScreen(QWidget):
    """Badges, certificates, e-mail and verification for the organiser, as tabs."""

    people_loaded = Signal(object)
    """A fresh :class:`~catchdesk.ui.documents_people.PeopleList` reached the tabs."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsScreen")
        self.context = context
        language = verdict_language(context) or "fr"
        self._loader: BackgroundJob | None = None
        self._reload_again = False
        self.badges = BadgesTab(context)
        self.certificates = CertificatesTab(context)
        self.mail = MailTab(context, self.certificates.model, language=language)
        self.verify = VerifyTab(context, language=language)
        self.tabs = QTabWidget(objectName="documentsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.badges, self.tr("Badges"))
        self.tabs.addTab(self.certificates, self.tr("Certificates"))
        self.tabs.addTab(self.mail, self.tr("E-mail"))
        self.tabs.addTab(self.verify, self.tr("Verify"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self.certificates.selection_changed.connect(self.mail.selection_changed)
        self.badges.prints_recorded.connect(self.reload_people)
        self._shut = False
        app = QCoreApplication.instance()
        if app is not None:  # inside the main window this screen is never closed on its own
            app.aboutToQuit.connect(self.shutdown)

    # -- the list of attendees ---------------------------------------------------------------

    def reload_people(self) -> None:
        """Load everyone again in a worker; a reload asked for while one runs follows it."""
        if self._loader is not None and self._loader.is_running():
            self._reload_again = True
            return
        store, event_id = self.context.store, self.context.event_id
        job = BackgroundJob(lambda _control: load_people(store, event_id), self)
        self._loader = job
        job.succeeded.connect(self._people_ready)
        job.failed.connect(self._load_failed)
        job.finished.connect(self._load_finished)
        job.start()

    def _people_ready(self, people: PeopleList) -> None:
        self.badges.set_people(people)
        self.certificates.set_people(people)
        self.mail.selection_changed()
        self.people_loaded.emit(people)

    def _load_failed(self, error: BaseException) -> None:
        self.badges.notice.show_message("error", error_text(error))

    def _load_finished(self) -> None:
        if self._reload_again:
            self._reload_again = False
            self.reload_people()

    # -- showing and closing -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload_people()

    def _tab_changed(self, index: int) -> None:
        if index == VERIFY:
            self.verify.code_input.setFocus()

    def shutdown(self) -> None:
        """Stop running jobs and remove temporary files (the window is closing)."""
        if self._shut:
            return
        self._shut = True
        if self._loader is not None:
            self._loader.stop()
        for tab in (self.badges, self.certificates, self.mail, self.verify):
            tab.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
