"""Commands of the desk: ``checkin``, ``undo``, ``attendees``, ``search``, ``workshops``."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from catchdesk.commands.common import (
    desk_name,
    emit_json,
    event_from_args,
    open_from_args,
    say,
    table,
)
from catchdesk.core.attendees import attendee_dict, first_checkins
from catchdesk.core.checkin import check_in
from catchdesk.core.errors import CatchDeskError, NotFoundError
from catchdesk.core.ids import matches_id, short_id
from catchdesk.core.models import Attendee, Event, Workshop
from catchdesk.core.search import search_attendees
from catchdesk.core.stats import workshop_figures
from catchdesk.core.store import Store
from catchdesk.core.textfold import fold
from catchdesk.core.undo import undo_last_checkin
from catchdesk.core.verdicts import Status, Verdict

MARKS = {"ok": "✔", "warning": "!", "refused": "✘"}


def find_workshop(store: Store, event: Event, selector: str) -> Workshop:
    """A workshop by id, id prefix or words of its title."""
    with store.read() as session:
        workshops = list(session.scalars(select(Workshop).where(Workshop.event_id == event.id)))
    wanted = fold(selector)
    by_id = [w for w in workshops if matches_id(w.id, selector)]
    matches = by_id or [w for w in workshops if wanted and wanted in fold(w.title)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(f"No workshop matches '{selector}'; 'catchdesk workshops' lists them.")
    names = "; ".join(f"{short_id(w.id)} {w.title}" for w in matches[:5])
    raise CatchDeskError(f"'{selector}' matches {len(matches)} workshops ({names}); be precise.")


def _print_verdict(verdict: Verdict, document: dict[str, object], as_json: bool) -> None:
    """Printed only after the commit: what a caller reads is on disk."""
    if as_json:
        emit_json(document)
        return
    line = f"{MARKS[verdict.severity]} {verdict.status.value}: {verdict.message}"
    if verdict.attendee is not None and verdict.attendee.organisation:
        line += f" — {verdict.attendee.organisation}"
    say(line)


def checkin(args: argparse.Namespace) -> int:
    if args.stdin == bool(args.scan):
        raise CatchDeskError("Give one scan, or --stdin to read one scan per line.")
    store = open_from_args(args)
    event = event_from_args(store, args)
    desk = desk_name(store, args)
    workshop_id = find_workshop(store, event, args.workshop).id if args.workshop else None
    scans = (line.rstrip("\r\n") for line in sys.stdin) if args.stdin else iter([args.scan])
    all_admitted = True
    for scan in scans:
        if args.stdin and not scan.strip():
            continue
        with store.write() as session:
            verdict = check_in(session, event, scan, desk=desk, workshop_id=workshop_id)
            document = verdict.to_dict()
        _print_verdict(verdict, document, args.json)
        all_admitted = all_admitted and verdict.status is Status.CHECKED_IN
    return 0 if all_admitted else 1


def undo(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    desk = desk_name(store, args)
    with store.write() as session:
        undone = undo_last_checkin(session, event, desk)
        result = undone.to_dict(event) if undone else {"undone": False, "desk": desk}
    if args.json:
        emit_json(result)
    elif undone is None:
        say(f"Nothing to undo at desk {desk}.")
    else:
        where = f" at {result['workshop']}" if result["workshop"] else ""
        name = f"{undone.attendee.first_name} {undone.attendee.last_name}"
        say(f"Undid the check-in of {name}{where} ({result['scanned_at']}).")
    return 0 if undone else 1


def attendees(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    with store.read() as session:
        people = session.scalars(
            select(Attendee)
            .where(Attendee.event_id == event.id)
            .options(selectinload(Attendee.external_codes))
        ).all()
        arrivals = first_checkins(session, event.id)
        rows = [attendee_dict(a, event, arrivals.get(a.id)) for a in people]
    if args.checked_in:
        rows = [r for r in rows if r["checked_in_at"]]
    if args.absent:
        rows = [r for r in rows if not r["checked_in_at"]]
    rows.sort(key=lambda r: (fold(str(r["last_name"])), fold(str(r["first_name"]))))
    if args.json:
        emit_json(rows)
        return 0
    table(
        [
            [
                str(r["code"]),
                f"{r['last_name']}, {r['first_name']}",
                str(r["organisation"]),
                str(r["checked_in_at"] or ""),
            ]
            for r in rows
        ],
        ["CODE", "NAME", "ORGANISATION", "CHECKED IN"],
    )
    say(f"{len(rows)} attendee(s).")
    return 0


def search(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    text = " ".join(args.text)
    with store.read() as session:
        hits = search_attendees(session, event, text, limit=args.limit)
        arrivals = first_checkins(session, event.id, [h.attendee.id for h in hits])
        rows = [attendee_dict(h.attendee, event, arrivals.get(h.attendee.id)) for h in hits]
    if args.json:
        emit_json(rows)
        return 0
    if not rows:
        say(f"Nobody matches '{text}'.")
        return 1
    table(
        [
            [
                str(r["code"]),
                f"{r['first_name']} {r['last_name']}",
                str(r["organisation"]),
                str(r["email"]),
                str(r["checked_in_at"] or ""),
            ]
            for r in rows
        ],
        ["CODE", "NAME", "ORGANISATION", "E-MAIL", "CHECKED IN"],
    )
    return 0


def workshops(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    with store.read() as session:
        figures = workshop_figures(session, event)
    if args.json:
        emit_json(figures)
        return 0
    table(
        [
            [
                short_id(str(w["id"])),
                str(w["starts_at"])[11:16] + "–" + str(w["ends_at"])[11:16],
                str(w["room"]),
                str(w["title"]),
                f"{w['inside']}/{w['capacity'] if w['capacity'] is not None else '∞'}",
                "yes" if w["enrolment_required"] else "",
            ]
            for w in figures
        ],
        ["ID", "TIME", "ROOM", "TITLE", "INSIDE", "ENROLMENT"],
    )
    return 0
