"""End-to-end: two desk processes and one hub; a check-in at one desk shows at the other.

Everything goes through the command line, as an organiser would do it: desk A makes a demo
event and publishes it to a hub on this machine's PostgreSQL, desk B (a new laptop) joins from
the hub, both run ``catchdesk sync hub URL --interval 0.5`` in the background, and a ticket
scanned with ``catchdesk checkin`` at A must be checked in at B within 2 seconds, as B's own
``attendees --json`` reports it. Without a PostgreSQL server the test skips.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pg_database import postgres_database

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

PASSPHRASE = "two desks one hub"
VISIBLE_WITHIN_S = 2.0


@pytest.fixture
def hub_url():
    with postgres_database("catchdesk_e2e") as database:
        yield database.url


def catchdesk(db: Path, *args: str, desk: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CATCHDESK_DESK": desk, "CATCHDESK_SYNC_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "catchdesk", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def background(db: Path, url: str, desk: str) -> subprocess.Popen[str]:
    env = {**os.environ, "CATCHDESK_DESK": desk}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "catchdesk",
            "--db",
            str(db),
            "sync",
            "hub",
            url,
            "--interval",
            "0.5",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def checked_in(db: Path, code: str) -> bool:
    """Read B's store directly (read-only), as fast as a desk's screen would."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        row = conn.execute(
            "SELECT count(*) FROM checkins c JOIN attendees a ON a.id = c.attendee_id "
            "WHERE a.code = ? AND c.workshop_id IS NULL",
            (code,),
        ).fetchone()
    finally:
        conn.close()
    return bool(row and row[0])


def test_a_checkin_at_one_desk_is_visible_at_the_other(tmp_path, hub_url):
    desk_a, desk_b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    made = catchdesk(desk_a, "demo", "--attendees", "60", "--no-gui", desk="Desk A")
    assert made.returncode == 0, made.stderr
    published = catchdesk(desk_a, "sync", "hub", hub_url, "--once", "--passphrase", desk="Desk A")
    assert published.returncode == 0, published.stderr
    joined = catchdesk(desk_b, "sync", "join", hub_url, "--passphrase", "--json", desk="Desk B")
    assert joined.returncode == 0, joined.stderr
    listing = catchdesk(desk_b, "attendees", "--json", desk="Desk B")
    people = json.loads(listing.stdout)
    assert len(people) >= 50 and not any(p["checked_in_at"] for p in people)
    code = people[7]["code"]

    loops = [background(desk_a, hub_url, "Desk A"), background(desk_b, hub_url, "Desk B")]
    try:
        time.sleep(1.0)  # both loops have made their first round
        scan = catchdesk(desk_a, "checkin", code, desk="Desk A")
        assert scan.returncode == 0, scan.stdout + scan.stderr
        scanned_at = time.monotonic()
        while not checked_in(desk_b, code):
            assert time.monotonic() - scanned_at < VISIBLE_WITHIN_S, "not visible at desk B in 2 s"
            time.sleep(0.05)
        seen = catchdesk(desk_b, "attendees", "--json", desk="Desk B")
        person = next(p for p in json.loads(seen.stdout) if p["code"] == code)
        assert person["checked_in_at"] and person["checked_in_desk"] == "Desk A"
    finally:
        for loop in loops:
            if loop.poll() is None:
                loop.send_signal(signal.SIGTERM)
        outputs = [loop.communicate(timeout=20) for loop in loops]
    assert [loop.returncode for loop in loops] == [0, 0], outputs
    assert all("online" in out for out, _ in outputs)
