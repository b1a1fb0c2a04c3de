"""Preparing and watching coaching: ``coaching coaches|add-coach|slots|generate|block|unblock|
settings|grid``."""

from __future__ import annotations

import argparse
import datetime as dt

from catchdesk.commands.coaching import parse_moment
from catchdesk.commands.common import emit_json, event_from_args, open_from_args, say, table
from catchdesk.core.coaching.coaches import coach_info, create_coach, find_coach, list_coaches
from catchdesk.core.coaching.common import span
from catchdesk.core.coaching.grid import coach_day, day_grid
from catchdesk.core.coaching.settings import update_coaching_settings
from catchdesk.core.coaching.slots import find_slot, generate_slots, set_slot_blocked
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.events import parse_date
from catchdesk.core.ids import short_id
from catchdesk.core.models import Event
from catchdesk.core.timeutil import at_local, local_iso


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def coaches(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    with store.read() as session:
        found = list_coaches(session, event)
    if args.json:
        emit_json([c.to_dict() for c in found])
        return 0
    table(
        [
            [
                short_id(c.id),
                c.name,
                c.organisation,
                c.place,
                ", ".join(c.topics),
                " ".join(c.languages),
            ]
            for c in found
        ],
        ["ID", "NAME", "ORGANISATION", "PLACE", "TOPICS", "LANGUAGES"],
    )
    return 0


def add_coach(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    with store.write() as session:
        coach = coach_info(
            create_coach(
                session,
                event,
                name=args.name,
                organisation=args.organisation,
                topics=_split(args.topics),
                languages=_split(args.languages),
                place=args.place,
                colour=args.colour,
            )
        )
    if args.json:
        emit_json(coach.to_dict())
    else:
        say(f"✔ Coach {coach.name} added ({short_id(coach.id)}).")
    return 0


def _clock(text: str, day: dt.date, event: Event) -> dt.datetime:
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
        return at_local(day, hours, minutes, event.timezone)
    except ValueError as exc:
        raise CatchDeskError(f"'{text}' is not a time of day; write it as HH:MM.") from exc


def generate(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    day = parse_date(args.date) if args.date else event.starts_on
    breaks = []
    for text in args.breaks:
        start, _, end = text.partition("-")
        if not end:
            raise CatchDeskError(f"'{text}' is not a break; write it as HH:MM-HH:MM.")
        breaks.append((_clock(start, day, event), _clock(end, day, event)))
    with store.write() as session:
        coach = find_coach(session, event, args.coach)
        made = generate_slots(
            session,
            event,
            coach.id,
            [(_clock(args.start, day, event), _clock(args.end, day, event))],
            length=dt.timedelta(minutes=args.length),
            buffer=dt.timedelta(minutes=args.buffer),
            breaks=breaks,
        )
        rows = [
            {
                "id": s.id,
                "coach_id": coach.id,
                "start": local_iso(s.starts_at, event.timezone),
                "end": local_iso(s.ends_at, event.timezone),
            }
            for s in made
        ]
    if args.json:
        emit_json(rows)
    else:
        say(f"✔ {len(rows)} slot(s) for {coach.name}.")
    return 0


def block(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    with store.write() as session:
        slot = set_slot_blocked(session, event, find_slot(session, event, args.slot), args.blocked)
        document = {
            "id": slot.id,
            "blocked": slot.blocked,
            "start": local_iso(slot.starts_at, event.timezone),
        }
    if args.json:
        emit_json(document)
    else:
        say(f"✔ Slot {short_id(slot.id)} {'blocked' if slot.blocked else 'open'}.")
    return 0


def settings(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    with store.write() as session:
        current = update_coaching_settings(
            session,
            event,
            max_bookings_per_day=args.max_per_day,
            no_show_grace_minutes=args.grace,
            checked_in_only=args.checked_in_only,
        )
    document = {
        "max_bookings_per_day": current.max_bookings_per_day,
        "no_show_grace_minutes": current.no_show_grace_minutes,
        "checked_in_only": current.checked_in_only,
    }
    if args.json:
        emit_json(document)
    else:
        for key, value in document.items():
            say(f"{key}: {value}")
    return 0


def slots(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    now = parse_moment(args.now, event)
    with store.read() as session:
        grid = day_grid(session, event, now=now)
        wanted = find_coach(session, event, args.coach).id if args.coach else None
    rows = [
        (column.coach, cell)
        for column in grid.columns
        if wanted is None or column.coach.id == wanted
        for cell in column.cells
        if not args.free or cell.state == "free"
    ]
    rows.sort(key=lambda pair: (pair[1].starts_at, pair[0].place))
    if args.json:
        emit_json(
            [
                {**cell.to_dict(event), "coach": coach.name, "place": coach.place}
                for coach, cell in rows
            ]
        )
        return 0
    table(
        [
            [
                short_id(cell.slot_id),
                span(cell.starts_at, cell.ends_at, event),
                coach.name,
                coach.place,
                cell.state.value,
                cell.attendee_name,
            ]
            for coach, cell in rows
        ],
        ["SLOT", "TIME", "COACH", "PLACE", "STATE", "ATTENDEE"],
    )
    return 0


def grid(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    now = parse_moment(args.now, event)
    day = parse_date(args.date) if args.date else None
    with store.read() as session:
        if args.coach:
            coach = find_coach(session, event, args.coach)
            document = coach_day(session, event, coach.id, day=day, now=now).to_dict(event)
        else:
            document = day_grid(session, event, day=day, now=now).to_dict(event)
    if args.json:
        emit_json(document)
        return 0
    columns = [document] if args.coach else document["coaches"]
    for column in columns:
        coach = column["coach"] if args.coach else column
        say(f"{coach['name']} — {coach['place']}")
        for cell in column["slots"]:
            who = f"  {cell['attendee_name']}" if cell["attendee_name"] else ""
            say(f"  {cell['start'][11:16]}–{cell['end'][11:16]}  {cell['state']:<8}{who}")
    return 0
