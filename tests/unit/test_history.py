"""An attendee's history and corrections to their details."""

from __future__ import annotations

import datetime as dt

import pytest

from catchdesk.core.attendees import add_attendee
from catchdesk.core.badges import record_prints
from catchdesk.core.checkin import check_in_attendee
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.history import (
    BADGE_PRINTED,
    CHECKED_IN,
    REVOKED,
    attendee_history,
    update_attendee,
)
from catchdesk.core.models import Attendee, Checkin, Event
from catchdesk.core.search import search_attendees
from catchdesk.core.undo import revoke_checkin

T0 = dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def person_id(store, event):
    with store.write() as session:
        return add_attendee(
            session, session.get(Event, event.id), first_name="Lea", last_name="Bernard"
        ).id


def test_history_is_newest_first_with_every_kind(store, event, person_id):
    with store.write() as session:
        ev = session.get(Event, event.id)
        verdict = check_in_attendee(session, ev, person_id, desk="Desk 1", now=T0)
        checkin = session.get(Checkin, verdict.checkin_id)
        revoke_checkin(session, checkin, desk="Desk 2", reason="undo")
    with store.write() as session:
        ev = session.get(Event, event.id)
        check_in_attendee(session, ev, person_id, desk="Desk 2")
        record_prints(session, ev, [person_id], "a4-8", "printer", "Desk 2")
    with store.read() as session:
        items = attendee_history(session, person_id)
    kinds = [item.kind for item in items]
    assert sorted(kinds) == sorted([CHECKED_IN, CHECKED_IN, REVOKED, BADGE_PRINTED])
    assert kinds[-1] == CHECKED_IN and items[-1].desk == "Desk 1"
    times = [item.time for item in items]
    assert times == sorted(times, reverse=True)


def test_history_of_a_newcomer_is_empty(store, event, person_id):
    with store.read() as session:
        assert attendee_history(session, person_id) == []


def test_a_corrected_name_is_found_by_search(store, event, person_id):
    with store.read() as session:
        before = session.get(Attendee, person_id).updated_at
    with store.write() as session:
        update_attendee(session, person_id, last_name="Bernardé", email="lea@example.be")
    with store.read() as session:
        ev = session.get(Event, event.id)
        assert [h.attendee.id for h in search_attendees(session, ev, "bernarde")] == [person_id]
        person = session.get(Attendee, person_id)
        assert person.email == "lea@example.be"
        assert person.updated_at >= before


@pytest.mark.parametrize(
    "changes",
    [{"code": "X"}, {"first_name": "", "last_name": ""}, {"email": "nope"}, {"language": "de"}],
)
def test_bad_corrections_are_refused(store, event, person_id, changes):
    with pytest.raises(CatchDeskError), store.write() as session:
        update_attendee(session, person_id, **changes)


def test_history_lists_bookings_and_certificates(store):
    from cert_helpers import build_day
    from sqlalchemy import select

    from catchdesk.core.certificates import issue_certificate
    from catchdesk.core.demo import create_demo_event
    from catchdesk.core.history import BOOKING, CERTIFICATE_ISSUED
    from catchdesk.core.models import Booking

    day = build_day(store)
    with store.write() as session:
        event = session.get(Event, day.event_id)
        person = session.get(Attendee, day.came[0])
        issue_certificate(session, event, person, destination="test")
    with store.read() as session:
        kinds = [item.kind for item in attendee_history(session, day.came[0])]
    assert CERTIFICATE_ISSUED in kinds and CHECKED_IN in kinds

    with store.write() as session:
        create_demo_event(session, attendees=60, seed=11)
    with store.read() as session:
        booking = session.scalars(select(Booking).limit(1)).first()
        if booking is None:
            pytest.skip("the demo made no booking")
        items = attendee_history(session, booking.attendee_id)
    assert BOOKING in [item.kind for item in items]
