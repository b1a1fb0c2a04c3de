"""Screenshots of the screens for the docs, from a throw-away demo store.

Usage: ``python3 tools/screenshots.py SHOT LANGUAGE OUT.png`` where SHOT is

- ``desk``: the main window after two tickets typed into the scan field as a scanner would;
- ``verdict``: the main window on a welcome after a few scans, with a search under way;
- ``door``: the door screen with 26 people admitted to a 30-seat workshop;
- any shot declared in a ``SHOTS`` dict of a module in ``tools/shots/`` (one module per area of
  the application, built on :func:`demo_context` and :func:`main_window` of this file).

Runs offscreen unless QT_QPA_PLATFORM says otherwise; the user's data and settings are not
touched (temporary XDG folders and a temporary settings file).
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from sqlalchemy import select

from catchdesk.app import create_application
from catchdesk.core.demo import create_demo_event
from catchdesk.core.models import Attendee, AttendeeStatus, Role
from catchdesk.core.store import Store, open_store
from catchdesk.core.timeutil import at_local
from catchdesk.ui.context import DeskContext
from catchdesk.ui.settings import Settings


def demo_context(language: str, desk: str, attendees: int, seed: int) -> DeskContext:
    """A demo event in a temporary store, with sounds off and settings in a temporary file."""
    folder = Path(tempfile.mkdtemp(prefix="catchdesk-shots-"))
    store = open_store(folder / "demo.sqlite", desk=desk)
    with store.write() as session:
        summary = create_demo_event(session, attendees=attendees, seed=seed)
    settings = Settings.load(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.sounds_enabled = False
    settings.language = language
    settings.desk_name = desk
    return DeskContext(store=store, event_id=summary.event_id, settings=settings)


def participants(store: Store, event_id: str) -> list[Attendee]:
    with store.read() as session:
        return list(
            session.scalars(
                select(Attendee)
                .where(
                    Attendee.event_id == event_id,
                    Attendee.status == AttendeeStatus.REGISTERED,
                    Attendee.role == Role.PARTICIPANT,
                    Attendee.organisation != "",
                )
                .order_by(Attendee.last_name)
            )
        )


def main_window(context: DeskContext) -> QWidget:
    from catchdesk.ui.main_window import MainWindow

    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    return window


def shot_desk(language: str) -> QWidget:
    """Two tickets typed into the scan field, key by key, then Enter."""
    context = demo_context(language, "Accueil 1", 900, 2026)
    window = main_window(context)
    scan = window.findChild(QLineEdit, "scanInput")
    for person in participants(context.store, context.event_id)[:2]:
        scan.setFocus()
        QTest.keyClicks(scan, person.code, Qt.KeyboardModifier.NoModifier, 2)
        QTest.keyClick(scan, Qt.Key.Key_Return)
        QTest.qWait(150)
    return window


def shot_verdict(language: str) -> QWidget:
    """A welcome for a name outside ASCII after four scans, with a search for "mar" shown."""
    from catchdesk.ui.desk import DeskScreen

    context = demo_context(language, "Accueil 1", 60, 3)
    window = main_window(context)
    desk = window.findChild(DeskScreen)
    people = participants(context.store, context.event_id)
    for person in people[:4]:
        desk.process_scan(person.code)
    desk.process_scan(next(p.code for p in people[4:] if not p.full_name.isascii()))
    desk.search_input.setText("mar")
    desk.run_search()
    return window


def shot_door(language: str) -> QWidget:
    """26 people admitted at 10:05 to the 30-seat workshop of the demo."""
    from catchdesk.ui.door import DoorScreen

    context = demo_context(language, "Porte Sambre", 60, 5)
    event = context.event()
    moment = at_local(event.starts_on, 10, 5, event.timezone)
    screen = DoorScreen(context, clock=lambda: moment)
    screen.resize(1280, 800)
    screen.show()
    workshop = next(w for w in screen._workshops if w.capacity == 30)
    screen.select_workshop(workshop.id)
    for person in participants(context.store, context.event_id)[:26]:
        screen.scan(person.code)
    return screen


SHOTS: dict[str, Callable[[str], QWidget]] = {
    "desk": shot_desk,
    "verdict": shot_verdict,
    "door": shot_door,
}


def all_shots() -> dict[str, Callable[[str], QWidget]]:
    """The shots above and those of every module in ``tools/shots/``."""
    # The area modules import their helpers from ``tools.screenshots``: this very module.
    sys.modules.setdefault("tools.screenshots", sys.modules[__name__])
    shots = dict(SHOTS)
    for path in sorted((Path(__file__).parent / "shots").glob("*.py")):
        module = importlib.import_module(f"tools.shots.{path.stem}")
        shots.update(getattr(module, "SHOTS", {}))
    return shots


def main(shot: str, language: str, out: Path) -> int:
    app = create_application([], language=language)
    shots = all_shots()
    if shot not in shots:
        sys.exit(f"unknown shot {shot!r}; known: {', '.join(sorted(shots))}")
    widget = shots[shot](language)
    QTest.qWait(300)
    out.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(out))
    print(out)
    widget.close()
    QApplication.processEvents()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], Path(sys.argv[3])))
