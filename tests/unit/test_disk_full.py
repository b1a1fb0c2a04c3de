"""A full disk gets a clear message that says what to do, and nothing that was saved is lost.

A real full disk needs a filesystem of its own, so most tests cap the store file instead with
SQLite's ``PRAGMA max_page_count``: past the cap SQLite fails with the very error a full disk
gives (SQLITE_FULL, "database or disk is full"), on any machine and without privileges. A real
disk fills at a different moment (when the write-ahead log grows, often at commit rather than
while a row is inserted), so one test also fills a real tmpfs where the machine allows it.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy import event as sa_event

from catchdesk.cli import main
from catchdesk.core.attendees import add_attendee
from catchdesk.core.checkin import check_in, standing_checkins
from catchdesk.core.errors import StoreError
from catchdesk.core.models import Attendee, Checkin, Event
from catchdesk.core.store import Store, open_store
from catchdesk.core.verdicts import Status

ATTEMPTS = 5_000  # far more writes than a capped file can take: the disk fills long before


class Disk:
    """The disk the store file lives on, which a test can fill and free again.

    The cap is applied each time a connection is taken from the pool, so stores that are already
    open see the disk fill up and free up like real ones do, with no reopening.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path.resolve()
        self.limit: int | None = None

    def fill(self, room_left: int = 2) -> None:
        """Leave room for ``room_left`` more pages (4 KiB each) in the store file."""
        with contextlib.closing(sqlite3.connect(self.db_path)) as conn:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
        self.limit = pages + room_left

    def free(self) -> None:
        self.limit = None

    def on_checkout(self, dbapi_connection: object, record: object, _proxy: object) -> None:
        if not isinstance(dbapi_connection, sqlite3.Connection):
            return
        files = [row[2] for row in dbapi_connection.execute("PRAGMA database_list")]
        if str(self.db_path) not in files:
            return
        uncapped = record.info.setdefault(  # type: ignore[attr-defined]
            "uncapped_pages", dbapi_connection.execute("PRAGMA max_page_count").fetchone()[0]
        )
        limit = uncapped if self.limit is None else self.limit
        dbapi_connection.execute(f"PRAGMA max_page_count={limit}")


@pytest.fixture
def disk(db_path: Path) -> Iterator[Disk]:
    the_disk = Disk(db_path)
    sa_event.listen(Engine, "checkout", the_disk.on_checkout)
    yield the_disk
    sa_event.remove(Engine, "checkout", the_disk.on_checkout)


def assert_says_disk_full(message: str, db_path: Path) -> None:
    """The sentence names the place, says the last action was lost and what to do."""
    assert "\n" not in message.strip()
    assert "full" in message.lower()
    assert str(db_path.resolve()) in message
    assert "not saved" in message
    assert "Free some space and try again" in message
    for leak in ("Traceback", "OperationalError", "sqlite3", "SQL"):
        assert leak not in message


def add_people(store: Store, event: Event, count: int, prefix: str = "Person") -> list[str]:
    with store.write() as session:
        ev = session.get(Event, event.id)
        return [
            add_attendee(session, ev, first_name=f"{prefix}{i}", last_name=f"Nom{i}").code
            for i in range(count)
        ]


def attendee_names(store: Store) -> set[str]:
    with store.read() as session:
        return set(session.scalars(select(Attendee.first_name)))


def test_adding_walk_ins_until_the_disk_is_full(store, event, disk, db_path):
    add_people(store, event, 3, prefix="Early")
    with store.write() as session:
        ev = session.get(Event, event.id)
        check_in(session, ev, add_attendee(session, ev, first_name="Came").code, desk="Desk 1")
    disk.fill()

    saved: list[str] = []
    with pytest.raises(StoreError) as caught:
        for i in range(ATTEMPTS):
            with store.write() as session:
                ev = session.get(Event, event.id)
                add_attendee(session, ev, first_name=f"Walk-in{i}", last_name="Late")
            saved.append(f"Walk-in{i}")
    assert_says_disk_full(str(caught.value), db_path)
    lost = f"Walk-in{len(saved)}"
    store.close()

    # The disk is still full: the desk can open the store and read everything saved.
    reopened = open_store(db_path, desk="Desk 1")
    try:
        names = attendee_names(reopened)
        assert {"Early0", "Early1", "Early2", "Came", *saved} == names
        assert lost not in names
        with reopened.read() as session:
            assert session.scalar(select(func.count()).select_from(Checkin)) == 1
        assert reopened.integrity_problems() == []

        disk.free()  # doing what the message says works
        add_people(reopened, event, 1, prefix="After")
        assert "After0" in attendee_names(reopened)
    finally:
        reopened.close()


def test_checking_in_until_the_disk_is_full(store, event, disk, db_path):
    codes = add_people(store, event, 300)
    disk.fill()

    admitted: list[str] = []
    with pytest.raises(StoreError) as caught:
        for code in codes:
            with store.write() as session:
                verdict = check_in(session, session.get(Event, event.id), code, desk="Desk 1")
            assert verdict.status is Status.CHECKED_IN
            admitted.append(code)
    assert_says_disk_full(str(caught.value), db_path)
    refused = codes[len(admitted)]
    store.close()

    reopened = open_store(db_path, desk="Desk 1")
    try:
        with reopened.read() as session:
            by_code = {a.code: a.id for a in session.scalars(select(Attendee))}
            for code in codes:
                expected = 1 if code in admitted else 0
                assert len(standing_checkins(session, by_code[code], None)) == expected, code
        assert reopened.integrity_problems() == []

        # Once there is room again the same scan admits the guest: the failed attempt left
        # nothing half-written that would turn it into "already checked in".
        disk.free()
        with reopened.write() as session:
            verdict = check_in(session, session.get(Event, event.id), refused, desk="Desk 1")
        assert verdict.status is Status.CHECKED_IN
    finally:
        reopened.close()


def test_command_line_says_the_disk_is_full_in_one_line(
    store, event, disk, db_path, capsys, monkeypatch
):
    codes = add_people(store, event, 300)
    store.close()
    disk.fill()
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(code + "\n" for code in codes)))

    code = main(["--db", str(db_path), "checkin", "--stdin", "--json", "--desk", "Desk 1"])

    out, err = capsys.readouterr()
    assert code == StoreError.exit_code != 0
    assert "Traceback" not in err
    assert err.startswith("catchdesk: ")
    assert len(err.strip().splitlines()) == 1
    assert_says_disk_full(err.removeprefix("catchdesk: "), db_path)
    shown = [json.loads(line) for line in out.splitlines()]
    assert shown and len(shown) < len(codes)
    assert all(verdict["status"] == "checked_in" for verdict in shown)

    # Every guest the desk showed as admitted is admitted on disk.
    reopened = open_store(db_path, desk="Desk 1")
    try:
        with reopened.read() as session:
            checked_in = set(
                session.scalars(
                    select(Attendee.code).join(Checkin, Checkin.attendee_id == Attendee.id)
                )
            )
        assert checked_in == {verdict["attendee"]["code"] for verdict in shown}
        assert reopened.integrity_problems() == []
    finally:
        reopened.close()


def test_a_new_store_on_a_full_disk_is_a_clear_error(disk, db_path):
    disk.limit = 2  # room for the file header and little else
    with pytest.raises(StoreError) as caught:
        open_store(db_path)
    assert_says_disk_full(str(caught.value), db_path)

    disk.free()
    opened = open_store(db_path)
    try:
        assert opened.integrity_problems() == []
    finally:
        opened.close()


REAL_DISK_SCRIPT = textwrap.dedent(
    """
    import datetime as dt, json, os, sys
    from pathlib import Path
    from sqlalchemy import func, select
    from catchdesk.core.attendees import add_attendee
    from catchdesk.core.errors import StoreError
    from catchdesk.core.events import create_event
    from catchdesk.core.models import Attendee, Event
    from catchdesk.core.store import open_store

    mount = Path(sys.argv[1])
    db = mount / "store.sqlite"
    store = open_store(db, desk="Desk 1")
    with store.write() as session:
        event_id = create_event(session, "Digital Day", dt.date(2026, 11, 26)).id
    filler = mount / "filler"
    with filler.open("wb") as handle:  # leave 64 KiB, a few write-ahead log frames
        stat = os.statvfs(mount)
        handle.write(bytes(stat.f_bavail * stat.f_frsize - 64 * 1024))
    saved, message = [], None
    try:
        for i in range(5000):
            with store.write() as session:
                add_attendee(session, session.get(Event, event_id), first_name=f"P{i}")
            saved.append(f"P{i}")
    except StoreError as exc:
        message = str(exc)
    store.close()

    def names():
        reopened = open_store(db, desk="Desk 1")
        with reopened.read() as session:
            found = sorted(session.scalars(select(Attendee.first_name)))
        problems = reopened.integrity_problems()
        reopened.close()
        return found, problems

    while_full = names()
    filler.unlink()
    after_freeing = names()
    print(json.dumps({"db": str(db), "saved": sorted(saved), "message": message,
                      "while_full": while_full, "after_freeing": after_freeing}))
    """
)


@pytest.mark.slow
def test_a_real_full_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    unshare = shutil.which("unshare")
    if unshare is None or sys.platform != "linux":
        pytest.skip("needs Linux and unshare(1) to mount a private tmpfs")
    probe = subprocess.run(
        [unshare, "--user", "--map-root-user", "--mount", "mount", "-t", "tmpfs", "none", mount],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        pytest.skip(f"cannot mount a private tmpfs here: {probe.stderr.strip()}")
    run = subprocess.run(
        [
            unshare,
            "--user",
            "--map-root-user",
            "--mount",
            "sh",
            "-c",
            'mount -t tmpfs -o size=2m none "$1" && exec "$2" -c "$3" "$1"',
            "sh",
            str(mount),
            sys.executable,
            REAL_DISK_SCRIPT,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["message"] is not None, "the disk never filled"
    assert_says_disk_full(result["message"], Path(result["db"]))
    assert result["while_full"] == [result["saved"], []]
    assert result["after_freeing"] == [result["saved"], []]
