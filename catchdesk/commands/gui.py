"""``catchdesk gui [--smoke] [--desk NAME]``: open the desk window (also plain ``catchdesk``).

Qt is imported here, inside the command, so that every other command starts without it.
"""

from __future__ import annotations

import argparse

from catchdesk.commands.screen import missing_screen
from catchdesk.core.errors import CatchDeskError


def gui(args: argparse.Namespace) -> int:
    """Hand over to the GUI bootstrap with the command line's store, event and desk."""
    problem = missing_screen()
    if problem is not None:
        raise CatchDeskError(problem)
    from catchdesk.app import run_gui

    return run_gui(
        args.db,
        args.event,
        getattr(args, "desk", None),
        bool(getattr(args, "smoke", False)),
        started_at=getattr(args, "started_at", None),
        language=getattr(args, "lang", None),
    )
