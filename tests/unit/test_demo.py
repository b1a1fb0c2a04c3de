"""The demo event generator: size, realism, determinism, journaling and reuse."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import Counter

import pytest
from sqlalchemy import func, inspect, select

from catchdesk.core import demo
from catchdesk.core.attendees import normalise_external
from catchdesk.core.codes import verify_code
from catchdesk.core.demo import (
    DEFAULT_DAY,
    create_demo_event,
    find_demo_event,
    summarise_demo_event,
)
from catchdesk.core.demo_data import NEEDS, SECTORS
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.journal import JournalEntry
from catchdesk.core.models import (
    Attendee,
    Booking,
    BookingChange,
    Checkin,
    Coach,
    CoachSlot,
    Enrolment,
    Event,
    ExternalCode,
    Workshop,
)
from catchdesk.core.store import open_store
from catchdesk.core.textfold import fold
from catchdesk.core.timeutil import local_time

ZONE = "Europe/Brussels"
DEMO_TABLES = (Event, Attendee, ExternalCode, Workshop, Enrolment, Coach, CoachSlot)


def make_demo(store, **kwargs):
    with store.write() as session:
        return create_demo_event(session, **kwargs)


def count(session, model, *where):
    return session.scalar(select(func.count()).select_from(model).where(*where))


def snapshot(store):
    """Everything that must be the same for the same seed (not the device that wrote it)."""
    with store.read() as session:
        event = session.scalars(select(Event)).one()
        return {
            "event": (event.id, event.name, event.tag, event.ticket_secret, event.signing_key),
            "attendees": session.execute(
                select(
                    Attendee.id,
                    Attendee.code,
                    Attendee.first_name,
                    Attendee.last_name,
                    Attendee.email,
                    Attendee.organisation,
                    Attendee.role,
                    Attendee.status,
                    Attendee.created_at,
                ).order_by(Attendee.id)
            ).all(),
            "external": session.execute(
                select(ExternalCode.id, ExternalCode.attendee_id, ExternalCode.code).order_by(
                    ExternalCode.id
                )
            ).all(),
            "workshops": session.execute(
                select(Workshop.id, Workshop.title, Workshop.starts_at).order_by(Workshop.id)
            ).all(),
            "coaches": session.execute(
                select(Coach.id, Coach.attendee_id, Coach.name).order_by(Coach.id)
            ).all(),
            "slots": session.execute(
                select(CoachSlot.id, CoachSlot.starts_at, CoachSlot.blocked).order_by(CoachSlot.id)
            ).all(),
            "enrolments": session.execute(
                select(Enrolment.id, Enrolment.attendee_id, Enrolment.workshop_id).order_by(
                    Enrolment.id
                )
            ).all(),
        }


def test_default_demo_has_the_size_of_the_real_day(store):
    summary = make_demo(store)

    assert summary.attendees == 900
    assert summary.workshops == 12
    assert summary.coaches == 8
    assert summary.slots > 100
    assert 1 <= summary.blocked_slots < 10
    assert summary.roles["coach"] == 8
    assert 5 <= summary.roles["staff"] <= 35
    assert 5 <= summary.roles["partner"] <= 35
    assert summary.roles["participant"] > 800
    assert 0.6 * 900 < summary.external_codes < 0.8 * 900
    assert 10 <= summary.cancelled <= 50
    with store.read() as session:
        assert count(session, Attendee) == 900
        assert count(session, Workshop) == 12
        assert count(session, Coach) == 8
        assert count(session, CoachSlot) == summary.slots
        assert count(session, ExternalCode) == summary.external_codes
        assert count(session, Enrolment) == summary.enrolments
    assert store.integrity_problems() == []
    as_json = json.loads(json.dumps(summary.to_dict()))
    assert as_json["event_date"] == DEFAULT_DAY.isoformat()
    assert as_json["attendees"] == 900


def test_event_is_a_seeded_demo_in_brussels(store):
    summary = make_demo(store, attendees=20, seed=7, day=dt.date(2027, 3, 18))
    with store.read() as session:
        event = session.get(Event, summary.event_id)
        workshops = session.scalars(select(Workshop)).all()
    assert event.is_demo
    assert event.settings["demo_seed"] == 7
    assert event.timezone == ZONE
    assert event.starts_on == dt.date(2027, 3, 18) == summary.event_date
    assert "Journée du numérique" in event.name and "Namur" in event.name
    assert event.venue and event.organiser
    assert len(event.ticket_secret) == 32 and len(event.signing_key) == 32
    assert {local_time(w.starts_at, ZONE).date() for w in workshops} == {dt.date(2027, 3, 18)}


def test_same_seed_gives_the_same_event_in_two_stores(store, tmp_path):
    other = open_store(tmp_path / "other.sqlite", desk="Desk 2")
    try:
        make_demo(store, attendees=300, seed=42)
        make_demo(other, attendees=300, seed=42)
        first, second = snapshot(store), snapshot(other)
    finally:
        other.close()
    assert first == second
    assert len(first["attendees"]) == 300


def test_different_seeds_give_different_events_side_by_side(store):
    one = make_demo(store, attendees=200, seed=1)
    two = make_demo(store, attendees=200, seed=2)
    assert one.event_id != two.event_id
    with store.read() as session:

        def people(event_id):
            return session.execute(
                select(Attendee.id, Attendee.code, Attendee.first_name, Attendee.last_name).where(
                    Attendee.event_id == event_id
                )
            ).all()

        first, second = people(one.event_id), people(two.event_id)
    assert not {row.id for row in first} & {row.id for row in second}
    assert {row.code for row in first} != {row.code for row in second}
    assert [r[2:] for r in first] != [r[2:] for r in second]


def test_names_reach_beyond_latin1_and_fold_for_search(store):
    make_demo(store)
    with store.read() as session:
        people = session.scalars(select(Attendee)).all()
    names = [f"{a.first_name} {a.last_name}" for a in people]
    assert sum(any(ord(ch) > 255 for ch in name) for name in names) >= 20
    assert any(any("\u0400" <= ch <= "\u04ff" for ch in name) for name in names)  # Cyrillic
    assert len({a.last_name for a in people}) > 200
    for attendee in people:
        assert attendee.search_text.isascii(), attendee.search_text
        assert fold(attendee.last_name) in attendee.search_text
        assert attendee.email.isascii() and attendee.email.count("@") == 1
    assert len({a.email for a in people}) == len(people)


def test_every_code_verifies_and_is_unique(store):
    summary = make_demo(store)
    with store.read() as session:
        event = session.get(Event, summary.event_id)
        codes = session.scalars(select(Attendee.code)).all()
        externals = session.scalars(select(ExternalCode)).all()
        attendee_ids = set(session.scalars(select(Attendee.id)))
    assert len(codes) == len(set(codes)) == 900
    assert all(verify_code(code, event.tag, event.ticket_secret) for code in codes)
    assert len({ext.code for ext in externals}) == len(externals)
    for ext in externals:
        assert ext.system == "eventbrite"
        assert len(ext.raw) == 18 and ext.raw.isdigit()
        assert ext.code == normalise_external(ext.raw)
        assert ext.attendee_id in attendee_ids


def test_nobody_is_checked_in_or_booked_yet(store):
    make_demo(store)
    with store.read() as session:
        assert count(session, Checkin) == 0
        assert count(session, Booking) == 0
        assert count(session, BookingChange) == 0


def test_enrolments_fill_one_workshop_exactly(store):
    summary = make_demo(store)
    with store.read() as session:
        workshops = {w.id: w for w in session.scalars(select(Workshop))}
        enrolments = session.scalars(select(Enrolment)).all()
        people = {a.id: a for a in session.scalars(select(Attendee))}
    per_workshop = Counter(e.workshop_id for e in enrolments)
    assert sum(per_workshop.values()) == summary.enrolments > 0
    assert all(workshops[w].enrolment_required for w in per_workshop)
    assert all(n <= workshops[w].capacity for w, n in per_workshop.items())
    full = [w for w, n in per_workshop.items() if n == workshops[w].capacity]
    assert len(full) == 1
    assert [w["id"] for w in summary.full_workshops] == full
    assert any(n < workshops[w].capacity for w, n in per_workshop.items())
    enrolled = [people[e.attendee_id] for e in enrolments]
    assert all(a.role == "participant" and a.status == "registered" for a in enrolled)
    assert len({a.id for a in enrolled}) == len(enrolled)  # no one in two (overlapping) rooms


def test_workshops_run_across_the_day_in_several_rooms(store):
    make_demo(store)
    with store.read() as session:
        workshops = session.scalars(select(Workshop)).all()
    rooms = {w.room: w.capacity for w in workshops}
    assert len(rooms) >= 3 and max(rooms.values()) >= 100
    assert sum(w.enrolment_required for w in workshops) >= 2
    for workshop in workshops:
        start, end = local_time(workshop.starts_at, ZONE), local_time(workshop.ends_at, ZONE)
        assert workshop.starts_at.tzinfo is not None
        assert start.date() == DEFAULT_DAY and start < end
        assert dt.time(9, 30) <= start.time() and end.time() <= dt.time(17, 0)
        assert workshop.topic and workshop.speaker


def test_coaches_have_twenty_minute_slots_around_lunch(store):
    make_demo(store)
    with store.read() as session:
        coaches = session.scalars(select(Coach)).all()
        slots = session.scalars(select(CoachSlot).order_by(CoachSlot.starts_at)).all()
        coach_people = {a.id: a for a in session.scalars(select(Attendee))}
    assert len({c.place for c in coaches}) == len({c.colour for c in coaches}) == 8
    steps = set()
    for coach in coaches:
        assert coach_people[coach.attendee_id].role == "coach"
        assert coach.topics and set(coach.languages) <= {"fr", "nl", "en"}
        own = [s for s in slots if s.coach_id == coach.id]
        assert own
        for slot, following in itertools.pairwise(own):
            assert slot.ends_at <= following.starts_at
            steps.add(following.starts_at - slot.starts_at)
        for slot in own:
            start, end = local_time(slot.starts_at, ZONE), local_time(slot.ends_at, ZONE)
            assert end - start == dt.timedelta(minutes=20)
            assert dt.time(10, 0) <= start.time() and end.time() <= dt.time(16, 40)
    assert dt.timedelta(minutes=20) in steps and dt.timedelta(minutes=25) in steps
    assert any(step >= dt.timedelta(minutes=60) for step in steps)  # a lunch break
    assert any(slot.blocked for slot in slots)
    assert sum(slot.blocked for slot in slots) < len(slots) // 10
    assert any("Nuvalis" in coach.organisation for coach in coaches)


def test_attendees_look_like_the_region(store):
    make_demo(store)
    with store.read() as session:
        people = session.scalars(select(Attendee)).all()
    languages = Counter(a.language for a in people)
    assert set(languages) == {"fr", "nl", "en"} and languages["fr"] > 600
    assert sum(a.consent for a in people) > 0.8 * len(people)
    need_names = {name for name, _ in NEEDS}
    for attendee in people:
        if attendee.needs:
            assert set(attendee.needs.split(", ")) <= need_names
        assert attendee.sector in SECTORS or attendee.sector == ""
        assert not attendee.phone or attendee.phone.startswith("+32 4")
    sectors = Counter(a.sector for a in people)
    assert len(sectors) >= 12
    organisations = [a.organisation for a in people]
    assert any(org.startswith("Boulangerie") for org in organisations)
    assert any(org == "" for org in organisations)
    assert any(a.organisation == f"{a.first_name} {a.last_name}" for a in people)  # freelancers
    assert any(a.phone for a in people)


def test_every_demo_row_is_in_the_journal(store):
    summary = make_demo(store, attendees=120)
    with store.read() as session:
        entries = session.scalars(
            select(JournalEntry).where(
                JournalEntry.event_id == summary.event_id, JournalEntry.op == "insert"
            )
        ).all()
        by_entity: dict[str, dict[str, dict]] = {}
        for entry in entries:
            by_entity.setdefault(entry.entity, {})[entry.entity_id] = entry.payload
        for model in DEMO_TABLES:
            ids = set(session.scalars(select(model.id)))
            journaled = by_entity.get(model.__tablename__, {})
            assert set(journaled) == ids, model.__tablename__
            columns = {attr.key for attr in inspect(model).column_attrs}
            for payload in journaled.values():
                assert set(payload) == columns, model.__tablename__
                assert payload["origin_device_id"] == store.device_id


def test_find_demo_event_reuses_the_demo_of_a_seed(store):
    with store.read() as session:
        assert find_demo_event(session, 2026) is None
    summary = make_demo(store, attendees=30)
    with store.write() as session:
        found = find_demo_event(session, 2026)
        assert found is not None and found.id == summary.event_id
        assert find_demo_event(session, 2027) is None
        again = summarise_demo_event(session, found)
        with pytest.raises(CatchDeskError, match="already has the demo"):
            create_demo_event(session, attendees=30)
    assert same_but_time(again, summary)
    with store.read() as session:
        assert count(session, Event) == 1


def same_but_time(one, two):
    first, second = one.to_dict(), two.to_dict()
    first.pop("seconds"), second.pop("seconds")
    return first == second


def test_summary_samples_are_codes_to_try(store):
    summary = make_demo(store)
    with store.read() as session:
        by_code = {a.code: a for a in session.scalars(select(Attendee))}
        raws = {e.raw: e.attendee_id for e in session.scalars(select(ExternalCode))}
    assert len(summary.sample_codes) == 3
    assert all(by_code[c].status == "registered" for c in summary.sample_codes)
    assert all(by_code[c].role == "participant" for c in summary.sample_codes)
    assert [by_code[c].status for c in summary.sample_cancelled_codes] == ["cancelled"]
    assert len(summary.sample_external_codes) == 2
    assert all(raw in raws for raw in summary.sample_external_codes)


def test_small_demo_still_has_a_full_workshop(store):
    summary = make_demo(store, attendees=50)
    assert summary.attendees == 50
    assert summary.coaches == 8
    assert len(summary.full_workshops) == 1
    with store.read() as session:
        linked = session.scalars(select(Coach.attendee_id)).all()
    assert all(linked)


@pytest.mark.parametrize("size", [0, 3])
def test_tiny_demos_work(store, size):
    summary = make_demo(store, attendees=size)
    assert summary.attendees == size
    assert summary.coaches == 8
    assert summary.enrolments == 0
    with store.read() as session:
        linked = [c for c in session.scalars(select(Coach.attendee_id)) if c]
    assert len(linked) == size


def test_negative_size_is_refused(store):
    with pytest.raises(CatchDeskError), store.write() as session:
        create_demo_event(session, attendees=-1)


def test_progress_is_reported_per_chunk(store, monkeypatch):
    monkeypatch.setattr(demo, "CHUNK_SIZE", 100)
    calls = []
    make_demo(store, attendees=250, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 250), (100, 250), (200, 250), (250, 250)]
