"""Preparing an event the week before: its details, certificate wording, images and partners.

Everything that has no column of its own lives in ``Event.settings`` under the keys the CLI's
``catchdesk event set`` and the certificate renderer already use (``certificate_text``,
``signatory_name``, ``signatory_role``), plus:

- ``signatory_roles``: the signatory's role per language ("Directrice" / "Directeur" /
  "Director"); ``signatory_role`` keeps the French one (or the first given) for older readers;
- ``logo_image`` and ``signature_image``: the images themselves (base64 of a PNG or JPEG of at
  most :data:`MAX_IMAGE_BYTES`), not a path: a path means nothing on the next desk that syncs
  the event, and the settings travel with every change of them through the journal, which is
  why images are kept small;
- ``partners``: the coworking spaces, incubators and schools that help, with a contact.

Edits that would break something are refused with the reason (:class:`SetupRefused`) or need
the caller to confirm (:class:`NeedsConfirmation`, then the same call with ``confirm=True``);
both carry coded reasons (:mod:`catchdesk.core.setup_messages`) the screen words itself.
Workshops are edited in :mod:`catchdesk.core.workshop_editing`.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catchdesk.core.attendees import LANGUAGES
from catchdesk.core.errors import NotFoundError
from catchdesk.core.ids import new_id
from catchdesk.core.keys import ensure_signing_key, export_public_pem, fingerprint, public_key_bytes
from catchdesk.core.models import Checkin, Event, Workshop
from catchdesk.core.setup_messages import NeedsConfirmation, Reason, SetupRefused
from catchdesk.core.timeutil import local_time

CERTIFICATE_TEXT = "certificate_text"
SIGNATORY_NAME = "signatory_name"
SIGNATORY_ROLE = "signatory_role"
SIGNATORY_ROLES = "signatory_roles"
PARTNERS = "partners"
MAX_IMAGE_BYTES = 512 * 1024
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


def get_event(session: Session, event_id: str) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(f"No event {event_id} in this store.")
    return event


def _settings(event: Event) -> dict[str, Any]:
    return dict(event.settings or {})


def _store_settings(event: Event, settings: dict[str, Any]) -> None:
    if settings != (event.settings or {}):
        event.settings = settings  # a new dict, so the change is seen and journaled


# -- details ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventDetails:
    """What the event is: its name, days, place, organiser and the zone of its clocks."""

    name: str
    starts_on: dt.date
    ends_on: dt.date | None = None
    venue: str = ""
    organiser: str = ""
    timezone: str = "Europe/Brussels"

    @classmethod
    def of(cls, event: Event) -> EventDetails:
        return cls(
            name=event.name,
            starts_on=event.starts_on,
            ends_on=event.ends_on,
            venue=event.venue,
            organiser=event.organiser,
            timezone=event.timezone,
        )


def update_event_details(
    session: Session, event_id: str, details: EventDetails, *, confirm: bool = False
) -> Event:
    """Save the event's details.

    When the first day moves, the workshops move with it (same wall-clock times, as many days
    later or earlier), because a corrected date means the programme is on the new day too.
    Moving the days of an event whose doors already admitted people, or leaving workshops
    outside the event's days, needs ``confirm``.
    """
    event = get_event(session, event_id)
    name = " ".join(details.name.split())
    if not name:
        raise SetupRefused("event.name_missing")
    try:
        ZoneInfo(details.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise SetupRefused("event.timezone", zone=details.timezone) from None
    ends_on = details.ends_on if details.ends_on != details.starts_on else None
    if ends_on is not None and ends_on < details.starts_on:
        raise SetupRefused("event.end_before_start")
    shift = dt.timedelta(days=(details.starts_on - event.starts_on).days)
    zone = details.timezone
    workshops = list(session.scalars(select(Workshop).where(Workshop.event_id == event.id)))
    reasons: list[Reason] = []
    days_change = shift or ends_on != event.ends_on
    if days_change:
        admitted = session.scalar(
            select(func.count()).select_from(Checkin).where(Checkin.event_id == event.id)
        )
        if admitted:
            reasons.append(Reason("event.checkins_recorded", {"count": admitted}))
    last = ends_on or details.starts_on
    outside = [
        w
        for w in workshops
        if days_change
        and not details.starts_on <= local_time(w.starts_at + shift, zone).date() <= last
    ]
    if outside:
        reasons.append(
            Reason("event.workshops_outside", {"count": len(outside), "title": outside[0].title})
        )
    if reasons and not confirm:
        raise NeedsConfirmation(reasons)
    if shift:
        for workshop in workshops:
            workshop.starts_at = _same_wall_clock(workshop.starts_at, shift, event.timezone)
            workshop.ends_at = _same_wall_clock(workshop.ends_at, shift, event.timezone)
    event.name = name
    event.starts_on = details.starts_on
    event.ends_on = ends_on
    event.venue = details.venue.strip()
    event.organiser = details.organiser.strip()
    event.timezone = zone
    session.flush()
    return event


def _same_wall_clock(moment: dt.datetime, shift: dt.timedelta, zone: str) -> dt.datetime:
    """``moment`` moved by whole days keeping its local time (across a change of summer time)."""
    local = local_time(moment, zone).replace(tzinfo=None) + shift
    return local.replace(tzinfo=ZoneInfo(zone)).astimezone(dt.UTC)


# -- certificate wording -----------------------------------------------------------------------


@dataclass
class CertificateWording:
    """The organiser's paragraph and the signatory's role per language, and who signs."""

    texts: dict[str, str] = field(default_factory=dict)
    signatory_name: str = ""
    roles: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, event: Event) -> CertificateWording:
        settings = _settings(event)
        texts = settings.get(CERTIFICATE_TEXT)
        roles = settings.get(SIGNATORY_ROLES)
        roles = dict(roles) if isinstance(roles, dict) else {}
        common = str(settings.get(SIGNATORY_ROLE) or "")
        if common and not roles:
            roles = dict.fromkeys(LANGUAGES, common)
        return cls(
            texts=dict(texts) if isinstance(texts, dict) else {},
            signatory_name=str(settings.get(SIGNATORY_NAME) or ""),
            roles=roles,
        )


def update_certificate_wording(
    session: Session, event_id: str, wording: CertificateWording
) -> Event:
    """Save what certificates say; an empty text falls back to CatchDesk's own sentence."""
    event = get_event(session, event_id)
    if (set(wording.texts) | set(wording.roles)) - set(LANGUAGES):
        raise SetupRefused("wording.language")
    texts = {k: " ".join(v.split()) for k, v in wording.texts.items() if v.strip()}
    roles = {k: " ".join(v.split()) for k, v in wording.roles.items() if v.strip()}
    settings = _settings(event)
    settings[CERTIFICATE_TEXT] = texts
    settings[SIGNATORY_NAME] = " ".join(wording.signatory_name.split())
    settings[SIGNATORY_ROLES] = roles
    settings[SIGNATORY_ROLE] = roles.get("fr") or next(iter(roles.values()), "")
    _store_settings(event, settings)
    session.flush()
    return event


# -- images ------------------------------------------------------------------------------------


class ImageKind(enum.StrEnum):
    LOGO = "logo"
    SIGNATURE = "signature"

    @property
    def key(self) -> str:
        return f"{self.value}_image"

    @property
    def path_key(self) -> str:
        return f"{self.value}_path"


def image_format(data: bytes) -> str | None:
    """``"png"`` or ``"jpeg"`` from the file's first bytes, else None."""
    if data.startswith(_PNG):
        return "png"
    if data.startswith(_JPEG):
        return "jpeg"
    return None


def check_image(data: bytes, what: str = "image") -> str:
    """The format of a usable PNG or JPEG, or a sentence saying why it is not one."""
    if len(data) > MAX_IMAGE_BYTES:
        raise SetupRefused(
            "image.too_big", what=what, size=len(data) // 1024, limit=MAX_IMAGE_BYTES // 1024
        )
    kind = image_format(data)
    if kind is None:
        raise SetupRefused("image.format", what=what)
    try:
        import io

        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            image.load()
    except Exception:
        raise SetupRefused("image.damaged", what=what) from None
    return kind


def read_image_file(path: str | Path, what: str = "image") -> bytes:
    """The bytes of an image file, checked (size, PNG or JPEG, readable)."""
    source = Path(path).expanduser()
    try:
        size = source.stat().st_size
        data = source.read_bytes() if size <= MAX_IMAGE_BYTES else b""
    except IsADirectoryError:
        raise SetupRefused("image.folder", path=str(source)) from None
    except OSError as exc:
        raise SetupRefused("image.unreadable", path=str(source), reason=exc.strerror) from None
    if size > MAX_IMAGE_BYTES:
        raise SetupRefused(
            "image.too_big", what=what, size=size // 1024, limit=MAX_IMAGE_BYTES // 1024
        )
    check_image(data, what)
    return data


def set_event_image(session: Session, event_id: str, kind: ImageKind, data: bytes | None) -> Event:
    """Keep an image in the event (None removes it); it replaces a path set from the CLI."""
    event = get_event(session, event_id)
    settings = _settings(event)
    if data is None:
        settings.pop(kind.key, None)
    else:
        check_image(data, kind.value)
        settings[kind.key] = base64.b64encode(data).decode("ascii")
    settings.pop(kind.path_key, None)
    _store_settings(event, settings)
    session.flush()
    return event


def event_image(event: Event, kind: ImageKind) -> bytes | None:
    """The event's image: the one kept in its settings, else the file the CLI pointed to."""
    settings = _settings(event)
    stored = settings.get(kind.key)
    if isinstance(stored, str) and stored:
        try:
            return base64.b64decode(stored, validate=True)
        except (binascii.Error, ValueError):
            return None
    path = settings.get(kind.path_key)
    if isinstance(path, str) and path:
        try:
            return Path(path).read_bytes()
        except OSError:
            return None
    return None


# -- partners ----------------------------------------------------------------------------------

PARTNER_KINDS = ("sponsor", "coworking", "incubator", "school", "agency", "public", "other")
"""Suggested kinds of partner; any other word is accepted."""


@dataclass(frozen=True)
class Partner:
    """An organisation that helps with the event, and whom to call there."""

    name: str
    kind: str = ""
    contact: str = ""
    website: str = ""
    id: str = ""


def partners(event: Event) -> list[Partner]:
    """The event's partners in the order the organiser entered them."""
    stored = _settings(event).get(PARTNERS)
    if not isinstance(stored, list):
        return []
    known = Partner.__dataclass_fields__
    return [
        Partner(**{k: str(v) for k, v in item.items() if k in known})
        for item in stored
        if isinstance(item, dict) and item.get("name")
    ]


def _clean_website(text: str) -> str:
    site = text.strip()
    if not site:
        return ""
    if " " in site or "." not in site:
        raise SetupRefused("partner.website", site=site)
    if not site.lower().startswith(("http://", "https://")):
        site = "https://" + site
    return site


def save_partner(session: Session, event_id: str, partner: Partner) -> Partner:
    """Add a partner (no id yet) or replace the one with the same id."""
    event = get_event(session, event_id)
    name = " ".join(partner.name.split())
    if not name:
        raise SetupRefused("partner.name")
    clean = Partner(
        name=name,
        kind=" ".join(partner.kind.split()),
        contact=" ".join(partner.contact.split()),
        website=_clean_website(partner.website),
        id=partner.id or new_id(),
    )
    current = partners(event)
    if any(p.name.casefold() == name.casefold() and p.id != clean.id for p in current):
        raise SetupRefused("partner.duplicate", name=name)
    if any(p.id == clean.id for p in current):
        updated = [clean if p.id == clean.id else p for p in current]
    else:
        updated = [*current, clean]
    settings = _settings(event)
    settings[PARTNERS] = [asdict(p) for p in updated]
    _store_settings(event, settings)
    session.flush()
    return clean


def remove_partner(session: Session, event_id: str, partner_id: str) -> None:
    event = get_event(session, event_id)
    current = partners(event)
    if not any(p.id == partner_id for p in current):
        raise SetupRefused("partner.gone")
    settings = _settings(event)
    settings[PARTNERS] = [asdict(p) for p in current if p.id != partner_id]
    _store_settings(event, settings)
    session.flush()


# -- the certificate key -----------------------------------------------------------------------


def key_fingerprint(event: Event) -> str:
    """The fingerprint printed on certificates, for the organiser to compare."""
    return fingerprint(public_key_bytes(event)) if event.signing_key else ""


def export_public_key(session: Session, event_id: str, path: str | Path) -> str:
    """Write the event's public key (PEM) to ``path``; returns its fingerprint."""
    event = get_event(session, event_id)
    ensure_signing_key(session, event)
    target = Path(path).expanduser()
    try:
        target.write_text(export_public_pem(event), encoding="utf-8")
    except OSError as exc:
        raise SetupRefused("key.unwritable", path=str(target), reason=exc.strerror) from None
    return key_fingerprint(event)
