"""Conflicts as people see them, and settling them: the conflicts screen and ``sync conflicts``.

A conflict is never settled by deleting data. Settling records a
:class:`~catchdesk.core.sync.tables.ConflictSettlement` (synced, so every desk sees it settled)
and, where the choice asks for it, makes the change through the ordinary rules: revoking one
of two check-ins, booking the person into another slot, cancelling the booking.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.errors import CatchDeskError, NotFoundError
from catchdesk.core.ids import matches_id, short_id
from catchdesk.core.models import (
    Booking,
    BookingChange,
    BookingStatus,
    Checkin,
    CheckinRevocation,
    Event,
)
from catchdesk.core.sync.detect import (
    DELETED_IN_USE,
    DOUBLE_ADMISSION,
    DOUBLE_BOOKING,
    DUPLICATE,
    derive_conflicts,
    insert_clocks,
)
from catchdesk.core.sync.tables import ConflictSettlement, SyncConflict
from catchdesk.core.sync.texts import render_decision
from catchdesk.core.timeutil import local_iso, utcnow

CHOICES: dict[str, tuple[str, ...]] = {
    DOUBLE_ADMISSION: ("keep_both", "revoke_one"),
    DOUBLE_BOOKING: ("rebooked", "cancelled"),
    DELETED_IN_USE: ("acknowledged",),
    DUPLICATE: ("acknowledged",),
}
"""What a person may decide, by kind of conflict."""


@dataclass(frozen=True)
class ConflictView:
    """One conflict for a screen or ``--json``: what collided and what was decided.

    ``rule_decision`` is already in the reader's language; ``detail["decision"]`` keeps the
    language-free key and values it was made from.
    """

    id: str
    kind: str
    attendee_code: str
    attendee_name: str
    slot: dict[str, Any] | None
    rule_decision: str
    raised_at: dt.datetime
    settled_at: dt.datetime | None
    settled_by: str
    choice: str
    note: str
    choices: tuple[str, ...]
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def settled(self) -> bool:
        return self.settled_at is not None

    @property
    def short_id(self) -> str:
        return short_id(self.id)

    def to_dict(self, event: Event) -> dict[str, Any]:
        slot = dict(self.slot) if self.slot else None
        if slot and slot.get("starts_at"):
            slot["starts_at"] = local_iso(
                dt.datetime.fromisoformat(slot["starts_at"]), event.timezone
            )
        return {
            "id": self.id,
            "short_id": self.short_id,
            "kind": self.kind,
            "attendee_code": self.attendee_code,
            "attendee_name": self.attendee_name,
            "slot": slot,
            "rule_decision": self.rule_decision,
            "raised_at": local_iso(self.raised_at, event.timezone),
            "settled": self.settled,
            "settled_at": local_iso(self.settled_at, event.timezone),
            "settled_by": self.settled_by,
            "choice": self.choice,
            "note": self.note,
            "choices": list(self.choices),
            "detail": self.detail,
        }


def _view(row: SyncConflict, language: str | None = None) -> ConflictView:
    detail = dict(row.detail or {})
    return ConflictView(
        id=row.id,
        kind=row.kind,
        attendee_code=row.attendee_code,
        attendee_name=str(detail.get("attendee_name") or ""),
        slot=detail.get("slot"),
        rule_decision=render_decision(detail.get("decision"), row.rule_decision, language),
        raised_at=row.raised_at,
        settled_at=row.settled_at,
        settled_by=row.settled_by,
        choice=row.choice,
        note=row.settlement_note,
        choices=CHOICES.get(row.kind, ()),
        detail=detail,
    )


def refresh_conflicts(session: Session, event_id: str) -> int:
    """Bring ``sync_conflicts`` in line with the data; returns how many conflicts are new."""
    derived = derive_conflicts(session, event_id)
    settlements: dict[str, ConflictSettlement] = {}
    for settlement in session.scalars(
        select(ConflictSettlement)
        .where(ConflictSettlement.event_id == event_id)
        .order_by(ConflictSettlement.settled_at, ConflictSettlement.id)
    ):
        settlements.setdefault(settlement.conflict_id, settlement)
    existing = {
        row.id: row
        for row in session.scalars(select(SyncConflict).where(SyncConflict.event_id == event_id))
    }
    new = 0
    for conflict_id, values in derived.items():
        settled = settlements.get(conflict_id)
        values.update(
            settled_at=settled.settled_at if settled else None,
            settled_by=settled.settled_by if settled else "",
            settlement_note=settled.note if settled else "",
            choice=settled.choice if settled else "",
        )
        row = existing.pop(conflict_id, None)
        if row is None:
            session.add(SyncConflict(event_id=event_id, **values))
            new += 1
            continue
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
    for stale in existing.values():
        session.delete(stale)
    session.flush()
    return new


def list_conflicts(
    session: Session, event: Event, open_only: bool = True, language: str | None = None
) -> list[ConflictView]:
    """The event's conflicts, open ones first, oldest first, decisions in ``language``
    (the environment's if None)."""
    query = select(SyncConflict).where(SyncConflict.event_id == event.id)
    if open_only:
        query = query.where(SyncConflict.settled_at.is_(None))
    rows = session.scalars(query).all()
    views = [_view(r, language) for r in rows]
    return sorted(views, key=lambda v: (v.settled, v.raised_at, v.id))


def count_open(session: Session, event_id: str) -> int:
    return len(
        session.scalars(
            select(SyncConflict.id).where(
                SyncConflict.event_id == event_id, SyncConflict.settled_at.is_(None)
            )
        ).all()
    )


def find_conflict(session: Session, event: Event, selector: str) -> SyncConflict:
    rows = session.scalars(select(SyncConflict).where(SyncConflict.event_id == event.id)).all()
    matches = [r for r in rows if matches_id(r.id, selector)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(f"No conflict '{selector}'; 'catchdesk sync conflicts' lists them.")
    raise CatchDeskError(f"'{selector}' matches {len(matches)} conflicts; give more of the id.")


def settle_conflict(
    session: Session,
    event: Event,
    conflict_id: str,
    choice: str,
    note: str = "",
    *,
    settled_by: str = "",
    checkin_id: str | None = None,
    slot_id: str | None = None,
    now: dt.datetime | None = None,
) -> ConflictView:
    """Record a person's decision on a conflict and make the change it asks for.

    ``revoke_one`` revokes ``checkin_id`` (default: the later of the two check-ins);
    ``rebooked`` books the person into ``slot_id`` (default: the next free slot on the same
    topic) and cancels the booking that lost its slot; ``cancelled`` only cancels it.
    """
    row = find_conflict(session, event, conflict_id)
    allowed = CHOICES.get(row.kind, ())
    if choice not in allowed:
        raise CatchDeskError(
            f"'{choice}' does not settle a {row.kind.replace('_', ' ')} conflict; "
            f"choose {' or '.join(allowed)}."
        )
    if row.settled_at is not None:
        raise CatchDeskError(
            f"Conflict {short_id(row.id)} was already settled ({row.choice}) by "
            f"{row.settled_by or 'another desk'}."
        )
    moment = now or utcnow()
    who = settled_by or str(session.info.get("device_name") or "")
    if choice == "revoke_one":
        _revoke_one(session, row, checkin_id, who, note)
    elif choice in ("rebooked", "cancelled"):
        _settle_booking(session, event, row, choice, slot_id, who, moment, note)
    session.add(
        ConflictSettlement(
            event_id=event.id,
            conflict_id=row.id,
            choice=choice,
            note=note.strip(),
            settled_by=who,
            settled_at=moment,
        )
    )
    session.flush()
    refresh_conflicts(session, event.id)
    session.refresh(row)
    return _view(row)


def _revoke_one(
    session: Session, row: SyncConflict, checkin_id: str | None, who: str, note: str
) -> None:
    pair = [c["id"] for c in row.detail.get("checkins", [])]
    if checkin_id is None:
        clocks = insert_clocks(session, pair)
        checkin_id = max(pair, key=lambda c: (clocks.get(c, ""), c))
    matching = [c for c in pair if matches_id(c, checkin_id)]
    if len(matching) != 1:
        raise CatchDeskError("Name one of the two check-ins of this conflict to revoke.")
    checkin = session.get(Checkin, matching[0])
    assert checkin is not None
    already = session.scalar(
        select(CheckinRevocation.id).where(CheckinRevocation.checkin_id == checkin.id)
    )
    if already is None:
        from catchdesk.core.undo import revoke_checkin

        revoke_checkin(session, checkin, desk=who, reason=note.strip() or "double admission")


def _settle_booking(
    session: Session,
    event: Event,
    row: SyncConflict,
    choice: str,
    slot_id: str | None,
    who: str,
    moment: dt.datetime,
    note: str,
) -> None:
    booking = session.get(Booking, row.entity_id)
    if booking is None:
        raise NotFoundError("The booking of this conflict is no longer in the store.")
    if choice == "rebooked":
        from catchdesk.core.coaching.booking import book

        book(
            session,
            event,
            booking.attendee_id,
            slot_id=slot_id,
            topic=booking.topic or None,
            language=booking.language or None,
            now=moment,
            booked_by=who,
        )
    if booking.status != BookingStatus.CANCELLED.value:
        booking.status = BookingStatus.CANCELLED.value
        session.add(
            BookingChange(
                event_id=event.id,
                booking_id=booking.id,
                status=BookingStatus.CANCELLED.value,
                changed_at=moment,
                note=note.strip() or choice,
            )
        )
    session.flush()
