"""Journal entries as plain values, their clocks, and turning their payloads back into rows.

Entries travel as JSON (bundles, the hub), so values arrive as text: times in ISO 8601, bytes
as ``b64:…``. :class:`TableInfo` knows for each synced table how to turn such a payload back
into column values, which columns point at which tables, and which unique keys it has — what
applying needs, computed once from the models.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Boolean, Connection, Date, LargeBinary, Table, UniqueConstraint, text
from sqlalchemy.orm import Session

from catchdesk.core.journal import JournalEntry
from catchdesk.core.models import Base
from catchdesk.core.sync import tables as _tables
from catchdesk.core.timeutil import UTCDateTime

UNSYNCED_ENTITIES = frozenset({"devices"} | _tables.LOCAL_TABLES)
"""Entities never exchanged: devices are not scoped by event, the rest is local bookkeeping."""


class Entry(NamedTuple):
    """One journal entry, as stored in every store that knows it."""

    id: str
    hlc: str
    device_id: str
    event_id: str | None
    entity: str
    entity_id: str
    op: str
    payload: dict[str, Any]

    @property
    def clock(self) -> str:
        """What orders writes: the hybrid clock (which ends with the device), then the id."""
        return f"{self.hlc}/{self.id}"

    def to_list(self) -> list[Any]:
        return list(self)

    @classmethod
    def from_list(cls, values: Sequence[Any]) -> Entry:
        if len(values) != len(cls._fields):
            raise ValueError("an entry has eight parts")
        entry = cls(*values)
        if not isinstance(entry.payload, dict) or entry.op not in ("insert", "update", "delete"):
            raise ValueError("an entry's payload is an object and its op a known one")
        return entry


def _from_text_time(value: Any) -> Any:
    if isinstance(value, str):
        moment = dt.datetime.fromisoformat(value)
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return value


def _from_text_date(value: Any) -> Any:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _from_text_bytes(value: Any) -> Any:
    if isinstance(value, str) and value.startswith("b64:"):
        return base64.b64decode(value[4:])
    return value


def _from_text_bool(value: Any) -> Any:
    return bool(value) if value is not None else None


def _converter(column_type: object) -> Callable[[Any], Any] | None:
    if isinstance(column_type, UTCDateTime):
        return _from_text_time
    if isinstance(column_type, Date):
        return _from_text_date
    if isinstance(column_type, LargeBinary):
        return _from_text_bytes
    if isinstance(column_type, Boolean):
        return _from_text_bool
    return None


@dataclass(frozen=True)
class TableInfo:
    """What applying needs to know about one synced table."""

    name: str
    table: Table
    columns: tuple[str, ...]
    converters: dict[str, Callable[[Any], Any]]
    defaults: dict[str, Any]
    foreign_keys: tuple[tuple[str, str], ...]
    """(column, table it points at)."""
    unique_keys: tuple[tuple[str, ...], ...]
    append_only: bool

    def row(self, entity_id: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Full column values of a row from an insert payload (defaults for what it lacks)."""
        values: dict[str, Any] = {}
        for name in self.columns:
            if name in payload:
                value = payload[name]
                convert = self.converters.get(name)
                values[name] = (
                    convert(value) if convert is not None and value is not None else value
                )
            else:
                default = self.defaults.get(name)
                values[name] = default() if callable(default) else default
        values["id"] = entity_id
        return values

    def fields(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Column values of an update payload; unknown keys (a newer version's) are left out."""
        values: dict[str, Any] = {}
        for name, value in payload.items():
            if name not in self.columns or name in ("id", "event_id"):
                continue
            convert = self.converters.get(name)
            values[name] = convert(value) if convert is not None and value is not None else value
        return values


def _default_of(column: Any) -> Any:
    default = column.default
    if default is None:
        return None
    if getattr(default, "is_scalar", False):
        return default.arg
    if getattr(default, "is_callable", False):
        return lambda: default.arg(None)
    return None


@cache
def synced_tables() -> dict[str, TableInfo]:
    """Every journaled table by name (except devices), built once from the models."""
    found: dict[str, TableInfo] = {}
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if not model.journaled or model.__tablename__ in UNSYNCED_ENTITIES:
            continue
        table: Table = model.__table__
        columns = tuple(c.name for c in table.columns)
        converters = {
            c.name: conv for c in table.columns if (conv := _converter(c.type)) is not None
        }
        foreign_keys = tuple((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys)
        unique = tuple(
            tuple(c.name for c in constraint.columns)
            for constraint in table.constraints
            if isinstance(constraint, UniqueConstraint)
        ) + tuple((c.name,) for c in table.columns if c.unique)
        found[table.name] = TableInfo(
            name=table.name,
            table=table,
            columns=columns,
            converters=converters,
            defaults={c.name: _default_of(c) for c in table.columns},
            foreign_keys=foreign_keys,
            unique_keys=unique,
            append_only=bool(model.append_only),
        )
    return found


@cache
def children_of() -> dict[str, tuple[tuple[str, str], ...]]:
    """For each table, the (table, column) pairs that point at it."""
    children: dict[str, list[tuple[str, str]]] = {}
    for info in synced_tables().values():
        for column, target in info.foreign_keys:
            children.setdefault(target, []).append((info.name, column))
    return {name: tuple(pairs) for name, pairs in children.items()}


def driver_sql(conn: Connection, statement: str) -> str:
    """A statement written with ``?`` placeholders, in the driver's own style."""
    return statement if conn.dialect.paramstyle == "qmark" else statement.replace("?", "%s")


def seq_column(session: Session) -> str:
    """The column that numbers journal rows in the order this store wrote them.

    SQLite's rowid grows with every insert under the single writer lock, so it is commit order
    for free; PostgreSQL stores get an identity column ``seq`` from migration 0005.
    """
    return "rowid" if session.get_bind().dialect.name == "sqlite" else "seq"


_COLUMNS = "id, hlc, device_id, event_id, entity, entity_id, op, payload"
_JOURNAL = JournalEntry.__table__


def entries_after(
    session: Session, event_id: str, after_seq: int, limit: int, *, raw: bool = False
) -> list[tuple[int, Entry]]:
    """The event's entries this store wrote after ``after_seq``, with their seq, in order.

    ``raw=True`` leaves each payload as its JSON text, for sealing it without parsing it.
    """
    seq = seq_column(session)
    payload = "CAST(payload AS TEXT) AS payload" if raw else "payload"
    statement = text(
        f"SELECT {seq}, id, hlc, device_id, event_id, entity, entity_id, op, {payload} "
        f"FROM journal WHERE {seq} > :after AND event_id = :event ORDER BY {seq} LIMIT :limit"
    )
    if not raw:
        statement = statement.columns(payload=_JOURNAL.c.payload.type)
    rows = session.execute(statement, {"after": after_seq, "event": event_id, "limit": limit}).all()
    return [(int(r[0]), Entry(*r[1:8], r[8])) for r in rows if r[5] not in UNSYNCED_ENTITIES]


def event_entries(session: Session, event_id: str) -> Iterator[Entry]:
    """All entries of an event that this store knows, in clock order."""
    result = session.execute(
        text(f"SELECT {_COLUMNS} FROM journal WHERE event_id = :event ORDER BY hlc, id").columns(
            payload=_JOURNAL.c.payload.type
        ),
        {"event": event_id},
    )
    for row in result:
        if row[4] not in UNSYNCED_ENTITIES:
            yield Entry(*row)


def count_after(session: Session, event_id: str, after_seq: int) -> int:
    seq = seq_column(session)
    return int(
        session.execute(
            text(f"SELECT count(*) FROM journal WHERE {seq} > :after AND event_id = :event"),
            {"after": after_seq, "event": event_id},
        ).scalar_one()
    )


def max_seq(session: Session) -> int:
    seq = seq_column(session)
    return int(session.execute(text(f"SELECT coalesce(max({seq}), 0) FROM journal")).scalar_one())
