"""Sync benchmarks (not part of the pass/fail suite): merging, joining from the hub, latency.

Run with ``python3 -m pytest tests/bench/test_bench_sync.py -s``. Targets of issue 7: merging
10,000 entries ≤ 3 s; a desk joining a 100,000-attendee event from the hub ≤ 60 s; median time
from a check-in at one desk to its display at another ≤ 2 s. The hub is a database made on the
PostgreSQL of this machine; without one, the hub benchmarks skip.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pg_database import postgres_database
from sqlalchemy import select

from catchdesk.core.attendees import add_attendee
from catchdesk.core.checkin import check_in
from catchdesk.core.demo import create_demo_event
from catchdesk.core.events import create_event
from catchdesk.core.models import Attendee, Event
from catchdesk.core.store import open_store
from catchdesk.core.sync.apply import apply_entries
from catchdesk.core.sync.bundles import export_bundle, import_bundle, join_from_bundle
from catchdesk.core.sync.digest import data_digest
from catchdesk.core.sync.entries import event_entries
from catchdesk.core.sync.hub import Hub
from catchdesk.core.sync.joining import join_from_hub, publish_event
from catchdesk.core.sync.rounds import sync_round
from catchdesk.core.verdicts import Status

PASSPHRASE = "benchmark passphrase"
RESULTS: dict[str, str] = {}


def note(name: str, figure: str) -> None:
    RESULTS[name] = figure
    print(f"\n[bench] {name}: {figure}")


@pytest.fixture
def hub_url():
    with postgres_database("catchdesk_bench") as database:
        yield database.url


def test_merging_10000_entries(tmp_path):
    """Desk A admits 5,000 people and edits 5,000 records; desk B merges the 10,000 entries."""
    a = open_store(tmp_path / "a.sqlite", desk="A")
    with a.write() as session:
        event = create_event(session, "Bench day", __import__("datetime").date(2026, 11, 26))
        people = [
            add_attendee(session, event, first_name=f"P{i}", last_name="X") for i in range(5000)
        ]
        codes = [p.code for p in people]
        ids = [p.id for p in people]
    join = tmp_path / "join.cdb"
    with a.read() as session:
        export_bundle(session, session.get(Event, event.id), join, passphrase=PASSPHRASE)
    b = open_store(tmp_path / "b.sqlite", desk="B")
    with b.write() as session:
        join_from_bundle(session, join, PASSPHRASE)
    with a.read() as session:
        known = {e.id for e in event_entries(session, event.id)}
    for chunk in range(0, 5000, 500):
        with a.write() as session:
            current = session.get(Event, event.id)
            for code in codes[chunk : chunk + 500]:
                assert check_in(session, current, code, desk="A").status is Status.CHECKED_IN
            for person_id in ids[chunk : chunk + 500]:
                session.get(Attendee, person_id).organisation = "Edited at desk A"
    with a.read() as session:
        fresh = [e for e in event_entries(session, event.id) if e.id not in known]
    assert len(fresh) == 10000
    start = time.perf_counter()
    with b.write() as session:
        result = apply_entries(session, fresh)
    seconds = time.perf_counter() - start
    assert result.new == 10000
    note("merge 10,000 entries (apply, one transaction)", f"{seconds:.2f} s (target ≤ 3 s)")

    bundle = tmp_path / "all.cdb"
    with a.read() as session:
        export_bundle(session, session.get(Event, event.id), bundle)
    c = open_store(tmp_path / "c.sqlite", desk="C")
    with c.write() as session:
        join_from_bundle(session, join, PASSPHRASE)
    start = time.perf_counter()
    with c.write() as session:
        import_bundle(session, bundle)
    note(
        "import a bundle of 15,001 entries (10,000 new)",
        f"{time.perf_counter() - start:.2f} s",
    )
    with a.read() as session:
        digest_a = data_digest(session, session.get(Event, event.id))
    for store in (b, c):
        with store.read() as session:
            assert data_digest(session, session.get(Event, event.id)) == digest_a
    for store in (a, b, c):
        store.close()
    assert seconds <= 3.0


def test_joining_a_100000_attendee_event_from_the_hub(tmp_path, hub_url):
    organiser = open_store(tmp_path / "organiser.sqlite", desk="Organiser")
    start = time.perf_counter()
    with organiser.write() as session:
        create_demo_event(session, attendees=100_000, seed=11)
        event_id = session.scalars(select(Event.id)).one()
    note("demo event, 100,000 attendees", f"{time.perf_counter() - start:.1f} s")
    hub = Hub(hub_url)
    start = time.perf_counter()
    first = sync_round(organiser, event_id, hub)
    assert first.online and first.waiting_entries == 0
    publish_event(organiser, event_id, hub, PASSPHRASE)
    note(
        f"first push of {first.pushed:,} entries to the hub", f"{time.perf_counter() - start:.1f} s"
    )

    laptop = open_store(tmp_path / "laptop.sqlite", desk="New laptop")
    start = time.perf_counter()
    event, result = join_from_hub(laptop, Hub(hub_url), None, PASSPHRASE)
    seconds = time.perf_counter() - start
    note(
        f"join from the hub, 100,000 attendees ({result.new:,} entries)",
        f"{seconds:.1f} s (target ≤ 60 s)",
    )
    with laptop.write() as session:
        code = session.scalars(
            select(Attendee.code).where(Attendee.status == "registered").limit(1)
        ).one()
        assert check_in(session, session.get(Event, event.id), code, desk="L").status is (
            Status.CHECKED_IN
        )
    hub.close()
    organiser.close()
    laptop.close()
    assert seconds <= 60


def test_joining_a_900_attendee_event_from_the_hub(tmp_path, hub_url):
    organiser = open_store(tmp_path / "organiser.sqlite", desk="Organiser")
    with organiser.write() as session:
        create_demo_event(session, attendees=900, seed=12)
        event_id = session.scalars(select(Event.id)).one()
    hub = Hub(hub_url)
    sync_round(organiser, event_id, hub)
    publish_event(organiser, event_id, hub, PASSPHRASE)
    laptop = open_store(tmp_path / "laptop.sqlite", desk="New laptop")
    start = time.perf_counter()
    _, result = join_from_hub(laptop, Hub(hub_url), None, PASSPHRASE)
    seconds = time.perf_counter() - start
    note(f"join from the hub, 900 attendees ({result.new:,} entries)", f"{seconds:.2f} s")
    hub.close()
    organiser.close()
    laptop.close()


def _loop(db: Path, url: str, desk: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "CATCHDESK_DESK": desk}
    command = [sys.executable, "-m", "catchdesk", "--db", str(db), "sync", "hub", url]
    return subprocess.Popen(
        [*command, "--interval", "0.5"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )


def _seen(conn: sqlite3.Connection, code: str) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM checkins c JOIN attendees a ON a.id = c.attendee_id "
        "WHERE a.code = ? AND c.workshop_id IS NULL",
        (code,),
    ).fetchone()
    return bool(row[0])


def test_checkin_to_display_at_another_desk(tmp_path, hub_url):
    desk_a = open_store(tmp_path / "a.sqlite", desk="Desk A")
    with desk_a.write() as session:
        create_demo_event(session, attendees=900, seed=13)
        event = session.scalars(select(Event)).one()
        codes = list(
            session.scalars(select(Attendee.code).where(Attendee.status == "registered").limit(40))
        )
    hub = Hub(hub_url)
    sync_round(desk_a, event.id, hub)
    publish_event(desk_a, event.id, hub, PASSPHRASE)
    desk_b = open_store(tmp_path / "b.sqlite", desk="Desk B")
    join_from_hub(desk_b, hub, None, PASSPHRASE)
    desk_b.close()
    hub.close()
    loops = [
        _loop(tmp_path / "a.sqlite", hub_url, "Desk A"),
        _loop(tmp_path / "b.sqlite", hub_url, "Desk B"),
    ]
    samples: list[float] = []
    reader = sqlite3.connect(f"file:{tmp_path / 'b.sqlite'}?mode=ro", uri=True, timeout=5)
    rng = random.Random(3)
    try:
        time.sleep(1.5)
        for code in codes[:20]:
            with desk_a.write() as session:
                check_in(session, event, code, desk="Desk A")
            start = time.perf_counter()
            while not _seen(reader, code):
                if time.perf_counter() - start > 30:
                    pytest.fail("a check-in never reached desk B")
                time.sleep(0.01)
            samples.append(time.perf_counter() - start)
            time.sleep(rng.uniform(0.05, 0.5))
    finally:
        reader.close()
        for loop in loops:
            loop.send_signal(signal.SIGTERM)
            loop.wait(timeout=20)
        desk_a.close()
    median = statistics.median(samples)
    note(
        "check-in at desk A → in desk B's store (two `sync hub --interval 0.5` loops)",
        f"median {median:.2f} s, max {max(samples):.2f} s over {len(samples)} (target ≤ 2 s)",
    )
    assert median <= 2.0
