"""What certificate pages are made of: the event's look, a page to draw, colours, and text
measured once.

Most of a certificate's text is the same on every certificate of an event (titles, the event,
the organiser's paragraph, the workshop titles), so wrapping and measuring are remembered
(``functools.lru_cache``): reportlab measures TrueType text in Python, and measuring the same
sentence a thousand times was a third of a batch's time.
"""

from __future__ import annotations

import base64
import binascii
import functools
import io
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from catchdesk.core.certificate_code import CROCKFORD, GROUP
from catchdesk.core.models import Event
from catchdesk.documents.fonts import REGULAR, FittedText, fit_text, text_width, wrap

PAGE_W, PAGE_H = A4
MARGIN = 24 * mm
INK = HexColor("#1c2230")
NAVY = HexColor("#1b3a5c")
GOLD = HexColor("#a8823f")
MUTED = HexColor("#5a6170")
LIGHT = HexColor("#f5f1e8")
RULE = HexColor("#d9cdb4")
WHITE = HexColor("#ffffff")
QR_SIZE = 38 * mm
CODE_SIZE = 7.4


@dataclass(frozen=True)
class CertificateLook:
    """The event's own touches, from ``Event.settings``: logo, signature, texts."""

    logo_path: str | None = None
    signature_path: str | None = None
    signatory_name: str = ""
    signatory_role: str = ""
    certificate_text: dict[str, str] = field(default_factory=dict)
    logo_data: bytes | None = None
    """The logo kept in the event itself (the setup screen's way); wins over ``logo_path``."""
    signature_data: bytes | None = None
    signatory_roles: dict[str, str] = field(default_factory=dict)
    """The signatory's role per language; ``signatory_role`` for a language without one."""

    @classmethod
    def from_event(cls, event: Event) -> CertificateLook:
        settings: dict[str, Any] = dict(event.settings or {})
        texts = settings.get("certificate_text")
        roles = settings.get("signatory_roles")
        return cls(
            logo_path=settings.get("logo_path") or None,
            signature_path=settings.get("signature_path") or None,
            signatory_name=str(settings.get("signatory_name") or ""),
            signatory_role=str(settings.get("signatory_role") or ""),
            certificate_text=dict(texts) if isinstance(texts, dict) else {},
            logo_data=_embedded(settings.get("logo_image")),
            signature_data=_embedded(settings.get("signature_image")),
            signatory_roles=dict(roles) if isinstance(roles, dict) else {},
        )

    def role_in(self, language: str) -> str:
        return self.signatory_roles.get(language) or self.signatory_role


def _embedded(stored: object) -> bytes | None:
    """An image kept in the settings as base64; damaged text means no image, not a crash."""
    if not isinstance(stored, str) or not stored:
        return None
    try:
        return base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        return None


@dataclass(frozen=True)
class CertificatePage:
    """One certificate to draw: its stored content, its code, the language to write it in."""

    content: dict[str, Any]
    code: str
    language: str


def _image(path: str | None) -> ImageReader | None:
    """An image read once for every page; a missing or broken file means no image, not a crash."""
    if not path or not os.access(path, os.R_OK):
        return None
    try:
        reader = ImageReader(path)
        reader.getSize()
    except Exception:
        return None
    return reader


def load_image(path: str | bytes | None) -> ImageReader | None:
    """An image read once for every page; a missing or broken file means no image, not a crash.

    ``path`` may also be the image's bytes (an image kept in the event's settings).
    """
    if isinstance(path, bytes):
        source: str | io.BytesIO = io.BytesIO(path)
    elif not path or not os.access(path, os.R_OK):
        return None
    else:
        source = path
    try:
        reader = ImageReader(source)
        reader.getSize()
    except Exception:
        return None
    return reader


@functools.lru_cache(maxsize=8192)
def lines_of(line: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Word-wrapped lines, remembered: most texts repeat on every certificate of an event."""
    return tuple(wrap(line, font, size, width))


@functools.lru_cache(maxsize=8192)
def fitted(
    line: str, font: str, width: float, max_size: float, min_size: float, max_lines: int = 1
) -> FittedText:
    return fit_text(line, font, width, max_size, min_size, max_lines=max_lines)


@functools.lru_cache(maxsize=8192)
def width_of(line: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(line, font, size)


@functools.lru_cache(maxsize=64)
def _letter_widths(size: float) -> dict[str, float]:
    """Width of every letter a code can hold, measured once per size."""
    return {letter: text_width(letter, REGULAR, size) for letter in CROCKFORD}


def code_lines(code: str, width: float, size: float) -> list[str]:
    """The code in groups of five letters separated by spaces, as many groups as fit a line."""
    widths = _letter_widths(size)
    space = text_width(" ", REGULAR, size)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for start in range(0, len(code), GROUP):
        chunk = code[start : start + GROUP]
        needed = sum(widths.get(letter, size) for letter in chunk)
        if current and used + space + needed > width:
            lines.append(" ".join(current))
            current, used = [], 0.0
        used += needed + (space if current else 0.0)
        current.append(chunk)
    if current:
        lines.append(" ".join(current))
    return lines


def paragraph(
    canvas: Canvas,
    lines: Iterable[str],
    x: float,
    y: float,
    font: str,
    size: float,
    leading: float,
    colour: Any,
) -> float:
    """Left-aligned lines as one text object (cheaper than a string each); returns the next y."""
    block = canvas.beginText(x, y)
    block.setFont(font, size, leading)
    block.setFillColor(colour)
    count = 0
    for line in lines:
        block.textLine(line)
        count += 1
    canvas.drawText(block)
    return y - count * leading


class _Measure:
    """A canvas that draws nothing: laying a block out on it only measures the block."""

    def __getattr__(self, _name: str) -> Any:
        return self._nothing

    def _nothing(self, *_args: Any, **_kwargs: Any) -> _Measure:
        return self


MEASURE = cast(Canvas, _Measure())
