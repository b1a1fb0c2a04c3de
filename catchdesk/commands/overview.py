"""Commands that read the event and the store: ``stats`` and ``store info|check``."""

from __future__ import annotations

import argparse

from catchdesk.commands.common import emit_json, event_from_args, open_from_args, say, table
from catchdesk.core.events import list_events
from catchdesk.core.stats import event_stats


def stats(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    with store.read() as session:
        figures = event_stats(session, event).to_dict()
    if args.json:
        emit_json(figures)
        return 0
    say(f"{figures['event']['name']} — {figures['event']['date']}")
    rate = figures["attendance_rate"] * 100
    say(
        f"Registered {figures['registered']}, checked in {figures['checked_in']} ({rate:.0f} %), "
        f"walk-ins {figures['walk_ins']}, cancelled {figures['cancelled']}."
    )
    if figures["per_hour"]:
        say("Arrivals per hour:")
        for hour, count in figures["per_hour"].items():
            say(f"  {hour[11:16]}  {count:5d}  {'█' * min(60, count // 5 + (count > 0))}")
    if figures["workshops"]:
        table(
            [
                [
                    str(w["starts_at"])[11:16],
                    str(w["title"]),
                    str(w["room"]),
                    f"{w['inside']}/{w['capacity'] if w['capacity'] is not None else '∞'}",
                    str(w["enrolled"]),
                ]
                for w in figures["workshops"]
            ],
            ["START", "WORKSHOP", "ROOM", "INSIDE", "ENROLLED"],
        )
    coaching = figures["coaching"]
    booked = sum(coaching["bookings"].values())
    say(f"Coaching: {coaching['coaches']} coaches, {coaching['slots']} slots, {booked} bookings.")
    return 0


def store_info(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    with store.read() as session:
        events = [(e.name, n) for e, n in list_events(session)]
    data = {
        "store": store.describe(),
        "engine": store.url.get_backend_name(),
        "device_id": store.device_id,
        "device_name": store.device_name,
        "events": [{"name": name, "attendees": n} for name, n in events],
    }
    if args.json:
        emit_json(data)
    else:
        say(f"Store: {data['store']} ({data['engine']})")
        say(f"This device: {store.device_name} ({store.device_id})")
        say(f"Events: {len(events)}")
    return 0


def store_check(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    problems = store.integrity_problems()
    if args.json:
        emit_json({"ok": not problems, "problems": problems})
    elif problems:
        say("The store has problems:")
        for problem in problems:
            say(f"  {problem}")
    else:
        say(f"{store.describe()} is sound.")
    return 0 if not problems else 1
