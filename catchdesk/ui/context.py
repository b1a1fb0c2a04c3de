"""What every screen needs to work: the open store, the event, the desk's settings.

Passed explicitly to each screen instead of a global main window reached from everywhere
(DESIGN.md §8, Anki's ``aqt.mw``): a screen can be built in a test with nothing but a store
and an event, and two windows on two events never share state by accident.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from catchdesk.core.errors import NotFoundError
from catchdesk.core.event_lookup import event_heading
from catchdesk.core.store import Store
from catchdesk.ui.settings import Settings

if TYPE_CHECKING:
    from catchdesk.core.models import Event


@dataclass
class DeskContext:
    """The store, the event this desk works on, and its settings."""

    store: Store
    event_id: str
    settings: Settings
    desk_override: str | None = None
    """A desk name given on the command line (``--desk``); wins over the settings for this run."""

    @property
    def desk_name(self) -> str:
        """The name recorded with each check-in and shown in the title."""
        return self.desk_override or self.settings.desk_name or self.store.device_name

    def event(self) -> Event:
        """The event, freshly loaded (detached: safe to read after the session closes)."""
        from catchdesk.core.models import Event  # mapped once the window is up (see heading)

        with self.store.read() as session:
            event = session.get(Event, self.event_id)
            if event is None:
                raise NotFoundError(f"event {self.event_id} is not in {self.store.describe()}")
            return event

    def heading(self) -> tuple[str, str]:
        """(name, time zone) of the event, read without loading it (see :func:`event_heading`)."""
        with self.store.read() as session:
            return event_heading(session, self.event_id)
