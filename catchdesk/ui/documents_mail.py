"""The E-mail tab: the mail server, a test message first, then every certificate sent.

Sending runs :func:`catchdesk.core.certificate_mail.send_event_certificates` in a worker thread
with a progress window. It is resumable by construction: the send log records every message
the moment it left, so a run stopped by Cancel, a crash or a full outbox sends, the next time,
only to those not yet served (and to those whose certificate changed since). A refused address
never stops the others; a problem that would fail for everyone (wrong password) stops the run
at once with one sentence. The report lists who was sent, who failed and why, who was left out.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.certificate_mail import send_event_certificates, send_test_message
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.mailing import (
    ALREADY_SENT,
    FAILED,
    SENT,
    SKIPPED,
    MailingStopped,
    SendingCancelled,
    SendReport,
)
from catchdesk.core.smtp_settings import SmtpSettings, remember_smtp_settings
from catchdesk.ui.context import DeskContext
from catchdesk.ui.documents_people import PeopleModel
from catchdesk.ui.documents_reports import ReportModel, outcome_rows, report_view
from catchdesk.ui.documents_smtp import SmtpForm
from catchdesk.ui.documents_widgets import Notice, primary, secondary
from catchdesk.ui.job_worker import BackgroundJob, JobControl, JobProgressDialog, error_text


class MailTab(QWidget):
    """Mail server settings, a test message, and sending every certificate with a report."""

    test_sent = Signal(str)
    """The server's reply to the test message."""
    sending_finished = Signal(object)
    """The :class:`~catchdesk.core.mailing.SendReport` of a run (finished, stopped or cancelled)."""

    def __init__(
        self,
        context: DeskContext,
        ticked: PeopleModel,
        parent: QWidget | None = None,
        *,
        language: str = "fr",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mailTab")
        self.context = context
        self.language = language
        self._ticked = ticked
        """The Certificates tab's list: its ticked people are the other choice here."""
        self.job: BackgroundJob | None = None
        self.ssl_context = None
        """A TLS context to trust instead of the system's (tests, a server with its own CA)."""
        self._build()

    def _build(self) -> None:
        server = QGroupBox(self.tr("Mail server"))
        self.form = SmtpForm(self.context.event())
        server_layout = QVBoxLayout(server)
        server_layout.addWidget(self.form)

        test = QGroupBox(self.tr("Test message"))
        self.test_address = QLineEdit(objectName="testAddress")
        self.test_address.setPlaceholderText(self.tr("your own e-mail address"))
        self.test_button = secondary(
            QPushButton(self.tr("Send a test message"), objectName="sendTest")
        )
        self.test_button.clicked.connect(self.send_test)
        self.test_address.returnPressed.connect(self.send_test)
        self.test_notice = Notice("testNotice")
        explain = QLabel(
            self.tr(
                "Send yourself a test message first: it checks the settings and shows how "
                "the messages arrive."
            )
        )
        explain.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.test_address, 1)
        row.addWidget(self.test_button)
        test_layout = QVBoxLayout(test)
        test_layout.addWidget(explain)
        test_layout.addLayout(row)
        test_layout.addWidget(self.test_notice)

        send = QGroupBox(self.tr("Send the certificates"))
        self.everyone_radio = QRadioButton(
            self.tr("Everyone who came and has an e-mail address"), objectName="mailEveryone"
        )
        self.ticked_radio = QRadioButton(objectName="mailTicked")
        self.everyone_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.everyone_radio)
        group.addButton(self.ticked_radio)
        self.send_button = primary(
            QPushButton(self.tr("Send certificates…"), objectName="sendCertificates")
        )
        self.send_button.clicked.connect(self.confirm_and_send)
        skipped = QLabel(
            self.tr(
                "Those who already received their current certificate are skipped, so "
                "sending again after a stop goes on with the others."
            )
        )
        skipped.setWordWrap(True)
        skipped.setStyleSheet("color: palette(placeholder-text);")
        self.send_notice = Notice("sendNotice")
        self.report_model = ReportModel(self)
        self.report_view = report_view(self.report_model, "sendReportView")
        self.report_view.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        self.send_layout = QVBoxLayout(send)
        self.send_layout.addWidget(self.everyone_radio)
        self.send_layout.addWidget(self.ticked_radio)
        self.send_layout.addWidget(skipped)
        self.send_layout.addLayout(buttons)
        self.send_layout.addWidget(self.send_notice)
        self.send_layout.addWidget(self.report_view, 1)
        self.send_layout.addStretch(1)  # until there is a report to fill the space

        left = QVBoxLayout()
        left.addWidget(server)
        left.addWidget(test)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(send, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 4)
        layout.addLayout(right, 5)
        self.selection_changed()

    def selection_changed(self) -> None:
        """The Certificates tab's ticks changed: say how many this choice would reach."""
        count = len(self._ticked.ticked)
        self.ticked_radio.setText(
            self.tr("Only the people ticked in the Certificates tab (%1)").replace("%1", str(count))
        )

    def _settings(self, notice: Notice) -> SmtpSettings | None:
        try:
            return self.form.settings()
        except CatchDeskError as exc:
            notice.show_message("error", str(exc))
            return None

    # -- test message ------------------------------------------------------------------------

    def send_test(self) -> None:
        """Send the test message to the typed address, off the GUI thread."""
        if self._busy():
            return
        settings = self._settings(self.test_notice)
        if settings is None:
            return
        address = self.test_address.text().strip()
        if not address:
            self.test_notice.show_message(
                "error", self.tr("Type the address the test message goes to.")
            )
            return
        event = self.context.event()
        password = self.form.password_text()
        language, ssl_context = self.language, self.ssl_context
        job = self._start(
            lambda _control: send_test_message(
                event,
                settings,
                address,
                language=language,
                password=password,
                context=ssl_context,
            ),
            self.test_notice,
            self.tr("Test message"),
            self.tr("Sending a test message to %1…").replace("%1", address),
        )
        job.succeeded.connect(lambda reply: self._test_done(settings, address, str(reply)))

    def _test_done(self, settings: SmtpSettings, address: str, reply: str) -> None:
        self._remember(settings)
        self.test_notice.show_message(
            "ok",
            self.tr(
                "The test message went to %1 (the server answered: %2). Check that it "
                "arrived, then send the certificates."
            )
            .replace("%1", address)
            .replace("%2", reply),
        )
        self.test_sent.emit(reply)

    # -- sending -----------------------------------------------------------------------------

    def codes(self) -> list[str] | None:
        """None for everyone who came, else the codes ticked in the Certificates tab."""
        return None if self.everyone_radio.isChecked() else self._ticked.ticked_codes()

    def confirm_and_send(self) -> None:
        if self._busy() or self._settings(self.send_notice) is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Send certificates"),
            self.tr("Send each certificate by e-mail now? Those already sent are skipped."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.send()

    def send(self) -> None:
        """Send without asking (the button asks first)."""
        if self._busy():
            return
        settings = self._settings(self.send_notice)
        if settings is None:
            return
        codes = self.codes()
        if codes is not None and not codes:
            self.send_notice.show_message(
                "warning", self.tr("Nobody is ticked in the Certificates tab.")
            )
            return
        store, event_id = self.context.store, self.context.event_id
        password, ssl_context = self.form.password_text(), self.ssl_context

        def work(control: JobControl) -> SendReport:
            return send_event_certificates(
                store,
                event_id,
                settings,
                codes=codes,
                password=password,
                progress=control.progress,
                cancelled=control.cancelled,
                context=ssl_context,
            )

        job = self._start(
            work,
            self.send_notice,
            self.tr("Sending certificates"),
            self.tr("Sending the certificates by e-mail…"),
        )
        job.succeeded.connect(lambda report: self._sent(settings, report))
        job.failed.connect(lambda error: self._stopped(settings, error))
        job.cancelled.connect(lambda error: self._stopped(settings, error))

    def _sent(self, settings: SmtpSettings, report: SendReport) -> None:
        self._show_report(settings, report, "")

    def _stopped(self, settings: SmtpSettings, error: BaseException) -> None:
        if isinstance(error, SendingCancelled | MailingStopped):
            why = (
                self.tr("Sending was stopped.")
                if isinstance(error, SendingCancelled)
                else self.tr("Sending stopped: %1").replace("%1", str(error))
            )
            self._show_report(settings, error.report, why)

    def _show_report(self, settings: SmtpSettings, report: SendReport, why: str) -> None:
        if report.connected:
            self._remember(settings)
        counts = report.counts()
        summary = (
            self.tr("Sent: %1 · failed: %2 · already sent before: %3 · left out: %4")
            .replace("%1", str(counts[SENT]))
            .replace("%2", str(counts[FAILED]))
            .replace("%3", str(counts[ALREADY_SENT]))
            .replace("%4", str(counts[SKIPPED]))
        )
        parts = [why] if why else []
        parts.append(summary)
        if counts["remaining"]:
            parts.append(
                self.tr("%1 not handled yet: send again to go on.").replace(
                    "%1", str(counts["remaining"])
                )
            )
        elif counts[FAILED]:
            parts.append(
                self.tr("Send again to retry the failed ones once their address is fixed.")
            )
        kind = "ok" if not why and not counts[FAILED] else ("error" if why else "warning")
        self.send_notice.show_message(kind, "\n".join(parts))
        self.report_model.set_rows(outcome_rows(report.outcomes))
        self.report_view.setVisible(bool(report.outcomes))
        self.send_layout.setStretch(self.send_layout.count() - 1, 0 if report.outcomes else 1)
        self.sending_finished.emit(report)

    def _remember(self, settings: SmtpSettings) -> None:
        """Settings that reached the server become the event's defaults (never the password)."""
        try:
            with self.context.store.write() as session:
                event = self.context.event()
                remember_smtp_settings(session, event, settings)
        except CatchDeskError as exc:
            self.send_notice.show_message("error", str(exc))

    # -- jobs --------------------------------------------------------------------------------

    def _busy(self) -> bool:
        return self.job is not None and self.job.is_running()

    def _start(
        self,
        work: Callable[[JobControl], object],
        notice: Notice,
        title: str,
        text: str,
    ) -> BackgroundJob:
        notice.clear_message()
        job = BackgroundJob(work, self)
        self.job = job
        JobProgressDialog(job, title, text, self)
        job.failed.connect(lambda error: self._failed(notice, error))
        job.finished.connect(lambda: self._set_busy(False))
        self._set_busy(True)
        return job.start()

    @staticmethod
    def _failed(notice: Notice, error: BaseException) -> None:
        """A stopped batch shows its report instead (see :meth:`_stopped`)."""
        if not isinstance(error, MailingStopped):
            notice.show_message("error", error_text(error))

    def _set_busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.send_button.setEnabled(not busy)

    def shutdown(self) -> None:
        if self.job is not None:
            self.job.stop()
