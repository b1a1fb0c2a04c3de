"""A throw-away database on this machine's PostgreSQL, for the server-engine and hub tests.

Without a server the test is skipped, except under CI, where a missing server is a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest

PG_SERVER = os.environ.get("CATCHDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432")
"""The PostgreSQL server the tests use (this machine's by default)."""


@dataclass(frozen=True)
class PgDatabase:
    name: str
    url: str
    """The SQLAlchemy URL (psycopg 3)."""
    admin: Any
    """An autocommit connection to the server's ``postgres`` database (to cut the network)."""


@contextmanager
def postgres_database(prefix: str = "catchdesk_test") -> Iterator[PgDatabase]:
    """A new, empty database on :data:`PG_SERVER`, dropped afterwards."""
    psycopg = pytest.importorskip("psycopg")
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    try:
        admin = psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"no PostgreSQL server at {PG_SERVER}: {exc}")
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        url = f"{PG_SERVER.replace('postgresql://', 'postgresql+psycopg://')}/{name}"
        yield PgDatabase(name, url, admin)
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
