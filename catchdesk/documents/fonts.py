"""Fonts for paper: Unicode TTFs shipped in ``resources/fonts``, shaping, and text that fits.

The PDF's built-in Helvetica knows only Latin-1, so a Polish ``Ł``, a Turkish ``ı``, a
Vietnamese ``ễ``, Cyrillic, Greek or Arabic would come out as black boxes. DejaVu Sans covers
all of them; reportlab embeds only the glyphs a document uses (a subset) with a ToUnicode map,
so the PDF stays small and its text stays searchable and extractable.

reportlab draws code points one after the other, left to right. Arabic letters change shape with
their neighbours and run right to left, and reportlab's own shaping needs ``rlbidi``, which is not
on PyPI; so :func:`shape` joins the letters with ``arabic-reshaper`` (presentation forms) and puts
them in visual order with ``python-bidi``. Latin, Greek and Cyrillic text is returned unchanged
without touching either library, which keeps a 1,000-badge run fast.

Widths are measured on joined but not reordered text, so :func:`fit_font_size` and
:func:`fit_text` take text as stored (logical order), whatever script it is in.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from catchdesk.assets import asset

REGULAR = "CatchDesk-Regular"
BOLD = "CatchDesk-Bold"
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
ELLIPSIS = "…"
# Vertical metrics of DejaVu Sans as fractions of the size: where a line's ink starts and ends.
ASCENT = 0.76  # cap height plus a little: the top of "É" sits about here
DESCENT = 0.24  # the bottom of "g", "p", "ą"

# Hebrew, Arabic, Syriac, Thaana, NKo… and the Arabic presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def register_fonts() -> None:
    """Register the shipped fonts with reportlab once per process (later calls cost nothing).

    Raises ``FileNotFoundError`` naming the missing file when ``resources/fonts`` is incomplete.
    """
    _register()


@functools.cache
def _register() -> None:
    for name, filename in FONT_FILES.items():
        path = asset("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"The font {path} is missing from CatchDesk's resources.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR)


@functools.cache
def _reshaper() -> object:
    """An Arabic reshaper that makes only the ligatures our fonts can draw (lam-alef)."""
    import arabic_reshaper
    from arabic_reshaper.ligatures import LIGATURES

    register_fonts()
    cmaps = [pdfmetrics.getFont(name).face.charToGlyph for name in FONT_FILES]  # type: ignore[attr-defined]
    config: dict[str, object] = {"delete_harakat": True, "support_ligatures": True}
    for name, (_, forms) in LIGATURES:
        glyphs = [ch for form in forms for ch in form]
        config[name] = all(ord(ch) in cmap for cmap in cmaps for ch in glyphs)
    return arabic_reshaper.ArabicReshaper(configuration=config)


def _joined(text: str) -> str:
    """Arabic letters in their contextual forms, still in logical order (for measuring)."""
    if not _ARABIC.search(text):
        return text
    return _reshaper().reshape(text)  # type: ignore[attr-defined]


def shape(text: str) -> str:
    """``text`` as reportlab must draw it: Arabic joined, right-to-left runs in visual order.

    Identity for left-to-right scripts. Shape each *line* after wrapping, never a whole
    paragraph before it, or the visual order would run across line breaks.
    """
    if not _RTL.search(text):
        return text
    from bidi import get_display

    return get_display(_joined(text))


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` (as stored) drawn in ``font`` at ``size``."""
    register_fonts()
    return pdfmetrics.stringWidth(_joined(text), font, size)


def fit_font_size(
    text: str, font: str, max_width: float, max_size: float, min_size: float
) -> float:
    """The largest size, at most ``max_size``, at which ``text`` fits on one line of ``max_width``.

    Never less than ``min_size``: when even that is too wide, the caller must wrap or shorten the
    text (:func:`fit_text` does both), because a name in 4-point type helps nobody at a door.
    Sizes are rounded down to a quarter point so the result always fits.
    """
    width_at_one = text_width(text, font, 1.0)
    if width_at_one <= 0:
        return max_size
    size = min(max_size, max_width / width_at_one)
    size = int(size * 4) / 4
    return max(min_size, min(size, max_size))


def ellipsize(text: str, font: str, size: float, max_width: float) -> str:
    """``text`` cut at a word (or a letter) with "…" so that it fits ``max_width``."""
    if text_width(text, font, size) <= max_width:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(" ,;:-–—&") + ELLIPSIS
        if text_width(candidate, font, size) <= max_width:
            return candidate
    letters = text
    while letters:
        letters = letters[:-1]
        candidate = letters.rstrip() + ELLIPSIS
        if text_width(candidate, font, size) <= max_width:
            return candidate
    return ""


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Greedy word wrap; a word wider than the line is broken after a hyphen or a letter."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font, size) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while text_width(current, font, size) > max_width and len(current) > 1:
            head, tail = _break_word(current, font, size, max_width)
            lines.append(head)
            current = tail
    if current:
        lines.append(current)
    return lines


def balanced_wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Like :func:`wrap`, with lines of even length: "Maison du numérique / de Namur", not
    "Maison du numérique de / Namur" (the narrowest width that needs no extra line).
    """
    lines = wrap(text, font, size, max_width)
    if len(lines) < 2:
        return lines
    low, high = max_width / len(lines), max_width
    best = lines
    for _ in range(8):
        middle = (low + high) / 2
        candidate = wrap(text, font, size, middle)
        if len(candidate) <= len(lines) and not _broke_words(candidate, text):
            best, high = candidate, middle
        else:
            low = middle
    return best


def _broke_words(lines: list[str], text: str) -> bool:
    """True when wrapping had to cut inside a word that the original lines kept whole."""
    return len(" ".join(lines).split()) != len(text.split())


def _break_word(word: str, font: str, size: float, max_width: float) -> tuple[str, str]:
    cut = len(word) - 1
    while cut > 1 and text_width(word[:cut], font, size) > max_width:
        cut -= 1
    hyphen = word.rfind("-", 0, cut)
    if hyphen > 0:
        cut = hyphen + 1
    return word[:cut], word[cut:]


@dataclass(frozen=True)
class FittedText:
    """Text laid out in a box: the size chosen and the lines to draw (logical order)."""

    size: float
    lines: list[str]
    leading: float

    @property
    def height(self) -> float:
        """From the top of the first line's capitals to the bottom of the last line's descenders."""
        if not self.lines:
            return 0.0
        return (len(self.lines) - 1) * self.leading + (ASCENT + DESCENT) * self.size


def fit_text(
    text: str,
    font: str,
    max_width: float,
    max_size: float,
    min_size: float,
    *,
    max_lines: int = 1,
    max_height: float | None = None,
    line_spacing: float = 1.12,
    wrap_below: float | None = None,
) -> FittedText:
    """The largest size at which ``text`` fits the box on at most ``max_lines`` lines.

    One line is kept when it fits at ``max_size`` (or at ``wrap_below`` or more: a first name
    reads better whole than split for a slightly larger size); otherwise every size from
    ``max_size`` down is tried with wrapping. At ``min_size`` the last line is shortened with
    "…", so the text never leaves its box, whatever a registration form let someone type.
    """
    text = " ".join(text.split())
    if not text:
        return FittedText(max_size, [], max_size * line_spacing)

    def fits(size: float, lines: list[str]) -> bool:
        if len(lines) > max_lines:
            return False
        used = (len(lines) - 1) * size * line_spacing + (ASCENT + DESCENT) * size
        return max_height is None or used <= max_height + 1e-6

    if max_height is not None:
        max_size = min(max_size, max_height / (ASCENT + DESCENT))
    one_line = fit_font_size(text, font, max_width, max_size, min_size)
    one_fits = text_width(text, font, one_line) <= max_width
    good_enough = one_line >= (wrap_below if wrap_below is not None else max_size)
    if one_fits and (good_enough or max_lines == 1):
        return FittedText(one_line, [text], one_line * line_spacing)
    size = max_size
    while max_lines > 1 and size > one_line and size > min_size:
        lines = balanced_wrap(text, font, size, max_width)
        # A single word wider than the box stays whole when wrapped: it must shrink instead.
        wide = any(text_width(line, font, size) > max_width + 1e-6 for line in lines)
        if not wide and fits(size, lines):
            return FittedText(size, lines, size * line_spacing)
        size = round(size - 0.5, 2)
    if one_fits:
        return FittedText(one_line, [text], one_line * line_spacing)
    size = min_size
    lines = wrap(text, font, size, max_width)
    allowed = max_lines
    while allowed > 1 and not fits(size, lines[:allowed]):
        allowed -= 1
    if allowed == 1:
        lines = [ellipsize(text, font, size, max_width)]
    elif len(lines) > allowed:
        rest = " ".join(lines[allowed - 1 :])
        lines = [*lines[: allowed - 1], ellipsize(rest, font, size, max_width)]
    return FittedText(size, lines, size * line_spacing)
