"""Bringing field clocks and tombstones up to date with what this store wrote itself.

Local writes are journaled by the session hook on the scan path, which must stay as cheap as
it is; so the hook does not maintain clocks. Instead, before every merge, the journal rows
written since the last one (found through the store's own numbering of journal rows, see
:func:`~catchdesk.core.sync.entries.seq_column`) are read once and their clocks recorded.
Indexing an entry twice changes nothing: an insert keeps the oldest clock, an edit the newest.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import JSON, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from catchdesk.core.sync.entries import UNSYNCED_ENTITIES, driver_sql, max_seq, seq_column
from catchdesk.core.sync.tables import Tombstone, read_state, write_state

INDEXED_KEY = "indexed_seq"
INSERT_FIELD = ""
"""The field name under which a row's insert clock is kept."""
PG_LOOKBACK = 2000
"""PostgreSQL numbers rows when they are written, not when they commit: look back this far."""
CHUNK = 5000


def _insert(session: Session) -> Any:
    return (sqlite if session.get_bind().dialect.name == "sqlite" else postgresql).insert


def upsert_clocks(session: Session, rows: Iterable[dict[str, str]], *, keep: str) -> None:
    """Record clocks (entity_id, field, entity, clock); ``keep`` is "min" or "max"."""
    batch = [(r["entity_id"], r["field"], r["entity"], r["clock"]) for r in rows]
    if not batch:
        return
    conn = session.connection()
    statement = driver_sql(
        conn,
        "INSERT INTO field_clocks (entity_id, field, entity, clock) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (entity_id, field) DO UPDATE SET clock = excluded.clock "
        f"WHERE excluded.clock {'<' if keep == 'min' else '>'} field_clocks.clock",
    )
    for start in range(0, len(batch), CHUNK):
        conn.exec_driver_sql(statement, batch[start : start + CHUNK])


def add_tombstones(session: Session, rows: Iterable[dict[str, Any]]) -> None:
    batch = list(rows)
    if not batch:
        return
    statement = _insert(session)(Tombstone).on_conflict_do_nothing(index_elements=["entity_id"])
    session.execute(statement, batch)


def catch_up(session: Session) -> None:
    """Index every journal row written since the last call (in this transaction)."""
    cursor = int(read_state(session, INDEXED_KEY, "0"))
    seq = seq_column(session)
    start = cursor if seq == "rowid" else max(0, cursor - PG_LOOKBACK)
    statement = text(
        f"SELECT {seq}, id, hlc, event_id, entity, entity_id, op, "
        "CASE WHEN op = 'update' THEN payload END AS payload "
        f"FROM journal WHERE {seq} > :after ORDER BY {seq} LIMIT :limit"
    ).columns(payload=JSON())
    last = start
    while True:
        rows = session.execute(statement, {"after": last, "limit": CHUNK}).all()
        if not rows:
            break
        inserts: list[dict[str, str]] = []
        edits: dict[tuple[str, str], dict[str, str]] = {}
        deletes: list[dict[str, Any]] = []
        for number, entry_id, hlc, event_id, entity, entity_id, op, payload in rows:
            last = max(last, int(number))
            if entity in UNSYNCED_ENTITIES:
                continue
            clock = f"{hlc}/{entry_id}"
            if op == "insert":
                inserts.append(_clock_row(entity_id, INSERT_FIELD, entity, clock))
            elif op == "update":
                for field in payload or {}:
                    if field in ("id", "event_id"):
                        continue
                    key = (entity_id, field)
                    if key not in edits or edits[key]["clock"] < clock:
                        edits[key] = _clock_row(entity_id, field, entity, clock)
            elif op == "delete":
                deletes.append(
                    {"entity_id": entity_id, "entity": entity, "event_id": event_id, "clock": clock}
                )
        upsert_clocks(session, _oldest_first(inserts), keep="min")
        upsert_clocks(session, edits.values(), keep="max")
        add_tombstones(session, deletes)
    if last > cursor:
        write_state(session, INDEXED_KEY, str(last))


def _oldest_first(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """One row per key, the oldest clock (an upsert batch may not name a key twice)."""
    kept: dict[str, dict[str, str]] = {}
    for row in rows:
        current = kept.get(row["entity_id"])
        if current is None or row["clock"] < current["clock"]:
            kept[row["entity_id"]] = row
    return list(kept.values())


def _clock_row(entity_id: str, field: str, entity: str, clock: str) -> dict[str, str]:
    return {"entity_id": entity_id, "field": field, "entity": entity, "clock": clock}


def mark_indexed(session: Session) -> None:
    """Everything in the journal now has its clocks recorded (the merge did it itself)."""
    write_state(session, INDEXED_KEY, str(max_seq(session)))
