"""initial schema: events, attendees, workshops, check-ins, coaching, certificates, journal

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-26 06:15:45
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "devices",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("origin_device_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "events",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("venue", sa.String(length=200), nullable=False),
        sa.Column("organiser", sa.String(length=200), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("tag", sa.String(length=4), nullable=False),
        sa.Column("ticket_secret", sa.LargeBinary(), nullable=False),
        sa.Column("signing_key", sa.LargeBinary(), nullable=True),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("origin_device_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "journal",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("journal", schema=None) as batch_op:
        batch_op.create_index("ix_journal_device_hlc", ["device_id", "hlc"], unique=False)

    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "attendees",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("first_name", sa.String(length=120), nullable=False),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("job_title", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("needs", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("ticket_type", sa.String(length=120), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("origin_device_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id", "code", name="uq_attendee_code"),
    )
    with op.batch_alter_table("attendees", schema=None) as batch_op:
        batch_op.create_index("ix_attendee_event_email", ["event_id", "email"], unique=False)
        batch_op.create_index(
            "ix_attendee_event_name", ["event_id", "last_name", "first_name"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attendees_event_id"), ["event_id"], unique=False)

    op.create_table(
        "workshops",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("room", sa.String(length=120), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("enrolment_required", sa.Boolean(), nullable=False),
        sa.Column("topic", sa.String(length=120), nullable=False),
        sa.Column("speaker", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("origin_device_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("workshops", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workshops_event_id"), ["event_id"], unique=False)

    op.create_table(
        "checkins",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("attendee_id", sa.String(length=36), nullable=False),
        sa.Column("workshop_id", sa.String(length=36), nullable=True),
        sa.Column("desk", sa.String(length=120), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("scanned_at", sa.DateTime(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.create_index("ix_checkin_attendee", ["attendee_id", "workshop_id"], unique=False)
        batch_op.create_index("ix_checkin_workshop", ["workshop_id"], unique=False)

    op.create_table(
        "coaches",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("attendee_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("place", sa.String(length=120), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
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
    with op.batch_alter_table("coaches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coaches_event_id"), ["event_id"], unique=False)

    op.create_table(
        "enrolments",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("attendee_id", sa.String(length=36), nullable=False),
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("attendee_id", "workshop_id", name="uq_enrolment"),
    )
    with op.batch_alter_table("enrolments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_enrolments_attendee_id"), ["attendee_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_enrolments_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_enrolments_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "external_codes",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("attendee_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=128), nullable=False),
        sa.Column("raw", sa.String(length=256), nullable=False),
        sa.Column("system", sa.String(length=40), nullable=False),
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
        sa.UniqueConstraint("event_id", "code", name="uq_external_code"),
    )
    with op.batch_alter_table("external_codes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_external_codes_attendee_id"), ["attendee_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_external_codes_event_id"), ["event_id"], unique=False)

    op.create_table(
        "issued_certificates",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("attendee_id", sa.String(length=36), nullable=False),
        sa.Column("serial", sa.String(length=40), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
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
        sa.UniqueConstraint("event_id", "serial", name="uq_certificate_serial"),
    )
    with op.batch_alter_table("issued_certificates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issued_certificates_attendee_id"), ["attendee_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_issued_certificates_event_id"), ["event_id"], unique=False
        )

    op.create_table(
        "checkin_revocations",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("checkin_id", sa.String(length=36), nullable=False),
        sa.Column("desk", sa.String(length=120), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("origin_device_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["checkin_id"],
            ["checkins.id"],
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("checkin_id"),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("checkin_revocations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checkin_revocations_event_id"), ["event_id"], unique=False
        )

    op.create_table(
        "coach_slots",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("coach_id", sa.String(length=36), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("blocked", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("origin_device_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["coach_id"],
            ["coaches.id"],
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("coach_slots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coach_slots_event_id"), ["event_id"], unique=False)
        batch_op.create_index("ix_slot_coach_time", ["coach_id", "starts_at"], unique=False)

    op.create_table(
        "bookings",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("slot_id", sa.String(length=36), nullable=False),
        sa.Column("attendee_id", sa.String(length=36), nullable=False),
        sa.Column("topic", sa.String(length=120), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("booked_by", sa.String(length=120), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["slot_id"],
            ["coach_slots.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.create_index("ix_booking_attendee", ["attendee_id"], unique=False)
        batch_op.create_index("ix_booking_slot", ["slot_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_bookings_event_id"), ["event_id"], unique=False)

    op.create_table(
        "booking_changes",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("booking_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("origin_device_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["booking_id"],
            ["bookings.id"],
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("booking_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_booking_changes_booking_id"), ["booking_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_booking_changes_event_id"), ["event_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("booking_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_booking_changes_event_id"))
        batch_op.drop_index(batch_op.f("ix_booking_changes_booking_id"))

    op.drop_table("booking_changes")
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bookings_event_id"))
        batch_op.drop_index("ix_booking_slot")
        batch_op.drop_index("ix_booking_attendee")

    op.drop_table("bookings")
    with op.batch_alter_table("coach_slots", schema=None) as batch_op:
        batch_op.drop_index("ix_slot_coach_time")
        batch_op.drop_index(batch_op.f("ix_coach_slots_event_id"))

    op.drop_table("coach_slots")
    with op.batch_alter_table("checkin_revocations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkin_revocations_event_id"))

    op.drop_table("checkin_revocations")
    with op.batch_alter_table("issued_certificates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issued_certificates_event_id"))
        batch_op.drop_index(batch_op.f("ix_issued_certificates_attendee_id"))

    op.drop_table("issued_certificates")
    with op.batch_alter_table("external_codes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_external_codes_event_id"))
        batch_op.drop_index(batch_op.f("ix_external_codes_attendee_id"))

    op.drop_table("external_codes")
    with op.batch_alter_table("enrolments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrolments_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_enrolments_event_id"))
        batch_op.drop_index(batch_op.f("ix_enrolments_attendee_id"))

    op.drop_table("enrolments")
    with op.batch_alter_table("coaches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coaches_event_id"))

    op.drop_table("coaches")
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index("ix_checkin_workshop")
        batch_op.drop_index("ix_checkin_attendee")

    op.drop_table("checkins")
    with op.batch_alter_table("workshops", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshops_event_id"))

    op.drop_table("workshops")
    with op.batch_alter_table("attendees", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendees_event_id"))
        batch_op.drop_index("ix_attendee_event_name")
        batch_op.drop_index("ix_attendee_event_email")

    op.drop_table("attendees")
    op.drop_table("store_meta")
    with op.batch_alter_table("journal", schema=None) as batch_op:
        batch_op.drop_index("ix_journal_device_hlc")

    op.drop_table("journal")
    op.drop_table("events")
    op.drop_table("devices")
