"""Applying entries from other stores: idempotent, in clock order, last writer wins per field.

The rules are the same whichever way entries come (a bundle, the hub, a join), so any order of
exchanges ends in the same data:

- an entry this store already knows (its id is in the journal) changes nothing;
- new entries are kept in the journal as they came (device, clock, payload), so this store can
  forward them to a third one, and the local clock moves past the newest of them;
- an insert adds its row; an insert of an append-only row (a check-in, a revocation, a booking
  step) always stands, even for an attendee already admitted elsewhere — :mod:`.detect` flags
  what collided;
- an edit writes each of its fields only if it is newer than the field's last write (an edit
  made before, arriving later, is kept in the journal but does not overwrite);
- a delete removes its row unless other rows still point at it (see :mod:`.rows`).

Rows are written with Core statements, not the ORM, so the journal hook does not see them:
applying is not a local change and is never journaled again under this store's name.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from catchdesk.core.journal import JournalEntry, StoreMeta
from catchdesk.core.sync.entries import Entry, TableInfo, driver_sql, max_seq, synced_tables
from catchdesk.core.sync.errors import SyncError
from catchdesk.core.sync.index import INSERT_FIELD, catch_up, mark_indexed, upsert_clocks
from catchdesk.core.sync.rows import RowKeeper
from catchdesk.core.sync.tables import FieldClock
from catchdesk.core.timeutil import utcnow

CHUNK = 2000
CLOCK_HIGH_KEY = "clock_high"
"""StoreMeta key of the newest clock this store has seen, restored when it is opened."""


@dataclass
class ApplyResult:
    """What one merge did, for a status line and for screens that refresh what changed."""

    received: int = 0
    new: int = 0
    events: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)
    conflicts_raised: int = 0
    journal_seq: int = 0
    """The journal's last row number once the new entries were in, before local reactions."""

    def merge(self, other: ApplyResult) -> None:
        self.received += other.received
        self.new += other.new
        self.events |= other.events
        self.entities |= other.entities
        self.conflicts_raised += other.conflicts_raised
        self.journal_seq = max(self.journal_seq, other.journal_seq)


def unknown_entries(session: Session, entries: Iterable[Entry]) -> list[Entry]:
    """The entries whose ids this store's journal lacks, each once, in clock order."""
    by_id: dict[str, Entry] = {}
    for entry in entries:
        by_id.setdefault(entry.id, entry)
    ids = list(by_id)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for known in session.scalars(select(JournalEntry.id).where(JournalEntry.id.in_(chunk))):
            by_id.pop(known, None)
    return sorted(by_id.values(), key=lambda e: (e.hlc, e.id))


def apply_entries(
    session: Session, entries: Iterable[Entry], *, detect: bool = True
) -> ApplyResult:
    """Merge entries from elsewhere into this store, in the caller's transaction.

    Returns what changed. ``detect=False`` leaves conflict detection to the caller (a join
    applies its batches first and looks once at the end).
    """
    offered = list(entries)
    result = ApplyResult(received=len(offered))
    catch_up(session)
    fresh = unknown_entries(session, offered)
    if not fresh:
        return result
    result.new = len(fresh)
    _observe(session, fresh[-1].hlc)
    write_journal(session, fresh)
    result.journal_seq = max_seq(session)
    applier = _Applier(session)
    for start in range(0, len(fresh), CHUNK):
        applier.run(fresh[start : start + CHUNK])
    applier.finish()
    mark_indexed(session)
    result.events = {e.event_id for e in fresh if e.event_id}
    result.entities = {e.entity for e in fresh}
    session.expire_all()
    if detect:
        from catchdesk.core.sync.detect import detect_and_record

        for event_id in sorted(result.events):
            result.conflicts_raised += detect_and_record(session, event_id)
    return result


def write_journal(session: Session, entries: list[Entry]) -> None:
    """Keep entries in the journal as they came, with plain driver calls (tens of thousands
    of rows at a join: the ORM's per-row work would cost more than the writes)."""
    conn = session.connection()
    recorded = utcnow().replace(tzinfo=None)
    sqlite = conn.dialect.name == "sqlite"
    when: object = recorded.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else recorded
    payload = "?" if sqlite else "CAST(? AS json)"
    statement = driver_sql(
        conn,
        "INSERT INTO journal (id, hlc, device_id, event_id, entity, entity_id, op, payload, "
        f"recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, {payload}, ?)",
    )
    dumps = json.JSONEncoder(separators=(",", ":")).encode
    for start in range(0, len(entries), CHUNK):
        rows = [(*e[:7], dumps(e.payload), when) for e in entries[start : start + CHUNK]]
        conn.exec_driver_sql(statement, rows)


def _observe(session: Session, hlc: str) -> None:
    """Move the clock past every stamp received, now and when the store is next opened."""
    clock = session.info.get("clock")
    if clock is not None:
        clock.observe(hlc)
    row = session.get(StoreMeta, CLOCK_HIGH_KEY)
    if row is None:
        session.add(StoreMeta(key=CLOCK_HIGH_KEY, value=hlc))
    elif row.value < hlc:
        row.value = hlc
    session.flush()


class _Applier:
    """Applies a stream of new entries chunk by chunk, with the lookups of each chunk batched."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.tables = synced_tables()
        self.rows = RowKeeper(session)
        self.clocks: dict[tuple[str, str], str] = {}
        self.dirty_clocks: dict[tuple[str, str], dict[str, str]] = {}
        self.pending_table: TableInfo | None = None
        self.pending: list[dict[str, Any]] = []

    def run(self, entries: list[Entry]) -> None:
        self._preload(entries)
        for entry in entries:
            info = self.tables.get(entry.entity)
            if info is None:
                continue  # a table of a newer version: kept in the journal, forwarded as is
            if entry.op == "insert":
                self._insert(info, entry)
            elif entry.op == "update":
                self._update(info, entry)
            else:
                self._flush()
                self.rows.delete(info, entry)
        self._flush()
        self._write_clocks()

    def finish(self) -> None:
        self.rows.settle_tombstones()

    def _preload(self, entries: list[Entry]) -> None:
        ids = sorted({e.entity_id for e in entries})
        self.clocks.clear()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.session.execute(
                select(FieldClock.entity_id, FieldClock.field, FieldClock.clock).where(
                    FieldClock.entity_id.in_(chunk)
                )
            )
            for entity_id, name, clock in rows:
                self.clocks[(entity_id, name)] = clock
        self.rows.preload(entries)

    def _set_clock(self, entity: str, entity_id: str, name: str, clock: str) -> None:
        self.clocks[(entity_id, name)] = clock
        self.dirty_clocks[(entity_id, name)] = {
            "entity_id": entity_id,
            "field": name,
            "entity": entity,
            "clock": clock,
        }

    def _write_clocks(self) -> None:
        inserts = [r for (_, name), r in self.dirty_clocks.items() if name == INSERT_FIELD]
        edits = [r for (_, name), r in self.dirty_clocks.items() if name != INSERT_FIELD]
        upsert_clocks(self.session, inserts, keep="min")
        upsert_clocks(self.session, edits, keep="max")
        self.dirty_clocks.clear()

    def _flush(self) -> None:
        if self.pending and self.pending_table is not None:
            self.session.connection().execute(self.pending_table.table.insert(), self.pending)
        self.pending = []
        self.pending_table = None

    def _insert(self, info: TableInfo, entry: Entry) -> None:
        row = info.row(entry.entity_id, entry.payload)
        scope = row["id"] if info.name == "events" else row.get("event_id")
        if scope != entry.event_id:
            raise SyncError(
                "Some entries would change another event than the one they came with; "
                "nothing was merged."
            )
        row = self.rows.rewrite(info, row)
        verdict = self.rows.admit(info, row, entry, self.clocks)
        if verdict == "insert":
            if self.pending_table is not info:
                self._flush()
                self.pending_table = info
            self.pending.append(row)
            self._set_clock(info.name, entry.entity_id, INSERT_FIELD, entry.clock)
            return
        self._flush()
        if verdict == "same_row":
            self._older_insert(info, entry, row)
        elif verdict == "replace":
            self.rows.replace(info, row, entry)
            self._set_clock(info.name, entry.entity_id, INSERT_FIELD, entry.clock)

    def _older_insert(self, info: TableInfo, entry: Entry, row: dict[str, Any]) -> None:
        """The same row inserted twice (two stores made it from one seed): the older insert's
        values stand wherever no edit has written since."""
        current = self.clocks.get((entry.entity_id, INSERT_FIELD))
        if current is not None and current <= entry.clock:
            return
        values = {
            name: value
            for name, value in row.items()
            if name != "id" and (entry.entity_id, name) not in self.clocks
        }
        if values:
            self.session.connection().execute(
                update(info.table).where(info.table.c.id == entry.entity_id).values(values)
            )
        self._set_clock(info.name, entry.entity_id, INSERT_FIELD, entry.clock)

    def _update(self, info: TableInfo, entry: Entry) -> None:
        if entry.entity_id in self.rows.aliases:
            return  # the row lost its unique key: the journal keeps the edit
        # A deleted row's edits still move its clocks: if it comes back, they decide its values.
        present = self.rows.exists(info, entry.entity_id)
        fields = info.fields(entry.payload)
        if present:
            fields = self.rows.rewrite(info, fields)
        changed: dict[str, Any] = {}
        for name, value in fields.items():
            current = self.clocks.get((entry.entity_id, name))
            if current is None or entry.clock > current:
                changed[name] = value
                self._set_clock(info.name, entry.entity_id, name, entry.clock)
        if changed and present:
            self._flush()
            self.session.connection().execute(
                update(info.table).where(info.table.c.id == entry.entity_id).values(changed)
            )
