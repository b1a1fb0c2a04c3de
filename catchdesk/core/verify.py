"""Checking a certificate code offline: is it genuine, and what does it certify?

Only public keys are needed: the ones given (a third party with the file ``catchdesk keys
export-public`` wrote) or those of the events in a store. Every way a code can fail ends in a
result with a reason and a sentence, never an exception: a typo, a code cut short, a code of
another event, garbage from a phone's clipboard.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catchdesk.core.certificate_code import CodeError, OpenedCode, Statement, open_code
from catchdesk.core.keys import fingerprint, key_id, public_key_bytes
from catchdesk.core.models import Certificate, Event
from catchdesk.core.scan import read_scan


class Reason(enum.StrEnum):
    VALID = "valid"
    UNREADABLE = "unreadable"
    OTHER_KEY = "other_key"
    ALTERED = "altered"
    NO_KEY = "no_key"


@dataclass(frozen=True)
class KnownKey:
    """A public key to try, and the event it belongs to when it comes from a store."""

    public_key: bytes
    event_id: str | None = None
    event_name: str | None = None


@dataclass
class VerificationResult:
    """The verdict on a code; ``statement`` is what it certifies (``claimed`` if not valid)."""

    valid: bool
    reason: Reason
    message: str
    statement: Statement | None = None
    key_fingerprint: str | None = None
    key_id: str | None = None
    event_id: str | None = None
    current_version: int | None = None

    @property
    def superseded(self) -> bool:
        """A later version of the same certificate was issued (a late check-in was added)."""
        return bool(
            self.valid
            and self.statement is not None
            and self.current_version is not None
            and self.current_version > self.statement.version
        )

    def to_dict(self) -> dict[str, Any]:
        document: dict[str, Any] = {
            "valid": self.valid,
            "reason": self.reason.value,
            "message": self.message,
            "serial": None,
            "version": None,
            "participant": None,
            "event": None,
            "date": None,
            "minutes": None,
            "hours": None,
            "workshops": None,
            "coaching": None,
            "key_fingerprint": self.key_fingerprint,
            "key_id": self.key_id,
            "event_id": self.event_id,
            "current_version": self.current_version,
            "superseded": self.superseded,
        }
        if self.statement is not None:
            facts = statement_dict(self.statement)
            if self.valid:
                document.update(facts)
            else:
                document["claimed"] = facts
        return document


def statement_dict(statement: Statement) -> dict[str, Any]:
    return {
        "serial": statement.serial,
        "version": statement.version,
        "participant": statement.participant,
        "event": statement.event,
        "date": statement.dates,
        "minutes": statement.minutes,
        "hours": round(statement.minutes / 60, 2),
        "workshops": list(statement.workshops),
        "coaching": [{"topic": t, "organisation": o} for t, o in statement.coaching],
    }


def store_keys(session: Session) -> list[KnownKey]:
    """The public keys of every event in the store that has one."""
    events = session.scalars(select(Event).where(Event.signing_key.is_not(None)))
    return [KnownKey(public_key_bytes(e), e.id, e.name) for e in events]


def _check(opened: OpenedCode, keys: list[KnownKey]) -> VerificationResult:
    named = opened.key_id.hex().upper()
    claimed = opened.statement
    same_id = [k for k in keys if key_id(k.public_key) == opened.key_id]
    for known in same_id:
        if opened.signed_by(known.public_key):
            where = f" of {known.event_name}" if known.event_name else ""
            return VerificationResult(
                True,
                Reason.VALID,
                f"Genuine certificate{where}, signed by key {fingerprint(known.public_key)}.",
                claimed,
                fingerprint(known.public_key),
                named,
                known.event_id,
            )
    if same_id:
        return VerificationResult(
            False,
            Reason.ALTERED,
            "The signature does not match: the code was altered or mistyped "
            "(compare it letter by letter, or scan the QR code).",
            claimed,
            fingerprint(same_id[0].public_key),
            named,
        )
    given = "the key given" if all(k.event_id is None for k in keys) else "any event here"
    return VerificationResult(
        False,
        Reason.OTHER_KEY,
        f"The code was not signed with {given}: it belongs to another event (its key starts "
        f"{named}), or its first letters were mistyped.",
        claimed,
        None,
        named,
    )


def verify_certificate(
    code: str, public_keys: list[bytes] | None = None, session: Session | None = None
) -> VerificationResult:
    """Verify ``code`` with ``public_keys`` (raw 32 bytes each), else the store's event keys.

    With a store, a valid code is also compared with the certificate on file, so a reader learns
    when a later version was issued (``superseded``).
    """
    if public_keys:
        keys = [KnownKey(bytes(k)) for k in public_keys]
    elif session is not None:
        keys = store_keys(session)
    else:
        keys = []
    return _verify(code, keys, session)


def _verify(code: str, keys: list[KnownKey], session: Session | None) -> VerificationResult:
    try:
        opened = open_code(code)
    except CodeError as exc:
        return VerificationResult(False, Reason.UNREADABLE, f"Not a valid certificate code: {exc}.")
    if not keys:
        return VerificationResult(
            False,
            Reason.NO_KEY,
            "No public key to verify with: give --public-key FILE, or use a store with the event.",
            opened.statement,
            key_id=opened.key_id.hex().upper(),
        )
    result = _check(opened, keys)
    if result.valid and session is not None and result.event_id is not None:
        current = session.scalar(
            select(Certificate.version).where(
                Certificate.event_id == result.event_id,
                Certificate.serial == opened.statement.serial,
            )
        )
        result.current_version = current
        if result.superseded:
            result.message += (
                f" A later version ({current}) of this certificate was issued since;"
                " ask the holder for it."
            )
    return result


def verify_scanned(raw: str, session: Session) -> VerificationResult:
    """Verify what a scanner or a person typed, undoing a scanner's keyboard-layout mix-up.

    A USB scanner set to US QWERTY on a Belgian AZERTY laptop types ``&é"`` for ``123``, which
    would make every scanned certificate "unreadable". Each reading of the scan
    (:func:`~catchdesk.core.scan.read_scan`, as typed first) is tried with the store's keys; the
    first valid one wins, else the verdict on the text as typed, unless only another reading
    could be read at all (then its verdict says more than "unreadable").
    """
    keys = store_keys(session)
    reading = read_scan(raw)
    typed = _verify(reading.cleaned, keys, session)
    if typed.valid:
        return typed
    readable: VerificationResult | None = None
    for candidate in reading.candidates:
        result = _verify(candidate, keys, session)
        if result.valid:
            return result
        if readable is None and result.reason is not Reason.UNREADABLE:
            readable = result
    if typed.reason is Reason.UNREADABLE and readable is not None:
        return readable
    return typed
