"""Whatever a busy coaching desk does, in any order, the store never breaks the two promises:
no slot holds two people, and nobody holds two overlapping bookings.

Hypothesis draws sequences of bookings (chosen slot or next free), cancellations, no-shows,
arrivals, completions, rebookings and waitlist joins while the clock moves on; after every
step the database itself is asked whether a promise was broken.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
from coaching_helpers import Morning, build_morning
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from catchdesk.core.coaching.booking import book
from catchdesk.core.coaching.errors import CoachingRefused
from catchdesk.core.coaching.lifecycle import (
    cancel_booking,
    mark_arrived,
    mark_done,
    mark_no_show,
    rebook,
)
from catchdesk.core.coaching.settings import coaching_settings
from catchdesk.core.coaching.waitlist import join_waitlist
from catchdesk.core.events import create_event
from catchdesk.core.models import Booking, Event
from catchdesk.core.store import open_store

TOPICS = ("référencement", "site web", "e-commerce", "publicité en ligne")
LANGUAGES = (None, "fr", "nl", "en")
COACHES = ("Sophie", "Julien", "Emma")
HOURS = ("10:00", "10:20", "10:40", "11:00", "11:20", "11:40")
PEOPLE = ("Hélène", "Łukasz", "Fatima", "Marc", "Olena", "Gökhan")

HOLDING = "('booked', 'arrived', 'done')"
TWO_IN_A_SLOT = text(
    f"SELECT slot_id FROM bookings WHERE status IN {HOLDING} GROUP BY slot_id HAVING count(*) > 1"
)
OVERLAPPING = text(
    f"""SELECT a.id, b.id FROM bookings a
    JOIN bookings b ON a.attendee_id = b.attendee_id AND a.id < b.id
    JOIN coach_slots sa ON sa.id = a.slot_id
    JOIN coach_slots sb ON sb.id = b.slot_id
    WHERE a.status IN {HOLDING} AND b.status IN {HOLDING}
      AND sa.starts_at < sb.ends_at AND sb.starts_at < sa.ends_at"""
)
OVER_A_WORKSHOP = text(
    f"""SELECT b.id FROM bookings b
    JOIN coach_slots s ON s.id = b.slot_id
    JOIN enrolments e ON e.attendee_id = b.attendee_id
    JOIN workshops w ON w.id = e.workshop_id
    WHERE b.status IN {HOLDING} AND s.starts_at < w.ends_at AND w.starts_at < s.ends_at"""
)
PER_PERSON = text(
    f"SELECT max(n) FROM (SELECT count(*) AS n FROM bookings WHERE status IN {HOLDING} "
    "GROUP BY attendee_id)"
)
HISTORY_DISAGREES = text(
    """SELECT b.id FROM bookings b WHERE b.status != (
        SELECT c.status FROM booking_changes c WHERE c.booking_id = b.id
        ORDER BY c.changed_at DESC, c.id DESC LIMIT 1)"""
)

person = st.sampled_from(PEOPLE)
slot = st.tuples(st.sampled_from(COACHES), st.sampled_from(HOURS))
pick = st.integers(min_value=0, max_value=40)
operation = st.one_of(
    st.tuples(st.just("book"), person, slot),
    st.tuples(st.just("next"), person, st.sampled_from(TOPICS), st.sampled_from(LANGUAGES)),
    st.tuples(st.just("cancel"), pick),
    st.tuples(st.just("no_show"), pick),
    st.tuples(st.just("arrive"), pick),
    st.tuples(st.just("done"), pick),
    st.tuples(st.just("rebook"), pick, slot),
    st.tuples(st.just("wait"), person, st.sampled_from(TOPICS)),
)
steps = st.lists(st.tuples(operation, st.integers(min_value=0, max_value=12)), max_size=30)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A store holding the coaching morning, made once and copied for every example."""
    path = tmp_path_factory.mktemp("coaching-property") / "template.sqlite"
    store = open_store(path, desk="Property desk")
    with store.write() as session:
        event = create_event(session, "Digital Day Namur", dt.date(2026, 11, 26))
    morning = build_morning(store, event)
    morning.enrol("Hélène", "Créer son site web", "10:30", "11:10")
    store.close()
    return path, event.id


def _apply(m: Morning, op: tuple, now: dt.datetime) -> None:
    with m.store.read() as session:
        ids = list(session.scalars(select(Booking.id).order_by(Booking.id)))
    chosen = ids[op[1] % len(ids)] if ids and isinstance(op[1], int) else None
    with m.store.write() as session:
        kind = op[0]
        if kind == "book":
            book(session, m.event, m.people[op[1]], slot_id=m.slot(*op[2]), now=now)
        elif kind == "next":
            book(session, m.event, m.people[op[1]], topic=op[2], language=op[3], now=now)
        elif kind == "wait":
            join_waitlist(session, m.event, m.people[op[1]], op[2], now=now)
        elif chosen is None:
            return
        elif kind == "cancel":
            cancel_booking(session, m.event, chosen, now=now)
        elif kind == "no_show":
            mark_no_show(session, m.event, chosen, now=now)
        elif kind == "arrive":
            mark_arrived(session, m.event, chosen, now=now)
        elif kind == "done":
            mark_done(session, m.event, chosen, note="ok", now=now)
        elif kind == "rebook":
            rebook(session, m.event, chosen, slot_id=m.slot(*op[2]), now=now)


def _check(m: Morning) -> None:
    limit = coaching_settings(m.event).max_bookings_per_day
    with m.store.read() as session:
        assert session.execute(TWO_IN_A_SLOT).all() == []
        assert session.execute(OVERLAPPING).all() == []
        assert session.execute(OVER_A_WORKSHOP).all() == []
        assert (session.execute(PER_PERSON).scalar() or 0) <= limit
        assert session.execute(HISTORY_DISAGREES).all() == []


@settings(
    max_examples=60,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(sequence=steps)
def test_no_slot_holds_two_people_and_nobody_holds_two_overlapping_bookings(template, sequence):
    source, event_id = template
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "store.sqlite"
        shutil.copy(source, path)
        store = open_store(path, desk="Property desk")
        try:
            with store.read() as session:
                event = session.get(Event, event_id)
            m = _morning_in(store, event)
            clock = m.at("09:30")
            for op, minutes in sequence:
                clock += dt.timedelta(minutes=minutes)
                with contextlib.suppress(CoachingRefused):  # a refusal is a fine answer
                    _apply(m, op, clock)
                _check(m)
        finally:
            store.close()


def _morning_in(store, event: Event) -> Morning:
    """The template's names for coaches, slots and people, read back from the copy."""
    from catchdesk.core.models import Attendee, Coach, CoachSlot
    from catchdesk.core.timeutil import local_time

    with store.read() as session:
        coaches = {c.name.split()[0]: c.id for c in session.scalars(select(Coach))}
        by_id = {v: k for k, v in coaches.items()}
        slots = {
            (by_id[s.coach_id], local_time(s.starts_at, event.timezone).strftime("%H:%M")): s.id
            for s in session.scalars(select(CoachSlot))
        }
        people = {a.first_name: a.id for a in session.scalars(select(Attendee))}
    return Morning(store, event, coaches, slots, people)
