"""Commands of certificates: ``certificates``, ``verify``, ``keys export-public``, ``event set``."""

from __future__ import annotations

import argparse
import base64
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from catchdesk.commands.common import emit_json, event_from_args, open_from_args, say
from catchdesk.core.certificate_batch import export_certificates
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.keys import (
    ensure_signing_key,
    export_public_pem,
    fingerprint,
    load_public_key,
    public_key_bytes,
)
from catchdesk.core.models import Event
from catchdesk.core.verify import VerificationResult, verify_certificate
from catchdesk.documents.certificate_files import write_atomically
from catchdesk.documents.certificate_texts import duration

IMAGE_MAGIC = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}


def _progress_bar() -> Any:
    """A one-line progress display on a terminal's stderr; nothing when output is piped."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        sys.stderr.write(f"\rCertificates: {done}/{total}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def certificates(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    out = Path(args.out).expanduser().absolute()
    with store.write() as session:
        current = session.get(Event, event.id)
        assert current is not None
        result = export_certificates(
            session,
            current,
            out,
            codes=args.attendee,
            language=args.cert_lang,
            progress=None if args.json else _progress_bar(),
        )
        document = result.to_dict()
    if args.json:
        emit_json(document)
        return 0 if result.issued else 1
    if result.issued:
        where = out if result.merged else f"{len(result.files)} files in {out}"
        say(
            f"Wrote {len(result.issued)} certificate(s) to {where} ({document['new']} new, "
            f"{document['updated']} updated, {document['unchanged']} unchanged)."
        )
    else:
        say("No certificate written: nobody asked for has a standing check-in.")
    if result.left_out:
        counts = Counter(item.message for item in result.left_out)
        summary = ", ".join(f"{n} {reason}" for reason, n in counts.most_common())
        say(f"Left out ({len(result.left_out)}): {summary}.")
        for item in result.left_out:
            name = f"{item.name} " if item.name else ""
            say(f"  {item.code}  {name}— {item.message}")
    return 0 if result.issued else 1


def _read_code(raw: str) -> str:
    """The code argument, or standard input for ``-`` (a long code pasted over lines)."""
    return sys.stdin.read() if raw == "-" else raw


def verify(args: argparse.Namespace) -> int:
    code = _read_code(args.code)
    if args.public_key:
        path = Path(args.public_key).expanduser()
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CatchDeskError(f"Cannot read the public key {path}: {exc.strerror}.") from exc
        result = verify_certificate(code, [load_public_key(data, str(path))])
    else:
        store = open_from_args(args)
        with store.read() as session:
            result = verify_certificate(code, None, session)
    if args.json:
        emit_json(result.to_dict())
    else:
        _print_verification(result)
    return 0 if result.valid else 1


def _print_verification(result: VerificationResult) -> None:
    if result.valid:
        say(f"✔ VALID — {result.message}")
    else:
        say(f"✘ NOT VALID — {result.message}")
    statement = result.statement
    if statement is None:
        return
    prefix = "  " if result.valid else "  (unverified claim) "
    hours = duration(statement.minutes, "en") if statement.minutes else "presence only"
    say(f"{prefix}Serial: {statement.serial} (version {statement.version})")
    say(f"{prefix}Participant: {statement.participant}")
    say(f"{prefix}Event: {statement.event}, {statement.dates.replace('/', ' to ')}")
    say(f"{prefix}Total time: {hours}")
    for title in statement.workshops:
        say(f"{prefix}Workshop: {title}")
    for topic, organisation in statement.coaching:
        say(f"{prefix}Coaching: {topic or 'personal advice'} with {organisation}")


def export_public_key(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    if event.signing_key is None:
        with store.write() as session:
            current = session.get(Event, event.id)
            assert current is not None
            ensure_signing_key(session, current)
            event = current
    pem = export_public_pem(event)
    raw = public_key_bytes(event)
    if args.out:
        out = Path(args.out).expanduser().absolute()
        write_atomically(out, pem.encode("utf-8"))
    if args.json:
        emit_json(
            {
                "event_id": event.id,
                "event": event.name,
                "fingerprint": fingerprint(raw),
                "public_key_base64": base64.b64encode(raw).decode("ascii"),
                "public_key_pem": pem,
                "out": str(out) if args.out else None,
            }
        )
    elif args.out:
        say(f"Wrote the public key of {event.name} to {out} (fingerprint {fingerprint(raw)}).")
    else:
        sys.stdout.write(pem)
    return 0


def checked_image(raw: str, what: str) -> str:
    """The absolute path of a readable PNG or JPEG, or a sentence saying what is wrong."""
    path = Path(raw).expanduser().absolute()
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except IsADirectoryError:
        raise CatchDeskError(f"The {what} {path} is a folder; give a PNG or JPEG file.") from None
    except OSError as exc:
        raise CatchDeskError(f"Cannot read the {what} {path}: {exc.strerror}.") from None
    if not any(head.startswith(magic) for magic in IMAGE_MAGIC):
        raise CatchDeskError(f"The {what} {path} is not a PNG or JPEG image.")
    try:
        from PIL import Image

        with Image.open(path) as image:
            image.load()
    except Exception as exc:
        raise CatchDeskError(f"The {what} {path} is a damaged image ({exc}).") from None
    return str(path)


def _new_settings(args: argparse.Namespace, settings: dict[str, Any]) -> dict[str, Any]:
    """The event's settings with this command's options applied; "" clears a setting."""
    updated = dict(settings)
    texts = dict(updated.get("certificate_text") or {})
    for language in ("fr", "nl", "en"):
        value = getattr(args, f"certificate_text_{language}", None)
        if value is not None:
            if value.strip():
                texts[language] = " ".join(value.split())
            else:
                texts.pop(language, None)
    if texts or "certificate_text" in updated:
        updated["certificate_text"] = texts
    plain = {"signatory_name": args.signatory_name, "signatory_role": args.signatory_role}
    images = {
        "signature_path": (args.signature_image, "signature image"),
        "logo_path": (args.logo, "logo"),
    }
    for key, value in plain.items():
        if value is not None:
            updated[key] = value.strip()
    if args.signatory_role is not None:
        updated.pop("signatory_roles", None)  # one role for every language, as asked
    for key, (value, what) in images.items():
        if value is not None:
            updated[key] = checked_image(value, what) if value.strip() else ""
            # The newest choice wins over an image the setup screen kept in the event.
            updated.pop(key.replace("_path", "_image"), None)
    return updated


def event_set(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    event = event_from_args(store, args)
    with store.write() as session:
        current = session.get(Event, event.id)
        assert current is not None
        if args.organiser is not None:
            current.organiser = args.organiser.strip()
        if args.venue is not None:
            current.venue = args.venue.strip()
        settings = _new_settings(args, dict(current.settings or {}))
        if settings != (current.settings or {}):
            current.settings = settings  # a new dict, so the change is seen and journaled
        document = {
            "id": current.id,
            "name": current.name,
            "organiser": current.organiser,
            "venue": current.venue,
            "certificate_text": settings.get("certificate_text", {}),
            "signatory_name": settings.get("signatory_name", ""),
            "signatory_role": settings.get("signatory_role", ""),
            "signature_path": settings.get("signature_path", ""),
            "logo_path": settings.get("logo_path", ""),
        }
    if args.json:
        emit_json(document)
        return 0
    say(f"{document['name']}:")
    for key in (
        "organiser",
        "venue",
        "signatory_name",
        "signatory_role",
        "signature_path",
        "logo_path",
    ):
        say(f"  {key.replace('_', ' ')}: {document[key] or '—'}")
    for language, value in document["certificate_text"].items():
        say(f"  certificate text ({language}): {value}")
    return 0
