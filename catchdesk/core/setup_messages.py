"""Why an edit of the event's setup was refused or needs a confirmation, in words.

Each reason has a stable code and its values; the English sentence is made here (the CLI and
logs print it) and the setup screen words the same code in the user's language (its catalogue
repeats these sentences as translatable sources, and a test keeps the two equal). Sentences
avoid singular/plural forms ("People inside X: 3") so one template fits every count.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from catchdesk.core.errors import CatchDeskError

MESSAGES: dict[str, str] = {
    "event.name_missing": "An event needs a name.",
    "event.timezone": "“{zone}” is not a time zone such as Europe/Brussels.",
    "event.end_before_start": "The event cannot end before it starts: check the last day.",
    "event.checkins_recorded": (
        "Check-ins already recorded on the event's present days: {count}; their times do not move."
    ),
    "event.workshops_outside": (
        "Workshops that would fall outside the event's days: {count} (first: {title}); change "
        "their times afterwards."
    ),
    "wording.language": "Certificates are written in French, Dutch and English only.",
    "image.too_big": (
        "The {what} weighs {size} KB, more than {limit} KB: export it smaller (about 600 pixels "
        "wide is plenty)."
    ),
    "image.format": "The {what} must be a PNG or JPEG image.",
    "image.damaged": "The {what} is a damaged image: export it again as PNG.",
    "image.folder": "{path} is a folder: choose a PNG or JPEG file.",
    "image.unreadable": "Cannot read {path} ({reason}).",
    "partner.name": "A partner needs a name.",
    "partner.website": "“{site}” is not a web address: write it like www.example.be.",
    "partner.duplicate": "{name} is already a partner of this event.",
    "partner.gone": "This partner is no longer in the list: refresh it.",
    "workshop.title": "A workshop needs a title.",
    "workshop.end_before_start": (
        "{title} ends at {end}, before it starts at {start}: check the end time."
    ),
    "workshop.capacity": "A capacity is at least 1 seat; leave it empty for no limit.",
    "workshop.outside_days": (
        "{title} is on {day}, outside the event's days ({days}): pick a time on the event's days."
    ),
    "workshop.inside_over_capacity": (
        "People inside {title}: {inside}, for {capacity} seats: the door will turn newcomers "
        "away until there is room."
    ),
    "workshop.enrolled_over_capacity": (
        "People enrolled in {title}: {enrolled}, for {capacity} seats."
    ),
    "workshop.times_after_admissions": (
        "People already admitted to {title}: {count}; their certificates will state the new times."
    ),
    "workshop.room_clash": "{other} is in {room} at the same time ({start}–{end}).",
    "workshop.delete": "{title} will be removed from the programme.",
    "workshop.delete_admitted": (
        "People were admitted to {title} ({count}), so it stays in the history and on their "
        "certificates: change its title or times instead of deleting it."
    ),
    "workshop.delete_enrolled": (
        "People enrolled in {title}: {count}; their enrolments will be removed with it."
    ),
    "workshop.gone": "This workshop is no longer in the programme: refresh the list.",
    "key.unwritable": "Cannot write {path} ({reason}).",
}


@dataclass(frozen=True)
class Reason:
    """One reason: its code and the values its sentence names."""

    code: str
    values: dict[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return MESSAGES[self.code].format(**self.values)


class SetupRefused(CatchDeskError):
    """An edit that would break the event, refused with the reason."""

    def __init__(self, code: str, **values: object) -> None:
        self.reason = Reason(code, values)
        super().__init__(self.reason.text)


class NeedsConfirmation(CatchDeskError):
    """An edit that is allowed but has consequences: ask, then call again with ``confirm=True``.

    ``reasons`` holds one reason per consequence; the message joins their sentences.
    """

    def __init__(self, reasons: list[Reason]) -> None:
        self.reasons = reasons
        super().__init__(" ".join(reason.text for reason in reasons))
