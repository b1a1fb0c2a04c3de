"""What the coaching desk reads from the store, in one go and off the GUI thread.

On a big day (2,000 slots, a hundred coaches) reading the grid takes a few hundred
milliseconds, longer than the desk may freeze, so :func:`read_desk` gathers everything the
screen shows (grid, topics, waitlist, bookings to redo, the chosen person) in a worker thread
and returns plain values; the screen only puts them on view.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from sqlalchemy.orm import Session

from catchdesk.core.coaching.booking import get_attendee
from catchdesk.core.coaching.coaches import coaching_topics
from catchdesk.core.coaching.common import HOLDING
from catchdesk.core.coaching.grid import DayGrid, day_grid
from catchdesk.core.coaching.info import BookingInfo, bookings_info
from catchdesk.core.coaching.waitlist import WaitlistInfo, waitlist
from catchdesk.core.models import BookingStatus, Event
from catchdesk.core.textfold import fold
from catchdesk.ui.coaching_states import clock_text
from catchdesk.ui.context import DeskContext
from catchdesk.ui.job_worker import BackgroundJob, error_text


@dataclass(frozen=True)
class ChosenPerson:
    """The person being booked, as the booking panel shows them."""

    attendee_id: str
    name: str
    organisation: str
    holding: tuple[str, ...] = ()
    """Their bookings that hold a slot, each as one line ("10:20 Sophie (Table 1)")."""
    waiting: tuple[str, ...] = ()
    """Topics they wait for."""


@dataclass(frozen=True)
class DeskView:
    """Everything the coaching screen shows, as read at one moment."""

    grid: DayGrid
    topics: list[str]
    waiting: list[WaitlistInfo]
    to_rebook: list[BookingInfo]
    person: ChosenPerson | None


def person_summary(session: Session, event: Event, attendee_id: str) -> ChosenPerson:
    """The person with the bookings they hold and the topics they wait for."""
    attendee = get_attendee(session, event, attendee_id)
    held = bookings_info(session, event, attendee_id=attendee_id, statuses=HOLDING)
    waits = [w.topic for w in waitlist(session, event) if w.attendee_id == attendee_id]
    lines = tuple(
        f"{clock_text(b.starts_at, event.timezone)} {b.coach}"
        + (f" ({b.place})" if b.place else "")
        for b in held
    )
    return ChosenPerson(
        attendee.id, attendee.full_name or attendee.code, attendee.organisation, lines, tuple(waits)
    )


def still_to_rebook(session: Session, event: Event) -> list[BookingInfo]:
    """Bookings the sync set to rebook whose person holds nothing on that topic yet."""
    flagged = bookings_info(session, event, statuses=(BookingStatus.TO_REBOOK.value,))
    if not flagged:
        return []
    held = {
        (b.attendee_id, fold(b.topic).strip())
        for b in bookings_info(session, event, statuses=HOLDING)
    }
    return [b for b in flagged if (b.attendee_id, fold(b.topic).strip()) not in held]


def read_desk(
    context: DeskContext,
    event: Event,
    day: dt.date,
    now: dt.datetime,
    attendee_id: str | None,
) -> DeskView:
    """The grid of ``day`` as of ``now``, with the waitlist and the chosen person."""
    with context.store.read() as session:
        return DeskView(
            grid=day_grid(session, event, day=day, now=now),
            topics=coaching_topics(session, event),
            waiting=waitlist(session, event),
            to_rebook=still_to_rebook(session, event),
            person=person_summary(session, event, attendee_id) if attendee_id else None,
        )


class DeskReader(QObject):
    """Reads the desk's view in a worker thread, one read at a time.

    A read asked for while one runs is done once the running one ends (the store may have
    changed in between), so the screen always ends up showing the latest state.
    """

    read = Signal(object)
    """A :class:`DeskView`, on the GUI thread."""
    failed = Signal(str)

    def __init__(self, context: DeskContext, event: Event, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.the_event = event
        self._job: BackgroundJob | None = None
        self._again: tuple[dt.date, dt.datetime, str | None] | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def request(self, day: dt.date, now: dt.datetime, attendee_id: str | None) -> None:
        if self._job is not None:
            self._again = (day, now, attendee_id)
            return
        context, event = self.context, self.the_event
        job = BackgroundJob(lambda _control: read_desk(context, event, day, now, attendee_id), self)
        job.succeeded.connect(self.read)
        job.failed.connect(lambda error: self.failed.emit(error_text(error)))
        job.finished.connect(self._finished)
        self._job = job
        job.start()

    def wait_idle(self) -> None:
        """Wait for the reads asked for and deliver them (tests, shutdown)."""
        while self._job is not None:
            job = self._job
            job.wait()
            QCoreApplication.sendPostedEvents(job)

    def stop(self) -> None:
        self._again = None
        self.wait_idle()

    def _finished(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.deleteLater()
        again, self._again = self._again, None
        if again is not None:
            self.request(*again)
