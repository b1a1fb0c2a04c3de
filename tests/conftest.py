"""Shared fixtures: a fresh SQLite store per test and an event in it."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A loaded CI machine must not turn a slow example into a failure: properties, not timings.
settings.register_profile("catchdesk", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("catchdesk")

from pg_database import postgres_database  # noqa: E402

from catchdesk.core.events import create_event  # noqa: E402
from catchdesk.core.models import Event  # noqa: E402
from catchdesk.core.store import Store, open_store  # noqa: E402

EVENT_DAY = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep tests away from the real user's data and config folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CATCHDESK_DB", raising=False)
    monkeypatch.delenv("CATCHDESK_DEVICE_ID", raising=False)
    monkeypatch.delenv("CATCHDESK_DESK", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = open_store(db_path, desk="Desk 1")
    yield opened
    opened.close()


@pytest.fixture
def event(store: Store) -> Event:
    with store.write() as session:
        return create_event(
            session,
            "Digital Day Namur",
            EVENT_DAY,
            venue="Namur Expo",
            organiser="Digital Wallonia",
        )


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a throw-away PostgreSQL database (see :mod:`pg_database`)."""
    with postgres_database() as database:
        yield database.url
