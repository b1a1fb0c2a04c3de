"""E-mailing certificates of attendance: resumable, one message per person, never lost track of.

**Who is sent what.** Every attempt appends a :class:`~catchdesk.core.models.CertificateSend`
row: ``sent``, ``failed`` (with the reason) or ``dry_run``. A person is "already sent" when a
``sent`` row exists for their certificate's *current* version *to their current address*, so a
second run sends only to the rest: those who failed, those added since, and those whose
certificate changed after it was sent (a late workshop check-in bumps the certificate's
``version``: they get the new one, announced as an update), or whose address was corrected
after a bounce. ``failed`` and ``dry_run`` rows never count as sent.

**Why the function takes the Store, not a Session.** Each message is its own pair of short
transactions: issue the certificate, send (outside any transaction), then record the outcome
and commit. Holding one transaction across a batch would keep SQLite's write lock for the many
minutes a mail server takes with 900 messages, freezing every desk on this store, and a crash
or Ctrl-C would roll back the record of messages that really left, so the next run would send
them twice. Committing after each message means the log never claims a message that did not
go, and at worst (a crash in the instant between the server's "OK" and the commit) one person
gets their certificate twice.

**What stops the batch.** A failure that concerns one address (refused recipient, malformed
address, a server slow on this one message) is recorded and the batch goes on. One that would
fail for everyone (wrong password, unreachable server, untrusted certificate) stops it at once
with one sentence, as :class:`MailingStopped`, carrying the report of what was done so far.
A cancel between messages raises :class:`SendingCancelled`, also with the report: unlike a PDF,
what was sent cannot be taken back, so a stopped run still says exactly what happened.
"""

from __future__ import annotations

import dataclasses
import ssl
from collections.abc import Callable, Mapping, Sequence
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.errors import CatchDeskError, StoreError
from catchdesk.core.jobs import CancelCheck, JobCancelled, Progress
from catchdesk.core.mail_messages import build_message, eml_stem
from catchdesk.core.models import Attendee, Certificate, CertificateSend, Event
from catchdesk.core.smtp_settings import (
    InvalidAddress,
    MailError,
    SmtpSettings,
    normalise_address,
    require_sender,
    require_server,
)
from catchdesk.core.smtp_transport import (
    DeliveryFailed,
    EmlFolder,
    PasswordSource,
    SmtpTransport,
    Transport,
)
from catchdesk.core.store import Store

SENT = "sent"
FAILED = "failed"
DRY_RUN = "dry_run"
ALREADY_SENT = "already_sent"
SKIPPED = "skipped"
NO_EMAIL = "no e-mail address"
CHUNK = 500


@dataclasses.dataclass(frozen=True)
class CertificateVersion:
    """Which certificate a person has and its current version, known without drawing it."""

    certificate_id: str
    version: int


Render = Callable[[Session, Event, Attendee], tuple[Certificate, bytes]]
"""Issue the attendee's certificate (logging the issue) and return it with its PDF."""

Refresh = Callable[[Session, Event, Sequence[Attendee]], Mapping[str, CertificateVersion]]
"""Bring these attendees' certificates up to date (version bumped if their content changed)
without drawing them; keyed by attendee id. Lets a rerun skip those already sent without
rendering 900 PDFs or logging issues that never went anywhere."""


@dataclasses.dataclass(frozen=True)
class LeftOutPerson:
    """Someone the caller chose not to send to (not checked in, unknown code…), and why."""

    code: str
    name: str
    reason: str
    attendee_id: str | None = None


@dataclasses.dataclass
class SendOutcome:
    """What happened for one person in this run."""

    status: str
    code: str
    name: str
    email: str = ""
    detail: str = ""
    attendee_id: str | None = None
    serial: str = ""
    version: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclasses.dataclass
class SendReport:
    """The run's outcome per person, in the order they were handled."""

    dry_run: bool
    total: int
    outcomes: list[SendOutcome] = dataclasses.field(default_factory=list)
    cancelled: bool = False
    stopped: str | None = None
    connected: bool = False
    processed: int = 0

    def of(self, status: str) -> list[SendOutcome]:
        return [o for o in self.outcomes if o.status == status]

    def counts(self) -> dict[str, int]:
        return {
            SENT: len(self.of(SENT)),
            FAILED: len(self.of(FAILED)),
            DRY_RUN: len(self.of(DRY_RUN)),
            ALREADY_SENT: len(self.of(ALREADY_SENT)),
            SKIPPED: len(self.of(SKIPPED)),
            "remaining": max(0, self.total - self.processed),
        }

    def to_dict(self) -> dict[str, Any]:
        """Flat counts for scripts; ``written`` counts the dry run's ``.eml`` files."""
        counts = self.counts()
        counts["written"] = counts.pop(DRY_RUN)
        return {
            "dry_run": self.dry_run,
            "total": self.total,
            **counts,
            "cancelled": self.cancelled,
            "stopped": self.stopped,
            "outcomes": [o.to_dict() for o in self.outcomes],
        }


class MailingStopped(MailError):
    """The batch stopped because nothing more could be sent; ``report`` says what was done."""

    def __init__(self, message: str, report: SendReport) -> None:
        super().__init__(message)
        self.report = report


class SendingCancelled(JobCancelled):
    """The person stopped the batch between two messages; ``report`` says what was done."""

    def __init__(self, report: SendReport) -> None:
        done = len(report.of(SENT)) + len(report.of(DRY_RUN))
        super().__init__(
            f"Sending was stopped after {done} message(s); run it again to send the rest."
        )
        self.report = report


@dataclasses.dataclass
class _Log:
    """What the send log says before this run, kept up to date as the run goes."""

    sent: set[tuple[str, int, str]]
    sent_versions: dict[str, set[int]]
    current: dict[str, CertificateVersion]

    def add(self, certificate_id: str, version: int, email: str) -> None:
        self.sent.add((certificate_id, version, email.lower()))
        self.sent_versions.setdefault(certificate_id, set()).add(version)

    def was_sent(self, certificate_id: str, version: int, email: str) -> bool:
        return (certificate_id, version, email.lower()) in self.sent

    def earlier_sent(self, certificate_id: str, version: int) -> bool:
        return any(v != version for v in self.sent_versions.get(certificate_id, ()))


def _load_log(
    session: Session, event: Event, people: Sequence[Attendee], refresh: Refresh | None
) -> _Log:
    rows = session.execute(
        select(
            CertificateSend.certificate_id, CertificateSend.version, CertificateSend.email
        ).where(CertificateSend.event_id == event.id, CertificateSend.status == SENT)
    )
    log = _Log(set(), {}, {})
    for certificate_id, version, email in rows:
        log.add(certificate_id, version, email)
    if refresh is not None and people:
        ids = [p.id for p in people if (p.email or "").strip()]
        bound: list[Attendee] = []
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            bound += session.scalars(select(Attendee).where(Attendee.id.in_(chunk)))
        log.current = dict(refresh(session, event, bound))
    return log


def _address_of(person: Attendee) -> tuple[str, str | None]:
    """The address to use (normalised when valid) and the reason it is unusable, if it is."""
    raw = (person.email or "").strip()
    try:
        return normalise_address(raw), None
    except InvalidAddress as exc:
        return raw, str(exc)


class _Run:
    """One batch: the transport, the log, and the handling of each person in turn."""

    def __init__(
        self,
        store: Store,
        event_id: str,
        settings: SmtpSettings,
        transport: Transport,
        render: Render,
        log: _Log,
    ) -> None:
        self.store = store
        self.event_id = event_id
        self.settings = settings
        self.transport = transport
        self.render = render
        self.log = log
        self.dry_run = isinstance(transport, EmlFolder)

    def handle(self, person: Attendee) -> SendOutcome:
        outcome = SendOutcome(
            status=SKIPPED, code=person.code, name=person.full_name, attendee_id=person.id
        )
        if not (person.email or "").strip():
            outcome.detail = NO_EMAIL
            return outcome
        address, problem = _address_of(person)
        outcome.email = address
        known = self.log.current.get(person.id)
        if known is not None:
            outcome.version = known.version
            if self.log.was_sent(known.certificate_id, known.version, address):
                outcome.status = ALREADY_SENT
                return outcome
            if problem is not None:
                return self._finish(outcome, known.certificate_id, FAILED, problem)
        if problem is None:
            # Reach the server before issuing: a wrong password must not leave an issue log
            # that says a certificate went out by e-mail.
            self.transport.open()
        try:
            prepared = self._prepare(person, address, outcome, build=problem is None)
        except StoreError:
            raise
        except CatchDeskError as exc:
            outcome.detail = str(exc)
            return outcome
        certificate_id, message, name = prepared
        if problem is not None:
            return self._finish(outcome, certificate_id, FAILED, problem)
        if message is None:
            outcome.status = ALREADY_SENT
            return outcome
        try:
            detail = self.transport.deliver(message, name)
        except DeliveryFailed as exc:
            return self._finish(outcome, certificate_id, FAILED, str(exc))
        return self._finish(outcome, certificate_id, DRY_RUN if self.dry_run else SENT, detail)

    def _prepare(
        self, person: Attendee, address: str, outcome: SendOutcome, *, build: bool
    ) -> tuple[str, EmailMessage | None, str]:
        """Issue and draw the certificate (committed before sending) and build the message.

        The message is None when the drawn certificate turns out to be already sent (no
        ``refresh`` was given to know it beforehand) or when no message is wanted.
        """
        with self.store.write() as session:
            event = session.get(Event, self.event_id)
            attendee = session.get(Attendee, person.id)
            if event is None or attendee is None:
                raise CatchDeskError(f"{person.full_name} is no longer in this event.")
            certificate, pdf = self.render(session, event, attendee)
            outcome.serial, outcome.version = certificate.serial, certificate.version
            cid, version = certificate.id, certificate.version
            if not build or self.log.was_sent(cid, version, address):
                return cid, None, ""
            message = build_message(
                event,
                attendee,
                certificate,
                pdf,
                self.settings,
                address=address,
                updated=self.log.earlier_sent(cid, version),
            )
            return cid, message, eml_stem(attendee, certificate)

    def _finish(
        self, outcome: SendOutcome, certificate_id: str, status: str, detail: str
    ) -> SendOutcome:
        """Log the attempt in its own transaction, committed before the next message."""
        version = outcome.version or 1
        with self.store.write() as session:
            session.add(
                CertificateSend(
                    event_id=self.event_id,
                    certificate_id=certificate_id,
                    version=version,
                    email=outcome.email[:254],
                    status=status,
                    detail=detail,
                )
            )
        if status == SENT:
            self.log.add(certificate_id, version, outcome.email)
        outcome.status, outcome.detail = status, detail
        return outcome


def send_certificates(
    store: Store,
    event_id: str,
    recipients: Sequence[Attendee],
    *,
    render: Render,
    settings: SmtpSettings,
    password: PasswordSource = None,
    refresh: Refresh | None = None,
    left_out: Sequence[LeftOutPerson] = (),
    dry_run_dir: Path | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    context: ssl.SSLContext | None = None,
) -> SendReport:
    """E-mail each of ``recipients`` their certificate, skipping those already sent.

    ``store`` is a :class:`~catchdesk.core.store.Store` (see the module docstring for why it
    is not a Session). ``recipients`` are the people entitled to a certificate, chosen by the
    caller (only those who checked in); ``left_out`` are reported as skipped with their
    reason. ``render`` issues and draws one certificate; ``refresh``, when given, lets people
    already sent be skipped without drawing theirs. With ``dry_run_dir`` every message becomes
    an ``.eml`` file there and is logged as ``dry_run``; no server or password is needed.
    ``password`` may be a callable, asked only when the server is first contacted (a run
    with nothing to send never asks). ``context`` replaces the TLS context (tests, own CAs).

    Raises :class:`MailingStopped` or :class:`SendingCancelled`, both carrying the report.
    """
    dry_run = dry_run_dir is not None
    if dry_run:
        require_sender(settings)
    else:
        require_server(settings)
    people = list(recipients)
    report = SendReport(dry_run=dry_run, total=len(people))
    report.outcomes += [
        SendOutcome(
            SKIPPED, entry.code, entry.name, detail=entry.reason, attendee_id=entry.attendee_id
        )
        for entry in left_out
    ]
    with store.write() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise CatchDeskError("The event to send certificates for no longer exists.")
        log = _load_log(session, event, people, refresh)
    transport: Transport = (
        EmlFolder(dry_run_dir)
        if dry_run_dir is not None
        else SmtpTransport(settings, password, context=context)
    )
    run = _Run(store, event_id, settings, transport, render, log)
    if progress is not None:
        progress(0, len(people))
    try:
        for done, person in enumerate(people, start=1):
            if cancelled is not None and cancelled():
                report.cancelled = True
                raise SendingCancelled(report)
            report.outcomes.append(run.handle(person))
            report.processed = done
            if progress is not None:
                progress(done, len(people))
    except SendingCancelled:
        raise
    except CatchDeskError as exc:
        report.stopped = str(exc)
        raise MailingStopped(str(exc), report) from exc
    finally:
        transport.close()
        report.connected = bool(getattr(transport, "connected_once", False))
    return report
