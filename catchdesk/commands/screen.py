"""Whether a window can open here, asked before Qt is loaded.

Qt aborts the whole process when it finds no display, after a page of plugin errors; on a
server, over SSH or in a container that is what a new user would see after `catchdesk demo`.
Checking the environment first turns that into one sentence that says what to do.
"""

from __future__ import annotations

import os
import sys

NO_SCREEN = (
    "No screen was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the desk window "
    "cannot open here: run CatchDesk in a desktop session, or use the command line "
    "(catchdesk --help)."
)


def missing_screen() -> str | None:
    """The reason a window cannot open, or None when it can (or Qt was told where to draw)."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return NO_SCREEN
