"""Benchmarks of the organiser's attendee list on 100,000 attendees (not in the pass/fail suite).

Run with ``python3 -m pytest tests/bench/test_bench_attendee_table.py -s``. Target (issue 5):
showing a page after a new sort or filter ≤ 100 ms. Each figure covers selecting the ids in the
new order and reading the first page of 200 rows from the store; the model figure adds the Qt
model reset and the data of the rows a window shows. The index itself (narrow columns of all
100,000 people and every sort order) is loaded once, off the GUI thread; its time is printed
too. 60 % of the people are checked in, half of them also at a workshop door.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select

from catchdesk.core.attendee_table import (
    AttendeeIndex,
    SortKey,
    StatusFilter,
    TableQuery,
    load_rows,
    matching_ids,
    workshop_choices,
)
from catchdesk.core.demo import create_demo_event
from catchdesk.core.ids import new_id
from catchdesk.core.journal import record_rows
from catchdesk.core.models import Attendee, AttendeeStatus, Checkin, Event, Workshop
from catchdesk.core.store import Store, open_store
from catchdesk.core.timeutil import at_local

try:  # run from the repository root: reuse the core benchmarks' percentile report
    from test_bench_core import report
except ImportError:  # pragma: no cover - imported as a package
    from tests.bench.test_bench_core import report

BIG = 100_000
PAGE = 200
ROUNDS = 15


@pytest.fixture(scope="module")
def table_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, str]]:
    path = tmp_path_factory.mktemp("bench-table") / "big.sqlite"
    store = open_store(path, desk="Bench desk")
    with store.write() as session:
        summary = create_demo_event(session, attendees=BIG, seed=7)
        event = session.get(Event, summary.event_id)
        _morning(session, event)
    store.close()
    reopened = open_store(path, desk="Bench desk")
    yield reopened, summary.event_id
    reopened.close()


def _morning(session, event: Event) -> None:
    """Check 60 % of the registered people in, and half of those into a workshop."""
    people = session.scalars(
        select(Attendee.id).where(
            Attendee.event_id == event.id, Attendee.status == AttendeeStatus.REGISTERED
        )
    ).all()
    workshops = session.scalars(select(Workshop.id).where(Workshop.event_id == event.id)).all()
    rng = random.Random(3)
    device = session.info["device_id"]
    opens = at_local(event.starts_on, 8, 30, event.timezone)
    rows = []
    for attendee_id in people:
        if rng.random() >= 0.6:
            continue
        moment = opens + dt.timedelta(seconds=rng.randrange(4 * 3600))
        places = [None] + ([rng.choice(workshops)] if rng.random() < 0.5 else [])
        for place in places:
            rows.append({
                "id": new_id(), "created_at": moment, "origin_device_id": device,
                "event_id": event.id, "attendee_id": attendee_id, "workshop_id": place,
                "desk": "Bench", "device_id": device, "scanned_at": moment, "method": "scan",
            })  # fmt: skip
    for start in range(0, len(rows), 5000):
        record_rows(session, Checkin, rows[start : start + 5000])


@pytest.fixture(scope="module")
def index(table_store: tuple[Store, str]) -> AttendeeIndex:
    store, event_id = table_store
    start = time.perf_counter()
    with store.read() as session:
        loaded = AttendeeIndex.load(session, event_id)
    loaded.prepare()
    print(f"\n[bench] attendee index, {BIG} people, all sort orders (off the GUI thread): "
          f"{time.perf_counter() - start:.2f} s")  # fmt: skip
    return loaded


def measure(name: str, benchmark, operation: Callable[[], object]) -> None:
    samples: list[float] = []

    def once() -> None:
        start = time.perf_counter()
        operation()
        samples.append((time.perf_counter() - start) * 1000)

    once()  # warm the statement cache
    samples.clear()
    benchmark.pedantic(once, rounds=ROUNDS, iterations=1)
    benchmark.extra_info.update(report(name, samples))


def page(store: Store, index: AttendeeIndex, query: TableQuery) -> list:
    with store.read() as session:
        ids = matching_ids(session, index, query)
        return load_rows(session, ids[:PAGE])


def test_first_page(benchmark, table_store, index):
    store, _event = table_store
    measure("attendee list: first page (100k)", benchmark,
            lambda: page(store, index, TableQuery()))  # fmt: skip


def test_sort_by_name_descending(benchmark, table_store, index):
    store, _event = table_store
    query = TableQuery(sort=SortKey.NAME, descending=True)
    measure("attendee list: sort by name, descending (100k)", benchmark,
            lambda: page(store, index, query))  # fmt: skip


def test_sort_by_organisation(benchmark, table_store, index):
    store, _event = table_store
    query = TableQuery(sort=SortKey.ORGANISATION)
    measure("attendee list: sort by organisation (100k)", benchmark,
            lambda: page(store, index, query))  # fmt: skip


def test_filter_by_status(benchmark, table_store, index):
    store, _event = table_store
    query = TableQuery(status=StatusFilter.CHECKED_IN, sort=SortKey.CHECKED_IN_AT)
    measure("attendee list: checked in, by arrival (100k)", benchmark,
            lambda: page(store, index, query))  # fmt: skip


def test_filter_by_workshop_and_text(benchmark, table_store, index):
    store, event_id = table_store
    with store.read() as session:
        workshop_id = workshop_choices(session, event_id)[2][0]
    query = TableQuery(workshop_id=workshop_id, text="mar")
    measure("attendee list: workshop + search 'mar' (100k)", benchmark,
            lambda: page(store, index, query))  # fmt: skip


def test_model_sort_and_first_screen(benchmark, qtbot, table_store, index):
    """The Qt model: sort by organisation, reset, and the data of the first 40 rows."""
    from catchdesk.ui.attendee_list_model import AttendeeTableModel

    store, event_id = table_store
    model = AttendeeTableModel(store, event_id, "Europe/Brussels")
    model._adopt(index, model._generation)
    flips = iter(range(10_000))

    def sort_and_read() -> None:
        descending = next(flips) % 2 == 1
        model.set_query(TableQuery(sort=SortKey.ORGANISATION, descending=descending))
        for row in range(40):
            for column in range(model.columnCount()):
                model.index(row, column).data()

    measure("attendee list model: sort + first screen (100k)", benchmark, sort_and_read)


def test_model_reload_on_the_gui_thread_900(benchmark, qtbot, tmp_path):
    """A usual event (900 people) reloads on the GUI thread: that must stay under 50 ms."""
    from catchdesk.ui.attendee_list_model import SYNC_LIMIT, AttendeeTableModel

    store = open_store(tmp_path / "usual.sqlite", desk="Bench desk")
    with store.write() as session:
        summary = create_demo_event(session, attendees=900, seed=2026)
    assert summary.attendees <= SYNC_LIMIT
    model = AttendeeTableModel(store, summary.event_id, "Europe/Brussels")
    measure("attendee list model: reload, 900 people, GUI thread", benchmark, model.reload)
    assert not model.loading and model.rowCount() == 900
    store.close()
