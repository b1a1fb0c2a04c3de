"""Opening stores: the good paths, and every bad one giving one sentence and harming nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text

from catchdesk.core.attendees import add_attendee
from catchdesk.core.errors import StoreError
from catchdesk.core.journal import HistoryIsAppendOnly, JournalEntry, StoreMeta
from catchdesk.core.models import Attendee, Checkin, Event
from catchdesk.core.store import _alembic_config, open_store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_uses_durable_sqlite_settings(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_reopening_keeps_device_identity_and_data(db_path, event):
    first = open_store(db_path)
    device = first.device_id
    first.close()
    again = open_store(db_path)
    with again.read() as session:
        assert session.get(Event, event.id).name == "Digital Day Namur"
    assert again.device_id == device
    again.close()


def test_every_change_is_journaled_with_device_and_clock(store, event):
    with store.write() as session:
        ev = session.get(Event, event.id)
        person = add_attendee(session, ev, first_name="Hélène", last_name="Dupré")
        person_id = person.id
    with store.write() as session:
        session.get(Attendee, person_id).organisation = "Boulangerie Dupré"
    with store.read() as session:
        entries = session.scalars(
            select(JournalEntry)
            .where(JournalEntry.entity_id == person_id)
            .order_by(JournalEntry.hlc)
        ).all()
    assert [e.op for e in entries] == ["insert", "update"]
    assert all(e.device_id == store.device_id for e in entries)
    assert entries[0].payload["first_name"] == "Hélène"
    assert entries[1].payload["organisation"] == "Boulangerie Dupré"
    assert "first_name" not in entries[1].payload
    assert entries[0].hlc < entries[1].hlc


def test_history_rows_cannot_be_changed_or_deleted(store, event):
    with store.write() as session:
        ev = session.get(Event, event.id)
        person = add_attendee(session, ev, first_name="Ana", last_name="Silva")
        session.add(Checkin(event_id=ev.id, attendee_id=person.id, desk="Desk 1"))
    with pytest.raises(HistoryIsAppendOnly), store.write() as session:
        session.execute(select(Checkin)).scalar_one().desk = "elsewhere"
    with pytest.raises(HistoryIsAppendOnly), store.write() as session:
        session.delete(session.execute(select(Checkin)).scalar_one())
    with store.read() as session:
        assert session.execute(select(Checkin)).scalar_one().desk == "Desk 1"


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n")
    before = digest(path)
    with pytest.raises(StoreError, match="not a CatchDesk database"):
        open_store(path)
    assert digest(path) == before


def test_another_programs_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('waffles')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="another program"):
        open_store(path)
    assert digest(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_a_database_from_a_newer_version_is_refused_and_untouched(db_path, event):
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(StoreError, match="newer version of CatchDesk"):
        open_store(db_path)
    assert digest(db_path) == before


def test_missing_folder_and_folder_path_are_explained(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "such" / "store.sqlite")
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)


def test_unwritable_folder_is_explained(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        import os

        if os.access(folder, os.W_OK):  # root ignores permissions
            pytest.skip("running as root: every folder is writable")
        with pytest.raises(StoreError, match="cannot create a file"):
            open_store(folder / "store.sqlite")
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("postgresql+psycopg://postgres@127.0.0.1:1/none", "cannot reach"),
        ("nosuchdb://somewhere/x", "does not know the database kind"),
        ("sqlite://", "in-memory"),
    ],
)
def test_wrong_urls_give_one_sentence(url, words):
    with pytest.raises(StoreError, match=words):
        open_store(url)


def test_environment_variable_picks_the_store(tmp_path, monkeypatch):
    path = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("CATCHDESK_DB", str(path))
    opened = open_store()
    assert opened.path == path.resolve()
    opened.close()
    assert path.exists()


def test_default_store_lives_in_the_user_data_folder(tmp_path):
    opened = open_store()
    assert opened.path is not None and "CatchDesk" in str(opened.path)
    opened.close()


def test_migrating_an_older_store_makes_a_backup_first(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001_initial")
        conn.execute(StoreMeta.__table__.insert().values(key="app", value="catchdesk"))
        conn.execute(
            text(
                "INSERT INTO events (id, name, starts_on, venue, organiser, timezone, tag, "
                "ticket_secret, settings, is_demo, created_at) VALUES ('e1', 'Salon 2025', "
                "'2025-11-27', '', '', 'Europe/Brussels', 'BC', x'00', '{}', 0, "
                "'2025-10-01 10:00:00')"
            )
        )
    engine.dispose()
    reopened = open_store(path)
    backups = list(tmp_path.glob("old.before-0001_initial.*.bak"))
    assert len(backups) == 1
    with reopened.read() as session:
        assert session.get(Event, "e1").name == "Salon 2025"
        assert session.execute(text("SELECT count(*) FROM attendee_fts")).scalar() == 0
    reopened.close()
    backup = sqlite3.connect(backups[0])
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)
    backup.close()


def test_integrity_check_passes_on_a_sound_store(store, event):
    assert store.integrity_problems() == []


def test_schema_head_constant_matches_the_migration_scripts():
    from alembic.script import ScriptDirectory

    from catchdesk.core.store import MIGRATIONS_DIR, SCHEMA_HEAD

    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() == SCHEMA_HEAD
