"""The ``badges`` command: badge sheets as one PDF, and the print log."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from pathlib import Path

from catchdesk.commands.common import desk_name, emit_json, event_from_args, open_from_args, say
from catchdesk.core.badges import BadgeData, badge_attendees, record_prints
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.jobs import Progress
from catchdesk.documents.badge_layouts import get_layout
from catchdesk.documents.badges import render_badges

PROGRESS_FROM = 200  # smaller runs finish before a progress line would be read


def _check_destination(out: Path) -> None:
    """Refuse a path the PDF cannot go to before any work is done, in one sentence."""
    if out.is_dir():
        raise CatchDeskError(f"{out} is a folder; give a file name such as {out / 'badges.pdf'}.")
    folder = out.parent
    if not folder.is_dir():
        raise CatchDeskError(f"The folder {folder} does not exist; create it or choose another.")
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise CatchDeskError(f"CatchDesk cannot write {out} (no permission); choose another file.")


def write_pdf_atomically(
    out: Path,
    people: list[BadgeData],
    event_name: str,
    layout: str,
    progress: Progress | None = None,
) -> None:
    """Render into a hidden file beside ``out``, then rename it: never half a PDF at ``out``.

    A full disk, a cancel or a crash leaves the previous file (if any) as it was.
    """
    handle, temporary = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    try:
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; a PDF is not
        with os.fdopen(handle, "wb") as stream:
            render_badges(people, event_name, layout, stream, progress=progress)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, out)
    except OSError as exc:
        raise CatchDeskError(f"CatchDesk could not write {out}: {exc.strerror or exc}.") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _stderr_progress(total: int) -> Progress | None:
    if total < PROGRESS_FROM or not sys.stderr.isatty():
        return None

    def report(done: int, count: int) -> None:
        end = "\n" if done >= count else ""
        sys.stderr.write(f"\rBadges: {done}/{count}{end}")
        sys.stderr.flush()

    return report


def badges(args: argparse.Namespace) -> int:
    layout = get_layout(args.layout)
    out = Path(args.out).expanduser().resolve()
    _check_destination(out)
    store = open_from_args(args)
    event = event_from_args(store, args)
    with store.read() as session:
        people = badge_attendees(
            session, event, codes=args.attendee, role=args.role, unprinted_only=args.unprinted
        )
        data = [BadgeData.from_attendee(person) for person in people]
        ids = [person.id for person in people]
    if not data:
        why = "every badge was printed already" if args.unprinted else "nobody matches"
        if args.json:
            emit_json({"file": None, "layout": layout.name, "count": 0, "attendees": []})
        else:
            say(f"No badge to print: {why}; {out} was not written.")
        return 0
    write_pdf_atomically(out, data, event.name, layout.name, _stderr_progress(len(data)))
    logged = not args.no_log
    if logged:
        with store.write() as session:
            record_prints(session, event, ids, layout.name, str(out), desk_name(store, args))
    if args.json:
        emit_json(
            {
                "file": str(out),
                "layout": layout.name,
                "count": len(data),
                "attendees": [person.code for person in data],
                "logged": logged,
            }
        )
    else:
        noun = "badge" if len(data) == 1 else "badges"
        say(f"Wrote {len(data)} {noun} to {out} ({layout.name})")
    return 0
