"""The coaching screens on a big day: 2,000 slots, about 90 coaches, 1,500 booked.

Run with ``python3 -m pytest tests/bench/test_bench_coaching_gui.py -s -p no:cacheprovider``.
The GUI thread must never freeze for more than 50 ms (DESIGN.md §2): the grid is read in a
worker, so what the window pays is putting a read on screen, a booking (one core call), and
coach mode's refresh of one coach's day.
"""

from __future__ import annotations

import datetime as dt
import random
import time

import pytest
from sqlalchemy import func, select
from test_bench_core import report

from catchdesk.core.coaching.booking import book
from catchdesk.core.coaching.coaches import create_coach
from catchdesk.core.coaching.errors import CoachingRefused
from catchdesk.core.coaching.slots import generate_slots
from catchdesk.core.demo import create_demo_event
from catchdesk.core.models import Attendee, CoachSlot, Enrolment, Event
from catchdesk.core.store import Store, open_store
from catchdesk.core.timeutil import at_local
from catchdesk.ui.coach_mode import CoachModeScreen
from catchdesk.ui.coaching import CoachingScreen
from catchdesk.ui.coaching_reading import read_desk
from catchdesk.ui.context import DeskContext
from catchdesk.ui.settings import Settings

DAY = dt.date(2026, 11, 26)
SLOTS = 2_000
TOPICS = ("site web", "référencement", "e-commerce", "réseaux sociaux")


@pytest.fixture(scope="module")
def big_day(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, str, list[str]]:
    """A 5,000-person demo, coaches until the day has 2,000 slots, 1,500 of them booked."""
    store = open_store(tmp_path_factory.mktemp("bench-coaching-gui") / "day.sqlite", desk="B")
    rng = random.Random(3)
    with store.write() as session:
        create_demo_event(session, attendees=5_000, seed=7, day=DAY)
        event = session.scalars(select(Event)).one()
        have = session.scalar(select(func.count()).select_from(CoachSlot)) or 0
        index = 0
        while have < SLOTS:
            index += 1
            coach = create_coach(
                session,
                event,
                name=f"Coach {index}",
                topics=rng.sample(TOPICS, 2),
                place=f"Table {100 + index}",
            )
            start = at_local(DAY, 9, 0, event.timezone)
            wanted = min(25, SLOTS - have)
            have += len(
                generate_slots(
                    session,
                    event,
                    coach.id,
                    [(start, start + dt.timedelta(minutes=20 * wanted))],
                    length=dt.timedelta(minutes=20),
                )
            )
        people = list(
            session.scalars(
                select(Attendee.id).where(
                    Attendee.event_id == event.id,
                    Attendee.role == "participant",
                    ~Attendee.id.in_(select(Enrolment.attendee_id)),
                )
            )
        )
        booked = 0
        early = at_local(DAY, 8, 0, event.timezone)
        for person in people[:1_700]:
            try:
                book(session, event, person, topic=rng.choice(TOPICS), now=early)
                booked += 1
            except CoachingRefused:
                continue
            if booked >= 1_500:
                break
    return store, event.id, people[1_700:]


def _context(store: Store, event_id: str) -> DeskContext:
    settings = Settings()
    settings.language = "en"
    return DeskContext(store=store, event_id=event_id, settings=settings)


def test_coaching_screen_gui_thread(benchmark, qapp, big_day):
    store, event_id, free_people = big_day
    context = _context(store, event_id)
    event = context.event()
    moment = at_local(DAY, 11, 0, event.timezone)
    screen = CoachingScreen(context, clock=lambda: moment)
    screen.resize(1280, 800)
    screen.show()
    screen.wait_idle()
    read_ms: list[float] = []
    apply_ms: list[float] = []
    book_ms: list[float] = []
    people = iter(free_people)

    def one_round() -> None:
        start = time.perf_counter()
        view = read_desk(context, screen.the_event, screen.day, moment, None)
        read_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        screen._show_view(view)
        qapp.processEvents()
        apply_ms.append((time.perf_counter() - start) * 1000)
        screen.choose_attendee(next(people))
        screen.booking.topic_input.setEditText("site web")
        start = time.perf_counter()
        screen.book_next_free()
        book_ms.append((time.perf_counter() - start) * 1000)
        screen.wait_idle()

    for _ in range(3):
        one_round()
    read_ms.clear()
    apply_ms.clear()
    book_ms.clear()
    benchmark.pedantic(one_round, rounds=40, iterations=1)
    report("coaching screen: read the day (worker thread, 2k slots)", read_ms)
    report("coaching screen: booking on the GUI thread (2k slots)", book_ms)
    figures = report("coaching screen: show a read on the GUI thread (2k slots)", apply_ms)
    benchmark.extra_info.update(figures)
    screen.stop_jobs()
    screen.close()


def test_coach_mode_refresh(benchmark, qapp, big_day):
    store, event_id, _people = big_day
    context = _context(store, event_id)
    event = context.event()
    moment = at_local(DAY, 11, 0, event.timezone)
    screen = CoachModeScreen(context, clock=lambda: moment)
    screen.show()
    screen.select_coach(screen.coach_picker.itemData(20))
    samples: list[float] = []

    def one_refresh() -> None:
        start = time.perf_counter()
        screen.refresh()
        qapp.processEvents()
        samples.append((time.perf_counter() - start) * 1000)

    for _ in range(5):
        one_refresh()
    samples.clear()
    benchmark.pedantic(one_refresh, rounds=60, iterations=1)
    benchmark.extra_info.update(report("coach mode: refresh one coach's day (2k slots)", samples))
    screen.close()
