"""The hub: a PostgreSQL database holding the union of the desks' journals.

Desks push the entries the hub lacks and pull, by the hub's own sequence number, the entries
pushed since they last looked. The hub is not a CatchDesk store and never applies anything: it
only keeps entries, sealed with a key derived from the event's ticket secret, so whoever runs
the database reads ids and clocks, never names or e-mail addresses. An event is *published*
to the hub with a join passphrase (its key box), which is what lets a new laptop join from it.

Pushes take one advisory lock, so sequence numbers become visible in the order they were
given: a desk that has read up to number N can never later find a smaller one appear.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from catchdesk.core.sync.crypto import seal, unseal
from catchdesk.core.sync.entries import Entry
from catchdesk.core.sync.errors import HubUnavailable, SyncError

PUSH_LOCK = 0x43444842  # "CDHB"
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS hub_meta (key text PRIMARY KEY, value text NOT NULL)",
    "CREATE TABLE IF NOT EXISTS hub_events (event_id text PRIMARY KEY, tag text NOT NULL, "
    "name text NOT NULL, starts_on text NOT NULL, key_box bytea, "
    "published_at timestamptz NOT NULL DEFAULT now())",
    "CREATE TABLE IF NOT EXISTS hub_entries (seq bigserial UNIQUE, entry_id text PRIMARY KEY, "
    "event_id text NOT NULL, device_id text NOT NULL, hlc text NOT NULL, box bytea NOT NULL, "
    "pushed_at timestamptz NOT NULL DEFAULT now())",
    "CREATE INDEX IF NOT EXISTS ix_hub_entries_event_seq ON hub_entries (event_id, seq)",
    "CREATE TABLE IF NOT EXISTS hub_devices (event_id text NOT NULL, device_id text NOT NULL, "
    "name text NOT NULL DEFAULT '', last_pulled_seq bigint NOT NULL DEFAULT 0, "
    "last_seen_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (event_id, device_id))",
)
_INCOMING = (
    "CREATE TEMP TABLE IF NOT EXISTS hub_incoming (n bigint, entry_id text, device_id text, "
    "hlc text, box bytea) ON COMMIT DELETE ROWS"
)
_COPY = "COPY hub_incoming (n, entry_id, device_id, hlc, box) FROM STDIN"
_FROM_INCOMING = text(
    "INSERT INTO hub_entries (entry_id, event_id, device_id, hlc, box) "
    "SELECT entry_id, :event, device_id, hlc, box FROM hub_incoming ORDER BY n "
    "ON CONFLICT (entry_id) DO NOTHING"
)


@dataclass(frozen=True)
class Pushed:
    """A push: how many entries were new, and the hub's last number before and after it."""

    new: int
    before: int
    after: int


@dataclass(frozen=True)
class HubEvent:
    """An event the hub holds entries of; ``joinable`` once published with a passphrase."""

    event_id: str
    tag: str
    name: str
    starts_on: str
    joinable: bool
    entries: int


def _aad(entry_id: str, event_id: str, device_id: str, hlc: str) -> bytes:
    return f"{entry_id}|{event_id}|{device_id}|{hlc}".encode()


def seal_entry(key: bytes, entry: Entry) -> bytes:
    """The entry's content sealed; a payload may come as its JSON text (see ``raw``)."""
    payload = entry.payload
    text_payload = (
        payload if isinstance(payload, str) else json.dumps(payload, separators=(",", ":"))
    )
    head = json.dumps([entry.entity, entry.entity_id, entry.op], separators=(",", ":"))
    body = f"{head[:-1]},{text_payload}]"
    return seal(
        key, body.encode("utf-8"), _aad(entry.id, entry.event_id or "", entry.device_id, entry.hlc)
    )


def open_entry(
    key: bytes, entry_id: str, event_id: str, device_id: str, hlc: str, box: bytes
) -> Entry:
    try:
        entity, entity_id, op, payload = json.loads(
            unseal(key, box, _aad(entry_id, event_id, device_id, hlc))
        )
    except (InvalidTag, ValueError):
        raise SyncError(
            "The hub holds entries this desk cannot open (altered, or sealed with another key); "
            "nothing was merged. Check that the hub URL is the event's."
        ) from None
    return Entry(entry_id, hlc, device_id, event_id, entity, entity_id, op, payload)


class Hub:
    """A connection to one hub; every failure to reach it is a :class:`HubUnavailable`."""

    def __init__(self, url: str, *, connect_timeout: int = 3) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise SyncError(
                f"'{url}' is not a hub address; write postgresql+psycopg://user@host/dbname."
            ) from exc
        if parsed.get_backend_name() != "postgresql":
            raise SyncError(
                f"A hub is a PostgreSQL database: write postgresql+psycopg://user@host/dbname, "
                f"not '{parsed.drivername}'."
            )
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        self.url = parsed
        self.where = parsed.render_as_string(hide_password=True)
        try:
            self.engine: Engine = create_engine(
                parsed,
                pool_pre_ping=True,
                pool_size=2,
                connect_args={"connect_timeout": connect_timeout},
            )
        except (NoSuchModuleError, ArgumentError) as exc:
            raise SyncError(f"CatchDesk cannot talk to {self.where}: {exc}.") from exc
        self.announced: set[str] = set()
        self.seen_at: dict[str, float] = {}

    def close(self) -> None:
        self.engine.dispose()

    @contextlib.contextmanager
    def connect(self) -> Iterator[Connection]:
        """One transaction on the hub; a lost or refused connection becomes one sentence."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except DBAPIError as exc:
            self.engine.dispose()
            first = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            if exc.connection_invalidated or type(exc).__name__ in (
                "OperationalError",
                "InterfaceError",
            ):
                raise HubUnavailable(
                    f"The hub {self.where} does not answer ({first}); this desk keeps working "
                    "and syncs when it is back."
                ) from exc
            raise SyncError(f"The hub {self.where} refused the request: {first}.") from exc

    def hub_id(self) -> str:
        """The hub's identity (made with its tables on first use); cursors are kept per hub."""
        with self.connect() as conn:
            exists = conn.execute(text("SELECT to_regclass('hub_meta') IS NOT NULL")).scalar()
            if not exists:
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PUSH_LOCK})
                for statement in SCHEMA:
                    conn.execute(text(statement))
            hub_id = conn.execute(text("SELECT value FROM hub_meta WHERE key = 'hub_id'")).scalar()
            if hub_id is None:
                hub_id = str(uuid.uuid4())
                conn.execute(
                    text(
                        "INSERT INTO hub_meta (key, value) VALUES ('hub_id', :v) "
                        "ON CONFLICT (key) DO NOTHING"
                    ),
                    {"v": hub_id},
                )
                hub_id = conn.execute(
                    text("SELECT value FROM hub_meta WHERE key = 'hub_id'")
                ).scalar_one()
        return hub_id

    def announce(self, event_id: str, tag: str, name: str, starts_on: dt.date) -> None:
        """Let the hub list the event (without a key box: not joinable until published)."""
        with self.connect() as conn:
            conn.execute(
                text(
                    "INSERT INTO hub_events (event_id, tag, name, starts_on) "
                    "VALUES (:id, :tag, :name, :day) ON CONFLICT (event_id) DO NOTHING"
                ),
                {"id": event_id, "tag": tag, "name": name, "day": starts_on.isoformat()},
            )

    def publish(self, event_id: str, tag: str, name: str, starts_on: dt.date, box: bytes) -> None:
        """Store (or replace) the event's key box, so laptops with the passphrase can join."""
        self.announce(event_id, tag, name, starts_on)
        with self.connect() as conn:
            conn.execute(
                text(
                    "UPDATE hub_events SET key_box = :box, published_at = now() "
                    "WHERE event_id = :id"
                ),
                {"id": event_id, "box": box},
            )

    def events(self) -> list[HubEvent]:
        with self.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT e.event_id, e.tag, e.name, e.starts_on, e.key_box IS NOT NULL, "
                    "(SELECT count(*) FROM hub_entries h WHERE h.event_id = e.event_id) "
                    "FROM hub_events e ORDER BY e.starts_on DESC, e.name"
                )
            ).all()
        return [HubEvent(*row) for row in rows]

    def key_box(self, event_id: str) -> bytes | None:
        with self.connect() as conn:
            box = conn.execute(
                text("SELECT key_box FROM hub_events WHERE event_id = :id"), {"id": event_id}
            ).scalar()
        return bytes(box) if box is not None else None

    def push(self, event_id: str, entries: list[Entry], key: bytes) -> Pushed:
        """Add the entries the hub lacks, in the order given.

        The batch is copied into a temporary table (COPY is several times faster than binding
        arrays) and inserted from there in order, skipping entries the hub already holds.
        """
        rows = [(n, e.id, e.device_id, e.hlc, seal_entry(key, e)) for n, e in enumerate(entries)]
        last = text("SELECT coalesce(max(seq), 0) FROM hub_entries WHERE event_id = :event")
        with self.connect() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PUSH_LOCK})
            before = int(conn.execute(last, {"event": event_id}).scalar_one())
            conn.execute(text(_INCOMING))
            raw = conn.connection.driver_connection
            with raw.cursor() as cursor, cursor.copy(_COPY) as copy:
                for row in rows:
                    copy.write_row(row)
            new = conn.execute(_FROM_INCOMING, {"event": event_id}).rowcount
            after = int(conn.execute(last, {"event": event_id}).scalar_one())
        return Pushed(max(new, 0), before, after)

    def pull(self, event_id: str, after: int, limit: int, key: bytes) -> list[tuple[int, Entry]]:
        """Entries of the event with a sequence number above ``after``, in order."""
        with self.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT seq, entry_id, device_id, hlc, box FROM hub_entries "
                    "WHERE event_id = :event AND seq > :after ORDER BY seq LIMIT :limit"
                ),
                {"event": event_id, "after": after, "limit": limit},
            ).all()
        return [
            (int(seq), open_entry(key, entry_id, event_id, device_id, hlc, bytes(box)))
            for seq, entry_id, device_id, hlc, box in rows
        ]

    def last_seq(self, event_id: str) -> int:
        with self.connect() as conn:
            value = conn.execute(
                text("SELECT coalesce(max(seq), 0) FROM hub_entries WHERE event_id = :e"),
                {"e": event_id},
            ).scalar_one()
        return int(value)

    def seen(self, event_id: str, device_id: str, name: str, last_pulled: int) -> None:
        """Note that a desk synced (for an organiser looking at the hub)."""
        self.seen_at[event_id] = time.monotonic()
        with self.connect() as conn:
            conn.execute(
                text(
                    "INSERT INTO hub_devices (event_id, device_id, name, last_pulled_seq) "
                    "VALUES (:e, :d, :n, :s) ON CONFLICT (event_id, device_id) DO UPDATE SET "
                    "name = excluded.name, last_pulled_seq = excluded.last_pulled_seq, "
                    "last_seen_at = now()"
                ),
                {"e": event_id, "d": device_id, "n": name, "s": last_pulled},
            )
