"""The hub on the real PostgreSQL of this machine: push, pull, outages, joining, sealing."""

from __future__ import annotations

import time

import pytest
from pg_database import PgDatabase, postgres_database
from sqlalchemy import func, select
from sync_helpers import PASSPHRASE, make_desks

from catchdesk.cli import main
from catchdesk.core.checkin import check_in
from catchdesk.core.models import Checkin
from catchdesk.core.store import open_store
from catchdesk.core.sync import rounds
from catchdesk.core.sync.conflicts import list_conflicts
from catchdesk.core.sync.errors import SyncError, WrongPassphrase
from catchdesk.core.sync.hub import Hub
from catchdesk.core.sync.joining import join_from_hub, publish_event
from catchdesk.core.sync.rounds import sync_round

psycopg = pytest.importorskip("psycopg")
pytestmark = pytest.mark.postgres


class HubDatabase:
    def __init__(self, database: PgDatabase) -> None:
        self.admin = database.admin
        self.name = database.name
        self.url = database.url

    def go_down(self) -> None:
        """The server refuses new connections and drops the open ones (a restart, a cut)."""
        self.admin.execute(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS false')
        self.drop_connections()

    def drop_connections(self) -> None:
        """Terminate the hub's backends and wait until they are gone (it is asynchronous)."""
        others = "FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()"
        self.admin.execute(f"SELECT pg_terminate_backend(pid) {others}", (self.name,))
        for _ in range(100):
            if not self.admin.execute(f"SELECT count(*) {others}", (self.name,)).fetchone()[0]:
                return
            time.sleep(0.02)

    def come_back(self) -> None:
        self.admin.execute(f'ALTER DATABASE "{self.name}" ALLOW_CONNECTIONS true')

    def raw(self, query: str) -> list[tuple]:
        with psycopg.connect(self.url.replace("+psycopg", "")) as conn:
            return conn.execute(query).fetchall()


@pytest.fixture
def hub_db():
    with postgres_database("catchdesk_hub") as database:
        yield HubDatabase(database)


@pytest.fixture
def desks(tmp_path):
    made = make_desks(tmp_path, 2, attendees=40)
    yield made
    made.close()


def _scan(desks, store, code):
    with store.write() as session:
        return check_in(session, desks.event(store), code, desk=store.device_name)


def _checkins(store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Checkin))


def test_push_and_pull_through_the_hub(desks, hub_db):
    a, b = desks.stores
    hub = Hub(hub_db.url)
    try:
        _scan(desks, a, desks.codes[0])
        first = sync_round(a, desks.event_id, hub)
        assert first.online and first.pushed > 0 and first.waiting_entries == 0
        pulled = sync_round(b, desks.event_id, hub)
        assert pulled.online and pulled.pulled == 1
        assert _checkins(b) == 1
        again = sync_round(b, desks.event_id, hub)
        assert (again.pushed, again.pulled, again.waiting_entries) == (0, 0, 0)
        assert desks.digest(a) == desks.digest(b)
    finally:
        hub.close()


def test_the_hub_holds_sealed_entries_only(desks, hub_db):
    a, _ = desks.stores
    hub = Hub(hub_db.url)
    try:
        sync_round(a, desks.event_id, hub)
    finally:
        hub.close()
    boxes = hub_db.raw("SELECT box FROM hub_entries")
    assert len(boxes) > 40
    assert not any(
        b"Person" in bytes(box) or desks.codes[0].encode() in bytes(box) for (box,) in boxes
    )


def test_a_hub_that_goes_away_mid_sync_loses_nothing(desks, hub_db, monkeypatch):
    a, b = desks.stores
    for code in desks.codes[:30]:
        _scan(desks, a, code)
    monkeypatch.setattr(rounds, "PUSH_BATCH", 10)
    monkeypatch.setattr(rounds, "PULL_BATCH", 10)
    hub = Hub(hub_db.url)
    calls = {"push": 0}
    real_push = Hub.push

    def push_then_fail(self, event_id, entries, key):
        calls["push"] += 1
        if calls["push"] == 3:
            hub_db.go_down()
        return real_push(self, event_id, entries, key)

    monkeypatch.setattr(Hub, "push", push_then_fail)
    try:
        cut = sync_round(a, desks.event_id, hub)
        assert not cut.online and "does not answer" in cut.last_error
        assert 0 < cut.waiting_entries < 30 + 40
        _scan(desks, b, desks.codes[35])
        assert not sync_round(b, desks.event_id, hub).online, "the desk works on without the hub"
        hub_db.come_back()
        assert sync_round(a, desks.event_id, hub).waiting_entries == 0

        real_pull = Hub.pull
        pulls = {"n": 0}

        def pull_then_drop(self, event_id, after, limit, key):
            pulls["n"] += 1
            if pulls["n"] == 3:
                hub_db.go_down()
            return real_pull(self, event_id, after, limit, key)

        monkeypatch.setattr(Hub, "pull", pull_then_drop)
        dropped = sync_round(b, desks.event_id, hub)
        assert not dropped.online
        assert 0 < _checkins(b) < 31, "the batches merged before the cut stay merged"
        monkeypatch.setattr(Hub, "pull", real_pull)
        hub_db.come_back()
        hub_db.drop_connections()  # a restart between two rounds is healed without a word
        assert sync_round(b, desks.event_id, hub).online
        assert sync_round(a, desks.event_id, hub).online
    finally:
        hub.close()
    assert _checkins(a) == _checkins(b) == 31
    assert desks.digest(a) == desks.digest(b)


def test_a_desk_killed_while_merging_resumes_where_it_was(desks, hub_db, monkeypatch):
    a, b = desks.stores
    for code in desks.codes[:25]:
        _scan(desks, a, code)
    hub = Hub(hub_db.url)
    try:
        sync_round(a, desks.event_id, hub)
        monkeypatch.setattr(rounds, "PULL_BATCH", 10)
        real_apply = rounds.apply_entries
        merged = {"checkins": 0}

        def apply_then_die(session, entries, **kwargs):
            result = real_apply(session, entries, **kwargs)
            scans = sum(e.entity == "checkins" for e in entries)
            if merged["checkins"] and scans:
                raise KeyboardInterrupt  # the power goes inside a later batch's transaction
            merged["checkins"] += scans
            return result

        monkeypatch.setattr(rounds, "apply_entries", apply_then_die)
        with pytest.raises(KeyboardInterrupt):
            sync_round(b, desks.event_id, hub)
        assert _checkins(b) == merged["checkins"] > 0, (
            "earlier batches stay merged, not the cut one"
        )
        monkeypatch.setattr(rounds, "apply_entries", real_apply)
        assert sync_round(b, desks.event_id, hub).online
    finally:
        hub.close()
    assert _checkins(b) == 25
    assert desks.digest(a) == desks.digest(b)


def test_two_desks_admitting_the_same_ticket(desks, hub_db):
    a, b = desks.stores
    code = desks.codes[5]
    _scan(desks, a, code)
    _scan(desks, b, code)
    hub = Hub(hub_db.url)
    try:
        for store in (a, b, a):
            sync_round(store, desks.event_id, hub)
    finally:
        hub.close()
    seen = []
    for store in (a, b):
        assert _checkins(store) == 2
        with store.read() as session:
            found = list_conflicts(session, desks.event(store))
        assert [(c.kind, c.attendee_code) for c in found] == [("double_admission", code)]
        seen.append(found[0].id)
    assert seen[0] == seen[1]
    assert desks.digest(a) == desks.digest(b)


def test_a_new_laptop_joins_from_the_hub(desks, hub_db, tmp_path):
    a, _ = desks.stores
    _scan(desks, a, desks.codes[0])
    hub = Hub(hub_db.url)
    laptop = open_store(tmp_path / "laptop.sqlite", desk="Laptop")
    try:
        sync_round(a, desks.event_id, hub)
        with pytest.raises(SyncError, match="published"):
            join_from_hub(laptop, hub, None, PASSPHRASE)
        publish_event(a, desks.event_id, hub, PASSPHRASE)
        with pytest.raises(WrongPassphrase):
            join_from_hub(laptop, hub, None, "a wrong passphrase")
        event, result = join_from_hub(laptop, hub, desks.codes[0][:2], PASSPHRASE)
        assert event.id == desks.event_id and result.new > 40
        assert desks.digest(laptop) == desks.digest(a)
        _scan(desks, laptop, desks.codes[1])
        sync_round(laptop, desks.event_id, hub)
        sync_round(a, desks.event_id, hub)
        assert _checkins(a) == 2
    finally:
        hub.close()
        laptop.close()


def test_the_hub_command(desks, hub_db, tmp_path, capsys):
    path = str(tmp_path / "desk-0.sqlite")
    assert main(["--db", path, "sync", "hub", hub_db.url, "--once"]) == 0
    assert "online: pushed" in capsys.readouterr().out
    laptop = str(tmp_path / "laptop.sqlite")
    assert (
        main(["--db", path, "sync", "hub", hub_db.url, "--once", "--passphrase", PASSPHRASE]) == 0
    )
    assert main(["--db", laptop, "sync", "join", hub_db.url, "--passphrase", PASSPHRASE]) == 0
    assert "ready to scan" in capsys.readouterr().out
    assert main(["--db", laptop, "checkin", desks.codes[3]]) == 0
    assert main(["--db", laptop, "sync", "hub", hub_db.url, "--once", "--json"]) == 0
    capsys.readouterr()
    dead = "postgresql+psycopg://postgres@127.0.0.1:1/nowhere"
    assert main(["--db", path, "sync", "hub", dead, "--once"]) == 6
    assert "does not answer" in capsys.readouterr().out


def test_a_join_that_is_stopped_goes_on_where_it_was(desks, hub_db, tmp_path, monkeypatch):
    from catchdesk.core.jobs import JobCancelled
    from catchdesk.core.sync import joining
    from catchdesk.core.sync.joining import join_pending

    a, _ = desks.stores
    hub = Hub(hub_db.url)
    laptop = open_store(tmp_path / "laptop.sqlite", desk="Laptop")
    monkeypatch.setattr(joining, "JOIN_BATCH", 10)
    seen: list[tuple[int, int]] = []
    try:
        sync_round(a, desks.event_id, hub)
        publish_event(a, desks.event_id, hub, PASSPHRASE)
        with pytest.raises(JobCancelled):
            join_from_hub(
                laptop, hub, None, PASSPHRASE, progress=lambda *p: seen.append(p),
                cancelled=lambda: len(seen) > 2,
            )  # fmt: skip
        with laptop.read() as session:
            assert join_pending(session, desks.event_id), "half an event is not ready to scan"
        assert seen[-1][0] < seen[-1][1]
        join_from_hub(laptop, hub, None, PASSPHRASE, progress=lambda *p: seen.append(p))
        with laptop.read() as session:
            assert not join_pending(session, desks.event_id)
        assert seen[-1][0] == seen[-1][1] > 40
        assert desks.digest(laptop) == desks.digest(a)
    finally:
        hub.close()
        laptop.close()
