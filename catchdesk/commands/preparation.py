"""Commands that prepare an event: ``demo`` and ``import``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from catchdesk.commands.common import emit_json, event_from_args, open_from_args, say
from catchdesk.commands.screen import missing_screen
from catchdesk.core.demo import create_demo_event, find_demo_event, summarise_demo_event
from catchdesk.core.errors import CatchDeskError, ImportRejected
from catchdesk.core.events import parse_date
from catchdesk.core.importing import import_file
from catchdesk.core.store import Store


def demo(args: argparse.Namespace) -> int:
    if args.attendees < 1:
        raise CatchDeskError("--attendees must be at least 1.")
    day = parse_date(args.date) if args.date else dt.date.today()
    store = open_from_args(args)
    with store.write() as session:
        existing = find_demo_event(session, args.seed)
        if existing is not None:
            summary = summarise_demo_event(session, existing)
            created = False
        else:
            summary = create_demo_event(session, attendees=args.attendees, seed=args.seed, day=day)
            created = True
        data: dict[str, Any] = summary.to_dict()
    data["created"] = created
    data["store"] = store.describe()
    if args.json:
        emit_json(data)
        return _open_window(args, store, data)
    if not created and data["attendees"] != args.attendees:
        say(
            f"The demo of seed {args.seed} already exists with {data['attendees']} attendees; "
            "pass another --seed for a demo of another size."
        )
    verb = "Created" if created else "Reusing"
    say(
        f"{verb} the demo event “{data['event_name']}” on {data['event_date']} "
        f"in {store.describe()}."
    )
    say(
        f"  {data['attendees']} attendees, {data['workshops']} workshops, "
        f"{data['coaches']} coaches with {data['slots']} one-to-one slots, "
        f"{data['enrolments']} enrolments."
    )
    codes = data.get("sample_codes") or []
    if codes:
        say("Try it:")
        say(f"  catchdesk checkin {codes[0]}")
        say("  catchdesk search dubois")
        say("  catchdesk stats")
    problem = None if args.no_gui else missing_screen()
    if args.no_gui or problem is not None:
        if problem is not None:
            say(problem)
        say("Open the desk window with: catchdesk gui")
        return 0
    say("Opening the desk window…")
    return _open_window(args, store, data)


def _open_window(args: argparse.Namespace, store: Store, data: dict[str, Any]) -> int:
    """Open the desk on the demo event unless ``--no-gui``; Qt is imported only then."""
    if args.no_gui:
        return 0
    location = args.db
    store.close()
    from catchdesk.app import run_gui

    return run_gui(
        location,
        data["event_id"],
        None,
        False,
        started_at=getattr(args, "started_at", None),
        language=getattr(args, "lang", None),
    )


def _print_report(report: Any, stream: Any) -> None:
    _print_report_list(report.problems, stream)


def import_command(args: argparse.Namespace) -> int:
    path = Path(args.file)
    store = open_from_args(args)
    event = event_from_args(store, args)
    try:
        with store.write() as session:
            report = import_file(
                session,
                event,
                path,
                preset=args.preset,
                mapping=args.mapping,
                dry_run=args.dry_run,
                allow_partial=args.allow_partial,
                sheet=args.sheet,
            )
    except ImportRejected as exc:
        report = getattr(exc, "report", None)
        if args.json and report is not None:
            emit_json({**report.to_dict(), "imported": False, "error": str(exc)})
        print(f"catchdesk: {exc}", file=sys.stderr)
        if report is not None:
            _print_report(report, sys.stderr)
        return exc.exit_code
    if args.json:
        emit_json({**report.to_dict(), "imported": report.written})
        return 1 if report.blocked else 0
    say(report.summary())
    fmt = ", ".join(
        part
        for part in (
            report.source,
            report.encoding or "",
            f"delimiter {report.delimiter_name}" if report.delimiter_name else "",
        )
        if part
    )
    if fmt:
        say(f"Read as {fmt}.")
    for note in report.notes:
        say(f"Note: {note}")
    if report.problems:
        say("Rejected rows:")
        _print_report(report, sys.stdout)
    if report.warnings:
        say("Imported with warnings:")
        _print_report_list(report.warnings, sys.stdout)
    if report.unmapped_columns:
        say("Columns not imported: " + ", ".join(report.unmapped_columns))
    return 1 if report.blocked else 0


def _print_report_list(problems: list[Any], stream: Any) -> None:
    for problem in problems:
        print(f"  line {problem.line}: {problem.reason}", file=stream)
