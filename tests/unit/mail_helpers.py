"""A real SMTP server for the mailing tests (aiosmtpd), TLS material, and a stand-in renderer.

The server is a genuine SMTP implementation on 127.0.0.1, so the client code under test goes
through the same protocol steps (EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA) as with a provider.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from reportlab.pdfgen import canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.mailing import CertificateVersion
from catchdesk.core.models import Attendee, Certificate, Event


@dataclass
class Received:
    sender: str
    recipients: list[str]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        return message_from_bytes(self.raw, policy=policy.default)  # type: ignore[return-value]


@dataclass
class Handler:
    """Accepts mail, refusing chosen recipients, closing on chosen MAIL commands, or stalling."""

    received: list[Received] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    stall: set[str] = field(default_factory=set)
    close_on_mail: set[int] = field(default_factory=set)
    mail_commands: int = 0

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        self.mail_commands += 1
        if self.mail_commands in self.close_on_mail:
            return "421 4.3.2 Service shutting down, closing transmission channel"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        if address in self.stall:
            await asyncio.sleep(3)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content)
        )
        return f"250 2.0.0 Ok: queued as Q{len(self.received):04d}"

    def to(self, address: str) -> list[Received]:
        return [r for r in self.received if address in r.recipients]


class Authenticator:
    """Accepts one user name and password; counts the attempts."""

    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user.encode(), password.encode()
        self.attempts = 0

    def __call__(self, server, session, envelope, mechanism, auth_data):
        self.attempts += 1
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == self.user
            and auth_data.password == self.password
        )
        return AuthResult(success=ok, handled=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def smtp_server(handler: Handler, **options: object) -> Iterator[Controller]:
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **options)
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()


@dataclass
class TlsMaterial:
    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context


def make_tls(folder: Path) -> TlsMaterial:
    """A self-signed certificate for 127.0.0.1 and localhost, made with ``cryptography``."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CatchDesk test SMTP")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return TlsMaterial(cert_file, key_file)


def tiny_pdf(text: str) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


class FakeCertificates:
    """Stands in for the certificates module: one Certificate per person, version bumped
    when ``facts[attendee_id]`` changes, a small real PDF naming the person."""

    def __init__(self) -> None:
        self.facts: dict[str, str] = {}
        self.rendered: list[str] = []

    def _issue(self, session: Session, event: Event, attendee: Attendee) -> Certificate:
        content = {"name": attendee.full_name, "facts": self.facts.get(attendee.id, "")}
        current = session.scalar(
            select(Certificate).where(
                Certificate.event_id == event.id, Certificate.attendee_id == attendee.id
            )
        )
        if current is None:
            count = len(session.scalars(select(Certificate.id)).all())
            current = Certificate(
                event_id=event.id,
                attendee_id=attendee.id,
                serial=f"TT-2026-{count + 1:06d}",
                version=1,
                content=content,
                code="CODE",
            )
            session.add(current)
            session.flush()
        elif current.content != content:
            current.version += 1
            current.content = content
            session.flush()
        return current

    def render(self, session: Session, event: Event, attendee: Attendee):
        certificate = self._issue(session, event, attendee)
        self.rendered.append(attendee.id)
        return certificate, self.pdf_for(certificate, attendee)

    def refresh(self, session: Session, event: Event, attendees):
        return {
            a.id: CertificateVersion(c.id, c.version)
            for a in attendees
            for c in [self._issue(session, event, a)]
        }

    @staticmethod
    def pdf_for(certificate: Certificate, attendee: Attendee) -> bytes:
        return tiny_pdf(f"{certificate.serial} {attendee.full_name} v{certificate.version}")
