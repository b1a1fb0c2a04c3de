"""QR codes of certificate codes: 300-odd letters, drawn a thousand times in a few seconds.

A certificate code is long (a version 13–15 symbol of 4,000–6,000 modules), which changes what
is fast: the pure-Python ``qrcode`` encoder behind :mod:`catchdesk.documents.qr` takes 13 ms
to choose the mask of such a symbol, zxing-cpp's C++ encoder 0.6 ms; and the thousand row runs
of dark modules cost more as reportlab path calls (each number formatted by a Python function)
than as one string of PDF operators written in module units under a single transformation.
The picture is the same as :func:`catchdesk.documents.qr.draw_qr`'s: one filled path, no
seams between modules, vector all the way to the printer.
"""

from __future__ import annotations

import re

import zxingcpp
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

LEVEL = "Q"
_DARK = re.compile(rb"[\x00-\x7f]+")  # dark modules are black (0) bytes


def qr_runs(data: str, level: str = LEVEL) -> tuple[int, list[tuple[int, int, int]]]:
    """Side of the QR symbol of ``data`` in modules and its dark runs ``(row, column, length)``."""
    symbol = zxingcpp.create_barcode(data, zxingcpp.BarcodeFormat.QRCode, ec_level=level)
    pixels = memoryview(symbol.to_image(add_quiet_zones=False))  # one byte a module
    side = pixels.shape[0] if pixels.shape else 0
    modules = pixels.tobytes()
    runs: list[tuple[int, int, int]] = []
    for row in range(side):
        line = modules[row * side : (row + 1) * side]
        runs.extend((row, m.start(), m.end() - m.start()) for m in _DARK.finditer(line))
    return side, runs


def draw_code_qr(
    canvas: Canvas,
    data: str,
    x: float,
    y: float,
    size: float,
    colour: Color,
    *,
    border: int = 2,
    level: str = LEVEL,
) -> None:
    """The QR code of ``data`` in the square of side ``size`` at ``(x, y)``, quiet zone inside."""
    side, runs = qr_runs(data, level)
    module = size / (side + 2 * border)
    canvas.saveState()
    canvas.setFillColor(colour)
    # Module units, rows counted downwards from the symbol's top-left corner.
    canvas.transform(module, 0, 0, -module, x + border * module, y + size - border * module)
    operators = " ".join(f"{column} {row} {length} 1 re" for row, column, length in runs)
    canvas.addLiteral(operators + " f")
    canvas.restoreState()
