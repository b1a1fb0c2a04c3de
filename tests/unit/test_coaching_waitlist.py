"""The waitlist: joining, leaving, and freed slots going to the first waiting person who fits."""

from __future__ import annotations

import pytest
from coaching_helpers import Morning, build_morning
from sqlalchemy import select

from catchdesk.core.coaching.booking import book
from catchdesk.core.coaching.errors import WaitlistRefused
from catchdesk.core.coaching.info import booking_history
from catchdesk.core.coaching.lifecycle import cancel_booking, mark_no_show, rebook
from catchdesk.core.coaching.waitlist import (
    join_waitlist,
    leave_waitlist,
    offer_freed_slot,
    waitlist,
)
from catchdesk.core.models import Attendee, AttendeeStatus, WaitlistEntry


@pytest.fixture
def morning(store, event, monkeypatch) -> Morning:
    monkeypatch.setenv("CATCHDESK_LANG", "en")
    return build_morning(store, event)


def _book(m: Morning, person: str, coach: str, hhmm: str) -> str:
    with m.store.write() as session:
        return book(session, m.event, m.people[person], slot_id=m.slot(coach, hhmm), now=m.now).id


def _join(m: Morning, person: str, topic: str, minute: int, language: str | None = None):
    with m.store.write() as session:
        return join_waitlist(
            session,
            m.event,
            m.people[person],
            topic,
            language=language,
            now=m.at(f"08:{minute:02d}"),
        )


def _fill_emma(m: Morning) -> dict[str, str]:
    """Emma's six e-commerce slots all taken, by three people, two each."""
    owners = ("Marc", "Marc", "Olena", "Olena", "Gökhan", "Gökhan")
    hours = ("10:00", "10:20", "10:40", "11:00", "11:20", "11:40")
    return {hhmm: _book(m, who, "Emma", hhmm) for who, hhmm in zip(owners, hours, strict=True)}


def test_joining_gives_a_place_in_the_queue_per_topic(morning):
    m = morning
    first = _join(m, "Hélène", "E-commerce", 1)
    second = _join(m, "Łukasz", "e-commerce", 2, language="nl")
    other = _join(m, "Fatima", "site web", 3)
    assert (first.topic, first.position) == ("e-commerce", 1)  # the coaches' spelling
    assert (second.position, second.language) == (2, "nl")
    assert other.position == 1
    with m.store.read() as session:
        names = [e.attendee_name for e in waitlist(session, m.event, topic="e-commerce")]
    assert names == ["Hélène Dupré", "Łukasz Wójcik"]


def test_joining_twice_or_for_nothing_is_refused(morning):
    m = morning
    _join(m, "Hélène", "e-commerce", 1)
    with pytest.raises(WaitlistRefused) as caught:
        _join(m, "Hélène", "E-Commerce", 2)
    assert caught.value.reason == "already_waiting"
    assert str(caught.value) == "Hélène Dupré is already on the waitlist for “e-commerce”."
    with pytest.raises(WaitlistRefused) as caught:
        _join(m, "Łukasz", "astrologie", 2)
    assert str(caught.value) == "No coach covers “astrologie”: check the topic or the language."
    with pytest.raises(WaitlistRefused) as caught:
        _join(m, "Łukasz", "e-commerce", 2, language="fr")
    assert caught.value.reason == "no_coach"
    with pytest.raises(WaitlistRefused) as caught:
        _join(m, "Łukasz", " ", 2)
    assert (
        str(caught.value)
        == "Give the topic Łukasz Wójcik wants coaching on to put them on the waitlist."
    )
    with m.store.write() as session:
        session.get(Attendee, m.people["Marc"]).status = AttendeeStatus.CANCELLED.value
    with pytest.raises(WaitlistRefused, match="registration is cancelled"):
        _join(m, "Marc", "e-commerce", 3)


def test_leaving_keeps_the_entry_marked_cancelled(morning):
    m = morning
    entry = _join(m, "Hélène", "e-commerce", 1)
    with m.store.write() as session:
        left = leave_waitlist(session, m.event, entry.id, now=m.at("09:00"))
    assert left.status == "cancelled" and left.position is None
    with pytest.raises(WaitlistRefused) as caught, m.store.write() as session:
        leave_waitlist(session, m.event, entry.id)
    assert str(caught.value) == "This waitlist entry is already “cancelled”."
    with m.store.read() as session:
        assert waitlist(session, m.event) == []
        assert len(waitlist(session, m.event, statuses=("cancelled",))) == 1


def test_a_cancellation_books_the_first_waiting_person(morning):
    m = morning
    slots = _fill_emma(m)
    _join(m, "Hélène", "e-commerce", 1)
    _join(m, "Łukasz", "e-commerce", 2)
    with m.store.write() as session:
        result = cancel_booking(session, m.event, slots["10:40"], now=m.at("09:00"))
    offer = result.offer
    assert offer is not None and offer.booking is not None
    assert offer.booking.attendee_name == "Hélène Dupré"
    assert offer.booking.starts_at == m.at("10:40")
    assert offer.booking.booked_by == "waitlist"
    with m.store.read() as session:
        entries = {e.attendee_id: e for e in session.scalars(select(WaitlistEntry))}
        assert booking_history(session, offer.booking.id)[0].note == "waitlist"
    assert entries[m.people["Hélène"]].status == "fulfilled"
    assert entries[m.people["Hélène"]].booking_id == offer.booking.id
    assert entries[m.people["Łukasz"]].status == "waiting"


def test_a_no_show_offers_the_running_slot(morning):
    m = morning
    slots = _fill_emma(m)
    _join(m, "Hélène", "e-commerce", 1)
    with m.store.write() as session:
        result = mark_no_show(session, m.event, slots["10:00"], now=m.at("10:05"))
    assert result.offer.booking.attendee_name == "Hélène Dupré"
    assert result.offer.booking.starts_at == m.at("10:00")


def test_people_who_do_not_fit_are_passed_over_and_keep_their_place(morning):
    m = morning
    slots = _fill_emma(m)
    m.enrol("Hélène", "Vendre en ligne", "11:00", "12:00")
    _join(m, "Hélène", "e-commerce", 1)  # in a workshop at 11:20
    _join(m, "Fatima", "site web", 3)  # another topic
    _join(m, "Marc", "e-commerce", 4)  # already holds two slots today
    with m.store.write() as session:
        for language, minute in (("fr", 2), ("en", 5)):  # Emma speaks no French
            session.add(
                WaitlistEntry(
                    event_id=m.event.id,
                    attendee_id=m.people["Łukasz"],
                    topic="e-commerce",
                    language=language,
                    joined_at=m.at(f"08:{minute:02d}"),
                )
            )
    with m.store.write() as session:
        result = cancel_booking(session, m.event, slots["11:20"], now=m.at("09:00"))
    offer = result.offer
    assert offer.booking.attendee_name == "Łukasz Wójcik"
    assert offer.booking.language == "en"
    reasons = dict(offer.passed_over)
    with m.store.read() as session:
        by_person = {
            e.attendee_id: e for e in waitlist(session, m.event, statuses=("waiting", "fulfilled"))
        }
    marc = next(e for e in by_person.values() if e.attendee_id == m.people["Marc"])
    assert reasons == {
        by_person[m.people["Hélène"]].id: "workshop_overlap",
        marc.id: "max_per_day",
    }
    assert by_person[m.people["Hélène"]].status == "waiting"
    assert by_person[m.people["Fatima"]].status == "waiting"


def test_nobody_fits_leaves_the_slot_free(morning):
    m = morning
    slots = _fill_emma(m)
    _join(m, "Fatima", "site web", 3)
    with m.store.write() as session:
        result = cancel_booking(session, m.event, slots["11:40"], now=m.at("09:00"))
    assert result.offer.booking is None and result.offer.passed_over == ()
    with m.store.write() as session:
        again = book(session, m.event, m.people["Hélène"], topic="e-commerce", now=m.at("09:01"))
    assert again.starts_at == m.at("11:40")


def test_a_slot_over_or_blocked_is_not_offered(morning):
    m = morning
    slots = _fill_emma(m)
    _join(m, "Hélène", "e-commerce", 1)
    with m.store.write() as session:
        result = mark_no_show(session, m.event, slots["10:00"], now=m.at("10:15"))
    assert result.offer.booking is None
    with m.store.read() as session:
        assert len(waitlist(session, m.event)) == 1


def test_rebooking_offers_the_old_slot_only_once_the_new_one_stands(morning):
    m = morning
    slots = _fill_emma(m)
    _join(m, "Hélène", "e-commerce", 1)
    with m.store.write() as session:
        result = rebook(
            session, m.event, slots["10:00"], slot_id=m.slot("Sophie", "10:40"), topic="", now=m.now
        )
    assert result.booking.coach == "Sophie Vandenberghe"
    assert result.offer.booking.attendee_name == "Hélène Dupré"
    assert result.offer.booking.starts_at == m.at("10:00")


def test_offering_a_held_slot_does_nothing(morning):
    m = morning
    slots = _fill_emma(m)
    _join(m, "Hélène", "e-commerce", 1)
    with m.store.write() as session:
        offer = offer_freed_slot(session, m.event, m.slot("Emma", "10:00"), now=m.now)
    assert offer.booking is None
    assert slots["10:00"]
