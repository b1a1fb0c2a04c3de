"""One certificate e-mail: headers a mail server trusts, the text, the PDF attached.

Built with :class:`email.message.EmailMessage` so encodings (accented names in headers, UTF-8
text) follow the RFCs. Headers matter for delivery: a ``Message-ID`` in the sender's own
domain, a ``Date`` and a display name in ``From`` keep spam filters calm, ``Reply-To`` sends
thanks and questions to a person rather than to a no-reply box, and ``Content-Language`` lets
mail clients offer the right spelling checker. File names are plain ASCII because some mail
clients and phones still mangle anything else.
"""

from __future__ import annotations

import email.policy
import email.utils
import os
import re
import unicodedata
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

from catchdesk.core.mail_texts import mail_language, mail_text, when_phrase
from catchdesk.core.models import Attendee, Certificate, Event
from catchdesk.core.smtp_settings import SmtpSettings
from catchdesk.core.timeutil import utcnow

MAX_NAME_PART = 40
# Parts are encoded under the SMTP policy (76-column base64 and quoted-printable), but
# headers are written without folding: CPython's folder can split a non-ASCII header between
# two encoded-words at a space, and readers drop the whitespace between encoded-words, so
# "Journée du numérique" arrived as "Journée dunumérique". RFC 5322 allows 998 columns.
BUILD_POLICY = email.policy.SMTP
WIRE_POLICY = email.policy.SMTP.clone(max_line_length=998)
# Letters that Unicode does not decompose into an ASCII letter plus an accent.
_SPELLED = {
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
}  # fmt: skip


def ascii_slug(text: str, limit: int = MAX_NAME_PART, *, lower: bool = True) -> str:
    """``Łukasz Wójcik`` → ``lukasz-wojcik``: letters without accents, digits and dashes only.

    ``lower=False`` keeps the case, for serials people compare with the printed certificate.
    """
    spelled = "".join(_SPELLED.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", spelled)
    plain = decomposed.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", plain.lower() if lower else plain).strip("-")
    return slug[:limit].rstrip("-")


def attachment_name(attendee: Attendee, certificate: Certificate, language: str) -> str:
    """``attestation-dupre-helene-CD-0042.pdf``: says what it is and whose, in ASCII."""
    parts = [
        mail_text("file_prefix", language),
        ascii_slug(attendee.last_name),
        ascii_slug(attendee.first_name),
        ascii_slug(certificate.serial, lower=False),
    ]
    return "-".join(part for part in parts if part) + ".pdf"


def sender_domain(address: str) -> str:
    return address.rpartition("@")[2] or "localhost"


def organiser_name(event: Event) -> str:
    return (event.organiser or "").strip() or event.name


def build_message(
    event: Event,
    attendee: Attendee,
    certificate: Certificate,
    pdf: bytes,
    settings: SmtpSettings,
    *,
    address: str,
    updated: bool = False,
) -> EmailMessage:
    """The e-mail for one attendee, in their language, with their certificate attached.

    ``address`` is the attendee's address already checked by
    :func:`~catchdesk.core.smtp_settings.normalise_address`; ``updated`` says an earlier
    version was sent before, so the subject and text say this one replaces it.
    """
    language = mail_language(attendee.language)
    organiser = organiser_name(event)
    message = EmailMessage(policy=BUILD_POLICY)
    message["From"] = Address(display_name=organiser, addr_spec=settings.sender)
    message["To"] = Address(display_name=attendee.full_name, addr_spec=address)
    if settings.reply_to:
        message["Reply-To"] = settings.reply_to
    subject_key = "subject.updated" if updated else "subject"
    message["Subject"] = mail_text(subject_key, language, event=event.name)
    message["Date"] = email.utils.format_datetime(utcnow().astimezone(ZoneInfo(event.timezone)))
    message["Message-ID"] = email.utils.make_msgid(
        idstring=ascii_slug(certificate.serial, 20) or None, domain=sender_domain(settings.sender)
    )
    message.set_content(_body(event, attendee, certificate, language, organiser, updated))
    message.add_attachment(
        pdf,
        maintype="application",
        subtype="pdf",
        filename=attachment_name(attendee, certificate, language),
    )
    # After the parts: set_content and add_attachment move Content-* headers into the parts.
    message["Content-Language"] = language
    return message


def _body(
    event: Event,
    attendee: Attendee,
    certificate: Certificate,
    language: str,
    organiser: str,
    updated: bool,
) -> str:
    first_name = attendee.first_name.strip()
    greeting = (
        mail_text("greeting", language, first_name=first_name)
        if first_name
        else mail_text("greeting.anonymous", language)
    )
    venue = event.venue.strip()
    at_venue = mail_text("at_venue", language, venue=venue) if venue else ""
    paragraphs = [
        greeting,
        mail_text(
            "thanks",
            language,
            event=event.name,
            when=when_phrase(event.starts_on, event.ends_on, language),
            at_venue=at_venue,
        ),
        mail_text("attached", language, serial=certificate.serial),
    ]
    if updated:
        paragraphs.append(mail_text("updated", language))
    paragraphs.append(mail_text("closing", language) + "\n" + organiser)
    return "\n\n".join(paragraphs) + "\n"


def eml_bytes(message: EmailMessage) -> bytes:
    """The message as it goes on the wire and into ``.eml`` files (CRLF line ends)."""
    return message.as_bytes(policy=WIRE_POLICY)


def envelope_recipients(message: EmailMessage) -> list[str]:
    return [address.addr_spec for address in message["To"].addresses]


def write_eml(folder: Path, stem: str, message: EmailMessage) -> Path:
    """Write ``stem.eml`` into ``folder`` atomically (a half-written file never appears).

    The stem carries the certificate's serial, unique in the event, so a second dry run
    replaces the first run's file for the same person instead of piling up copies.
    """
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{stem}.eml"
    partial = folder / f".{stem}.eml.partial"
    partial.write_bytes(eml_bytes(message))
    os.replace(partial, target)
    return target


def eml_stem(attendee: Attendee, certificate: Certificate) -> str:
    parts = [
        ascii_slug(certificate.serial),
        ascii_slug(attendee.last_name),
        ascii_slug(attendee.first_name),
    ]
    return "-".join(part for part in parts if part) or ascii_slug(certificate.id)
