"""Screenshots of the statistics screen and of the one-page summary, on a simulated morning.

``python3 tools/screenshots.py statistics fr docs/statistics-fr.png`` shows the main window on
the statistics screen; ``summary`` shows the summary PDF's page as drawn for printing. The demo
event gets a believable morning first: 620 arrivals between 08:30 and noon with the 9 o'clock
rush, two scans undone, 14 walk-ins, people at workshop doors (one room full) and coaching
sessions held, missed and booked.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import select

from catchdesk.core.attendees import add_attendee
from catchdesk.core.checkin import check_in_attendee
from catchdesk.core.models import (
    Attendee,
    AttendeeStatus,
    Booking,
    BookingStatus,
    Checkin,
    CoachSlot,
    Event,
    Role,
    Workshop,
)
from catchdesk.core.timeutil import at_local
from catchdesk.core.undo import revoke_checkin
from catchdesk.core.walk_ins import WALK_IN_SOURCE
from catchdesk.ui.context import DeskContext
from tools.screenshots import demo_context

DESKS = ("Accueil 1", "Accueil 2", "Accueil 3", "Accueil 4")
WALK_INS = (
    ("Jonas", "Vandamme", "Brasserie du Beffroi", "horeca"),
    ("Aïcha", "Bensaïd", "Couture Aïcha", "artisanat"),
    ("Pieter", "De Smet", "Fietsen De Smet", "commerce de détail"),
    ("Léa", "Marchal", "", "enseignement"),
) * 4


def simulate_morning(context: DeskContext, arrivals: int = 620) -> None:
    """Arrivals, undone scans, walk-ins, workshop doors and coaching, as of 12:10."""
    rng = random.Random(2026)
    with context.store.write() as session:
        event = session.get(Event, context.event_id)
        assert event is not None
        people = list(
            session.scalars(
                select(Attendee.id).where(
                    Attendee.event_id == event.id,
                    Attendee.status == AttendeeStatus.REGISTERED,
                    Attendee.role == Role.PARTICIPANT,
                )
            )
        )
        rng.shuffle(people)
        opens = at_local(event.starts_on, 8, 30, event.timezone)
        came = people[:arrivals]
        for attendee_id in came:
            moment = opens + dt.timedelta(minutes=rng.triangular(0, 210, 35))
            check_in_attendee(session, event, attendee_id, desk=rng.choice(DESKS), now=moment)
        for attendee_id in came[:2]:
            checkin = session.scalars(
                select(Checkin).where(Checkin.attendee_id == attendee_id)
            ).one()
            revoke_checkin(session, checkin, desk="Accueil 1", reason="wrong person")
        for index, (first, last, org, sector) in enumerate(WALK_INS[:14]):
            person = add_attendee(
                session,
                event,
                first_name=first,
                last_name=f"{last}{'' if index < 4 else index}",
                organisation=org,
                sector=sector,
                source=WALK_IN_SOURCE,
            )
            moment = opens + dt.timedelta(minutes=20 + index * 11)
            check_in_attendee(session, event, person.id, desk="Accueil 1", now=moment)
        _doors(session, event, came[2:], rng)
        _coaching(session, event, came[2:], rng)


def _doors(session, event: Event, came: list[str], rng: random.Random) -> None:  # noqa: ANN001
    workshops = session.scalars(
        select(Workshop).where(Workshop.event_id == event.id).order_by(Workshop.starts_at)
    ).all()
    noon = at_local(event.starts_on, 12, 10, event.timezone)
    pool = iter(rng.sample(came, len(came)))
    for workshop in workshops:
        if workshop.starts_at >= noon:
            continue
        share = rng.uniform(0.55, 0.95) if workshop.capacity != 30 else 1.0
        wanted = round((workshop.capacity or 60) * share)
        for _ in range(wanted):
            moment = workshop.starts_at + dt.timedelta(minutes=rng.uniform(-8, 6))
            check_in_attendee(
                session, event, next(pool), desk="Porte", workshop_id=workshop.id, now=moment
            )


def _coaching(session, event: Event, came: list[str], rng: random.Random) -> None:  # noqa: ANN001
    slots = session.scalars(
        select(CoachSlot)
        .where(CoachSlot.event_id == event.id, CoachSlot.blocked.is_(False))
        .order_by(CoachSlot.starts_at)
    ).all()
    people = rng.sample(came, 60)
    noon = at_local(event.starts_on, 12, 10, event.timezone)
    for slot, attendee_id in zip(slots, people, strict=False):
        if slot.starts_at < noon:
            status = BookingStatus.NO_SHOW if rng.random() < 0.12 else BookingStatus.DONE
        else:
            status = BookingStatus.BOOKED
        session.add(
            Booking(event_id=event.id, slot_id=slot.id, attendee_id=attendee_id, status=status)
        )
    session.flush()


def statistics_window(language: str) -> QWidget:
    """The main window on the statistics screen, figures computed and on screen."""
    from catchdesk.ui.main_window import MainWindow
    from catchdesk.ui.pages import PAGES, Page
    from catchdesk.ui.statistics import StatisticsScreen

    context = demo_context(language, "Bureau de l'organisation", 900, 2026)
    simulate_morning(context)
    page = Page(
        QT_TRANSLATE_NOOP("MainWindow", "Statistics"),
        "catchdesk.ui.statistics",
        "StatisticsScreen",
        "SP_FileDialogDetailedView",
    )
    pages = (*(p for p in PAGES if p.module != page.module), page)
    window = MainWindow(context, pages=pages)
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.show_screen(len(pages) - 1)
    screen = window.findChild(StatisticsScreen)
    screen.wait_idle()
    QTest.qWait(200)
    return window


def summary_page(language: str) -> QWidget:
    """The summary PDF's page, drawn as it would be printed (A4 at 90 dpi)."""
    from PySide6.QtPdf import QPdfDocument

    from catchdesk.documents.summary import render_summary
    from catchdesk.ui.statistics_files import compute_figures

    context = demo_context(language, "Bureau de l'organisation", 900, 2026)
    simulate_morning(context)
    pdf = Path(tempfile.mkdtemp(prefix="catchdesk-summary-")) / "summary.pdf"
    render_summary(compute_figures(context), pdf, language=language)
    document = QPdfDocument()
    document.load(str(pdf))
    size = document.pagePointSize(0)
    rendered = document.render(0, QSize(round(size.width() * 1.25), round(size.height() * 1.25)))
    page = QImage(rendered.size(), QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)  # the PDF page is transparent: paper is white
    painter = QPainter(page)
    painter.drawImage(0, 0, rendered)
    painter.end()
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setPixmap(QPixmap.fromImage(page))
    label.resize(page.size())
    label.show()
    return label


SHOTS: dict[str, Callable[[str], QWidget]] = {
    "statistics": statistics_window,
    "summary": summary_page,
}
