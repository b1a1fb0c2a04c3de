"""Turning what a barcode scanner typed back into what the barcode says.

A USB scanner is a keyboard: it sends *key positions* chosen for the layout it was configured
with, and the laptop turns them into characters with *its own* layout. A scanner left on US
QWERTY, plugged into a Belgian AZERTY laptop, types ``&é"'(`` for ``12345`` and ``q`` for ``a``;
the guest in front of the desk must not pay for that. Desk staff cannot be expected to reconfigure
scanners, so instead every scan is read under each plausible (scanner layout, laptop layout)
pair and all readings are looked up at once (DESIGN.md §4).

The tables below give, for every printable key position (XKB names: ``TLDE``, ``AE01``…``AE12``,
``AD01``…, ``AC01``…, ``BKSL``, ``LSGT``, ``AB01``…, ``SPCE``), the unshifted and shifted
character. They follow the Windows layouts (most desk laptops) and were checked against XKB;
AltGr levels are left out because a scanner emulating a layout types only what levels 1 and 2
reach, and types anything else with Alt+numpad codes, which no layout changes.

Dead keys (circumflex and diaeresis on AZERTY; circumflex, acute and grave on German QWERTZ;
circumflex, grave and diaeresis on Swiss keyboards) make the laptop wait for the next key: it
composes ``^`` + ``e`` into ``ê`` and writes ``^1`` for ``^`` + ``1`` (Windows behaviour).
Both outcomes are mapped back; whatever an operating system swallowed is lost, but nothing here
ever raises on odd input.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from urllib.parse import parse_qsl, unquote, urlsplit

from catchdesk.core.attendees import normalise_external

Stroke = tuple[str, int]
"""A key press: an XKB position name and a level (0 unshifted, 1 with Shift)."""

_NO_CHAR = "␀"
"""Marks a key level that types nothing (French AZERTY Shift+², for instance)."""

_ROWS: tuple[tuple[str, ...], ...] = (
    ("TLDE", *(f"AE{i:02d}" for i in range(1, 13))),
    tuple(f"AD{i:02d}" for i in range(1, 13)),
    (*(f"AC{i:02d}" for i in range(1, 12)), "BKSL"),
    ("LSGT", *(f"AB{i:02d}" for i in range(1, 11))),
)
POSITIONS: tuple[str, ...] = (*(pos for row in _ROWS for pos in row), "SPCE")

# Spacing accent typed by a dead key → the combining mark it puts on the next letter.
_COMBINING = {"^": "\u0302", "¨": "\u0308", "´": "\u0301", "`": "\u0300", "~": "\u0303"}


@dataclass(frozen=True)
class Layout:
    """A keyboard layout reduced to what a scanner can reach: levels 1 and 2 of each key.

    ``keys`` maps a position to its (unshifted, shifted) characters, ``""`` when the level types
    nothing; ``dead`` holds the strokes that are dead keys (their character is the accent they
    type when followed by a space).
    """

    code: str
    name: str
    keys: Mapping[str, tuple[str, str]]
    dead: frozenset[Stroke] = field(default_factory=frozenset)

    def char(self, stroke: Stroke) -> str:
        """What the key types on its own, so callers need not care about missing levels."""
        pos, level = stroke
        return self.keys.get(pos, ("", ""))[level]


def _layout(
    code: str,
    name: str,
    unshifted: tuple[str, str, str, str],
    shifted: tuple[str, str, str, str],
    dead: str = "",
) -> Layout:
    """Build a layout from four keyboard rows so each table reads like the keyboard itself.

    ``dead`` lists the characters of these rows that are dead keys.
    """
    keys: dict[str, tuple[str, str]] = {}
    for positions, plain, shift in zip(_ROWS, unshifted, shifted, strict=True):
        if not len(positions) == len(plain) == len(shift):
            raise ValueError(f"{code}: row {positions[0]} has the wrong number of keys")
        for pos, low, high in zip(positions, plain, shift, strict=True):
            keys[pos] = (low.replace(_NO_CHAR, ""), high.replace(_NO_CHAR, ""))
    keys["SPCE"] = (" ", " ")
    dead_strokes = frozenset(
        (pos, level)
        for pos, pair in keys.items()
        for level in (0, 1)
        if pair[level] in dead and pair[level]
    )
    if len(dead_strokes) != len(dead):
        raise ValueError(f"{code}: a dead key is missing or repeated")
    return Layout(code, name, MappingProxyType(keys), dead_strokes)


LAYOUTS: dict[str, Layout] = {
    layout.code: layout
    for layout in (
        _layout(
            "us", "English (US) QWERTY",
            ("`1234567890-=", "qwertyuiop[]", "asdfghjkl;'\\", "\\zxcvbnm,./"),
            ("~!@#$%^&*()_+", "QWERTYUIOP{}", 'ASDFGHJKL:"|', "|ZXCVBNM<>?"),
        ),
        _layout(
            "gb", "English (UK) QWERTY",
            ("`1234567890-=", "qwertyuiop[]", "asdfghjkl;'#", "\\zxcvbnm,./"),
            ('¬!"£$%^&*()_+', "QWERTYUIOP{}", "ASDFGHJKL:@~", "|ZXCVBNM<>?"),
        ),
        _layout(
            "be", "Belgian AZERTY",
            ("²&é\"'(§è!çà)-", "azertyuiop^$", "qsdfghjklmùµ", "<wxcvbn,;:="),
            ("³1234567890°_", "AZERTYUIOP¨*", "QSDFGHJKLM%£", ">WXCVBN?./+"),
            dead="^¨",
        ),
        _layout(
            "fr", "French AZERTY",
            ("²&é\"'(-è_çà)=", "azertyuiop^$", "qsdfghjklmù*", "<wxcvbn,;:!"),
            (_NO_CHAR + "1234567890°+", "AZERTYUIOP¨£", "QSDFGHJKLM%µ", ">WXCVBN?./§"),
            dead="^¨",
        ),
        _layout(
            "de", "German QWERTZ",
            ("^1234567890ß´", "qwertzuiopü+", "asdfghjklöä#", "<yxcvbnm,.-"),
            ('°!"§$%&/()=?`', "QWERTZUIOPÜ*", "ASDFGHJKLÖÄ'", ">YXCVBNM;:_"),
            dead="^´`",
        ),
        _layout(
            "ch", "Swiss German QWERTZ",
            ("§1234567890'^", "qwertzuiopü¨", "asdfghjklöä$", "<yxcvbnm,.-"),
            ('°+"*ç%&/()=?`', "QWERTZUIOPè!", "ASDFGHJKLéà£", ">YXCVBNM;:_"),
            dead="^`¨",
        ),
        _layout(
            "ch-fr", "Swiss French QWERTZ",
            ("§1234567890'^", "qwertzuiopè¨", "asdfghjkléà$", "<yxcvbnm,.-"),
            ('°+"*ç%&/()=?`', "QWERTZUIOPü!", "ASDFGHJKLöä£", ">YXCVBNM;:_"),
            dead="^`¨",
        ),
    )
}  # fmt: skip


def _direct(layout: Layout) -> dict[str, Stroke]:
    """Characters a single key types; the first position wins where two keys type the same."""
    found: dict[str, Stroke] = {}
    for pos in POSITIONS:
        for level in (0, 1):
            stroke = (pos, level)
            char = layout.char(stroke)
            if char and stroke not in layout.dead:
                found.setdefault(char, stroke)
    return found


def _composed(layout: Layout, direct: Mapping[str, Stroke]) -> dict[str, tuple[Stroke, ...]]:
    """Accented letters a dead key followed by a plain key produces (``^`` + ``e`` → ``ê``)."""
    found: dict[str, tuple[Stroke, ...]] = {}
    for dead in sorted(layout.dead, key=lambda s: (POSITIONS.index(s[0]), s[1])):
        mark = _COMBINING[layout.char(dead)]
        for base, stroke in direct.items():
            composed = unicodedata.normalize("NFC", base + mark)
            if len(composed) == 1 and composed not in direct:
                found.setdefault(composed, (dead, stroke))
    return found


def _dead_accents(layout: Layout, direct: Mapping[str, Stroke]) -> dict[str, Stroke]:
    """Spacing accents that only a dead key types (``^`` on AZERTY)."""
    return {layout.char(dead): dead for dead in layout.dead if layout.char(dead) not in direct}


def _typing_table(layout: Layout) -> dict[str, tuple[Stroke, ...]]:
    """How a scanner set to ``layout`` types each character it can reach with levels 1-2."""
    direct = _direct(layout)
    table: dict[str, tuple[Stroke, ...]] = {char: (stroke,) for char, stroke in direct.items()}
    for accent, dead in _dead_accents(layout, direct).items():
        table[accent] = (dead, ("SPCE", 0))
    for char, strokes in _composed(layout, direct).items():
        table.setdefault(char, strokes)
    return table


def _reading_table(layout: Layout) -> dict[str, tuple[Stroke, ...]]:
    """Which strokes made each character a laptop set to ``layout`` shows.

    Unlike :func:`_typing_table`, a lone spacing accent maps to the dead key alone: the laptop
    shows ``^1`` for dead ``^`` + ``1``, and the ``1`` is read on its own.
    """
    direct = _direct(layout)
    table: dict[str, tuple[Stroke, ...]] = {char: (stroke,) for char, stroke in direct.items()}
    for accent, dead in _dead_accents(layout, direct).items():
        table[accent] = (dead,)
    for char, strokes in _composed(layout, direct).items():
        table.setdefault(char, strokes)
    return table


_TYPING: dict[str, dict[str, tuple[Stroke, ...]]] = {
    code: _typing_table(layout) for code, layout in LAYOUTS.items()
}


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


def _ungarble_table(scanner: str, host: str) -> dict[int, str]:
    """A ``str.translate`` table from laptop characters to what the scanner meant.

    Built once at import because :func:`read_scan` applies it for every pair on every scan.
    A scanner-side dead key reads as its spacing accent: a barcode holds no dead keys, so such
    a reading is junk either way.
    """
    scanner_layout = LAYOUTS[scanner]
    table: dict[int, str] = {}
    for char, strokes in _reading_table(LAYOUTS[host]).items():
        meant = "".join(scanner_layout.char(stroke) for stroke in strokes)
        if meant != char:
            table[ord(char)] = meant
    return table


_UNGARBLE: dict[tuple[str, str], dict[int, str]] = {
    pair: _ungarble_table(*pair) for pair in SCAN_PAIRS
}
_HOST_CHARS: dict[str, frozenset[str]] = {
    code: frozenset(_reading_table(layout)) for code, layout in LAYOUTS.items()
}
_NOT_ASCII = 0xFF  # marks a byte whose un-garbled reading is not ASCII, so the reading is junk


@dataclass(frozen=True)
class _PairTable:
    """One mix-up's un-garbling in the two forms :func:`read_scan` needs.

    Most scans are ASCII and ``bytes.translate`` is an order of magnitude faster than
    ``str.translate`` with a dict, which matters when it runs for every pair on every scan.
    """

    host: str
    table: dict[int, str]
    ascii_table: bytes
    ascii_delete: bytes


def _pair_table(scanner: str, host: str) -> _PairTable:
    """Precomputed so the per-scan work is one ``bytes.translate`` per pair."""
    table = _UNGARBLE[scanner, host]
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


_PAIR_TABLES: tuple[_PairTable, ...] = tuple(_pair_table(*pair) for pair in SCAN_PAIRS)


def _check_layout(code: str) -> Layout:
    try:
        return LAYOUTS[code]
    except KeyError:
        known = ", ".join(LAYOUTS)
        raise ValueError(f"unknown keyboard layout {code!r} (known: {known})") from None


def _compose(accent: str, char: str) -> str:
    """What a laptop shows for a dead key followed by ``char`` (Windows behaviour)."""
    if char == " ":
        return accent
    composed = unicodedata.normalize("NFC", char + _COMBINING[accent])
    return composed if len(composed) == 1 else accent + char


def garble(text: str, scanner: str, host: str) -> str:
    """What ``text`` becomes when a scanner set to ``scanner`` types into a ``host`` laptop.

    The scanner test page shows this so staff can recognise a mis-set scanner, and the tests
    use it to prove :func:`read_scan` undoes every mix-up. Characters the scanner's layout
    cannot reach go through unchanged, as a scanner's Alt+numpad mode would send them.
    """
    _check_layout(scanner)
    host_layout = _check_layout(host)
    typing = _TYPING[scanner]
    out: list[str] = []
    pending = ""  # accent of a dead key waiting for the next key
    for char in text:
        strokes = typing.get(char)
        if strokes is None:
            out.append(pending + char)
            pending = ""
            continue
        for stroke in strokes:
            shown = host_layout.char(stroke)
            if stroke in host_layout.dead:
                out.append(pending)
                pending = shown
            elif shown and pending:
                out.append(_compose(pending, shown))
                pending = ""
            else:
                out.append(shown)
    out.append(pending)
    return "".join(out)


def ungarble(text: str, scanner: str, host: str) -> str:
    """What a scanner set to ``scanner`` meant when a ``host`` laptop shows ``text``.

    Exposed for the scanner test page; check-in goes through :func:`read_scan`, which tries
    every pair.
    """
    _check_layout(scanner)
    _check_layout(host)
    if scanner == host:
        return text
    return unicodedata.normalize("NFC", text).translate(_UNGARBLE[scanner, host])


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
    text = _ASCII_CONTROLS.sub("", raw)
    if not text.isprintable():
        text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf"))
    return _strip_noise(unicodedata.normalize("NFC", text))


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


def read_scan(raw: str) -> ScanReading:
    """Every plausible reading of a scan, whatever the scanner and laptop layouts.

    Un-garbling runs before punctuation is dropped because a garbled digit *is* punctuation
    (``&`` is ``1`` on AZERTY). A reading that still holds non-ASCII characters after undoing a
    mix-up is discarded: barcode payloads are ASCII, so that pair was not the one at the desk,
    and fewer candidates keep the lookup query small.
    """
    cleaned = clean_scan(raw)
    found: dict[str, None] = {}
    _add_reading(cleaned, found)
    seen = {cleaned}
    if cleaned.isascii():
        data = cleaned.encode("ascii")
        readings = (data.translate(pair.ascii_table, pair.ascii_delete) for pair in _PAIR_TABLES)
        ascii_readings = (
            reading.decode("ascii") for reading in readings if _NOT_ASCII not in reading
        )
    else:
        # Only a laptop that can show every accented letter of the scan can have typed it.
        shown = {char for char in cleaned if not char.isascii()}
        hosts = {code for code, chars in _HOST_CHARS.items() if shown <= chars}
        translated = (cleaned.translate(p.table) for p in _PAIR_TABLES if p.host in hosts)
        ascii_readings = (reading for reading in translated if reading.isascii())
    for reading in ascii_readings:
        if reading not in seen:
            seen.add(reading)
            _add_reading(_strip_noise(reading), found)
    return ScanReading(raw, cleaned, tuple(candidate for candidate in found if candidate))
