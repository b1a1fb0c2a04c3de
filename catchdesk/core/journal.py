"""The change journal: every change to synced data, written in the same transaction as the change.

Sync (DESIGN.md §6) exchanges journal entries between stores. Writing them from a session hook
rather than from each core function means no code path can change data without journaling it:
the hook sees every new, changed or deleted row at flush time, stamps it with the device and the
hybrid logical clock held in ``session.info``, and refuses to change append-only history.
Bulk writers (import, demo) that bypass the ORM for speed call :func:`record_rows` themselves.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import JSON, Index, String, inspect
from sqlalchemy.orm import Mapped, Session, mapped_column

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.ids import HybridClock, new_id
from catchdesk.core.models import Base
from catchdesk.core.timeutil import UTCDateTime, utcnow


class JournalEntry(Base):
    __tablename__ = "journal"
    # Every scan appends one entry, so each index here is another page in every durable
    # commit: keep only the one sync reads by (a device's entries in clock order). Rows hold
    # whole payloads, too big for a WITHOUT ROWID table.
    __table_args__ = (Index("ix_journal_device_hlc", "device_id", "hlc"),)
    journaled = False

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    hlc: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(36))
    event_id: Mapped[str | None] = mapped_column(String(36), default=None)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class StoreMeta(Base):
    """Facts about this store itself (its device id, its name); never synced."""

    __tablename__ = "store_meta"
    journaled = False

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(400))


class HistoryIsAppendOnly(CatchDeskError):
    """Raised when code tries to change or delete a row that records something that happened."""


def to_json_value(value: Any) -> Any:
    """A column value as JSON: times in UTC ISO 8601, bytes in base64."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return "b64:" + base64.b64encode(value).decode("ascii")
    return value


def _row_values(obj: Base, keys: Iterable[str] | None = None) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    wanted = set(keys) if keys is not None else None
    values: dict[str, Any] = {}
    for column_attr in mapper.column_attrs:
        if wanted is not None and column_attr.key not in wanted:
            continue
        values[column_attr.key] = to_json_value(getattr(obj, column_attr.key))
    return values


def _fill_defaults(obj: Base, device_id: str) -> None:
    """Give a new row its id, creation time and device before it is journaled."""
    if getattr(obj, "id", None) is None:
        obj.id = new_id()  # type: ignore[attr-defined]
    if hasattr(obj, "created_at") and obj.created_at is None:  # type: ignore[attr-defined]
        obj.created_at = utcnow()  # type: ignore[attr-defined]
    if hasattr(obj, "origin_device_id") and obj.origin_device_id is None:  # type: ignore[attr-defined]
        obj.origin_device_id = device_id  # type: ignore[attr-defined]
    mapper = inspect(obj).mapper
    for column_attr in mapper.column_attrs:
        if getattr(obj, column_attr.key) is None:
            column = column_attr.columns[0]
            default = column.default
            if default is not None and getattr(default, "is_scalar", False):
                setattr(obj, column_attr.key, default.arg)
            elif default is not None and getattr(default, "is_callable", False):
                setattr(obj, column_attr.key, default.arg(None))


def _clock(session: Session) -> tuple[HybridClock, str]:
    clock = session.info.get("clock")
    if clock is None:
        raise RuntimeError("sessions must come from Store.session_factory (no clock in info)")
    return clock, clock.device_id


def _entry(
    clock: HybridClock, device_id: str, entity: str, entity_id: str, op: str, payload: dict
) -> dict[str, Any]:
    return {
        "id": new_id(),
        "hlc": clock.now(),
        "device_id": device_id,
        "event_id": payload.get("event_id") if entity != "events" else entity_id,
        "entity": entity,
        "entity_id": entity_id,
        "op": op,
        "payload": payload,
        "recorded_at": utcnow(),
    }


def journal_flush(session: Session, _context: object, _instances: object) -> None:
    """The store sessions' ``before_flush`` hook: journal every new, changed and deleted row."""
    if session.info.get("replaying"):
        return
    clock, device_id = _clock(session)
    entries: list[dict[str, Any]] = []
    for obj in list(session.new):
        if not isinstance(obj, Base) or not type(obj).journaled:
            continue
        _fill_defaults(obj, device_id)
        table = obj.__tablename__
        entries.append(_entry(clock, device_id, table, obj.id, "insert", _row_values(obj)))  # type: ignore[attr-defined]
    for obj in list(session.dirty):
        if not isinstance(obj, Base) or not type(obj).journaled:
            continue
        state = inspect(obj)
        changed = [
            attr.key
            for attr in state.mapper.column_attrs
            if state.attrs[attr.key].history.has_changes()
        ]
        if not changed:
            continue
        if type(obj).append_only:
            raise HistoryIsAppendOnly(
                f"{obj.__tablename__} rows record what happened and are never changed."
            )
        payload = _row_values(obj, changed)
        payload["event_id"] = getattr(obj, "event_id", None)
        entries.append(_entry(clock, device_id, obj.__tablename__, obj.id, "update", payload))  # type: ignore[attr-defined]
    for obj in list(session.deleted):
        if not isinstance(obj, Base) or not type(obj).journaled:
            continue
        if type(obj).append_only:
            raise HistoryIsAppendOnly(
                f"{obj.__tablename__} rows record what happened and are never deleted."
            )
        payload = {"event_id": getattr(obj, "event_id", None)}
        entries.append(_entry(clock, device_id, obj.__tablename__, obj.id, "delete", payload))  # type: ignore[attr-defined]
    for values in entries:
        session.add(JournalEntry(**values))


_JOURNAL_INSERT = JournalEntry.__table__.insert()


def record_rows(
    session: Session, model: type[Base], rows: list[Mapping[str, Any]], op: str = "insert"
) -> None:
    """Insert rows with plain Core and journal them, where the ORM's bookkeeping costs too much.

    Each row must already hold every column (id, created_at, origin_device_id included); the
    journal gets the same values.
    """
    if not rows:
        return
    clock, device_id = _clock(session)
    table = model.__tablename__
    connection = session.connection()
    if op == "insert":
        connection.execute(model.__table__.insert(), list(rows))
    entries = [
        _entry(
            clock,
            device_id,
            table,
            str(row["id"]),
            op,
            {key: to_json_value(value) for key, value in row.items()},
        )
        for row in rows
    ]
    connection.execute(_JOURNAL_INSERT, entries)
