"""What the screens read: the day grid's states, a coach's now and next, statistics."""

from __future__ import annotations

import pytest
from coaching_helpers import Morning, build_morning

from catchdesk.core.coaching.booking import book
from catchdesk.core.coaching.grid import SlotState, coach_day, day_grid
from catchdesk.core.coaching.lifecycle import cancel_booking, mark_arrived, mark_done, mark_no_show
from catchdesk.core.coaching.slots import set_slot_blocked
from catchdesk.core.coaching.waitlist import join_waitlist
from catchdesk.core.day_bookings import bookings_of_attendee
from catchdesk.core.stats import event_stats


@pytest.fixture
def morning(store, event, monkeypatch) -> Morning:
    monkeypatch.setenv("CATCHDESK_LANG", "en")
    return build_morning(store, event)


def _book(m: Morning, person: str, coach: str, hhmm: str) -> str:
    with m.store.write() as session:
        return book(
            session,
            m.event,
            m.people[person],
            slot_id=m.slot(coach, hhmm),
            now=m.now,
            topic="référencement" if coach != "Emma" else None,
        ).id


@pytest.fixture
def busy(morning) -> Morning:
    """At 10:45: Sophie's 10:00 done, 10:20 no-show, 10:40 arrived, 11:00 booked, 11:20
    blocked; Julien's 10:00 cancelled (never reused)."""
    m = morning
    done = _book(m, "Hélène", "Sophie", "10:00")
    missed = _book(m, "Łukasz", "Sophie", "10:20")
    here = _book(m, "Fatima", "Sophie", "10:40")
    _book(m, "Marc", "Sophie", "11:00")
    dropped = _book(m, "Olena", "Julien", "10:00")
    with m.store.write() as session:
        mark_done(session, m.event, done, note="Balises title", now=m.at("10:19"))
        cancel_booking(session, m.event, dropped, now=m.at("09:00"))
        mark_no_show(session, m.event, missed, now=m.at("10:30"))
        mark_arrived(session, m.event, here, now=m.at("10:39"))
        set_slot_blocked(session, m.event, m.slot("Sophie", "11:20"), True)
        join_waitlist(session, m.event, m.people["Gökhan"], "e-commerce", now=m.at("09:10"))
    return m


def test_day_grid_shows_each_slot_in_its_state(busy):
    m = busy
    with m.store.read() as session:
        grid = day_grid(session, m.event, now=m.at("10:45"))
    assert [c.coach.name for c in grid.columns] == [
        "Sophie Vandenberghe",
        "Julien Marchal",
        "Emma Janssens",
    ]
    assert len(grid.times) == 6
    states = {
        hhmm: grid.cell(m.coaches["Sophie"], m.at(hhmm)).state
        for hhmm in ("10:00", "10:20", "10:40", "11:00", "11:20", "11:40")
    }
    assert states == {
        "10:00": SlotState.DONE,
        "10:20": SlotState.NO_SHOW,
        "10:40": SlotState.ARRIVED,
        "11:00": SlotState.BOOKED,
        "11:20": SlotState.BLOCKED,
        "11:40": SlotState.FREE,
    }
    done = grid.cell(m.coaches["Sophie"], m.at("10:00"))
    assert (done.attendee_name, done.note) == ("Hélène Dupré", "Balises title")
    assert grid.cell(m.coaches["Julien"], m.at("10:00")).state is SlotState.PAST
    assert grid.cell(m.coaches["Julien"], m.at("10:40")).state is SlotState.FREE
    document = grid.to_dict(m.event)
    assert document["coaches"][0]["slots"][0]["start"] == "2026-11-26T10:00:00+01:00"
    assert document["coaches"][0]["slots"][0]["state"] == "done"


def test_coach_day_says_now_and_next(busy):
    m = busy
    with m.store.read() as session:
        day = coach_day(session, m.event, m.coaches["Sophie"], now=m.at("10:45"))
    assert day.current.starts_at == m.at("10:40")
    assert day.current.attendee_name == "Fatima El Amrani"
    assert day.next.starts_at == m.at("11:00") and day.next.attendee_name == "Marc Lambert"
    with m.store.read() as session:
        later = coach_day(session, m.event, m.coaches["Sophie"], now=m.at("11:05"))
    # The blocked 11:20 slot is skipped as "next".
    assert later.next.starts_at == m.at("11:40") and later.next.state is SlotState.FREE


def test_statistics_per_coach_and_topic_and_the_waitlist(busy):
    m = busy
    with m.store.read() as session:
        figures = event_stats(session, m.event).to_dict()["coaching"]
    assert (figures["coaches"], figures["slots"], figures["blocked_slots"]) == (3, 18, 1)
    assert figures["bookings"] == {
        "done": 1,
        "no_show": 1,
        "arrived": 1,
        "booked": 1,
        "cancelled": 1,
    }
    assert figures["no_show_rate"] == 0.5
    sophie = next(c for c in figures["per_coach"] if c["name"] == "Sophie Vandenberghe")
    assert (sophie["held"], sophie["no_show"], sophie["free_slots"]) == (3, 1, 2)
    topics = {t["topic"]: t for t in figures["per_topic"]}
    assert topics["référencement"]["bookings"] == 5
    assert topics["référencement"]["done"] == 1
    assert topics["e-commerce"]["waitlist_waiting"] == 1
    assert figures["waitlist"] == {"waiting": 1, "fulfilled": 0, "cancelled": 0}


def test_the_desk_shows_only_bookings_that_still_hold_their_slot(busy):
    m = busy
    with m.store.read() as session:
        missed = bookings_of_attendee(session, m.people["Łukasz"])
        dropped = bookings_of_attendee(session, m.people["Olena"])
        coming = bookings_of_attendee(session, m.people["Marc"])
    assert missed == [] and dropped == []
    assert [(b.coach, b.place, b.status) for b in coming] == [
        ("Sophie Vandenberghe", "Table 1", "booked")
    ]
