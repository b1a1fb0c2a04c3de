"""sync: field clocks, tombstones, aliases, cursors, conflicts and their settlements

Stores converge by exchanging journal entries (DESIGN.md §6). To merge correctly a store keeps
the clock of the last write of each field, the rows deleted elsewhere, the rows that lost a
unique key, and its cursors; the conflicts derived from the data are listed in sync_conflicts,
and a person's decision on one is a synced, append-only settlement.

On PostgreSQL the journal gets an identity column ``seq`` numbering rows in the order they were
written (SQLite's rowid does that already), so a desk knows what it has not pushed yet.

Every step looks before it acts, so a store that already has a piece upgrades without error.

Revision ID: 0005_sync
Revises: 0004_coaching
Create Date: 2026-11-28 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_sync"
down_revision: str | None = "0004_coaching"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _tables() -> set[str]:
    return set(sa.inspect(op.get_bind()).get_table_names())


def _columns(table: str) -> set[str]:
    return {column["name"] for column in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:
    tables = _tables()
    if "field_clocks" not in tables:
        op.create_table(
            "field_clocks",
            sa.Column("entity_id", sa.String(length=36), nullable=False),
            sa.Column("field", sa.String(length=64), nullable=False),
            sa.Column("entity", sa.String(length=40), nullable=False),
            sa.Column("clock", sa.String(length=120), nullable=False),
            sa.PrimaryKeyConstraint("entity_id", "field"),
            sqlite_with_rowid=False,
        )
    if "sync_tombstones" not in tables:
        op.create_table(
            "sync_tombstones",
            sa.Column("entity_id", sa.String(length=36), nullable=False),
            sa.Column("entity", sa.String(length=40), nullable=False),
            sa.Column("event_id", sa.String(length=36), nullable=True),
            sa.Column("clock", sa.String(length=120), nullable=False),
            sa.PrimaryKeyConstraint("entity_id"),
        )
        op.create_index("ix_sync_tombstones_event_id", "sync_tombstones", ["event_id"])
    if "sync_aliases" not in tables:
        op.create_table(
            "sync_aliases",
            sa.Column("loser_id", sa.String(length=36), nullable=False),
            sa.Column("entity", sa.String(length=40), nullable=False),
            sa.Column("winner_id", sa.String(length=36), nullable=False),
            sa.Column("event_id", sa.String(length=36), nullable=True),
            sa.Column("key", sa.JSON(), nullable=False),
            sa.PrimaryKeyConstraint("loser_id"),
        )
        op.create_index("ix_sync_aliases_event_id", "sync_aliases", ["event_id"])
    if "sync_state" not in tables:
        op.create_table(
            "sync_state",
            sa.Column("key", sa.String(length=200), nullable=False),
            sa.Column("value", sa.Text(), nullable=False),
            sa.PrimaryKeyConstraint("key"),
        )
    if "sync_conflicts" not in tables:
        op.create_table(
            "sync_conflicts",
            sa.Column("id", sa.String(length=36), nullable=False),
            sa.Column("event_id", sa.String(length=36), nullable=False),
            sa.Column("kind", sa.String(length=40), nullable=False),
            sa.Column("entity", sa.String(length=40), nullable=False),
            sa.Column("entity_id", sa.String(length=36), nullable=False),
            sa.Column("attendee_code", sa.String(length=32), nullable=False),
            sa.Column("slot_id", sa.String(length=36), nullable=True),
            sa.Column("detail", sa.JSON(), nullable=False),
            sa.Column("rule_decision", sa.Text(), nullable=False),
            sa.Column("raised_at", sa.DateTime(), nullable=False),
            sa.Column("settled_at", sa.DateTime(), nullable=True),
            sa.Column("settled_by", sa.String(length=120), nullable=False),
            sa.Column("settlement_note", sa.Text(), nullable=False),
            sa.Column("choice", sa.String(length=40), nullable=False),
            sa.PrimaryKeyConstraint("id"),
        )
        op.create_index("ix_sync_conflicts_event", "sync_conflicts", ["event_id", "settled_at"])
    if "sync_settlements" not in tables:
        op.create_table(
            "sync_settlements",
            sa.Column("event_id", sa.String(length=36), nullable=False),
            sa.Column("conflict_id", sa.String(length=36), nullable=False),
            sa.Column("choice", sa.String(length=40), nullable=False),
            sa.Column("note", sa.Text(), nullable=False),
            sa.Column("settled_by", sa.String(length=120), nullable=False),
            sa.Column("settled_at", sa.DateTime(), nullable=False),
            sa.Column("id", sa.String(length=36), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("origin_device_id", sa.String(length=36), nullable=True),
            sa.ForeignKeyConstraint(["event_id"], ["events.id"]),
            sa.PrimaryKeyConstraint("id"),
        )
        op.create_index("ix_sync_settlements_event_id", "sync_settlements", ["event_id"])
        op.create_index("ix_sync_settlements_conflict_id", "sync_settlements", ["conflict_id"])
    if op.get_bind().dialect.name == "postgresql" and "seq" not in _columns("journal"):
        op.execute("ALTER TABLE journal ADD COLUMN seq BIGINT GENERATED BY DEFAULT AS IDENTITY")
        op.create_index("ix_journal_seq", "journal", ["seq"], unique=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_journal_seq", table_name="journal")
        op.drop_column("journal", "seq")
    for table in (
        "sync_settlements",
        "sync_conflicts",
        "sync_state",
        "sync_aliases",
        "sync_tombstones",
        "field_clocks",
    ):
        op.drop_table(table)
