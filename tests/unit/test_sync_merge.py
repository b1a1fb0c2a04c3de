"""Merge rules: what two or three desks see after exchanging bundles in any order."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select
from sync_helpers import make_desks

from catchdesk.core.attendees import first_checkins
from catchdesk.core.checkin import check_in
from catchdesk.core.coaching.booking import book
from catchdesk.core.journal import JournalEntry
from catchdesk.core.models import (
    Attendee,
    Booking,
    BookingStatus,
    Checkin,
    CheckinRevocation,
    Enrolment,
    Workshop,
)
from catchdesk.core.store import open_store
from catchdesk.core.sync.apply import apply_entries
from catchdesk.core.sync.conflicts import list_conflicts, settle_conflict
from catchdesk.core.sync.entries import Entry
from catchdesk.core.undo import undo_last_checkin
from catchdesk.core.verdicts import Status
from catchdesk.core.workshop_editing import WorkshopDraft, create_workshop, delete_workshop


@pytest.fixture
def desks(tmp_path):
    made = make_desks(tmp_path, 3)
    yield made
    made.close()


def _check_in(desks, store, code, **kwargs):
    with store.write() as session:
        return check_in(session, desks.event(store), code, desk=store.device_name, **kwargs)


def _edit(store, attendee_id, **fields):
    with store.write() as session:
        person = session.get(Attendee, attendee_id)
        for name, value in fields.items():
            setattr(person, name, value)


def _person(store, attendee_id):
    with store.read() as session:
        return session.get(Attendee, attendee_id)


def _conflicts(desks, store, open_only=True):
    with store.read() as session:
        return list_conflicts(session, desks.event(store), open_only=open_only)


def test_importing_a_bundle_twice_changes_nothing(desks):
    a, b, _ = desks.stores
    _check_in(desks, a, desks.codes[0])
    assert desks.send(a, b) > 0
    before = desks.digest(b)
    assert desks.send(a, b) == 0
    assert desks.digest(b) == before
    with b.read() as session:
        assert session.scalar(select(func.count()).select_from(Checkin)) == 1


def test_entries_travel_from_a_to_c_through_b_with_their_origin(desks):
    a, b, c = desks.stores
    verdict = _check_in(desks, a, desks.codes[1])
    desks.send(a, b)
    desks.send(b, c)
    with c.read() as session:
        checkin = session.get(Checkin, verdict.checkin_id)
        assert checkin is not None and checkin.desk == "Desk 0"
        origin = session.scalar(
            select(JournalEntry.device_id).where(JournalEntry.entity_id == verdict.checkin_id)
        )
        assert origin == a.device_id
        arrivals = first_checkins(session, desks.event_id)
    assert desks.attendee_ids[1] in arrivals
    again = _check_in(desks, c, desks.codes[1])
    assert again.status is Status.ALREADY_CHECKED_IN
    assert desks.digest(a) == desks.digest(b) == desks.digest(c)


def test_an_older_edit_arriving_later_does_not_overwrite_a_newer_one(desks):
    a, b, c = desks.stores
    person = desks.attendee_ids[2]
    _edit(a, person, first_name="Older", email="older@example.be")
    time.sleep(0.005)
    _edit(b, person, first_name="Newer")
    desks.send(b, c)
    desks.send(a, c)
    assert _person(c, person).first_name == "Newer"
    assert _person(c, person).email == "older@example.be", "other fields of the edit still apply"
    desks.send(b, a)
    desks.send(a, b)
    for store in (a, b, c):
        assert _person(store, person).first_name == "Newer"
    assert desks.digest(a) == desks.digest(b) == desks.digest(c)


def test_a_local_edit_after_a_merge_wins_even_against_a_clock_ahead(desks, tmp_path):
    a, b, _ = desks.stores
    person = desks.attendee_ids[0]
    future = f"{int(time.time() * 1000) + 3_600_000:013d}-00000-{'f' * 36}"
    ahead = Entry(
        id="01900000-0000-7000-8000-00000000abcd",
        hlc=future,
        device_id="f" * 36,
        event_id=desks.event_id,
        entity="attendees",
        entity_id=person,
        op="update",
        payload={"organisation": "Fast clock SA", "event_id": desks.event_id},
    )
    with b.write() as session:
        apply_entries(session, [ahead])
    b.close()
    reopened = open_store(tmp_path / "desk-1.sqlite")
    desks.stores[1] = reopened
    _edit(reopened, person, organisation="Made after seeing it")
    desks.send(reopened, a)
    assert _person(a, person).organisation == "Made after seeing it"
    assert _person(reopened, person).organisation == "Made after seeing it"


def test_double_admission_keeps_both_checkins_and_one_conflict_via_two_paths(desks):
    a, b, c = desks.stores
    code = desks.codes[3]
    assert _check_in(desks, a, code).status is Status.CHECKED_IN
    assert _check_in(desks, b, code).status is Status.CHECKED_IN
    desks.send(a, c)
    desks.send(b, c)
    desks.send(c, a)
    desks.send(b, a)
    desks.send(a, b)
    for store in (a, b, c):
        with store.read() as session:
            assert session.scalar(select(func.count()).select_from(Checkin)) == 2
        found = _conflicts(desks, store)
        assert [(f.kind, f.attendee_code) for f in found] == [("double_admission", code)]
    ids = {_conflicts(desks, s)[0].id for s in (a, b, c)}
    assert len(ids) == 1
    assert desks.digest(a) == desks.digest(b) == desks.digest(c)


def test_settling_a_double_admission_revokes_the_later_checkin_everywhere(desks):
    a, b, c = desks.stores
    code = desks.codes[0]
    first = _check_in(desks, a, code)
    time.sleep(0.005)
    second = _check_in(desks, b, code)
    desks.send(b, a)
    conflict = _conflicts(desks, a)[0]
    with a.write() as session:
        view = settle_conflict(
            session, desks.event(a), conflict.short_id, "revoke_one", "same person twice"
        )
    assert view.settled and view.choice == "revoke_one"
    desks.send(a, b)
    desks.send(a, c)
    for store in (a, b, c):
        assert _conflicts(desks, store) == []
        settled = _conflicts(desks, store, open_only=False)
        assert settled[0].note == "same person twice"
        with store.read() as session:
            revoked = session.scalar(select(CheckinRevocation.checkin_id))
            assert revoked == second.checkin_id != first.checkin_id
    assert desks.digest(a) == desks.digest(b) == desks.digest(c)


def test_readmission_after_an_undo_is_not_a_conflict(desks):
    a, b, _ = desks.stores
    code = desks.codes[1]
    _check_in(desks, a, code)
    with a.write() as session:
        assert undo_last_checkin(session, desks.event(a), "Desk 0") is not None
    desks.send(a, b)
    assert _check_in(desks, b, code).status is Status.CHECKED_IN
    desks.send(b, a)
    assert _conflicts(desks, a) == [] and _conflicts(desks, b) == []


def test_a_slot_booked_twice_offline_goes_to_the_earlier_booking(tmp_path):
    desks = make_desks(tmp_path, 2, coaching=True)
    a, b = desks.stores
    slot = desks.slots[0]
    try:
        with a.write() as session:
            kept = book(
                session, desks.event(a), desks.attendee_ids[0], slot_id=slot, now=desks.at("08:00")
            )
        time.sleep(0.005)
        with b.write() as session:
            lost = book(
                session, desks.event(b), desks.attendee_ids[1], slot_id=slot, now=desks.at("08:00")
            )
        desks.send(b, a)
        desks.send(a, b)
        for store in (a, b):
            with store.read() as session:
                assert session.get(Booking, kept.id).status == BookingStatus.BOOKED
                assert session.get(Booking, lost.id).status == BookingStatus.TO_REBOOK
            found = _conflicts(desks, store)
            assert [(f.kind, f.attendee_code) for f in found] == [
                ("double_booking", desks.codes[1])
            ]
            assert found[0].slot["id"] == slot and found[0].slot["coach"] == "Sophie"
            assert desks.codes[1] in found[0].attendee_code
        assert desks.digest(a) == desks.digest(b)

        with b.write() as session:
            settle_conflict(
                session,
                desks.event(b),
                found[0].id,
                "rebooked",
                slot_id=desks.slots[1],
                now=desks.at("08:05"),
            )
        desks.send(b, a)
        for store in (a, b):
            with store.read() as session:
                assert session.get(Booking, lost.id).status == BookingStatus.CANCELLED
                moved = session.scalars(
                    select(Booking).where(
                        Booking.attendee_id == desks.attendee_ids[1],
                        Booking.status == BookingStatus.BOOKED,
                    )
                ).one()
                assert moved.slot_id == desks.slots[1]
            assert _conflicts(desks, store) == []
        assert desks.digest(a) == desks.digest(b)
    finally:
        desks.close()


def _workshop(desks, store):
    with store.write() as session:
        draft = WorkshopDraft("SEO basics", desks.at("11:00"), desks.at("12:00"), room="R1")
        return create_workshop(session, desks.event_id, draft).id


def test_a_workshop_deleted_on_one_desk_but_used_on_another_is_kept(desks):
    a, b, _ = desks.stores
    workshop = _workshop(desks, a)
    desks.send(a, b)
    with a.write() as session:
        delete_workshop(session, workshop, confirm=True)
    assert _check_in(desks, b, desks.codes[2], workshop_id=workshop).status is Status.CHECKED_IN
    desks.send(a, b)
    desks.send(b, a)
    for store in (a, b):
        with store.read() as session:
            assert session.get(Workshop, workshop) is not None
        assert [f.kind for f in _conflicts(desks, store)] == ["deleted_in_use"]
    assert desks.digest(a) == desks.digest(b)


def test_a_workshop_deleted_and_unused_stays_deleted(desks):
    a, b, _ = desks.stores
    workshop = _workshop(desks, a)
    desks.send(a, b)
    with a.write() as session:
        delete_workshop(session, workshop, confirm=True)
    desks.send(a, b)
    with b.read() as session:
        assert session.get(Workshop, workshop) is None
    assert desks.digest(a) == desks.digest(b)


def test_the_same_enrolment_made_twice_offline_is_kept_once(desks):
    a, b, _ = desks.stores
    workshop = _workshop(desks, a)
    desks.send(a, b)
    person = desks.attendee_ids[0]
    for store in (a, b):
        with store.write() as session:
            session.add(
                Enrolment(event_id=desks.event_id, attendee_id=person, workshop_id=workshop)
            )
        time.sleep(0.005)
    desks.send(b, a)
    desks.send(a, b)
    for store in (a, b):
        with store.read() as session:
            assert session.scalar(select(func.count()).select_from(Enrolment)) == 1
        assert [f.kind for f in _conflicts(desks, store)] == ["duplicate"]
    assert desks.digest(a) == desks.digest(b)


def test_the_sync_migration_matches_the_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from catchdesk.core.models import Base
    from catchdesk.core.sync.tables import LOCAL_TABLES

    store = open_store(tmp_path / "fresh.sqlite")
    try:
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            differences = [
                d for d in compare_metadata(context, Base.metadata) if "attendee_fts" not in str(d)
            ]
    finally:
        store.close()
    assert differences == []
    assert set(Base.metadata.tables) >= LOCAL_TABLES


def test_an_entry_that_would_write_into_another_event_is_refused(desks):
    from catchdesk.core.sync.errors import SyncError

    b = desks.stores[1]
    sneaky = Entry(
        id="01900000-0000-7000-8000-00000000beef",
        hlc=f"{int(time.time() * 1000):013d}-00000-{'e' * 36}",
        device_id="e" * 36,
        event_id="01900000-0000-7000-8000-000000000000",
        entity="attendees",
        entity_id="01900000-0000-7000-8000-00000000cafe",
        op="insert",
        payload={"event_id": desks.event_id, "code": "BBBBBBBBBBBBB", "first_name": "Intruder"},
    )
    before = desks.digest(b)
    with pytest.raises(SyncError, match="another event"), b.write() as session:
        apply_entries(session, [sneaky])
    assert desks.digest(b) == before


def test_clock_stamps_stay_in_order_past_the_counter_s_five_digits():
    from catchdesk.core.ids import HybridClock

    ahead = f"{int(time.time() * 1000) + 60_000:013d}-99998-{'c' * 36}"
    clock = HybridClock("d" * 36, ahead)
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 5
    assert all(s > ahead and len(s) == len(ahead) for s in stamps)
