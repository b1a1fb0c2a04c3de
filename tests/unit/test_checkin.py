"""Check-in rules: every verdict of DESIGN.md §5, undo, double fire, and what gets recorded."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from catchdesk.core.attendees import add_attendee
from catchdesk.core.checkin import (
    DOUBLE_FIRE_SECONDS,
    check_in,
    check_in_attendee,
)
from catchdesk.core.codes import format_code, make_code
from catchdesk.core.events import create_event
from catchdesk.core.journal import JournalEntry
from catchdesk.core.keyboard_layouts import garble
from catchdesk.core.models import (
    AttendeeStatus,
    Checkin,
    CheckinRevocation,
    Enrolment,
    Event,
    Workshop,
)
from catchdesk.core.timeutil import at_local
from catchdesk.core.undo import undo_last_checkin
from catchdesk.core.verdicts import Status

T0 = dt.datetime(2026, 11, 26, 8, 30, tzinfo=dt.UTC)


@pytest.fixture
def people(store, event):
    with store.write() as session:
        ev = session.get(Event, event.id)
        ada = add_attendee(
            session,
            ev,
            first_name="Hélène",
            last_name="Dupré",
            organisation="Boulangerie Dupré",
            email="helene@dupre.be",
            external_codes=["123456789012345001"],
        )
        bob = add_attendee(session, ev, first_name="Łukasz", last_name="Wójcik")
        gone = add_attendee(
            session, ev, first_name="Anna", last_name="Nowak", status=AttendeeStatus.CANCELLED
        )
        return {"helene": ada, "lukasz": bob, "cancelled": gone}


def scan(store, event, text, *, desk="Desk 1", workshop=None, now=T0):
    with store.write() as session:
        ev = session.get(Event, event.id)
        verdict = check_in(
            session, ev, text, desk=desk, workshop_id=workshop, now=now, language="en"
        )
        verdict.document = verdict.to_dict()
        return verdict


def count(store, model):
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_first_scan_admits_and_records_desk_and_time(store, event, people):
    verdict = scan(store, event, people["helene"].code)
    assert verdict.status is Status.CHECKED_IN
    assert verdict.attendee.last_name == "Dupré"
    assert verdict.message == "Welcome, Hélène Dupré!"
    with store.read() as session:
        checkin = session.scalars(select(Checkin)).one()
    assert (checkin.desk, checkin.scanned_at, checkin.device_id) == ("Desk 1", T0, store.device_id)
    document = verdict.document
    assert document["status"] == "checked_in"
    assert document["attendee"]["checked_in_at"] == "2026-11-26T09:30:00+01:00"
    assert document["first_checkin_at"] == "2026-11-26T09:30:00+01:00"


def test_second_scan_elsewhere_says_when_and_where(store, event, people):
    scan(store, event, people["helene"].code, desk="Desk 1")
    later = T0 + dt.timedelta(minutes=12)
    verdict = scan(store, event, people["helene"].code, desk="Desk 3", now=later)
    assert verdict.status is Status.ALREADY_CHECKED_IN
    assert verdict.desk == "Desk 1"
    assert verdict.first_checkin_at == T0
    assert "09:30" in verdict.message and "Desk 1" in verdict.message
    assert count(store, Checkin) == 1


def test_scanner_double_fire_repeats_the_welcome(store, event, people):
    first = scan(store, event, people["helene"].code)
    again = scan(store, event, people["helene"].code, now=T0 + dt.timedelta(seconds=1.5))
    assert again.status is Status.CHECKED_IN and again.repeated
    assert again.checkin_id == first.checkin_id
    assert count(store, Checkin) == 1
    late = T0 + dt.timedelta(seconds=DOUBLE_FIRE_SECONDS + 1)
    assert scan(store, event, people["helene"].code, now=late).status is Status.ALREADY_CHECKED_IN


def test_same_code_at_another_desk_within_seconds_is_already_checked_in(store, event, people):
    scan(store, event, people["helene"].code, desk="Desk 1")
    other = scan(
        store, event, people["helene"].code, desk="Desk 2", now=T0 + dt.timedelta(seconds=1)
    )
    assert other.status is Status.ALREADY_CHECKED_IN


def test_codes_are_read_case_insensitively_and_with_dashes(store, event, people):
    code = people["helene"].code
    assert scan(store, event, format_code(code).lower()).status is Status.CHECKED_IN


def test_external_code_through_a_wrong_keyboard_layout(store, event, people):
    garbled = garble("123456789012345001", "us", "be")
    assert garbled != "123456789012345001"
    verdict = scan(store, event, garbled + "\r\n")
    assert verdict.status is Status.CHECKED_IN
    assert verdict.attendee.first_name == "Hélène"


def test_unknown_invalid_and_other_event_are_told_apart(store, event, people):
    assert scan(store, event, "999999999").status is Status.UNKNOWN
    code = people["helene"].code
    altered = code[:-1] + ("B" if code[-1] != "B" else "C")
    assert scan(store, event, altered).status is Status.INVALID
    with store.write() as session:
        other = create_event(session, "Salon de Liège", dt.date(2026, 12, 3))
        foreign = add_attendee(session, other, first_name="Marc", last_name="Lejeune")
        foreign_code = foreign.code
    verdict = scan(store, event, foreign_code)
    assert verdict.status is Status.OTHER_EVENT
    assert "Salon de Liège" in verdict.message
    valid_nobody = make_code(event.tag, "BBBBB", event.ticket_secret)
    assert scan(store, event, valid_nobody).status is Status.UNKNOWN
    assert count(store, Checkin) == 0


def test_empty_or_garbage_scans_are_unknown(store, event, people):
    for text in ["", "   ", "\x02\x03", "]Q1"]:
        assert scan(store, event, text).status is Status.UNKNOWN


def test_cancelled_registration_is_refused(store, event, people):
    verdict = scan(store, event, people["cancelled"].code)
    assert verdict.status is Status.CANCELLED
    assert verdict.severity == "refused"
    assert count(store, Checkin) == 0


def test_undo_revokes_the_last_checkin_of_this_desk_only(store, event, people):
    scan(store, event, people["helene"].code, desk="Desk 1")
    scan(store, event, people["lukasz"].code, desk="Desk 2", now=T0 + dt.timedelta(seconds=20))
    with store.write() as session:
        undone = undo_last_checkin(session, session.get(Event, event.id), "Desk 1")
    assert undone.attendee.last_name == "Dupré"
    assert count(store, Checkin) == 2
    assert count(store, CheckinRevocation) == 1
    again = scan(store, event, people["helene"].code, now=T0 + dt.timedelta(minutes=1))
    assert again.status is Status.CHECKED_IN and not again.repeated
    with store.write() as session:
        assert undo_last_checkin(session, session.get(Event, event.id), "Desk 9") is None


def test_checkins_and_revocations_are_journaled(store, event, people):
    scan(store, event, people["helene"].code)
    with store.write() as session:
        undo_last_checkin(session, session.get(Event, event.id), "Desk 1")
    with store.read() as session:
        ops = set(
            session.execute(
                select(JournalEntry.entity, JournalEntry.op).where(
                    JournalEntry.entity.in_(["checkins", "checkin_revocations"])
                )
            ).all()
        )
    assert ops == {("checkins", "insert"), ("checkin_revocations", "insert")}


def test_check_in_by_search_follows_the_same_rules(store, event, people):
    with store.write() as session:
        ev = session.get(Event, event.id)
        first = check_in_attendee(session, ev, people["lukasz"].id, desk="Desk 1", now=T0)
        second = check_in_attendee(
            session, ev, people["lukasz"].id, desk="Desk 2", now=T0 + dt.timedelta(minutes=1)
        )
    assert first.status is Status.CHECKED_IN
    assert second.status is Status.ALREADY_CHECKED_IN


@pytest.fixture
def workshops(store, event):
    day = event.starts_on
    with store.write() as session:
        open_room = Workshop(
            event_id=event.id,
            title="Créer son site web",
            room="Salle Meuse",
            starts_at=at_local(day, 10, 0, event.timezone),
            ends_at=at_local(day, 11, 0, event.timezone),
            capacity=2,
        )
        closed = Workshop(
            event_id=event.id,
            title="Référencement",
            room="Labo",
            starts_at=at_local(day, 11, 0, event.timezone),
            ends_at=at_local(day, 12, 0, event.timezone),
            capacity=10,
            enrolment_required=True,
        )
        session.add_all([open_room, closed])
        session.flush()
        return {"open": open_room.id, "closed": closed.id}


def test_door_admits_counts_and_also_admits_to_the_event(store, event, people, workshops):
    verdict = scan(store, event, people["helene"].code, workshop=workshops["open"])
    assert verdict.status is Status.CHECKED_IN
    assert verdict.inside == 1
    assert "Créer son site web" in verdict.message
    entrance = scan(store, event, people["helene"].code, now=T0 + dt.timedelta(minutes=5))
    assert entrance.status is Status.ALREADY_CHECKED_IN


def test_door_refuses_when_full(store, event, people, workshops):
    with store.write() as session:
        ev = session.get(Event, event.id)
        extra = add_attendee(session, ev, first_name="Noémie", last_name="Lambert").code
    scan(store, event, people["helene"].code, workshop=workshops["open"])
    scan(store, event, people["lukasz"].code, workshop=workshops["open"])
    verdict = scan(store, event, extra, workshop=workshops["open"])
    assert verdict.status is Status.FULL
    assert verdict.document["workshop"]["inside"] == 2
    with store.write() as session:
        undo_last_checkin(session, session.get(Event, event.id), "Desk 1")
    assert scan(store, event, extra, workshop=workshops["open"]).status is Status.CHECKED_IN


def test_door_refuses_people_not_enrolled(store, event, people, workshops):
    verdict = scan(store, event, people["lukasz"].code, workshop=workshops["closed"])
    assert verdict.status is Status.NOT_ENROLLED
    assert verdict.severity == "warning"
    with store.write() as session:
        session.add(
            Enrolment(
                event_id=event.id, attendee_id=people["lukasz"].id, workshop_id=workshops["closed"]
            )
        )
    assert (
        scan(store, event, people["lukasz"].code, workshop=workshops["closed"]).status
        is Status.CHECKED_IN
    )


def test_door_second_scan_is_already_inside(store, event, people, workshops):
    scan(store, event, people["helene"].code, workshop=workshops["open"])
    verdict = scan(
        store,
        event,
        people["helene"].code,
        workshop=workshops["open"],
        now=T0 + dt.timedelta(minutes=2),
    )
    assert verdict.status is Status.ALREADY_CHECKED_IN
    assert verdict.inside == 1


def test_verdict_messages_follow_the_language(store, event, people):
    with store.write() as session:
        ev = session.get(Event, event.id)
        fr = check_in(session, ev, "nothing", desk="D", language="fr")
        nl = check_in(session, ev, "nothing", desk="D", language="nl")
    assert fr.message.startswith("Code inconnu")
    assert nl.message.startswith("Onbekende code")
