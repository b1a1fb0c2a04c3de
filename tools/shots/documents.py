"""Shots of the documents screen: badges previewed, certificates written, a code verified.

``python3 tools/screenshots.py documents-badges fr docs/documents-badges-fr.png`` and likewise
``documents-certificates``, ``documents-mail`` and ``documents-verify``, each on a throw-away
demo event where most people came.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from catchdesk.core.badges import record_prints
from catchdesk.core.certificates import issue_certificate
from catchdesk.core.checkin import check_in
from catchdesk.core.models import Attendee
from catchdesk.core.workshops import workshops_in_order
from catchdesk.ui.context import DeskContext
from tools.screenshots import demo_context, participants


def _screen(context: DeskContext, came: int) -> QWidget:
    """The documents screen on ``context`` after ``came`` participants checked in."""
    from catchdesk.ui.documents import DocumentsScreen

    event = context.event()
    with context.store.write() as session:
        for person in participants(context.store, context.event_id)[:came]:
            check_in(session, event, person.code, desk="Accueil 1")
    screen = DocumentsScreen(context)
    screen.resize(1280, 800)
    loaded: list[object] = []
    screen.people_loaded.connect(loaded.append)  # the list of attendees comes from a worker
    screen.show()
    QTest.qWaitForWindowExposed(screen)
    _wait_until(lambda: bool(loaded))
    return screen


def _wait_until(done: Callable[[], bool]) -> None:
    """Run Qt's event loop until ``done()``: QTest.qWait would keep Python's GIL from the
    worker threads, which then make no progress while it waits."""
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: done() and loop.quit())
    timer.start(20)
    if not done():
        loop.exec()
    timer.stop()


def _finish(tab: QWidget) -> None:
    """Wait until the tab's job (and any job it chains) has ended."""
    _wait_until(lambda: not tab.busy())  # type: ignore[attr-defined]
    QTest.qWait(300)


def shot_badges(language: str) -> QWidget:
    """Badges of the people never printed (walk-ins, late registrations), in the preview."""
    from catchdesk.ui.documents_badges import UNPRINTED

    context = demo_context(language, "Organisation", 120, 21)
    with context.store.write() as session:  # the morning run printed every other badge
        every_other = [p.id for p in participants(context.store, context.event_id)[::2]]
        record_prints(session, context.event(), every_other, "a4-8", "badges.pdf", "Accueil 1")
    screen = _screen(context, 0)
    tab = screen.badges  # type: ignore[attr-defined]
    tab.set_mode(UNPRINTED)
    tab.preview()
    _finish(tab)
    return screen


def shot_certificates(language: str) -> QWidget:
    """Certificates written for everyone who came, two people ticked who did not come."""
    context = demo_context(language, "Organisation", 120, 22)
    screen = _screen(context, 70)
    tab = screen.certificates  # type: ignore[attr-defined]
    screen.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
    tab.folder_input.setText(str(Path(tempfile.mkdtemp()) / "attestations"))
    came = [row for row in tab.people.rows if row.came][:3]
    absent = [row for row in tab.people.rows if not row.came and not row.cancelled][:2]
    tab.model.set_ticked([row.attendee_id for row in came + absent], True)
    tab.picker.only_ticked.setChecked(True)
    tab.preview()
    _finish(tab)
    tab.write_folder()
    _finish(tab)
    return screen


def shot_mail(language: str) -> QWidget:
    """The mail server filled in, before the test message."""
    context = demo_context(language, "Organisation", 60, 23)
    screen = _screen(context, 30)
    tab = screen.mail  # type: ignore[attr-defined]
    screen.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
    tab.form.host.setText("smtp.digital-wallonia.be")
    tab.form.user.setText("evenements@digital-wallonia.be")
    tab.form.password.setText("••••••••••")
    tab.form.reply_to.setText("info@digital-wallonia.be")
    tab.test_address.setText("camille.renard@digital-wallonia.be")
    return screen


def shot_verify(language: str) -> QWidget:
    """A real certificate code verified: valid, and what it certifies."""
    context = demo_context(language, "Organisation", 60, 24)
    screen = _screen(context, 10)
    person = participants(context.store, context.event_id)[2]
    event = context.event()
    with context.store.write() as session:
        rooms = [w for w in workshops_in_order(session, event.id) if not w.enrolment_required]
        for workshop in rooms[:2]:  # two workshops attended: the certificate lists them
            moment = workshop.starts_at + dt.timedelta(minutes=2)
            check_in(session, event, person.code, desk="Porte", workshop_id=workshop.id, now=moment)
        code = issue_certificate(session, event, session.get(Attendee, person.id)).code
    tab = screen.verify  # type: ignore[attr-defined]
    screen.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
    tab.verify(code)
    return screen


SHOTS = {
    "documents-badges": shot_badges,
    "documents-certificates": shot_certificates,
    "documents-mail": shot_mail,
    "documents-verify": shot_verify,
}
