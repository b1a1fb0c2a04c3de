"""Regenerate ``docs/door-fr.png``: the door screen after a few admissions, offscreen.

Usage: ``python3 docs/make_door_screenshot.py [OUT.png] [LANGUAGE]``. A throw-away store with
the demo event is created in a temporary folder; the user's data and settings are not touched.
Run it again once the compiled translations (``resources/translations/*.qm``) exist.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()

from sqlalchemy import select

from catchdesk.app import create_application
from catchdesk.core.demo import create_demo_event
from catchdesk.core.models import Attendee, AttendeeStatus, Role
from catchdesk.core.store import open_store
from catchdesk.core.timeutil import at_local


def main(out: Path, language: str) -> None:
    """Admit 26 people to a 30-seat workshop at 10:05 and grab the screen at 1280×800."""
    app = create_application([], language=language)
    from catchdesk.ui.context import DeskContext
    from catchdesk.ui.door import DoorScreen
    from catchdesk.ui.settings import Settings

    folder = Path(tempfile.mkdtemp())
    store = open_store(folder / "door.sqlite", desk="Porte Sambre")
    with store.write() as session:
        summary = create_demo_event(session, attendees=60, seed=5)
    settings = Settings()
    settings.sounds_enabled = False
    settings.language = language
    context = DeskContext(store=store, event_id=summary.event_id, settings=settings)
    event = context.event()
    moment = at_local(event.starts_on, 10, 5, event.timezone)
    screen = DoorScreen(context, clock=lambda: moment)
    screen.resize(1280, 800)
    screen.show()
    with store.read() as session:
        codes = list(
            session.scalars(
                select(Attendee.code).where(
                    Attendee.event_id == event.id,
                    Attendee.status == AttendeeStatus.REGISTERED,
                    Attendee.role == Role.PARTICIPANT,
                )
            )
        )
    workshop = next(w for w in screen._workshops if w.capacity == 30)
    screen.select_workshop(workshop.id)
    for code in codes[:26]:
        screen.scan(code)
    app.processEvents()
    screen.grab().save(str(out))
    store.close()
    print(out)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("door-fr.png")
    main(target, sys.argv[2] if len(sys.argv) > 2 else "fr")
