"""The mail server form: host, port, security, user, password, sender, reply-to.

Settings start from what the event remembers (``Event.settings["smtp"]``, stored by a run that
reached the server) and are checked here with sentences for this form, not the command line's
option names. The password is a password field for this session only: it is never stored,
written to the journal or shown (:mod:`catchdesk.core.smtp_settings` has no field for it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.models import Event
from catchdesk.core.smtp_settings import (
    DEFAULT_PORTS,
    InvalidAddress,
    Security,
    SmtpSettings,
    normalise_address,
    resolve_smtp_settings,
    stored_smtp,
)


class SmtpForm(QWidget):
    """The fields of the mail server settings; :meth:`settings` checks and returns them."""

    def __init__(self, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smtpForm")
        self._stored = stored_smtp(event)
        try:
            current = resolve_smtp_settings(event)
        except CatchDeskError:  # a stored value went bad: start from the defaults
            current = SmtpSettings()
        self.host = QLineEdit(current.host, objectName="smtpHost")
        self.host.setPlaceholderText("smtp.example.be")
        self.port = QSpinBox(objectName="smtpPort")
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.security = QComboBox(objectName="smtpSecurity")
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), Security.STARTTLS.value)
        self.security.addItem(self.tr("TLS from the start (usually port 465)"), Security.TLS.value)
        self.security.addItem(self.tr("None (only a server on this computer)"), Security.NONE.value)
        self.security.setCurrentIndex(max(0, self.security.findData(current.security.value)))
        self.security.currentIndexChanged.connect(self._security_changed)
        self.user = QLineEdit(current.user, objectName="smtpUser")
        self.user.setPlaceholderText(self.tr("often your e-mail address"))
        self.password = QLineEdit(objectName="smtpPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("asked each session, never saved"))
        self.sender = QLineEdit(current.sender, objectName="smtpSender")
        self.sender.setPlaceholderText("events@example.be")
        self.reply_to = QLineEdit(current.reply_to, objectName="smtpReplyTo")
        self.reply_to.setPlaceholderText(self.tr("optional: where replies go"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Mail server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Security:"), self.security)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Sender address:"), self.sender)
        form.addRow(self.tr("Reply-to address:"), self.reply_to)

    def _security_changed(self, _index: int) -> None:
        """A usual port follows the mode (587 ↔ 465); a port typed by hand stays."""
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[Security(self.security.currentData())])

    def password_text(self) -> str:
        return self.password.text()

    def settings(self) -> SmtpSettings:
        """The settings as typed, or one sentence (CatchDeskError) saying what to fix."""
        host = self.host.text().strip()
        if not host:
            raise CatchDeskError(
                QCoreApplication.translate(
                    "SmtpForm", "Type the name of the mail server (for example smtp.example.be)."
                )
            )
        security = Security(self.security.currentData())
        user = self.user.text().strip()
        sender_text = self.sender.text().strip() or (user if "@" in user else "")
        if not sender_text:
            raise CatchDeskError(
                QCoreApplication.translate(
                    "SmtpForm", "Type the sender address the e-mails come from."
                )
            )
        sender = self._address(
            sender_text, QCoreApplication.translate("SmtpForm", "The sender address")
        )
        reply_text = self.reply_to.text().strip()
        reply_to = (
            self._address(
                reply_text, QCoreApplication.translate("SmtpForm", "The reply-to address")
            )
            if reply_text
            else ""
        )
        settings = SmtpSettings(
            host=host,
            port=self.port.value(),
            security=security,
            user=user,
            sender=sender,
            reply_to=reply_to,
            timeout=float(self._stored.get("timeout") or SmtpSettings.timeout),
            ca_file=str(self._stored.get("ca_file") or ""),
        )
        if user and security is Security.NONE and not settings.is_loopback:
            raise CatchDeskError(
                QCoreApplication.translate(
                    "SmtpForm", "The password would travel unencrypted: choose STARTTLS or TLS."
                )
            )
        if user and not self.password.text():
            raise CatchDeskError(
                QCoreApplication.translate(
                    "SmtpForm", "Type the password of %1 (it is used for this session only)."
                ).replace("%1", user)
            )
        return settings

    @staticmethod
    def _address(text: str, what: str) -> str:
        try:
            return normalise_address(text)
        except InvalidAddress:
            raise CatchDeskError(
                QCoreApplication.translate("SmtpForm", "%1 “%2” is not an e-mail address.")
                .replace("%1", what)
                .replace("%2", text)
            ) from None
