"""Handing messages to the mail server, with every failure sorted into one of two kinds.

A batch of 900 messages must tell apart "this one address is bad" (refused recipient, a
message the server rejects, a server that took too long for this message: record it, go on
with the next person) from "nothing will work" (wrong password, unreachable server, a
certificate that cannot be trusted, a sender the server will not send as: stop now with one
sentence, because trying 899 more times would only fail 899 more times and might get the
account locked). The first kind is :class:`DeliveryFailed`, the second
:class:`~catchdesk.core.smtp_settings.MailError`.

A dropped connection is neither: servers close idle or long sessions, so the transport
reconnects once and sends the same message again. If the drop came after the server had
accepted the message but before its reply arrived, that person may get it twice; a duplicate
certificate is a smaller harm than a missing one, so the retry is made.
"""

from __future__ import annotations

import contextlib
import smtplib
import socket
import ssl
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import NoReturn, Protocol

from catchdesk.core.mail_messages import eml_bytes, envelope_recipients, write_eml
from catchdesk.core.smtp_settings import MailError, Security, SmtpSettings, ssl_context

PasswordSource = str | Callable[[], str | None] | None
MAX_TIMEOUTS_IN_A_ROW = 3
CONNECTION_CLOSING = 421


class DeliveryFailed(Exception):
    """This one message could not be delivered; ``str(exc)`` says why, for the send log."""


class _ConnectionLost(Exception):
    """The connection broke mid-message; the transport reconnects and retries once."""


class Transport(Protocol):
    """Where messages go: the SMTP server, or a folder of ``.eml`` files for a dry run."""

    def open(self) -> None:
        """Be ready to deliver (connect and log in if needed); fatal problems raise here."""
        ...

    def deliver(self, message: EmailMessage, name: str) -> str:
        """Deliver one message; return what to log (the server's reply or the file written)."""
        ...

    def close(self) -> None: ...


class EmlFolder:
    """A dry run: each message becomes ``name.eml`` in a folder; nothing leaves the machine."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def open(self) -> None:
        return None

    def deliver(self, message: EmailMessage, name: str) -> str:
        try:
            return str(write_eml(self.folder, name, message))
        except OSError as exc:
            raise MailError(f"Cannot write the .eml files into {self.folder}: {exc}.") from exc

    def close(self) -> None:
        return None


class _RepliesMixin:
    """Keeps the server's answer to the message (``250 2.0.0 Ok: queued as 4F2A…``).

    :meth:`smtplib.SMTP.sendmail` throws it away, yet the queue id in it is what the mail
    provider asks for when someone says "I never got it", so the send log keeps it.
    """

    last_data_reply: tuple[int, bytes] = (0, b"")

    def data(self, msg: bytes | str) -> tuple[int, bytes]:
        reply = super().data(msg)  # type: ignore[misc]
        self.last_data_reply = reply
        return reply


class _SMTP(_RepliesMixin, smtplib.SMTP):
    pass


class _SMTPSSL(_RepliesMixin, smtplib.SMTP_SSL):
    pass


def _reply(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(words.split())}".strip()


class SmtpTransport:
    """One SMTP session, opened at the first message and reopened after a drop.

    Opening lazily means a run where everyone already has their certificate never contacts
    the server nor asks for the password. ``password`` may be a callable, asked at most once.
    """

    def __init__(
        self,
        settings: SmtpSettings,
        password: PasswordSource = None,
        *,
        context: ssl.SSLContext | None = None,
    ) -> None:
        self.settings = settings
        self._password_source = password
        self._password: str | None = None
        self._context = context
        self._smtp: _SMTP | _SMTPSSL | None = None
        self._timeouts_in_a_row = 0
        self.connected_once = False

    # -- connection --------------------------------------------------------------------------

    def _secret(self) -> str:
        if self._password is None:
            source = self._password_source
            self._password = (source() if callable(source) else source) or ""
        if not self._password:
            raise MailError(
                f"No password for {self.settings.user}: set it in the environment variable "
                "given by --password-env (CATCHDESK_SMTP_PASSWORD by default), or run in a "
                "terminal to be asked."
            )
        return self._password

    def _open(self) -> _SMTP | _SMTPSSL:
        s = self.settings
        context = self._context or (ssl_context(s) if s.security is not Security.NONE else None)
        if s.security is Security.TLS:
            return _SMTPSSL(s.host, s.port, timeout=s.timeout, context=context)
        smtp = _SMTP(s.host, s.port, timeout=s.timeout)
        try:
            smtp.ehlo()
            if s.security is Security.STARTTLS:
                if not smtp.has_extn("starttls"):
                    raise MailError(
                        f"{s.host}:{s.port} does not offer STARTTLS: use --smtp-security tls "
                        "(usually port 465), or none only for a server on this machine."
                    )
                smtp.starttls(context=context)
                smtp.ehlo()
        except BaseException:
            smtp.close()
            raise
        return smtp

    def open(self) -> None:
        if self._smtp is None:
            self.connect()

    def connect(self) -> None:
        """Open and log in; every way this fails is a :class:`MailError` sentence."""
        s = self.settings
        where = f"{s.host}:{s.port}"
        try:
            smtp = self._open()
            try:
                if s.user:
                    smtp.login(s.user, self._secret())
            except BaseException:
                smtp.close()
                raise
        except MailError:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise MailError(
                f"The mail server {s.host} refused the password of {s.user} "
                f"({_reply(exc.smtp_code, exc.smtp_error)}); nothing was sent."
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise MailError(
                f"{where} does not accept a login on this connection: try --smtp-security "
                "starttls or tls."
            ) from exc
        except ssl.SSLCertVerificationError as exc:
            raise MailError(
                f"The certificate of {s.host} cannot be trusted ({exc.verify_message}); "
                "check the server name."
            ) from exc
        except ssl.SSLError as exc:
            raise MailError(
                f"The secure connection to {where} failed ({exc.reason}): port 465 uses "
                "--smtp-security tls, port 587 starttls."
            ) from exc
        except socket.gaierror as exc:
            raise MailError(f"The mail server {s.host} cannot be found: check its name.") from exc
        except ConnectionRefusedError as exc:
            raise MailError(f"{where} refused the connection: check the host and port.") from exc
        except (TimeoutError, smtplib.SMTPServerDisconnected) as exc:
            if not isinstance(exc, TimeoutError) and not isinstance(exc.__context__, TimeoutError):
                raise MailError(f"{where} closed the connection at once ({exc}).") from exc
            raise MailError(
                f"{where} did not answer within {s.timeout:g} s: check the host, port and "
                "--smtp-security (465 is tls, 587 starttls)."
            ) from exc
        except smtplib.SMTPException as exc:
            raise MailError(f"{where} would not start a mail session ({exc}).") from exc
        except OSError as exc:
            raise MailError(
                f"Cannot reach the mail server {where}: {exc.strerror or exc}."
            ) from exc
        self._smtp = smtp
        self.connected_once = True

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            with contextlib.suppress(OSError):
                smtp.close()

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()

    # -- sending -----------------------------------------------------------------------------

    def deliver(self, message: EmailMessage, name: str) -> str:
        """Send one message; a dropped connection is reopened once and the message retried."""
        del name
        self.open()
        try:
            reply = self._send_once(message)
        except _ConnectionLost as first:
            self._drop()
            try:
                self.connect()
            except MailError as exc:
                raise MailError(
                    f"Lost the connection to {self.settings.host} ({first}) and could not "
                    f"reconnect: {exc}"
                ) from exc
            try:
                reply = self._send_once(message)
            except _ConnectionLost as second:
                self._drop()
                raise MailError(
                    f"{self.settings.host} keeps closing the connection ({second}); "
                    "try again later."
                ) from second
        self._timeouts_in_a_row = 0
        return reply

    def _timed_out(self, exc: BaseException) -> NoReturn:
        """No answer for this message: drop the connection (its state is unknown) and fail it
        alone, unless the server has stopped answering altogether."""
        self._drop()
        self._timeouts_in_a_row += 1
        if self._timeouts_in_a_row >= MAX_TIMEOUTS_IN_A_ROW:
            raise MailError(
                f"{self.settings.host} stopped answering ({self._timeouts_in_a_row} "
                f"messages in a row took longer than {self.settings.timeout:g} s); "
                "try again later."
            ) from exc
        raise DeliveryFailed(
            f"no answer from the server within {self.settings.timeout:g} s"
        ) from exc

    def _send_once(self, message: EmailMessage) -> str:
        smtp = self._smtp
        assert smtp is not None
        smtp.last_data_reply = (0, b"")
        try:
            smtp.sendmail(self.settings.sender, envelope_recipients(message), eml_bytes(message))
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()), (550, b"refused"))
            if code == CONNECTION_CLOSING:
                raise _ConnectionLost(_reply(code, text)) from exc
            raise DeliveryFailed(f"recipient refused by the server: {_reply(code, text)}") from exc
        except smtplib.SMTPSenderRefused as exc:
            if exc.smtp_code == CONNECTION_CLOSING:
                raise _ConnectionLost(_reply(exc.smtp_code, exc.smtp_error)) from exc
            if exc.smtp_code < 500:
                raise DeliveryFailed(
                    f"the server asked to try later: {_reply(exc.smtp_code, exc.smtp_error)}"
                ) from exc
            raise MailError(
                f"The mail server will not send as {self.settings.sender} "
                f"({_reply(exc.smtp_code, exc.smtp_error)}): check --sender."
            ) from exc
        except smtplib.SMTPDataError as exc:
            if exc.smtp_code == CONNECTION_CLOSING:
                raise _ConnectionLost(_reply(exc.smtp_code, exc.smtp_error)) from exc
            raise DeliveryFailed(
                f"message refused by the server: {_reply(exc.smtp_code, exc.smtp_error)}"
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise DeliveryFailed(f"the server cannot take this address: {exc}") from exc
        except smtplib.SMTPServerDisconnected as exc:
            # smtplib reports a reply that never came as a disconnection; it is a timeout.
            if not isinstance(exc.__context__, TimeoutError):
                raise _ConnectionLost(str(exc) or "disconnected") from exc
            self._timed_out(exc)
        except TimeoutError as exc:
            self._timed_out(exc)
        except smtplib.SMTPResponseException as exc:
            if exc.smtp_code == CONNECTION_CLOSING:
                raise _ConnectionLost(_reply(exc.smtp_code, exc.smtp_error)) from exc
            raise DeliveryFailed(
                f"refused by the server: {_reply(exc.smtp_code, exc.smtp_error)}"
            ) from exc
        except (ConnectionError, ssl.SSLError, OSError) as exc:
            raise _ConnectionLost(str(exc) or type(exc).__name__) from exc
        self._timeouts_in_a_row = 0
        code, text = smtp.last_data_reply
        return _reply(code, text) if code else "accepted by the server"
