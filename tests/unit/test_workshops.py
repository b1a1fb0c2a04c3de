"""The door's workshop list: in start order, and the one on now (or next) found."""

from __future__ import annotations

import datetime as dt

from catchdesk.core.demo import create_demo_event
from catchdesk.core.events import select_event
from catchdesk.core.timeutil import at_local
from catchdesk.core.workshops import workshop_at, workshops_in_order


def _demo(store):
    with store.write() as session:
        summary = create_demo_event(session, attendees=20, seed=5)
    with store.read() as session:
        event = select_event(session, summary.event_id)
        return event, workshops_in_order(session, event.id)


def test_workshops_come_in_start_order(store):
    event, workshops = _demo(store)
    assert len(workshops) == 12
    starts = [w.starts_at for w in workshops]
    assert starts == sorted(starts)
    assert all(w.event_id == event.id for w in workshops)


def test_the_running_workshop_then_the_next_then_the_last(store):
    event, workshops = _demo(store)
    first = workshops[0]
    during = first.starts_at + (first.ends_at - first.starts_at) / 2
    running = workshop_at(workshops, during)
    assert running is not None
    assert running.starts_at <= during < running.ends_at
    early = at_local(event.starts_on, 6, 0, event.timezone)
    assert workshop_at(workshops, early) is first
    late = at_local(event.starts_on, 23, 0, event.timezone)
    assert workshop_at(workshops, late) is workshops[-1]
    assert workshop_at([], early) is None
    assert isinstance(late, dt.datetime)
