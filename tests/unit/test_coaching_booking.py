"""Booking rules: every refusal, with the sentence a desk volunteer reads, and "next free"."""

from __future__ import annotations

import datetime as dt

import pytest
from coaching_helpers import Morning, build_morning
from sqlalchemy import func, select

from catchdesk.core.checkin import check_in
from catchdesk.core.coaching.booking import book, next_free_slot
from catchdesk.core.coaching.errors import BookingRefused
from catchdesk.core.coaching.lookup import find_attendee
from catchdesk.core.coaching.settings import update_coaching_settings
from catchdesk.core.coaching.slots import set_slot_blocked
from catchdesk.core.errors import CatchDeskError, NotFoundError
from catchdesk.core.models import (
    Attendee,
    AttendeeStatus,
    Booking,
    BookingChange,
    Event,
    WaitlistEntry,
)


@pytest.fixture
def morning(store, event, monkeypatch) -> Morning:
    monkeypatch.setenv("CATCHDESK_LANG", "en")
    return build_morning(store, event)


def _book(m: Morning, person: str, **kwargs):
    kwargs.setdefault("now", m.now)
    with m.store.write() as session:
        return book(session, m.event, m.people[person], **kwargs)


def _refusal(m: Morning, person: str, **kwargs) -> BookingRefused:
    with pytest.raises(BookingRefused) as caught:
        _book(m, person, **kwargs)
    return caught.value


def _settings(m: Morning, **changes) -> None:
    with m.store.write() as session:
        event = session.get(Event, m.event.id)
        update_coaching_settings(session, event, **changes)
        m.event = event


def _active_bookings(m: Morning) -> int:
    with m.store.read() as session:
        return session.scalar(
            select(func.count()).where(Booking.status.in_(("booked", "arrived", "done")))
        )


def test_booking_a_chosen_slot_records_it_with_its_first_history_step(morning):
    m = morning
    info = _book(m, "Hélène", slot_id=m.slot("Sophie", "10:40"), topic="referencement")
    assert (info.coach, info.place, info.status) == ("Sophie Vandenberghe", "Table 1", "booked")
    assert info.starts_at == m.at("10:40") and info.ends_at == m.at("11:00")
    assert info.topic == "référencement"  # the coach's own spelling, so statistics group once
    assert info.language == "fr"  # the person's language, which the coach speaks
    with m.store.read() as session:
        steps = session.scalars(select(BookingChange).where(BookingChange.booking_id == info.id))
        assert [(s.status, s.changed_at) for s in steps] == [("booked", m.now)]


def test_one_person_per_slot(morning):
    m = morning
    _book(m, "Hélène", slot_id=m.slot("Sophie", "10:00"))
    refusal = _refusal(m, "Łukasz", slot_id=m.slot("Sophie", "10:00"))
    assert refusal.reason == "slot_taken"
    assert str(refusal) == (
        "Sophie Vandenberghe's 10:00 slot is already booked by Hélène Dupré: choose another "
        "slot or put the person on the waitlist."
    )
    assert _active_bookings(m) == 1


def test_the_same_person_twice_in_a_slot_is_told_they_have_it(morning):
    m = morning
    _book(m, "Hélène", slot_id=m.slot("Sophie", "10:00"))
    refusal = _refusal(m, "Hélène", slot_id=m.slot("Sophie", "10:00"))
    assert refusal.reason == "already_in_slot"
    assert str(refusal) == "Hélène Dupré already has Sophie Vandenberghe's 10:00 slot."


def test_no_two_overlapping_bookings_of_one_person(morning):
    m = morning
    _book(m, "Hélène", slot_id=m.slot("Sophie", "10:20"))
    refusal = _refusal(m, "Hélène", slot_id=m.slot("Julien", "10:20"))
    assert refusal.reason == "person_overlap"
    assert str(refusal) == (
        "Hélène Dupré already has coaching with Sophie Vandenberghe at 10:20, which overlaps: "
        "cancel it or choose another time."
    )
    # Back to back is no overlap.
    assert _book(m, "Hélène", slot_id=m.slot("Julien", "10:40")).status == "booked"


def test_no_booking_over_an_enrolled_workshop(morning):
    m = morning
    m.enrol("Hélène", "Créer son site web", "10:30", "11:30")
    refusal = _refusal(m, "Hélène", slot_id=m.slot("Sophie", "11:20"))
    assert refusal.reason == "workshop_overlap"
    assert str(refusal) == (
        "Hélène Dupré is enrolled in the workshop “Créer son site web” (10:30–11:30), which "
        "overlaps: choose a time outside the workshop."
    )
    assert _book(m, "Hélène", slot_id=m.slot("Sophie", "11:40")).status == "booked"
    # Someone not enrolled may take the slot during the workshop.
    assert _book(m, "Marc", slot_id=m.slot("Sophie", "11:00")).status == "booked"


def test_at_most_n_bookings_per_person_per_day(morning):
    m = morning
    _book(m, "Hélène", slot_id=m.slot("Sophie", "10:00"))
    _book(m, "Hélène", slot_id=m.slot("Julien", "10:40"))
    refusal = _refusal(m, "Hélène", slot_id=m.slot("Emma", "11:20"))
    assert refusal.reason == "max_per_day"
    assert str(refusal) == (
        "Hélène Dupré already has 2 coaching booking(s) that day, the most allowed: cancel one "
        "first."
    )
    _settings(m, max_bookings_per_day=3)
    assert _book(m, "Hélène", slot_id=m.slot("Emma", "11:20")).status == "booked"


def test_no_booking_in_the_past(morning):
    m = morning
    refusal = _refusal(m, "Hélène", slot_id=m.slot("Sophie", "10:00"), now=m.at("10:11"))
    assert refusal.reason == "slot_past"
    assert str(refusal) == (
        "Sophie Vandenberghe's 10:00 slot is already half over: choose a later slot."
    )
    # A slot that began a few minutes ago can still be joined (half of it is left).
    joined = _book(m, "Hélène", slot_id=m.slot("Sophie", "10:00"), now=m.at("10:06"))
    assert joined.status == "booked"


def test_blocked_slot_is_refused(morning):
    m = morning
    with m.store.write() as session:
        set_slot_blocked(session, m.event, m.slot("Julien", "11:00"), True)
    refusal = _refusal(m, "Hélène", slot_id=m.slot("Julien", "11:00"))
    assert refusal.reason == "slot_blocked"
    assert str(refusal) == "Julien Marchal's 11:00 slot is blocked: choose another slot."


def test_coach_must_cover_the_topic_and_speak_the_language(morning):
    m = morning
    refusal = _refusal(m, "Hélène", slot_id=m.slot("Julien", "10:00"), topic="e-commerce")
    assert refusal.reason == "topic_not_covered"
    assert str(refusal) == (
        "Julien Marchal does not coach on “e-commerce”: choose a coach who does."
    )
    refusal = _refusal(m, "Hélène", slot_id=m.slot("Julien", "10:00"), language="nl")
    assert refusal.reason == "language_not_spoken"
    assert str(refusal) == "Julien Marchal does not speak Dutch: choose a coach who does."
    assert refusal.message_in("fr") == (
        "Julien Marchal ne parle pas néerlandais : choisissez un coach qui le parle."
    )
    assert refusal.message_in("nl") == (
        "Julien Marchal spreekt geen Nederlands: kies een coach die dat wel doet."
    )


def test_a_slot_and_another_coach_disagree(morning):
    m = morning
    refusal = _refusal(m, "Hélène", slot_id=m.slot("Julien", "10:00"), coach_id=m.coaches["Emma"])
    assert refusal.reason == "slot_not_of_coach"
    assert str(refusal) == (
        "That slot is Julien Marchal's, not Emma Janssens's: give either the coach or the slot."
    )


def test_cancelled_registration_cannot_book(morning):
    m = morning
    with m.store.write() as session:
        session.get(Attendee, m.people["Marc"]).status = AttendeeStatus.CANCELLED.value
    refusal = _refusal(m, "Marc", slot_id=m.slot("Sophie", "10:00"))
    assert refusal.reason == "attendee_cancelled"
    assert str(refusal) == (
        "Marc Lambert's registration is cancelled: restore it before booking coaching."
    )
    assert _refusal(m, "Marc", topic="site web").reason == "attendee_cancelled"


def test_only_checked_in_people_when_the_event_says_so(morning):
    m = morning
    assert _book(m, "Hélène", slot_id=m.slot("Sophie", "10:00")).status == "booked"
    _settings(m, checked_in_only=True)
    refusal = _refusal(m, "Łukasz", slot_id=m.slot("Sophie", "10:20"))
    assert refusal.reason == "not_checked_in"
    assert str(refusal) == (
        "Łukasz Wójcik has not checked in yet: only people who are here can book coaching, so "
        "check them in first."
    )
    with m.store.write() as session:
        check_in(session, m.event, m.codes["Łukasz"], desk="Accueil 1", now=m.now)
    assert _book(m, "Łukasz", slot_id=m.slot("Sophie", "10:20")).status == "booked"


def test_unknown_person_or_slot_is_not_found(morning):
    m = morning
    with pytest.raises(NotFoundError), m.store.write() as session:
        book(session, m.event, "no-such-person", slot_id=m.slot("Sophie", "10:00"), now=m.now)
    with pytest.raises(NotFoundError), m.store.write() as session:
        book(session, m.event, m.people["Hélène"], slot_id="no-such-slot", now=m.now)


def test_next_free_takes_the_earliest_slot_of_a_fitting_coach(morning):
    m = morning
    first = _book(m, "Hélène", topic="Référencement")
    assert first.starts_at == m.at("10:00")
    assert first.coach in ("Sophie Vandenberghe", "Julien Marchal")
    second = _book(m, "Łukasz", topic="référencement")
    # Same start, the other coach: ties go to the coach with fewer bookings.
    assert second.starts_at == m.at("10:00") and second.coach != first.coach
    third = _book(m, "Fatima", topic="référencement")
    assert third.starts_at == m.at("10:20")


def test_next_free_respects_language_and_a_chosen_coach(morning):
    m = morning
    dutch = _book(m, "Hélène", topic="référencement", language="nl")
    assert dutch.coach == "Sophie Vandenberghe" and dutch.language == "nl"
    with_julien = _book(m, "Łukasz", coach_id=m.coaches["Julien"])
    assert with_julien.coach == "Julien Marchal" and with_julien.starts_at == m.at("10:00")
    assert with_julien.topic == ""  # Julien has two topics and none was asked


def test_next_free_skips_what_the_person_cannot_take(morning):
    m = morning
    m.enrol("Hélène", "SEO", "09:30", "10:50")
    info = _book(m, "Hélène", topic="e-commerce")
    assert (info.coach, info.starts_at) == ("Emma Janssens", m.at("11:00"))
    again = _book(m, "Hélène", topic="e-commerce")
    assert again.starts_at == m.at("11:20")
    refusal = _refusal(m, "Hélène", topic="e-commerce")
    assert refusal.reason == "max_per_day"


def test_next_free_skips_past_and_blocked_slots(morning):
    m = morning
    with m.store.write() as session:
        set_slot_blocked(session, m.event, m.slot("Emma", "10:40"), True)
    info = _book(m, "Hélène", topic="e-commerce", now=m.at("10:31"))
    assert info.starts_at == m.at("11:00")


def test_next_free_when_no_coach_covers_the_topic(morning):
    m = morning
    refusal = _refusal(m, "Hélène", topic="cybersécurité")
    assert refusal.reason == "no_coach"
    assert str(refusal) == "No coach covers “cybersécurité”: check the topic or the language."
    refusal = _refusal(m, "Hélène", topic="e-commerce", language="fr")
    assert str(refusal) == (
        "No coach covers “e-commerce” in French: check the topic or the language."
    )
    assert _refusal(m, "Hélène", topic="e-commerce", coach_id=m.coaches["Julien"]).reason == (
        "topic_not_covered"
    )


def test_next_free_when_every_slot_is_taken_offers_the_waitlist(morning):
    m = morning
    _settings(m, max_bookings_per_day=6)
    taken = [_book(m, "Marc", topic="e-commerce").starts_at for _ in range(6)]
    assert taken == [m.at(t) for t in ("10:00", "10:20", "10:40", "11:00", "11:20", "11:40")]
    refusal = _refusal(m, "Hélène", topic="e-commerce")
    assert refusal.reason == "no_free_slot"
    assert str(refusal) == "No free slot is left for “e-commerce”: offer the waitlist."
    assert refusal.message_in("fr") == (
        "Plus aucun créneau libre pour « e-commerce » : proposez la liste d'attente."
    )


def test_next_free_preview_books_nothing(morning):
    m = morning
    with m.store.read() as session:
        free = next_free_slot(
            session, m.event, topic="site web", attendee_id=m.people["Hélène"], now=m.now
        )
    assert (free.coach.name, free.starts_at) == ("Julien Marchal", m.at("10:00"))
    assert _active_bookings(m) == 0


def test_booking_closes_the_persons_waiting_for_that_topic(morning):
    m = morning
    with m.store.write() as session:
        session.add(
            WaitlistEntry(
                event_id=m.event.id, attendee_id=m.people["Hélène"], topic="Référencement"
            )
        )
    info = _book(m, "Hélène", topic="referencement")
    with m.store.read() as session:
        entry = session.scalars(select(WaitlistEntry)).one()
    assert (entry.status, entry.booking_id) == ("fulfilled", info.id)


def test_a_person_is_found_by_code_scan_id_or_name(morning):
    m = morning
    with m.store.read() as session:
        by_code = find_attendee(session, m.event, m.codes["Hélène"].lower())
        by_id = find_attendee(session, m.event, m.people["Łukasz"])
        by_short_id = find_attendee(session, m.event, m.people["Fatima"].replace("-", "")[-8:])
        by_name = find_attendee(session, m.event, "ozturk")
        assert by_code.first_name == "Hélène"
        assert by_id.first_name == "Łukasz"
        assert by_short_id.first_name == "Fatima"
        assert by_name.first_name == "Gökhan"
        with pytest.raises(NotFoundError, match="Nobody matches 'zzzz'"):
            find_attendee(session, m.event, "zzzz")
        with pytest.raises(CatchDeskError, match="matches several people"):
            find_attendee(session, m.event, "l")


def test_refusal_messages_exist_in_every_language():
    from catchdesk.core.coaching.messages import MESSAGES

    for reason, texts in MESSAGES.items():
        assert set(texts) == {"fr", "en", "nl"}, reason
        assert all(text.strip() for text in texts.values()), reason


def test_refused_booking_leaves_nothing_behind(morning):
    m = morning
    _book(m, "Hélène", slot_id=m.slot("Sophie", "10:00"))
    with m.store.read() as session:
        before = session.scalar(select(func.count()).select_from(BookingChange))
    _refusal(m, "Łukasz", slot_id=m.slot("Sophie", "10:00"))
    with m.store.read() as session:
        assert session.scalar(select(func.count()).select_from(BookingChange)) == before
        assert session.scalar(select(func.count()).select_from(Booking)) == 1


def test_running_slot_freed_at_five_past_is_found_by_next_free(morning):
    m = morning
    _settings(m, max_bookings_per_day=6)
    for hhmm in ("10:00", "10:20", "10:40", "11:00", "11:20", "11:40"):
        if hhmm != "10:00":
            _book(m, "Marc", slot_id=m.slot("Emma", hhmm))
    info = _book(m, "Hélène", topic="e-commerce", now=m.at("10:05"))
    assert info.starts_at == m.at("10:00")
    assert info.ends_at - m.at("10:05") == dt.timedelta(minutes=15)
