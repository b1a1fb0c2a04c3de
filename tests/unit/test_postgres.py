"""The server engine: the same store, rules and search on the PostgreSQL of this machine."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from catchdesk.core.attendees import add_attendee
from catchdesk.core.checkin import check_in
from catchdesk.core.events import create_event
from catchdesk.core.journal import JournalEntry
from catchdesk.core.models import Event
from catchdesk.core.search import search_attendees
from catchdesk.core.stats import event_stats
from catchdesk.core.store import open_store
from catchdesk.core.verdicts import Status

psycopg = pytest.importorskip("psycopg")
pytestmark = pytest.mark.postgres


def test_store_rules_and_search_work_on_postgresql(pg_url):
    store = open_store(pg_url, desk="Server desk")
    with store.write() as session:
        event = create_event(session, "Journée PG", dt.date(2026, 11, 26))
        helene = add_attendee(session, event, first_name="Hélène", last_name="Dupré")
        add_attendee(session, event, first_name="Łukasz", last_name="Wójcik")
        code = helene.code
    with store.write() as session:
        event = session.scalars(select(Event)).one()
        assert check_in(session, event, code.lower(), desk="D1").status is Status.CHECKED_IN
        again = check_in(session, event, code, desk="D2")
        assert again.status is Status.ALREADY_CHECKED_IN
    store.close()

    reopened = open_store(pg_url)
    assert reopened.device_id == store.device_id
    with reopened.read() as session:
        event = session.scalars(select(Event)).one()
        found = search_attendees(session, event, "lukasz")
        assert [h.attendee.last_name for h in found] == ["Wójcik"]
        assert event_stats(session, event).checked_in == 1
        assert session.scalar(select(func.count()).select_from(JournalEntry)) >= 5
    reopened.close()


def test_a_database_of_another_program_is_refused(pg_url):
    raw = psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)
    raw.execute("CREATE TABLE invoices (id int)")
    raw.close()
    from catchdesk.core.errors import StoreError

    with pytest.raises(StoreError, match="another program"):
        open_store(pg_url)


def test_a_missing_database_is_explained(pg_url):
    missing = pg_url.rsplit("/", 1)[0] + "/no_such_database_here"
    from catchdesk.core.errors import StoreError

    with pytest.raises(StoreError, match="cannot reach the database"):
        open_store(missing)
