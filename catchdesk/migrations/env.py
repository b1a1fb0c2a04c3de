"""Alembic environment: runs on the connection the store hands over, never on its own URL."""

from alembic import context

from catchdesk.core.journal import JournalEntry  # noqa: F401  (registers the table)
from catchdesk.core.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("CatchDesk migrations run through catchdesk.core.store.open_store")


def include_object(obj, name, type_, reflected, compare_to):
    """Leave the FTS5 search index (made by hand in 0002) out of autogenerate's comparisons."""
    return not (type_ == "table" and name and name.startswith("attendee_fts"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_object=include_object,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
