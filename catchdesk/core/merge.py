"""Merging two records of one person (registered twice, or registered and then a walk-in).

One record survives; the other is folded into it and kept, marked ``merged``, so the history
stays whole and every desk that syncs later sees the same facts. Nothing is deleted:

- **Check-ins** and **badge prints** are history (append-only rows): each is copied to the
  survivor with its original time and desk, and the original check-in is revoked ("merged
  into …"); a check-in that had been undone is copied undone.
- **Bookings, enrolments, external codes, a certificate**, a coach profile and any other row
  that points at the person are re-pointed to the survivor. An enrolment the survivor already
  has, or a second certificate, stays with the merged record: the survivor keeps their own.
- The merged record's **ticket code** becomes an external code of the survivor, so a badge or
  an e-mail ticket printed for the duplicate still checks in the survivor.
- Empty details of the survivor (phone, organisation, sector…) are filled from the other; what
  the survivor already says is kept.

All of it happens in the caller's transaction: a merge is done entirely or not at all.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.attendees import normalise_external, refresh_search_text
from catchdesk.core.codes import format_code
from catchdesk.core.errors import CatchDeskError, NotFoundError
from catchdesk.core.models import (
    Attendee,
    AttendeeStatus,
    BadgePrint,
    Base,
    Certificate,
    Checkin,
    CheckinRevocation,
    Enrolment,
    ExternalCode,
)

FILLABLE = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "organisation",
    "job_title",
    "sector",
    "needs",
    "ticket_type",
)
"""Details the survivor takes from the other record when it has none of its own."""
MERGED_CODE_SYSTEM = "catchdesk-merged"
"""``ExternalCode.system`` of a merged record's ticket code, now the survivor's."""
HANDLED = {
    "checkins",
    "badge_prints",
    "enrolments",
    "external_codes",
    "certificates",
}
"""Tables with a person in them that need more than re-pointing (see :func:`merge_attendees`)."""


class MergeRefused(CatchDeskError):
    """Two records that cannot be merged, with the reason."""


class CertificateOutcome(enum.StrEnum):
    NONE = "none"
    """Neither record has a certificate."""
    SURVIVOR = "survivor"
    """Only the survivor has one: unchanged."""
    MOVED = "moved"
    """Only the other record had one: it is the survivor's now."""
    KEPT_SURVIVORS = "kept_survivors"
    """Both had one: the survivor keeps theirs, the other stays with the merged record."""


@dataclass
class MergeResult:
    """What a merge moved, for the confirmation the organiser reads afterwards."""

    survivor_id: str
    merged_id: str
    checkins: int = 0
    badge_prints: int = 0
    enrolments: int = 0
    enrolments_already_held: int = 0
    external_codes: int = 0
    certificate: CertificateOutcome = CertificateOutcome.NONE
    filled: list[str] = field(default_factory=list)
    other_rows: dict[str, int] = field(default_factory=dict)
    """Re-pointed rows of other tables (bookings, coaching waitlist, coach profile…), by table."""


def _pair(session: Session, survivor_id: str, other_id: str) -> tuple[Attendee, Attendee]:
    if survivor_id == other_id:
        raise MergeRefused("A person cannot be merged with themselves: pick two different rows.")
    survivor = session.get(Attendee, survivor_id)
    other = session.get(Attendee, other_id)
    if survivor is None or other is None:
        raise NotFoundError("One of the two people is no longer in the store; refresh the list.")
    if survivor.event_id != other.event_id:
        raise MergeRefused(
            f"{survivor.full_name} and {other.full_name} belong to different events: "
            "only duplicates within one event can be merged."
        )
    for person in (survivor, other):
        if person.status == AttendeeStatus.MERGED.value:
            raise MergeRefused(
                f"{person.full_name} was already merged into another record: "
                "merge with that record instead."
            )
    return survivor, other


def filled_fields(survivor: Attendee, other: Attendee) -> dict[str, str]:
    """The survivor's empty details that the other record can fill, with their new values."""
    found: dict[str, str] = {}
    for name in FILLABLE:
        mine, theirs = getattr(survivor, name), getattr(other, name)
        if not str(mine).strip() and str(theirs).strip():
            found[name] = theirs
    return found


def preview_merge(session: Session, survivor_id: str, other_id: str) -> dict[str, str]:
    """The survivor's details as they will read after the merge (for a side-by-side check).

    Raises :class:`MergeRefused` when the two cannot be merged, so the screen can say why
    before asking anything.
    """
    survivor, other = _pair(session, survivor_id, other_id)
    result = {name: str(getattr(survivor, name)) for name in FILLABLE}
    result.update(filled_fields(survivor, other))
    return result


def _copy_checkins(session: Session, survivor: Attendee, other: Attendee, desk: str) -> int:
    checkins = list(
        session.scalars(
            select(Checkin)
            .where(Checkin.attendee_id == other.id)
            .order_by(Checkin.scanned_at, Checkin.id)
        )
    )
    if not checkins:
        return 0
    revoked = {
        revocation.checkin_id: revocation
        for revocation in session.scalars(
            select(CheckinRevocation).where(
                CheckinRevocation.checkin_id.in_([c.id for c in checkins])
            )
        )
    }
    reason = f"merged into {survivor.id}"
    for original in checkins:
        copy = Checkin(
            event_id=original.event_id,
            attendee_id=survivor.id,
            workshop_id=original.workshop_id,
            desk=original.desk,
            device_id=original.device_id,
            scanned_at=original.scanned_at,
            method=original.method,
        )
        session.add(copy)
        session.flush()
        undone = revoked.get(original.id)
        if undone is not None:
            session.add(
                CheckinRevocation(
                    event_id=undone.event_id,
                    checkin_id=copy.id,
                    desk=undone.desk,
                    revoked_at=undone.revoked_at,
                    reason=undone.reason,
                )
            )
        else:
            session.add(
                CheckinRevocation(
                    event_id=original.event_id, checkin_id=original.id, desk=desk, reason=reason
                )
            )
    session.flush()
    return len(checkins)


def _copy_badge_prints(session: Session, survivor: Attendee, other: Attendee) -> int:
    prints = list(session.scalars(select(BadgePrint).where(BadgePrint.attendee_id == other.id)))
    for original in prints:
        session.add(
            BadgePrint(
                event_id=original.event_id,
                attendee_id=survivor.id,
                printed_at=original.printed_at,
                layout=original.layout,
                destination=original.destination,
                desk=original.desk,
            )
        )
    return len(prints)


def _move_enrolments(session: Session, survivor: Attendee, other: Attendee) -> tuple[int, int]:
    held = set(
        session.scalars(select(Enrolment.workshop_id).where(Enrolment.attendee_id == survivor.id))
    )
    moved = kept = 0
    for enrolment in session.scalars(select(Enrolment).where(Enrolment.attendee_id == other.id)):
        if enrolment.workshop_id in held:
            kept += 1
        else:
            enrolment.attendee_id = survivor.id
            moved += 1
    return moved, kept


def _move_external_codes(session: Session, survivor: Attendee, other: Attendee) -> int:
    codes = list(session.scalars(select(ExternalCode).where(ExternalCode.attendee_id == other.id)))
    for code in codes:
        code.attendee_id = survivor.id
    session.add(
        ExternalCode(
            event_id=other.event_id,
            attendee_id=survivor.id,
            code=normalise_external(other.code),
            raw=format_code(other.code),
            system=MERGED_CODE_SYSTEM,
        )
    )
    return len(codes)


def _move_certificate(session: Session, survivor: Attendee, other: Attendee) -> CertificateOutcome:
    def held_by(person: Attendee) -> Certificate | None:
        return session.scalars(
            select(Certificate).where(
                Certificate.event_id == person.event_id, Certificate.attendee_id == person.id
            )
        ).first()

    mine, theirs = held_by(survivor), held_by(other)
    if theirs is None:
        return CertificateOutcome.SURVIVOR if mine is not None else CertificateOutcome.NONE
    if mine is not None:
        return CertificateOutcome.KEPT_SURVIVORS
    theirs.attendee_id = survivor.id
    return CertificateOutcome.MOVED


def person_tables() -> list[type[Base]]:
    """Every model with an ``attendee_id`` column: each must be handled by a merge."""
    return sorted(
        (
            mapper.class_
            for mapper in Base.registry.mappers
            if "attendee_id" in mapper.columns and mapper.class_ is not Attendee
        ),
        key=lambda model: model.__tablename__,
    )


def _repoint_others(session: Session, survivor: Attendee, other: Attendee) -> dict[str, int]:
    """Re-point rows of the tables no rule above covers (bookings, waitlist, coach profile).

    Row by row through the ORM, so each change is journaled like any other edit.
    """
    moved: dict[str, int] = {}
    for model in person_tables():
        if model.__tablename__ in HANDLED:
            continue
        if model.append_only:
            raise MergeRefused(
                f"CatchDesk does not know how to merge {model.__tablename__}; nothing was changed."
            )
        column = model.__table__.c.attendee_id
        rows = list(session.scalars(select(model).where(column == other.id)))
        for row in rows:
            row.attendee_id = survivor.id  # type: ignore[attr-defined]
        if rows:
            moved[model.__tablename__] = len(rows)
    return moved


def merge_attendees(
    session: Session, survivor_id: str, other_id: str, *, desk: str = ""
) -> MergeResult:
    """Fold ``other`` into ``survivor`` (see the module's rules); ``desk`` names who did it."""
    survivor, other = _pair(session, survivor_id, other_id)
    result = MergeResult(survivor_id=survivor.id, merged_id=other.id)
    result.other_rows = _repoint_others(session, survivor, other)
    result.checkins = _copy_checkins(session, survivor, other, desk)
    result.badge_prints = _copy_badge_prints(session, survivor, other)
    result.enrolments, result.enrolments_already_held = _move_enrolments(session, survivor, other)
    result.external_codes = _move_external_codes(session, survivor, other)
    result.certificate = _move_certificate(session, survivor, other)
    filled = filled_fields(survivor, other)
    for name, value in filled.items():
        setattr(survivor, name, value)
    result.filled = list(filled)
    if other.consent and not survivor.consent:
        survivor.consent = True
        result.filled.append("consent")
    refresh_search_text(survivor)
    other.status = AttendeeStatus.MERGED.value
    # Search finds people by this text: a merged record must no longer be found at the desk.
    other.search_text = ""
    other.updated_at = survivor.updated_at
    session.flush()
    return result


def merged_into(session: Session, attendee_id: str) -> Attendee | None:
    """The record a merged attendee was folded into (found through its ticket code), or None."""
    person = session.get(Attendee, attendee_id)
    if person is None or person.status != AttendeeStatus.MERGED.value:
        return None
    return session.scalars(
        select(Attendee)
        .join(ExternalCode, ExternalCode.attendee_id == Attendee.id)
        .where(
            ExternalCode.event_id == person.event_id,
            ExternalCode.code == normalise_external(person.code),
            ExternalCode.system == MERGED_CODE_SYSTEM,
        )
    ).first()
