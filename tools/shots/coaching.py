"""Screenshots of the coaching desk and of coach mode on the demo morning, at 11:05.

``python3 tools/screenshots.py coaching fr docs/coaching-fr.png`` shows the main window on the
coaching screen: sessions done, missed and running, a person chosen to book, the waitlist and a
cancelled slot just given to the first person waiting. ``coach-mode`` shows Sophie's laptop in
coach mode, her 11:00 visitor just scanned in.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from catchdesk.core.coaching.booking import book
from catchdesk.core.coaching.errors import CoachingRefused
from catchdesk.core.coaching.lifecycle import mark_arrived, mark_done, mark_no_show
from catchdesk.core.coaching.waitlist import join_waitlist
from catchdesk.core.models import Event
from catchdesk.core.timeutil import at_local
from catchdesk.ui.context import DeskContext
from tools.screenshots import demo_context, participants

TOPICS = ("site web", "référencement", "réseaux sociaux", "e-commerce", "publicité en ligne")
NOTES = (
    "Fiche Google à compléter, photos de la vitrine.",
    "Veut vendre en ligne : commencer par un catalogue simple.",
    "Revoir les mots-clés de la page d'accueil.",
    "",
)


def _moment(context: DeskContext, hhmm: str) -> dt.datetime:
    event = context.event()
    hours, minutes = hhmm.split(":")
    return at_local(event.starts_on, int(hours), int(minutes), event.timezone)


def coaching_morning(context: DeskContext) -> list[str]:
    """Bookings made at 09:30, the sessions of the morning held or missed, three people
    waiting; the ids of the people still free to book (participants)."""
    rng = random.Random(11)
    people = [p for p in participants(context.store, context.event_id) if p.full_name.strip()]
    rng.shuffle(people)
    now = _moment(context, "11:05")
    booked = []
    with context.store.write() as session:
        event = session.get(Event, context.event_id)
        assert event is not None
        pool = iter(people)
        for index in range(44):
            person = next(pool)
            try:
                info = book(
                    session,
                    event,
                    person.id,
                    topic=TOPICS[index % len(TOPICS)],
                    now=_moment(context, "09:30"),
                    booked_by="Coaching",
                )
            except CoachingRefused:
                continue
            booked.append(info)
        for info in booked:
            if info.ends_at <= now:
                if rng.random() < 0.15:
                    mark_no_show(
                        session, event, info.id, now=info.starts_at + dt.timedelta(minutes=7)
                    )
                else:
                    mark_arrived(session, event, info.id, now=info.starts_at)
                    note = rng.choice(NOTES)
                    mark_done(session, event, info.id, note=note, now=info.ends_at)
            elif info.starts_at <= now:
                mark_arrived(session, event, info.id, now=info.starts_at + dt.timedelta(minutes=1))
        for person, topic in zip(pool, ("site web", "RGPD", "site web"), strict=False):
            join_waitlist(session, event, person.id, topic, now=_moment(context, "10:50"))
        return [p.id for p in pool]


def _fixed(screen: type[QWidget], moment: dt.datetime) -> type[QWidget]:
    """The screen class, built at a fixed time (the main window builds it from the context)."""

    class AtMoment(screen):  # type: ignore[valid-type, misc]
        def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
            super().__init__(context, parent, clock=lambda: moment)

    AtMoment.__name__ = screen.__name__
    return AtMoment


def _window(
    context: DeskContext,
    title: str,
    module: str,
    screen: type[QWidget],
    icon: str,
) -> QWidget:
    """The main window with the screen added as the last page (as the lead's PAGES will)."""
    from catchdesk.ui.main_window import MainWindow
    from catchdesk.ui.pages import PAGES, Page

    pages = tuple(p for p in PAGES if p.module != module)
    page = Page(title, module, screen.__name__, icon)
    window = MainWindow(context, pages=pages)
    window.add_page(page, _fixed(screen, _moment(context, "11:05")))
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.show_screen(window.navigation.count() - 1)
    return window


def coaching_window(language: str) -> QWidget:
    from catchdesk.ui.coaching import CoachingScreen

    context = demo_context(language, "Coaching", 900, 2026)
    free = coaching_morning(context)
    window = _window(
        context,
        QT_TRANSLATE_NOOP("MainWindow", "Coaching"),
        "catchdesk.ui.coaching",
        CoachingScreen,
        "SP_FileDialogInfoView",
    )
    screen = window.findChild(CoachingScreen)
    screen.wait_idle()
    screen.choose_attendee(free[0])
    screen.booking.topic_input.setEditText("référencement")
    cells = [c for c in screen.model.cells() if c.booking_id and c.state.value == "booked"]
    site_web = next(c for c in cells if c.topic == "site web")
    screen.select_slot(site_web.slot_id)
    screen.confirm = lambda _title, _text: True
    screen.cancel_selected()
    screen.wait_idle()
    screen.select_slot(site_web.slot_id)
    screen.grid.scrollTo(screen.grid.currentIndex())
    QTest.qWait(100)
    return window


def coach_mode_window(language: str) -> QWidget:
    from catchdesk.ui.coach_mode import CoachModeScreen

    context = demo_context(language, "Sophie", 900, 2026)
    coaching_morning(context)
    window = _window(
        context,
        QT_TRANSLATE_NOOP("MainWindow", "Coach mode"),
        "catchdesk.ui.coach_mode",
        CoachModeScreen,
        "SP_ComputerIcon",
    )
    screen = window.findChild(CoachModeScreen)
    screen.select_coach(screen.coach_picker.itemData(1))
    running = screen.day.current if screen.day else None
    if running is not None and running.attendee_id:
        screen.scan(running.attendee_id)  # already let in: the scan only says welcome again
    screen.note.setText("Fiche Google : ajouter les horaires et des photos.")
    QTest.qWait(100)
    return window


SHOTS: dict[str, Callable[[str], QWidget]] = {
    "coaching": coaching_window,
    "coach-mode": coach_mode_window,
}
