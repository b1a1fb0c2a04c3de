"""Alembic environment: runs on the connection the store hands over, never on its own URL."""

from alembic import context

from catchdesk.core.journal import JournalEntry  # noqa: F401  (registers the table)
from catchdesk.core.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("CatchDesk migrations run through catchdesk.core.store.open_store")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
