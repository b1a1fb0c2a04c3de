"""``catchdesk gui [--smoke] [--desk NAME]``: open the desk window (also plain ``catchdesk``).

Qt is imported here, inside the command, so that every other command starts without it.
"""

from __future__ import annotations

import argparse
import gc
import importlib

from catchdesk.commands.screen import missing_screen
from catchdesk.core.errors import CatchDeskError

CORE_BEFORE_QT = (
    "sqlalchemy.orm",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "catchdesk.core.store",
    "catchdesk.core.event_lookup",
)
"""What the desk window needs from the database layer before it shows, imported before PySide6.

Once PySide6 is loaded, its ``__feature__`` import hook reads the source of every module
imported after it (``inspect.getsource``): SQLAlchemy pays 100–200 ms for it when it comes
second, nothing when it comes first. The ORM classes and the scan path are not here: the
desk imports them once its scan field is on screen (see ``catchdesk.ui.desk.SCAN_PATH``).
"""


def gui(args: argparse.Namespace) -> int:
    """Hand over to the GUI bootstrap with the command line's store, event and desk."""
    problem = missing_screen()
    if problem is not None:
        raise CatchDeskError(problem)
    # Start-up creates ~100,000 objects that live as long as the window and frees almost none:
    # the collector would walk them again and again for nothing. The GUI bootstrap freezes them
    # and turns it back on once the window is up (or before a welcome or error dialog).
    gc.disable()
    for module in CORE_BEFORE_QT:
        importlib.import_module(module)
    from catchdesk.app import run_gui

    return run_gui(
        args.db,
        args.event,
        getattr(args, "desk", None),
        bool(getattr(args, "smoke", False)),
        started_at=getattr(args, "started_at", None),
        language=getattr(args, "lang", None),
    )
