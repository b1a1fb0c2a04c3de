"""A digest of an event's synced data: two stores agree exactly when their digests are equal.

It covers every synced table (rows in id order, every column) and the list of conflicts with
whether each is settled; it leaves out what each store keeps for itself (the journal's arrival
times, clocks, cursors, device names) and the search index, which follows the rows.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.journal import to_json_value
from catchdesk.core.models import Event
from catchdesk.core.sync.entries import synced_tables
from catchdesk.core.sync.tables import SyncConflict


def digest_parts(session: Session, event: Event) -> dict[str, str]:
    """One digest per table (and one for conflicts), to tell where two stores differ."""
    parts: dict[str, str] = {}
    for name, info in sorted(synced_tables().items()):
        table = info.table
        scope = table.c.id if name == "events" else table.c.get("event_id")
        if scope is None:
            continue
        columns = sorted(info.columns)
        hasher = hashlib.sha256()
        rows = session.execute(
            select(*(table.c[c] for c in columns)).where(scope == event.id).order_by(table.c.id)
        )
        for row in rows:
            values = [to_json_value(v) for v in row]
            hasher.update(json.dumps(values, sort_keys=True, default=str).encode("utf-8"))
        parts[name] = hasher.hexdigest()
    conflicts = session.execute(
        select(SyncConflict.id, SyncConflict.kind, SyncConflict.choice)
        .where(SyncConflict.event_id == event.id)
        .order_by(SyncConflict.id)
    ).all()
    parts["sync_conflicts"] = hashlib.sha256(
        json.dumps([list(c) for c in conflicts]).encode("utf-8")
    ).hexdigest()
    return parts


def data_digest(session: Session, event: Event) -> str:
    """A hex SHA-256 over :func:`digest_parts`."""
    parts = digest_parts(session, event)
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()
