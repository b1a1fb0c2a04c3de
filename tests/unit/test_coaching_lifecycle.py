"""The life of a booking: arrived, done with a note, no-show after the grace, cancelled,
rebooked."""

from __future__ import annotations

import pytest
from coaching_helpers import Morning, build_morning
from sqlalchemy import func, select

from catchdesk.core.coaching.booking import book
from catchdesk.core.coaching.errors import BookingRefused, ChangeRefused
from catchdesk.core.coaching.info import booking_history, booking_info
from catchdesk.core.coaching.lifecycle import (
    arrive_at_coach,
    cancel_booking,
    mark_arrived,
    mark_done,
    mark_no_show,
    rebook,
    set_note,
)
from catchdesk.core.coaching.settings import update_coaching_settings
from catchdesk.core.journal import JournalEntry
from catchdesk.core.models import Booking, BookingChange, BookingStatus, Event


@pytest.fixture
def morning(store, event, monkeypatch) -> Morning:
    monkeypatch.setenv("CATCHDESK_LANG", "en")
    return build_morning(store, event)


def _book(m: Morning, person: str, coach: str, hhmm: str) -> str:
    with m.store.write() as session:
        return book(session, m.event, m.people[person], slot_id=m.slot(coach, hhmm), now=m.now).id


def _history(m: Morning, booking_id: str) -> list[str]:
    with m.store.read() as session:
        return [c.status for c in booking_history(session, booking_id)]


def test_booked_arrived_done_with_a_note_keeps_every_step(morning):
    m = morning
    booking_id = _book(m, "Hélène", "Sophie", "10:00")
    with m.store.write() as session:
        arrived = mark_arrived(session, m.event, booking_id, now=m.at("09:58"))
    assert arrived.booking.status == "arrived" and arrived.offer is None
    with m.store.write() as session:
        done = mark_done(
            session, m.event, booking_id, note="Fiche Google à compléter", now=m.at("10:19")
        )
    assert done.booking.status == "done"
    assert done.booking.note == "Fiche Google à compléter"
    assert _history(m, booking_id) == ["booked", "arrived", "done"]
    with m.store.read() as session:
        changes = session.scalars(
            select(BookingChange).where(BookingChange.booking_id == booking_id)
        ).all()
        assert [c.changed_at for c in changes] == [m.now, m.at("09:58"), m.at("10:19")]
        assert changes[-1].note == "Fiche Google à compléter"
        journaled = session.scalar(
            select(func.count()).where(
                JournalEntry.entity == "booking_changes", JournalEntry.op == "insert"
            )
        )
        assert journaled == 3


def test_a_coach_who_forgot_to_scan_can_still_mark_done(morning):
    m = morning
    booking_id = _book(m, "Hélène", "Sophie", "10:00")
    with m.store.write() as session:
        assert mark_done(session, m.event, booking_id, now=m.at("10:20")).booking.status == "done"


@pytest.mark.parametrize(
    ("path", "refused", "message"),
    [
        (
            ["done"],
            "cancel",
            "This booking is “done”: it can no longer become “cancelled”.",
        ),
        (["cancel"], "arrive", "This booking is “cancelled”: it can no longer become “arrived”."),
        (["no_show"], "done", "This booking is “no-show”: it can no longer become “done”."),
        (["arrive"], "no_show", "This booking is “arrived”: it can no longer become “no-show”."),
        (
            ["arrive", "done"],
            "arrive",
            "This booking is “done”: it can no longer become “arrived”.",
        ),
    ],
)
def test_illegal_steps_are_refused_and_change_nothing(morning, path, refused, message):
    m = morning
    booking_id = _book(m, "Hélène", "Sophie", "10:00")
    steps = {
        "arrive": lambda s: mark_arrived(s, m.event, booking_id, now=m.at("10:01")),
        "done": lambda s: mark_done(s, m.event, booking_id, now=m.at("10:15")),
        "cancel": lambda s: cancel_booking(s, m.event, booking_id, now=m.at("09:00")),
        "no_show": lambda s: mark_no_show(s, m.event, booking_id, now=m.at("10:06")),
    }
    for step in path:
        with m.store.write() as session:
            steps[step](session)
    before = _history(m, booking_id)
    with pytest.raises(ChangeRefused) as caught, m.store.write() as session:
        steps[refused](session)
    assert caught.value.reason == "illegal_change"
    assert str(caught.value) == message
    assert _history(m, booking_id) == before


def test_no_show_only_after_the_grace_period(morning):
    m = morning
    booking_id = _book(m, "Hélène", "Sophie", "10:00")
    with pytest.raises(ChangeRefused) as caught, m.store.write() as session:
        mark_no_show(session, m.event, booking_id, now=m.at("10:04"))
    assert caught.value.reason == "no_show_too_early"
    assert str(caught.value) == (
        "Too early to mark Hélène Dupré as a no-show: wait until 10:05 (5 minutes after the start)."
    )
    with m.store.write() as session:
        event = session.get(Event, m.event.id)
        update_coaching_settings(session, event, no_show_grace_minutes=10)
        m.event = event
    with pytest.raises(ChangeRefused, match="wait until 10:10"), m.store.write() as session:
        mark_no_show(session, m.event, booking_id, now=m.at("10:05"))
    with m.store.write() as session:
        result = mark_no_show(session, m.event, booking_id, now=m.at("10:10"))
    assert result.booking.status == "no_show"
    assert _history(m, booking_id) == ["booked", "no_show"]


def test_no_show_and_cancel_free_the_slot(morning):
    m = morning
    missed = _book(m, "Hélène", "Sophie", "10:00")
    cancelled = _book(m, "Łukasz", "Sophie", "10:40")
    with m.store.write() as session:
        mark_no_show(session, m.event, missed, now=m.at("10:05"))
        cancel_booking(session, m.event, cancelled, note="Il a un client", now=m.at("10:05"))
    with m.store.write() as session:
        at_ten = book(
            session,
            m.event,
            m.people["Fatima"],
            slot_id=m.slot("Sophie", "10:00"),
            now=m.at("10:06"),
        )
        later = book(
            session,
            m.event,
            m.people["Marc"],
            slot_id=m.slot("Sophie", "10:40"),
            now=m.at("10:06"),
        )
    assert at_ten.status == later.status == "booked"
    with m.store.read() as session:
        # Nothing deleted: the missed and cancelled bookings are still there.
        assert session.scalar(select(func.count()).select_from(Booking)) == 4
        assert booking_info(session, m.event, cancelled).status == "cancelled"


def test_a_cancelled_person_may_book_again(morning):
    m = morning
    first = _book(m, "Hélène", "Sophie", "10:00")
    with m.store.write() as session:
        cancel_booking(session, m.event, first, now=m.now)
    assert _book(m, "Hélène", "Sophie", "10:00") != first


def test_rebooking_moves_the_person_in_one_step(morning):
    m = morning
    old = _book(m, "Hélène", "Sophie", "10:00")
    _book(m, "Hélène", "Julien", "11:00")  # her second booking of the day
    with m.store.write() as session:
        # Two bookings already (the daily limit) and 10:00 → 10:20 is not an overlap with
        # itself: the old booking counts as gone.
        moved = rebook(
            session, m.event, old, slot_id=m.slot("Sophie", "10:20"), now=m.now, booked_by="D2"
        )
    assert moved.cancelled.status == "cancelled"
    assert moved.booking.starts_at == m.at("10:20")
    assert moved.booking.booked_by == "D2"
    assert _history(m, old) == ["booked", "cancelled"]


def test_a_refused_rebooking_keeps_the_old_booking(morning):
    m = morning
    old = _book(m, "Hélène", "Sophie", "10:00")
    _book(m, "Łukasz", "Sophie", "10:20")
    with m.store.write() as session:
        with pytest.raises(BookingRefused, match="already booked by Łukasz Wójcik"):
            rebook(session, m.event, old, slot_id=m.slot("Sophie", "10:20"), now=m.now)
        # The caller caught the refusal and carried on in the same transaction.
        assert booking_info(session, m.event, old).status == "booked"
    assert _history(m, old) == ["booked"]


def test_rebooking_keeps_the_topic_and_language(morning):
    m = morning
    with m.store.write() as session:
        old = book(
            session, m.event, m.people["Hélène"], topic="référencement", language="nl", now=m.now
        )
    with m.store.write() as session:
        moved = rebook(session, m.event, old.id, now=m.now)
    assert moved.booking.coach == "Sophie Vandenberghe"  # the only Dutch-speaking SEO coach
    assert (moved.booking.topic, moved.booking.language) == ("référencement", "nl")


def test_scan_at_the_coachs_table_marks_the_nearest_booking_arrived(morning):
    m = morning
    _book(m, "Hélène", "Sophie", "10:00")
    later = _book(m, "Hélène", "Sophie", "11:00")
    with m.store.write() as session:
        result = arrive_at_coach(
            session, m.event, m.coaches["Sophie"], m.people["Hélène"], now=m.at("10:57")
        )
    assert result.booking.id == later and result.booking.status == "arrived"
    with m.store.write() as session:
        again = arrive_at_coach(
            session, m.event, m.coaches["Sophie"], m.people["Hélène"], now=m.at("10:58")
        )
    assert again.booking.id == later
    assert _history(m, later) == ["booked", "arrived"]
    with pytest.raises(ChangeRefused) as caught, m.store.write() as session:
        arrive_at_coach(session, m.event, m.coaches["Emma"], m.people["Hélène"], now=m.now)
    assert caught.value.reason == "no_booking_with_coach"
    assert str(caught.value) == (
        "Hélène Dupré has no booking to come with Emma Janssens: book a slot first."
    )


def test_notes_are_short(morning):
    m = morning
    booking_id = _book(m, "Hélène", "Sophie", "10:00")
    with pytest.raises(ChangeRefused) as caught, m.store.write() as session:
        mark_done(session, m.event, booking_id, note="x" * 1001, now=m.at("10:20"))
    assert str(caught.value) == "The note is 1001 characters long; keep it under 1000."
    with m.store.write() as session:
        assert set_note(session, m.event, booking_id, "  Revoir le site  ").note == (
            "Revoir le site"
        )
        assert booking_info(session, m.event, booking_id).status == "booked"


def test_a_booking_sync_flagged_to_rebook_is_moved_to_another_slot(morning):
    m = morning
    flagged = _book(m, "Hélène", "Sophie", "10:00")
    with m.store.write() as session:
        session.get(Booking, flagged).status = BookingStatus.TO_REBOOK.value
        session.add(
            BookingChange(
                event_id=m.event.id,
                booking_id=flagged,
                status=BookingStatus.TO_REBOOK.value,
                changed_at=m.now,
            )
        )
    with pytest.raises(ChangeRefused) as caught, m.store.write() as session:
        mark_arrived(session, m.event, flagged, now=m.now)
    assert str(caught.value) == "This booking is “to rebook”: it can no longer become “arrived”."
    with m.store.write() as session:
        moved = rebook(session, m.event, flagged, slot_id=m.slot("Sophie", "10:20"), now=m.now)
    assert moved.booking.status == "booked"
    assert _history(m, flagged) == ["booked", "to_rebook", "cancelled"]
