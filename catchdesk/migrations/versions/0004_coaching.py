"""coaching: the waitlist, the language of a booking, slots in time order per event

A person who finds no free coaching slot joins a waitlist per topic (and language); a slot freed
by a cancellation or a no-show goes to the first one who fits. Bookings learn which language
they are held in. "The next free slot" walks one event's slots from now on, hence an index on
(event_id, starts_at).

Every step looks before it acts, so a store that already has a piece (a half-finished upgrade
restored from its backup, a table made by hand) upgrades without error and keeps its rows.

Revision ID: 0004_coaching
Revises: 0003_paper
Create Date: 2026-11-27 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_coaching"
down_revision: str | None = "0003_paper"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _tables() -> set[str]:
    return set(sa.inspect(op.get_bind()).get_table_names())


def _indexes(table: str) -> set[str]:
    return {index["name"] for index in sa.inspect(op.get_bind()).get_indexes(table)}


def _columns(table: str) -> set[str]:
    return {column["name"] for column in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:
    if "coaching_waitlist" not in _tables():
        op.create_table(
            "coaching_waitlist",
            sa.Column("event_id", sa.String(length=36), nullable=False),
            sa.Column("attendee_id", sa.String(length=36), nullable=False),
            sa.Column("topic", sa.String(length=120), nullable=False),
            sa.Column("language", sa.String(length=8), nullable=False),
            sa.Column("status", sa.String(length=20), nullable=False),
            sa.Column("joined_at", sa.DateTime(), nullable=False),
            sa.Column("resolved_at", sa.DateTime(), nullable=True),
            sa.Column("booking_id", sa.String(length=36), nullable=True),
            sa.Column("note", sa.Text(), nullable=False),
            sa.Column("id", sa.String(length=36), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("origin_device_id", sa.String(length=36), nullable=True),
            sa.ForeignKeyConstraint(["attendee_id"], ["attendees.id"]),
            sa.ForeignKeyConstraint(["booking_id"], ["bookings.id"]),
            sa.ForeignKeyConstraint(["event_id"], ["events.id"]),
            sa.PrimaryKeyConstraint("id"),
        )
    waitlist_indexes = _indexes("coaching_waitlist")
    with op.batch_alter_table("coaching_waitlist", schema=None) as batch_op:
        if "ix_waitlist_event_status" not in waitlist_indexes:
            batch_op.create_index(
                "ix_waitlist_event_status", ["event_id", "status", "joined_at"], unique=False
            )
        if "ix_waitlist_attendee" not in waitlist_indexes:
            batch_op.create_index("ix_waitlist_attendee", ["attendee_id"], unique=False)

    if "language" not in _columns("bookings"):
        with op.batch_alter_table("bookings", schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("language", sa.String(length=8), server_default="", nullable=False)
            )

    if "ix_slot_event_time" not in _indexes("coach_slots"):
        with op.batch_alter_table("coach_slots", schema=None) as batch_op:
            batch_op.create_index("ix_slot_event_time", ["event_id", "starts_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("coach_slots", schema=None) as batch_op:
        batch_op.drop_index("ix_slot_event_time")
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.drop_column("language")
    with op.batch_alter_table("coaching_waitlist", schema=None) as batch_op:
        batch_op.drop_index("ix_waitlist_attendee")
        batch_op.drop_index("ix_waitlist_event_status")
    op.drop_table("coaching_waitlist")
