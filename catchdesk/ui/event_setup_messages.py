"""The setup screen's words for refusals and confirmations, and the one way it asks.

The core says *why* with a coded reason (:mod:`catchdesk.core.setup_messages`); this module words
each code in the interface language (the English sources repeat the core's sentences, a test
keeps them equal) and runs an edit the way every setup action does: try it, show a refusal with
its reason, or ask once (Yes/No) and try again confirmed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.setup_messages import NeedsConfirmation, Reason, SetupRefused

CONTEXT = "SetupMessages"
WORDING: dict[str, str] = {
    "event.name_missing": QT_TRANSLATE_NOOP("SetupMessages", "An event needs a name."),
    "event.timezone": QT_TRANSLATE_NOOP(
        "SetupMessages", "“{zone}” is not a time zone such as Europe/Brussels."
    ),
    "event.end_before_start": QT_TRANSLATE_NOOP(
        "SetupMessages", "The event cannot end before it starts: check the last day."
    ),
    "event.checkins_recorded": QT_TRANSLATE_NOOP(
        "SetupMessages",
        "Check-ins already recorded on the event's present days: {count}; their times do not move.",
    ),
    "event.workshops_outside": QT_TRANSLATE_NOOP(
        "SetupMessages",
        "Workshops that would fall outside the event's days: {count} (first: {title}); change "
        "their times afterwards.",
    ),
    "wording.language": QT_TRANSLATE_NOOP(
        "SetupMessages", "Certificates are written in French, Dutch and English only."
    ),
    "image.too_big": QT_TRANSLATE_NOOP(
        "SetupMessages",
        "The {what} weighs {size} KB, more than {limit} KB: export it smaller (about 600 pixels "
        "wide is plenty).",
    ),
    "image.format": QT_TRANSLATE_NOOP("SetupMessages", "The {what} must be a PNG or JPEG image."),
    "image.damaged": QT_TRANSLATE_NOOP(
        "SetupMessages", "The {what} is a damaged image: export it again as PNG."
    ),
    "image.folder": QT_TRANSLATE_NOOP(
        "SetupMessages", "{path} is a folder: choose a PNG or JPEG file."
    ),
    "image.unreadable": QT_TRANSLATE_NOOP("SetupMessages", "Cannot read {path} ({reason})."),
    "partner.name": QT_TRANSLATE_NOOP("SetupMessages", "A partner needs a name."),
    "partner.website": QT_TRANSLATE_NOOP(
        "SetupMessages", "“{site}” is not a web address: write it like www.example.be."
    ),
    "partner.duplicate": QT_TRANSLATE_NOOP(
        "SetupMessages", "{name} is already a partner of this event."
    ),
    "partner.gone": QT_TRANSLATE_NOOP(
        "SetupMessages", "This partner is no longer in the list: refresh it."
    ),
    "workshop.title": QT_TRANSLATE_NOOP("SetupMessages", "A workshop needs a title."),
    "workshop.end_before_start": QT_TRANSLATE_NOOP(
        "SetupMessages", "{title} ends at {end}, before it starts at {start}: check the end time."
    ),
    "workshop.capacity": QT_TRANSLATE_NOOP(
        "SetupMessages", "A capacity is at least 1 seat; leave it empty for no limit."
    ),
    "workshop.outside_days": QT_TRANSLATE_NOOP(
        "SetupMessages",
        "{title} is on {day}, outside the event's days ({days}): pick a time on the event's days.",
    ),
    "workshop.inside_over_capacity": QT_TRANSLATE_NOOP(
        "SetupMessages",
        "People inside {title}: {inside}, for {capacity} seats: the door will turn newcomers "
        "away until there is room.",
    ),
    "workshop.enrolled_over_capacity": QT_TRANSLATE_NOOP(
        "SetupMessages", "People enrolled in {title}: {enrolled}, for {capacity} seats."
    ),
    "workshop.times_after_admissions": QT_TRANSLATE_NOOP(
        "SetupMessages",
        "People already admitted to {title}: {count}; their certificates will state the new times.",
    ),
    "workshop.room_clash": QT_TRANSLATE_NOOP(
        "SetupMessages", "{other} is in {room} at the same time ({start}–{end})."
    ),
    "workshop.delete": QT_TRANSLATE_NOOP(
        "SetupMessages", "{title} will be removed from the programme."
    ),
    "workshop.delete_admitted": QT_TRANSLATE_NOOP(
        "SetupMessages",
        "People were admitted to {title} ({count}), so it stays in the history and on their "
        "certificates: change its title or times instead of deleting it.",
    ),
    "workshop.delete_enrolled": QT_TRANSLATE_NOOP(
        "SetupMessages",
        "People enrolled in {title}: {count}; their enrolments will be removed with it.",
    ),
    "workshop.gone": QT_TRANSLATE_NOOP(
        "SetupMessages", "This workshop is no longer in the programme: refresh the list."
    ),
    "key.unwritable": QT_TRANSLATE_NOOP("SetupMessages", "Cannot write {path} ({reason})."),
}
VALUE_WORDS: dict[str, str] = {
    "logo": QT_TRANSLATE_NOOP("SetupMessages", "logo"),
    "signature": QT_TRANSLATE_NOOP("SetupMessages", "signature image"),
}
"""Words the core passes as values ("the {what} must be…"), worded too."""

T = TypeVar("T")


def reason_text(reason: Reason) -> str:
    """One reason in the interface language (English when the code is not known here)."""
    template = WORDING.get(reason.code)
    if template is None:
        return reason.text
    values = {
        key: QCoreApplication.translate(CONTEXT, VALUE_WORDS[value])
        if isinstance(value, str) and value in VALUE_WORDS
        else value
        for key, value in reason.values.items()
    }
    return QCoreApplication.translate(CONTEXT, template).format(**values)


def error_text(error: CatchDeskError) -> str:
    if isinstance(error, SetupRefused):
        return reason_text(error.reason)
    if isinstance(error, NeedsConfirmation):
        return "\n\n".join(reason_text(reason) for reason in error.reasons)
    return str(error)


def attempt(parent: QWidget, title: str, action: Callable[[bool], T]) -> T | None:
    """Run ``action(confirm)``: refused → say why; needs confirming → ask once, then redo.

    Returns what the action returned, or None when it was refused or the person said No.
    """
    try:
        return action(False)
    except NeedsConfirmation as asked:
        question = QCoreApplication.translate(CONTEXT, "Go ahead?")
        answer = QMessageBox.question(
            parent,
            title,
            f"{error_text(asked)}\n\n{question}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    except CatchDeskError as refused:
        QMessageBox.warning(parent, title, error_text(refused))
        return None
    try:
        return action(True)
    except CatchDeskError as refused:
        QMessageBox.warning(parent, title, error_text(refused))
        return None
