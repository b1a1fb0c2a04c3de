"""The ``sync`` command's parser: bundles, the hub, joining, status and conflicts."""

from __future__ import annotations

import argparse

PROMPT = "\0prompt"
"""``--passphrase`` given without a value: read it from the environment or ask for it."""


def _passphrase(parser: argparse.ArgumentParser, purpose: str) -> None:
    parser.add_argument(
        "--passphrase",
        nargs="?",
        const=PROMPT,
        default=None,
        metavar="PASSPHRASE",
        help=f"{purpose} (without a value: $CATCHDESK_SYNC_PASSPHRASE, else asked)",
    )


def add_sync_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    sync = sub.add_parser("sync", parents=[common], help="exchange journals with other desks")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    export = actions.add_parser("export", parents=[common], help="write a bundle file")
    export.add_argument("file")
    _passphrase(export, "also let a new laptop join the event with this passphrase")
    export.set_defaults(func="sync:export")

    imported = actions.add_parser("import", parents=[common], help="merge a bundle file")
    imported.add_argument("file")
    imported.set_defaults(func="sync:import_command")

    hub = actions.add_parser("hub", parents=[common], help="sync with a PostgreSQL hub")
    hub.add_argument("url", metavar="URL", help="postgresql+psycopg://user:password@host/db")
    hub.add_argument("--once", action="store_true", help="one push and pull, then exit")
    hub.add_argument(
        "--interval", type=float, default=1.0, metavar="S", help="seconds between rounds"
    )
    _passphrase(hub, "publish the event so new laptops can join from the hub")
    hub.set_defaults(func="sync:hub")

    join = actions.add_parser("join", parents=[common], help="copy an event from a hub or bundle")
    join.add_argument("source", metavar="URL|FILE")
    _passphrase(join, "the event's join passphrase")
    join.set_defaults(func="sync:join")

    status = actions.add_parser("status", parents=[common], help="online, last sync, waiting")
    status.add_argument(
        "--digest", action="store_true", help="also a digest of the event's synced data"
    )
    status.set_defaults(func="sync:status")

    conflicts = actions.add_parser("conflicts", parents=[common], help="what collided")
    conflicts.add_argument("--all", action="store_true", help="settled ones too")
    conflicts.set_defaults(func="sync:conflicts")

    settle = actions.add_parser("settle", parents=[common], help="settle a conflict")
    settle.add_argument("conflict", metavar="ID")
    settle.add_argument(
        "--choice",
        required=True,
        help="keep_both or revoke_one; rebooked or cancelled; acknowledged",
    )
    settle.add_argument("--note", default="")
    settle.add_argument("--checkin", default=None, metavar="ID", help="revoke_one: which one")
    settle.add_argument("--slot", default=None, metavar="ID", help="rebooked: into which slot")
    settle.set_defaults(func="sync:settle")
