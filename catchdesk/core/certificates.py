"""Who gets a certificate of attendance, and issuing it: serial, version, content, signed code.

Only people who came get one: an attendee with a standing (not revoked) entrance check-in whose
registration is not cancelled. Everyone else asked for is *left out* with a reason a person can
act on (never checked in, check-in undone, registration cancelled, no such code).

Issuing is idempotent: a person keeps one :class:`~catchdesk.core.models.Certificate` whose serial
(``TAG-YEAR-NNNNNN``, numbered in the event in the order certificates were first issued) never
changes and is never given to anyone else. Issuing again with nothing changed gives exactly the
same content and code (the content is rebuilt and compared; Ed25519 signatures are
deterministic); if what the certificate states changed (a late workshop check-in, a corrected
name, a new venue), ``version`` goes up and the content and code are replaced. Every issue (a PDF
written, a PDF attached to an e-mail) appends a :class:`~catchdesk.core.models.CertificateIssue`.

Serials are numbered on the machine that issues; certificates are issued from one place (the
organiser's machine), so two machines numbering offline is not a case this tries to merge.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.attendees import LANGUAGES, first_checkins, normalise_external
from catchdesk.core.certificate_code import sign_statement
from catchdesk.core.certificate_content import (
    Attendance,
    build_content,
    gather_attendance,
    statement_of,
)
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.ids import new_id
from catchdesk.core.journal import record_rows
from catchdesk.core.keys import ensure_signing_key, fingerprint, key_id, public_key_bytes
from catchdesk.core.models import (
    Attendee,
    AttendeeStatus,
    Certificate,
    CertificateIssue,
    Checkin,
    Event,
    ExternalCode,
)
from catchdesk.core.textfold import fold
from catchdesk.core.timeutil import utcnow

DEFAULT_LANGUAGE = "fr"


class LeftOutReason(enum.StrEnum):
    NOT_CHECKED_IN = "not_checked_in"
    CHECKIN_UNDONE = "checkin_undone"
    CANCELLED = "cancelled"
    UNKNOWN_CODE = "unknown_code"


REASON_TEXT = {
    LeftOutReason.NOT_CHECKED_IN: "never checked in",
    LeftOutReason.CHECKIN_UNDONE: "check-in was undone",
    LeftOutReason.CANCELLED: "registration cancelled",
    LeftOutReason.UNKNOWN_CODE: "no attendee has this code",
}


@dataclass(frozen=True)
class LeftOut:
    """Someone asked for (or registered) who gets no certificate, and why."""

    reason: LeftOutReason
    code: str
    attendee_id: str | None = None
    name: str = ""

    @property
    def message(self) -> str:
        return REASON_TEXT[self.reason]

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "attendee_id": self.attendee_id,
            "name": self.name,
            "reason": self.reason.value,
            "message": self.message,
        }


@dataclass
class Recipients:
    attendees: list[Attendee]
    left_out: list[LeftOut]


def certificate_language(attendee: Attendee, override: str | None = None) -> str:
    """The language a certificate is written in: the override, else the attendee's, else French."""
    for choice in (override, attendee.language):
        if choice and choice[:2].lower() in LANGUAGES:
            return choice[:2].lower()
    return DEFAULT_LANGUAGE


def _sort_key(attendee: Attendee) -> tuple[str, str, str]:
    return (fold(attendee.last_name), fold(attendee.first_name), attendee.id)


def _asked_for(
    session: Session, event: Event, codes: list[str]
) -> tuple[list[Attendee], list[LeftOut]]:
    """The attendees named by ticket codes, external codes or ids; the unknown ones left out."""
    wanted = {code: normalise_external(code) for code in codes}
    keys = [key for key in wanted.values() if key]
    by_code = {
        a.code: a
        for a in session.scalars(
            select(Attendee).where(Attendee.event_id == event.id, Attendee.code.in_(keys))
        )
    }
    external = session.execute(
        select(ExternalCode.code, Attendee)
        .join(Attendee, Attendee.id == ExternalCode.attendee_id)
        .where(ExternalCode.event_id == event.id, ExternalCode.code.in_(keys))
    )
    by_external = {code: attendee for code, attendee in external}
    found: dict[str, Attendee] = {}
    unknown: list[LeftOut] = []
    for raw, key in wanted.items():
        attendee = by_code.get(key) or by_external.get(key) or session.get(Attendee, raw.strip())
        if attendee is None or attendee.event_id != event.id:
            unknown.append(LeftOut(LeftOutReason.UNKNOWN_CODE, raw))
        else:
            found[attendee.id] = attendee
    return list(found.values()), unknown


def find_recipients(session: Session, event: Event, codes: list[str] | None = None) -> Recipients:
    """Who gets a certificate (sorted by last name) and who is left out, with the reason.

    Without ``codes`` everyone registered is considered, so the organiser sees the whole room
    at once: who came and who did not.
    """
    if codes:
        candidates, left_out = _asked_for(session, event, codes)
    else:
        candidates = list(session.scalars(select(Attendee).where(Attendee.event_id == event.id)))
        left_out = []
    ids = [a.id for a in candidates] if codes else None
    standing = first_checkins(session, event.id, ids)
    scanned_query = select(Checkin.attendee_id).distinct()
    scanned_query = scanned_query.where(Checkin.event_id == event.id, Checkin.workshop_id.is_(None))
    if ids is not None:
        scanned_query = scanned_query.where(Checkin.attendee_id.in_(ids))
    ever_scanned = set(session.scalars(scanned_query))
    chosen: list[Attendee] = []
    for attendee in sorted(candidates, key=_sort_key):
        reason = None
        if attendee.status == AttendeeStatus.CANCELLED.value:
            reason = LeftOutReason.CANCELLED
        elif attendee.id not in standing:
            came = attendee.id in ever_scanned
            reason = LeftOutReason.CHECKIN_UNDONE if came else LeftOutReason.NOT_CHECKED_IN
        if reason is None:
            chosen.append(attendee)
        else:
            left_out.append(LeftOut(reason, attendee.code, attendee.id, attendee.full_name))
    return Recipients(chosen, left_out)


@dataclass
class IssuedCertificate:
    """A certificate as issued now: ``status`` says whether it is new, updated or unchanged."""

    certificate_id: str
    attendee: Attendee
    serial: str
    version: int
    content: dict[str, Any]
    code: str
    status: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "serial": self.serial,
            "version": self.version,
            "status": self.status,
            "attendee_id": self.attendee.id,
            "attendee_code": self.attendee.code,
            "first_name": self.attendee.first_name,
            "last_name": self.attendee.last_name,
            "total_minutes": self.content["total_minutes"],
            "workshops": [w["title"] for w in self.content["workshops"]],
            "code": self.code,
        }


def _serial_number(serial: str) -> int:
    tail = serial.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0


class CertificateIssuer:
    """Issues certificates of one event in the caller's write transaction.

    Built once per batch: it loads the key, the existing certificates and everyone's attendance
    in a handful of queries, so issuing a thousand certificates costs no query per person.
    """

    def __init__(
        self, session: Session, event: Event, attendee_ids: list[str] | None = None
    ) -> None:
        self.session = session
        self.event = event
        self.private_key = ensure_signing_key(session, event)
        public = public_key_bytes(event)
        self.fingerprint = fingerprint(public)
        self.key_id = key_id(public)
        mine = select(Certificate).where(Certificate.event_id == event.id)
        if attendee_ids is not None:
            mine = mine.where(Certificate.attendee_id.in_(attendee_ids))
        self.existing = {c.attendee_id: c for c in session.scalars(mine)}
        self.next_number = 0  # read when the first new certificate needs a serial
        self.attendance = gather_attendance(session, event, attendee_ids)
        self.device_id = session.info.get("device_id")
        self.fresh: dict[str, IssuedCertificate] = {}
        self.pending: list[dict[str, Any]] = []

    def _content(
        self, attendee: Attendee, serial: str, version: int, attendance: Attendance | None
    ) -> dict[str, Any]:
        return build_content(
            self.event,
            attendee,
            attendance,
            serial=serial,
            version=version,
            key_fingerprint=self.fingerprint,
        )

    def _sign(self, content: dict[str, Any]) -> str:
        return sign_statement(statement_of(content), self.private_key, self.key_id)

    def _highest_number(self) -> int:
        """The highest serial number of the event so far (serials are never reused)."""
        serials = self.session.scalars(
            select(Certificate.serial).where(Certificate.event_id == self.event.id)
        )
        return max((_serial_number(serial) for serial in serials), default=0)

    def issue(self, attendee: Attendee) -> IssuedCertificate:
        """The attendee's certificate, created or brought up to date (not logged: see log)."""
        attendance = self.attendance.get(attendee.id)
        current = self.existing.get(attendee.id)
        if current is not None:
            content = self._content(attendee, current.serial, current.version, attendance)
            if content == current.content and current.code:
                status = "unchanged"
            else:
                content = self._content(attendee, current.serial, current.version + 1, attendance)
                current.version += 1
                current.content = content
                current.code = self._sign(content)
                status = "updated"
            return IssuedCertificate(
                current.id,
                attendee,
                current.serial,
                current.version,
                current.content,
                current.code,
                status,
            )
        if attendee.id in self.fresh:
            return self.fresh[attendee.id]
        if not self.next_number:
            self.next_number = 1 + self._highest_number()
        serial = f"{self.event.tag}-{self.event.starts_on.year}-{self.next_number:06d}"
        self.next_number += 1
        content = self._content(attendee, serial, 1, attendance)
        code = self._sign(content)
        now = utcnow()
        row = {
            "id": new_id(),
            "created_at": now,
            "origin_device_id": self.device_id,
            "event_id": self.event.id,
            "attendee_id": attendee.id,
            "serial": serial,
            "version": 1,
            "content": content,
            "code": code,
            "first_issued_at": now,
        }
        self.pending.append(row)
        issued = IssuedCertificate(row["id"], attendee, serial, 1, content, code, "new")
        self.fresh[attendee.id] = issued
        return issued

    def flush(self) -> None:
        """Write the new certificates issued so far (in one insert: a batch costs one query)."""
        if self.pending:
            record_rows(self.session, Certificate, self.pending)
            self.pending = []

    def log(self, issued: list[IssuedCertificate], destination: str | list[str]) -> None:
        """Append one issue-log row per certificate: all to one destination, or one each."""
        self.flush()
        now = utcnow()
        places = [destination] * len(issued) if isinstance(destination, str) else destination
        record_rows(
            self.session,
            CertificateIssue,
            [
                {
                    "id": new_id(),
                    "created_at": now,
                    "origin_device_id": self.device_id,
                    "event_id": self.event.id,
                    "certificate_id": item.certificate_id,
                    "version": item.version,
                    "issued_at": now,
                    "destination": place[:400],
                }
                for item, place in zip(issued, places, strict=True)
            ],
        )


def update_certificates(
    session: Session, event: Event, attendees: Sequence[Attendee]
) -> dict[str, IssuedCertificate]:
    """Bring these attendees' certificates up to date without drawing or logging an issue.

    Keyed by attendee id; each value says the certificate's id, serial, current version and
    whether it is new, updated or unchanged. The caller must have chosen entitled attendees
    (:func:`find_recipients`). For e-mail runs that skip those already sent.
    """
    issuer = CertificateIssuer(session, event, [a.id for a in attendees])
    issued = {attendee.id: issuer.issue(attendee) for attendee in attendees}
    issuer.flush()
    return issued


def issue_certificate(
    session: Session, event: Event, attendee: Attendee, *, destination: str = ""
) -> IssuedCertificate:
    """Issue (and log) one person's certificate; raises if they are not entitled to one."""
    recipients = find_recipients(session, event, [attendee.code])
    if not recipients.attendees:
        reason = recipients.left_out[0].message if recipients.left_out else "unknown"
        raise CatchDeskError(f"{attendee.full_name} gets no certificate: {reason}.")
    issuer = CertificateIssuer(session, event, [attendee.id])
    issued = issuer.issue(attendee)
    issuer.log([issued], destination)
    return issued
