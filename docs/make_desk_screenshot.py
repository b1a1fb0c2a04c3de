"""Regenerate ``docs/desk-verdict-fr.png``: the main window on the desk screen after a welcome.

Usage: ``python3 docs/make_desk_screenshot.py [OUT.png] [LANGUAGE]``. A throw-away store with
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


def main(out: Path, language: str) -> None:
    """Admit a few people at "Accueil 1", then grab the window at 1280×800 on a welcome."""
    app = create_application([], language=language)
    from catchdesk.ui.context import DeskContext
    from catchdesk.ui.desk import DeskScreen
    from catchdesk.ui.main_window import MainWindow
    from catchdesk.ui.settings import Settings

    folder = Path(tempfile.mkdtemp())
    store = open_store(folder / "desk.sqlite", desk="Accueil 1")
    with store.write() as session:
        summary = create_demo_event(session, attendees=60, seed=3)
    settings = Settings(sounds_enabled=False, language=language, desk_name="Accueil 1")
    context = DeskContext(store=store, event_id=summary.event_id, settings=settings)
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    desk = window.findChild(DeskScreen)
    assert desk is not None
    with store.read() as session:
        people = session.scalars(
            select(Attendee)
            .where(
                Attendee.event_id == summary.event_id,
                Attendee.status == AttendeeStatus.REGISTERED,
                Attendee.role == Role.PARTICIPANT,
                Attendee.organisation != "",
            )
            .order_by(Attendee.last_name)
        ).all()
    for person in people[:4]:
        desk.process_scan(person.code)
    desk.process_scan(next(p.code for p in people[4:] if not p.full_name.isascii()))
    desk.search_input.setText("mar")
    desk.run_search()
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out))
    store.close()
    print(out)


if __name__ == "__main__":
    target = Path(__file__).with_name("desk-verdict-fr.png")
    main(
        Path(sys.argv[1]) if len(sys.argv) > 1 else target,
        sys.argv[2] if len(sys.argv) > 2 else "fr",
    )
