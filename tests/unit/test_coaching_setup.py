"""Preparing coaching: coaches, slots from availability (length, buffer, breaks), blocking,
settings, and the migration that brings an older store up to date."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from coaching_helpers import Morning, build_morning
from sqlalchemy import inspect, select, text

from catchdesk.core.coaching.booking import book
from catchdesk.core.coaching.coaches import (
    PALETTE,
    coaching_topics,
    create_coach,
    find_coach,
    list_coaches,
    update_coach,
)
from catchdesk.core.coaching.errors import SetupRefused
from catchdesk.core.coaching.settings import (
    CoachingSettings,
    coaching_settings,
    update_coaching_settings,
)
from catchdesk.core.coaching.slots import (
    add_slot,
    generate_slots,
    list_slots,
    plan_slots,
    set_slot_blocked,
)
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.models import CoachSlot, Event
from catchdesk.core.store import open_store
from catchdesk.core.timeutil import at_local


@pytest.fixture
def morning(store, event) -> Morning:
    return build_morning(store, event)


@pytest.fixture(autouse=True)
def english(monkeypatch) -> None:
    monkeypatch.setenv("CATCHDESK_LANG", "en")


ZONE = "Europe/Brussels"
DAY = dt.date(2026, 11, 26)


def at(hhmm: str) -> dt.datetime:
    hours, minutes = hhmm.split(":")
    return at_local(DAY, int(hours), int(minutes), ZONE)


def clock(pairs: list[tuple[dt.datetime, dt.datetime]]) -> list[str]:
    return [f"{start:%H:%M}-{end:%H:%M}" for start, end in pairs]


def test_plan_slots_with_length_only():
    planned = plan_slots([(at("10:00"), at("11:00"))], length=dt.timedelta(minutes=20))
    assert clock(planned) == ["10:00-10:20", "10:20-10:40", "10:40-11:00"]


def test_plan_slots_with_a_buffer_between_people():
    planned = plan_slots(
        [(at("10:00"), at("11:20"))],
        length=dt.timedelta(minutes=20),
        buffer=dt.timedelta(minutes=5),
    )
    assert clock(planned) == ["10:00-10:20", "10:25-10:45", "10:50-11:10"]


def test_plan_slots_around_breaks_and_across_windows():
    planned = plan_slots(
        [(at("13:30"), at("14:30")), (at("10:00"), at("12:00"))],
        length=dt.timedelta(minutes=30),
        breaks=[(at("10:45"), at("11:00"))],
    )
    # 10:30-11:00 would touch the break: the next slot starts when the break ends.
    assert clock(planned) == [
        "10:00-10:30",
        "11:00-11:30",
        "11:30-12:00",
        "13:30-14:00",
        "14:00-14:30",
    ]


def test_plan_slots_refuses_nonsense():
    with pytest.raises(SetupRefused, match="at least one minute"):
        plan_slots([(at("10:00"), at("11:00"))], length=dt.timedelta(0))
    with pytest.raises(SetupRefused, match="not negative"):
        plan_slots(
            [(at("10:00"), at("11:00"))],
            length=dt.timedelta(minutes=20),
            buffer=dt.timedelta(minutes=-5),
        )
    with pytest.raises(SetupRefused, match="must end after it starts"):
        plan_slots([(at("11:00"), at("10:00"))], length=dt.timedelta(minutes=20))


def test_coaches_are_created_with_clean_topics_languages_and_a_colour(store, event):
    with store.write() as session:
        ev = session.get(Event, event.id)
        first = create_coach(
            session,
            ev,
            name="  Sophie   Vandenberghe ",
            organisation="Nuvalis",
            topics=["référencement", " Referencement", "", "publicité en ligne"],
            languages=["FR", "nl", "fr"],
            place="Table 1",
        )
        second = create_coach(session, ev, name="Julien", topics=["site web"], place="Table 10")
        third = create_coach(session, ev, name="Ana", place="Table 2", colour="#75507B")
        assert first.name == "Sophie Vandenberghe"
        assert first.topics == ["référencement", "publicité en ligne"]
        assert first.languages == ["fr", "nl"]
        assert (first.colour, second.colour, third.colour) == (PALETTE[0], PALETTE[1], "#75507b")
        assert [c.name for c in list_coaches(session, ev)] == [
            "Sophie Vandenberghe",
            "Ana",
            "Julien",
        ]
        assert coaching_topics(session, ev) == ["publicité en ligne", "référencement", "site web"]
        assert find_coach(session, ev, "table 10").name == "Julien"
        assert find_coach(session, ev, "vandenberghe").id == first.id


def test_coach_edits_and_refusals(store, event):
    with store.write() as session:
        ev = session.get(Event, event.id)
        coach = create_coach(session, ev, name="Sophie", topics=["SEO"])
        update_coach(session, ev, coach.id, topics=["SEO", "SEA"], languages=["en"], place="T4")
        assert (coach.topics, coach.languages, coach.place) == (["SEO", "SEA"], ["en"], "T4")
        with pytest.raises(SetupRefused) as caught:
            create_coach(session, ev, name="  ")
        assert str(caught.value) == "A coach needs a name."
        with pytest.raises(SetupRefused) as caught:
            update_coach(session, ev, coach.id, colour="blue")
        assert str(caught.value) == "“blue” is not a colour: write it like #3465a4."
        with pytest.raises(SetupRefused) as caught:
            create_coach(session, ev, name="X", languages=["français"])
        assert str(caught.value) == (
            "“français” is not a language code: use two letters, such as fr, nl or en."
        )
        with pytest.raises(CatchDeskError, match="matches 2 coaches"):
            create_coach(session, ev, name="Sophie Martin")
            find_coach(session, ev, "soph")


def test_generated_slots_never_overlap_a_coachs_own(morning):
    m = morning
    with m.store.write() as session:
        with pytest.raises(SetupRefused) as caught:
            generate_slots(
                session,
                m.event,
                m.coaches["Sophie"],
                [(m.at("11:30"), m.at("13:00"))],
                length=dt.timedelta(minutes=30),
            )
        assert str(caught.value) == (
            "Sophie Vandenberghe already has a slot from 11:20 to 11:40 that overlaps: choose "
            "another time."
        )
        made = generate_slots(
            session,
            m.event,
            m.coaches["Sophie"],
            [(m.at("12:00"), m.at("13:00"))],
            length=dt.timedelta(minutes=30),
        )
        assert len(made) == 2
        # Another coach at the same time is fine.
        add_slot(session, m.event, m.coaches["Emma"], m.at("12:00"), m.at("12:30"))
        with pytest.raises(SetupRefused, match="from 12:00 to 12:30"):
            add_slot(session, m.event, m.coaches["Sophie"], m.at("12:15"), m.at("12:45"))
        with pytest.raises(SetupRefused, match="must end after it starts"):
            add_slot(session, m.event, m.coaches["Sophie"], m.at("14:00"), m.at("14:00"))
        by_hand = add_slot(session, m.event, m.coaches["Sophie"], m.at("13:00"), m.at("13:20"))
        sophie = list_slots(session, m.event, coach_id=m.coaches["Sophie"])
    assert [s.starts_at for s in sophie][-3:] == [m.at("12:00"), m.at("12:30"), m.at("13:00")]
    assert sophie[-1].id == by_hand.id and sophie[-1].place == "Table 1"


def test_a_slot_someone_holds_is_not_blocked(morning):
    m = morning
    with m.store.write() as session:
        book(session, m.event, m.people["Hélène"], slot_id=m.slot("Sophie", "10:00"), now=m.now)
    with pytest.raises(SetupRefused) as caught, m.store.write() as session:
        set_slot_blocked(session, m.event, m.slot("Sophie", "10:00"), True)
    assert str(caught.value) == (
        "Sophie Vandenberghe's 10:00 slot is booked by Hélène Dupré: cancel the booking before "
        "blocking it."
    )
    with m.store.write() as session:
        assert set_slot_blocked(session, m.event, m.slot("Sophie", "10:20"), True).blocked
        assert not set_slot_blocked(session, m.event, m.slot("Sophie", "10:20"), False).blocked


def test_settings_have_defaults_and_can_change(store, event):
    assert coaching_settings(event) == CoachingSettings(2, 5, False)
    with store.write() as session:
        ev = session.get(Event, event.id)
        ev.settings = {**ev.settings, "coaching": {"max_bookings_per_day": "many"}}
        assert coaching_settings(ev).max_bookings_per_day == 2
        changed = update_coaching_settings(
            session, ev, max_bookings_per_day=3, checked_in_only=True
        )
        assert changed == CoachingSettings(3, 5, True)
        with pytest.raises(SetupRefused) as caught:
            update_coaching_settings(session, ev, no_show_grace_minutes=-1)
        assert str(caught.value) == "Coaching setting not valid: no_show_grace_minutes ≥ 0."
    with store.read() as session:
        stored = session.get(Event, event.id)
        assert coaching_settings(stored) == CoachingSettings(3, 5, True)
        assert stored.settings["coaching"]["checked_in_only"] is True


def test_an_older_store_with_data_migrates_to_coaching(tmp_path):
    from alembic import command

    from catchdesk.core.store import SCHEMA_HEAD, _alembic_config

    path = tmp_path / "old.sqlite"
    fresh = open_store(path)
    fresh.close()
    # Take the file back to the previous schema, as a store written by the last release.
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE coaching_waitlist")
    conn.execute("DROP INDEX ix_slot_event_time")
    conn.execute("ALTER TABLE bookings DROP COLUMN language")
    conn.execute("UPDATE alembic_version SET version_num = '0003_paper'")
    conn.commit()
    conn.close()
    old = sqlite3.connect(path)
    old.execute(
        "INSERT INTO events (id, created_at, name, starts_on, venue, organiser, timezone, tag, "
        "ticket_secret, settings, is_demo) VALUES ('e1', '2026-01-01', 'Salon', '2026-11-26', "
        "'', '', 'Europe/Brussels', 'ABCD', x'00', '{}', 0)"
    )
    old.commit()
    old.close()
    store = open_store(path)
    with store.read() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            SCHEMA_HEAD
        )
        assert session.get(Event, "e1").name == "Salon"
        names = {i["name"] for i in inspect(session.connection()).get_indexes("coach_slots")}
        assert "ix_slot_event_time" in names
    assert list(tmp_path.glob("old.before-0003_paper.*.bak"))
    # Running the upgrade again over what is already there changes nothing and fails on nothing.
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0003_paper'"))
        command.upgrade(_alembic_config(conn), "head")
    with store.read() as session:
        assert session.scalars(select(CoachSlot)).all() == []
    store.close()


def test_the_demo_day_gets_its_slots_from_the_generator(store):
    from catchdesk.core.demo import create_demo_event

    with store.write() as session:
        summary = create_demo_event(session, attendees=60, seed=3, day=DAY)
    assert (summary.coaches, summary.slots) == (8, 125)


def test_build_morning_makes_six_slots_per_coach(store, event):
    m: Morning = build_morning(store, event)
    assert len(m.slots) == 18 and m.slot("Emma", "11:40")
