"""``export attendees|figures`` and ``summary``: the organiser's figures as files.

The same core functions as the statistics screen's buttons, so a file made at the command line
(or by a scheduled job during the day) is the file the organiser would have saved by hand.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from catchdesk.commands.common import emit_json, event_from_args, open_from_args, say
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.exports import export_attendees, export_figures
from catchdesk.core.i18n import default_language
from catchdesk.core.models import Event
from catchdesk.core.reports import live_figures
from catchdesk.core.spreadsheets import export_format

DELIMITER_NAMES = {"semicolon": ";", "comma": ",", "tab": "\t"}


def export(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser().resolve()
    export_format(out)  # a wrong ending is refused before the store is opened
    delimiter = DELIMITER_NAMES[args.delimiter]
    store = open_from_args(args)
    event = event_from_args(store, args)
    language = default_language()
    with store.read() as session:
        current = session.get(Event, event.id) or event
        if args.what == "figures":
            figures = live_figures(session, current)
            result = export_figures(figures, out, language=language, delimiter=delimiter)
        else:
            result = export_attendees(session, current, out, language=language, delimiter=delimiter)
    if args.json:
        emit_json(result.to_dict())
    else:
        say(f"Wrote {result.rows} rows to {result.path}.")
    return 0


def summary(args: argparse.Namespace) -> int:
    from catchdesk.documents.summary import render_summary

    out = Path(args.out).expanduser().resolve()
    if out.suffix.lower() != ".pdf":
        raise CatchDeskError(f"Choose a file name ending in .pdf (not '{out.name}').")
    store = open_from_args(args)
    event = event_from_args(store, args)
    with store.read() as session:
        figures = live_figures(session, session.get(Event, event.id) or event)
    pages = render_summary(figures, out, language=default_language())
    if args.json:
        emit_json(
            {
                "path": str(out),
                "pages": pages,
                "registered": figures.registered,
                "checked_in": figures.checked_in,
            }
        )
    else:
        say(f"Wrote the summary ({figures.checked_in} of {figures.registered} came) to {out}.")
    return 0
