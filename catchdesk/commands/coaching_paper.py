"""The ``coaching-paper`` command: booking slips, coaches' day schedules and the desk overview."""

from __future__ import annotations

import argparse
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from catchdesk.commands.common import emit_json, event_from_args, open_from_args, say
from catchdesk.core.coaching_paper import CoachingPaper, booking_slips, coaching_paper
from catchdesk.core.errors import CatchDeskError, NotFoundError
from catchdesk.core.i18n import default_language
from catchdesk.documents.certificate_files import write_atomically


def _destination(text: str) -> Path:
    """The PDF's path, refused in one sentence before any work when it cannot be written."""
    out = Path(text).expanduser().absolute()
    if out.is_dir():
        raise CatchDeskError(f"{out} is a folder; give a file name such as {out / 'coaching.pdf'}.")
    folder = out.parent
    if not folder.is_dir():
        raise CatchDeskError(f"The folder {folder} does not exist; create it or choose another.")
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise CatchDeskError(f"CatchDesk cannot write {out} (no permission); choose another file.")
    return out


def _write(out: Path, render: Callable[[BinaryIO], int]) -> int:
    """Render in memory, then replace ``out`` at once: never half a PDF on the printer's queue."""
    buffer = io.BytesIO()
    pages = render(buffer)
    try:
        write_atomically(out, buffer.getvalue())
    except OSError as exc:
        raise CatchDeskError(f"CatchDesk could not write {out}: {exc.strerror or exc}.") from exc
    return pages


def _report(args: argparse.Namespace, out: Path, pages: int, sentence: str) -> int:
    if args.json:
        emit_json({"path": str(out), "pages": pages})
    else:
        say(sentence)
    return 0


def _paper(args: argparse.Namespace, coaches: list[str] | None) -> CoachingPaper:
    store = open_from_args(args)
    event = event_from_args(store, args)
    with store.read() as session:
        paper = coaching_paper(session, event, coaches)
    if not paper.coaches:
        raise NotFoundError(
            "This event has no coach with slots yet; add coaches and their slots first."
        )
    return paper


def slip(args: argparse.Namespace) -> int:
    from catchdesk.documents.coaching_slips import get_size, render_slips

    size = get_size(args.size)
    out = _destination(args.out)
    store = open_from_args(args)
    event = event_from_args(store, args)
    with store.read() as session:
        slips = booking_slips(session, event, args.booking)
    pages = _write(out, lambda stream: render_slips(slips, stream, size, args.lang))
    noun = "slip" if len(slips) == 1 else "slips"
    return _report(args, out, pages, f"Wrote {len(slips)} {noun} ({size.name}) to {out}")


def schedule(args: argparse.Namespace) -> int:
    from catchdesk.documents.coach_schedules import render_schedules

    out = _destination(args.out)
    paper = _paper(args, args.coach)
    language = args.lang or default_language()
    pages = _write(out, lambda stream: render_schedules(paper, stream, language))
    coaches = len({day.coach_id for day in paper.coaches})
    noun = "coach" if coaches == 1 else "coaches"
    return _report(
        args, out, pages, f"Wrote the schedules of {coaches} {noun} ({pages} pages) to {out}"
    )


def overview(args: argparse.Namespace) -> int:
    from catchdesk.documents.coaching_overview import render_overview

    out = _destination(args.out)
    paper = _paper(args, None)
    language = args.lang or default_language()
    pages = _write(out, lambda stream: render_overview(paper, stream, language))
    return _report(args, out, pages, f"Wrote the coaching overview ({pages} pages) to {out}")
