"""CatchDesk ticket codes: short, signed, and typed alike on every Latin keyboard.

A code is 13 letters: the event's 2-letter tag, a 5-letter body that names the ticket, and a
6-letter keyed MAC (HMAC-SHA256 with the event's secret) so any desk can tell a real ticket from
a misread or a forgery without a network. The alphabet leaves out the letters that move between
US QWERTY, French/Belgian AZERTY and German QWERTZ (A, Q, W, Z, M, Y) and all digits and
punctuation, so a scanner set to the wrong layout still types the right letters; codes are read
case-insensitively because a stuck Caps Lock must not turn a guest away. 13 letters fit a
version 1 QR code at error-correction level Q.
"""

from __future__ import annotations

import hashlib
import hmac
import random
import secrets

ALPHABET = "BCDEFGHIJKLNOPRSTUVX"
BASE = len(ALPHABET)
TAG_LEN = 2
BODY_LEN = 5
MAC_LEN = 6
CODE_LEN = TAG_LEN + BODY_LEN + MAC_LEN
_DOMAIN = b"catchdesk-ticket-v1:"
_ALPHABET_SET = frozenset(ALPHABET)


def _encode(number: int, length: int) -> str:
    letters = []
    for _ in range(length):
        number, digit = divmod(number, BASE)
        letters.append(ALPHABET[digit])
    return "".join(reversed(letters))


def _mac(secret: bytes, payload: str) -> str:
    digest = hmac.new(secret, _DOMAIN + payload.encode("ascii"), hashlib.sha256).digest()
    return _encode(int.from_bytes(digest[:8], "big") % BASE**MAC_LEN, MAC_LEN)


def tag_for(seed: bytes) -> str:
    """The 2-letter tag of an event, derived from its secret so it needs no registry."""
    return _encode(int.from_bytes(hashlib.sha256(seed).digest()[:4], "big") % BASE**TAG_LEN, 2)


def make_code(tag: str, body: str, secret: bytes) -> str:
    payload = tag.upper() + body.upper()
    return payload + _mac(secret, payload)


def new_code(tag: str, secret: bytes, rng: random.Random | None = None) -> str:
    """A fresh code with a random body (seeded ``rng`` for reproducible demos)."""
    chooser = rng.choice if rng is not None else secrets.choice
    body = "".join(chooser(ALPHABET) for _ in range(BODY_LEN))
    return make_code(tag, body, secret)


def looks_like_code(text: str) -> bool:
    """True when ``text`` has the shape of a CatchDesk code (whatever its signature)."""
    upper = text.upper()
    return len(upper) == CODE_LEN and set(upper) <= _ALPHABET_SET


def code_tag(code: str) -> str:
    return code[:TAG_LEN].upper()


def verify_code(code: str, tag: str, secret: bytes) -> bool:
    """True only for a code signed with this event's secret; constant-time comparison."""
    upper = code.upper()
    if not looks_like_code(upper) or upper[:TAG_LEN] != tag.upper():
        return False
    expected = _mac(secret, upper[: TAG_LEN + BODY_LEN])
    return hmac.compare_digest(expected, upper[TAG_LEN + BODY_LEN :])


def format_code(code: str) -> str:
    """Groups of letters for people to read aloud or type: ``BCDF-GHIJ-KLNOP``."""
    upper = code.upper()
    return f"{upper[:4]}-{upper[4:8]}-{upper[8:]}"
