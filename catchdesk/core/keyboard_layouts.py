"""Keyboard layouts as a barcode scanner meets them, and what a layout mix-up does to a scan.

A USB scanner is a keyboard: it sends *key positions* chosen for the layout it was configured
with, and the laptop turns them into characters with *its own* layout. This module knows the
layouts well enough to say what a scanner set to one layout types into a laptop set to another
(:func:`garble`) and to undo it (:func:`ungarble`, :func:`ungarble_table`); reading a scan at the
desk, trying every mix-up at once, is :mod:`catchdesk.core.scan`'s job.

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

import functools
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

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


@functools.cache
def _typing(code: str) -> dict[str, tuple[Stroke, ...]]:
    return _typing_table(LAYOUTS[code])


@functools.cache
def _ungarble_table(scanner: str, host: str) -> dict[int, str]:
    """A ``str.translate`` table from laptop characters to what the scanner meant.

    Built once per pair (cached) because :func:`catchdesk.core.scan.read_scan` applies it for
    every pair on every scan. A scanner-side dead key reads as its spacing accent: a barcode
    holds no dead keys, so such a reading is junk either way.
    """
    scanner_layout = LAYOUTS[scanner]
    table: dict[int, str] = {}
    for char, strokes in _reading_table(LAYOUTS[host]).items():
        meant = "".join(scanner_layout.char(stroke) for stroke in strokes)
        if meant != char:
            table[ord(char)] = meant
    return table


@functools.cache
def _host_chars(code: str) -> frozenset[str]:
    return frozenset(_reading_table(LAYOUTS[code]))


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
    use it to prove :func:`catchdesk.core.scan.read_scan` undoes every mix-up. Characters the
    scanner's layout cannot reach go through unchanged, as a scanner's Alt+numpad mode would
    send them.
    """
    _check_layout(scanner)
    host_layout = _check_layout(host)
    typing = _typing(scanner)
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

    Exposed for the scanner test page; check-in goes through
    :func:`catchdesk.core.scan.read_scan`, which tries every pair.
    """
    _check_layout(scanner)
    _check_layout(host)
    if scanner == host:
        return text
    return unicodedata.normalize("NFC", text).translate(_ungarble_table(scanner, host))


def ungarble_table(scanner: str, host: str) -> Mapping[int, str]:
    """A ``str.translate`` table from what a ``host`` laptop shows to what a ``scanner`` meant.

    Computed once per pair (cached), so a caller that runs it on every scan pays nothing to
    fetch it; the desk computes them all while it waits for the first scan.
    """
    _check_layout(scanner)
    _check_layout(host)
    return {} if scanner == host else _ungarble_table(scanner, host)


def host_characters(host: str) -> frozenset[str]:
    """Every character a laptop set to ``host`` can show while a scanner types.

    A scan holding an accented letter outside this set cannot have been typed on such a laptop,
    so that layout need not be tried.
    """
    return _host_chars(_check_layout(host).code)
