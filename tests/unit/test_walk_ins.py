"""Walk-ins: registered and admitted in one go, never twice under one e-mail."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from catchdesk.core.attendees import add_attendee, first_checkins
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.models import Attendee, Event
from catchdesk.core.search import search_attendees
from catchdesk.core.verdicts import Status
from catchdesk.core.walk_ins import DuplicateAttendee, looks_like_email, register_walk_in


def walk_in(session, event, **overrides):
    fields = {
        "first_name": "Amélie",
        "last_name": "Dupont",
        "email": "amelie@boulangerie.be",
        "organisation": "Boulangerie Dupont",
        "sector": "artisanat",
        "consent": True,
        "desk": "Desk 3",
    }
    fields.update(overrides)
    return register_walk_in(session, event, **fields)


def test_a_walk_in_is_registered_and_checked_in(store, event):
    with store.write() as session:
        attendee, verdict = walk_in(session, session.get(Event, event.id))
        attendee_id = attendee.id
    assert verdict.status is Status.CHECKED_IN
    assert verdict.desk == "Desk 3"
    with store.read() as session:
        person = session.get(Attendee, attendee_id)
        assert person.source == "walk_in"
        assert person.consent is True
        assert person.sector == "artisanat"
        assert attendee_id in first_checkins(session, event.id, [attendee_id])
        hits = search_attendees(session, session.get(Event, event.id), "amelie")
        assert [hit.attendee.id for hit in hits] == [attendee_id]


def test_the_email_is_optional(store, event):
    with store.write() as session:
        attendee, verdict = walk_in(session, session.get(Event, event.id), email="")
    assert verdict.status is Status.CHECKED_IN
    assert attendee.email == ""


@pytest.mark.parametrize(
    ("first", "last", "email"),
    [("", "", "a@b.be"), ("  ", " ", ""), ("Jo", "", "not-an-email"), ("Jo", "", "a@b")],
)
def test_invalid_forms_are_refused_and_nothing_is_written(store, event, first, last, email):
    with pytest.raises(CatchDeskError), store.write() as session:
        walk_in(
            session, session.get(Event, event.id), first_name=first, last_name=last, email=email
        )
    with store.read() as session:
        assert session.scalars(select(Attendee)).all() == []


def test_a_known_email_names_the_person_instead_of_a_duplicate(store, event):
    with store.write() as session:
        existing = add_attendee(
            session,
            session.get(Event, event.id),
            first_name="Marc",
            last_name="Lemaire",
            email="Marc@Garage.be",
        )
        existing_id = existing.id
    with pytest.raises(DuplicateAttendee) as raised, store.write() as session:
        walk_in(session, session.get(Event, event.id), email="marc@garage.be ")
    assert raised.value.attendee_id == existing_id
    assert "Marc Lemaire" in str(raised.value)
    with store.read() as session:
        assert len(session.scalars(select(Attendee)).all()) == 1
        assert first_checkins(session, event.id) == {}


def test_email_shapes():
    assert looks_like_email("a.b@c.be")
    assert not looks_like_email("a b@c.be")
    assert not looks_like_email("abc.be")
