"""The certificate code: what a certificate certifies, signed, in letters that survive paper.

Anyone holding only the event's public key must be able to check a certificate *and read what
it certifies* without a network, so the code carries the statement itself, not a reference:

``code = crockford_base32( FORMAT | KEY_ID | deflate(statement) | signature )``

- ``FORMAT`` (1 byte): 1 = raw deflate with the preset dictionary below, 2 = stored as is
  (used when deflating makes it longer, for very short statements).
- ``KEY_ID`` (2 bytes): the first bytes of SHA-256 of the raw public key (the printed
  fingerprint starts with them), so a verifier can say "signed with another key" instead of
  only "invalid".
- ``statement``: compact UTF-8 JSON array, in this order: serial, version, event name, date
  (``YYYY-MM-DD`` or ``YYYY-MM-DD/YYYY-MM-DD``), participant's full name, total minutes,
  workshop titles, coaching as ``[topic, coach's organisation]`` pairs.
- ``signature`` (64 bytes): Ed25519 over ``DOMAIN`` followed by every byte before it: the
  signature covers exactly the bytes that travel, so another zlib build cannot upset it.
  Reading a code inflates at most 16 kB, so a hostile code cannot exhaust memory.

Crockford's base32 (digits and upper-case letters without I, L, O, U) is read back
case-insensitively, with O read as 0 and I/L as 1, and spaces and dashes ignored, so a code
typed from paper or split over lines still verifies. The QR code holds it without dashes, which
QR's alphanumeric mode stores at 5.5 bits a letter.

Lengths measured on the demo event: about 210 letters for presence only, 260 with one
workshop, 280 (up to 345 with long names and titles) with two; the 64-byte signature alone
accounts for 103 of them. The preset dictionary saves 15–20 % on top of plain deflate; a
300-letter code is a QR symbol of version 12 or 13 (65 or 69 modules) at error correction Q.
The preset dictionary is part of format 1 forever: changing it means a new format byte.
Issuing again reuses the stored code when the statement is unchanged, so a certificate's code
never changes under its holder.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from catchdesk.core.keys import KEY_ID_LEN

DOMAIN = b"catchdesk-certificate-v1\x00"
FORMAT_DEFLATE = 1
FORMAT_STORED = 2
SIGNATURE_LEN = 64
HEADER_LEN = 1 + KEY_ID_LEN
MAX_STATEMENT = 16_384  # a statement bigger than this is garbage, never inflated further
GROUP = 5

# Words certificates of Belgian digital-skills days repeat (JSON punctuation, French, Dutch and
# English function words, event vocabulary); deflate refers back to them like to earlier text.
PRESET_DICTIONARY = (
    " de la des du et pour avec sur les votre son ses sans : en ligne van het een en voor met op "
    "the and for with your of to a in online Introduction Atelier pratique Workshop workshop "
    "atelier Formation formation Conférence Masterclass Coaching coaching Journée du numérique "
    "Digital Day Digitale dag Dag van de digitale numérique digital marketing Marketing "
    "réseaux sociaux sociale media social media Réseaux sociaux site web website Site web "
    "e-commerce commerce entreprise indépendants ondernemers entrepreneurs intelligence "
    "artificielle IA générative AI Cybersécurité cybersécurité cyberveiligheid RGPD GDPR "
    "référencement SEO publicité Publicité facturation électronique données data Technologies "
    "Agence Studio ASBL vzw SRL BV Web web Namur Liège Charleroi Mons Bruxelles Brussel "
    'Wallonie Gent Antwerpen Leuven 2026-2027-2028-","],["'
).encode()

_TO_CROCKFORD = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", b"0123456789ABCDEFGHJKMNPQRSTVWXYZ"
)
_FROM_CROCKFORD = bytes.maketrans(
    b"0123456789ABCDEFGHJKMNPQRSTVWXYZ", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
)
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD = frozenset(CROCKFORD)
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
_IGNORED = frozenset(" -\t\r\n_.")


class CodeError(ValueError):
    """A code that cannot even be read (wrong letters, cut short, damaged); says which."""


@dataclass(frozen=True)
class Statement:
    """What a certificate certifies, exactly as the code carries it."""

    serial: str
    version: int
    event: str
    dates: str
    participant: str
    minutes: int
    workshops: tuple[str, ...]
    coaching: tuple[tuple[str, str], ...]

    def to_json(self) -> bytes:
        """The canonical form: compact JSON array, UTF-8, no spaces (deterministic)."""
        document = [
            self.serial,
            self.version,
            self.event,
            self.dates,
            self.participant,
            self.minutes,
            list(self.workshops),
            [list(pair) for pair in self.coaching],
        ]
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> Statement:
        try:
            value = json.loads(data.decode("utf-8"))
            serial, version, event, dates, participant, minutes, workshops, coaching = value
            statement = cls(
                serial=_text(serial),
                version=_int(version),
                event=_text(event),
                dates=_text(dates),
                participant=_text(participant),
                minutes=_int(minutes),
                workshops=tuple(_text(w) for w in workshops),
                coaching=tuple((_text(t), _text(o)) for t, o in coaching),
            )
        except (UnicodeDecodeError, ValueError, TypeError) as exc:
            raise CodeError("it was mistyped or damaged (what it holds cannot be read)") from exc
        return statement


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("text expected")
    return value


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("integer expected")
    return value


def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, PRESET_DICTIONARY)
    return packer.compress(data) + packer.flush()


def _inflate(data: bytes) -> bytes:
    unpacker = zlib.decompressobj(-15, PRESET_DICTIONARY)
    try:
        out = unpacker.decompress(data, MAX_STATEMENT)
    except zlib.error as exc:
        raise CodeError("it was mistyped or damaged (what it holds cannot be unpacked)") from exc
    if unpacker.unconsumed_tail or not unpacker.eof:
        raise CodeError("it was mistyped or damaged (what it holds is cut short)")
    return out


def to_base32(data: bytes) -> str:
    """Crockford base32, upper case, no padding."""
    return base64.b32encode(data).rstrip(b"=").translate(_TO_CROCKFORD).decode("ascii")


def from_base32(text: str) -> bytes:
    """Bytes of a code as typed: case, spaces and dashes ignored, O read as 0, I and L as 1."""
    cleaned = "".join(ch for ch in text.upper() if ch not in _IGNORED).translate(_READ_AS)
    if not cleaned:
        raise CodeError("the code is empty")
    wrong = sorted({ch for ch in cleaned if ch not in _CROCKFORD})
    if wrong:
        shown = " ".join(repr(ch) for ch in wrong[:5])
        raise CodeError(f"a certificate code has only digits and letters; this one has {shown}")
    padded = cleaned.encode("ascii").translate(_FROM_CROCKFORD)
    padded += b"=" * (-len(padded) % 8)
    try:
        data = base64.b32decode(padded)
    except (binascii.Error, ValueError) as exc:
        raise CodeError("the code has a letter too many or too few (cut short?)") from exc
    if to_base32(data) != cleaned:  # the last letter's spare bits must be zero
        raise CodeError("the last letter of the code is wrong (mistyped?)")
    return data


def group(code: str, size: int = GROUP) -> str:
    """The code in dash-separated groups, for people to read and type."""
    return "-".join(code[i : i + size] for i in range(0, len(code), size))


def sign_statement(statement: Statement, private_key: bytes, key_id: bytes) -> str:
    """The code of a statement: deterministic (same statement and key, same code)."""
    plain = statement.to_json()
    packed = _deflate(plain)
    if len(packed) < len(plain):
        body = bytes([FORMAT_DEFLATE]) + key_id + packed
    else:
        body = bytes([FORMAT_STORED]) + key_id + plain
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(DOMAIN + body)
    return to_base32(body + signature)


@dataclass(frozen=True)
class OpenedCode:
    """A code taken apart, before (``signature_ok`` unknown) any key has been tried."""

    key_id: bytes
    body: bytes
    signature: bytes
    statement: Statement

    def signed_by(self, public_key: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(public_key).verify(
                self.signature, DOMAIN + self.body
            )
        except (InvalidSignature, ValueError):
            return False
        return True


def open_code(text: str) -> OpenedCode:
    """Read a code's parts and statement; raises :class:`CodeError` saying what is wrong.

    Reading comes before checking so a verifier can show what a refused code claims; it never
    trusts it: :meth:`OpenedCode.signed_by` decides.
    """
    data = from_base32(text)
    if len(data) < HEADER_LEN + 2 + SIGNATURE_LEN:
        raise CodeError(
            f"the code is too short to be a certificate code ({len(to_base32(data))} letters)"
        )
    body, signature = data[:-SIGNATURE_LEN], data[-SIGNATURE_LEN:]
    fmt, key, packed = body[0], body[1:HEADER_LEN], body[HEADER_LEN:]
    if fmt == FORMAT_DEFLATE:
        plain = _inflate(packed)
    elif fmt == FORMAT_STORED:
        plain = packed
    else:
        raise CodeError(
            "this is not a CatchDesk certificate code (or it was mistyped at the start)"
        )
    return OpenedCode(key, body, signature, Statement.from_json(plain))
