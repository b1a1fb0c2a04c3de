"""The command-line grammar of coaching: ``catchdesk book`` and ``catchdesk coaching ACTION``.

Kept out of :mod:`catchdesk.cli` because coaching has many actions; it imports only argparse,
so building the parser stays as cheap as before. Bodies are in :mod:`.coaching` and
:mod:`.coaching_setup`, loaded only when a coaching command runs.
"""

from __future__ import annotations

import argparse
from typing import Any

NOW_HELP = "pretend it is this time (ISO 8601 or HH:MM on the event's day), for rehearsals"


def _when(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--now", default=None, metavar="TIME", help=NOW_HELP)


def _who(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--desk", default=None, help="desk name (default: $CATCHDESK_DESK or host)")


def add_coaching_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register ``book`` and ``coaching`` on the main parser's sub-commands."""
    book = sub.add_parser(
        "book",
        parents=[common],
        help="book a one-to-one coaching slot (the next free match if no slot is given)",
    )
    book.add_argument("attendee", help="a scan, ticket code, attendee id or name")
    book.add_argument("--topic", default=None, help="coaching topic, e.g. référencement")
    book.add_argument("--language", default=None, metavar="CODE", help="fr, nl, en…")
    book.add_argument("--coach", default=None, metavar="ID", help="coach id, short id or name")
    book.add_argument("--slot", default=None, metavar="ID", help="slot id or short id")
    _who(book)
    _when(book)
    book.set_defaults(func="coaching:book")

    coaching = sub.add_parser(
        "coaching", parents=[common], help="coaches, slots, bookings and the waitlist"
    )
    actions = coaching.add_subparsers(dest="coaching_command", metavar="ACTION", required=True)

    coaches = actions.add_parser("coaches", parents=[common], help="list the coaches")
    coaches.set_defaults(func="coaching_setup:coaches")

    add = actions.add_parser("add-coach", parents=[common], help="add a coach")
    add.add_argument("--name", required=True)
    add.add_argument("--organisation", default="")
    add.add_argument("--topics", default="", help="comma-separated topics")
    add.add_argument("--languages", default="fr", help="comma-separated codes (default: fr)")
    add.add_argument("--place", default="", help="table or place, e.g. 'Table 3'")
    add.add_argument("--colour", default=None, metavar="#RRGGBB")
    add.set_defaults(func="coaching_setup:add_coach")

    slots = actions.add_parser("slots", parents=[common], help="list slots and their state")
    slots.add_argument("--coach", default=None, metavar="ID")
    slots.add_argument("--free", action="store_true", help="only slots that can be booked")
    _when(slots)
    slots.set_defaults(func="coaching_setup:slots")

    generate = actions.add_parser(
        "generate", parents=[common], help="make a coach's slots from an availability window"
    )
    generate.add_argument("--coach", required=True, metavar="ID")
    generate.add_argument("--from", dest="start", required=True, metavar="HH:MM")
    generate.add_argument("--to", dest="end", required=True, metavar="HH:MM")
    generate.add_argument("--length", type=int, default=20, metavar="MINUTES")
    generate.add_argument("--buffer", type=int, default=0, metavar="MINUTES")
    generate.add_argument(
        "--break", dest="breaks", action="append", default=[], metavar="HH:MM-HH:MM"
    )
    generate.add_argument("--date", default=None, help="day (default: the event's first day)")
    generate.set_defaults(func="coaching_setup:generate")

    for name, blocked in (("block", True), ("unblock", False)):
        action = actions.add_parser(
            name, parents=[common], help=f"{name} a slot (a break, a phone call)"
        )
        action.add_argument("slot", metavar="SLOT")
        action.set_defaults(func="coaching_setup:block", blocked=blocked)

    settings = actions.add_parser("settings", parents=[common], help="show or change the rules")
    settings.add_argument("--max-per-day", type=int, default=None, metavar="N")
    settings.add_argument("--grace", type=int, default=None, metavar="MINUTES")
    only = settings.add_mutually_exclusive_group()
    only.add_argument(
        "--checked-in-only", dest="checked_in_only", action="store_true", default=None
    )
    only.add_argument("--anyone", dest="checked_in_only", action="store_false")
    settings.set_defaults(func="coaching_setup:settings")

    listing = actions.add_parser("bookings", parents=[common], help="list bookings")
    listing.add_argument("--attendee", default=None, help="scan, code, id or name")
    listing.add_argument("--coach", default=None, metavar="ID")
    listing.set_defaults(func="coaching:bookings")

    for name, help_text in (
        ("cancel", "cancel a booking (the slot goes to the waitlist)"),
        ("arrive", "the person is at the coach's table"),
        ("done", "the coaching took place"),
        ("no-show", "the person did not come (after the grace period)"),
    ):
        action = actions.add_parser(name, parents=[common], help=help_text)
        action.add_argument("booking", metavar="BOOKING", help="booking id or short id")
        if name in ("done", "cancel"):
            action.add_argument("--note", default="", help="a short note")
        _when(action)
        action.set_defaults(func="coaching:change", change=name)

    rebook = actions.add_parser("rebook", parents=[common], help="move a booking to another slot")
    rebook.add_argument("booking", metavar="BOOKING")
    rebook.add_argument("--slot", default=None, metavar="ID")
    rebook.add_argument("--coach", default=None, metavar="ID")
    rebook.add_argument("--topic", default=None)
    rebook.add_argument("--language", default=None, metavar="CODE")
    _who(rebook)
    _when(rebook)
    rebook.set_defaults(func="coaching:rebook")

    waitlist = actions.add_parser(
        "waitlist", parents=[common], help="show the waitlist, or join or leave it"
    )
    waitlist.add_argument("--join", default=None, metavar="ATTENDEE")
    waitlist.add_argument("--topic", default=None)
    waitlist.add_argument("--language", default=None, metavar="CODE")
    waitlist.add_argument("--leave", default=None, metavar="ENTRY", help="waitlist entry id")
    _when(waitlist)
    waitlist.set_defaults(func="coaching:waitlist_command")

    grid = actions.add_parser("grid", parents=[common], help="the day grid, or one coach's day")
    grid.add_argument("--coach", default=None, metavar="ID", help="only this coach (coach mode)")
    grid.add_argument("--date", default=None)
    _when(grid)
    grid.set_defaults(func="coaching_setup:grid")
