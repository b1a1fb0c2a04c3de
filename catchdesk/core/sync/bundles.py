"""Bundle files: an event's journal on a USB stick, sealed with the event's key.

A bundle holds every entry of the event that the exporting store knows (its own and those it
received), so whoever imports it gets everything the exporter had; importing it twice, or an
older bundle after a newer one, changes nothing. The layout::

    magic "CDBUNDLE" | version (1 byte) | flags (1 byte) | event id (16 bytes) | tag (2 bytes)
    | body length (8 bytes) | key box length (2 bytes) | key box | body

The body is the entries as JSON, zlib-compressed, then sealed (AES-GCM) with a key derived
from the event's ticket secret; the whole header is authenticated with it, so a changed event
id, tag or length is refused like a changed body. A *join bundle* (exported with a passphrase)
also carries a key box: the ticket secret sealed under the passphrase, which is how a laptop
that does not have the event yet can open the bundle and join (see :mod:`.crypto`).
"""

from __future__ import annotations

import json
import os
import struct
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.models import Event
from catchdesk.core.sync.apply import ApplyResult, apply_entries
from catchdesk.core.sync.crypto import (
    BUNDLE_PURPOSE,
    event_key,
    open_key_box,
    seal,
    seal_key_box,
    unseal,
)
from catchdesk.core.sync.entries import Entry, event_entries
from catchdesk.core.sync.errors import BundleRefused
from catchdesk.core.timeutil import utcnow

MAGIC = b"CDBUNDLE"
VERSION = 1
FLAG_JOIN = 0x01
_FIXED = struct.Struct(">8sBB16s2sQH")
FORMAT = 1


@dataclass(frozen=True)
class BundleHeader:
    event_id: str
    tag: str
    joinable: bool
    key_box: bytes
    body: bytes
    header: bytes


@dataclass(frozen=True)
class BundleInfo:
    """What an export wrote."""

    path: Path
    event_id: str
    entries: int
    size: int
    joinable: bool


def export_bundle(
    session: Session, event: Event, path: str | os.PathLike[str], *, passphrase: str | None = None
) -> BundleInfo:
    """Write every entry of ``event`` this store knows to ``path``; with a passphrase, a bundle
    a new laptop can join from. The file appears whole or not at all."""
    entries = [e.to_list() for e in event_entries(session, event.id)]
    document = {
        "format": FORMAT,
        "event_id": event.id,
        "device_id": session.info.get("device_id"),
        "exported_at": utcnow().isoformat(),
        "entries": entries,
    }
    plain = zlib.compress(json.dumps(document, separators=(",", ":")).encode("utf-8"), 6)
    key_box = seal_key_box(event.ticket_secret, event.id, passphrase) if passphrase else b""
    body_len = len(plain) + 12 + 16
    header = _FIXED.pack(
        MAGIC,
        VERSION,
        FLAG_JOIN if key_box else 0,
        uuid.UUID(event.id).bytes,
        event.tag.encode("ascii"),
        body_len,
        len(key_box),
    )
    header += key_box
    body = seal(event_key(event.ticket_secret, event.id, BUNDLE_PURPOSE), plain, header)
    target = Path(path)
    temporary = target.with_name(target.name + ".part")
    try:
        with temporary.open("wb") as handle:
            handle.write(header)
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise BundleRefused(f"CatchDesk could not write {target}: {exc.strerror or exc}.") from exc
    return BundleInfo(target, event.id, len(entries), len(header) + len(body), bool(key_box))


def read_header(path: str | os.PathLike[str]) -> BundleHeader:
    """The bundle's clear part, checked for shape and length (not yet for authenticity)."""
    target = Path(path)
    try:
        data = target.read_bytes()
    except FileNotFoundError:
        raise BundleRefused(f"There is no file {target}.") from None
    except OSError as exc:
        raise BundleRefused(f"CatchDesk cannot read {target}: {exc.strerror or exc}.") from exc
    if len(data) < len(MAGIC) or data[: len(MAGIC)] != MAGIC:
        raise BundleRefused(f"{target.name} is not a CatchDesk sync bundle; nothing was imported.")
    if len(data) < _FIXED.size:
        raise BundleRefused(
            f"{target.name} is truncated (cut off while copying?); nothing was imported. "
            "Export it again."
        )
    _magic, version, flags, event_bytes, tag, body_len, box_len = _FIXED.unpack_from(data)
    if version > VERSION:
        raise BundleRefused(
            f"{target.name} was made by a newer CatchDesk; install the latest version to read it."
        )
    header_len = _FIXED.size + box_len
    expected = header_len + body_len
    if len(data) != expected:
        state = "truncated (cut off while copying?)" if len(data) < expected else "damaged"
        raise BundleRefused(f"{target.name} is {state}; nothing was imported. Export it again.")
    return BundleHeader(
        event_id=str(uuid.UUID(bytes=event_bytes)),
        tag=tag.decode("ascii", "replace"),
        joinable=bool(flags & FLAG_JOIN),
        key_box=data[_FIXED.size : header_len],
        body=data[header_len:],
        header=data[:header_len],
    )


def _entries(header: BundleHeader, secret: bytes, name: str) -> list[Entry]:
    key = event_key(secret, header.event_id, BUNDLE_PURPOSE)
    try:
        plain = unseal(key, header.body, header.header)
        document: dict[str, Any] = json.loads(zlib.decompress(plain))
        if document.get("event_id") != header.event_id:
            raise ValueError("event mismatch")
        entries = [Entry.from_list(values) for values in document["entries"]]
    except (InvalidTag, ValueError, KeyError, TypeError, zlib.error):
        raise BundleRefused(
            f"{name} is damaged or was altered (it fails its authenticity check); "
            "nothing was imported. Export it again."
        ) from None
    if any(e.event_id != header.event_id for e in entries):
        raise BundleRefused(f"{name} mixes entries of several events; nothing was imported.")
    return entries


def _local_event(session: Session, event_id: str) -> Event | None:
    return session.scalars(select(Event).where(Event.id == event_id)).first()


def import_bundle(
    session: Session,
    path: str | os.PathLike[str],
    *,
    event: Event | None = None,
) -> ApplyResult:
    """Merge a bundle into the event it belongs to, in the caller's transaction.

    Refused, with nothing changed, when the file is not a bundle, is cut or altered, or belongs
    to an event this store does not hold (or, with ``event``, to another event than that one).
    """
    name = Path(path).name
    header = read_header(path)
    local = _local_event(session, header.event_id)
    if local is None or (event is not None and event.id != header.event_id):
        hint = (
            " Join it with 'catchdesk sync join FILE --passphrase'."
            if header.joinable and local is None
            else ""
        )
        target = f"{event.name}" if event is not None else "any event of this store"
        raise BundleRefused(
            f"{name} belongs to another event (tag {header.tag}), not to {target}; "
            f"nothing was imported.{hint}"
        )
    return apply_entries(session, _entries(header, local.ticket_secret, name))


def join_from_bundle(
    session: Session, path: str | os.PathLike[str], passphrase: str | None
) -> tuple[Event, ApplyResult]:
    """Create this store's copy of the bundle's event (or merge it, if the store has it)."""
    name = Path(path).name
    header = read_header(path)
    local = _local_event(session, header.event_id)
    if local is not None:
        return local, apply_entries(session, _entries(header, local.ticket_secret, name))
    if not header.joinable:
        raise BundleRefused(
            f"{name} can only be imported by a desk that already has its event; ask for a join "
            "bundle ('catchdesk sync export FILE --passphrase') to set up a new laptop."
        )
    if not passphrase:
        raise BundleRefused(f"{name} is a join bundle: give its passphrase to open it.")
    secret = open_key_box(header.key_box, header.event_id, passphrase)
    result = apply_entries(session, _entries(header, secret, name))
    joined = _local_event(session, header.event_id)
    if joined is None or joined.ticket_secret != secret:
        raise BundleRefused(
            f"{name} does not hold its event's own record; export it again from the organiser's "
            "store."
        )
    return joined, result
