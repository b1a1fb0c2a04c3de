"""Alembic revisions of the CatchDesk store; applied by :func:`catchdesk.core.store.open_store`."""
