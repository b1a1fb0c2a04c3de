"""Merging duplicates: everything follows the survivor, nothing is deleted, old codes still work."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from catchdesk.core.attendees import add_attendee
from catchdesk.core.badges import printed_ids, record_prints
from catchdesk.core.checkin import check_in, standing_checkins
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.events import create_event
from catchdesk.core.journal import JournalEntry
from catchdesk.core.merge import (
    HANDLED,
    MERGED_CODE_SYSTEM,
    CertificateOutcome,
    MergeRefused,
    merge_attendees,
    merged_into,
    person_tables,
    preview_merge,
)
from catchdesk.core.models import (
    Attendee,
    AttendeeStatus,
    Booking,
    Certificate,
    Checkin,
    Coach,
    CoachSlot,
    Enrolment,
    Event,
    ExternalCode,
    Workshop,
)
from catchdesk.core.search import search_attendees
from catchdesk.core.stats import headline_counts
from catchdesk.core.undo import undo_last_checkin
from catchdesk.core.verdicts import Status

T0 = dt.datetime(2026, 11, 26, 8, 30, tzinfo=dt.UTC)


@pytest.fixture
def pair(store, event):
    """Hélène registered twice: once with her e-mail, once (the duplicate) with her phone."""
    with store.write() as session:
        ev = session.get(Event, event.id)
        keep = add_attendee(
            session, ev, first_name="Hélène", last_name="Dupré", email="helene@dupre.be"
        )
        dup = add_attendee(
            session,
            ev,
            first_name="Helene",
            last_name="Dupre",
            phone="+32 470 12 34 56",
            organisation="Boulangerie Dupré",
            sector="commerce de détail",
            external_codes=["EB-555-001"],
        )
        workshops = [
            Workshop(
                event_id=ev.id,
                title=title,
                room=room,
                starts_at=T0 + dt.timedelta(hours=1),
                ends_at=T0 + dt.timedelta(hours=2),
            )
            for title, room in (("Site web", "Meuse"), ("SEO", "Sambre"))
        ]
        session.add_all(workshops)
        session.flush()
        return {"keep": keep.id, "dup": dup.id, "dup_code": dup.code,
                "workshops": [w.id for w in workshops]}  # fmt: skip


def scan(store, event, text, *, desk="Desk 1", workshop=None, now=T0):
    with store.write() as session:
        ev = session.get(Event, event.id)
        return check_in(session, ev, text, desk=desk, workshop_id=workshop, now=now)


def merge(store, keep, dup, desk="Organiser"):
    with store.write() as session:
        return merge_attendees(session, keep, dup, desk=desk)


def count(store, model):
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_check_ins_move_to_the_survivor_and_nothing_is_deleted(store, event, pair):
    scan(store, event, pair["dup_code"], desk="Desk 2")
    scan(store, event, pair["dup_code"], workshop=pair["workshops"][0],
         now=T0 + dt.timedelta(hours=1))  # fmt: skip
    before = count(store, Checkin)
    journal_before = count(store, JournalEntry)

    result = merge(store, pair["keep"], pair["dup"])

    assert result.checkins == 2
    assert count(store, Checkin) == before + 2  # copies; the originals stay
    assert count(store, JournalEntry) > journal_before
    with store.read() as session:
        entrance = standing_checkins(session, pair["keep"], None)
        door = standing_checkins(session, pair["keep"], pair["workshops"][0])
        assert [(row.desk, row.scanned_at) for row in entrance] == [("Desk 2", T0)]
        assert len(door) == 1
        assert standing_checkins(session, pair["dup"], None) == []
        assert session.get(Attendee, pair["dup"]).status == AttendeeStatus.MERGED
        logged = session.scalars(
            select(JournalEntry.entity).where(JournalEntry.entity_id == pair["dup"])
        ).all()
        assert "attendees" in logged


def test_an_undone_check_in_stays_undone_on_the_survivor(store, event, pair):
    scan(store, event, pair["dup_code"], desk="Desk 2")
    with store.write() as session:
        undo_last_checkin(session, session.get(Event, event.id), "Desk 2")
    merge(store, pair["keep"], pair["dup"])
    with store.read() as session:
        assert standing_checkins(session, pair["keep"], None) == []
        copies = session.scalars(select(Checkin).where(Checkin.attendee_id == pair["keep"]))
        assert len(list(copies)) == 1


def test_the_duplicates_ticket_code_checks_in_the_survivor(store, event, pair):
    merge(store, pair["keep"], pair["dup"])
    verdict = scan(store, event, pair["dup_code"])
    assert verdict.status is Status.CHECKED_IN
    assert verdict.attendee.id == pair["keep"]
    assert scan(store, event, "EB-555-001", desk="Desk 3").attendee.id == pair["keep"]
    with store.read() as session:
        assert merged_into(session, pair["dup"]).id == pair["keep"]
        system = session.scalar(
            select(ExternalCode.system).where(ExternalCode.code == pair["dup_code"])
        )
        assert system == MERGED_CODE_SYSTEM


def test_bookings_enrolments_and_badge_prints_follow(store, event, pair):
    site, seo = pair["workshops"]
    with store.write() as session:
        ev = session.get(Event, event.id)
        coach = Coach(event_id=ev.id, name="Camille", organisation="Agence Web")
        session.add(coach)
        session.flush()
        slot = CoachSlot(event_id=ev.id, coach_id=coach.id, starts_at=T0,
                         ends_at=T0 + dt.timedelta(minutes=20))  # fmt: skip
        session.add(slot)
        session.flush()
        session.add(Booking(event_id=ev.id, slot_id=slot.id, attendee_id=pair["dup"]))
        session.add(Enrolment(event_id=ev.id, attendee_id=pair["dup"], workshop_id=site))
        session.add(Enrolment(event_id=ev.id, attendee_id=pair["dup"], workshop_id=seo))
        session.add(Enrolment(event_id=ev.id, attendee_id=pair["keep"], workshop_id=seo))
        record_prints(session, ev, [pair["dup"]], "a4-8", "printer", "Desk 1")
    enrolments_before = count(store, Enrolment)

    result = merge(store, pair["keep"], pair["dup"])

    assert result.other_rows == {"bookings": 1}
    assert (result.enrolments, result.enrolments_already_held) == (1, 1)
    assert result.badge_prints == 1
    assert count(store, Enrolment) == enrolments_before
    with store.read() as session:
        assert session.scalar(select(Booking.attendee_id)) == pair["keep"]
        mine = set(
            session.scalars(
                select(Enrolment.workshop_id).where(Enrolment.attendee_id == pair["keep"])
            )
        )
        assert mine == {site, seo}
        assert pair["keep"] in printed_ids(session, session.get(Event, event.id))


def test_empty_details_are_filled_and_the_survivors_are_kept(store, event, pair):
    with store.read() as session:
        preview = preview_merge(session, pair["keep"], pair["dup"])
    assert preview["first_name"] == "Hélène"
    assert preview["phone"] == "+32 470 12 34 56"
    result = merge(store, pair["keep"], pair["dup"])
    assert set(result.filled) == {"phone", "organisation", "sector"}
    with store.read() as session:
        keep = session.get(Attendee, pair["keep"])
        assert (keep.first_name, keep.email, keep.organisation) == (
            "Hélène", "helene@dupre.be", "Boulangerie Dupré")  # fmt: skip


def test_search_and_counts_see_one_person(store, event, pair):
    with store.read() as session:
        ev = session.get(Event, event.id)
        assert len(search_attendees(session, ev, "dupre")) == 2
        assert headline_counts(session, event.id) == (0, 2)
    merge(store, pair["keep"], pair["dup"])
    with store.read() as session:
        ev = session.get(Event, event.id)
        hits = search_attendees(session, ev, "boulangerie")
        assert [hit.attendee.id for hit in hits] == [pair["keep"]]
        assert headline_counts(session, event.id) == (0, 1)


def test_certificates_keep_the_survivors_when_both_have_one(store, event, pair):
    with store.write() as session:
        for person, serial in ((pair["keep"], "S-1"), (pair["dup"], "S-2")):
            session.add(Certificate(event_id=event.id, attendee_id=person, serial=serial))
    assert merge(store, pair["keep"], pair["dup"]).certificate is CertificateOutcome.KEPT_SURVIVORS
    with store.read() as session:
        held = dict(session.execute(select(Certificate.serial, Certificate.attendee_id)).all())
    assert held == {"S-1": pair["keep"], "S-2": pair["dup"]}


def test_a_lone_certificate_moves(store, event, pair):
    with store.write() as session:
        session.add(Certificate(event_id=event.id, attendee_id=pair["dup"], serial="S-2"))
    assert merge(store, pair["keep"], pair["dup"]).certificate is CertificateOutcome.MOVED
    with store.read() as session:
        assert session.scalar(select(Certificate.attendee_id)) == pair["keep"]


def test_refusals(store, event, pair):
    with pytest.raises(MergeRefused, match="themselves"):
        merge(store, pair["keep"], pair["keep"])
    with store.write() as session:
        other_event = create_event(session, "Another day", dt.date(2026, 12, 3))
        stranger = add_attendee(session, other_event, first_name="Hélène", last_name="Dupré")
    with pytest.raises(MergeRefused, match="different events"):
        merge(store, pair["keep"], stranger.id)
    merge(store, pair["keep"], pair["dup"])
    with pytest.raises(MergeRefused, match="already merged"):
        merge(store, pair["keep"], pair["dup"])
    with store.read() as session:
        assert session.get(Attendee, pair["keep"]).status == AttendeeStatus.REGISTERED


def test_a_refused_merge_changes_nothing(store, event, pair):
    scan(store, event, pair["dup_code"])
    journal = count(store, JournalEntry)
    with pytest.raises(MergeRefused):
        merge(store, pair["dup"], pair["dup"])
    assert count(store, JournalEntry) == journal


def test_every_table_that_names_a_person_is_merged():
    """A new append-only table with an attendee in it needs its own rule in merge.py."""
    for model in person_tables():
        assert model.__tablename__ in HANDLED or not model.append_only, model.__tablename__


def test_a_merged_record_can_no_longer_be_corrected(store, event, pair):
    from catchdesk.core.history import update_attendee

    merge(store, pair["keep"], pair["dup"])
    with (
        pytest.raises(CatchDeskError, match="correct the record that was kept"),
        store.write() as session,
    ):
        update_attendee(session, pair["dup"], first_name="Hélène")
    with store.read() as session:
        hits = search_attendees(session, session.get(Event, event.id), "helene dupre")
    assert [hit.attendee.id for hit in hits] == [pair["keep"]]
