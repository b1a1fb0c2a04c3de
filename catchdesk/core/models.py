"""The data model: every row is scoped by event, has a UUIDv7 id and names the device that made it.

Rows that record something that happened (check-ins, revocations, booking changes, issued
certificates) are never updated or deleted: a mistake is corrected by a new row, so two desks
that merge their journals can never lose a fact. The journal table that sync exchanges lives in
:mod:`catchdesk.core.journal`.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from catchdesk.core.ids import new_id
from catchdesk.core.timeutil import UTCDateTime, utcnow

SCHEMA_NAME = "catchdesk"


class Role(enum.StrEnum):
    PARTICIPANT = "participant"
    COACH = "coach"
    STAFF = "staff"
    PARTNER = "partner"
    SPEAKER = "speaker"


class AttendeeStatus(enum.StrEnum):
    REGISTERED = "registered"
    CANCELLED = "cancelled"
    MERGED = "merged"
    """A duplicate folded into another attendee (:mod:`catchdesk.core.merge`); kept as history."""


INACTIVE_STATUSES = (AttendeeStatus.CANCELLED.value, AttendeeStatus.MERGED.value)
"""Records of nobody expected at the event: left out of counts, badges and lists."""


class BookingStatus(enum.StrEnum):
    BOOKED = "booked"
    ARRIVED = "arrived"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    TO_REBOOK = "to_rebook"
    """Booked offline for a slot another desk gave away first: the person needs another one."""


class WaitlistStatus(enum.StrEnum):
    WAITING = "waiting"
    FULFILLED = "fulfilled"
    CANCELLED = "cancelled"


class Base(DeclarativeBase):
    """Base of all tables; ``journaled`` tables have their changes written to the journal."""

    journaled: ClassVar[bool] = True
    append_only: ClassVar[bool] = False


class Tracked:
    """Columns every synced row carries: its id, when and on which device it was created."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    origin_device_id: Mapped[str | None] = mapped_column(String(36), default=None)


class Device(Tracked, Base):
    """A machine (or a store) that makes changes; named so a desk can say "scanned at Desk 2"."""

    __tablename__ = "devices"

    name: Mapped[str] = mapped_column(String(120))


class Event(Tracked, Base):
    __tablename__ = "events"

    name: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    venue: Mapped[str] = mapped_column(String(200), default="")
    organiser: Mapped[str] = mapped_column(String(200), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Brussels")
    tag: Mapped[str] = mapped_column(String(4))
    ticket_secret: Mapped[bytes] = mapped_column(LargeBinary)
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    settings: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)


class Attendee(Tracked, Base):
    __tablename__ = "attendees"
    __table_args__ = (
        UniqueConstraint("event_id", "code", name="uq_attendee_code"),
        Index("ix_attendee_event_email", "event_id", "email"),
        Index("ix_attendee_event_name", "event_id", "last_name", "first_name"),
    )

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    first_name: Mapped[str] = mapped_column(String(120), default="")
    last_name: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    job_title: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(20), default=Role.PARTICIPANT.value)
    needs: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="fr")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default=AttendeeStatus.REGISTERED.value)
    ticket_type: Mapped[str] = mapped_column(String(120), default="")
    source: Mapped[str] = mapped_column(String(20), default="manual")
    search_text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    # Loaded on demand (lists use selectinload): the scan path must not pay for it.
    external_codes: Mapped[list[ExternalCode]] = relationship(
        back_populates="attendee", order_by="ExternalCode.created_at"
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class ExternalCode(Tracked, Base):
    """A barcode from another system (the ticketing platform's e-mail ticket).

    ``code`` is the normalised form used for lookups (upper case, no separators); ``raw`` keeps
    what the export said, for display.
    """

    __tablename__ = "external_codes"
    __table_args__ = (UniqueConstraint("event_id", "code", name="uq_external_code"),)

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    attendee_id: Mapped[str] = mapped_column(ForeignKey("attendees.id"), index=True)
    code: Mapped[str] = mapped_column(String(128))
    raw: Mapped[str] = mapped_column(String(256), default="")
    system: Mapped[str] = mapped_column(String(40), default="")

    attendee: Mapped[Attendee] = relationship(back_populates="external_codes")


class Workshop(Tracked, Base):
    __tablename__ = "workshops"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    room: Mapped[str] = mapped_column(String(120), default="")
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    enrolment_required: Mapped[bool] = mapped_column(Boolean, default=False)
    topic: Mapped[str] = mapped_column(String(120), default="")
    speaker: Mapped[str] = mapped_column(String(200), default="")


class Enrolment(Tracked, Base):
    __tablename__ = "enrolments"
    __table_args__ = (UniqueConstraint("attendee_id", "workshop_id", name="uq_enrolment"),)

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    attendee_id: Mapped[str] = mapped_column(ForeignKey("attendees.id"), index=True)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"), index=True)


class Checkin(Tracked, Base):
    """One admission: at the entrance (no workshop) or at a workshop door. Never deleted."""

    __tablename__ = "checkins"
    __table_args__ = (
        Index("ix_checkin_attendee", "attendee_id", "workshop_id"),
        Index("ix_checkin_workshop", "workshop_id"),
        # Appended on every scan, so every index costs a page in each durable commit: one
        # b-tree keyed by the time-ordered id (no rowid) and only the indexes the door needs.
        {"sqlite_with_rowid": False},
    )
    append_only: ClassVar[bool] = True

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"))
    attendee_id: Mapped[str] = mapped_column(ForeignKey("attendees.id"))
    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id"), default=None)
    desk: Mapped[str] = mapped_column(String(120), default="")
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)
    scanned_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    method: Mapped[str] = mapped_column(String(20), default="scan")


class CheckinRevocation(Tracked, Base):
    """Undoes a check-in by pointing at it; the check-in itself stays in the history."""

    __tablename__ = "checkin_revocations"
    __table_args__ = ({"sqlite_with_rowid": False},)
    append_only: ClassVar[bool] = True

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    checkin_id: Mapped[str] = mapped_column(ForeignKey("checkins.id"), unique=True)
    desk: Mapped[str] = mapped_column(String(120), default="")
    revoked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(String(200), default="")


class Coach(Tracked, Base):
    __tablename__ = "coaches"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    attendee_id: Mapped[str | None] = mapped_column(ForeignKey("attendees.id"), default=None)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    place: Mapped[str] = mapped_column(String(120), default="")
    colour: Mapped[str] = mapped_column(String(9), default="#3465a4")


class CoachSlot(Tracked, Base):
    __tablename__ = "coach_slots"
    __table_args__ = (
        Index("ix_slot_coach_time", "coach_id", "starts_at"),
        # "The next free slot" walks one event's slots in time order from now.
        Index("ix_slot_event_time", "event_id", "starts_at"),
    )

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    coach_id: Mapped[str] = mapped_column(ForeignKey("coaches.id"))
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)


class Booking(Tracked, Base):
    """An attendee's place in a coaching slot; its life is told by :class:`BookingChange` rows."""

    __tablename__ = "bookings"
    __table_args__ = (
        Index("ix_booking_slot", "slot_id"),
        Index("ix_booking_attendee", "attendee_id"),
    )

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    slot_id: Mapped[str] = mapped_column(ForeignKey("coach_slots.id"))
    attendee_id: Mapped[str] = mapped_column(ForeignKey("attendees.id"))
    topic: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(20), default=BookingStatus.BOOKED.value)
    note: Mapped[str] = mapped_column(Text, default="")
    booked_by: Mapped[str] = mapped_column(String(120), default="")
    # The language the session is held in, so the slip and the coach know before they meet.
    language: Mapped[str] = mapped_column(String(8), default="", server_default="")


class BookingChange(Tracked, Base):
    """One step in a booking's life (booked, arrived, done, no-show, cancelled). Never deleted."""

    __tablename__ = "booking_changes"
    append_only: ClassVar[bool] = True

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    booking_id: Mapped[str] = mapped_column(ForeignKey("bookings.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


class WaitlistEntry(Tracked, Base):
    """A person waiting for a coaching slot on a topic (and, if they need one, a language).

    Entries are resolved, never deleted: ``fulfilled`` points at the booking a freed slot
    became, ``cancelled`` says the person stopped waiting.
    """

    __tablename__ = "coaching_waitlist"
    __table_args__ = (
        Index("ix_waitlist_event_status", "event_id", "status", "joined_at"),
        Index("ix_waitlist_attendee", "attendee_id"),
    )

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"))
    attendee_id: Mapped[str] = mapped_column(ForeignKey("attendees.id"))
    topic: Mapped[str] = mapped_column(String(120))
    language: Mapped[str] = mapped_column(String(8), default="")
    status: Mapped[str] = mapped_column(String(20), default=WaitlistStatus.WAITING.value)
    joined_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    booking_id: Mapped[str | None] = mapped_column(ForeignKey("bookings.id"), default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class BadgePrint(Tracked, Base):
    """A badge sent to paper (or to a PDF for printing); "only never-printed badges" reads it."""

    __tablename__ = "badge_prints"
    append_only: ClassVar[bool] = True

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    attendee_id: Mapped[str] = mapped_column(ForeignKey("attendees.id"), index=True)
    printed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    layout: Mapped[str] = mapped_column(String(40), default="")
    destination: Mapped[str] = mapped_column(String(400), default="")
    desk: Mapped[str] = mapped_column(String(120), default="")


class Certificate(Tracked, Base):
    """An attendee's certificate of attendance: one per person, its serial never changes.

    ``content`` is what the certificate states and ``code`` the Ed25519 signature over it; they
    change only when what happened changes (a late workshop check-in), which bumps ``version``.
    Every issue and every e-mail is logged in the append-only tables below.
    """

    __tablename__ = "certificates"
    __table_args__ = (
        UniqueConstraint("event_id", "serial", name="uq_certificates_serial"),
        UniqueConstraint("event_id", "attendee_id", name="uq_certificate_attendee"),
    )

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    attendee_id: Mapped[str] = mapped_column(ForeignKey("attendees.id"))
    serial: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1)
    content: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    code: Mapped[str] = mapped_column(Text, default="")
    first_issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class CertificateIssue(Tracked, Base):
    """One issue of a certificate (a PDF written), for the issue log."""

    __tablename__ = "certificate_issues"
    append_only: ClassVar[bool] = True

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    certificate_id: Mapped[str] = mapped_column(ForeignKey("certificates.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    destination: Mapped[str] = mapped_column(String(400), default="")


class CertificateSend(Tracked, Base):
    """One attempt to e-mail a certificate: sent, failed (with the reason) or a dry run."""

    __tablename__ = "certificate_sends"
    append_only: ClassVar[bool] = True

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    certificate_id: Mapped[str] = mapped_column(ForeignKey("certificates.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    email: Mapped[str] = mapped_column(String(254), default="")
    status: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")
    attempted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
