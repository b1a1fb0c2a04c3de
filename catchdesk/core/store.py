"""Opening the store: one SQLite file per machine by default, or any SQLAlchemy URL.

Opening is careful because the file may be the only copy of a day's check-ins: it is inspected
read-only before anything writes to it (a file that is not ours is left byte-for-byte intact),
migrated only after a backup copy, and configured so that a check-in shown as done survives a
power cut (WAL, ``synchronous=FULL``) and two processes on one file wait for each other instead of
failing (``BEGIN IMMEDIATE`` plus a busy timeout).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from sqlalchemy import Engine, column, create_engine, event, inspect, select, table, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from catchdesk.core.errors import StoreError
from catchdesk.core.ids import HybridClock, new_id

if TYPE_CHECKING:
    from alembic.config import Config

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 30
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
APP_MARK = "catchdesk"
# The newest Alembic revision; a unit test keeps it equal to the scripts' head.
SCHEMA_HEAD = "0005_sync"


class StoreSession(Session):
    """Session class of CatchDesk stores; the journal hook listens on it alone."""


@event.listens_for(StoreSession, "before_flush")
def _journal_changes(session: Session, context: object, instances: object) -> None:
    """Write each flush's changes to the journal (:mod:`catchdesk.core.journal`).

    Imported at the first flush, not with the store: the journal brings the ORM classes, and
    the desk window opens its store and shows its scan field before they are mapped.
    """
    from catchdesk.core.journal import journal_flush

    journal_flush(session, context, instances)


# Opening a store reads and writes these with Core statements on lightweight clauses: an ORM
# statement would map and configure every class first (~75 ms), time the desk window would
# spend before its scan field is on screen. The migrations own the tables' full definitions.
META = table("store_meta", column("key"), column("value"))
JOURNAL = table("journal", column("hlc"), column("device_id"))
DEVICES = table("devices", column("id"), column("name"))


@dataclass
class Store:
    """An open store: the engine, the one session factory, and who this device is."""

    engine: Engine
    url: URL
    path: Path | None
    device_id: str
    device_name: str
    clock: HybridClock
    session_factory: sessionmaker[StoreSession] = field(init=False)
    read_factory: sessionmaker[StoreSession] = field(init=False)

    def __post_init__(self) -> None:
        info = {"clock": self.clock, "device_id": self.device_id, "device_name": self.device_name}
        self.session_factory = sessionmaker(
            bind=self.engine, class_=StoreSession, info=info, expire_on_commit=False
        )
        reader = self.engine.execution_options(catchdesk_read_only=True)
        self.read_factory = sessionmaker(
            bind=reader, class_=StoreSession, info=info, expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def describe(self) -> str:
        """Where the data lives, for a status bar or a log line (no password)."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def write(self) -> Iterator[StoreSession]:
        """One user action as one transaction; storage failures become plain sentences."""
        with (
            translate_storage_errors(self.describe()),
            self.session_factory() as session,
            session.begin(),
        ):
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[StoreSession]:
        with (
            translate_storage_errors(self.describe()),
            self.read_factory() as session,
            session.begin(),
        ):
            yield session

    def integrity_problems(self) -> list[str]:
        """SQLite's own integrity check plus foreign keys; empty when the file is sound."""
        if not self.is_sqlite:
            return []
        with self.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            problems = [r for r in rows if r != "ok"]
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            problems += [f"foreign key broken in {r[0]} row {r[1]}" for r in fk]
            conn.rollback()
        return problems

    def close(self) -> None:
        self.engine.dispose()


@contextlib.contextmanager
def translate_storage_errors(where: str) -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        raise StoreError(_explain_operational(exc, where)) from exc


def _explain_operational(exc: DBAPIError, where: str) -> str:
    message = str(exc.orig).lower()
    if "disk is full" in message or "no space" in message:
        return (
            f"The disk holding {where} is full: the last action was not saved, everything before "
            "it is safe. Free some space and try again."
        )
    if "readonly" in message or "read-only" in message:
        return f"CatchDesk cannot write to {where}: it is read-only. Check its permissions."
    if "locked" in message or "busy" in message:
        return (
            f"{where} stayed busy for {BUSY_TIMEOUT_S} seconds (another program holds it). "
            "Close the other program and try again."
        )
    if "not a database" in message or "malformed" in message:
        return f"{where} is damaged or is not a CatchDesk database. Restore it from its backup."
    return f"CatchDesk could not use {where}: {exc.orig}"


def default_store_path() -> Path:
    return Path(platformdirs.user_data_dir("CatchDesk", appauthor=False)) / "catchdesk.sqlite"


def resolve_location(location: str | os.PathLike[str] | None) -> tuple[URL, Path | None]:
    """Turn ``--db`` (a path or a URL), ``CATCHDESK_DB`` or the default into a URL."""
    raw = os.fspath(location) if location is not None else os.environ.get("CATCHDESK_DB")
    if not raw:
        path = default_store_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return make_url(f"sqlite:///{path}"), path
    if "://" in raw:
        try:
            url = make_url(raw)
        except ArgumentError as exc:
            raise StoreError(
                f"'{raw}' is not a database URL: give a file path or a URL such as "
                "postgresql+psycopg://user@host/dbname."
            ) from exc
        if url.get_backend_name() == "sqlite":
            if not url.database or url.database == ":memory:":
                raise StoreError("An in-memory database would lose everything: give a file path.")
            return url, Path(url.database).expanduser().resolve()
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url, None
    path = Path(raw).expanduser().resolve()
    return make_url(f"sqlite:///{path}"), path


def _check_sqlite_file(path: Path) -> None:
    """Refuse a path we must not touch, reading only; leaves foreign files unchanged."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder; give the path of a database file inside it.")
    folder = path.parent
    if not folder.is_dir():
        raise StoreError(f"The folder {folder} does not exist; create it or choose another --db.")
    if not path.exists():
        if not os.access(folder, os.W_OK):
            raise StoreError(
                f"CatchDesk cannot create a file in {folder} (no permission); choose another --db."
            )
        return
    if path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise StoreError(f"{path} is not a CatchDesk database; it was left unchanged.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            mark = None
            if "store_meta" in tables:
                row = conn.execute("SELECT value FROM store_meta WHERE key='app'").fetchone()
                mark = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is damaged or is not a CatchDesk database ({exc}).") from exc
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    if user_tables and mark != APP_MARK:
        raise StoreError(f"{path} is a database of another program; it was left unchanged.")
    if not os.access(path, os.W_OK):
        raise StoreError(
            f"CatchDesk cannot write to {path}: it is read-only. Check its permissions."
        )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # 32 MB of page cache: a 100,000-attendee event's hot indexes stay in memory.
        cursor.execute("PRAGMA cache_size=-32768")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: object) -> None:
        read_only = conn.get_execution_options().get("catchdesk_read_only")  # type: ignore[attr-defined]
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")  # type: ignore[attr-defined]


def _alembic_config(connection: object) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _backup_sqlite(path: Path, revision: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{revision[:12]}.{stamp}{path.suffix}.bak")
    source = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
    try:
        dest = sqlite3.connect(str(target))
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    return target


def _current_revision(engine: Engine) -> tuple[str | None, set[str]]:
    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        current = None
        if "alembic_version" in names:
            current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        conn.rollback()
    return current, names


def _migrate(engine: Engine, url: URL, path: Path | None) -> None:
    """Bring the schema to this version's head, after a backup copy.

    Alembic is imported only when there is something to migrate: loading it and its scripts
    costs about 150 ms, a sixth of the desk window's start-up, on every ordinary open.
    """
    current, names = _current_revision(engine)
    if current == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    where = str(path) if path else url.render_as_string(hide_password=True)
    if current is None and names - {"alembic_version"}:
        raise StoreError(f"{where} holds tables of another program; it was left unchanged.")
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise StoreError(
                f"{where} was written by a newer version of CatchDesk (schema {current}). "
                "Install the latest CatchDesk to open it; the file was left unchanged."
            ) from exc
        if path is not None:
            _backup_sqlite(path, current)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
        if current is None:
            conn.execute(META.insert().values(key="app", value=APP_MARK))


def _pg_device_id() -> str:
    """A shared server has no room for "this machine", so the id lives in the user's config."""
    path = Path(platformdirs.user_config_dir("CatchDesk", appauthor=False)) / "device-id"
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        device = new_id()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(device, encoding="ascii")
        return device


def _identify_device(store_engine: Engine, url: URL, name: str | None) -> tuple[str, str]:
    with store_engine.begin() as conn:
        meta = dict(conn.execute(select(META.c.key, META.c.value)).all())
        device_id = os.environ.get("CATCHDESK_DEVICE_ID") or meta.get("device_id")
        if url.get_backend_name() != "sqlite" and not os.environ.get("CATCHDESK_DEVICE_ID"):
            device_id = _pg_device_id()
        if not device_id:
            device_id = new_id()
            conn.execute(META.insert().values(key="device_id", value=device_id))
        device_name = name or os.environ.get("CATCHDESK_DESK") or meta.get("device_name")
        device_name = device_name or socket.gethostname() or "desk"
        if meta.get("device_name") != device_name and url.get_backend_name() == "sqlite":
            conn.execute(META.delete().where(META.c.key == "device_name"))
            conn.execute(META.insert().values(key="device_name", value=device_name))
    return device_id, device_name


def open_store(location: str | os.PathLike[str] | None = None, *, desk: str | None = None) -> Store:
    """Open (creating or migrating if needed) the store at a path or URL.

    Raises :class:`StoreError` with one sentence for every way this can fail.
    """
    url, path = resolve_location(location)
    if path is not None:
        _check_sqlite_file(path)
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False}
        )
        _configure_sqlite(engine)
    else:
        try:
            engine = create_engine(url, pool_pre_ping=True, connect_args=_server_args(url))
        except (NoSuchModuleError, ArgumentError) as exc:
            raise StoreError(
                f"CatchDesk does not know the database kind '{url.drivername}'; use a file path "
                "or postgresql+psycopg://user@host/dbname."
            ) from exc
    where = str(path) if path else url.render_as_string(hide_password=True)
    try:
        _migrate(engine, url, path)
        device_id, device_name = _identify_device(engine, url, desk)
        with engine.connect() as conn:
            last = conn.execute(
                select(JOURNAL.c.hlc)
                .where(JOURNAL.c.device_id == device_id)
                .order_by(JOURNAL.c.hlc.desc())
                .limit(1)
            ).scalar()
            # The newest clock received from other desks (sync): local changes come after it.
            received = conn.execute(select(META.c.value).where(META.c.key == "clock_high")).scalar()
            conn.rollback()
    except StoreError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        if path is None:
            raise StoreError(
                f"CatchDesk cannot reach the database {where}: "
                f"{str(exc.orig).strip().splitlines()[0]}. Check the URL and that the server runs."
            ) from exc
        raise StoreError(_explain_operational(exc, where)) from exc
    store = Store(
        engine=engine,
        url=url,
        path=path,
        device_id=device_id,
        device_name=device_name,
        clock=HybridClock(device_id, max(filter(None, (last, received)), default=None)),
    )
    _register_device(store)
    return store


def _server_args(url: URL) -> dict[str, object]:
    if url.get_backend_name() == "postgresql":
        return {"connect_timeout": 5}
    return {}


def _register_device(store: Store) -> None:
    """Record this device under its name; a plain read when it already is (every other open)."""
    with store.engine.connect() as conn:
        known = conn.execute(
            select(DEVICES.c.name).where(DEVICES.c.id == store.device_id)
        ).one_or_none()
        conn.rollback()
    if known is not None and known.name == store.device_name:
        return
    from catchdesk.core.models import Device

    with store.write() as session:
        device = session.get(Device, store.device_id)
        if device is None:
            session.add(Device(id=store.device_id, name=store.device_name))
        elif device.name != store.device_name:
            device.name = store.device_name


def ping(store: Store) -> None:
    with store.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
