"""paper: badge print log, certificates with their issue and e-mail logs

issued_certificates (never written by any release) gives way to certificates, one per
attendee with a stable serial, plus append-only logs of each issue and each e-mail.

Revision ID: 0003_paper
Revises: 0002_search
Create Date: 2026-11-26 07:24:30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import sqlite

revision: str = "0003_paper"
down_revision: str | None = "0002_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "badge_prints",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("attendee_id", sa.String(length=36), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.Column("layout", sa.String(length=40), nullable=False),
        sa.Column("destination", sa.String(length=400), nullable=False),
        sa.Column("desk", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("origin_device_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["attendee_id"],
            ["attendees.id"],
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("badge_prints", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_badge_prints_attendee_id"), ["attendee_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_badge_prints_event_id"), ["event_id"], unique=False)

    op.create_table(
        "certificates",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("attendee_id", sa.String(length=36), nullable=False),
        sa.Column("serial", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("first_issued_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("origin_device_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["attendee_id"],
            ["attendees.id"],
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id", "attendee_id", name="uq_certificate_attendee"),
        sa.UniqueConstraint("event_id", "serial", name="uq_certificates_serial"),
    )
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certificates_event_id"), ["event_id"], unique=False)

    op.create_table(
        "certificate_issues",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("certificate_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("destination", sa.String(length=400), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("origin_device_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["certificate_id"],
            ["certificates.id"],
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("certificate_issues", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_certificate_issues_certificate_id"), ["certificate_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_certificate_issues_event_id"), ["event_id"], unique=False
        )

    op.create_table(
        "certificate_sends",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("certificate_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("attempted_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("origin_device_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["certificate_id"],
            ["certificates.id"],
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("certificate_sends", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_certificate_sends_certificate_id"), ["certificate_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_certificate_sends_event_id"), ["event_id"], unique=False
        )

    with op.batch_alter_table("issued_certificates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issued_certificates_attendee_id"))
        batch_op.drop_index(batch_op.f("ix_issued_certificates_event_id"))

    op.drop_table("issued_certificates")


def downgrade() -> None:
    op.create_table(
        "issued_certificates",
        sa.Column("event_id", sa.VARCHAR(length=36), nullable=False),
        sa.Column("attendee_id", sa.VARCHAR(length=36), nullable=False),
        sa.Column("serial", sa.VARCHAR(length=40), nullable=False),
        sa.Column("code", sa.TEXT(), nullable=False),
        sa.Column("content", sqlite.JSON(), nullable=False),
        sa.Column("issued_at", sa.DATETIME(), nullable=False),
        sa.Column("id", sa.VARCHAR(length=36), nullable=False),
        sa.Column("created_at", sa.DATETIME(), nullable=False),
        sa.Column("origin_device_id", sa.VARCHAR(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["attendee_id"],
            ["attendees.id"],
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id", "serial", name=op.f("uq_certificate_serial")),
    )
    with op.batch_alter_table("issued_certificates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issued_certificates_event_id"), ["event_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_issued_certificates_attendee_id"), ["attendee_id"], unique=False
        )

    with op.batch_alter_table("certificate_sends", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_sends_event_id"))
        batch_op.drop_index(batch_op.f("ix_certificate_sends_certificate_id"))

    op.drop_table("certificate_sends")
    with op.batch_alter_table("certificate_issues", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_issues_event_id"))
        batch_op.drop_index(batch_op.f("ix_certificate_issues_certificate_id"))

    op.drop_table("certificate_issues")
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificates_event_id"))

    op.drop_table("certificates")
    with op.batch_alter_table("badge_prints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_badge_prints_event_id"))
        batch_op.drop_index(batch_op.f("ix_badge_prints_attendee_id"))

    op.drop_table("badge_prints")
