"""Words and colours of a coaching slot's state, shared by the desk's grid and coach mode.

The state itself is derived by the engine (:class:`catchdesk.core.coaching.grid.SlotState`);
here it gets the one word and the colour pair both screens show, so a slot reads the same at
the coaching desk and at the coach's table. Colour is never the only signal (DESIGN.md §10):
every cell also says its state in words. Refusals come from the engine with a reason and are
worded again in the screen's language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication

from catchdesk.core.coaching.errors import CoachingRefused
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.timeutil import local_time
from catchdesk.ui.context import DeskContext

NO_SLOT = ""
"""The state of a grid cell where the coach has no slot at that time."""
TO_REBOOK = "to_rebook"

STATE_WORDS: dict[str, str] = {
    "free": QT_TRANSLATE_NOOP("CoachingStates", "Free"),
    "booked": QT_TRANSLATE_NOOP("CoachingStates", "Booked"),
    "arrived": QT_TRANSLATE_NOOP("CoachingStates", "Arrived"),
    "done": QT_TRANSLATE_NOOP("CoachingStates", "Done"),
    "no_show": QT_TRANSLATE_NOOP("CoachingStates", "No-show"),
    "blocked": QT_TRANSLATE_NOOP("CoachingStates", "Blocked"),
    "past": QT_TRANSLATE_NOOP("CoachingStates", "Past"),
    "cancelled": QT_TRANSLATE_NOOP("CoachingStates", "Cancelled"),
    TO_REBOOK: QT_TRANSLATE_NOOP("CoachingStates", "To rebook"),
}

# (background, text): each pair keeps a contrast of at least 4.5 : 1.
STATE_COLOURS: dict[str, tuple[str, str]] = {
    "free": ("#e3f4e4", "#1b5e20"),
    "booked": ("#d6e6f7", "#0d3b66"),
    "arrived": ("#ffe9a8", "#4d3900"),
    "done": ("#e4e7eb", "#2e3a46"),
    "no_show": ("#f9dcd9", "#8a1c14"),
    "blocked": ("#c5cbd3", "#1f252b"),
    "past": ("#f4f5f7", "#5b6470"),
    "cancelled": ("#f4f5f7", "#5b6470"),
    TO_REBOOK: ("#ffd9b3", "#5c2b00"),
    NO_SLOT: ("#ffffff", "#5b6470"),
}

HOLDING_STATES = frozenset({"booked", "arrived", "done"})
"""States in which someone holds the slot (a booking to act on)."""


def state_word(state: str) -> str:
    """The state in the interface language ("Libre", "Réservé"…)."""
    source = STATE_WORDS.get(state)
    return QCoreApplication.translate("CoachingStates", source) if source else state


def state_colours(state: str) -> tuple[str, str]:
    return STATE_COLOURS.get(state, STATE_COLOURS[NO_SLOT])


def ui_language(context: DeskContext) -> str | None:
    """The desk's chosen language, else the application's (set at bootstrap)."""
    if context.settings.language:
        return context.settings.language
    app = QApplication.instance()
    value = app.property("catchdesk_language") if app is not None else None
    return str(value) if value else None


def refusal_text(error: CatchDeskError, language: str | None) -> str:
    """What to show for a refused or failed action: the engine's sentence in our language."""
    if isinstance(error, CoachingRefused):
        return error.message_in(language)
    return str(error)


def clock_text(moment: dt.datetime, zone: str) -> str:
    """A moment as the venue's wall clock shows it (``10:40``)."""
    return local_time(moment, zone).strftime("%H:%M")


def span_text(start: dt.datetime, end: dt.datetime, zone: str) -> str:
    return f"{clock_text(start, zone)}–{clock_text(end, zone)}"
