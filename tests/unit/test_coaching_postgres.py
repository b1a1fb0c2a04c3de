"""Coaching on the server engine: the migration, booking with row locks, the waitlist, short ids."""

from __future__ import annotations

import datetime as dt

import pytest
from coaching_helpers import build_morning
from sqlalchemy import select

from catchdesk.core.coaching.booking import book
from catchdesk.core.coaching.errors import BookingRefused
from catchdesk.core.coaching.info import find_booking
from catchdesk.core.coaching.lifecycle import cancel_booking
from catchdesk.core.coaching.waitlist import join_waitlist
from catchdesk.core.events import create_event
from catchdesk.core.ids import short_id
from catchdesk.core.models import Event
from catchdesk.core.store import open_store

psycopg = pytest.importorskip("psycopg")
pytestmark = pytest.mark.postgres


def test_booking_cancelling_and_the_waitlist_on_postgresql(pg_url, monkeypatch):
    monkeypatch.setenv("CATCHDESK_LANG", "en")
    store = open_store(pg_url, desk="Server desk")
    try:
        with store.write() as session:
            event = create_event(session, "Journée PG", dt.date(2026, 11, 26))
        m = build_morning(store, event)
        slot = m.slot("Emma", "10:00")
        with m.store.write() as session:
            first = book(session, m.event, m.people["Hélène"], slot_id=slot, now=m.now)
            join_waitlist(session, m.event, m.people["Marc"], "e-commerce", now=m.now)
        refused = pytest.raises(BookingRefused, match="already booked by Hélène Dupré")
        with refused, m.store.write() as session:
            book(session, m.event, m.people["Łukasz"], slot_id=slot, now=m.now)
        with m.store.write() as session:
            booking_id = find_booking(session, m.event, short_id(first.id))
            result = cancel_booking(session, m.event, booking_id, now=m.now)
        assert result.offer.booking.attendee_name == "Marc Lambert"
        with m.store.read() as session:
            assert session.scalars(select(Event)).one().name == "Journée PG"
    finally:
        store.close()
