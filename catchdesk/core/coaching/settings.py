"""The event's coaching settings, kept in ``event.settings["coaching"]`` with their defaults.

Declared in one place with their defaults (like Picard's ``options.py``) so the rules, the CLI
and a settings screen agree on what "2 bookings a day" or "5 minutes of grace" means, and an
event created before coaching existed simply gets the defaults.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from catchdesk.core.coaching.errors import SetupRefused
from catchdesk.core.models import Event

SETTINGS_KEY = "coaching"


@dataclass(frozen=True)
class CoachingSettings:
    """How strict the coaching desk is.

    ``max_bookings_per_day``: bookings one person may hold on one day (booked, arrived or
    done; cancelled and no-show ones do not count). ``no_show_grace_minutes``: how long after
    the start of a slot a person may still arrive before they can be marked absent.
    ``checked_in_only``: only people admitted at the entrance may book.
    """

    max_bookings_per_day: int = 2
    no_show_grace_minutes: int = 5
    checked_in_only: bool = False


DEFAULTS = CoachingSettings()


def coaching_settings(event: Event) -> CoachingSettings:
    """The event's settings; anything missing or malformed falls back to its default."""
    stored = (event.settings or {}).get(SETTINGS_KEY)
    if not isinstance(stored, dict):
        return DEFAULTS
    values: dict[str, Any] = {}
    for key, default in asdict(DEFAULTS).items():
        value = stored.get(key, default)
        if isinstance(default, bool):
            values[key] = value if isinstance(value, bool) else default
        elif isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            values[key] = value
        else:
            values[key] = default
    return CoachingSettings(**values)


def update_coaching_settings(
    session: Session,
    event: Event,
    *,
    max_bookings_per_day: int | None = None,
    no_show_grace_minutes: int | None = None,
    checked_in_only: bool | None = None,
) -> CoachingSettings:
    """Change some settings (``None`` keeps the current value); returns the new settings."""
    current = coaching_settings(event)
    changes: dict[str, Any] = {}
    if max_bookings_per_day is not None:
        if max_bookings_per_day < 1:
            raise SetupRefused("bad_setting", detail="max_bookings_per_day ≥ 1")
        changes["max_bookings_per_day"] = max_bookings_per_day
    if no_show_grace_minutes is not None:
        if no_show_grace_minutes < 0:
            raise SetupRefused("bad_setting", detail="no_show_grace_minutes ≥ 0")
        changes["no_show_grace_minutes"] = no_show_grace_minutes
    if checked_in_only is not None:
        changes["checked_in_only"] = bool(checked_in_only)
    updated = replace(current, **changes)
    target = session.get(Event, event.id) or event
    # A new dict, not an in-place change: the JSON column only notices reassignment.
    target.settings = {**(target.settings or {}), SETTINGS_KEY: asdict(updated)}
    session.flush()
    if target is not event:
        event.settings = target.settings
    return updated
