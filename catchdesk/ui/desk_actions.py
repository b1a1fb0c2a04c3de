"""The desk's occasional actions: register a walk-in, open a person's details, print a badge.

Kept out of :mod:`catchdesk.ui.desk` so the scan path stays short and readable there; each
function takes the desk screen and goes through core functions (never SQL) and through
:mod:`catchdesk.ui.badge_printing`. The dialogs and the printing module are imported when an
action is first used: the desk opens without paying for them, and tests can stub them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.verdicts import Verdict

if TYPE_CHECKING:
    from catchdesk.ui.attendee_dialog import AttendeeDialog
    from catchdesk.ui.desk import DeskScreen


def print_badge(screen: DeskScreen, attendee_ids: list[str]) -> bool:
    """Print badges for the desk; a failure is said in the desk's status line, not raised."""
    try:
        from catchdesk.ui import badge_printing

        printed = badge_printing.print_badges(screen, screen.context, attendee_ids)
    except CatchDeskError as error:
        screen.status_label.setText(
            QCoreApplication.translate("DeskScreen", "Badge not printed: {reason}").format(
                reason=error
            )
        )
        return False
    if printed:
        screen.status_label.setText(
            QCoreApplication.translate("DeskScreen", "Badge sent to the printer.")
        )
    return printed


def run_walk_in(screen: DeskScreen, language: str | None) -> Verdict | None:
    """Open the walk-in form; show the verdict on the desk's panel and print if asked."""
    from catchdesk.ui.walk_in_dialog import WalkInDialog

    dialog = WalkInDialog(screen.context, language, screen)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.existing_id is not None:
            return screen.check_in_by_id(dialog.existing_id)
        verdict = dialog.verdict
        if verdict is None or dialog.attendee_id is None:
            return None
        screen.suppress_auto_print = True  # the form's own choice decides about the badge
        try:
            screen.show_verdict(verdict)
        finally:
            screen.suppress_auto_print = False
        if dialog.print_badge:
            print_badge(screen, [dialog.attendee_id])
        return verdict
    finally:
        dialog.deleteLater()
        screen.scan_input.setFocus(Qt.FocusReason.OtherFocusReason)


def show_details(screen: DeskScreen, attendee_id: str) -> AttendeeDialog:
    """Open one person's details; a saved correction refreshes the search results."""
    from catchdesk.ui.attendee_dialog import AttendeeDialog

    dialog = AttendeeDialog(screen.context, attendee_id, screen)
    dialog.attendee_changed.connect(lambda _id: screen.run_search())
    dialog.exec()
    dialog.deleteLater()
    screen.scan_input.setFocus(Qt.FocusReason.OtherFocusReason)
    return dialog
