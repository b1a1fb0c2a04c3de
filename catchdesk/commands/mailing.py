"""``send-certificates``: e-mail every attendee who came their certificate, resumably.

The command only gathers what the core needs (who, which server, the password) and prints
the outcome; :func:`catchdesk.core.mailing.send_certificates` does the work the GUI will call
too. Ctrl-C asks the batch to stop after the message in flight (a second Ctrl-C stops at once),
so an interrupted run still says who got their certificate.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

from catchdesk.commands.common import emit_json, event_from_args, open_from_args, say
from catchdesk.core.certificate_mail import (
    refresh_certificate_versions,
    render_certificate_mail,
)
from catchdesk.core.certificates import find_recipients
from catchdesk.core.mailing import (
    ALREADY_SENT,
    DRY_RUN,
    FAILED,
    SENT,
    SKIPPED,
    LeftOutPerson,
    MailingStopped,
    SendingCancelled,
    SendOutcome,
    SendReport,
)
from catchdesk.core.mailing import send_certificates as send_batch
from catchdesk.core.models import Event
from catchdesk.core.smtp_settings import SmtpSettings, remember_smtp_settings, resolve_smtp_settings
from catchdesk.core.store import Store

BIG_BATCH = 50
LIST_LIMIT = 20


def _password_source(variable: str, settings: SmtpSettings) -> Callable[[], str | None]:
    """The password from ``$variable``, else asked on the terminal; only when first needed."""

    def obtain() -> str | None:
        value = os.environ.get(variable)
        if value:
            return value
        if not sys.stdin.isatty():
            return None
        return getpass.getpass(f"Password of {settings.user} on {settings.host}: ")

    return obtain


def _progress_line(quiet: bool) -> Callable[[int, int], None] | None:
    """``Sending: 120/900`` on stderr: redrawn on a terminal, every tenth in a log file."""
    if quiet:
        return None
    terminal = sys.stderr.isatty()
    last = [-1]

    def show(done: int, total: int) -> None:
        if terminal:
            sys.stderr.write(f"\rSending certificates: {done}/{total}")
            if done == total:
                sys.stderr.write("\n")
        elif total >= BIG_BATCH and (done * 10 // total != last[0] or done == total):
            last[0] = done * 10 // total
            sys.stderr.write(f"Sending certificates: {done}/{total}\n")
        sys.stderr.flush()

    return show


@contextlib.contextmanager
def _ctrl_c_stops_softly() -> Iterator[Callable[[], bool]]:
    """First Ctrl-C: stop after the current message. Second: stop at once."""
    requested = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield requested.is_set
        return

    def on_interrupt(signum: int, frame: FrameType | None) -> None:
        if requested.is_set():
            raise KeyboardInterrupt
        requested.set()
        sys.stderr.write("\nStopping after the current message (Ctrl-C again to stop now)…\n")

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield requested.is_set
    finally:
        signal.signal(signal.SIGINT, previous)


def _line(outcome: SendOutcome) -> str:
    address = f" <{outcome.email}>" if outcome.email else ""
    return f"  {outcome.code}  {outcome.name}{address} — {outcome.detail}"


def _print_report(report: SendReport, folder: Path | None) -> None:
    counts = report.counts()
    if report.dry_run:
        say(
            f"Wrote {counts[DRY_RUN]} message(s) as .eml files in {folder}; nothing was sent "
            f"({counts[ALREADY_SENT]} already sent before, {counts[FAILED]} failed, "
            f"{counts[SKIPPED]} skipped)."
        )
    else:
        say(
            f"Sent {counts[SENT]} certificate(s) by e-mail; {counts[FAILED]} failed, "
            f"{counts[ALREADY_SENT]} already sent before, {counts[SKIPPED]} skipped."
        )
    failed = report.of(FAILED)
    if failed:
        say(f"Failed ({len(failed)}):")
        for outcome in failed:
            say(_line(outcome))
    skipped = report.of(SKIPPED)
    if skipped:
        say(f"Skipped ({len(skipped)}):")
        if len(skipped) <= LIST_LIMIT:
            for outcome in skipped:
                say(_line(outcome))
        else:  # a whole event's no-shows: counts by reason; --json lists every one
            for reason, count in Counter(o.detail for o in skipped).most_common():
                say(f"  {count} × {reason}")
    if counts["remaining"]:
        say(f"Not handled yet: {counts['remaining']}; run the command again to go on.")
    elif counts[FAILED] and not report.dry_run:
        say("Run the command again to retry the failed ones once their addresses are fixed.")


def _remember(store: Store, event: Event, settings: SmtpSettings, report: SendReport) -> None:
    """Settings that reached the server become the event's defaults (never the password)."""
    if report.connected:
        with store.write() as session:
            remember_smtp_settings(session, event, settings)


def send_certificates(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    settings = resolve_smtp_settings(
        event,
        host=args.smtp_host,
        port=args.smtp_port,
        security=args.smtp_security,
        user=args.smtp_user,
        sender=args.sender,
        reply_to=args.reply_to,
    )
    with store.read() as session:
        current = session.get(Event, event.id)
        assert current is not None
        chosen = find_recipients(session, current, args.attendee)
    left_out = [
        LeftOutPerson(item.code, item.name, item.message, item.attendee_id)
        for item in chosen.left_out
    ]
    folder = Path(args.dry_run).expanduser().absolute() if args.dry_run else None
    with _ctrl_c_stops_softly() as cancelled:
        try:
            report = send_batch(
                store,
                event.id,
                chosen.attendees,
                render=render_certificate_mail,
                refresh=refresh_certificate_versions,
                settings=settings,
                password=_password_source(args.password_env, settings),
                left_out=left_out,
                dry_run_dir=folder,
                progress=_progress_line(args.json),
                cancelled=cancelled,
            )
        except (MailingStopped, SendingCancelled) as exc:
            _remember(store, event, settings, exc.report)
            _emit(exc.report, folder, args.json)
            raise
    _remember(store, event, settings, report)
    _emit(report, folder, args.json)
    return 0 if not report.of(FAILED) else 1


def _emit(report: SendReport, folder: Path | None, as_json: bool) -> None:
    if as_json:
        document = report.to_dict()
        document["folder"] = str(folder) if folder else None
        emit_json(document)
    else:
        _print_report(report, folder)
