"""``catchdesk sync …``: bundles, the hub, joining an event, status and conflicts."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import signal
import sys
import time
from types import FrameType

from catchdesk.commands.common import emit_json, event_from_args, open_from_args, say, table
from catchdesk.commands.sync_parsers import PROMPT
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.models import CoachSlot, Event
from catchdesk.core.sync.bundles import export_bundle, import_bundle, join_from_bundle
from catchdesk.core.sync.conflicts import ConflictView, list_conflicts, settle_conflict
from catchdesk.core.sync.digest import data_digest
from catchdesk.core.sync.hub import Hub
from catchdesk.core.sync.joining import join_from_hub, join_pending, publish_event
from catchdesk.core.sync.rounds import SyncStatus, local_status, run_loop
from catchdesk.core.timeutil import local_iso

PASSPHRASE_ENV = "CATCHDESK_SYNC_PASSPHRASE"


def _passphrase(args: argparse.Namespace) -> str | None:
    given = getattr(args, "passphrase", None)
    if given != PROMPT:
        return given
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise CatchDeskError(
            f"Give the passphrase after --passphrase or in ${PASSPHRASE_ENV}; "
            "there is no terminal to ask it."
        )
    return getpass.getpass("Join passphrase: ")


def export(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    passphrase = _passphrase(args)
    with store.read() as session:
        info = export_bundle(
            session, session.get(Event, event.id), args.file, passphrase=passphrase
        )
    document = {
        "file": str(info.path),
        "event_id": info.event_id,
        "entries": info.entries,
        "bytes": info.size,
        "joinable": info.joinable,
    }
    if args.json:
        emit_json(document)
    else:
        joinable = " (a new laptop can join from it with the passphrase)" if info.joinable else ""
        say(f"Wrote {info.entries} entries of {event.name} to {info.path}{joinable}.")
    return 0


def import_command(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    selected = event_from_args(store, args) if args.event else None
    with store.write() as session:
        event = session.get(Event, selected.id) if selected else None
        result = import_bundle(session, args.file, event=event)
    document = {
        "file": args.file,
        "received": result.received,
        "new": result.new,
        "conflicts_raised": result.conflicts_raised,
    }
    if args.json:
        emit_json(document)
    else:
        say(
            f"Merged {result.new} new of {result.received} entries from {args.file}"
            + (f"; {result.conflicts_raised} new conflict(s): see 'catchdesk sync conflicts'."
               if result.conflicts_raised else ".")
        )  # fmt: skip
    return 0


class _Stopper:
    """Stops the loop at Ctrl-C or SIGTERM between two rounds, never inside one."""

    def __init__(self) -> None:
        self.stop = False
        signal.signal(signal.SIGTERM, self._handle)

    def _handle(self, _signum: int, _frame: FrameType | None) -> None:
        self.stop = True


def _describe(status: SyncStatus) -> str:
    if not status.online:
        return f"offline: {status.last_error} ({status.waiting_entries} entries waiting)"
    parts = [f"online: pushed {status.pushed}, pulled {status.pulled}"]
    if status.waiting_entries:
        parts.append(f"{status.waiting_entries} waiting")
    if status.conflicts_raised:
        parts.append(f"{status.conflicts_raised} new conflict(s)")
    return ", ".join(parts) + "."


def hub(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    client = Hub(args.url)
    passphrase = _passphrase(args)
    if passphrase:
        publish_event(store, event.id, client, passphrase)
        say(f"Published {event.name} on the hub: new laptops join with the passphrase.")
    stopper = _Stopper()
    last: list[tuple[bool, str]] = []

    def report(status: SyncStatus) -> None:
        state = (status.online, status.last_error)
        busy = status.pushed or status.pulled or status.conflicts_raised
        if args.json:
            if args.once or busy or not last or last[-1] != state:
                emit_json(status.to_dict(event))
        elif args.once or busy or not last or last[-1] != state:
            say(f"{time.strftime('%H:%M:%S')} {_describe(status)}")
        last[:] = [state]

    try:
        status = run_loop(
            store,
            event.id,
            client,
            interval=max(0.1, args.interval),
            once=args.once,
            on_status=report,
            should_stop=lambda: stopper.stop,
        )
    except KeyboardInterrupt:
        say("Stopped; everything merged so far is saved.")
        return 0
    finally:
        client.close()
    return 0 if status.online else 6


def _join_progress(done: int, total: int) -> None:
    """A progress line on a terminal (a long join of a big event should not look stuck)."""
    if sys.stderr.isatty() and total:
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\rJoining: {done:,} of {total:,} entries{end}")
        sys.stderr.flush()


def join(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    passphrase = _passphrase(args)
    started = time.perf_counter()
    if "://" in args.source:
        client = Hub(args.source)
        try:
            event, result = join_from_hub(
                store, client, args.event, passphrase, progress=_join_progress
            )
        finally:
            client.close()
    else:
        with store.write() as session:
            event, result = join_from_bundle(session, args.source, passphrase)
    seconds = time.perf_counter() - started
    if args.json:
        emit_json(
            {
                "event_id": event.id,
                "name": event.name,
                "entries": result.new,
                "seconds": round(seconds, 2),
            }
        )
    else:
        say(f"Joined {event.name}: {result.new} entries in {seconds:.1f} s; ready to scan.")
    return 0


def status(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    current = local_status(store, event.id)
    document = current.to_dict(event)
    document["device_id"] = store.device_id
    document["desk"] = store.device_name
    with store.read() as session:
        document["join_pending"] = join_pending(session, event.id)
        if args.digest:
            document["digest"] = data_digest(session, session.get(Event, event.id))
    if args.json:
        emit_json(document)
        return 0
    say(f"Hub: {current.hub or 'never synced with a hub'}")
    say(f"State: {'online' if current.online else 'offline'}")
    if current.last_error:
        say(f"Last error: {current.last_error}")
    say(f"Last sync: {document['last_sync_at'] or 'never'}")
    say(f"Entries waiting for the hub: {current.waiting_entries}")
    say(f"Open conflicts: {current.conflicts_open}")
    if document["join_pending"]:
        say("The join of this event is not finished: run 'catchdesk sync join URL' again.")
    if args.digest:
        say(f"Digest: {document['digest']}")
    return 0


def _slot_text(view: ConflictView, event: Event) -> str:
    if not view.slot:
        return ""
    starts = view.slot.get("starts_at")
    when = local_iso(dt.datetime.fromisoformat(starts), event.timezone) if starts else None
    return f"{view.slot.get('coach', '?')} {(when or '?')[11:16]}"


def conflicts(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    with store.read() as session:
        language = getattr(args, "lang", None)
        views = list_conflicts(session, event, open_only=not args.all, language=language)
    if args.json:
        emit_json([v.to_dict(event) for v in views])
        return 0
    if not views:
        say("No open conflict." if not args.all else "No conflict.")
        return 0
    table(
        [
            [
                v.short_id,
                v.kind,
                v.attendee_code,
                _slot_text(v, event),
                "settled: " + v.choice if v.settled else "open",
                v.rule_decision,
            ]
            for v in views
        ],
        ["ID", "KIND", "ATTENDEE", "SLOT", "STATE", "RULE DECIDED"],
    )
    return 0


def settle(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    with store.write() as session:
        current = session.get(Event, event.id)
        assert current is not None
        slot_id = None
        if args.slot:
            from catchdesk.core.coaching.common import find_id

            slot_id = find_id(session, CoachSlot, current, args.slot, "slot")
        view = settle_conflict(
            session,
            current,
            args.conflict,
            args.choice,
            args.note,
            settled_by=store.device_name,
            checkin_id=args.checkin,
            slot_id=slot_id,
        )
        document = view.to_dict(current)
    if args.json:
        emit_json(document)
    else:
        say(f"Conflict {view.short_id} settled: {view.choice}.")
    return 0
