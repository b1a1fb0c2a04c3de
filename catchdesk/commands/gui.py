"""``catchdesk gui [--smoke] [--desk NAME]``: open the desk window (also plain ``catchdesk``).

Qt is imported here, inside the command, so that every other command starts without it.
"""

from __future__ import annotations

import argparse


def gui(args: argparse.Namespace) -> int:
    """Hand over to the GUI bootstrap with the command line's store, event and desk."""
    from catchdesk.app import run_gui

    return run_gui(
        args.db,
        args.event,
        getattr(args, "desk", None),
        bool(getattr(args, "smoke", False)),
        started_at=getattr(args, "started_at", None),
        language=getattr(args, "lang", None),
    )
