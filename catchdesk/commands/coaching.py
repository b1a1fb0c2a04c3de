"""Coaching at the desk and the table: ``book``, ``coaching bookings|cancel|arrive|done|no-show|
rebook|waitlist``.

A refusal ("that slot is taken") is an answer, not a crash: it prints its sentence on stderr and
exits 1, like a check-in that is not admitted; with ``--json`` the same reason is also printed on
stdout as ``{"booking": null, "refusal": {"reason", "message"}}`` so a script can react to it.
Unknown people, slots or bookings exit 4, bad input 2 (README, "Command line").
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any
from zoneinfo import ZoneInfo

from catchdesk.commands.common import (
    desk_name,
    emit_json,
    event_from_args,
    open_from_args,
    say,
    table,
)
from catchdesk.core.attendees import attendee_dict, first_checkins
from catchdesk.core.coaching.booking import book as book_slot
from catchdesk.core.coaching.coaches import find_coach
from catchdesk.core.coaching.common import find_id, hhmm, span
from catchdesk.core.coaching.errors import CoachingRefused
from catchdesk.core.coaching.info import BookingInfo, bookings_info, find_booking
from catchdesk.core.coaching.lifecycle import (
    cancel_booking,
    mark_arrived,
    mark_done,
    mark_no_show,
)
from catchdesk.core.coaching.lifecycle import (
    rebook as rebook_booking,
)
from catchdesk.core.coaching.lookup import find_attendee
from catchdesk.core.coaching.messages import status_label
from catchdesk.core.coaching.slots import find_slot
from catchdesk.core.coaching.waitlist import Offer, join_waitlist, leave_waitlist, waitlist
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.ids import short_id
from catchdesk.core.models import Attendee, Event, WaitlistEntry
from catchdesk.core.store import StoreSession
from catchdesk.core.timeutil import at_local, utcnow


def parse_moment(text: str | None, event: Event) -> dt.datetime:
    """``--now``: ISO 8601 (with or without offset, the event's zone if none) or ``HH:MM`` on
    the event's first day; nothing means the real time."""
    if text is None:
        return utcnow()
    cleaned = text.strip()
    try:
        if len(cleaned) <= 5 and ":" in cleaned:
            hours, minutes = (int(part) for part in cleaned.split(":"))
            return at_local(event.starts_on, hours, minutes, event.timezone)
        moment = dt.datetime.fromisoformat(cleaned)
    except ValueError as exc:
        raise CatchDeskError(
            f"'{text}' is not a time; write HH:MM or 2026-11-26T10:05:00+01:00."
        ) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(event.timezone))
    return moment


def refused(exc: CoachingRefused, as_json: bool, key: str = "booking") -> int:
    """A rule said no: the sentence on stderr, and the reason on stdout for ``--json``."""
    if as_json:
        emit_json({key: None, "refusal": exc.to_dict()})
    print(f"catchdesk: {exc}", file=sys.stderr)
    return exc.exit_code


def person_dict(session: StoreSession, event: Event, attendee: Attendee) -> dict[str, Any]:
    arrival = first_checkins(session, event.id, [attendee.id]).get(attendee.id)
    return attendee_dict(attendee, event, arrival)


def describe(info: BookingInfo, event: Event) -> str:
    """One line a desk volunteer reads aloud: who, with whom, when, where, about what."""
    topic = f", {info.topic}" if info.topic else ""
    place = f" ({info.place})" if info.place else ""
    return (
        f"{info.attendee_name} with {info.coach}{place}, "
        f"{span(info.starts_at, info.ends_at, event)}{topic} — booking {short_id(info.id)}"
    )


def _say_offer(offer: Offer | None, event: Event) -> None:
    if offer is None:
        return
    if offer.booking is not None:
        say(f"→ The freed slot went to the waitlist: {describe(offer.booking, event)}.")
    else:
        say("→ The freed slot is free again (nobody on the waitlist fits).")


def book(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    desk = desk_name(store, args)
    now = parse_moment(args.now, event)
    try:
        with store.write() as session:
            attendee = find_attendee(session, event, args.attendee)
            coach_id = find_coach(session, event, args.coach).id if args.coach else None
            slot_id = find_slot(session, event, args.slot) if args.slot else None
            info = book_slot(
                session,
                event,
                attendee.id,
                slot_id=slot_id,
                coach_id=coach_id,
                topic=args.topic,
                language=args.language,
                now=now,
                booked_by=desk,
            )
            document = {
                "booking": {
                    **info.to_dict(event),
                    "attendee": person_dict(session, event, attendee),
                }
            }
    except CoachingRefused as exc:
        return refused(exc, args.json)
    if args.json:
        emit_json(document)
    else:
        say(f"✔ Booked: {describe(info, event)}.")
    return 0


def bookings(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    with store.read() as session:
        attendee_id = find_attendee(session, event, args.attendee).id if args.attendee else None
        coach_id = find_coach(session, event, args.coach).id if args.coach else None
        found = bookings_info(session, event, attendee_id=attendee_id, coach_id=coach_id)
    if args.json:
        emit_json([b.to_dict(event) for b in found])
        return 0
    table(
        [
            [
                short_id(b.id),
                span(b.starts_at, b.ends_at, event),
                b.coach,
                b.place,
                b.attendee_name,
                b.topic,
                status_label(b.status),
            ]
            for b in found
        ],
        ["BOOKING", "TIME", "COACH", "PLACE", "ATTENDEE", "TOPIC", "STATUS"],
    )
    say(f"{len(found)} booking(s).")
    return 0


def change(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    now = parse_moment(args.now, event)
    note = getattr(args, "note", "")
    try:
        with store.write() as session:
            booking_id = find_booking(session, event, args.booking)
            if args.change == "cancel":
                result = cancel_booking(session, event, booking_id, note=note, now=now)
            elif args.change == "arrive":
                result = mark_arrived(session, event, booking_id, now=now)
            elif args.change == "done":
                result = mark_done(session, event, booking_id, note=note, now=now)
            else:
                result = mark_no_show(session, event, booking_id, now=now)
            document = result.to_dict(event)
    except CoachingRefused as exc:
        return refused(exc, args.json)
    if args.json:
        emit_json(document)
        return 0
    label = status_label(result.booking.status)
    say(f"✔ {label.capitalize()}: {describe(result.booking, event)}.")
    _say_offer(result.offer, event)
    return 0


def rebook(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    desk = desk_name(store, args)
    now = parse_moment(args.now, event)
    try:
        with store.write() as session:
            booking_id = find_booking(session, event, args.booking)
            coach_id = find_coach(session, event, args.coach).id if args.coach else None
            slot_id = find_slot(session, event, args.slot) if args.slot else None
            result = rebook_booking(
                session,
                event,
                booking_id,
                slot_id=slot_id,
                coach_id=coach_id,
                topic=args.topic,
                language=args.language,
                now=now,
                booked_by=desk,
            )
            document = result.to_dict(event)
    except CoachingRefused as exc:
        return refused(exc, args.json)
    if args.json:
        emit_json(document)
        return 0
    say(f"✔ Rebooked: {describe(result.booking, event)}.")
    say(f"  (was {hhmm(result.cancelled.starts_at, event)} with {result.cancelled.coach})")
    _say_offer(result.offer, event)
    return 0


def waitlist_command(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    now = parse_moment(args.now, event)
    if args.join and args.leave:
        raise CatchDeskError("Give --join or --leave, not both.")
    if args.join and not args.topic:
        raise CatchDeskError("Give the --topic the person is waiting for.")
    try:
        with store.write() as session:
            if args.join:
                attendee = find_attendee(session, event, args.join)
                entry = join_waitlist(
                    session, event, attendee.id, args.topic, language=args.language, now=now
                )
                document: Any = {"entry": entry.to_dict(event)}
            elif args.leave:
                entry = leave_waitlist(
                    session, event, _entry_id(session, event, args.leave), now=now
                )
                document = {"entry": entry.to_dict(event)}
            else:
                entries = waitlist(session, event, topic=args.topic)
                document = [e.to_dict(event) for e in entries]
    except CoachingRefused as exc:
        return refused(exc, args.json, key="entry")
    if args.json:
        emit_json(document)
    elif args.join or args.leave:
        done = "Waiting" if args.join else "Left the waitlist"
        say(f"✔ {done}: {entry.attendee_name} for {entry.topic} (entry {short_id(entry.id)}).")
    else:
        table(
            [
                [
                    str(e["position"]),
                    short_id(e["id"]),
                    e["topic"],
                    e["language"],
                    e["attendee_name"],
                    str(e["joined_at"])[11:16],
                ]
                for e in document
            ],
            ["#", "ENTRY", "TOPIC", "LANG", "ATTENDEE", "SINCE"],
        )
        say(f"{len(document)} waiting.")
    return 0


def _entry_id(session: StoreSession, event: Event, selector: str) -> str:
    return find_id(session, WaitlistEntry, event, selector, "waitlist entry")
