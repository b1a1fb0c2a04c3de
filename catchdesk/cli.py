"""Door 1: the command line (DESIGN.md §7), for headless work, automation, tests and benchmarks.

The parser lives here; each command's body lives in :mod:`catchdesk.commands` and is imported
only when that command runs, so ``checkin`` starts without loading spreadsheet readers.
Every command takes ``--db`` and ``--event``; ``--json`` prints snake_case JSON. Failures a
user can cause are :class:`~catchdesk.core.errors.CatchDeskError` and come out as one sentence
on stderr with a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from collections.abc import Sequence

from catchdesk import __version__
from catchdesk.commands.coaching_parsers import add_coaching_parsers
from catchdesk.commands.sync_parsers import add_sync_parsers
from catchdesk.core.errors import CatchDeskError


def _common(*, lang: bool = True) -> argparse.ArgumentParser:
    """Options every sub-command accepts, before or after its name.

    ``lang=False`` leaves out ``--lang`` for a command whose ``--lang`` means something else
    (the language of the certificates); argparse refuses two options of the same name.
    """
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="PATH_OR_URL",
        help="store file or SQLAlchemy URL (default: $CATCHDESK_DB or the user data folder)",
    )
    common.add_argument(
        "--event", default=argparse.SUPPRESS, metavar="ID", help="event id, id prefix or name"
    )
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    if lang:
        common.add_argument(
            "--lang",
            choices=("fr", "en", "nl"),
            default=argparse.SUPPRESS,
            help="language of messages (default: from the environment, else French)",
        )
    return common


Commands = argparse._SubParsersAction  # what ``add_subparsers`` returns (no public name)


def _top_parser() -> tuple[argparse.ArgumentParser, Commands, argparse.ArgumentParser]:
    """The program's own parser with only the ``gui`` command: (parser, commands, common)."""
    common = _common()
    parser = argparse.ArgumentParser(
        prog="catchdesk",
        description="CatchDesk: check-in, workshops, coaching, badges and certificates.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"catchdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", parents=[common], help="open the desk window (the default)")
    gui.add_argument(
        "--smoke", action="store_true", help="open, wait for the scan field's focus, print the time"
    )
    gui.add_argument("--desk", default=None, help="desk name (default: settings or host)")
    gui.set_defaults(func="gui:gui")
    return parser, sub, common


VALUE_OPTIONS = frozenset({"--db", "--event", "--lang"})
"""The common options that take a value, so the command's name is not mistaken for one."""


def _opens_the_window(argv: Sequence[str]) -> bool:
    """True when ``argv`` runs the desk window and asks for neither help nor the version."""
    tokens = iter(argv)
    for token in tokens:
        if token in ("-h", "--help", "--version"):
            return False
        if token in VALUE_OPTIONS:
            next(tokens, None)
        elif not token.startswith("-"):
            return token == "gui" and not any(t in ("-h", "--help") for t in tokens)
    return True


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of ``gui`` alone when ``argv`` opens the window.

    Building the forty-odd command parsers takes ~12 ms: for the desk window that is time
    the desk staff wait for the scan field, and the window needs none of them.
    """
    parser, sub, common = _top_parser()
    if argv is not None and _opens_the_window(argv):
        return parser

    demo = sub.add_parser("demo", parents=[common], help="create (or reuse) the demo event")
    demo.add_argument("--attendees", type=int, default=900, metavar="N")
    demo.add_argument("--seed", type=int, default=2026, metavar="S")
    demo.add_argument("--date", default=None, help="day of the demo event (default: today)")
    demo.add_argument("--no-gui", action="store_true", help="only create it and print a summary")
    demo.set_defaults(func="preparation:demo")

    event = sub.add_parser("event", parents=[common], help="create or list events")
    event_sub = event.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    new = event_sub.add_parser("new", parents=[common], help="create an event")
    new.add_argument("--name", required=True)
    new.add_argument("--date", required=True, help="YYYY-MM-DD")
    new.add_argument("--end-date", default=None, help="last day, for events of several days")
    new.add_argument("--venue", default="")
    new.add_argument("--organiser", default="")
    new.add_argument("--timezone", default="Europe/Brussels")
    new.set_defaults(func="events:event_new")
    listing = event_sub.add_parser("list", parents=[common], help="list events")
    listing.set_defaults(func="events:event_list")
    settings = event_sub.add_parser(
        "set", parents=[common], help="organiser, certificate texts, signature, logo"
    )
    settings.add_argument("--organiser", default=None)
    settings.add_argument("--venue", default=None)
    for language in ("fr", "nl", "en"):
        settings.add_argument(
            f"--certificate-text-{language}",
            default=None,
            metavar="TEXT",
            help=f"the organiser's own paragraph on {language} certificates",
        )
    settings.add_argument("--signatory-name", default=None)
    settings.add_argument("--signatory-role", default=None)
    settings.add_argument("--signature-image", default=None, metavar="FILE.png")
    settings.add_argument("--logo", default=None, metavar="FILE.png")
    settings.set_defaults(func="certificates:event_set")

    imp = sub.add_parser("import", parents=[common], help="import registrations (CSV or XLSX)")
    imp.add_argument("file")
    imp.add_argument("--preset", default="auto", help="auto, eventbrite, pretix or catchdesk")
    imp.add_argument(
        "--map",
        dest="mapping",
        default=None,
        metavar="FIELD=COLUMN,…",
        help='explicit columns, e.g. "first_name=Prénom,email=Courriel"',
    )
    imp.add_argument("--sheet", default=None, help="XLSX sheet name (default: the first)")
    imp.add_argument("--dry-run", action="store_true", help="report what would happen only")
    imp.add_argument(
        "--allow-partial",
        action="store_true",
        help="import the good rows even if some are rejected (default: all or nothing)",
    )
    imp.set_defaults(func="preparation:import_command")

    att = sub.add_parser("attendees", parents=[common], help="list attendees")
    att.add_argument("--checked-in", action="store_true", help="only those who came")
    att.add_argument("--absent", action="store_true", help="only those not checked in")
    att.set_defaults(func="attendance:attendees")

    chk = sub.add_parser("checkin", parents=[common], help="check a scan in (exit 0 if admitted)")
    chk.add_argument("scan", nargs="?", help="the scanned text (omit with --stdin)")
    chk.add_argument("--stdin", action="store_true", help="one scan per line, one verdict each")
    chk.add_argument("--workshop", default=None, metavar="ID", help="door mode for a workshop")
    chk.add_argument("--desk", default=None, help="desk name (default: $CATCHDESK_DESK or host)")
    chk.set_defaults(func="attendance:checkin")

    undo = sub.add_parser("undo", parents=[common], help="undo this desk's last check-in")
    undo.add_argument("--desk", default=None)
    undo.set_defaults(func="attendance:undo")

    search = sub.add_parser("search", parents=[common], help="find attendees by name")
    search.add_argument("text", nargs="+")
    search.add_argument("--limit", type=int, default=20)
    search.set_defaults(func="attendance:search")

    workshops = sub.add_parser("workshops", parents=[common], help="list workshops and rooms")
    workshops.set_defaults(func="attendance:workshops")

    stats = sub.add_parser("stats", parents=[common], help="counts of the event")
    stats.set_defaults(func="overview:stats")

    add_coaching_parsers(sub, common)
    add_sync_parsers(sub, common)

    export_cmd = sub.add_parser(
        "export", parents=[common], help="the figures or the attendee list as CSV or XLSX"
    )
    export_cmd.add_argument("what", choices=("attendees", "figures"))
    export_cmd.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx")
    export_cmd.add_argument(
        "--delimiter",
        choices=("semicolon", "comma", "tab"),
        default="semicolon",
        help="CSV only; the semicolon (default) is what Excel expects on a Belgian computer",
    )
    export_cmd.set_defaults(func="reports:export")

    summary_cmd = sub.add_parser("summary", parents=[common], help="the one-page summary PDF")
    summary_cmd.add_argument("--out", required=True, metavar="FILE.pdf")
    summary_cmd.set_defaults(func="reports:summary")

    badges = sub.add_parser("badges", parents=[common], help="badge sheets as PDF")
    badges.add_argument("--out", required=True, metavar="FILE.pdf")
    badges.add_argument(
        "--attendee", nargs="+", default=None, metavar="CODE", help="only these attendees"
    )
    badges.add_argument("--layout", default="a4-8", help="a4-8 (default) or label-62mm")
    badges.add_argument("--unprinted", action="store_true", help="only badges never printed")
    badges.add_argument("--role", default=None, help="only this role (participant, coach…)")
    badges.add_argument(
        "--no-log", action="store_true", help="a preview: do not record the badges as printed"
    )
    badges.set_defaults(func="badges:badges")

    paper = sub.add_parser(
        "coaching-paper", parents=[common], help="coaching slips, coach schedules, overview (PDF)"
    )
    paper_sub = paper.add_subparsers(dest="paper_command", metavar="WHAT", required=True)
    slip = paper_sub.add_parser("slip", parents=[common], help="a booking slip for the attendee")
    slip.add_argument("booking", metavar="BOOKING_ID_OR_ATTENDEE_CODE")
    slip.add_argument(
        "--size",
        choices=("receipt", "label"),
        default="receipt",
        help="80 mm receipt roll (default) or the 62 mm label roll",
    )
    slip.set_defaults(func="coaching_paper:slip")
    schedule = paper_sub.add_parser("schedule", parents=[common], help="each coach's day on A4")
    schedule.add_argument(
        "--coach",
        nargs="+",
        action="extend",
        default=None,
        metavar="ID",
        help="only these coaches (id or name)",
    )
    schedule.set_defaults(func="coaching_paper:schedule")
    overview = paper_sub.add_parser("overview", parents=[common], help="all coaches, landscape")
    overview.set_defaults(func="coaching_paper:overview")
    for printed in (slip, schedule, overview):
        printed.add_argument("--out", required=True, metavar="FILE.pdf")

    certs = sub.add_parser(
        "certificates",
        parents=[_common(lang=False)],
        help="certificates of attendance for those who came",
    )
    certs.add_argument("--out", required=True, metavar="PATH", help="FILE.pdf or a folder")
    certs.add_argument("--attendee", nargs="+", default=None, metavar="CODE")
    certs.add_argument(
        "--lang",
        dest="cert_lang",
        choices=("fr", "nl", "en"),
        default=None,
        help="write every certificate in this language (default: each attendee's own)",
    )
    certs.set_defaults(func="certificates:certificates")

    verify = sub.add_parser("verify", parents=[common], help="check a certificate code offline")
    verify.add_argument("code")
    verify.add_argument(
        "--public-key", default=None, metavar="FILE", help="verify with this key, no store"
    )
    verify.set_defaults(func="certificates:verify")

    keys = sub.add_parser("keys", parents=[common], help="the event's public key")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    export = keys_sub.add_parser("export-public", parents=[common], help="write the public key")
    export.add_argument("--out", default=None, metavar="FILE", help="default: print it")
    export.set_defaults(func="certificates:export_public_key")

    send = sub.add_parser(
        "send-certificates", parents=[common], help="e-mail certificates (resumable)"
    )
    send.add_argument("--attendee", nargs="+", default=None, metavar="CODE")
    send.add_argument("--dry-run", default=None, metavar="DIR", help="write .eml files instead")
    send.add_argument("--smtp-host", default=None)
    send.add_argument("--smtp-port", type=int, default=None)
    send.add_argument("--smtp-security", choices=("starttls", "tls", "none"), default=None)
    send.add_argument("--smtp-user", default=None)
    send.add_argument(
        "--password-env",
        default="CATCHDESK_SMTP_PASSWORD",
        metavar="VAR",
        help="environment variable holding the password (else asked)",
    )
    send.add_argument("--sender", default=None, metavar="ADDRESS", help="From: address")
    send.add_argument("--reply-to", default=None, metavar="ADDRESS")
    send.set_defaults(func="mailing:send_certificates")

    store = sub.add_parser("store", parents=[common], help="where the store is; check it")
    store_sub = store.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    info = store_sub.add_parser("info", parents=[common], help="path, device and schema")
    info.set_defaults(func="overview:store_info")
    check = store_sub.add_parser("check", parents=[common], help="integrity check")
    check.set_defaults(func="overview:store_check")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; with none, open the desk window (``--help`` still prints the help)."""
    started_at = time.perf_counter()  # the origin of ``gui --smoke``'s time to a usable desk
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(arguments).parse_args(arguments)
    args.started_at = started_at
    for name, default in (("db", None), ("event", None), ("json", False), ("lang", None)):
        if not hasattr(args, name):
            setattr(args, name, default)
    if args.lang:
        os.environ["CATCHDESK_LANG"] = args.lang
    if getattr(args, "func", None) is None:
        args.func, args.smoke, args.desk = "gui:gui", False, None
    module_name, _, function_name = args.func.partition(":")
    try:
        module = importlib.import_module(f"catchdesk.commands.{module_name}")
        return int(getattr(module, function_name)(args) or 0)
    except CatchDeskError as exc:
        print(f"catchdesk: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("catchdesk: interrupted; everything shown as done was saved.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
