"""attendee search index: an FTS5 table kept in step with attendees by triggers (SQLite only)

Revision ID: 0002_search
Revises: 0001_initial
Create Date: 2026-11-26 07:00:00

Searching 100,000 attendees by any word of their name, organisation or e-mail must answer in a
few milliseconds; a LIKE scan takes ~12 ms, an FTS5 prefix query well under one. The index is
external-content (it stores no text of its own) and follows the attendees table through
triggers, so every writer (ORM, bulk import, sync) keeps it right without knowing it exists.
PostgreSQL searches with a plain scan instead.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_search"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE attendee_fts USING fts5("
        "search_text, content='attendees', content_rowid='rowid', "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
    )
    op.execute(
        "CREATE TRIGGER attendees_fts_insert AFTER INSERT ON attendees BEGIN "
        "INSERT INTO attendee_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER attendees_fts_delete AFTER DELETE ON attendees BEGIN "
        "INSERT INTO attendee_fts(attendee_fts, rowid, search_text) "
        "VALUES ('delete', old.rowid, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER attendees_fts_update AFTER UPDATE OF search_text ON attendees BEGIN "
        "INSERT INTO attendee_fts(attendee_fts, rowid, search_text) "
        "VALUES ('delete', old.rowid, old.search_text); "
        "INSERT INTO attendee_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END"
    )
    op.execute("INSERT INTO attendee_fts(attendee_fts) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("attendees_fts_insert", "attendees_fts_delete", "attendees_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS attendee_fts")
