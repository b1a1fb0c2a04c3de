"""Shots of the desk's dialogs: a walk-in being registered, a person's detail, the settings."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from catchdesk.core.checkin import check_in
from tools.screenshots import demo_context, participants


def shot_walk_in(language: str) -> QWidget:
    """The walk-in form half filled, as staff type it for someone without a registration."""
    from catchdesk.ui.walk_in_dialog import WalkInDialog

    context = demo_context(language, "Accueil 1", 60, 7)
    dialog = WalkInDialog(context, language)
    dialog.first_name.setText("Mélanie")
    dialog.last_name.setText("Vandenbroucke")
    dialog.email.setText("melanie@fleurs-sambre.be")
    dialog.organisation.setText("Fleurs de Sambre")
    dialog.show()
    return dialog


def shot_attendee(language: str) -> QWidget:
    """Someone just checked in at the desk: their details and history."""
    from catchdesk.ui.attendee_dialog import AttendeeDialog

    context = demo_context(language, "Accueil 1", 60, 8)
    person = participants(context.store, context.event_id)[3]
    with context.store.write() as session:
        event = context.event()
        check_in(session, event, person.code, desk="Accueil 1", language=language)
    dialog = AttendeeDialog(context, person.id)
    dialog.resize(760, 640)
    dialog.show()
    return dialog


def shot_settings(language: str) -> QWidget:
    """The desk's settings as a desk leader sets them up in the morning."""
    from catchdesk.ui.settings_dialog import SettingsDialog

    context = demo_context(language, "Accueil 1", 20, 9)
    dialog = SettingsDialog(context.settings, device_name=context.store.device_name)
    dialog.show()
    return dialog


SHOTS = {"walk-in": shot_walk_in, "attendee": shot_attendee, "settings": shot_settings}
