"""Workshops as a door sees them: the day's programme in order, and the one on now.

A door volunteer picks "their" room once and then only scans, so the door screen preselects the
workshop running at the wall-clock time (or the next one); the rule lives here, free of Qt, so
the CLI and tests can ask the same question.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.models import Workshop


def workshops_in_order(session: Session, event_id: str) -> list[Workshop]:
    """The event's workshops by start time, then room and title, so parallel ones stay stable."""
    return list(
        session.scalars(
            select(Workshop)
            .where(Workshop.event_id == event_id)
            .order_by(Workshop.starts_at, Workshop.room, Workshop.title, Workshop.id)
        )
    )


def workshop_at(workshops: Sequence[Workshop], moment: dt.datetime) -> Workshop | None:
    """The first workshop running at ``moment``, else the next to start, else the last one.

    ``workshops`` must be in start order (as :func:`workshops_in_order` gives them). After the
    last workshop the last one is kept, because a door late in the day is still that room.
    """
    if not workshops:
        return None
    for workshop in workshops:
        if workshop.starts_at <= moment < workshop.ends_at:
            return workshop
    for workshop in workshops:
        if workshop.starts_at > moment:
            return workshop
    return workshops[-1]
