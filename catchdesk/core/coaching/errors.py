"""Refusals of the coaching rules: a reason code a screen can act on, and a sentence to show.

A refusal is an expected answer at a coaching desk ("that slot is taken"), not a crash, so it
is a :class:`~catchdesk.core.errors.CatchDeskError` carrying a stable ``reason`` (for screens
and scripts that react to it, e.g. offering the waitlist on ``no_free_slot``) and the values
that fill its message, so the message can be given again in the screen's own language.
Refusals of the day's work exit 1 on the command line, like a check-in that is not admitted;
mistakes in preparing coaches and slots are bad input and exit 2.
"""

from __future__ import annotations

from catchdesk.core.coaching.messages import render
from catchdesk.core.errors import CatchDeskError


class CoachingRefused(CatchDeskError):
    """A coaching action refused for a reason a person can fix."""

    exit_code = 1

    def __init__(self, reason: str, **values: object) -> None:
        self.reason = reason
        self.values = values
        super().__init__(render(reason, None, values))

    def message_in(self, language: str | None) -> str:
        """The same refusal in another language (``fr``, ``en`` or ``nl``)."""
        return render(self.reason, language, self.values)

    def to_dict(self) -> dict[str, object]:
        """The JSON form printed by ``--json`` commands beside the sentence on stderr."""
        return {"reason": self.reason, "message": str(self)}


class BookingRefused(CoachingRefused):
    """A booking that the rules do not allow (slot taken, overlap, limit reached…)."""


class ChangeRefused(CoachingRefused):
    """A step in a booking's life that is not allowed now (done → booked, no-show too early)."""


class WaitlistRefused(CoachingRefused):
    """Joining or leaving the waitlist is not possible as asked."""


class SetupRefused(CoachingRefused):
    """A coach or a slot that cannot be saved as given (overlapping slots, a bad colour)."""

    exit_code = 2
