"""The rare cases of applying, each decided by a rule that gives the same result in any order.

- **A unique key taken twice** (two desks enrolled one person in one workshop offline, or
  revoked the same check-in): the row inserted first (by clock) keeps the key; the other is not
  kept as a row but recorded as an alias of the winner, so whatever pointed at it points at
  the winner. Arriving in the other order, the winner replaces the loser the same way.
- **A row deleted on one desk and used on another** (a workshop deleted while a door admitted
  someone to it): a deleted row stays deleted only while nothing points at it. A row that is
  needed again is rebuilt from its journal entries (insert, then its edits by clock).
- **The same row inserted twice** with the same id is handled in :mod:`.apply`.

Deletes leave a tombstone, so that rule can be applied whatever arrives later.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, delete, exists, select, text
from sqlalchemy.orm import Session

from catchdesk.core.sync.entries import Entry, TableInfo, children_of, synced_tables
from catchdesk.core.sync.errors import SyncError
from catchdesk.core.sync.index import INSERT_FIELD, add_tombstones
from catchdesk.core.sync.tables import FieldClock, RowAlias, Tombstone

UniqueKey = tuple[str, tuple[str, ...], tuple[Any, ...]]


class RowKeeper:
    """Knows which rows exist, which were deleted and which lost a unique key."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.conn = session.connection()
        self.tables = synced_tables()
        self.present: set[str] = set()
        self.missing: set[str] = set()
        self.aliases: dict[str, str] = dict(
            session.execute(select(RowAlias.loser_id, RowAlias.winner_id)).all()
        )
        self.tombstones: dict[str, str] = dict(
            session.execute(select(Tombstone.entity_id, Tombstone.entity)).all()
        )
        self.holders: dict[UniqueKey, str] = {}
        self.replacing: str | None = None

    def preload(self, entries: list[Entry]) -> None:
        """Look up, for a chunk of entries, which of their rows and unique keys exist."""
        by_table: dict[str, set[str]] = {}
        inserts: dict[str, list[Entry]] = {}
        for entry in entries:
            by_table.setdefault(entry.entity, set()).add(entry.entity_id)
            if entry.op == "insert":
                inserts.setdefault(entry.entity, []).append(entry)
        self.present.clear()
        self.missing.clear()
        self.holders.clear()
        for name, ids in by_table.items():
            info = self.tables.get(name)
            if info is None:
                continue
            found = self._existing(info, sorted(ids))
            self.present |= found
            self.missing |= ids - found
        for name, batch in inserts.items():
            info = self.tables.get(name)
            if info is not None and info.unique_keys:
                self._load_holders(info, batch)

    def _existing(self, info: TableInfo, ids: list[str]) -> set[str]:
        found: set[str] = set()
        column = info.table.c.id
        for start in range(0, len(ids), 500):
            found.update(
                self.session.scalars(select(column).where(column.in_(ids[start : start + 500])))
            )
        return found

    def _load_holders(self, info: TableInfo, batch: list[Entry]) -> None:
        """Who holds each unique key a chunk's inserts carry.

        Queried as equalities plus one ``IN`` list (on the column whose values vary most), a
        form SQLite answers from the unique index; a row-value ``IN`` would scan the table.
        """
        for columns in info.unique_keys:
            wanted = {
                values
                for entry in batch
                if None not in (values := self._key(info, columns, entry.payload))
            }
            if not wanted:
                continue
            spread = max(range(len(columns)), key=lambda i: len({v[i] for v in wanted}))
            groups: dict[tuple, list[Any]] = {}
            for values in wanted:
                fixed = values[:spread] + values[spread + 1 :]
                groups.setdefault(fixed, []).append(values[spread])
            cols = [info.table.c[name] for name in columns]
            others = [c for i, c in enumerate(cols) if i != spread]
            for fixed, varying in groups.items():
                for start in range(0, len(varying), 500):
                    condition = [c == v for c, v in zip(others, fixed, strict=True)]
                    condition.append(cols[spread].in_(varying[start : start + 500]))
                    query = select(info.table.c.id, *cols).where(*condition)
                    for row in self.session.execute(query):
                        self.holders[(info.name, columns, tuple(row[1:]))] = row[0]

    def _key(self, info: TableInfo, columns: tuple[str, ...], values: dict[str, Any]) -> tuple:
        row = self.rewrite(info, {name: values.get(name) for name in columns})
        return tuple(row[name] for name in columns)

    def exists(self, info: TableInfo | str, entity_id: str) -> bool:
        table = self.tables[info] if isinstance(info, str) else info
        if entity_id in self.present:
            return True
        if entity_id in self.missing:
            return False
        found = bool(self._existing(table, [entity_id]))
        (self.present if found else self.missing).add(entity_id)
        return found

    def rewrite(self, info: TableInfo, values: dict[str, Any]) -> dict[str, Any]:
        """Point references at the rows that won their unique key, and bring back deleted rows
        that a new reference needs."""
        for column, target in info.foreign_keys:
            value = values.get(column)
            if value is None:
                continue
            value = self.aliases.get(value, value)
            values[column] = value
            if value in self.tombstones and not self.exists(target, value):
                self.resurrect(target, value)
        return values

    def admit(
        self, info: TableInfo, row: dict[str, Any], entry: Entry, clocks: dict[tuple[str, str], str]
    ) -> str:
        """How to apply an insert: "insert", "same_row", "replace" (see :attr:`replacing`) or
        "skip" (a deleted row, or the loser of a unique key)."""
        entity_id = row["id"]
        if entity_id in self.aliases:
            return "skip"
        if self.exists(info, entity_id):
            return "same_row"
        if entity_id in self.tombstones:
            return "skip"
        for columns in info.unique_keys:
            values = tuple(row[name] for name in columns)
            if None in values:
                continue
            holder = self.holders.get((info.name, columns, values))
            if holder is None or holder == entity_id:
                continue
            held_since = clocks.get((holder, INSERT_FIELD)) or self._insert_clock(holder)
            key = dict(zip(columns, (str(v) for v in values), strict=True))
            if held_since is not None and held_since < entry.clock:
                self._alias(info, entity_id, holder, key, row.get("event_id"))
                return "skip"
            self.replacing = holder
            self._alias(info, holder, entity_id, key, row.get("event_id"))
            return "replace"
        self._hold(info, row)
        self.present.add(entity_id)
        self.missing.discard(entity_id)
        return "insert"

    def _hold(self, info: TableInfo, row: dict[str, Any]) -> None:
        for columns in info.unique_keys:
            self.holders[(info.name, columns, tuple(row[name] for name in columns))] = row["id"]

    def _insert_clock(self, entity_id: str) -> str | None:
        return self.session.scalar(
            select(FieldClock.clock).where(
                FieldClock.entity_id == entity_id, FieldClock.field == INSERT_FIELD
            )
        )

    def _alias(
        self, info: TableInfo, loser: str, winner: str, key: dict[str, str], event_id: Any
    ) -> None:
        for old_loser, old_winner in list(self.aliases.items()):
            if old_winner == loser:
                self.aliases[old_loser] = winner
                self.conn.execute(
                    RowAlias.__table__.update()
                    .where(RowAlias.loser_id == old_loser)
                    .values(winner_id=winner)
                )
        self.aliases[loser] = winner
        self.session.add(
            RowAlias(loser_id=loser, entity=info.name, winner_id=winner, event_id=event_id, key=key)
        )
        self.session.flush()

    def replace(self, info: TableInfo, row: dict[str, Any], entry: Entry) -> None:
        """The incoming row is older than the one holding its unique key: it takes the key, and
        the rows that pointed at the loser now point at it."""
        loser, winner = self.replacing, row["id"]
        assert loser is not None
        self.replacing = None
        moved: list[tuple[TableInfo, str, list[dict[str, Any]]]] = []
        for child_name, column in children_of().get(info.name, ()):
            child = self.tables[child_name]
            rows = [
                dict(r)
                for r in self.session.execute(
                    select(child.table).where(child.table.c[column] == loser)
                ).mappings()
            ]
            if rows:
                self.conn.execute(delete(child.table).where(child.table.c[column] == loser))
                moved.append((child, column, rows))
        self.conn.execute(delete(info.table).where(info.table.c.id == loser))
        self.conn.execute(info.table.insert(), [row])
        for child, column, rows in moved:
            for moved_row in rows:
                moved_row[column] = winner
            self.conn.execute(child.table.insert(), rows)
        self.present.discard(loser)
        self.missing.add(loser)
        self.present.add(winner)
        self._hold(info, row)

    def delete(self, info: TableInfo, entry: Entry) -> None:
        entity_id = entry.entity_id
        add_tombstones(
            self.session,
            [
                {
                    "entity_id": entity_id,
                    "entity": info.name,
                    "event_id": entry.event_id,
                    "clock": entry.clock,
                }
            ],
        )
        self.tombstones[entity_id] = info.name
        if entity_id in self.aliases or not self.exists(info, entity_id):
            return
        if not self.in_use(info.name, entity_id):
            self.conn.execute(delete(info.table).where(info.table.c.id == entity_id))
            self.present.discard(entity_id)
            self.missing.add(entity_id)

    def in_use(self, table: str, entity_id: str) -> bool:
        for child_name, column in children_of().get(table, ()):
            child = self.tables[child_name].table
            if self.session.scalar(select(exists().where(child.c[column] == entity_id))):
                return True
        return False

    def settle_tombstones(self) -> None:
        """Deleted rows brought back for a reference stay only while something points at them."""
        for _ in range(4):
            removed = False
            for entity_id, table in self.tombstones.items():
                info = self.tables.get(table)
                if info is None or not self._existing(info, [entity_id]):
                    continue
                if not self.in_use(table, entity_id):
                    self.conn.execute(delete(info.table).where(info.table.c.id == entity_id))
                    removed = True
            if not removed:
                return

    def resurrect(self, table: str, entity_id: str) -> None:
        """Rebuild a deleted row from its journal entries: its insert, then its edits by clock."""
        info = self.tables[table]
        statement = text(
            "SELECT id, hlc, op, payload FROM journal WHERE entity_id = :id ORDER BY hlc, id"
        ).columns(payload=JSON())
        row: dict[str, Any] | None = None
        for _entry_id, _hlc, op, payload in self.session.execute(statement, {"id": entity_id}):
            if op == "insert" and row is None:
                row = info.row(entity_id, payload)
            elif op == "update" and row is not None:
                row.update(info.fields(payload))
        if row is None:
            raise SyncError(
                f"A {table} row that other data needs ({entity_id}) is unknown here; "
                "import a complete bundle from the desk that made it."
            )
        self.missing.discard(entity_id)
        self.present.add(entity_id)
        row = self.rewrite(info, row)
        self.conn.execute(info.table.insert(), [row])
