"""Keys and sealing: what protects a bundle on a lost USB stick and entries on a shared hub.

Everything an event's desks exchange is sealed with AES-256-GCM (encrypted and authenticated:
a changed byte, a cut file or another event's key is refused, never half-read) under keys
derived with HKDF from the event's ticket secret, which every desk of the event already holds
and no one else does. A laptop that does not hold the event yet cannot derive them: it joins
with a *join passphrase* that the organiser chose, which opens a small *key box* (the ticket
secret sealed under a key stretched from the passphrase with scrypt, so guessing it is slow).
"""

from __future__ import annotations

import os
import uuid

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from catchdesk.core.sync.errors import WrongPassphrase

NONCE_LEN = 12
SALT_LEN = 16
SCRYPT_N = 2**15
MIN_PASSPHRASE = 8
BUNDLE_PURPOSE = b"bundle-v1"
HUB_PURPOSE = b"hub-v1"


def event_key(secret: bytes, event_id: str, purpose: bytes) -> bytes:
    """A 256-bit key for one use (bundles, hub entries) of one event."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=uuid.UUID(event_id).bytes,
        info=b"catchdesk-sync:" + purpose,
    ).derive(secret)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """A fresh random nonce, then the ciphertext with its tag."""
    nonce = os.urandom(NONCE_LEN)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def unseal(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """The plaintext; raises :class:`cryptography.exceptions.InvalidTag` if anything differs."""
    if len(blob) < NONCE_LEN + 16:
        raise InvalidTag()
    return AESGCM(key).decrypt(blob[:NONCE_LEN], blob[NONCE_LEN:], aad)


def check_passphrase(passphrase: str) -> str:
    from catchdesk.core.errors import CatchDeskError

    if len(passphrase) < MIN_PASSPHRASE:
        raise CatchDeskError(
            f"A join passphrase needs at least {MIN_PASSPHRASE} characters; choose a longer one."
        )
    return passphrase


def _stretch(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=8, p=1).derive(passphrase.encode("utf-8"))


def seal_key_box(secret: bytes, event_id: str, passphrase: str) -> bytes:
    """The ticket secret sealed under the passphrase: salt, then the sealed secret."""
    salt = os.urandom(SALT_LEN)
    aad = b"catchdesk-join:" + event_id.encode("ascii")
    return salt + seal(_stretch(check_passphrase(passphrase), salt), secret, aad)


def open_key_box(box: bytes, event_id: str, passphrase: str) -> bytes:
    """The ticket secret from a key box; :class:`WrongPassphrase` if it does not open."""
    salt, sealed = box[:SALT_LEN], box[SALT_LEN:]
    aad = b"catchdesk-join:" + event_id.encode("ascii")
    try:
        return unseal(_stretch(passphrase, salt), sealed, aad)
    except InvalidTag:
        raise WrongPassphrase(
            "The join passphrase is wrong: ask the organiser for the one they chose when "
            "exporting (or publishing) the event."
        ) from None
