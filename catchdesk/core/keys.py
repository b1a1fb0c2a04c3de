"""The event's certificate key: its public half, its fingerprint, and the file third parties get.

A certificate is verified with nothing but the event's Ed25519 public key (DESIGN.md §4), so the
key must travel: :func:`export_public_pem` writes it as a standard PEM block preceded by comment
lines naming the event and the fingerprint (a person comparing the file with the fingerprint
printed on a certificate needs no tool), and :func:`load_public_key` reads it back, as well as
the other forms people paste around: the raw 32 bytes, base64 or hex of them, or DER.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy.orm import Session

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.models import Event

RAW_KEY_LEN = 32
KEY_ID_LEN = 2
_PEM_BLOCK = re.compile(
    rb"-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\s]+-----END PUBLIC KEY-----", re.MULTILINE
)


class PublicKeyError(CatchDeskError):
    """A public key file that cannot be read, explained in one sentence."""


def ensure_signing_key(session: Session, event: Event) -> bytes:
    """The event's raw private key, made now if an old event never got one.

    Events are created with a key (:func:`catchdesk.core.events.create_event`); this only
    repairs a store made before keys existed, inside the caller's write transaction.
    """
    if event.signing_key is None:
        event.signing_key = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        session.flush()
    return event.signing_key


def private_key(event: Event) -> Ed25519PrivateKey:
    if event.signing_key is None:
        raise CatchDeskError(f"The event {event.name} has no certificate key yet.")
    return Ed25519PrivateKey.from_private_bytes(event.signing_key)


def public_key_bytes(event: Event) -> bytes:
    """The raw 32-byte public key of the event's certificate key."""
    return (
        private_key(event)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def fingerprint(public_key: bytes) -> str:
    """First 16 hex digits of SHA-256 of the raw key, in groups of 4: what a person compares."""
    digest = hashlib.sha256(public_key).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def key_id(public_key: bytes) -> bytes:
    """The first bytes of the fingerprint, carried in each code to name the key that signed it."""
    return hashlib.sha256(public_key).digest()[:KEY_ID_LEN]


def export_public_pem(event: Event) -> str:
    """The public key as PEM, after comment lines naming the event and the fingerprint."""
    raw = public_key_bytes(event)
    pem = (
        Ed25519PublicKey.from_public_bytes(raw)
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )
    dates = event.starts_on.isoformat()
    if event.ends_on and event.ends_on != event.starts_on:
        dates += f" to {event.ends_on.isoformat()}"
    return (
        f"# CatchDesk certificate key of {event.name} ({dates})\n"
        f"# Fingerprint: {fingerprint(raw)}\n"
        f"# Verify a certificate: catchdesk verify CODE --public-key THIS_FILE\n"
        f"{pem}"
    )


def load_public_key(data: bytes, source: str = "the key") -> bytes:
    """Raw 32-byte Ed25519 public key from PEM (comments allowed), DER, raw, base64 or hex."""
    block = _PEM_BLOCK.search(data)
    if block is not None:
        try:
            key = serialization.load_pem_public_key(block.group(0))
        except (ValueError, UnsupportedAlgorithm) as exc:
            raise PublicKeyError(f"{source} holds a damaged PEM public key.") from exc
        return _raw_ed25519(key, source)
    if b"-----BEGIN" in data:
        raise PublicKeyError(
            f"{source} is a PEM file but not a public key (export-public writes one)."
        )
    if len(data) == RAW_KEY_LEN:
        return bytes(data)
    text = data.strip()
    for decode in (_from_hex, _from_base64):
        raw = decode(text)
        if raw is not None and len(raw) == RAW_KEY_LEN:
            return raw
    try:
        key = serialization.load_der_public_key(bytes(data))
    except (ValueError, UnsupportedAlgorithm):
        raise PublicKeyError(
            f"{source} is not an Ed25519 public key: give the file 'catchdesk keys "
            "export-public' wrote (PEM), or the 32-byte key as raw bytes, base64 or hex."
        ) from None
    return _raw_ed25519(key, source)


def _raw_ed25519(key: object, source: str) -> bytes:
    if not isinstance(key, Ed25519PublicKey):
        raise PublicKeyError(f"{source} is a public key, but not an Ed25519 one.")
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _from_hex(text: bytes) -> bytes | None:
    try:
        return bytes.fromhex(text.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None


def _from_base64(text: bytes) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
