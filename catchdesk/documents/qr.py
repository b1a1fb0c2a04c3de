"""QR codes drawn straight onto a reportlab canvas, fast enough for 1,000 badges in a second.

reportlab's own QR widget builds a drawing of one rectangle per dark module and renders it
through its graphics layer; for a ticket code that is hundreds of objects per badge. Here the
``qrcode`` package computes the module matrix and each row's runs of dark modules become one
rectangle, all in a single filled path: a few dozen path operators per code, and no seams
between modules when a viewer anti-aliases.

Codes use error correction Q (25 % of the symbol can be lost: a scratched badge, a thumb over
a corner, a lanyard's shadow), which still holds a 13-letter CatchDesk code in a 21×21 symbol.
"""

from __future__ import annotations

import functools

import qrcode
from qrcode.constants import ERROR_CORRECT_M, ERROR_CORRECT_Q
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas

LEVELS = {"M": ERROR_CORRECT_M, "Q": ERROR_CORRECT_Q}


@functools.lru_cache(maxsize=4096)
def qr_matrix(
    data: str, level: str = "Q", *, best_mask: bool = True
) -> tuple[tuple[bool, ...], ...]:
    """The QR symbol of ``data`` as rows of dark (True) and light modules, without quiet zone.

    ``best_mask`` scores the eight masks as ISO/IEC 18004 recommends (about 1 ms); without it
    mask 0 is used, which every decoder reads too but which may leave finder-like patterns.
    """
    code = qrcode.QRCode(
        error_correction=LEVELS[level], border=0, mask_pattern=None if best_mask else 0
    )
    code.add_data(data)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def module_rects(matrix: tuple[tuple[bool, ...], ...]) -> list[tuple[int, int, int, int]]:
    """Dark modules merged into rectangles ``(column, row, width, height)`` in module units.

    Each row's runs of dark modules become one rectangle, and a run repeated exactly in the rows
    below grows that rectangle downwards (finder patterns, timing lines): about 80 rectangles
    for a ticket code instead of 200 modules.
    """
    rects: list[list[int]] = []
    above: dict[tuple[int, int], list[int]] = {}
    for r, row in enumerate(matrix):
        here: dict[tuple[int, int], list[int]] = {}
        start = -1
        for c, dark in enumerate((*row, False)):
            if dark and start < 0:
                start = c
            elif not dark and start >= 0:
                key = (start, c - start)
                rect = above.get(key)
                if rect is None:
                    rect = [start, r, c - start, 1]
                    rects.append(rect)
                else:
                    rect[3] += 1
                here[key] = rect
                start = -1
        above = here
    return [(c, r, w, h) for c, r, w, h in rects]


def draw_qr(
    canvas: Canvas,
    data: str,
    x: float,
    y: float,
    size: float,
    *,
    border: int = 2,
    level: str = "Q",
    best_mask: bool = True,
) -> None:
    """Draw the QR code of ``data`` in the square of side ``size`` whose lower-left is ``(x, y)``.

    ``border`` is the quiet zone in modules, left white inside the square (the standard asks for
    4; 2 is enough for USB scanners and phones when the badge around it is white anyway).
    The rectangles are written as one path in module units under a scaling transform: whole
    numbers, so the page stream is short and no float formatting is spent per module.
    """
    matrix = qr_matrix(data, level, best_mask=best_mask)
    module = size / (len(matrix) + 2 * border)
    canvas.saveState()
    canvas.setFillColor(black)
    # Module (column, row) → page: x grows to the right, rows grow downwards from the top.
    canvas.transform(module, 0, 0, -module, x + border * module, y + size - border * module)
    ops = [f"{c} {r} {w} {h} re" for c, r, w, h in module_rects(matrix)]
    ops.append("f")
    canvas.addLiteral("\n".join(ops))
    canvas.restoreState()


def qr_widget_drawing(data: str, size: float) -> Drawing:
    """reportlab's built-in QR widget scaled to ``size`` points, for the side-by-side benchmark."""
    widget = QrCodeWidget(data, barLevel="Q", barBorder=2)
    left, bottom, right, top = widget.getBounds()
    width, height = right - left, top - bottom
    drawing = Drawing(size, size, transform=[size / width, 0, 0, size / height, 0, 0])
    drawing.add(widget)
    return drawing
