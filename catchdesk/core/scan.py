"""Turning what a barcode scanner typed back into what the barcode says.

A USB scanner is a keyboard: it sends *key positions* chosen for the layout it was configured
with, and the laptop turns them into characters with *its own* layout. A scanner left on US
QWERTY, plugged into a Belgian AZERTY laptop, types ``&é"'(`` for ``12345`` and ``q`` for ``a``;
the guest in front of the desk must not pay for that. Desk staff cannot be expected to reconfigure
scanners, so instead every scan is read under each plausible (scanner layout, laptop layout)
pair and all readings are looked up at once (DESIGN.md §4). The layouts themselves, and what a
single mix-up does, live in :mod:`catchdesk.core.keyboard_layouts`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlsplit

from catchdesk.core.attendees import normalise_external
from catchdesk.core.keyboard_layouts import LAYOUTS, host_characters, ungarble_table

_LIKELY_HOSTS = ("be", "fr", "de", "ch", "ch-fr", "gb")
"""Laptop layouts most likely to meet a US scanner, Belgian first (the event is in Belgium)."""


def _pair_order() -> tuple[tuple[str, str], ...]:
    """Most likely mix-ups first: scanners ship set to US QWERTY and desks here run AZERTY or
    QWERTZ; then local scanners on a US laptop; then every other mix-up."""
    others = [*_LIKELY_HOSTS, *(code for code in LAYOUTS if code not in {"us", *_LIKELY_HOSTS})]
    pairs = [("us", host) for host in others] + [(scanner, "us") for scanner in others]
    pairs += [(s, h) for s in others for h in others if s != h]
    return tuple(pairs)


SCAN_PAIRS: tuple[tuple[str, str], ...] = _pair_order()
"""Every (scanner layout, laptop layout) mix-up :func:`read_scan` undoes, most likely first."""


_NOT_ASCII = 0xFF  # marks a byte whose un-garbled reading is not ASCII, so the reading is junk


@dataclass(frozen=True)
class _PairTable:
    """One mix-up's un-garbling in the two forms :func:`read_scan` needs.

    Most scans are ASCII and ``bytes.translate`` is an order of magnitude faster than
    ``str.translate`` with a dict, which matters when it runs for every pair on every scan.
    """

    host: str
    table: Mapping[int, str]
    ascii_table: bytes
    ascii_delete: bytes


def _pair_table(scanner: str, host: str) -> _PairTable:
    """Precomputed so the per-scan work is one ``bytes.translate`` per pair."""
    table = ungarble_table(scanner, host)
    ascii_table = bytearray([_NOT_ASCII] * 256)
    delete = bytearray()
    for byte in range(128):
        meant = table.get(byte, chr(byte))
        if not meant:
            delete.append(byte)
        elif len(meant) == 1 and meant.isascii():
            ascii_table[byte] = ord(meant)
        elif len(meant) > 1:  # pragma: no cover - a guard for future layout tables
            raise ValueError(f"{scanner}/{host}: {chr(byte)!r} needs more than one byte")
    return _PairTable(host, table, bytes(ascii_table), bytes(delete))


@functools.cache
def _tables() -> tuple[tuple[_PairTable, ...], dict[str, frozenset[str]]]:
    """Every mix-up's tables and every layout's characters: ~20 ms of work, done on first use
    (the desk does it while it waits for its first scan) rather than at import."""
    pairs = tuple(_pair_table(*pair) for pair in SCAN_PAIRS)
    return pairs, {code: host_characters(code) for code in LAYOUTS}


def prepare_tables() -> None:
    """Build the un-garbling tables now, so that the first scan does not wait for them."""
    _tables()


_ASCII_CONTROLS = re.compile(r"[\x00-\x1f\x7f]+")
_AIM_ID = re.compile(r"\][A-Za-z][0-9]")
_URL_START = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://|www\.", re.IGNORECASE)


def _strip_noise(text: str) -> str:
    """Scanner-added wrapping around the payload, which is never part of a code.

    An AIM symbology identifier (``]Q1`` QR, ``]C0`` Code 128, ``]d2`` Data Matrix…) comes
    first when a scanner is set to report the symbology; Code 39 scanners may transmit the
    ``*`` start/stop characters.
    """
    text = text.strip()
    if _AIM_ID.match(text):
        text = text[3:].lstrip()
    if len(text) > 2 and text[0] == "*" == text[-1]:
        text = text[1:-1].strip()
    return text


def clean_scan(raw: str) -> str:
    """The scan without what the scanner added around the payload.

    Scanners end with Enter or Tab, frame data with STX/ETX, separate GS1 fields with GS and
    may prepend a symbology identifier; none of that is part of a code, and invisible format
    characters (a BOM, a zero-width space) would make an exact lookup miss.
    """
    return _strip_noise(_without_controls(raw))


def _without_controls(raw: str) -> str:
    text = _ASCII_CONTROLS.sub("", raw)
    if not text.isprintable():
        text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf"))
    return unicodedata.normalize("NFC", text).strip()


def _url_parts(text: str) -> list[str]:
    """Where ticket QR codes that hold a link keep the code: the last path segment and the
    query values (``https://…/ticket/CODE``, ``…?code=CODE``), or the same after ``#`` for
    single-page apps. Extra parts (``lang=fr``) cost a slot in the lookup, never a wrong match."""
    if not _URL_START.match(text):
        return []
    try:
        parts = urlsplit(text if "://" in text else "//" + text)
        values = [value for _, value in parse_qsl(parts.query)]
        fragment_values = [value for _, value in parse_qsl(parts.fragment)]
    except ValueError:
        return []
    segments = [segment for segment in parts.path.split("/") if segment]
    found = [unquote(segments[-1])] if segments else []
    found += values
    fragment_segments = [seg for seg in parts.fragment.split("/") if seg and "=" not in seg]
    if fragment_segments:
        found.append(unquote(fragment_segments[-1]))
    found += fragment_values
    return found


@dataclass(frozen=True)
class ScanReading:
    """A scan with every code it may stand for, so check-in can look them all up in one query.

    ``candidates`` are normalised like stored external codes (:func:`normalise_external`) and
    ordered most likely first: as typed, then un-garbled readings in :data:`SCAN_PAIRS` order.
    """

    raw: str
    cleaned: str
    candidates: tuple[str, ...]


def _add_reading(text: str, found: dict[str, None]) -> None:
    found[normalise_external(text)] = None
    for part in _url_parts(text):
        found[normalise_external(part)] = None


def _ungarbled(text: str) -> Iterator[str]:
    """The ASCII readings of ``text`` under every scanner/laptop layout mix-up."""
    pair_tables, host_chars = _tables()
    if text.isascii():
        data = text.encode("ascii")
        for pair in pair_tables:
            reading = data.translate(pair.ascii_table, pair.ascii_delete)
            if _NOT_ASCII not in reading:
                yield reading.decode("ascii")
        return
    # Only a laptop that can show every accented letter of the scan can have typed it.
    shown = {char for char in text if not char.isascii()}
    hosts = {code for code, chars in host_chars.items() if shown <= chars}
    for pair in pair_tables:
        if pair.host in hosts:
            reading = text.translate(pair.table)
            if reading.isascii():
                yield reading


def read_scan(raw: str) -> ScanReading:
    """Every plausible reading of a scan, whatever the scanner and laptop layouts.

    Un-garbling runs before punctuation is dropped because a garbled digit *is* punctuation
    (``&`` is ``1`` on AZERTY). A reading that still holds non-ASCII characters after undoing a
    mix-up is discarded: barcode payloads are ASCII, so that pair was not the one at the desk,
    and fewer candidates keep the lookup query small.
    """
    typed = _without_controls(raw)
    cleaned = _strip_noise(typed)
    found: dict[str, None] = {}
    _add_reading(cleaned, found)
    seen = {cleaned}
    # Wrapping such as Code 39's "*" is itself garbled, and a garbled payload may look like
    # wrapping ("303" from an AZERTY scanner on a Swiss laptop types "*=*"), so the readings
    # start from the text before wrapping is stripped, and from after.
    for source in dict.fromkeys((typed, cleaned)):
        for reading in _ungarbled(source):
            if reading not in seen:
                seen.add(reading)
                _add_reading(_strip_noise(reading), found)
    return ScanReading(raw, cleaned, tuple(candidate for candidate in found if candidate))
