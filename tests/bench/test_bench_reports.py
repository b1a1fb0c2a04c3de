"""Benchmarks of the statistics figures and exports on a 100,000-attendee store.

Run with ``python3 -m pytest tests/bench/test_bench_reports.py -s -p no:cacheprovider``. The
statistics screen recomputes :func:`live_figures` every 5 seconds while it is shown, in a worker
thread; the figure to watch is its p95, which must stay well under that period (and ideally
under a second, so the numbers never lag a queue). The exports and the summary are one-off
actions: their times are printed for the README. No timing is asserted here.

The store: the demo event with 100,000 attendees, 70 % of them admitted at the entrance over
the morning (a few of those scans revoked), a third of those who came scanned into workshops,
and 300 walk-ins.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from pathlib import Path

import pytest
from sqlalchemy import select, update

from catchdesk.core.demo import create_demo_event
from catchdesk.core.exports import export_attendees, export_figures
from catchdesk.core.ids import new_id
from catchdesk.core.journal import record_rows
from catchdesk.core.models import (
    Attendee,
    AttendeeStatus,
    Checkin,
    CheckinRevocation,
    Event,
    Workshop,
)
from catchdesk.core.reports import live_figures
from catchdesk.core.store import Store, open_store
from catchdesk.core.timeutil import at_local
from catchdesk.core.walk_ins import WALK_IN_SOURCE
from catchdesk.documents.summary import render_summary

BIG = 100_000
CAME = 0.7
ROUNDS = 30


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(name: str, samples_ms: list[float]) -> None:
    figures = {
        "n": len(samples_ms),
        "p50_ms": round(percentile(samples_ms, 0.5), 1),
        "p95_ms": round(percentile(samples_ms, 0.95), 1),
        "max_ms": round(max(samples_ms), 1),
        "mean_ms": round(statistics.fmean(samples_ms), 1),
    }
    print(f"\n[bench] {name}: " + ", ".join(f"{k}={v}" for k, v in figures.items()))


def _row(**values: object) -> dict[str, object]:
    return {"id": new_id(), "origin_device_id": None, **values}


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, str]:
    path = tmp_path_factory.mktemp("reports") / "big.sqlite"
    store = open_store(path, desk="Bench desk")
    with store.write() as session:
        summary = create_demo_event(session, attendees=BIG, seed=11)
    rng = random.Random(3)
    with store.write() as session:
        event = session.get(Event, summary.event_id)
        assert event is not None
        people = session.scalars(
            select(Attendee.id).where(
                Attendee.event_id == event.id, Attendee.status == AttendeeStatus.REGISTERED
            )
        ).all()
        rooms = session.scalars(select(Workshop.id).where(Workshop.event_id == event.id)).all()
        opens = at_local(event.starts_on, 8, 0, event.timezone)
        came = rng.sample(people, int(len(people) * CAME))
        entrance, door, revoked = [], [], []
        for attendee_id in came:
            moment = opens + dt.timedelta(minutes=rng.triangular(0, 300, 50))
            row = _row(
                created_at=moment,
                event_id=event.id,
                attendee_id=attendee_id,
                workshop_id=None,
                desk=f"Accueil {rng.randint(1, 6)}",
                device_id=None,
                scanned_at=moment,
                method="scan",
            )
            entrance.append(row)
            if rng.random() < 0.005:
                revoked.append(
                    _row(
                        created_at=moment,
                        event_id=event.id,
                        checkin_id=row["id"],
                        desk=row["desk"],
                        revoked_at=moment + dt.timedelta(seconds=20),
                        reason="bench",
                    )
                )
            if rng.random() < 0.33:
                later = moment + dt.timedelta(minutes=rng.randint(10, 120))
                door.append(
                    {
                        **row,
                        "id": new_id(),
                        "workshop_id": rng.choice(rooms),
                        "scanned_at": later,
                        "created_at": later,
                    }
                )
        record_rows(session, Checkin, entrance)
        record_rows(session, Checkin, door)
        record_rows(session, CheckinRevocation, revoked)
        session.execute(
            update(Attendee)
            .where(Attendee.id.in_(rng.sample(came, 300)))
            .values(source=WALK_IN_SOURCE)
        )
    store.close()
    return open_store(path, desk="Bench desk"), summary.event_id


def test_live_figures(day):
    store, event_id = day
    samples: list[float] = []
    for _ in range(ROUNDS + 3):
        start = time.perf_counter()
        with store.read() as session:
            event = session.get(Event, event_id)
            figures = live_figures(session, event)
        samples.append((time.perf_counter() - start) * 1000)
    assert figures.checked_in > 0.6 * BIG
    report("live figures (100k store, 70k arrivals)", samples[3:])


def test_exports_and_summary(day, tmp_path: Path):
    store, event_id = day
    with store.read() as session:
        event = session.get(Event, event_id)
        figures = live_figures(session, event)
        for name in ("attendees.csv", "attendees.xlsx"):
            start = time.perf_counter()
            result = export_attendees(session, event, tmp_path / name)
            seconds = time.perf_counter() - start
            print(f"\n[bench] export {result.rows} attendees to {name}: {seconds:.2f} s")
    for name in ("figures.csv", "figures.xlsx"):
        start = time.perf_counter()
        export_figures(figures, tmp_path / name)
        print(f"\n[bench] export figures to {name}: {(time.perf_counter() - start) * 1000:.0f} ms")
    start = time.perf_counter()
    render_summary(figures, tmp_path / "summary.pdf")
    print(f"\n[bench] summary PDF: {(time.perf_counter() - start) * 1000:.0f} ms")


def test_statistics_screen_keeps_the_window_responsive(qtbot, day):
    """GUI-thread cost of live refreshes: the time to apply figures, and the longest stall.

    A 2 ms timer runs while the screen refreshes 10 times; the longest gap between its ticks is
    the longest the window was unresponsive (the computing runs in a worker thread).
    """
    from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: TID251 - a GUI benchmark

    from catchdesk.ui.context import DeskContext
    from catchdesk.ui.settings import Settings
    from catchdesk.ui.statistics import StatisticsScreen

    store, event_id = day
    screen = StatisticsScreen(DeskContext(store=store, event_id=event_id, settings=Settings()))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    with qtbot.waitSignal(screen.figures_shown, timeout=60_000):
        screen.show()
    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(2)
    ticker.timeout.connect(tick)
    ticker.start()
    applied: list[float] = []
    computed: list[float] = []
    for _ in range(10):
        with qtbot.waitSignal(screen.figures_shown, timeout=60_000):
            screen.refresh()
        applied.append(screen.last_apply_ms)
        qtbot.wait(20)
        computed.append(screen.last_compute_ms)
    ticker.stop()
    screen.stop_jobs()
    report("statistics screen: figures applied on the GUI thread", applied)
    report("statistics screen: refresh computed in the worker", computed)
    report("statistics screen: event-loop gaps during refreshes", gaps)
