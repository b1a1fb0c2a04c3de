"""What every command needs: the store, the event, the desk name, and printing."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from catchdesk.core.events import select_event
from catchdesk.core.models import Event
from catchdesk.core.store import Store, open_store


def open_from_args(args: argparse.Namespace) -> Store:
    return open_store(args.db, desk=getattr(args, "desk", None))


def event_from_args(store: Store, args: argparse.Namespace) -> Event:
    with store.read() as session:
        return select_event(session, args.event)


def desk_name(store: Store, args: argparse.Namespace) -> str:
    return getattr(args, "desk", None) or os.environ.get("CATCHDESK_DESK") or store.device_name


def emit_json(document: Any) -> None:
    """One JSON document on one line, flushed so a reading process sees it at once."""
    sys.stdout.write(json.dumps(document, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def say(text: str = "") -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def table(rows: list[list[str]], headers: list[str]) -> None:
    """A plain aligned text table for humans at a terminal."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    say(line.rstrip())
    say("  ".join("-" * w for w in widths))
    for row in rows:
        say("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
