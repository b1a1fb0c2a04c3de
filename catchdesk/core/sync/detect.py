"""Merge rules that need a person: what collided, what the rule decided, derived from the data.

Every conflict is a function of the synced data alone (rows, their insert clocks, settlements),
so two stores holding the same entries list the same conflicts with the same ids, whichever
path the entries took. The list is kept in ``sync_conflicts`` and refreshed after each merge.

- **Double admission**: two check-ins of one person at one place (the entrance or a workshop
  door), made on two devices, that were both standing at once in clock order — the second desk
  could not have known of the first. Both are kept; the first counts as the arrival.
- **Slot booked twice**: two bookings holding one coaching slot. The booking inserted first (by
  clock) keeps it; the other becomes ``to_rebook`` with a history step, written here as a local
  change so every desk learns it (a desk that decides the same writes the same step id).
- **Deleted but in use** and **duplicate** rows: see :mod:`.rows`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catchdesk.core.coaching.common import HOLDING
from catchdesk.core.models import (
    Attendee,
    Booking,
    BookingChange,
    BookingStatus,
    Checkin,
    CheckinRevocation,
    Coach,
    CoachSlot,
    Event,
    Workshop,
)
from catchdesk.core.sync.entries import synced_tables
from catchdesk.core.sync.index import INSERT_FIELD
from catchdesk.core.sync.tables import FieldClock, RowAlias, Tombstone
from catchdesk.core.sync.texts import decision
from catchdesk.core.timeutil import local_time, utcnow

NAMESPACE = uuid.UUID("0b3c8f52-6d8e-4f4c-9a57-5f1d7c1e2a90")
DOUBLE_ADMISSION = "double_admission"
DOUBLE_BOOKING = "double_booking"
DELETED_IN_USE = "deleted_in_use"
DUPLICATE = "duplicate"


def derived_id(*parts: str) -> str:
    """The same id on every store for the same collision."""
    return str(uuid.uuid5(NAMESPACE, ":".join(parts)))


def clock_time(clock: str | None) -> dt.datetime:
    """The wall time of a hybrid clock stamp (its first 13 digits are milliseconds)."""
    if not clock:
        return utcnow()
    return dt.datetime.fromtimestamp(int(clock[:13]) / 1000, dt.UTC)


def insert_clocks(session: Session, ids: Iterable[str]) -> dict[str, str]:
    wanted = list(ids)
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        found.update(
            session.execute(
                select(FieldClock.entity_id, FieldClock.clock).where(
                    FieldClock.entity_id.in_(wanted[start : start + 500]),
                    FieldClock.field == INSERT_FIELD,
                )
            ).all()
        )
    return found


def mark_double_bookings(session: Session, event_id: str) -> int:
    """Give each doubly held slot to its first booking; the others become ``to_rebook``."""
    slots = session.scalars(
        select(Booking.slot_id)
        .where(Booking.event_id == event_id, Booking.status.in_(HOLDING))
        .group_by(Booking.slot_id)
        .having(func.count() > 1)
    ).all()
    marked = 0
    for slot_id in slots:
        holding = list(
            session.scalars(
                select(Booking).where(Booking.slot_id == slot_id, Booking.status.in_(HOLDING))
            )
        )
        clocks = insert_clocks(session, [b.id for b in holding])
        holding.sort(key=lambda b: (clocks.get(b.id, ""), b.id))
        keeper = holding[0]
        for booking in holding[1:]:
            _to_rebook(session, booking, keeper)
            marked += 1
    if marked:
        session.flush()
    return marked


def _to_rebook(session: Session, booking: Booking, keeper: Booking) -> None:
    status_clock = session.scalar(
        select(FieldClock.clock).where(
            FieldClock.entity_id == booking.id, FieldClock.field == "status"
        )
    )
    step_id = derived_id("to_rebook", booking.id, status_clock or "")
    booking.status = BookingStatus.TO_REBOOK.value
    if session.get(BookingChange, step_id) is None:
        session.add(
            BookingChange(
                id=step_id,
                event_id=booking.event_id,
                booking_id=booking.id,
                status=BookingStatus.TO_REBOOK.value,
                note=f"slot kept by booking {keeper.id}",
            )
        )


def derive_conflicts(session: Session, event_id: str) -> dict[str, dict[str, Any]]:
    """Every conflict of an event, by id, as column values of ``sync_conflicts``."""
    found: dict[str, dict[str, Any]] = {}
    for conflict in (
        *_double_admissions(session, event_id),
        *_double_bookings(session, event_id),
        *_deleted_in_use(session, event_id),
        *_duplicates(session, event_id),
    ):
        found[conflict["id"]] = conflict
    return found


def _conflict(kind: str, conflict_id: str, entity: str, entity_id: str, **values: Any) -> dict:
    return {
        "id": conflict_id,
        "kind": kind,
        "entity": entity,
        "entity_id": entity_id,
        "attendee_code": values.pop("attendee_code", ""),
        "slot_id": values.pop("slot_id", None),
        "rule_decision": "",
        "raised_at": values.pop("raised_at"),
        "detail": values,
    }


def _double_admissions(session: Session, event_id: str) -> list[dict[str, Any]]:
    places = session.execute(
        select(Checkin.attendee_id, Checkin.workshop_id)
        .where(Checkin.event_id == event_id)
        .group_by(Checkin.attendee_id, Checkin.workshop_id)
        .having(func.count() > 1)
    ).all()
    conflicts: list[dict[str, Any]] = []
    for attendee_id, workshop_id in places:
        place = (
            Checkin.workshop_id == workshop_id
            if workshop_id is not None
            else Checkin.workshop_id.is_(None)
        )
        rows = session.execute(
            select(Checkin, CheckinRevocation.id)
            .outerjoin(CheckinRevocation, CheckinRevocation.checkin_id == Checkin.id)
            .where(Checkin.attendee_id == attendee_id, place)
        ).all()
        clocks = insert_clocks(session, [c.id for c, _ in rows] + [r for _, r in rows if r])
        spans = sorted(
            ((clocks.get(c.id, ""), clocks.get(r, "~") if r else "~", c, r) for c, r in rows),
            key=lambda s: (s[0], s[2].id),
        )
        for index, (_start, end_a, first, _) in enumerate(spans):
            for start_b, _end_b, second, _ in spans[index + 1 :]:
                if start_b >= end_a or _device(first) == _device(second):
                    continue
                conflicts.append(
                    _admission(session, first, second, workshop_id, [s[2:] for s in spans], start_b)
                )
    return conflicts


def _hhmm(session: Session, event_id: str, moment: dt.datetime) -> str:
    event = session.get(Event, event_id)
    return local_time(moment, event.timezone if event else "UTC").strftime("%H:%M")


def _device(checkin: Checkin) -> str:
    return checkin.device_id or checkin.origin_device_id or ""


def _admission(
    session: Session,
    first: Checkin,
    second: Checkin,
    workshop_id: str | None,
    all_checkins: list[tuple[Checkin, str | None]],
    second_clock: str,
) -> dict[str, Any]:
    attendee = session.get(Attendee, first.attendee_id)
    workshop = session.get(Workshop, workshop_id) if workshop_id else None
    name = attendee.full_name if attendee else first.attendee_id
    first_time = _hhmm(session, first.event_id, first.scanned_at)
    return _conflict(
        DOUBLE_ADMISSION,
        derived_id(DOUBLE_ADMISSION, *sorted((first.id, second.id))),
        "checkins",
        second.id,
        attendee_code=attendee.code if attendee else "",
        decision=(
            decision(
                "double_admission.workshop",
                name=name,
                workshop=workshop.title,
                desk=first.desk or "?",
                time=first_time,
            )
            if workshop
            else decision(
                "double_admission.entrance", name=name, desk=first.desk or "?", time=first_time
            )
        ),
        raised_at=clock_time(second_clock),
        attendee_id=first.attendee_id,
        attendee_name=name,
        workshop_id=workshop_id,
        workshop=workshop.title if workshop else None,
        checkins=[_checkin_detail(c, r) for c, r in all_checkins if c.id in (first.id, second.id)],
    )


def _checkin_detail(checkin: Checkin, revocation_id: str | None) -> dict[str, Any]:
    return {
        "id": checkin.id,
        "desk": checkin.desk,
        "device_id": _device(checkin),
        "scanned_at": checkin.scanned_at.isoformat(),
        "revoked": revocation_id is not None,
    }


def _double_bookings(session: Session, event_id: str) -> list[dict[str, Any]]:
    marked = session.scalars(
        select(BookingChange.booking_id)
        .where(
            BookingChange.event_id == event_id,
            BookingChange.status == BookingStatus.TO_REBOOK.value,
        )
        .distinct()
    ).all()
    conflicts: list[dict[str, Any]] = []
    for booking_id in marked:
        booking = session.get(Booking, booking_id)
        if booking is None:
            continue
        slot = session.get(CoachSlot, booking.slot_id)
        coach = session.get(Coach, slot.coach_id) if slot else None
        attendee = session.get(Attendee, booking.attendee_id)
        keeper = _keeper(session, booking, set(marked))
        keeper_person = session.get(Attendee, keeper.attendee_id) if keeper else None
        name = attendee.full_name if attendee else booking.attendee_id
        when = _hhmm(session, event_id, slot.starts_at) if slot else "?"
        coach_name = coach.name if coach else "?"
        clocks = insert_clocks(session, [booking.id])
        conflicts.append(
            _conflict(
                DOUBLE_BOOKING,
                derived_id("to_rebook", booking.id),
                "bookings",
                booking.id,
                attendee_code=attendee.code if attendee else "",
                slot_id=booking.slot_id,
                decision=(
                    decision(
                        "double_booking.kept_by",
                        coach=coach_name,
                        time=when,
                        keeper=keeper_person.full_name,
                        name=name,
                    )
                    if keeper_person
                    else decision("double_booking", coach=coach_name, time=when, name=name)
                ),
                raised_at=clock_time(clocks.get(booking.id)),
                booking_id=booking.id,
                attendee_id=booking.attendee_id,
                attendee_name=name,
                status=booking.status,
                slot={
                    "id": booking.slot_id,
                    "coach_id": slot.coach_id if slot else None,
                    "coach": coach_name,
                    "starts_at": slot.starts_at.isoformat() if slot else None,
                },
                kept_by={
                    "booking_id": keeper.id if keeper else None,
                    "attendee_code": keeper_person.code if keeper_person else "",
                    "attendee_name": keeper_person.full_name if keeper_person else "",
                },
            )
        )
    return conflicts


def _keeper(session: Session, booking: Booking, marked: set[str]) -> Booking | None:
    others = [
        b
        for b in session.scalars(select(Booking).where(Booking.slot_id == booking.slot_id))
        if b.id != booking.id and b.id not in marked
    ]
    if not others:
        return None
    clocks = insert_clocks(session, [b.id for b in others])
    return min(others, key=lambda b: (clocks.get(b.id, ""), b.id))


def _deleted_in_use(session: Session, event_id: str) -> list[dict[str, Any]]:
    from catchdesk.core.sync.rows import RowKeeper

    keeper = RowKeeper(session)
    tables = synced_tables()
    conflicts: list[dict[str, Any]] = []
    for stone in session.scalars(select(Tombstone).where(Tombstone.event_id == event_id)):
        info = tables.get(stone.entity)
        if info is None or not keeper.exists(info, stone.entity_id):
            continue
        workshop = session.get(Workshop, stone.entity_id) if stone.entity == "workshops" else None
        conflicts.append(
            _conflict(
                DELETED_IN_USE,
                derived_id(DELETED_IN_USE, stone.entity_id),
                stone.entity,
                stone.entity_id,
                decision=(
                    decision("deleted_in_use.workshop", workshop=workshop.title)
                    if workshop
                    else decision(DELETED_IN_USE, entity=stone.entity)
                ),
                raised_at=clock_time(stone.clock),
                workshop=workshop.title if workshop else None,
            )
        )
    return conflicts


def _duplicates(session: Session, event_id: str) -> list[dict[str, Any]]:
    conflicts: list[dict[str, Any]] = []
    for alias in session.scalars(select(RowAlias).where(RowAlias.event_id == event_id)):
        key = ", ".join(f"{k}={v}" for k, v in sorted(alias.key.items()))
        conflicts.append(
            _conflict(
                DUPLICATE,
                derived_id(DUPLICATE, alias.loser_id),
                alias.entity,
                alias.loser_id,
                decision=decision(DUPLICATE, entity=alias.entity, key=key),
                raised_at=clock_time(
                    insert_clocks(session, [alias.winner_id]).get(alias.winner_id)
                ),
                kept=alias.winner_id,
                dropped=alias.loser_id,
                key=alias.key,
            )
        )
    return conflicts


def detect_and_record(session: Session, event_id: str) -> int:
    """Apply the rules that write (slots booked twice), then refresh the conflict list.

    Returns how many conflicts are new on this store.
    """
    from catchdesk.core.sync.conflicts import refresh_conflicts

    mark_double_bookings(session, event_id)
    return refresh_conflicts(session, event_id)
