"""What the coaching screens do to bookings: one engine call in one transaction, said in words.

The coaching desk and coach mode share these actions, so "cancel", "no-show" or "arrived" mean
the same at both and report the same way: what happened as a sentence (``succeeded``), a
refusal as the engine's own sentence in the screen's language (``refused``, with its reason
code so a screen can offer the waitlist), and a slot freed and handed to someone waiting as
its own sentence (``offered``), because the desk must call that person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from catchdesk.core.coaching.booking import book
from catchdesk.core.coaching.errors import CoachingRefused
from catchdesk.core.coaching.info import BookingInfo
from catchdesk.core.coaching.lifecycle import (
    ChangeResult,
    RebookResult,
    arrive_at_coach,
    cancel_booking,
    mark_arrived,
    mark_done,
    mark_no_show,
    rebook,
    set_note,
)
from catchdesk.core.coaching.slots import set_slot_blocked
from catchdesk.core.coaching.waitlist import Offer, WaitlistInfo, join_waitlist, leave_waitlist
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.models import Event
from catchdesk.ui.coaching_states import clock_text, refusal_text, span_text, ui_language
from catchdesk.ui.context import DeskContext

T = TypeVar("T")


class CoachingActions(QObject):
    """The booking actions of one screen, on its store, at its clock."""

    changed = Signal()
    """Something was written: grids and lists should be read again."""
    succeeded = Signal(str)
    """What was just done, as a sentence."""
    refused = Signal(str, str)
    """The sentence of a refusal or failure, and the engine's reason code ("" if none)."""
    offered = Signal(str)
    """A freed slot went to someone on the waitlist (the sentence names slot and person)."""

    def __init__(
        self,
        context: DeskContext,
        clock: Callable[[], dt.datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self.the_event: Event = context.event()
        self.last_error: CatchDeskError | None = None
        """The last refusal (None after a success): tests and screens read its reason."""

    @property
    def zone(self) -> str:
        return self.the_event.timezone

    def language(self) -> str | None:
        return ui_language(self.context)

    # -- booking -----------------------------------------------------------------------------

    def book(
        self,
        attendee_id: str,
        *,
        slot_id: str | None = None,
        topic: str | None = None,
        language: str | None = None,
    ) -> BookingInfo | None:
        """Book a chosen slot, or the next free one for the topic and language."""
        booking = self._write(
            lambda session, event: book(
                session,
                event,
                attendee_id,
                slot_id=slot_id,
                topic=topic or None,
                language=language or None,
                now=self.clock(),
                booked_by=self.context.desk_name,
            )
        )
        if booking is not None:
            self.succeeded.emit(
                self.tr("{name} is booked: {time} with {coach}{place}.").format(
                    name=booking.attendee_name,
                    time=span_text(booking.starts_at, booking.ends_at, self.zone),
                    coach=booking.coach,
                    place=self._place(booking.place),
                )
            )
        return booking

    def rebook(
        self,
        booking_id: str,
        *,
        slot_id: str | None = None,
        topic: str | None = None,
        language: str | None = None,
    ) -> RebookResult | None:
        """Move a booking to a chosen slot or to the next free one (its topic by default)."""
        result = self._write(
            lambda session, event: rebook(
                session,
                event,
                booking_id,
                slot_id=slot_id,
                topic=topic or None,
                language=language or None,
                now=self.clock(),
                booked_by=self.context.desk_name,
            )
        )
        if result is not None:
            new = result.booking
            self.succeeded.emit(
                self.tr("{name} is moved to {time} with {coach}{place}.").format(
                    name=new.attendee_name,
                    time=span_text(new.starts_at, new.ends_at, self.zone),
                    coach=new.coach,
                    place=self._place(new.place),
                )
            )
            self._say_offer(result.offer)
        return result

    def cancel(self, booking_id: str) -> ChangeResult | None:
        result = self._write(
            lambda session, event: cancel_booking(session, event, booking_id, now=self.clock())
        )
        if result is not None:
            self.succeeded.emit(
                self.tr("The booking of {name} at {time} with {coach} is cancelled.").format(
                    **self._who(result.booking)
                )
            )
            self._say_offer(result.offer)
        return result

    # -- the life of a booking ---------------------------------------------------------------

    def arrived(self, booking_id: str) -> ChangeResult | None:
        result = self._write(
            lambda session, event: mark_arrived(session, event, booking_id, now=self.clock())
        )
        if result is not None:
            self.succeeded.emit(
                self.tr("{name} has arrived for {time} with {coach}.").format(
                    **self._who(result.booking)
                )
            )
        return result

    def arrive_at_coach(self, coach_id: str, attendee_id: str) -> ChangeResult | None:
        """A person scanned at a coach's table: their booking with that coach nearest to now."""
        return self._write(
            lambda session, event: arrive_at_coach(
                session, event, coach_id, attendee_id, now=self.clock()
            )
        )

    def done(self, booking_id: str, note: str = "") -> ChangeResult | None:
        result = self._write(
            lambda session, event: mark_done(
                session, event, booking_id, note=note, now=self.clock()
            )
        )
        if result is not None:
            self.succeeded.emit(
                self.tr("The session of {name} at {time} is done.").format(
                    **self._who(result.booking)
                )
            )
        return result

    def no_show(self, booking_id: str) -> ChangeResult | None:
        result = self._write(
            lambda session, event: mark_no_show(session, event, booking_id, now=self.clock())
        )
        if result is not None:
            self.succeeded.emit(
                self.tr("{name} did not come at {time}: marked as a no-show.").format(
                    **self._who(result.booking)
                )
            )
            self._say_offer(result.offer)
        return result

    def save_note(self, booking_id: str, note: str) -> BookingInfo | None:
        info = self._write(lambda session, event: set_note(session, event, booking_id, note))
        if info is not None:
            self.succeeded.emit(self.tr("Note kept for {name}.").format(name=info.attendee_name))
        return info

    # -- waitlist and slots ------------------------------------------------------------------

    def join_waitlist(
        self, attendee_id: str, topic: str, language: str | None = None
    ) -> WaitlistInfo | None:
        entry = self._write(
            lambda session, event: join_waitlist(
                session, event, attendee_id, topic, language=language or None, now=self.clock()
            )
        )
        if entry is not None:
            self.succeeded.emit(
                self.tr("{name} is on the waitlist for “{topic}” (number {position}).").format(
                    name=entry.attendee_name, topic=entry.topic, position=entry.position or 1
                )
            )
        return entry

    def leave_waitlist(self, entry_id: str) -> WaitlistInfo | None:
        entry = self._write(
            lambda session, event: leave_waitlist(session, event, entry_id, now=self.clock())
        )
        if entry is not None:
            self.succeeded.emit(
                self.tr("{name} is off the waitlist for “{topic}”.").format(
                    name=entry.attendee_name, topic=entry.topic
                )
            )
        return entry

    def set_blocked(self, slot_id: str, blocked: bool) -> bool:
        slot = self._write(
            lambda session, event: set_slot_blocked(session, event, slot_id, blocked)
        )
        if slot is None:
            return False
        moment = clock_text(slot.starts_at, self.zone)
        self.succeeded.emit(
            self.tr("The {time} slot is blocked.").format(time=moment)
            if blocked
            else self.tr("The {time} slot is open again.").format(time=moment)
        )
        return True

    # -- internals ---------------------------------------------------------------------------

    def _write(self, work: Callable[[Session, Event], T]) -> T | None:
        try:
            with self.context.store.write() as session:
                result = work(session, self.the_event)
        except CatchDeskError as error:
            self.last_error = error
            reason = error.reason if isinstance(error, CoachingRefused) else ""
            self.refused.emit(refusal_text(error, self.language()), reason)
            return None
        self.last_error = None
        self.changed.emit()
        return result

    def _who(self, booking: BookingInfo) -> dict[str, str]:
        return {
            "name": booking.attendee_name,
            "time": clock_text(booking.starts_at, self.zone),
            "coach": booking.coach,
        }

    def _place(self, place: str) -> str:
        return f" ({place})" if place else ""

    def _say_offer(self, offer: Offer | None) -> None:
        """The freed slot went to someone waiting: say which slot, whose, to whom."""
        if offer is None or offer.booking is None:
            return
        booking = offer.booking
        self.offered.emit(
            self.tr("Slot {time} with {coach}{place} offered to {name} from the waitlist.").format(
                time=clock_text(booking.starts_at, self.zone),
                coach=booking.coach,
                name=booking.attendee_name,
                place=self._place(booking.place),
            )
        )
