"""The organiser's attendee table: who each filter keeps, in the order a person expects."""

from __future__ import annotations

import datetime as dt

import pytest

from catchdesk.core.attendee_table import (
    AttendeeIndex,
    RowStatus,
    SortKey,
    StatusFilter,
    TableQuery,
    WorkshopLink,
    load_rows,
    matching_ids,
    sectors_in_use,
    workshop_choices,
)
from catchdesk.core.attendees import add_attendee
from catchdesk.core.checkin import check_in
from catchdesk.core.merge import merge_attendees
from catchdesk.core.models import AttendeeStatus, Enrolment, Event, Workshop
from catchdesk.core.undo import undo_last_checkin

T0 = dt.datetime(2026, 11, 26, 8, 30, tzinfo=dt.UTC)
PEOPLE = [
    # first, last, organisation, sector
    ("Zoé", "Öztürk", "Garage Öztürk", "artisanat"),
    ("marc", "de Smet", "", "horeca"),
    ("Hélène", "Dupré", "Boulangerie Dupré", "commerce de détail"),
    ("Łukasz", "Wójcik", "Atelier Bois", ""),
    ("Anna", "Nowak", "Épicerie Nowak", "commerce de détail"),
    ("Émile", "Dupré", "", "horeca"),
]


@pytest.fixture
def world(store, event):
    """Six people: two arrived (Łukasz, then Zoé, who also went to the workshop), Anna
    cancelled, Hélène enrolled in the workshop."""
    with store.write() as session:
        ev = session.get(Event, event.id)
        people = {}
        for first, last, organisation, sector in PEOPLE:
            people[first] = add_attendee(session, ev, first_name=first, last_name=last,
                                         organisation=organisation, sector=sector)  # fmt: skip
        people["Anna"].status = AttendeeStatus.CANCELLED.value
        workshop = Workshop(event_id=ev.id, title="Site web", room="Meuse", starts_at=T0,
                            ends_at=T0 + dt.timedelta(hours=1))  # fmt: skip
        session.add(workshop)
        session.flush()
        session.add(
            Enrolment(event_id=ev.id, attendee_id=people["Hélène"].id, workshop_id=workshop.id)
        )
    scan(store, event, people["Łukasz"].code, now=T0)
    scan(store, event, people["Zoé"].code, now=T0 + dt.timedelta(minutes=5))
    scan(store, event, people["Zoé"].code, workshop=workshop.id,
         now=T0 + dt.timedelta(minutes=10))  # fmt: skip
    return {"ids": {first: person.id for first, person in people.items()},
            "workshop": workshop.id}  # fmt: skip


def scan(store, event, code, *, workshop=None, now=T0, desk="Desk 1"):
    with store.write() as session:
        return check_in(
            session, session.get(Event, event.id), code, desk=desk, workshop_id=workshop, now=now
        )


def names(store, event, **query):
    with store.read() as session:
        index = AttendeeIndex.load(session, event.id)
        ids = matching_ids(session, index, TableQuery(**query))
        return [row.full_name for row in load_rows(session, ids)]


def test_names_sort_folded_by_last_then_first_name(store, event, world):
    assert names(store, event) == [
        "marc de Smet", "Émile Dupré", "Hélène Dupré", "Anna Nowak", "Zoé Öztürk",
        "Łukasz Wójcik",
    ]  # fmt: skip
    assert names(store, event, descending=True)[0] == "Łukasz Wójcik"
    assert names(store, event, sort=SortKey.FIRST_NAME)[:3] == [
        "Anna Nowak", "Émile Dupré", "Hélène Dupré"]  # fmt: skip


def test_blank_organisations_stay_last_both_ways(store, event, world):
    ascending = names(store, event, sort=SortKey.ORGANISATION)
    descending = names(store, event, sort=SortKey.ORGANISATION, descending=True)
    assert ascending[:4] == ["Łukasz Wójcik", "Hélène Dupré", "Anna Nowak", "Zoé Öztürk"]
    assert descending[:4] == ["Zoé Öztürk", "Anna Nowak", "Hélène Dupré", "Łukasz Wójcik"]
    assert ascending[4:] == descending[4:] == ["marc de Smet", "Émile Dupré"]


def test_status_filters(store, event, world):
    assert names(store, event, status=StatusFilter.CHECKED_IN) == ["Zoé Öztürk", "Łukasz Wójcik"]
    assert names(store, event, status=StatusFilter.NOT_ARRIVED) == [
        "marc de Smet", "Émile Dupré", "Hélène Dupré"]  # fmt: skip
    assert names(store, event, status=StatusFilter.CANCELLED) == ["Anna Nowak"]
    assert len(names(store, event, status=StatusFilter.REGISTERED)) == 5
    assert len(names(store, event, status=StatusFilter.ANY)) == 6


def test_undone_check_in_means_not_arrived(store, event, world):
    with store.write() as session:
        undo_last_checkin(session, session.get(Event, event.id), "Desk 1")  # Zoé at the door
        undo_last_checkin(session, session.get(Event, event.id), "Desk 1")  # Zoé at the desk
    assert names(store, event, status=StatusFilter.CHECKED_IN) == ["Łukasz Wójcik"]


def test_sorting_by_arrival_keeps_those_not_arrived_last(store, event, world):
    first = names(store, event, sort=SortKey.CHECKED_IN_AT)
    last = names(store, event, sort=SortKey.CHECKED_IN_AT, descending=True)
    assert first[:2] == ["Łukasz Wójcik", "Zoé Öztürk"]
    assert last[:2] == ["Zoé Öztürk", "Łukasz Wójcik"]
    assert first[2:] == last[2:]


def test_sector_workshop_and_text_filters(store, event, world):
    assert names(store, event, sector="horeca") == ["marc de Smet", "Émile Dupré"]
    assert names(store, event, sector="") == ["Łukasz Wójcik"]
    workshop = world["workshop"]
    assert names(store, event, workshop_id=workshop) == ["Hélène Dupré", "Zoé Öztürk"]
    assert names(store, event, workshop_id=workshop, workshop_link=WorkshopLink.ATTENDED) == [
        "Zoé Öztürk"]  # fmt: skip
    assert names(store, event, workshop_id=workshop, workshop_link=WorkshopLink.ENROLLED) == [
        "Hélène Dupré"]  # fmt: skip
    assert names(store, event, text="dupre") == ["Émile Dupré", "Hélène Dupré"]
    assert names(store, event, text="ukasz") == ["Łukasz Wójcik"]
    assert names(store, event, text="dupre helene") == ["Hélène Dupré"]
    assert names(store, event, text="dupre", sector="horeca") == ["Émile Dupré"]


def test_rows_carry_status_and_first_arrival(store, event, world):
    with store.read() as session:
        rows = {row.first_name: row for row in load_rows(session, list(world["ids"].values()))}
    assert rows["Zoé"].status is RowStatus.CHECKED_IN
    assert rows["Zoé"].checked_in_at == T0 + dt.timedelta(minutes=5)
    assert rows["Zoé"].desk == "Desk 1"
    assert rows["Anna"].status is RowStatus.CANCELLED
    assert rows["Hélène"].status is RowStatus.NOT_ARRIVED
    assert rows["Hélène"].checked_in_at is None


def test_merged_people_are_only_shown_on_request(store, event, world):
    with store.write() as session:
        merge_attendees(session, world["ids"]["Hélène"], world["ids"]["Émile"])
    assert "Émile Dupré" not in names(store, event)
    assert names(store, event, status=StatusFilter.MERGED) == ["Émile Dupré"]


def test_choices_for_the_filters(store, event, world):
    with store.read() as session:
        index = AttendeeIndex.load(session, event.id)
        assert sectors_in_use(index) == ["artisanat", "commerce de détail", "horeca"]
        assert [title for _id, title in workshop_choices(session, event.id)] == ["Site web"]
    index.prepare()
    assert len(index) == 6
