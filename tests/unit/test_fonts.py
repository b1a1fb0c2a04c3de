"""Shared paper text: scripts drawn right, and text that always fits its box."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from catchdesk.documents.fonts import (
    BOLD,
    ELLIPSIS,
    REGULAR,
    fit_font_size,
    fit_text,
    register_fonts,
    shape,
    text_width,
)
from catchdesk.documents.qr import module_rects, qr_matrix

NAME_LETTERS = st.sampled_from(
    [*"aéèçëîôûœŁłşğıİŞĞễộđăâțșЖжщЩΩωλ -'", "فاطمة", "محمد", "عبد الله", "שרה"]
)
NAMES = st.lists(NAME_LETTERS, min_size=0, max_size=60).map("".join)


def test_latin_greek_cyrillic_are_drawn_as_stored():
    for text in ("Nguyễn Thị Ánh", "Łukasz Wójcik", "Gülşen Yıldız", "Олена", "Ελένη"):
        assert shape(text) == text


def test_arabic_is_joined_and_put_in_visual_order():
    shaped = shape("محمد")
    # Joined letters are the presentation forms (initial, medial, final), last letter first.
    assert all("\ufe70" <= ch <= "\ufeff" for ch in shaped)
    assert unicodedata.normalize("NFKC", shaped) == "محمد"[::-1]
    assert shape("Ahmed محمد") != "Ahmed محمد" and shape("Ahmed محمد").startswith("Ahmed ")
    # Every glyph the shaper produces exists in both shipped fonts (no ﷲ ligature boxes).
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    for font in (REGULAR, BOLD):
        cmap = pdfmetrics.getFont(font).face.charToGlyph
        shaped = shape("عبد الله بن لا إله فاطمة الزهراء")
        assert all(ord(ch) in cmap for ch in shaped if not ch.isspace())


def test_register_fonts_is_idempotent():
    register_fonts()
    register_fonts()


@given(NAMES, st.floats(30, 300), st.integers(1, 3))
def test_fitted_text_never_overflows(text, width, lines):
    fitted = fit_text(text, BOLD, width, 28, 8, max_lines=lines, max_height=80)
    assert len(fitted.lines) <= lines
    assert 8 <= fitted.size <= 28
    assert fitted.height <= 80 + 1e-6 or not fitted.lines
    for line in fitted.lines:
        assert text_width(line, BOLD, fitted.size) <= width + 1e-6
    if fitted.lines and not fitted.lines[-1].endswith(ELLIPSIS):  # nothing lost, only wrapped
        assert "".join(fitted.lines).replace(" ", "") == text.replace(" ", "")


@given(NAMES.filter(str.strip), st.floats(20, 300))
def test_fit_font_size_is_the_largest_that_fits(text, width):
    size = fit_font_size(text, REGULAR, width, 40, 6)
    if size > 6:
        assert text_width(text, REGULAR, size) <= width + 1e-6
    if size < 40:
        assert size == 6 or text_width(text, REGULAR, size + 0.5) > width


def test_qr_rectangles_cover_exactly_the_dark_modules():
    matrix = qr_matrix("SHDPVTKUTBCJC")
    assert len(matrix) == 21  # a 13-letter code is a version 1 symbol at level Q
    covered = set()
    for c, r, w, h in module_rects(matrix):
        cells = {(r + i, c + j) for i in range(h) for j in range(w)}
        assert not cells & covered
        covered |= cells
    dark = {(r, c) for r, row in enumerate(matrix) for c, on in enumerate(row) if on}
    assert covered == dark
    assert len(module_rects(matrix)) < len(dark) / 2
