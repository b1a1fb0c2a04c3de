"""Screenshots of sync: the conflicts screen, and the main window with its sync indicator.

``conflicts`` shows the organiser's desk after two desks admitted the same person offline and
a coaching slot was booked twice, the bundles exchanged; ``sync-status`` shows the front desk
whose hub stopped answering, with entries waiting and the open conflicts in the status bar.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from catchdesk.core.checkin import check_in
from catchdesk.core.coaching.booking import book
from catchdesk.core.models import CoachSlot, Event
from catchdesk.core.store import Store, open_store
from catchdesk.core.sync.bundles import export_bundle, import_bundle, join_from_bundle
from catchdesk.core.timeutil import at_local
from catchdesk.ui.context import DeskContext
from tools.screenshots import demo_context, main_window, participants

PASSPHRASE = "trois mots faciles"


def _carry(source: Store, target: Store, event_id: str, folder: Path) -> None:
    path = folder / f"{source.device_id}.cdbundle"
    with source.read() as session:
        export_bundle(session, session.get(Event, event_id), path)
    with target.write() as session:
        import_bundle(session, path)


def collided(language: str) -> DeskContext:
    """The organiser's desk after a second desk worked offline and their bundles met."""
    context = demo_context(language, "Accueil 1", 120, 7)
    folder = Path(tempfile.mkdtemp(prefix="catchdesk-sync-"))
    join = folder / "join.cdbundle"
    with context.store.read() as session:
        export_bundle(session, session.get(Event, context.event_id), join, passphrase=PASSPHRASE)
    other = open_store(folder / "accueil-2.sqlite", desk="Accueil 2")
    with other.write() as session:
        join_from_bundle(session, join, PASSPHRASE)
    people = participants(context.store, context.event_id)
    for store in (context.store, other):
        for person in people[:2]:
            with store.write() as session:
                event = session.get(Event, context.event_id)
                check_in(session, event, person.code, desk=store.device_name)
    with context.store.read() as session:
        slot = session.query(CoachSlot).filter_by(event_id=context.event_id).first()
    if slot is not None:
        for store, person in ((context.store, people[5]), (other, people[6])):
            with store.write() as session:
                event = session.get(Event, context.event_id)
                moment = at_local(event.starts_on, 9, 30, event.timezone)
                book(session, event, person.id, slot_id=slot.id, now=moment, booked_by="Coaching")
    _carry(other, context.store, context.event_id, folder)
    _carry(context.store, other, context.event_id, folder)
    other.close()
    return context


def conflicts_window(language: str) -> QWidget:
    from catchdesk.ui.conflicts import ConflictsScreen

    context = collided(language)
    window = main_window(context)
    window.sync.restart()
    window.sync.open_conflicts()
    screen = window.findChild(ConflictsScreen)
    screen.note.setText("Même personne scannée à deux accueils.")
    QTest.qWait(100)
    return window


def status_window(language: str) -> QWidget:
    context = collided(language)
    context.settings.sync_hub_url = "postgresql+psycopg://catchdesk@127.0.0.1:1/hub"
    window = main_window(context)
    window.sync.restart()
    for _ in range(100):
        if window.sync.indicator.state == "offline":
            break
        QTest.qWait(50)
    return window


SHOTS: dict[str, Callable[[str], QWidget]] = {
    "conflicts": conflicts_window,
    "sync-status": status_window,
}
