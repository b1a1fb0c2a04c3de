"""Crash and concurrency: what a desk showed as done is on disk, and desks never see a lock error.

These run the real command line in separate processes, because a SIGKILL and two processes
fighting over one SQLite file are exactly what an in-process test cannot show.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from catchdesk.core.attendees import add_attendee
from catchdesk.core.checkin import standing_checkins
from catchdesk.core.models import Attendee, Checkin, Event
from catchdesk.core.store import open_store

pytestmark = pytest.mark.slow


def cli(db: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "catchdesk", "--db", str(db), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.fixture
def codes(store, event) -> list[str]:
    with store.write() as session:
        ev = session.get(Event, event.id)
        return [
            add_attendee(session, ev, first_name=f"Person{i}", last_name=f"Nom{i}").code
            for i in range(240)
        ]


def test_sigkill_mid_burst_loses_no_shown_checkin(db_path, store, codes):
    store.close()
    process = cli(db_path, "checkin", "--stdin", "--json", "--desk", "Desk 1")
    assert process.stdin and process.stdout
    shown: list[dict] = []
    for code in codes[:120]:
        process.stdin.write(code + "\n")
        process.stdin.flush()
        shown.append(json.loads(process.stdout.readline()))
    for code in codes[120:]:  # a burst the process is still chewing on when it dies
        process.stdin.write(code + "\n")
    process.stdin.flush()
    line = process.stdout.readline()
    if line:
        shown.append(json.loads(line))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    reopened = open_store(db_path)
    assert reopened.integrity_problems() == []
    admitted = {v["attendee"]["code"] for v in shown if v["status"] == "checked_in"}
    assert len(admitted) >= 120
    with reopened.read() as session:
        stored = set(
            session.scalars(select(Attendee.code).join(Checkin, Checkin.attendee_id == Attendee.id))
        )
    assert admitted <= stored
    reopened.close()


def test_two_processes_scanning_into_one_store_never_hit_a_lock(db_path, store, codes):
    store.close()
    shared = codes[:40]
    desk_one = codes[40:140] + shared
    desk_two = codes[140:240] + shared
    results: dict[str, tuple[str, str]] = {}

    def run(name: str, scans: list[str]) -> None:
        process = cli(db_path, "checkin", "--stdin", "--json", "--desk", name)
        out, err = process.communicate("\n".join(scans) + "\n", timeout=120)
        results[name] = (out, err)

    threads = [
        threading.Thread(target=run, args=("Desk 1", desk_one)),
        threading.Thread(target=run, args=("Desk 2", desk_two)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    verdicts = []
    for name, (out, err) in results.items():
        assert "locked" not in err.lower() and "traceback" not in err.lower(), (name, err)
        lines = [json.loads(line) for line in out.splitlines()]
        assert len(lines) == 140, name
        verdicts += lines
    admitted = [v["attendee"]["code"] for v in verdicts if v["status"] == "checked_in"]
    assert sorted(admitted) == sorted(codes)  # each person admitted exactly once
    already = [v for v in verdicts if v["status"] == "already_checked_in"]
    assert len(already) == len(shared)

    reopened = open_store(db_path)
    with reopened.read() as session:
        event = session.scalars(select(Event)).one()
        people = session.scalars(select(Attendee).where(Attendee.event_id == event.id)).all()
        assert all(len(standing_checkins(session, p.id, None)) == 1 for p in people)
    assert reopened.integrity_problems() == []
    reopened.close()
