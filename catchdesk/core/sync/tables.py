"""What a store keeps to merge correctly, and the settlements of conflicts that it shares.

Only :class:`ConflictSettlement` is synced data (journaled, append-only): a person's decision
must reach every desk. Everything else here is local bookkeeping, rebuilt from the journal the
store already holds, so it is never journaled and never compared between stores:

- :class:`FieldClock` — the clock of the last write each field of each row received, so an
  older edit that arrives late does not overwrite a newer one (``field`` ``""`` is the row's
  insert);
- :class:`Tombstone` — rows deleted somewhere, so a row another desk still uses comes back;
- :class:`RowAlias` — a row that lost a unique key (the same enrolment made twice offline)
  and the row that kept it, so what pointed at the loser points at the winner;
- :class:`SyncState` — cursors (what was indexed, pushed, pulled) and the last round's news;
- :class:`SyncConflict` — the conflicts derived from the data, for the conflicts screen.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import JSON, ForeignKey, Index, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from catchdesk.core.models import Base, Tracked
from catchdesk.core.timeutil import UTCDateTime, utcnow


class FieldClock(Base):
    __tablename__ = "field_clocks"
    __table_args__ = ({"sqlite_with_rowid": False},)
    journaled = False

    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    clock: Mapped[str] = mapped_column(String(120))


class Tombstone(Base):
    __tablename__ = "sync_tombstones"
    journaled = False

    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    event_id: Mapped[str | None] = mapped_column(String(36), index=True)
    clock: Mapped[str] = mapped_column(String(120))


class RowAlias(Base):
    __tablename__ = "sync_aliases"
    journaled = False

    loser_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    winner_id: Mapped[str] = mapped_column(String(36))
    event_id: Mapped[str | None] = mapped_column(String(36), index=True)
    key: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SyncState(Base):
    __tablename__ = "sync_state"
    journaled = False

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class SyncConflict(Base):
    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_event", "event_id", "settled_at"),)
    journaled = False

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    attendee_code: Mapped[str] = mapped_column(String(32), default="")
    slot_id: Mapped[str | None] = mapped_column(String(36), default=None)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    rule_decision: Mapped[str] = mapped_column(Text, default="")
    raised_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    settled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    settled_by: Mapped[str] = mapped_column(String(120), default="")
    settlement_note: Mapped[str] = mapped_column(Text, default="")
    choice: Mapped[str] = mapped_column(String(40), default="")


class ConflictSettlement(Tracked, Base):
    """A person's decision on a conflict; two desks settling at once both keep theirs."""

    __tablename__ = "sync_settlements"
    append_only: ClassVar[bool] = True

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    conflict_id: Mapped[str] = mapped_column(String(36), index=True)
    choice: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
    settled_by: Mapped[str] = mapped_column(String(120), default="")
    settled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


LOCAL_TABLES = frozenset(
    {"field_clocks", "sync_tombstones", "sync_aliases", "sync_state", "sync_conflicts"}
)
"""Tables of this package that each store keeps for itself."""


def read_state(session: Session, key: str, default: str = "") -> str:
    value = session.scalar(select(SyncState.value).where(SyncState.key == key))
    return default if value is None else value


def write_state(session: Session, key: str, value: str) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value
    session.flush()
