"""Sending an event's certificates by e-mail as one call, and a test message before it.

:func:`catchdesk.core.mailing.send_certificates` is the resumable engine; this module is the use
case around it that the documents screen (and any other caller) needs: choose who came (or the
people asked for), issue and draw each certificate, skip those already sent. The test message
lets the organiser check the server settings and how a message from them arrives, with their
own address, before 900 people are written to.
"""

from __future__ import annotations

import email.utils
import ssl
from collections.abc import Sequence
from email.headerregistry import Address
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from catchdesk.core.certificate_batch import certificate_pdf
from catchdesk.core.certificates import find_recipients, update_certificates
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.jobs import CancelCheck, Progress
from catchdesk.core.mail_messages import BUILD_POLICY, organiser_name, sender_domain
from catchdesk.core.mail_texts import mail_language
from catchdesk.core.mailing import (
    CertificateVersion,
    LeftOutPerson,
    SendReport,
    send_certificates,
)
from catchdesk.core.models import Attendee, Certificate, Event
from catchdesk.core.smtp_settings import (
    MailError,
    SmtpSettings,
    normalise_address,
    require_server,
)
from catchdesk.core.smtp_transport import DeliveryFailed, PasswordSource, SmtpTransport
from catchdesk.core.store import Store
from catchdesk.core.timeutil import utcnow

TEST_TEXTS: dict[str, dict[str, str]] = {
    "subject": {
        "fr": "Message de test – {event}",
        "nl": "Testbericht – {event}",
        "en": "Test message – {event}",
    },
    "body": {
        "fr": (
            "Bonjour,\n\n"
            "Ce message de test confirme que CatchDesk peut envoyer des e-mails pour {event} "
            "par le serveur {server}, au nom de {sender}.\n\n"
            "Les attestations de participation partiront de la même adresse, chacune dans la "
            "langue de son ou sa destinataire, avec l'attestation en pièce jointe.\n\n{organiser}"
        ),
        "nl": (
            "Goedendag,\n\n"
            "Dit testbericht bevestigt dat CatchDesk e-mails kan versturen voor {event} via de "
            "server {server}, namens {sender}.\n\n"
            "De deelnameattesten vertrekken van hetzelfde adres, elk in de taal van de "
            "ontvanger, met het attest als bijlage.\n\n{organiser}"
        ),
        "en": (
            "Hello,\n\n"
            "This test message confirms that CatchDesk can send e-mail for {event} through the "
            "server {server}, on behalf of {sender}.\n\n"
            "The certificates of attendance will leave from the same address, each in its "
            "recipient's language, with the certificate attached.\n\n{organiser}"
        ),
    },
}


def _test_text(key: str, language: str, **values: object) -> str:
    return TEST_TEXTS[key][mail_language(language)].format(**values)


def render_certificate_mail(
    session: Session, event: Event, attendee: Attendee
) -> tuple[Certificate, bytes]:
    """Issue the certificate, log the issue as an e-mail to this address, draw the PDF."""
    return certificate_pdf(session, event, attendee, destination=f"e-mail {attendee.email}")


def refresh_certificate_versions(
    session: Session, event: Event, attendees: Sequence[Attendee]
) -> dict[str, CertificateVersion]:
    """Bring certificates up to date without drawing them, to skip those already sent."""
    issued = update_certificates(session, event, list(attendees))
    return {
        attendee_id: CertificateVersion(item.certificate_id, item.version)
        for attendee_id, item in issued.items()
    }


def send_event_certificates(
    store: Store,
    event_id: str,
    settings: SmtpSettings,
    *,
    codes: Sequence[str] | None = None,
    password: PasswordSource = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    context: ssl.SSLContext | None = None,
) -> SendReport:
    """E-mail their certificate to everyone who came (or to ``codes``), skipping those served.

    An empty ``codes`` selection sends nothing. Raises what
    :func:`~catchdesk.core.mailing.send_certificates` raises (``MailingStopped``,
    ``SendingCancelled``), both carrying the report of what was done.
    """
    with store.read() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise CatchDeskError("The event is no longer in the store; open it again.")
        if codes is not None and not codes:
            people: list[Attendee] = []
            left_out: list[LeftOutPerson] = []
        else:
            chosen = find_recipients(session, event, list(codes) if codes is not None else None)
            people = chosen.attendees
            left_out = [
                LeftOutPerson(item.code, item.name, item.message, item.attendee_id)
                for item in chosen.left_out
            ]
    return send_certificates(
        store,
        event_id,
        people,
        render=render_certificate_mail,
        refresh=refresh_certificate_versions,
        settings=settings,
        password=password,
        left_out=left_out,
        progress=progress,
        cancelled=cancelled,
        context=context,
    )


def build_test_message(
    event: Event, settings: SmtpSettings, address: str, language: str
) -> EmailMessage:
    """A short plain message from the organiser's sender address to ``address``."""
    to = normalise_address(address)
    message = EmailMessage(policy=BUILD_POLICY)
    message["From"] = Address(display_name=organiser_name(event), addr_spec=settings.sender)
    message["To"] = Address(addr_spec=to)
    if settings.reply_to:
        message["Reply-To"] = settings.reply_to
    message["Subject"] = _test_text("subject", language, event=event.name)
    message["Date"] = email.utils.format_datetime(utcnow().astimezone(ZoneInfo(event.timezone)))
    message["Message-ID"] = email.utils.make_msgid(domain=sender_domain(settings.sender))
    message.set_content(
        _test_text(
            "body",
            language,
            event=event.name,
            server=settings.describe(),
            sender=settings.sender,
            organiser=organiser_name(event),
        )
    )
    message["Content-Language"] = mail_language(language)
    return message


def send_test_message(
    event: Event,
    settings: SmtpSettings,
    address: str,
    *,
    language: str,
    password: PasswordSource = None,
    context: ssl.SSLContext | None = None,
) -> str:
    """Send :func:`build_test_message` to ``address``; the server's reply, or one sentence raised.

    Raises :class:`~catchdesk.core.smtp_settings.InvalidAddress` for a malformed address and
    :class:`~catchdesk.core.smtp_settings.MailError` when the server refuses or cannot be
    reached, saying why.
    """
    require_server(settings)
    message = build_test_message(event, settings, address, language)
    transport = SmtpTransport(settings, password, context=context)
    try:
        return transport.deliver(message, "test")
    except DeliveryFailed as exc:
        raise MailError(f"The test message to {address.strip()} was refused: {exc}.") from exc
    finally:
        transport.close()
