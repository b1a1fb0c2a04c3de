"""``catchdesk event new`` and ``event list``."""

from __future__ import annotations

import argparse

from catchdesk.commands.common import emit_json, open_from_args, say, table
from catchdesk.core.events import create_event, list_events, parse_date
from catchdesk.core.ids import short_id


def _event_dict(event: object, attendees: int | None = None) -> dict[str, object]:
    data: dict[str, object] = {
        "id": event.id,  # type: ignore[attr-defined]
        "name": event.name,  # type: ignore[attr-defined]
        "date": event.starts_on.isoformat(),  # type: ignore[attr-defined]
        "end_date": event.ends_on.isoformat() if event.ends_on else None,  # type: ignore[attr-defined]
        "venue": event.venue,  # type: ignore[attr-defined]
        "organiser": event.organiser,  # type: ignore[attr-defined]
        "timezone": event.timezone,  # type: ignore[attr-defined]
        "demo": event.is_demo,  # type: ignore[attr-defined]
    }
    if attendees is not None:
        data["attendees"] = attendees
    return data


def event_new(args: argparse.Namespace) -> int:
    starts = parse_date(args.date)
    ends = parse_date(args.end_date) if args.end_date else None
    store = open_from_args(args)
    with store.write() as session:
        event = create_event(
            session,
            args.name,
            starts,
            ends_on=ends,
            venue=args.venue,
            organiser=args.organiser,
            timezone=args.timezone,
        )
        data = _event_dict(event, 0)
    if args.json:
        emit_json(data)
    else:
        say(f"Created event {data['name']} on {data['date']} (id {data['id']}).")
    return 0


def event_list(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.read() as session:
        rows = [_event_dict(event, count) for event, count in list_events(session)]
    if args.json:
        emit_json(rows)
        return 0
    if not rows:
        say("No event yet: 'catchdesk event new --name NAME --date YYYY-MM-DD' creates one.")
        return 0
    table(
        [
            [
                short_id(str(r["id"])),
                str(r["date"]),
                str(r["name"]),
                str(r["venue"]),
                str(r["attendees"]),
            ]
            for r in rows
        ],
        ["ID", "DATE", "NAME", "VENUE", "ATTENDEES"],
    )
    return 0
