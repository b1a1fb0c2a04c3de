"""The screens of the navigation, declared in one place, and how each is loaded.

A screen's module is imported only when the screen is first shown, and defensively: one that
fails to import or to build is logged and left out, so the desk still opens with the screens
that work instead of a placeholder pretending a feature exists. Later screens are one more
:class:`Page` line in :data:`PAGES`.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from catchdesk.ui.context import DeskContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Page:
    """One screen of the navigation: its title (English source), where it lives, its icon."""

    title: str
    module: str
    class_name: str
    icon: str = "SP_FileIcon"
    """A ``QStyle.StandardPixmap`` by name: the style's enums load after the first frame."""
    entrance: bool = False
    """Its ``attendee_checked_in`` means an arrival at the event (not at a workshop door)."""


PAGES: tuple[Page, ...] = (
    Page(
        QT_TRANSLATE_NOOP("MainWindow", "Front desk"),
        "catchdesk.ui.desk",
        "DeskScreen",
        "SP_DialogApplyButton",
        entrance=True,
    ),
    Page(
        QT_TRANSLATE_NOOP("MainWindow", "Workshop door"),
        "catchdesk.ui.door",
        "DoorScreen",
        "SP_ArrowRight",
    ),
    Page(
        QT_TRANSLATE_NOOP("MainWindow", "Coaching"),
        "catchdesk.ui.coaching",
        "CoachingScreen",
        "SP_FileDialogInfoView",
    ),
    Page(
        QT_TRANSLATE_NOOP("MainWindow", "Coach mode"),
        "catchdesk.ui.coach_mode",
        "CoachModeScreen",
        "SP_ComputerIcon",
    ),
    Page(
        QT_TRANSLATE_NOOP("MainWindow", "Attendees"),
        "catchdesk.ui.attendee_list",
        "AttendeeListScreen",
        "SP_FileDialogListView",
    ),
    Page(
        QT_TRANSLATE_NOOP("MainWindow", "Documents"),
        "catchdesk.ui.documents",
        "DocumentsScreen",
        "SP_FileIcon",
    ),
    Page(
        QT_TRANSLATE_NOOP("MainWindow", "Statistics"),
        "catchdesk.ui.statistics",
        "StatisticsScreen",
        "SP_FileDialogDetailedView",
    ),
    Page(
        QT_TRANSLATE_NOOP("MainWindow", "Event setup"),
        "catchdesk.ui.event_setup",
        "EventSetupScreen",
        "SP_FileDialogContentsView",
    ),
    Page(
        QT_TRANSLATE_NOOP("MainWindow", "Conflicts"),
        "catchdesk.ui.conflicts",
        "ConflictsScreen",
        "SP_MessageBoxWarning",
    ),
)


def screen_class(page: Page) -> type[QWidget] | None:
    """The class of ``page``'s screen, or None (logged) when its module is missing or broken."""
    try:
        return getattr(importlib.import_module(page.module), page.class_name)
    except Exception:
        log.exception("screen %s.%s is not available", page.module, page.class_name)
        return None


def screen_available(page: Page) -> bool:
    """Whether ``page``'s module exists, without importing it (logged when it does not)."""
    try:
        found = importlib.util.find_spec(page.module) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        log.error("screen %s.%s is not available", page.module, page.class_name)
    return found


def build_screen(
    page: Page, cls: type[QWidget] | None, context: DeskContext, parent: QWidget | None
) -> QWidget | None:
    """An instance of the screen, or None (logged) when importing or building it fails."""
    cls = cls or screen_class(page)
    if cls is None:
        return None
    try:
        return cls(context, parent)  # type: ignore[call-arg]
    except Exception:
        log.exception("screen %s.%s could not be built", page.module, page.class_name)
        return None
