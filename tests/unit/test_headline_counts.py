"""The status bar's counts follow the same rule as the full report, without building it."""

from __future__ import annotations

from sqlalchemy import select

from catchdesk.core.checkin import check_in
from catchdesk.core.demo import create_demo_event
from catchdesk.core.models import Attendee, AttendeeStatus, Event
from catchdesk.core.stats import event_stats, headline_counts
from catchdesk.core.undo import undo_last_checkin


def test_headline_counts_match_event_stats(store):
    with store.write() as session:
        summary = create_demo_event(session, attendees=40, seed=1)
    with store.write() as session:
        event = session.get(Event, summary.event_id)
        codes = session.scalars(
            select(Attendee.code)
            .where(Attendee.event_id == event.id, Attendee.status != AttendeeStatus.CANCELLED)
            .limit(3)
        ).all()
        for code in codes:
            check_in(session, event, code, desk="Desk 1")
        check_in(session, event, codes[0], desk="Desk 1")
    with store.write() as session:
        undo_last_checkin(session, session.get(Event, summary.event_id), "Desk 1")
    with store.read() as session:
        event = session.get(Event, summary.event_id)
        full = event_stats(session, event)
        assert headline_counts(session, event.id) == (full.checked_in, full.registered)
        assert full.checked_in == 2
