"""Time handling: UTC in the store, the event's own zone with its offset on the way out.

SQLite keeps no time zones, so every moment is stored as naive UTC and turned back into an
aware datetime on load; the CLI and documents then show it in the event's zone (ISO 8601 with
offset), which is what a person at the venue reads on the wall clock.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

UTC = dt.UTC


def utcnow() -> dt.datetime:
    return dt.datetime.now(UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A datetime column stored as naive UTC and read back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def local_iso(moment: dt.datetime | None, zone: str) -> str | None:
    """ISO 8601 with the event zone's offset, to the second."""
    if moment is None:
        return None
    return moment.astimezone(ZoneInfo(zone)).isoformat(timespec="seconds")


def local_time(moment: dt.datetime, zone: str) -> dt.datetime:
    return moment.astimezone(ZoneInfo(zone))


def at_local(day: dt.date, hour: int, minute: int, zone: str) -> dt.datetime:
    """The aware moment for a wall-clock time on the event's day."""
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(zone))
